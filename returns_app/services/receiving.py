"""At the desk: a parcel is scanned in, its items are checked in, mismatches are recorded."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, or_, select, text
from sqlalchemy.orm import Session

from returns_app.domain.calendar import local_moment_text
from returns_app.domain.states import goods_name, goods_transition, is_open
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import (
    AuditEntry,
    Discrepancy,
    Order,
    OrderLine,
    Parcel,
    Product,
    Return,
    ReturnLine,
    Shipment,
    User,
)
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning.classify import MAX_SCAN_LENGTH, classify, clean_input
from returns_app.scanning.config import ScanConfig
from returns_app.scanning.messages import kind_label
from returns_app.scanning.plausible import plausible_parcel_code
from returns_app.scanning.result import ScanResult
from returns_app.scanning.return_code import format_return_code_for_people
from returns_app.services import audit, clock
from returns_app.services.acting import authorize
from returns_app.services.dto import OrderDTO, ParcelDTO, ReturnDTO
from returns_app.services.errors import Conflict, InvalidInput, NotFound, require
from returns_app.services.locking import lock_return
from returns_app.services.mail.outbox import cancel_unsent_instructions
from returns_app.services.owed import settle_money_state
from returns_app.services.queries import load_order, order_dto, return_dto
from returns_app.services.refunds import refresh_open_proposal
from returns_app.services.shop_settings import read_scan_config
from returns_app.services.text import clean_text

DISCREPANCY_KINDS = ("wrong_item", "missing", "not_on_return", "empty_box", "extra")


def _msg(text: str, **params) -> Message:
    return Message("services", text, params)


@dataclass(frozen=True)
class ReceiveResult:
    """What a scanned parcel turned out to be.

    ``kind`` is ``"return"`` (the return is opened and the parcel recorded), ``"order"`` (no
    return yet: register one on the spot) or ``"unidentified"`` (queued, never lost).
    """

    kind: str
    scanned: str
    scan_kind: str
    ret: ReturnDTO | None = None
    order: OrderDTO | None = None
    parcel_id: int | None = None


def _open_return_for_orders(s: Session, order_ids) -> Return | None:
    """The open return of these orders a parcel most likely belongs to: one still expecting
    units first (a partly arrived return is "inspected" while its other units are on their
    way), then the newest. A return whose units are all back and graded is not open to a
    parcel (a later parcel of the order is a new return)."""
    expecting = func.sum(ReturnLine.qty_announced - ReturnLine.qty_received) > 0
    rid = s.scalar(
        select(Return.id)
        .join(ReturnLine, ReturnLine.return_id == Return.id)
        .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
        .where(
            OrderLine.order_id.in_(order_ids),
            Return.goods_state.in_(("announced", "received", "inspected")),
        )
        .group_by(Return.id, Return.goods_state)
        .having(or_(Return.goods_state != "inspected", expecting))
        .order_by(case((expecting, 0), else_=1), Return.id.desc())
        .limit(1)
    )
    return s.get(Return, rid) if rid else None


def _look_up(s: Session, scan: ScanResult, value: str) -> tuple[Return | None, list[int], str]:
    """What a cleaned code names, the way a scan reads it: a return (by its code or its
    return tracking number), else the orders (by a delivery's tracking number or the order
    number). A code that reads several ways (a 10-digit DHL waybill that also fits the shop's
    order numbers) is looked up as each, in the scan's order. The third value says which of
    ``return_code``, ``return_tracking``, ``shipment_tracking``, ``order_number`` found it
    ("" for nothing)."""
    for reading in scan.readings():
        if reading.kind == "return_code":
            ret = s.scalar(select(Return).where(Return.code == reading.value))
            if ret is not None:
                return ret, [], "return_code"
        elif reading.kind in ("tracking_s10", "tracking", "sscc"):
            found = _by_tracking(s, reading.value)
            if found[0] is not None or found[1]:
                return found
    if not (scan.valid and scan.kind == "return_code"):
        numbers = [r.value for r in scan.readings() if r.kind == "order_number"]
        for number in dict.fromkeys([*numbers, value.lstrip("#")]):
            oid = s.scalar(select(Order.id).where(Order.order_number == number))
            if oid:
                return None, [oid], "order_number"
    return None, [], ""


def _by_tracking(s: Session, number: str) -> tuple[Return | None, list[int], str]:
    ret = s.scalar(select(Return).where(Return.return_tracking_number == number))
    if ret is not None:
        return ret, [], "return_tracking"
    order_ids = list(s.scalars(select(Shipment.order_id).where(Shipment.tracking_number == number)))
    if order_ids:
        return None, order_ids, "shipment_tracking"
    return None, [], ""


def _who_received(s: Session, parcel: Parcel) -> Conflict:
    return Conflict(
        _msg(
            QT_TRANSLATE_NOOP(
                "services", "This parcel was already received by {user} at {station}, {when}."
            ),
            user=_someone(s, parcel.user_id),
            station=parcel.station or _msg(QT_TRANSLATE_NOOP("services", "another station")),
            when=local_moment_text(parcel.scanned_at),
        )
    )


def _queue_unidentified(uow: UnitOfWork, actor: Actor, code: str, note: str = "") -> Parcel:
    """In the caller's transaction: the parcel waits in the unidentified queue, once."""
    s = uow.session
    _refuse_queued_twice(s, code)
    parcel = Parcel(
        return_id=None,
        scanned_code=code,
        status="unidentified",
        station=actor.station,
        user_id=actor.user_id,
        note=note.strip(),
        scanned_at=clock.now(uow),
    )
    s.add(parcel)
    s.flush()
    audit.record(uow, actor, "parcel_unidentified", "parcel", parcel.id, code=code, note=note)
    return parcel


