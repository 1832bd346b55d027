"""Reading: find a return or an order by anything a clerk might have, and load them whole."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from types import SimpleNamespace

from sqlalchemy import (
    Connection,
    Select,
    bindparam,
    func,
    literal,
    literal_column,
    null,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session, contains_eager, joinedload, selectinload

from returns_app.domain.calendar import notice_date_from_utc
from returns_app.domain.eligibility import exception_applies_at_inspection
from returns_app.domain.withdrawal import withdrawal_period_end
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import (
    Customer,
    Deduction,
    Discrepancy,
    Inspection,
    Location,
    Order,
    OrderLine,
    Parcel,
    Refund,
    Return,
    ReturnLine,
    Shipment,
    User,
)
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning.classify import MAX_SCAN_LENGTH, classify, clean_input
from returns_app.scanning.config import ScanConfig
from returns_app.services import customer_search
from returns_app.services.dto import (
    CustomerDTO,
    DeductionDTO,
    DeliveryChoice,
    DiscrepancyDTO,
    FindHit,
    InspectionDTO,
    OrderDTO,
    OrderLineDTO,
    ParcelDTO,
    RefundDTO,
    RefundLineDTO,
    ReturnDTO,
    ReturnLineDTO,
    ShipmentDTO,
    VatRowDTO,
)
from returns_app.services.errors import NotFound
from returns_app.services.owed import money_left
from returns_app.services.shop_settings import read_scan_config

FIND_LIMIT = 50


def not_found_return(code: str) -> NotFound:
    """The error for a return that does not exist."""
    return NotFound(
        Message(
            "services",
            QT_TRANSLATE_NOOP(
                "services", "No return with code {code}. Check the code and scan again."
            ),
            {"code": _looked_up(code)},
        )
    )


def customer_dto(c: Customer) -> CustomerDTO:
    """Build the DTO of a customer."""
    return CustomerDTO(
        c.id, c.name, c.email, c.phone, c.street, c.postal_code, c.city, c.country, c.lang
    )


# --- Finding -----------------------------------------------------------------------------


def _looked_up(code: str | None) -> str:
    """A code as a look-up may use it: cleaned like a scan (no NUL reaches SQL), bounded."""
    return clean_input(code or "")[:MAX_SCAN_LENGTH]


def find(uow: UnitOfWork, query: str, *, limit: int = FIND_LIMIT) -> list[FindHit]:
    """Find returns and orders by return code, order number, tracking number, product EAN,
    e-mail, phone or (part of a) name; every one of them is an indexed look-up, read as
    plain rows (no objects are loaded)."""
    text = clean_input(query)[:MAX_SCAN_LENGTH]  # no NUL or control character reaches SQL
    if not text:
        return []
    with uow.reading() as conn:
        return _find(conn, text, limit, read_scan_config(uow, conn))


# A return in these goods states is done with (a product's EAN finds the others).
_CLOSED_GOODS_STATES = ("closed", "rejected")

# The find's statements, built once (building a select costs more than running it on an
# index); each is executed on the unit of work's connection with its parameters.
_V = bindparam("v")
_N = bindparam("n")
_IDS = bindparam("ids", expanding=True)
_RETURN_HIT = select(Return.id, Return.code, Customer.name, Return.kind, Return.goods_state).join(
    Customer, Customer.id == Return.customer_id
)
_ORDER_HIT = select(Order.id, Order.order_number, Customer.name, Order.ordered_at).join(
    Customer, Customer.id == Order.customer_id
)


def _returns_of(order_ids) -> Select:
    """The returns of the orders ``order_ids`` names, open ones first: an order number names
    its returns as well (a parcel labelled with it belongs to one of them)."""
    return (
        _RETURN_HIT.where(
            Return.id.in_(
                select(ReturnLine.return_id)
                .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
                .where(OrderLine.order_id.in_(order_ids))
            )
        )
        .order_by(Return.goods_state.in_(_CLOSED_GOODS_STATES), Return.id.desc())
        .limit(_N)
    )


_BY_CODE = _RETURN_HIT.where(Return.code == _V).limit(_N)
_BY_RETURN_TRACKING = (
    _RETURN_HIT.where(Return.return_tracking_number == _V).order_by(Return.id.desc()).limit(_N)
)
_SHIPPED_WITH = select(Shipment.order_id).where(Shipment.tracking_number == _V)
_RETURNS_SHIPPED_WITH = _returns_of(_SHIPPED_WITH)
_ORDERS_SHIPPED_WITH = (
    _ORDER_HIT.where(Order.id.in_(_SHIPPED_WITH)).order_by(Order.id.desc()).limit(_N)
)
_RETURNS_OF_NUMBER = _returns_of(select(Order.id).where(Order.order_number == _V))
_ORDER_BY_NUMBER = _ORDER_HIT.where(Order.order_number == _V).limit(_N)
# A product's EAN finds the open returns (not closed, not rejected) that hold it, newest first:
# its returns are read newest first from the (gtin, return_id) index of their lines (migration
# 0015), a page at a time, each spelling of the EAN on its own (one ordered index range), and
# the open ones among each page by their keys (see _holding_product).
_HOLDING_PAGE = 200
_BELOW = bindparam("below")
_PAGE = bindparam("page")


def _newest_holding(spelling: str) -> Select:
    # distinct: a return with the product on two lines is one of the page's returns, or a
    # page of fewer returns than asked would read as the end of the product's history
    return (
        select(ReturnLine.return_id)
        .distinct()
        .where(ReturnLine.gtin == bindparam(spelling), ReturnLine.return_id < _BELOW)
        .order_by(ReturnLine.return_id.desc())
        .limit(_PAGE)
        .subquery()
    )


_NEWEST_HOLDING = (
    union(*(select(_newest_holding(spelling)) for spelling in ("gtin", "ean")))
    .order_by(literal_column("return_id").desc())
    .limit(_PAGE)
)
_OPEN_AMONG = (
    _RETURN_HIT.where(Return.id.in_(_IDS), Return.goods_state.not_in(_CLOSED_GOODS_STATES))
    .order_by(Return.id.desc())
    .limit(_N)
)


def _holding_product(conn: Connection, gtin: str, limit: int) -> list[tuple]:
    """The newest ``limit`` open returns holding the product ``gtin`` (14 digits; an order line
    may hold the 13-digit EAN), as rows of ``_RETURN_HIT``.

    One statement that let the database choose read the returns newest first and probed each
    for the product (a merge join), which is quick while the newest returns hold it and walked
    50,000 returns (26 ms on PostgreSQL) when a product's last open returns were older. Here
    the product's own returns are read newest first, :data:`_HOLDING_PAGE` at a time, until
    ``limit`` open ones are found or its history ends: usually the first page."""
    found: list[tuple] = []
    below = 2**31 - 1  # above every id (the key is an INTEGER)
    page = {"gtin": gtin, "ean": gtin.removeprefix("0"), "page": _HOLDING_PAGE}
    while len(found) < limit:
        ids = list(conn.scalars(_NEWEST_HOLDING, {**page, "below": below}))
        if not ids:
            break
        found += conn.execute(_OPEN_AMONG, {"ids": ids, "n": limit - len(found)}).all()
        if len(ids) < page["page"]:
            break
        below = ids[-1]
    return found


_BY_EMAIL = select(Customer.id).where(func.lower(Customer.email) == _V)
_BY_PHONE = select(Customer.id).where(Customer.phone.in_(_IDS))


@functools.cache
def _of_customers(found: Select) -> Select:
    """The returns (newest first), then the orders (newest first) of the customers
    ``found`` selects, ``n`` in all, in one statement: the customers' ids stay in the database
    (one round trip, one plan, instead of three and a list of ids sent back)."""
    ids = select(found.cte("found").c.id)

    def newest(part: int, key, label, kind, state, at, customer_id):
        return (
            select(
                literal(part).label("part"),
                key,
                label.label("label"),
                Customer.name,
                kind.label("kind"),
                state.label("goods_state"),
                at.label("at"),
            )
            .join(Customer, Customer.id == customer_id)
            .where(customer_id.in_(ids))
            .order_by(at.desc())
            .limit(_N)
            .subquery()
        )

    returns = newest(
        0,
        Return.id,
        Return.code,
        Return.kind,
        Return.goods_state,
        Return.created_at,
        Return.customer_id,
    )
    orders = newest(
        1, Order.id, Order.order_number, null(), null(), Order.ordered_at, Order.customer_id
    )
    both = union_all(select(returns), select(orders)).subquery()
    # a find shows ``n`` hits: the orders after the returns only as far as they fill it
    return select(both).order_by(both.c.part, both.c.at.desc()).limit(_N)


def _find(
    conn: Connection, text: str, limit: int, config: ScanConfig | None = None
) -> list[FindHit]:
    scan = classify(text, config)

    def returns(stmt: Select, **params) -> list[FindHit]:
        return [FindHit("return", *row) for row in conn.execute(stmt, {"n": limit, **params})]

    def orders(stmt: Select, **params) -> list[FindHit]:
        return [
            FindHit("order", oid, number, name, ordered_at.date().isoformat())
            for oid, number, name, ordered_at in conn.execute(stmt, {"n": limit, **params})
        ]

    def of_customers(found: Select | None, **params) -> list[FindHit]:
        """The returns (newest first), then the orders (newest first) of the customers
        ``found`` selects."""
        if found is None:
            return []
        rows = conn.execute(_of_customers(found), {"n": limit, **params})
        return [
            FindHit("return", rid, label, name, kind, state)
            if part == 0
            else FindHit("order", rid, label, name, at.date().isoformat())
            for part, rid, label, name, kind, state, at in rows
        ]

    if scan.valid and scan.kind == "return_code":
        return returns(_BY_CODE, v=scan.value)
    readings = scan.readings()
    hits: list[FindHit] = []
    gtins = [r.value for r in readings if r.kind == "gtin"]
    if gtins:
        # A product's EAN: the open returns (not closed, not rejected) that hold it, newest
        # first (a clerk scanning a product with no return open is looking for the return it
        # came back in). A GTIN is kept as 14 digits; an order line may hold the 13-digit EAN.
        hits += [FindHit("return", *row) for row in _holding_product(conn, gtins[0], limit)]
    # A code that reads several ways (a DHL waybill that fits the order numbers too) is
    # looked up as each.
    numbers = [r.value for r in readings if r.kind == "order_number"]
    tracking = [r.value for r in readings if r.kind in ("tracking_s10", "tracking")]
    for value in dict.fromkeys(tracking):  # a number DHL and GLS share is looked up once
        hits += returns(_BY_RETURN_TRACKING, v=value)
        hits += returns(_RETURNS_SHIPPED_WITH, v=value)
        hits += orders(_ORDERS_SHIPPED_WITH, v=value)
    if hits and not numbers:
        return _unique(hits)[:limit]
    typed = text.lstrip("#")
    # An order number has a digit and no "@": a name or an e-mail is not looked up as one,
    # nor a phone number in its international form ("+358 40 ...").
    maybe_number = (
        "@" not in typed and not typed.startswith("+") and any(ch.isdigit() for ch in typed)
    )
    for number in dict.fromkeys([*numbers, *([typed] if maybe_number else [])]):
        hits += returns(_RETURNS_OF_NUMBER, v=number)
        hits += orders(_ORDER_BY_NUMBER, v=number)
    hits = _unique(hits)
    if "@" in text:
        # lower(email): the expression index of migration 0008, and an address stored in
        # another case (typed before addresses were kept in lower case) is found too.
        return (hits + of_customers(_BY_EMAIL, v=text.lower()))[:limit]
    digits = "".join(ch for ch in text if ch.isdigit() or ch == "+")
    if len(digits) >= 6 and not hits:
        phone = digits if digits.startswith("+") else "+358" + digits.lstrip("0")
        hits += of_customers(_BY_PHONE, ids=sorted({digits, phone}))
    if not hits and not text.isdigit():
        # Part of a name or an e-mail ("virtanen", "aino virt"): the trigram index of
        # migration 0013; the newest ``limit`` customers that match.
        found, params = customer_search.customers_found(conn, text, limit)
        hits += of_customers(found, **params)
    return hits[:limit]


def _unique(hits: list[FindHit]) -> list[FindHit]:
    return list({(h.kind, h.id): h for h in hits}.values())


# --- Orders ------------------------------------------------------------------------------


def returned_quantities(s: Session, order_line_ids: Iterable[int]) -> dict[int, int]:
    """Units of each order line already on a return that was not rejected."""
    ids = list(order_line_ids)
    if not ids:
        return {}
    rows = s.execute(
        select(ReturnLine.order_line_id, func.sum(ReturnLine.qty_announced))
        .join(Return, Return.id == ReturnLine.return_id)
        .where(ReturnLine.order_line_id.in_(ids), Return.goods_state != "rejected")
        .group_by(ReturnLine.order_line_id)
    )
    return {line_id: int(qty or 0) for line_id, qty in rows}


def deliveries_of(order: Order) -> list[date]:
    """The delivery dates of an order's shipments."""
    return [sh.delivered_on for sh in order.shipments if sh.delivered_on is not None]


