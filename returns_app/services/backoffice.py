"""The back office's reading and batch work: the returns list, the refund queue and issuing
refunds in a batch (stock views are in :mod:`backoffice_stock`; a return's timeline is in
:mod:`timeline`, re-exported here).

The returns list never loads everything: :func:`count_returns` and :func:`return_ids` page
through the ids of a filtered, sorted list, and :func:`return_rows` loads light rows for the
ids on screen. Every filter is a condition on ``returns`` (or an ``IN`` over an indexed
look-up), so a search stays fast at hundreds of thousands of returns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from returns_app.domain.calendar import HELSINKI, notice_date_from_utc
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.persistence.models import (
    Customer,
    Deduction,
    Order,
    OrderLine,
    Refund,
    Return,
    ReturnLine,
    Shipment,
)
from returns_app.persistence.types import utcnow
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning.classify import MAX_SCAN_LENGTH, classify, clean_input
from returns_app.services import customer_search, refunds
from returns_app.services.acting import authorize
from returns_app.services.currency import return_currency
from returns_app.services.dto import RefundDTO
from returns_app.services.errors import InvalidInput, SignedOut, require
from returns_app.services.owed import NO_UNITS_OWED
from returns_app.services.timeline import TimelineEntry, timeline  # noqa: F401 (re-exported)

DUE_SOON_DAYS = 2
# The money of a return is still owed (or to be decided) in these states.
OUTSTANDING_MONEY = ("none", "proposed", "approved", "part_refunded")
DUE_FILTERS = ("overdue", "due_soon")
QUEUE_STATUSES = ("proposed", "approved")


def _msg(text: str, **params: Any) -> Message:
    return Message("backoffice", text, params)


def today_in_finland() -> date:
    """The calendar day in Finland now (deadlines are Finnish days)."""
    return notice_date_from_utc(utcnow())


def refund_urgency(refund_due: date | None, money_state: str, goods_state: str, today: date) -> str:
    """``"overdue"``, ``"due_soon"`` (within :data:`DUE_SOON_DAYS`) or ``""``."""
    if refund_due is None or money_state not in OUTSTANDING_MONEY or goods_state == "rejected":
        return ""
    if refund_due < today:
        return "overdue"
    if refund_due <= today + timedelta(days=DUE_SOON_DAYS):
        return "due_soon"
    return ""


# --- The returns list --------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnsFilter:
    """What the returns list shows; empty fields do not filter.

    Attributes:
        goods_states: goods states to show (any of them).
        money_states: money states to show (any of them).
        kind: ``withdrawal``, ``defect_claim`` or ``goodwill``.
        date_from: first day registered (Finnish calendar day), inclusive.
        date_to: last day registered, inclusive.
        reason: a return-reason code one of the lines has.
        station: the station that registered the return.
        due: ``"overdue"`` (refund deadline passed, money still owed) or ``"due_soon"``.
        text: a return code, order number, tracking number, e-mail, phone or customer name.
        today: the day deadlines are measured against (default: today in Finland).
    """

    goods_states: tuple[str, ...] = ()
    money_states: tuple[str, ...] = ()
    kind: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    reason: str | None = None
    station: str | None = None
    due: str | None = None
    text: str = ""
    today: date | None = None


SORT_KEYS: Mapping[str, Any] = {
    "code": Return.code,
    "created": Return.created_at,
    "customer": Customer.name,
    "kind": Return.kind,
    "goods_state": Return.goods_state,
    "money_state": Return.money_state,
    "refund_due": Return.refund_due,
    "station": Return.station,
}


@dataclass(frozen=True)
class ReturnRow:
    """One row of the returns list: enough to show and sort, never the whole return."""

    id: int
    code: str
    kind: str
    goods_state: str
    money_state: str
    created_at: datetime
    notice_date: date
    refund_due: date | None
    customer_name: str
    customer_email: str | None
    order_numbers: tuple[str, ...]
    units: int
    refund_total: Decimal | None
    station: str
    urgency: str
    currency: str = "EUR"  # the orders': what ``refund_total`` is in


def day_start(d: date) -> datetime:
    """The first moment (UTC) of a Finnish calendar day."""
    return datetime.combine(d, time(0), HELSINKI).astimezone(UTC)


# Up to this many matching customers are listed by id; more are matched by a subquery.
MAX_LISTED_CUSTOMERS = 2000


def _search_condition(s: Session, text: str) -> ColumnElement[bool] | None:
    """The condition for a search text.

    The text is first looked up the indexed ways it could be meant (return code, tracking
    number, order number, e-mail, phone, part of a name); the list is then filtered by the
    few return and customer ids found. One ``OR`` of subqueries over the whole table would
    make the database test every return against each of them.
    """
    text = clean_input(text)[:MAX_SCAN_LENGTH]  # bounded, no control characters
    if not text:
        return None
    scan = classify(text)
    if scan.valid and scan.kind == "return_code":
        return Return.code == scan.value
    compact = text.replace(" ", "")
    found: set[int] = set(s.scalars(select(Return.id).where(Return.code == compact.upper())))
    customers: list[Select] = []
    if "@" in text:
        # The e-mail or its start, on the lower(email) index of migration 0008.
        email = text.lower()
        customers.append(
            select(Customer.id).where(
                func.lower(Customer.email) >= email,
                func.lower(Customer.email) < email + "\U0010ffff",
            )
        )
    else:
        order_ids: set[int] = set()
        if compact.isalnum() and len(compact) >= 6:
            tracking = {scan.value if scan.valid else compact, compact.upper()}
            found |= set(
                s.scalars(select(Return.id).where(Return.return_tracking_number.in_(tracking)))
            )
            order_ids |= set(
                s.scalars(select(Shipment.order_id).where(Shipment.tracking_number.in_(tracking)))
            )
        number = text.lstrip("#").strip()
        order_ids |= set(s.scalars(select(Order.id).where(Order.order_number == number)))
        if order_ids:
            found |= set(
                s.scalars(
                    select(ReturnLine.return_id)
                    .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
                    .where(OrderLine.order_id.in_(order_ids))
                )
            )
        digits = "".join(ch for ch in text if ch.isdigit() or ch == "+")
        if len(digits) >= 6 and len(digits) >= len(compact) - 1:
            phone = digits if digits.startswith("+") else "+358" + digits.lstrip("0")
            customers.append(select(Customer.id).where(Customer.phone.in_({digits, phone})))
        if not compact.isdigit():
            # Part of a name or an e-mail: the trigram index of migration 0013.
            by_name = customer_search.matching_customers(s, text, None)
            if by_name is not None:
                customers.append(by_name)
    parts: list[ColumnElement[bool]] = []
    if found:
        parts.append(Return.id.in_(sorted(found)))
    listed: set[int] = set()
    for matching in customers:
        ids = list(s.scalars(matching.limit(MAX_LISTED_CUSTOMERS + 1)))
        if len(ids) > MAX_LISTED_CUSTOMERS:
            parts.append(Return.customer_id.in_(matching.order_by(None)))
        else:
            listed.update(ids)
    if listed:
        parts.append(Return.customer_id.in_(sorted(listed)))
    return or_(*parts) if parts else false()


def _conditions(s: Session, f: ReturnsFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if f.goods_states:
        out.append(Return.goods_state.in_(f.goods_states))
    if f.money_states:
        out.append(Return.money_state.in_(f.money_states))
    if f.kind:
        out.append(Return.kind == f.kind)
    if f.date_from:
        out.append(Return.created_at >= day_start(f.date_from))
    if f.date_to:
        out.append(Return.created_at < day_start(f.date_to + timedelta(days=1)))
    if f.reason:
        out.append(
            Return.id.in_(select(ReturnLine.return_id).where(ReturnLine.reason_code == f.reason))
        )
    if f.station:
        out.append(Return.station == f.station)
    if f.due:
        if f.due not in DUE_FILTERS:
            raise InvalidInput(_msg(QT_TRANSLATE_NOOP("backoffice", "Unknown deadline filter.")))
        today = f.today or today_in_finland()
        owed = and_(
            Return.money_state.in_(OUTSTANDING_MONEY),
            Return.goods_state != "rejected",
        )
        if f.due == "overdue":
            out += [owed, Return.refund_due < today]
        else:
            soon = today + timedelta(days=DUE_SOON_DAYS)
            out += [owed, Return.refund_due >= today, Return.refund_due <= soon]
    text = _search_condition(s, f.text)
    if text is not None:
        out.append(text)
    return out


def count_returns(uow: UnitOfWork, f: ReturnsFilter) -> int:
    """How many returns the filter lets through."""
    with uow:
        return _count(uow.session, _conditions(uow.session, f))


def _count(s: Session, conditions: list[ColumnElement[bool]]) -> int:
    return s.scalar(select(func.count()).select_from(Return).where(*conditions)) or 0


def return_ids(
    uow: UnitOfWork,
    f: ReturnsFilter,
    sort: str = "created",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[int]:
    """One page of the ids of the filtered returns, sorted by ``sort`` (see :data:`SORT_KEYS`),
    ties broken by id so pages never overlap."""
    order = _order(sort, descending)
    with uow:
        return _ids(uow.session, _conditions(uow.session, f), sort, order, offset, limit)


@dataclass(frozen=True)
class ReturnsPage:
    """The first page of the returns list: how many returns the filter lets through, and the
    ids of the first ones."""

    total: int
    ids: list[int]


def first_page(
    uow: UnitOfWork,
    f: ReturnsFilter,
    sort: str = "created",
    descending: bool = True,
    limit: int = 200,
) -> ReturnsPage:
    """The count and the first ``limit`` ids of the filtered list (like :func:`count_returns`
    and :func:`return_ids`), with the search looked up once. A page that is not full is the
    whole list: then it is its own count and the count is not asked for."""
    order = _order(sort, descending)
    with uow:
        s = uow.session
        conditions = _conditions(s, f)
        ids = _ids(s, conditions, sort, order, 0, limit)
        total = len(ids) if len(ids) < limit else _count(s, conditions)
        return ReturnsPage(total, ids)


def _order(sort: str, descending: bool) -> list[Any]:
    if sort not in SORT_KEYS:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("backoffice", "Unknown sort column.")))
    column = SORT_KEYS[sort]
    order = [column.desc() if descending else column.asc()]
    if sort == "refund_due":
        order[0] = order[0].nulls_last()
    if sort != "code":  # codes are unique: no tie to break (and the index serves alone)
        order.append(Return.id.desc() if descending else Return.id.asc())
    return order


def _ids(
    s: Session,
    conditions: list[ColumnElement[bool]],
    sort: str,
    order: list[Any],
    offset: int,
    limit: int,
) -> list[int]:
    stmt = select(Return.id).where(*conditions)
    if sort == "customer":
        stmt = stmt.join(Customer, Customer.id == Return.customer_id)
    stmt = stmt.order_by(*order).offset(max(0, offset)).limit(max(0, limit))
    return list(s.scalars(stmt))


_ROW_COLUMNS = (
    Return.id,
    Return.code,
    Return.kind,
    Return.goods_state,
    Return.money_state,
    Return.created_at,
    Return.notice_date,
    Return.refund_due,
    Return.station,
)


def return_rows(uow: UnitOfWork, ids: Sequence[int], today: date | None = None) -> list[ReturnRow]:
    """The rows for ``ids``, in the order given (ids that no longer exist are left out)."""
    if not ids:
        return []
    today = today or today_in_finland()
    with uow:
        s = uow.session
        base = {
            row.id: row
            for row in s.execute(
                select(*_ROW_COLUMNS, Customer.name.label("customer_name"), Customer.email)
                .join(Customer, Customer.id == Return.customer_id)
                .where(Return.id.in_(ids))
            )
        }
        orders: dict[int, dict[str, None]] = {}
        units: dict[int, int] = {}
        currencies: dict[int, str] = {}
        for rid, number, qty, currency in s.execute(
            select(
                ReturnLine.return_id, Order.order_number, ReturnLine.qty_announced, Order.currency
            )
            .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
            .join(Order, Order.id == OrderLine.order_id)
            .where(ReturnLine.return_id.in_(ids))
            .order_by(ReturnLine.id)
        ):
            orders.setdefault(rid, {})[number] = None
            units[rid] = units.get(rid, 0) + qty
            currencies.setdefault(rid, currency or "EUR")
        totals = dict(
            s.execute(
                select(Refund.return_id, Refund.total).where(
                    Refund.return_id.in_(ids), Refund.status != "cancelled"
                )
            ).all()
        )
        out = []
        for rid in ids:
            if rid not in base:
                continue
            r = base[rid]
            out.append(
                ReturnRow(
                    id=r.id,
                    code=r.code,
                    kind=r.kind,
                    goods_state=r.goods_state,
                    money_state=r.money_state,
                    created_at=r.created_at,
                    notice_date=r.notice_date,
                    refund_due=r.refund_due,
                    customer_name=r.customer_name,
                    customer_email=r.email,
                    order_numbers=tuple(orders.get(rid, {})),
                    units=units.get(rid, 0),
                    refund_total=totals.get(rid),
                    station=r.station,
                    urgency=refund_urgency(r.refund_due, r.money_state, r.goods_state, today),
                    currency=currencies.get(rid, "EUR"),
                )
            )
        return out


def stations(uow: UnitOfWork) -> list[str]:
    """Every station that has registered a return, for the filter."""
    with uow:
        return [
            s
            for s in uow.session.scalars(select(Return.station).distinct().order_by(Return.station))
            if s
        ]


# --- The refund queue --------------------------------------------------------------------


# Why a refund in the queue cannot be issued now; a row can have several.
NEEDS_APPROVAL = "needs_approval"  # over the limit, a deduction or an override: a supervisor
DEDUCTION_PENDING = "deduction_pending"  # a clerk's deduction waits for a supervisor's decision
GOODS_NOT_BACK = "goods_not_back"  # art. 13(3): held until the goods or a proof of dispatch
# Not a hold: some units are back, others still expected. The refund covers the units back;
# the rest are refunded when they arrive (a follow-up refund).
UNITS_EXPECTED = "units_expected"
QUEUE_REASONS = (NEEDS_APPROVAL, DEDUCTION_PENDING, GOODS_NOT_BACK, UNITS_EXPECTED)
# Nobody issues past these, a supervisor neither (issuing as one approves the refund).
HOLDS = frozenset({DEDUCTION_PENDING, GOODS_NOT_BACK})


@dataclass(frozen=True)
class RefundQueueRow:
    """A refund waiting for approval or for issue.

    ``reasons`` says why it cannot be issued now (codes of :data:`QUEUE_REASONS`, in that
    order), the same rules :func:`refunds.issue_refund` applies: a proposal over the approval
    limit, with a deduction or an override needs a supervisor (:data:`NEEDS_APPROVAL`); a
    deduction nobody has
    decided on holds it (:data:`DEDUCTION_PENDING`); with no goods back and no proof of
    dispatch it may be held (art. 13(3), :data:`GOODS_NOT_BACK`). :data:`UNITS_EXPECTED`
    (``units_expected`` of them) is told, but does not hold the refund.
    """

    refund_id: int
    return_id: int
    return_code: str
    kind: str
    customer_name: str
    status: str
    method: str
    total: Decimal
    needs_supervisor: bool
    created_at: datetime
    refund_due: date | None
    urgency: str
    reasons: tuple[str, ...] = ()
    units_expected: int = 0
    currency: str = "EUR"  # the order's: what ``total`` is in

    @property
    def issuable(self) -> bool:
        """Whether a supervisor could issue it now (nothing holds it)."""
        return not HOLDS.intersection(self.reasons)

    def ready_for(self, actor: Actor) -> bool:
        """Whether ``actor`` could issue it now (the service checks again)."""
        if not self.issuable or not actor.may("issue_refund"):
            return False
        return NEEDS_APPROVAL not in self.reasons or actor.may("approve_refund")


def _queue_reasons(row: Any) -> tuple[str, ...]:
    found = {
        NEEDS_APPROVAL: row.status == "proposed" and row.needs_supervisor,
        DEDUCTION_PENDING: bool(row.pending),
        GOODS_NOT_BACK: bool(row.held),
        # Only once some units are back: on a proof of dispatch the refund covers them all.
        UNITS_EXPECTED: bool(row.received) and (row.expected or 0) > 0,
    }
    return tuple(code for code in QUEUE_REASONS if found[code])


def refund_queue(uow: UnitOfWork, today: date | None = None) -> list[RefundQueueRow]:
    """Refunds proposed or approved, by legal deadline (soonest first; none last), each with
    what keeps it from being issued now."""
    today = today or today_in_finland()
    mine = ReturnLine.return_id == Return.id
    received = select(ReturnLine.id).where(mine, ReturnLine.qty_received > 0).exists()
    reduced = func.coalesce(Return.remedy, "") == "price_reduction"  # never NULL: NOT NULL is NULL
    held = ~or_(received, Return.proof_of_dispatch_at.is_not(None), reduced)
    pending = (
        select(Deduction.id)
        .join(ReturnLine, ReturnLine.id == Deduction.return_line_id)
        .where(mine, Deduction.approved_by.is_(None))
        .exists()
    )
    # Units announced and not back (a defect claim settled without the goods expects none).
    expected = (
        select(func.coalesce(func.sum(ReturnLine.qty_announced - ReturnLine.qty_received), 0))
        .where(
            mine,
            or_(
                Return.kind != "defect_claim",
                Return.remedy.is_(None),
                Return.remedy.not_in(NO_UNITS_OWED),
            ),
        )
        .scalar_subquery()
    )
    stmt = (
        select(
            Refund.id,
            Refund.status,
            Refund.method,
            Refund.total,
            Refund.needs_supervisor,
            Refund.created_at,
            Return.id.label("return_id"),
            Return.code,
            Return.kind,
            Return.refund_due,
            Return.money_state,
            Return.goods_state,
            Customer.name,
            received.label("received"),
            held.label("held"),
            pending.label("pending"),
            expected.label("expected"),
            return_currency().label("currency"),
        )
        .join(Return, Return.id == Refund.return_id)
        .join(Customer, Customer.id == Return.customer_id)
        .where(Refund.status.in_(QUEUE_STATUSES))
        .order_by(Return.refund_due.asc().nulls_last(), Refund.created_at, Refund.id)
    )
    with uow:
        return [
            RefundQueueRow(
                refund_id=r.id,
                return_id=r.return_id,
                return_code=r.code,
                kind=r.kind,
                customer_name=r.name,
                status=r.status,
                method=r.method,
                total=r.total,
                needs_supervisor=r.needs_supervisor,
                created_at=r.created_at,
                refund_due=r.refund_due,
                urgency=refund_urgency(r.refund_due, r.money_state, r.goods_state, today),
                reasons=_queue_reasons(r),
                units_expected=int(r.expected or 0),
                currency=r.currency,
            )
            for r in uow.session.execute(stmt)
        ]


@dataclass(frozen=True)
class BatchFailure:
    """A refund of a batch that was not issued, and why."""

    refund_id: int
    return_code: str
    message: Message


@dataclass(frozen=True)
class BatchIssueResult:
    """What a batch issue did: each refund is its own transaction."""

    issued: tuple[RefundDTO, ...]
    failed: tuple[BatchFailure, ...]


def batch_issue(
    uow: UnitOfWork,
    actor: Actor,
    refund_ids: Sequence[int],
    *,
    method: str | None = None,
    batch_key: str | None = None,
    now: datetime | None = None,
) -> BatchIssueResult:
    """Issue several refunds (supervisor): each one exactly once, in its own transaction, so
    one that cannot be issued never holds the others back.

    With ``batch_key``, a retried batch (a lost answer) returns the refunds it issued before
    instead of failing on them.
    """
    require(actor, "approve_refund")
    ids = list(dict.fromkeys(refund_ids))
    with uow:
        authorize(uow, actor, "approve_refund")
        codes = dict(
            uow.session.execute(
                select(Refund.id, Return.code)
                .join(Return, Return.id == Refund.return_id)
                .where(Refund.id.in_(ids))
            ).all()
        )
    issued: list[RefundDTO] = []
    failed: list[BatchFailure] = []
    for n, rid in enumerate(ids):
        key = f"{batch_key}:{rid}"[:80] if batch_key else None
        try:
            issued.append(
                refunds.issue_refund(uow, actor, rid, method=method, idempotency_key=key, now=now)
            )
        except SignedOut as exc:
            # Deactivated meanwhile: those issued stay issued (and are reported), nothing more
            # is issued in this user's name; the station signs out at its next check.
            failed.extend(BatchFailure(r, codes.get(r, "?"), exc.message) for r in ids[n:])
            break
        except ReturnsError as exc:
            failed.append(BatchFailure(rid, codes.get(rid, "?"), exc.message))
    return BatchIssueResult(tuple(issued), tuple(failed))