def _someone(s: Session, user_id: int | None) -> str | Message:
    """Who did it, by user name; "someone" when nobody was recorded (demo data)."""
    user = s.get(User, user_id) if user_id else None
    return user.username if user else _msg(QT_TRANSLATE_NOOP("services", "someone"))


def _refuse_queued_twice(s: Session, code: str) -> None:
    """One code, one queued parcel: a second station that queues the same code is told who
    queued it. On PostgreSQL stations queueing one code at once wait for each other (a lock
    on the code for the transaction); SQLite's writers take turns anyway."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(hashtext(:code))"), {"code": code})
    queued = s.scalar(
        select(Parcel)
        .where(Parcel.scanned_code == code, Parcel.status == "unidentified")
        .order_by(Parcel.id)
        .limit(1)
    )
    if queued is not None:
        raise Conflict(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "Parcel {code} is already in the unidentified queue: {user} at {station}, "
                    "{when}. Put this one with it.",
                ),
                code=code,
                user=_someone(s, queued.user_id),
                station=queued.station or _msg(QT_TRANSLATE_NOOP("services", "another station")),
                when=local_moment_text(queued.scanned_at),
            )
        )


def _misread(code: str) -> InvalidInput:
    return InvalidInput(
        _msg(
            QT_TRANSLATE_NOOP(
                "services",
                "\u201c{code}\u201d didn't read correctly. Scan again, or type the code from "
                "the label.",
            ),
            code=clean_input(code)[:40],
        )
    )


def _parcel_scan(code: str, config: ScanConfig) -> ScanResult:
    """Classify a parcel's code; a misread raises :class:`InvalidInput` (nothing is written)."""
    scan = classify(code, config)
    if not scan.value.strip():
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "Nothing was scanned.")))
    if not scan.valid and scan.kind != "unknown":
        raise InvalidInput(scan.error or _msg(QT_TRANSLATE_NOOP("services", "Unreadable code.")))
    if len(scan.value) > MAX_SCAN_LENGTH and scan.error is not None:
        raise InvalidInput(scan.error)  # "Too long for a code…"
    if not plausible_parcel_code(scan):
        raise _misread(code)
    return scan


def warm_up(uow: UnitOfWork, actor: Actor) -> bool:
    """Read as a parcel scan reads, writing nothing: the newest return looked up by its code
    and read whole, as the desk shows it. True when there was one to read.

    The desk runs this on its database worker once it is shown, so that the first parcel of
    the day does not pay for building the statements every later scan finds ready (the
    engine keeps them): tens of milliseconds on the first scan otherwise.
    """
    with uow:
        authorize(uow, actor, "receive")
        s = uow.session
        code = s.scalar(select(Return.code).order_by(Return.id.desc()).limit(1))
        if code is None:
            return False
        scan = _parcel_scan(code, read_scan_config(uow))
        ret, _, _ = _look_up(s, scan, scan.value)
        if ret is not None:
            return_dto(s, ret)
        return True