def delivery_is_estimated(order: Order) -> bool:
    """Whether the delivery day the period runs from (the last one) is an estimate."""
    dated = [sh for sh in order.shipments if sh.delivered_on is not None]
    if not dated:
        return False
    last = max(sh.delivered_on for sh in dated)
    return any(sh.delivery_estimated for sh in dated if sh.delivered_on == last)


def _delivery_choices(order: Order) -> list[DeliveryChoice]:
    ordered = notice_date_from_utc(order.ordered_at)
    return [
        DeliveryChoice(
            order.id,
            order.order_number,
            ordered,
            sh.id,
            sh.tracking_number,
            sh.delivered_on,
            sh.delivery_estimated,
        )
        for sh in order.shipments
    ] or [DeliveryChoice(order.id, order.order_number, ordered, None, None, None, False)]


def order_dto(s: Session, order: Order) -> OrderDTO:
    """Build the DTO of an order (lines with returned quantities, period end)."""
    returned = returned_quantities(s, (line.id for line in order.lines))
    deliveries = deliveries_of(order)
    period_ends = (
        withdrawal_period_end(deliveries, order.consumer_informed, order.informed_on)
        if deliveries
        else None
    )
    codes = tuple(
        s.scalars(
            select(Return.code)
            .join(ReturnLine, ReturnLine.return_id == Return.id)
            .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
            .where(OrderLine.order_id == order.id)
            .distinct()
        )
    )
    return OrderDTO(
        id=order.id,
        order_number=order.order_number,
        ordered_at=order.ordered_at,
        customer=customer_dto(order.customer),
        payment_method=order.payment_method,
        delivery_method=order.delivery_method,
        delivery_price=order.delivery_price,
        consumer_informed=order.consumer_informed,
        lines=tuple(
            OrderLineDTO(
                line.id,
                order.id,
                order.order_number,
                line.line_no,
                line.sku,
                line.gtin,
                line.name,
                line.quantity,
                line.unit_price,
                line.discount,
                line.vat_rate,
                line.exception_category,
                returned.get(line.id, 0),
            )
            for line in order.lines
        ),
        shipments=tuple(
            ShipmentDTO(
                sh.carrier,
                sh.tracking_number,
                sh.delivered_on,
                sh.delivery_estimated,
                sh.id,
                sh.delivery_corrected,
                sh.shipped_at,
            )
            for sh in order.shipments
        ),
        period_ends=period_ends,
        return_codes=codes,
        refunded_in_shop=order.refunded_in_shop,
        shop_payment_status=order.shop_payment_status,
        period_estimated=delivery_is_estimated(order),
    )


