"""Registering, closing and rejecting returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from returns_app.domain.calendar import notice_date_from_utc
from returns_app.domain.eligibility import LineToAssess, assess_return
from returns_app.domain.states import goods_name, goods_transition, is_open, money_transition
from returns_app.domain.users import Actor
from returns_app.domain.withdrawal import ReturnKind
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, MessageList
from returns_app.persistence.counters import take_next
from returns_app.persistence.models import (
    Order,
    OrderLine,
    Return,
    ReturnCodeSequence,
    ReturnLine,
)
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning import classify, plausible_parcel_code
from returns_app.scanning.return_code import make_return_code
from returns_app.services import audit, clock
from returns_app.services.acting import authorize
from returns_app.services.dto import ReturnDTO
from returns_app.services.errors import Conflict, InvalidInput, NotFound, require
from returns_app.services.locking import lock_return
from returns_app.services.mail.outbox import queue_mail
from returns_app.services.owed import issued_refunds, money_left, settle_money_state
from returns_app.services.queries import (
    deliveries_of,
    delivery_is_estimated,
    return_dto,
    returned_quantities,
)
from returns_app.services.shop_settings import read_settings
from returns_app.services.versions import check_version, stored_message


@dataclass(frozen=True)
class LineRequest:
    """One order line to return: how many units and why."""

    order_line_id: int
    quantity: int
    reason_code: str = "other"
    reason_text: str = ""


@dataclass(frozen=True)
class RegisterReturn:
    """The command to register a return (a phone call, an e-mail or a parcel at the desk)."""

    kind: str
    lines: tuple[LineRequest, ...]
    notice_at: datetime | None = None
    override_reason: str = ""
    remedy: str | None = None
    note: str = ""
    return_tracking_number: str | None = None


class NotAllowed(InvalidInput):
    """The return rules say no; ``reasons`` say why, in words to read to the customer."""

    def __init__(self, message: Message, reasons: tuple[Message, ...]) -> None:
        super().__init__(message)
        self.reasons = reasons


def next_return_code(s: Session) -> str:
    """Take the next return code (the sequence row is locked until the transaction ends)."""
    return make_return_code(take_next(s, ReturnCodeSequence, id=1))


def _msg(text: str, **params) -> Message:
    return Message("services", text, params)


def register_return(
    uow: UnitOfWork, actor: Actor, cmd: RegisterReturn, *, approver: Actor | None = None
) -> ReturnDTO:
    """Register a return against order lines; the return rules decide, a supervisor may
    override with a written reason. One return may cover several orders of one customer.

    A clerk registers an overridden return with ``approver``: the supervisor who signed the
    override in place (their password, checked by the caller); the return records them.
    """
    require(actor, "register_return")
    if cmd.kind not in {k.value for k in ReturnKind}:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "Choose the kind of return.")))
    if not cmd.lines:
        raise InvalidInput(
            _msg(QT_TRANSLATE_NOOP("services", "Choose at least one item to return."))
        )
    authority = approver or actor
    if cmd.override_reason.strip():
        require(authority, "override")
    with uow:
        authorize(uow, actor, "register_return")
        now = clock.now(uow, cmd.notice_at)
        notice = notice_date_from_utc(now)
        if approver is not None and cmd.override_reason.strip():
            authorize(uow, approver, "override")  # the approving supervisor is still one
        s = uow.session
        ids = [line.order_line_id for line in cmd.lines]
        if len(set(ids)) != len(ids):
            raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "An item is listed twice.")))
        order_lines = {
            ol.id: ol
            for ol in s.scalars(
                select(OrderLine)
                .where(OrderLine.id.in_(ids))
                .options(selectinload(OrderLine.order).selectinload(Order.shipments))
            )
        }
        missing = set(ids) - set(order_lines)
        if missing:
            raise NotFound(
                _msg(
                    QT_TRANSLATE_NOOP("services", "Order line {ids} does not exist."),
                    ids=", ".join(map(str, sorted(missing))),
                )
            )
        orders = {ol.order.id: ol.order for ol in order_lines.values()}
        if len({o.customer_id for o in orders.values()}) > 1:
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "One return can only cover orders of one customer."
                    )
                )
            )
        if uow.dialect == "postgresql":
            # Serialise returns of the same orders (quantities are checked, then written), in
            # id order as every use case locks orders; then read the lines again under the
            # lock, so a re-import committed a moment ago cannot slip a smaller quantity in.
            s.execute(
                select(Order.id).where(Order.id.in_(orders)).order_by(Order.id).with_for_update()
            )
            s.scalars(
                select(OrderLine)
                .where(OrderLine.id.in_(ids))
                .execution_options(populate_existing=True)
            ).all()
        already = returned_quantities(s, ids)
        for req in cmd.lines:
            ol = order_lines[req.order_line_id]
            free = ol.quantity - already.get(ol.id, 0)
            if req.quantity <= 0 or req.quantity > free:
                raise InvalidInput(
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "services",
                            "{name}: {asked} units asked, but only {free} of {bought} can still be "
                            "returned.",
                        ),
                        name=ol.name,
                        asked=req.quantity,
                        free=free,
                        bought=ol.quantity,
                    )
                )
        settings = read_settings(uow)
        reasons: list[Message] = []
        allowed = True
        period_ends = goods_due = refund_due = None
        for order in orders.values():
            assessment = assess_return(
                cmd.kind,
                notice,
                deliveries_of(order),
                [
                    LineToAssess(ol.id, ol.exception_category, ol.name)
                    for ol in order_lines.values()
                    if ol.order_id == order.id
                ],
                informed=order.consumer_informed,
                informed_on=order.informed_on,
                goodwill_days=settings.goodwill_days,
                delivery_estimated=delivery_is_estimated(order),
            )
            allowed = allowed and assessment.allowed
            reasons.extend(assessment.reasons)
            period_ends = max(filter(None, (period_ends, assessment.period_ends)), default=None)
            goods_due = min(filter(None, (goods_due, assessment.goods_due)), default=None)
            refund_due = min(filter(None, (refund_due, assessment.refund_due)), default=None)
        override = cmd.override_reason.strip() or None
        if not allowed and not override:
            raise NotAllowed(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "This return is not allowed: {reasons} A supervisor may "
                        "override it with a written reason.",
                    ),
                    reasons=MessageList(tuple(reasons)),
                ),
                tuple(reasons),
            )
        if not allowed and override:
            from returns_app.domain.withdrawal import goods_due as due_goods
            from returns_app.domain.withdrawal import refund_due as due_refund

            goods_due, refund_due = due_goods(notice), due_refund(notice)
        customer_id = next(iter(orders.values())).customer_id
        ret = Return(
            code=next_return_code(s),
            kind=cmd.kind,
            customer_id=customer_id,
            notice_date=notice,
            notice_at=now,
            goods_state="announced",
            money_state="none",
            remedy=cmd.remedy if cmd.kind == "defect_claim" else None,
            note=cmd.note,
            override_reason=override if not allowed else None,
            override_by=authority.user_id if (override and not allowed) else None,
            return_tracking_number=cmd.return_tracking_number,
            label_fee=settings.return_label_price
            if settings.charge_return_label and cmd.kind != "defect_claim"
            else 0,
            period_ends=period_ends,
            goods_due=goods_due,
            refund_due=refund_due,
            # What the rules said is kept in the audit entry (translatable); this column holds
            # only a person's written decision (a rejection or closing reason).
            decision_reason=None,
            created_by=actor.user_id,
            station=actor.station,
            created_at=now,
        )
        s.add(ret)
        s.flush()
        for req in cmd.lines:
            s.add(
                ReturnLine(
                    return_id=ret.id,
                    order_line_id=req.order_line_id,
                    gtin=order_lines[req.order_line_id].gtin,
                    product_id=order_lines[req.order_line_id].product_id,
                    unit_price=order_lines[req.order_line_id].unit_price,
                    ordered_at=orders[order_lines[req.order_line_id].order_id].ordered_at,
                    sku=order_lines[req.order_line_id].sku,
                    name=order_lines[req.order_line_id].name,
                    qty_announced=req.quantity,
                    reason_code=req.reason_code,
                    reason_text=req.reason_text,
                )
            )
        s.flush()
        queue_mail(uow, "return_registered", ret, now=now)
        audit.record(
            uow,
            actor,
            "return_registered",
            "return",
            ret.id,
            return_id=ret.id,
            code=ret.code,
            kind=ret.kind,
            override=override if not allowed else None,
            approved_by=authority.username if (override and not allowed) else None,
            lines=[(r.order_line_id, r.quantity) for r in cmd.lines],
            reasons=[stored_message(r) for r in reasons],
        )
        dto = return_dto(s, ret)
        uow.commit()
    return _with_notes(dto, tuple(reasons))


def _with_notes(dto: ReturnDTO, notes: tuple[Message, ...]) -> ReturnDTO:
    from dataclasses import replace

    return replace(dto, notes=notes)


def close_return(
    uow: UnitOfWork,
    actor: Actor,
    return_id: int,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> ReturnDTO:
    """Close a return whose goods are all dealt with (or that never came)."""
    require(actor, "close_return")
    with uow:
        authorize(uow, actor, "close_return")
        s = uow.session
        ret = lock_return(s, return_id)
        check_version(s, ret, expected_version)
        if not is_open(ret.goods_state):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP("services", "This return is already {state}."),
                    state=goods_name(ret.goods_state),
                )
            )
        lines = list(s.scalars(select(ReturnLine).where(ReturnLine.return_id == ret.id)))
        undecided = sum(l.qty_received - l.qty_restocked - l.qty_written_off for l in lines)
        if undecided:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "{n} received units are not inspected yet; inspect them first."
                    ),
                    n=undecided,
                )
            )
        if ret.money_state in ("proposed", "approved"):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "The refund is not issued yet; issue or cancel it first."
                    )
                )
            )
        owed = money_left(s, ret)[0]
        if ret.money_state == "part_refunded" and owed:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "Money is still owed for {n} unit(s) that arrived after the refund. "
                        "Refund them (a follow-up refund) before closing.",
                    ),
                    n=owed,
                )
            )
        if owed:
            # Closing must never be a quiet way of not paying for goods that came back.
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "Money is still owed for {n} unit(s) that came back or were proven "
                        "sent. Refund them first; not paying for them needs a rejection with "
                        "its reason.",
                    ),
                    n=owed,
                )
            )
        ret.goods_state = goods_transition(ret.goods_state, "closed")
        ret.closed_at = clock.now(uow)
        settle_money_state(s, ret)  # units never sent back are no longer expected
        if reason:
            ret.decision_reason = reason
        audit.record(uow, actor, "return_closed", "return", ret.id, return_id=ret.id, reason=reason)
        dto = return_dto(s, ret)
        uow.commit()
        return dto


def reject_return(
    uow: UnitOfWork,
    actor: Actor,
    return_id: int,
    reason: str,
    *,
    expected_version: int | None = None,
) -> ReturnDTO:
    """Reject a return with a reason the customer can be told (supervisor)."""
    require(actor, "reject_return")
    if not reason.strip():
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP("services", "Write the reason for the customer before rejecting.")
            )
        )
    with uow:
        authorize(uow, actor, "reject_return")
        s = uow.session
        ret = lock_return(s, return_id)
        check_version(s, ret, expected_version)
        if not is_open(ret.goods_state):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP("services", "This return is already {state}."),
                    state=goods_name(ret.goods_state),
                )
            )
        if ret.money_state in ("refunded", "part_refunded") or issued_refunds(s, ret.id):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "This return has been refunded; it cannot be rejected."
                    )
                )
            )
        ret.goods_state = goods_transition(ret.goods_state, "rejected")
        if ret.money_state in ("proposed", "approved"):
            from returns_app.services.queries import open_refund

            refund = open_refund(s, ret.id)
            if refund is not None:
                refund.status = "cancelled"
            ret.money_state = money_transition(ret.money_state, "none")
        ret.money_state = money_transition(ret.money_state, "not_refundable")
        ret.decision_reason = reason.strip()
        ret.closed_at = clock.now(uow)
        queue_mail(uow, "return_rejected", ret, now=ret.closed_at)
        audit.record(
            uow, actor, "return_rejected", "return", ret.id, return_id=ret.id, reason=reason
        )
        dto = return_dto(s, ret)
        uow.commit()
        return dto


def record_proof_of_dispatch(
    uow: UnitOfWork,
    actor: Actor,
    return_id: int,
    tracking_number: str = "",
    *,
    expected_version: int | None = None,
) -> ReturnDTO:
    """Record that the customer showed proof of sending the goods (a refund may go early)."""
    require(actor, "receive")
    tracking_number = (tracking_number or "").strip()
    if len(tracking_number) > 64:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services", "A tracking number has at most 64 characters; check what was typed."
                )
            )
        )
    if tracking_number:
        scan = classify(tracking_number)
        if not plausible_parcel_code(scan):
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "\u201c{typed}\u201d is not a tracking number (e.g. JJ123456785FI). "
                        "Check it, or leave it empty when the proof is a receipt.",
                    ),
                    typed=tracking_number,
                )
            )
        tracking_number = scan.value
    with uow:
        authorize(uow, actor, "receive")
        s = uow.session
        ret = lock_return(s, return_id)
        check_version(s, ret, expected_version)
        if not is_open(ret.goods_state):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "This return is {state}; proof of dispatch no longer matters."
                    ),
                    state=goods_name(ret.goods_state),
                )
            )
        if ret.kind == "defect_claim":
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "A defect claim is settled once the goods are checked for the defect; "
                        "proof of dispatch does not bring its refund forward.",
                    )
                )
            )
        ret.proof_of_dispatch_at = clock.now(uow)
        if tracking_number:
            ret.return_tracking_number = tracking_number.strip().upper()
        audit.record(
            uow,
            actor,
            "proof_of_dispatch",
            "return",
            ret.id,
            return_id=ret.id,
            tracking=tracking_number,
        )
        dto = return_dto(s, ret)
        uow.commit()
        return dto


__all__ = [
    "LineRequest",
    "NotAllowed",
    "RegisterReturn",
    "close_return",
    "next_return_code",
    "record_proof_of_dispatch",
    "register_return",
    "reject_return",
]