def receive_parcel(
    uow: UnitOfWork, actor: Actor, code: str, *, queue_unknown: bool = True
) -> ReceiveResult:
    """Scan a parcel in: open its return, offer its order, or say nothing matches.

    A misread (too short, garbage, a failed check digit) raises :class:`InvalidInput` and
    writes nothing; a well-formed return code that does not exist raises :class:`NotFound`.
    A plausible code that matches nothing is queued as unidentified only with
    ``queue_unknown`` (the command line); the desk asks the clerk first (F9) and gets a
    ``not_found`` result instead.
    """
    require(actor, "receive")
    with uow:
        authorize(uow, actor, "receive")
        s = uow.session
        scan = _parcel_scan(code, read_scan_config(uow))  # the shop's order-number shape
        value = scan.value  # cleaned: a NUL or full-width digits never reach the database
        ret, order_ids, _ = _look_up(s, scan, value)
        if ret is None and order_ids:
            ret = _open_return_for_orders(s, order_ids)
            if ret is None:
                return ReceiveResult(
                    "order", value, scan.kind, order=order_dto(s, load_order(s, order_ids[0]))
                )
        if ret is None and scan.valid and scan.kind == "return_code":
            raise NotFound(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "Return {code} not found. Check the code on the label, or find the "
                        "order by the customer's name.",
                    ),
                    code=format_return_code_for_people(value),
                )
            )
        if ret is None and not queue_unknown:
            return ReceiveResult("not_found", value, scan.kind)
        if ret is None:
            parcel = _queue_unidentified(uow, actor, value)
            uow.commit()
            return ReceiveResult("unidentified", value, scan.kind, parcel_id=parcel.id)
        ret = lock_return(s, ret.id)
        existing = s.scalar(
            select(Parcel).where(Parcel.return_id == ret.id, Parcel.scanned_code == value)
        )
        if existing is not None:
            raise _who_received(s, existing)
        if not is_open(ret.goods_state):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "Return {code} is {state}; a parcel cannot be received for it."
                    ),
                    code=ret.code,
                    state=goods_name(ret.goods_state),
                )
            )
        parcel = Parcel(
            return_id=ret.id,
            scanned_code=value,
            status="received",
            station=actor.station,
            user_id=actor.user_id,
            scanned_at=clock.now(uow),
        )
        s.add(parcel)
        if ret.goods_state == "announced":
            ret.goods_state = goods_transition(ret.goods_state, "received")
        s.flush()
        audit.record(
            uow, actor, "parcel_received", "parcel", parcel.id, return_id=ret.id, code=value
        )
        # "Send us the parcel" is no news once it is here (registered at the desk with the
        # parcel in hand): the instructions still waiting in the outbox are not sent.
        cancel_unsent_instructions(uow, actor, ret.id)
        dto = return_dto(s, ret)
        uow.commit()
        return ReceiveResult("return", value, scan.kind, ret=dto, parcel_id=parcel.id)


@dataclass(frozen=True)
class CheckInResult:
    """The outcome of scanning (or picking) one item: ``ok`` or a recorded mismatch."""

    status: str  # "ok", "extra", "not_on_return"
    ret: ReturnDTO
    return_line_id: int | None
    message: Message