def load_order(s: Session, order_id: int) -> Order:
    """Load an order with its lines, shipments and customer, or raise NotFound."""
    order = s.scalar(
        select(Order)
        .where(Order.id == order_id)
        .options(
            selectinload(Order.lines), selectinload(Order.shipments), selectinload(Order.customer)
        )
    )
    if order is None:
        raise NotFound(Message("services", QT_TRANSLATE_NOOP("services", "No such order.")))
    return order


def get_order(uow: UnitOfWork, order_id: int | None = None, number: str | None = None) -> OrderDTO:
    """Return an order by id or shop order number."""
    with uow:
        s = uow.session
        if order_id is None:
            order_id = s.scalar(
                select(Order.id).where(Order.order_number == _looked_up(number).lstrip("#"))
            )
            if order_id is None:
                raise NotFound(
                    Message(
                        "services",
                        QT_TRANSLATE_NOOP("services", "No order {number}."),
                        {"number": _looked_up(number)},
                    )
                )
        return order_dto(s, load_order(s, order_id))


# --- Returns -----------------------------------------------------------------------------


def load_return(s: Session, return_id: int, *, lock: bool = False) -> Return:
    """Load a return (locked FOR UPDATE on PostgreSQL when ``lock``) or raise NotFound.

    Its customer comes in the same statement (every screen of a return shows them); only
    the return's row is locked."""
    stmt = (
        select(Return)
        .where(Return.id == return_id)
        .options(joinedload(Return.customer, innerjoin=True))
    )
    if lock and s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=Return)
    ret = s.scalar(stmt.execution_options(populate_existing=True))
    if ret is None:
        raise not_found_return(str(return_id))
    return ret


def _return_code(code: str) -> str:
    """A return code as stored, whatever the spacing or case it was typed with."""
    scan = classify(code)
    return scan.value if scan.kind == "return_code" else _looked_up(code).upper()


def return_id_by_code(s: Session, code: str) -> int:
    """The id of the return with ``code`` (any spacing or case), or raise NotFound."""
    rid = s.scalar(select(Return.id).where(Return.code == _return_code(code)))
    if rid is None:
        raise not_found_return(code)
    return rid


def _usernames(s: Session, ids: set[int | None]) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(s.execute(select(User.id, User.username).where(User.id.in_(ids))).all())


def refund_dto(s: Session, refund: Refund, ret: Return) -> RefundDTO:
    """Build the DTO of a refund."""
    names = _usernames(s, {refund.issued_by})
    vat_rows = tuple(
        VatRowDTO(*(_dec(row[k]) for k in ("rate", "base", "vat", "gross")))
        for row in refund.breakdown.get("vat", [])
    )
    return RefundDTO(
        id=refund.id,
        return_id=ret.id,
        return_code=ret.code,
        status=refund.status,
        method=refund.method,
        payment_reference=refund.payment_reference,
        items_amount=refund.items_amount,
        delivery_amount=refund.delivery_amount,
        deduction_amount=refund.deduction_amount,
        label_fee_amount=refund.label_fee_amount,
        total=refund.total,
        needs_supervisor=refund.needs_supervisor,
        credit_note_number=refund.credit_note_number,
        created_at=refund.created_at,
        issued_at=refund.issued_at,
        issued_by=names.get(refund.issued_by) if refund.issued_by else None,
        refund_due=ret.refund_due,
        lines=tuple(
            RefundLineDTO(
                l.kind,
                l.description,
                l.quantity,
                l.gross,
                l.deduction,
                l.deduction_reason,
                l.vat_rate,
                l.vat,
                l.net,
                l.order_line_id,
            )
            for l in sorted(refund.lines, key=lambda l: l.id)
        ),
        vat_rows=vat_rows,
        notes=tuple(Message(c, t, p) for c, t, p in (refund.breakdown or {}).get("messages", [])),
        currency=_currency_of(s, refund),
    )