def check_in_item(
    uow: UnitOfWork,
    actor: Actor,
    return_id: int,
    *,
    code: str | None = None,
    return_line_id: int | None = None,
    quantity: int = 1,
) -> CheckInResult:
    """Check in ``quantity`` units by scanned GTIN or chosen line; mismatches are recorded."""
    require(actor, "receive")
    if quantity <= 0:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "The quantity must be at least 1.")))
    gtin = None
    if code is not None:
        scan = classify(code)
        if not scan.valid:
            raise InvalidInput(
                scan.error or _msg(QT_TRANSLATE_NOOP("services", "Unreadable code."))
            )
        gtin = scan.value if scan.kind == "gtin" else scan.fields.get("01")
        if gtin is None:
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "That is a {kind}, not a product code. Scan the item's EAN."
                    ),
                    kind=kind_label(scan.kind),
                )
            )
    with uow:
        authorize(uow, actor, "receive")
        s = uow.session
        ret = lock_return(s, return_id)
        if not is_open(ret.goods_state):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP("services", "Return {code} is {state}."),
                    code=ret.code,
                    state=goods_name(ret.goods_state),
                )
            )
        lines = list(
            s.scalars(
                select(ReturnLine)
                .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
                .where(ReturnLine.return_id == ret.id)
                .where(OrderLine.gtin == gtin if gtin else ReturnLine.id == return_line_id)
                .order_by(ReturnLine.id)
            )
        )
        if not lines:
            if gtin is None:
                raise NotFound(
                    _msg(QT_TRANSLATE_NOOP("services", "That line is not on this return."))
                )
            d = _discrepancy(s, actor, ret, "not_on_return", None, gtin, quantity)
            audit.record(
                uow,
                actor,
                "discrepancy",
                "discrepancy",
                d.id,
                return_id=ret.id,
                kind="not_on_return",
                code=gtin,
            )
            dto = return_dto(s, ret)
            # Say what the item is: the product's name (from the catalogue or any order).
            name = s.scalar(select(Product.name).where(Product.gtin == gtin).limit(1)) or s.scalar(
                select(OrderLine.name).where(OrderLine.gtin == gtin).limit(1)
            )
            uow.commit()
            message = (
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "{name} ({code}) is not on this return. Recorded; set it aside.",
                    ),
                    name=name,
                    code=gtin.lstrip("0") or gtin,
                )
                if name
                else _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "Item {code} is not on this return. Recorded; set it aside."
                    ),
                    code=gtin.lstrip("0") or gtin,
                )
            )
            return CheckInResult("not_on_return", dto, None, message)
        line = next((l for l in lines if l.qty_announced - l.qty_received >= quantity), None)
        if line is None:
            line = lines[0]
            d = _discrepancy(s, actor, ret, "extra", line.id, gtin or "", quantity)
            audit.record(
                uow,
                actor,
                "discrepancy",
                "discrepancy",
                d.id,
                return_id=ret.id,
                kind="extra",
                line=line.id,
            )
            dto = return_dto(s, ret)
            uow.commit()
            return CheckInResult(
                "extra",
                dto,
                line.id,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "More units than announced ({n} announced, all received). "
                        "Recorded as extra.",
                    ),
                    n=line.qty_announced,
                ),
            )
        line.qty_received += quantity
        if ret.goods_state in ("announced", "inspected"):
            ret.goods_state = goods_transition(ret.goods_state, "received")
        s.flush()
        settle_money_state(s, ret)  # a unit after the refund: money is owed again
        refresh_open_proposal(uow, actor, ret)  # an open proposal now covers this unit too
        audit.record(
            uow,
            actor,
            "item_checked_in",
            "return_line",
            line.id,
            return_id=ret.id,
            quantity=quantity,
            received=line.qty_received,
        )
        dto = return_dto(s, ret)
        uow.commit()
        name = next(l.name for l in dto.lines if l.id == line.id)
        return CheckInResult(
            "ok",
            dto,
            line.id,
            _msg(
                QT_TRANSLATE_NOOP("services", "{name}: {received} of {announced} received."),
                name=name,
                received=line.qty_received,
                announced=line.qty_announced,
            ),
        )


def _discrepancy(
    s: Session,
    actor: Actor,
    ret: Return,
    kind: str,
    line_id: int | None,
    code: str,
    quantity: int,
    note: str = "",
) -> Discrepancy:
    d = Discrepancy(
        return_id=ret.id,
        return_line_id=line_id,
        kind=kind,
        scanned_code=code,
        quantity=quantity,
        note=note,
        user_id=actor.user_id,
        station=actor.station,
    )
    s.add(d)
    s.flush()
    return d


def record_discrepancy(
    uow: UnitOfWork,
    actor: Actor,
    return_id: int,
    kind: str,
    *,
    return_line_id: int | None = None,
    quantity: int = 1,
    note: str = "",
) -> ReturnDTO:
    """Record a mismatch a clerk saw: wrong item, missing units, an empty box."""
    require(actor, "receive")
    if kind not in DISCREPANCY_KINDS:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "Unknown kind of mismatch.")))
    if quantity <= 0:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "The quantity must be at least 1.")))
    with uow:
        authorize(uow, actor, "receive")
        s = uow.session
        ret = lock_return(s, return_id)
        d = _discrepancy(s, actor, ret, kind, return_line_id, "", quantity, note)
        audit.record(
            uow,
            actor,
            "discrepancy",
            "discrepancy",
            d.id,
            return_id=ret.id,
            kind=kind,
            quantity=quantity,
            note=note,
        )
        dto = return_dto(s, ret)
        uow.commit()
        return dto


def queue_parcel(uow: UnitOfWork, actor: Actor, code: str, note: str = "") -> ParcelDTO:
    """Put a parcel in the unidentified queue on purpose (it names an order, but nobody can
    tell yet what it is for); it waits there for a decision and is never lost."""
    require(actor, "receive")
    scan = classify(code)
    value = scan.value
    if not value:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "Nothing was scanned.")))
    if not plausible_parcel_code(scan):
        raise _misread(value)
    with uow:
        authorize(uow, actor, "receive")
        parcel = _queue_unidentified(uow, actor, value, clean_text(note))
        dto = ParcelDTO(
            parcel.id,
            None,
            value,
            parcel.status,
            actor.station,
            actor.username,
            parcel.scanned_at,
            parcel.note,
        )
        uow.commit()
        return dto