def _currency_of(s: Session, refund: Refund) -> str:
    """The currency of the order a refund pays back (EUR when it names none)."""
    order_id = next((l.order_id for l in refund.lines if l.order_id is not None), None)
    if order_id is None:
        return "EUR"
    return s.scalar(select(Order.currency).where(Order.id == order_id)) or "EUR"


def _dec(value):
    return Decimal(str(value))


def open_refund(s: Session, return_id: int) -> Refund | None:
    """The refund of a return that is proposed or approved (one at most), if any."""
    return s.scalar(
        select(Refund)
        .where(Refund.return_id == return_id, Refund.status.in_(("proposed", "approved")))
        .options(selectinload(Refund.lines))
    )


@functools.cache
def _dto_reads() -> SimpleNamespace:
    """The statements :func:`return_dto` runs, built once (building a statement costs more
    than running a cached one; they take the return's id and its lines' ids as parameters)."""
    rid = bindparam("rid")
    line_ids = bindparam("line_ids", expanding=True)
    return SimpleNamespace(
        lines=select(ReturnLine)
        .join(ReturnLine.order_line)
        .join(OrderLine.order)
        .where(ReturnLine.return_id == rid)
        .options(
            contains_eager(ReturnLine.order_line)
            .contains_eager(OrderLine.order)
            .selectinload(Order.shipments)
        )
        .order_by(ReturnLine.id),
        inspections=select(
            Inspection, User.id, User.username, Location.id, Location.code, Location.name
        )
        .outerjoin(User, User.id == Inspection.user_id)
        .outerjoin(Location, Location.id == Inspection.location_id)
        .where(Inspection.return_line_id.in_(line_ids))
        .order_by(Inspection.id),
        parcels=select(Parcel, User.id, User.username)
        .outerjoin(User, User.id == Parcel.user_id)
        .where(Parcel.return_id == rid)
        .order_by(Parcel.id),
        discrepancies=select(Discrepancy)
        .where(Discrepancy.return_id == rid)
        .order_by(Discrepancy.id),
        deductions=select(Deduction)
        .where(Deduction.return_line_id.in_(line_ids))
        .order_by(Deduction.id),
        # The open refund (proposed or approved: one at most) and those issued, in one read.
        refunds=select(Refund)
        .where(Refund.return_id == rid, Refund.status.in_(("proposed", "approved", "issued")))
        .options(selectinload(Refund.lines))
        .order_by(Refund.id),
    )


def return_dto(s: Session, ret: Return) -> ReturnDTO:
    """Build the full DTO of a return.

    A lean read, on the path of every scan: the lines come with their order lines and
    orders in one statement (and the orders' shipments in one more), each inspection with
    its location and clerk, each parcel with its clerk, and the refunds of the return in one
    statement; nothing is read that the return does not refer to (no table of every
    location or user). Seven statements for a return without a refund.
    """
    reads = _dto_reads()
    by_return = {"rid": ret.id}
    lines = list(s.scalars(reads.lines, by_return))
    line_ids = [l.id for l in lines]
    by_lines = {"line_ids": line_ids}
    names: dict[int, str] = {}
    places: dict[int, tuple[str, str]] = {}
    inspections: list[Inspection] = []
    if line_ids:
        for ins, user_id, username, location_id, code, name in s.execute(
            reads.inspections, by_lines
        ):
            inspections.append(ins)
            if user_id is not None:
                names[user_id] = username
            if location_id is not None:
                places[location_id] = (code, name)
    units: dict[int, list[int]] = {}
    for ins in inspections:
        units.setdefault(ins.return_line_id, []).append(ins.unit_no)
    parcels: list[Parcel] = []
    for parcel, user_id, username in s.execute(reads.parcels, by_return):
        parcels.append(parcel)
        if user_id is not None:
            names[user_id] = username
    discrepancies = list(s.scalars(reads.discrepancies, by_return))
    deductions = list(s.scalars(reads.deductions, by_lines)) if line_ids else []
    locations = {i: code for i, (code, _name) in places.items()}
    names.update(_usernames(s, {ret.override_by, ret.late_accepted_by} - names.keys()))
    categories = {l.id: l.order_line.exception_category for l in lines}
    refunds = list(s.scalars(reads.refunds, by_return))
    issued = [r for r in refunds if r.status == "issued"]
    # What the screens show: the open refund, else the latest one issued.
    refund = next((r for r in refunds if r.status != "issued"), None) or (
        issued[-1] if issued else None
    )
    owed = money_left(s, ret, lines, issued)[0] if ret.goods_state != "rejected" else 0
    orders = list({l.order_line.order.id: l.order_line.order for l in lines}.values())
    return ReturnDTO(
        shop_refunds=tuple(
            (o.order_number, o.refunded_in_shop, o.shop_payment_status)
            for o in orders
            if o.refunded_in_shop or o.shop_payment_status
        ),
        period_estimated=any(delivery_is_estimated(o) for o in orders),
        estimated_deliveries=tuple(
            (o.id, o.order_number, max(sh.delivered_on for sh in o.shipments if sh.delivered_on))
            for o in orders
            if delivery_is_estimated(o)
        ),
        deliveries=tuple(choice for o in orders for choice in _delivery_choices(o)),
        currency=orders[0].currency if orders else "EUR",
        id=ret.id,
        code=ret.code,
        kind=ret.kind,
        customer=customer_dto(ret.customer),
        order_numbers=tuple(dict.fromkeys(l.order_line.order.order_number for l in lines)),
        notice_date=ret.notice_date,
        goods_state=ret.goods_state,
        money_state=ret.money_state,
        remedy=ret.remedy,
        period_ends=ret.period_ends,
        goods_due=ret.goods_due,
        refund_due=ret.refund_due,
        override_reason=ret.override_reason,
        decision_reason=ret.decision_reason,
        return_tracking_number=ret.return_tracking_number,
        proof_of_dispatch_at=ret.proof_of_dispatch_at,
        created_at=ret.created_at,
        closed_at=ret.closed_at,
        station=ret.station,
        refunded_total=sum((r.total for r in issued), Decimal("0.00")),
        refunds_issued=len(issued),
        units_owed=owed,
        version=ret.version,
        override_by=names.get(ret.override_by, "") if ret.override_by else "",
        late_accepted=ret.late_accepted,
        late_accepted_by=names.get(ret.late_accepted_by, "") if ret.late_accepted_by else "",
        first_arrival=notice_date_from_utc(min(p.scanned_at for p in parcels)) if parcels else None,
        lines=tuple(
            ReturnLineDTO(
                id=l.id,
                order_line_id=l.order_line_id,
                order_number=l.order_line.order.order_number,
                sku=l.order_line.sku,
                gtin=l.order_line.gtin,
                name=l.order_line.name,
                product_id=l.order_line.product_id,
                unit_price=l.order_line.unit_price,
                vat_rate=l.order_line.vat_rate,
                exception_category=l.order_line.exception_category,
                qty_announced=l.qty_announced,
                qty_received=l.qty_received,
                qty_restocked=l.qty_restocked,
                qty_written_off=l.qty_written_off,
                reason_code=l.reason_code,
                reason_text=l.reason_text,
                inspected_units=tuple(sorted(units.get(l.id, []))),
            )
            for l in lines
        ),
        parcels=tuple(
            ParcelDTO(
                p.id,
                p.return_id,
                p.scanned_code,
                p.status,
                p.station,
                names.get(p.user_id, ""),
                p.scanned_at,
                p.note,
            )
            for p in parcels
        ),
        discrepancies=tuple(
            DiscrepancyDTO(
                d.id, d.kind, d.return_line_id, d.scanned_code, d.quantity, d.note, d.created_at
            )
            for d in discrepancies
        ),
        inspections=tuple(
            InspectionDTO(
                i.id,
                i.return_line_id,
                i.unit_no,
                i.grade,
                i.disposition,
                locations.get(i.location_id, ""),
                i.unsealed,
                i.note,
                i.created_at,
                names.get(i.user_id, ""),
                excepted=ret.kind != "defect_claim"
                and exception_applies_at_inspection(
                    categories.get(i.return_line_id) or "none", i.unsealed
                ),
                exception_override=i.exception_override,
                location_name=places.get(i.location_id, ("", ""))[1],
            )
            for i in inspections
        ),
        deductions=tuple(
            DeductionDTO(
                d.id, d.return_line_id, d.amount, d.justification, d.approved_by is not None
            )
            for d in deductions
        ),
        refund=refund_dto(s, refund, ret) if refund else None,
    )


def get_return(uow: UnitOfWork, return_id: int | None = None, code: str | None = None) -> ReturnDTO:
    """Return a return by id or by its code."""
    with uow:
        s = uow.session
        # One read for the return and its customer, by id or by code.
        stmt = select(Return).options(joinedload(Return.customer, innerjoin=True))
        if return_id is not None:
            ret = s.scalar(stmt.where(Return.id == return_id))
        else:
            ret = s.scalar(stmt.where(Return.code == _return_code(code or "")))
        if ret is None:
            raise not_found_return(str(return_id) if return_id is not None else code or "")
        return return_dto(s, ret)