def list_unidentified(uow: UnitOfWork) -> list[ParcelDTO]:
    """Parcels that matched nothing and wait for a decision, oldest first, with who queued
    them (user name and the name people know them by) and at which station."""
    with uow:
        s = uow.session
        rows = s.execute(
            select(Parcel, User.username, User.display_name)
            .outerjoin(User, User.id == Parcel.user_id)
            .where(Parcel.status == "unidentified")
            .order_by(Parcel.scanned_at, Parcel.id)
        )
        return [
            ParcelDTO(
                p.id,
                p.return_id,
                p.scanned_code,
                p.status,
                p.station,
                u or "",
                p.scanned_at,
                p.note,
                name or u or "",
            )
            for p, u, name in rows
        ]


@dataclass(frozen=True)
class MatchSuggestion:
    """Where an unidentified parcel's code leads, for a person to confirm.

    ``kind`` is ``"return"`` (match the parcel to ``ret``: one key), ``"order"`` (``order``
    has no open return: register one first), ``"closed"`` (the code names ``ret``, which takes
    no parcel any more) or ``"none"`` (nothing: find it by hand). ``found_by`` is how:
    ``return_code``, ``return_tracking``, ``shipment_tracking``, ``order_number`` or "".
    ``message`` says it in a sentence.
    """

    parcel_id: int
    code: str
    kind: str
    found_by: str
    message: Message
    ret: ReturnDTO | None = None
    order: OrderDTO | None = None


_FOUND_BY = {
    "return_code": QT_TRANSLATE_NOOP("services", "The parcel's code is return {ret}."),
    "return_tracking": QT_TRANSLATE_NOOP(
        "services", "The parcel's code is the return tracking number of return {ret}."
    ),
    "shipment_tracking": QT_TRANSLATE_NOOP(
        "services",
        "The parcel's code is the tracking number of order {order}'s delivery; "
        "its open return is {ret}.",
    ),
    "order_number": QT_TRANSLATE_NOOP(
        "services", "The parcel's code is order number {order}; its open return is {ret}."
    ),
}


def suggest_match(uow: UnitOfWork, parcel_id: int) -> MatchSuggestion:
    """Follow an unidentified parcel's code as a scan would (return code, return tracking
    number, delivery tracking number -> order -> its open return, order number -> its open
    return) and propose the return it belongs to. A read: nothing changes."""
    with uow:
        s = uow.session
        parcel = _unidentified(s, parcel_id, lock=False)
        code = parcel.scanned_code
        ret, order_ids, found_by = _look_up(s, classify(code, read_scan_config(uow)), code)
        order = load_order(s, order_ids[0]) if order_ids else None
        if ret is None and order_ids:
            ret = _open_return_for_orders(s, order_ids)
        if ret is None and order is not None:
            return MatchSuggestion(
                parcel.id,
                code,
                "order",
                found_by,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "Order {order} ({customer}) has no open return. Register the return "
                        "first; then match the parcel to it.",
                    ),
                    order=order.order_number,
                    customer=order.customer.name,
                ),
                order=order_dto(s, order),
            )
        if ret is None:
            return MatchSuggestion(
                parcel.id,
                code,
                "none",
                "",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The parcel's code {code} names no return or order. Find the return "
                        "by the customer's name, e-mail or phone.",
                    ),
                    code=code,
                ),
            )
        dto = return_dto(s, ret)
        order_number = order.order_number if order is not None else ", ".join(dto.order_numbers)
        if not is_open(ret.goods_state):
            return MatchSuggestion(
                parcel.id,
                code,
                "closed",
                found_by,
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The parcel's code leads to return {ret}, which is {state}: no parcel "
                        "can be matched to it. Find another return, or discard the parcel "
                        "with a reason.",
                    ),
                    ret=ret.code,
                    state=goods_name(ret.goods_state),
                ),
                ret=dto,
            )
        return MatchSuggestion(
            parcel.id,
            code,
            "return",
            found_by,
            _msg(_FOUND_BY[found_by], ret=ret.code, order=order_number),
            ret=dto,
        )


def _display_name(s: Session, user_id: int | None) -> str | Message:
    """Who did it, by the name people know them by; "someone" when nobody was recorded."""
    user = s.get(User, user_id) if user_id else None
    if user is None:
        return _msg(QT_TRANSLATE_NOOP("services", "someone"))
    return user.display_name or user.username


def _already_decided(s: Session, parcel: Parcel) -> Conflict:
    """Another station decided the parcel first: say who, where, when and what."""
    entry = s.scalar(
        select(AuditEntry)
        .where(
            AuditEntry.entity == "parcel",
            AuditEntry.entity_id == parcel.id,
            AuditEntry.action.in_(("parcel_matched", "parcel_discarded")),
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    when = parcel.resolved_at or (entry.at if entry is not None else None)
    if parcel.status not in ("matched", "discarded") or when is None:
        return Conflict(_msg(QT_TRANSLATE_NOOP("services", "This parcel was already decided.")))
    params = {
        "code": parcel.scanned_code,
        "user": _display_name(s, parcel.resolved_by),
        "station": (entry.station if entry is not None and entry.station else None)
        or _msg(QT_TRANSLATE_NOOP("services", "another station")),
        "when": local_moment_text(when),
    }
    if parcel.status == "matched":
        ret = s.get(Return, parcel.return_id) if parcel.return_id else None
        return Conflict(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "Parcel {code} was already matched to return {ret} by {user} at "
                    "{station}, {when}.",
                ),
                ret=ret.code if ret is not None else "",
                **params,
            )
        )
    return Conflict(
        _msg(
            QT_TRANSLATE_NOOP(
                "services",
                "Parcel {code} was already discarded by {user} at {station}, {when}: "
                "\u201c{reason}\u201d.",
            ),
            reason=parcel.note,
            **params,
        )
    )


def _unidentified(s: Session, parcel_id: int, lock: bool) -> Parcel:
    """The parcel, still waiting for a decision. With ``lock`` (PostgreSQL) a second station
    deciding the same parcel waits here for the first, then is told who decided it."""
    stmt = select(Parcel).where(Parcel.id == parcel_id)
    if lock:
        stmt = stmt.with_for_update()
    parcel = s.scalar(stmt)
    if parcel is None:
        raise NotFound(_msg(QT_TRANSLATE_NOOP("services", "No such parcel.")))
    if parcel.status != "unidentified":
        raise _already_decided(s, parcel)
    return parcel


def match_parcel(uow: UnitOfWork, actor: Actor, parcel_id: int, return_id: int) -> ReturnDTO:
    """Match an unidentified parcel to a return: the return counts it as received."""
    require(actor, "receive")
    with uow:
        authorize(uow, actor, "receive")
        s = uow.session
        parcel = _unidentified(s, parcel_id, uow.dialect == "postgresql")
        ret = lock_return(s, return_id)
        if not is_open(ret.goods_state):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP("services", "Return {code} is {state}."),
                    code=ret.code,
                    state=goods_name(ret.goods_state),
                )
            )
        parcel.return_id = ret.id
        parcel.status = "matched"
        parcel.resolved_at = clock.now(uow)
        parcel.resolved_by = actor.user_id
        if ret.goods_state == "announced":
            ret.goods_state = goods_transition(ret.goods_state, "received")
        s.flush()
        audit.record(
            uow,
            actor,
            "parcel_matched",
            "parcel",
            parcel.id,
            return_id=ret.id,
            code=parcel.scanned_code,
        )
        dto = return_dto(s, ret)
        uow.commit()
        return dto


def discard_parcel(uow: UnitOfWork, actor: Actor, parcel_id: int, reason: str) -> None:
    """Decide an unidentified parcel without a return (e.g. sent back), with a reason.

    A supervisor's decision (``reject_return``): a clerk's discard is refused here; the screen
    asks a supervisor to approve it in place and calls this as them.
    """
    require(actor, "reject_return")
    reason = clean_text(reason)
    if not reason:
        raise InvalidInput(
            _msg(QT_TRANSLATE_NOOP("services", "Write what was done with the parcel."))
        )
    with uow:
        authorize(uow, actor, "reject_return")
        s = uow.session
        parcel = _unidentified(s, parcel_id, uow.dialect == "postgresql")
        parcel.status = "discarded"
        parcel.note = reason
        parcel.resolved_at = clock.now(uow)
        parcel.resolved_by = actor.user_id
        audit.record(
            uow,
            actor,
            "parcel_discarded",
            "parcel",
            parcel.id,
            reason=reason,
            code=parcel.scanned_code,
        )
        uow.commit()
