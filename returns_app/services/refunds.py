"""Money: propose a refund from the rules, approve it, issue it exactly once.

Locks are taken through :mod:`returns_app.services.locking`, in its one order (order ->
return -> refund -> counters), by every use case here.

Exactly once: the refund row is locked while it is issued (``FOR UPDATE`` on PostgreSQL,
SQLite's writing transactions are serial), a partial unique index allows one refund that is not
cancelled per return, and the credit-note number comes from a per-year row locked the same way,
so numbers are unique and gap-free: a transaction that fails gives its number back by rolling
back. Row locks rather than optimistic versions here because the loser must be told *who*
refunded, not merely retry.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from returns_app.domain import refund as rules
from returns_app.domain.calendar import local_moment_text, notice_date_from_utc
from returns_app.domain.money import ZERO
from returns_app.domain.refund_model import DeliveryRefund, PriorRefunds, RefundPolicy
from returns_app.domain.states import money_transition
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.persistence.counters import take_next
from returns_app.persistence.models import (
    AuditEntry,
    CreditNoteSequence,
    Deduction,
    Inspection,
    Order,
    OrderLine,
    Refund,
    RefundLine,
    Return,
    ReturnLine,
    User,
)
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit, clock
from returns_app.services.acting import authorize
from returns_app.services.dto import RefundDTO, ReturnDTO
from returns_app.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied, require
from returns_app.services.locking import lock_refund, lock_return
from returns_app.services.mail.outbox import queue_mail
from returns_app.services.orders import NOT_PAID
from returns_app.services.owed import (
    issued_refunds,
    money_left,
    settle_money_state,
    units_refunded,
    units_to_refund,
)
from returns_app.services.queries import open_refund, refund_dto, return_dto
from returns_app.services.shop_settings import read_settings
from returns_app.services.text import clean_text
from returns_app.services.versions import check_version, stored_message, who_did

METHODS = ("original", "bank_transfer", "store_credit")
REFUND_STATUS_NAMES = {
    "proposed": QT_TRANSLATE_NOOP("states", "proposed"),
    "approved": QT_TRANSLATE_NOOP("states", "approved"),
    "issued": QT_TRANSLATE_NOOP("states", "issued"),
    "cancelled": QT_TRANSLATE_NOOP("states", "cancelled"),
}
ROW_KIND = {
    "line": "item",
    "delivery": "delivery",
    "label_fee": "label_fee",
    "return_cost": "return_postage",
}


def _msg(text: str, **params) -> Message:
    return Message("services", text, params)


# --- Proposing ---------------------------------------------------------------------------


def _prior(s: Session, order: Order) -> PriorRefunds:
    """What other refunds (not cancelled) gave back for this order: those of other returns and
    the ones already issued for this return (the refund being proposed is not among them)."""
    rows = s.execute(
        select(RefundLine)
        .join(Refund, Refund.id == RefundLine.refund_id)
        .where(RefundLine.order_id == order.id, Refund.status != "cancelled")
    ).scalars()
    units: dict[int, int] = defaultdict(int)
    amounts: dict[int, Decimal] = defaultdict(lambda: ZERO)
    gross: dict[int, Decimal] = defaultdict(lambda: ZERO)
    delivery = ZERO
    for row in rows:
        if row.kind in ("item", "price_reduction") and row.order_line_id is not None:
            units[row.order_line_id] += row.quantity
            amounts[row.order_line_id] += row.gross - row.deduction
            if row.kind == "item":
                gross[row.order_line_id] += row.gross
        elif row.kind == "delivery":
            delivery += row.gross - row.deduction
    return PriorRefunds(dict(units), dict(amounts), delivery, dict(gross), order.refunded_in_shop)


def _shop_refund_left(s: Session, order: Order) -> Decimal:
    """What the web shop paid back for ``order`` that no refund (not cancelled) has taken off
    yet (see :func:`returns_app.domain.refund._take_off_shop_refund`)."""
    if order.refunded_in_shop <= 0:
        return ZERO
    used = ZERO
    refund_ids = select(RefundLine.refund_id).where(RefundLine.order_id == order.id)
    for breakdown in s.scalars(
        select(Refund.breakdown).where(Refund.id.in_(refund_ids), Refund.status != "cancelled")
    ):
        used += Decimal((breakdown or {}).get("shop_refund_used", {}).get(str(order.id), "0"))
    return max(ZERO, order.refunded_in_shop - used)


def _shop_refund_reason(order: Order) -> Message:
    return _msg(
        QT_TRANSLATE_NOOP("services", "already paid back by the web shop (order {number})"),
        number=order.order_number,
    )


def _lang(order: Order) -> str:
    """The customer's language, in which their credit note is written."""
    return order.customer.lang if order.customer is not None else "fi"


def _voided(order: Order) -> Message:
    if order.shop_payment_status != "voided":
        return _msg(
            QT_TRANSLATE_NOOP(
                "services",
                "The web shop has not received the payment of order {number} (its status is "
                "'{status}'): nothing was paid, so nothing is refunded. Check the order in the "
                "shop; once it is paid, import it again.",
            ),
            number=order.order_number,
            status=order.shop_payment_status,
        )
    return _msg(
        QT_TRANSLATE_NOOP(
            "services",
            "The payment of order {number} was voided in the web shop: nothing was paid, so "
            "nothing is refunded. Check the order in the shop.",
        ),
        number=order.order_number,
    )


def _domain_order(order: Order) -> rules.Order:
    return rules.Order(
        lines=tuple(
            rules.OrderLine(l.id, l.quantity, l.unit_price, l.vat_rate, l.discount)
            for l in order.lines
        ),
        discount=order.order_discount,
        delivery_paid=order.delivery_price,
        cheapest_delivery=order.cheapest_delivery_price,
        delivery_vat_rate=order.delivery_vat_rate,
        currency=order.currency,
    )


def _without_open_refund(s: Session, ret: Return) -> str:
    """The money state once a return's open refund is gone: part refunded if any was issued."""
    return "part_refunded" if issued_refunds(s, ret.id) else "none"


def _still_open_notes(ret: Return, lines: list[ReturnLine], inspected: int) -> list[Message]:
    """What the proposal does not cover yet: units still expected, units not graded."""
    notes: list[Message] = []
    expected = sum(max(0, l.qty_announced - l.qty_received) for l in lines)
    if expected and any(l.qty_received for l in lines):
        notes.append(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "{n} unit(s) still expected: this refund covers what has arrived; the rest "
                    "is refunded when it arrives (a follow-up refund).",
                ),
                n=expected,
            )
        )
    ungraded = sum(l.qty_received for l in lines) - inspected
    if ungraded > 0:
        notes.append(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "Proposed before every unit was graded: {n} unit(s) not graded yet are "
                    "counted as fine.",
                ),
                n=ungraded,
            )
        )
    return notes


def propose_refund(
    uow: UnitOfWork,
    actor: Actor,
    return_id: int,
    *,
    remedy: str | None = None,
    price_reductions: dict[int, Decimal] | None = None,
    return_cost: Decimal | None = None,
    method: str = "original",
    expected_version: int | None = None,
) -> RefundDTO:
    """Compute the refund from the rules and save it as a proposal (replacing an older one).

    With ``expected_version`` (a page that shows the return), a return changed meanwhile (a
    colleague's proposal, say) is refused instead of having its proposal replaced unseen.
    """
    require(actor, "propose_refund")
    if method not in METHODS:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "Unknown refund method.")))
    with uow:
        authorize(uow, actor, "propose_refund")
        s = uow.session
        ret = lock_return(s, return_id)  # proposals of one order's returns see each other
        check_version(s, ret, expected_version)
        refund = _propose(uow, actor, ret, remedy, price_reductions, return_cost, method)
        dto = refund_dto(s, refund, ret)
        uow.commit()
        return dto


def _propose(
    uow: UnitOfWork,
    actor: Actor,
    ret: Return,
    remedy: str | None,
    price_reductions: dict[int, Decimal] | None,
    return_cost: Decimal | None,
    method: str,
) -> Refund:
    """Compute and save a proposal for ``ret`` (locked) in the caller's transaction."""
    s = uow.session
    if ret.money_state in ("refunded",):
        raise _already_refunded(s, ret)
    if ret.goods_state == "rejected":
        raise Conflict(_msg(QT_TRANSLATE_NOOP("services", "A rejected return is not refunded.")))
    issued = issued_refunds(s, ret.id)
    old = open_refund(s, ret.id)
    if old is not None:
        old.status = "cancelled"
        ret.money_state = money_transition(ret.money_state, _without_open_refund(s, ret))
        s.flush()
    lines = list(
        s.scalars(
            select(ReturnLine)
            .where(ReturnLine.return_id == ret.id)
            .options(selectinload(ReturnLine.order_line))
        )
    )
    unknown = set(price_reductions or {}) - {l.order_line_id for l in lines}
    if unknown:
        # Never drop a reduction silently: the clerk meant it for something.
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "A price reduction names an item that is not on this return ({ids}). "
                    "Choose the item from the return's lines.",
                ),
                ids=", ".join(str(i) for i in sorted(unknown)),
            )
        )
    units, notes = units_to_refund(s, ret, lines, units_refunded(issued))
    if issued and not units and not price_reductions:
        raise Conflict(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "Nothing more to refund: every unit that has arrived is refunded. "
                    "A unit still expected is refunded when it arrives.",
                )
            )
        )
    if not units and not price_reductions:
        raise Conflict(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "Nothing to refund yet: no units received, and no proof of "
                    "dispatch. Check in the items first.",
                )
            )
        )
    settings = read_settings(uow)
    every_deduction = _deductions_of(s, lines)
    applied = applied_deductions(issued, every_deduction, {l.id: l.order_line_id for l in lines})
    deductions = [d for d in every_deduction if d.id not in applied]
    notes.extend(_still_open_notes(ret, lines, _graded(s, lines)))
    line_of_deduction = {l.id: l.order_line_id for l in lines}
    orders = {l.order_line.order_id for l in lines}
    refund = Refund(
        return_id=ret.id,
        status="proposed",
        method=method,
        items_amount=ZERO,
        delivery_amount=ZERO,
        deduction_amount=ZERO,
        label_fee_amount=ZERO,
        total=ZERO,
        proposed_by=actor.user_id,
        station=actor.station,
    )
    s.add(refund)
    s.flush()
    vat: dict[Decimal, list[Decimal]] = {}
    fee_left = max(ZERO, ret.label_fee - sum((r.label_fee_amount for r in issued), ZERO))
    postage_paid = any(row.kind == "return_postage" for r in issued for row in r.lines)
    units_settled = 0
    shop_used: dict[str, str] = {}  # order id -> what the shop's own refund took off
    for order_id in sorted(orders):
        order = s.scalar(
            select(Order).where(Order.id == order_id).options(selectinload(Order.lines))
        )
        if order.shop_payment_status in NOT_PAID:
            raise Conflict(_voided(order))
        order_units = {k: v for k, v in units.items() if any(ol.id == k for ol in order.lines)}
        policy = RefundPolicy(
            delivery_refund=DeliveryRefund(settings.delivery_refund_policy),
            label_fee=fee_left,
        )
        breakdown = rules.compute_refund(
            _domain_order(order),
            order_units,
            kind=ret.kind,
            prior=_prior(s, order),
            deductions=[
                rules.Deduction(
                    line_of_deduction[d.return_line_id],
                    d.amount,
                    d.justification,
                    d.approved_by is not None,
                )
                for d in deductions
                if line_of_deduction[d.return_line_id] in order_units
            ],
            informed=order.consumer_informed,
            policy=policy,
            label_fee_disclosed=fee_left > 0,
            remedy=(remedy or ret.remedy) if ret.kind == "defect_claim" else None,
            price_reductions={
                k: v
                for k, v in (price_reductions or {}).items()
                if any(ol.id == k for ol in order.lines)
            },
            return_cost=(return_cost if return_cost is not None else ret.return_postage)
            if ret.kind == "defect_claim" and not postage_paid
            else ZERO,
            shop_refund=_shop_refund_left(s, order),
        )
        if breakdown.shop_refund_used:
            shop_used[str(order.id)] = str(breakdown.shop_refund_used)
        notes.extend(breakdown.notes)
        if breakdown.label_fee is not None:
            fee_left = ZERO
        names = {ol.id: ol.name for ol in order.lines}
        for row in breakdown.rows:
            kind = ROW_KIND[row.kind.value]
            if kind == "item" and row.quantity == 0:
                kind = "price_reduction"
            reason = next(
                (
                    d.justification
                    for d in deductions
                    if line_of_deduction[d.return_line_id] == row.line_id
                    and row.deduction > row.shop_refund
                ),
                "",
            )
            if row.shop_refund:
                shop = _shop_refund_reason(order).render(_lang(order))
                reason = f"{reason}; {shop}" if reason else shop
            units_settled += row.quantity
            s.add(
                RefundLine(
                    refund_id=refund.id,
                    kind=kind,
                    order_line_id=row.line_id if row.line_id is not None else None,
                    order_id=order.id,
                    description=names.get(
                        row.line_id, order.delivery_method if kind == "delivery" else kind
                    ),
                    quantity=row.quantity,
                    gross=row.gross,
                    deduction=row.deduction,
                    deduction_reason=reason,
                    vat_rate=row.vat_rate,
                    vat=row.vat,
                    net=row.net,
                )
            )
            if kind in ("item", "price_reduction", "return_postage"):
                refund.items_amount += row.gross
            elif kind == "delivery":
                refund.delivery_amount += row.gross
            elif kind == "label_fee":
                refund.label_fee_amount += -row.gross
            refund.deduction_amount += row.deduction
        for v in breakdown.vat:
            acc = vat.setdefault(v.rate, [ZERO, ZERO, ZERO])
            acc[0] += v.taxable
            acc[1] += v.vat
            acc[2] += v.gross
        refund.total += breakdown.total
    if refund.total <= 0 and not units_settled:
        # A credit note for nothing is no credit note: without money to pay back and without
        # units it settles (a repaired claim, a price reduction of 0.00) there is nothing to
        # print or send, and a repaired or replaced defect claim is closed with its remedy
        # instead. Units that came back and are worth nothing (a free item, a deduction of
        # their whole value) are settled by a 0.00 credit note that lists them.
        raise Conflict(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "There is nothing to pay back for this return, so no credit note is made. "
                    "Close it with its remedy (F10) instead.",
                )
            )
        )
    refund.breakdown = {
        "vat": [
            {"rate": str(r), "base": str(a[0]), "vat": str(a[1]), "gross": str(a[2])}
            for r, a in sorted(vat.items())
        ],
        "notes": [n.render("en") for n in notes],
        "messages": [stored_message(n) for n in notes],
        "shop_refund_used": shop_used,
        "deductions": [
            d.id
            for d in deductions
            if d.approved_by is not None and line_of_deduction[d.return_line_id] in units
        ],
    }
    refund.needs_supervisor = bool(
        refund.total > settings.refund_approval_limit
        # what the shop's own refund took off is no judgement of the goods: no approval
        or refund.deduction_amount > sum((Decimal(v) for v in shop_used.values()), ZERO)
        or ret.override_reason
    )
    ret.money_state = money_transition(ret.money_state, "proposed")
    s.flush()
    audit.record(
        uow,
        actor,
        "refund_proposed",
        "refund",
        refund.id,
        return_id=ret.id,
        total=refund.total,
        needs_supervisor=refund.needs_supervisor,
        follow_up=bool(issued),
    )
    s.refresh(refund)
    return refund


def _deductions_of(s: Session, lines: list[ReturnLine]) -> list[Deduction]:
    """The deductions on these return lines, oldest first."""
    return list(
        s.scalars(
            select(Deduction)
            .where(Deduction.return_line_id.in_([l.id for l in lines]))
            .order_by(Deduction.id)
        )
    )


def _graded(s: Session, lines: list[ReturnLine]) -> int:
    """How many units of these return lines are graded."""
    return (
        s.scalar(
            select(func.count(Inspection.id)).where(
                Inspection.return_line_id.in_([l.id for l in lines])
            )
        )
        or 0
    )


def applied_deductions(
    issued: list[Refund], deductions: list[Deduction], line_of: dict[int, int]
) -> set[int]:
    """Ids of the deductions that issued refunds already took.

    Refunds record the ids they applied; a refund issued before they did is read from the
    amounts it deducted per order line (oldest deductions first).
    """
    ids: set[int] = set()
    legacy: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for refund in issued:
        breakdown = refund.breakdown or {}
        if "deductions" in breakdown:
            ids.update(breakdown["deductions"])
            continue
        for row in refund.lines:
            if row.kind == "item" and row.order_line_id is not None:
                legacy[row.order_line_id] += row.deduction
    for d in sorted(deductions, key=lambda d: d.id):
        line = line_of.get(d.return_line_id)
        if d.id not in ids and line is not None and d.approved_by is not None:
            if legacy[line] >= d.amount:
                legacy[line] -= d.amount
                ids.add(d.id)
    return ids


def propose_follow_up(uow: UnitOfWork, actor: Actor, ret: Return) -> Refund | None:
    """In the caller's transaction: units that came after a refund are graded, so propose
    what they are owed (with the delivery when they complete the order).

    Only once every unit received is graded, so the follow-up rests on decided units. It goes
    through the same approval and credit-note path as any proposal and shows in the refund
    queue at once. None when nothing is owed, a unit waits for its grade or someone may not
    propose.
    """
    s = uow.session
    if ret.money_state != "part_refunded" or not actor.may("propose_refund"):
        return None
    if open_refund(s, ret.id) is not None:
        return None
    lines = list(s.scalars(select(ReturnLine).where(ReturnLine.return_id == ret.id)))
    if _graded(s, lines) < sum(l.qty_received for l in lines) or not money_left(s, ret, lines)[0]:
        return None
    return _propose(uow, actor, ret, None, None, None, "original")


def refresh_open_proposal(uow: UnitOfWork, actor: Actor, ret: Return) -> None:
    """In the caller's transaction: what a proposal rests on changed (a unit graded or
    checked in, a deduction added, approved or dropped), so compute it again.

    A proposal that can no longer be computed from the return alone (price reductions typed
    in) or that comes to nothing is cancelled instead; it is never left stale to be issued.
    """
    s = uow.session
    old = open_refund(s, ret.id)
    if old is None:
        return
    typed = any(row.kind in ("price_reduction", "return_postage") for row in old.lines)
    if not typed and actor.may("propose_refund"):
        savepoint = s.begin_nested()
        try:
            _propose(uow, actor, ret, None, None, None, old.method)
        except ReturnsError:
            savepoint.rollback()
        else:
            savepoint.commit()
            return
    old.status = "cancelled"
    ret.money_state = money_transition(ret.money_state, _without_open_refund(s, ret))
    s.flush()


# --- Deductions --------------------------------------------------------------------------


def add_deduction(
    uow: UnitOfWork, actor: Actor, return_line_id: int, amount: Decimal, justification: str
) -> ReturnDTO:
    """Record a diminished-value deduction; a supervisor's is approved at once."""
    require(actor, "inspect")
    if amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise InvalidInput(
            _msg(QT_TRANSLATE_NOOP("services", "Give the deduction in euros and cents, above 0."))
        )
    if len(justification.strip()) < 5:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services", "Write why the value diminished (what handling went beyond trying)."
                )
            )
        )
    with uow:
        authorize(uow, actor, "inspect")
        s = uow.session
        line = s.get(ReturnLine, return_line_id)
        if line is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("services", "That line is not on this return.")))
        ret = lock_return(s, line.return_id)
        if ret.kind == "defect_claim":
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "No deductions on a defect claim: the goods were faulty."
                    )
                )
            )
        order = s.get(OrderLine, line.order_line_id).order
        if not order.consumer_informed:
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "No deduction is allowed: the customer was not informed of the "
                        "right of withdrawal.",
                    )
                )
            )
        if ret.money_state in ("approved", "refunded"):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The refund is approved or issued; deductions can no longer change.",
                    )
                )
            )
        d = Deduction(
            return_line_id=line.id,
            amount=amount,
            justification=justification.strip(),
            requested_by=actor.user_id,
            approved_by=actor.user_id if actor.may("approve_deduction") else None,
        )
        s.add(d)
        s.flush()
        audit.record(
            uow,
            actor,
            "deduction_added",
            "deduction",
            d.id,
            return_id=ret.id,
            amount=amount,
            justification=justification,
            approved=d.approved_by is not None,
        )
        s.flush()
        refresh_open_proposal(uow, actor, ret)
        dto = return_dto(s, ret)
        uow.commit()
        return dto


def approve_deduction(uow: UnitOfWork, actor: Actor, deduction_id: int) -> ReturnDTO:
    """A supervisor approves a deduction a clerk proposed."""
    require(actor, "approve_deduction")
    with uow:
        authorize(uow, actor, "approve_deduction")
        s = uow.session
        d = s.get(Deduction, deduction_id)
        if d is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("services", "No such deduction.")))
        ret = lock_return(s, s.get(ReturnLine, d.return_line_id).return_id)
        d.approved_by = actor.user_id
        audit.record(uow, actor, "deduction_approved", "deduction", d.id, return_id=ret.id)
        s.flush()
        refresh_open_proposal(uow, actor, ret)
        dto = return_dto(s, ret)
        uow.commit()
        return dto


def drop_deduction(uow: UnitOfWork, actor: Actor, deduction_id: int, reason: str) -> ReturnDTO:
    """A supervisor drops a deduction (not applied yet): the customer gets the full amount.

    The deduction row goes; the audit log keeps what it was, who dropped it and why. An open
    proposal is computed again, so nobody issues a stale amount.
    """
    require(actor, "approve_deduction")
    reason = clean_text(reason)
    if len(reason) < 3:
        raise InvalidInput(
            _msg(QT_TRANSLATE_NOOP("services", "Write why the deduction is dropped."))
        )
    with uow:
        authorize(uow, actor, "approve_deduction")
        s = uow.session
        d = s.get(Deduction, deduction_id)
        if d is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("services", "No such deduction.")))
        ret = lock_return(s, s.get(ReturnLine, d.return_line_id).return_id)
        lines = list(s.scalars(select(ReturnLine).where(ReturnLine.return_id == ret.id)))
        applied = applied_deductions(
            issued_refunds(s, ret.id),
            _deductions_of(s, lines),
            {l.id: l.order_line_id for l in lines},
        )
        if d.id in applied:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "This deduction is in an issued refund; it stays."
                    )
                )
            )
        audit.record(
            uow,
            actor,
            "deduction_dropped",
            "deduction",
            d.id,
            return_id=ret.id,
            amount=d.amount,
            justification=d.justification,
            reason=reason.strip(),
        )
        s.delete(d)
        s.flush()
        refresh_open_proposal(uow, actor, ret)  # the full amount again, never a stale one
        dto = return_dto(s, ret)
        uow.commit()
        return dto


# --- Approving and issuing ---------------------------------------------------------------


def _check_order_limits(s: Session, refund: Refund) -> None:
    """At issue, with the orders locked: this refund and those issued before (and what the web
    shop refunded itself) never give back more than an order was paid, nor its delivery more
    than once."""
    mine: dict[int, list[RefundLine]] = defaultdict(list)
    for row in refund.lines:
        if row.order_id is not None and row.kind in ("item", "price_reduction", "delivery"):
            mine[row.order_id].append(row)
    for order_id, rows in mine.items():
        order = s.get(Order, order_id)
        if order.shop_payment_status in NOT_PAID:
            raise Conflict(_voided(order))
        before = s.execute(
            select(RefundLine.kind, func.sum(RefundLine.gross - RefundLine.deduction))
            .join(Refund, Refund.id == RefundLine.refund_id)
            .where(
                RefundLine.order_id == order_id,
                Refund.status == "issued",
                Refund.id != refund.id,
                RefundLine.kind.in_(("item", "price_reduction", "delivery")),
            )
            .group_by(RefundLine.kind)
        ).all()
        given = {kind: Decimal(str(total or 0)) for kind, total in before}
        for row in rows:
            given[row.kind] = given.get(row.kind, ZERO) + row.gross - row.deduction
        charged = _domain_order(order)  # the order as charged, as the rules read it
        goods = sum((line.gross for line in charged.lines), ZERO) - charged.discount
        delivery = given.get("delivery", ZERO)
        items = given.get("item", ZERO) + given.get("price_reduction", ZERO)
        # What the web shop refunded before the order came here counts against the order.
        whole = items + delivery + order.refunded_in_shop > goods + order.delivery_price
        if delivery > order.delivery_price or items > goods or whole:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "Order {number} would get back more than was paid: another return "
                        "of it was refunded meanwhile. Compute this refund again "
                        "(Ctrl+Shift+R) and issue the new amount.",
                    ),
                    number=order.order_number,
                )
            )


def _no_longer_open(s: Session, ret: Return, refund: Refund) -> Conflict:
    """A stale screen issues a proposal that is gone: say who cancelled it and when, or that a
    newer proposal replaced it; nothing was paid either way."""
    cancelled = who_did(
        s,
        AuditEntry.action == "refund_cancelled",
        AuditEntry.entity == "refund",
        AuditEntry.entity_id == refund.id,
    )
    if cancelled is not None:
        return Conflict(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "{who} ({station}) cancelled this refund proposal at {when}; nothing was "
                    "paid. Look at the return again before refunding.",
                ),
                **cancelled,
            )
        )
    return Conflict(
        _msg(
            QT_TRANSLATE_NOOP(
                "services",
                "This refund proposal was replaced by a newer one; nothing was paid. Use the "
                "current one.",
            )
        )
    )


def _already_refunded(s: Session, ret: Return, refund: Refund | None = None) -> Conflict:
    refund = refund or s.scalar(
        select(Refund).where(Refund.return_id == ret.id, Refund.status == "issued")
    )
    user = s.get(User, refund.issued_by) if refund and refund.issued_by else None
    return Conflict(
        _msg(
            QT_TRANSLATE_NOOP(
                "services", "Already refunded by {user} at {when} (credit note {number})."
            ),
            user=user.username if user else "?",
            when=local_moment_text(refund.issued_at) if refund and refund.issued_at else "?",
            number=refund.credit_note_number if refund else "?",
        )
    )


def approve_refund(uow: UnitOfWork, actor: Actor, refund_id: int) -> RefundDTO:
    """A supervisor approves a proposed refund."""
    require(actor, "approve_refund")
    with uow:
        authorize(uow, actor, "approve_refund")
        s = uow.session
        refund, ret = lock_refund(s, refund_id)
        if refund.status == "issued":
            raise _already_refunded(s, ret, refund)
        if refund.status != "proposed":
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP("services", "This refund is {status}."),
                    status=Message("states", REFUND_STATUS_NAMES[refund.status]),
                )
            )
        refund.status = "approved"
        refund.approved_by = actor.user_id
        refund.approved_at = clock.now(uow)
        ret.money_state = money_transition(ret.money_state, "approved")
        audit.record(
            uow, actor, "refund_approved", "refund", refund.id, return_id=ret.id, total=refund.total
        )
        s.flush()
        dto = refund_dto(s, refund, ret)
        uow.commit()
        return dto


def _next_credit_note_number(s: Session, year: int) -> tuple[str, int]:
    number = take_next(s, CreditNoteSequence, year=year)
    return f"HL{year}-{number:06d}", number


def issue_refund(
    uow: UnitOfWork,
    actor: Actor,
    refund_id: int,
    *,
    method: str | None = None,
    payment_reference: str = "",
    idempotency_key: str | None = None,
    now: datetime | None = None,
) -> RefundDTO:
    """Issue the refund: exactly once, with the next credit-note number of the year.

    Calling again with the same ``idempotency_key`` returns the refund already issued (a
    retried click or a lost answer); any other second attempt is told who refunded it.
    """
    require(actor, "issue_refund")
    if method is not None and method not in METHODS:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "Unknown refund method.")))
    with uow:
        authorize(uow, actor, "issue_refund")
        now = clock.now(uow, now)
        s = uow.session
        refund, ret = lock_refund(s, refund_id)
        if refund.status == "issued":
            if idempotency_key and refund.idempotency_key == idempotency_key:
                return refund_dto(s, refund, ret)
            raise _already_refunded(s, ret, refund)
        if refund.status == "cancelled":
            raise _no_longer_open(s, ret, refund)
        if refund.needs_supervisor and refund.status != "approved":
            if not actor.may("approve_refund"):
                raise PermissionDenied(
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "services",
                            "This refund needs a supervisor's approval first (over the "
                            "limit, a deduction or an override).",
                        )
                    )
                )
            refund.approved_by = actor.user_id
            refund.approved_at = now
        _check_order_limits(s, refund)
        pending = s.scalar(
            select(func.count(Deduction.id))
            .join(ReturnLine, ReturnLine.id == Deduction.return_line_id)
            .where(ReturnLine.return_id == ret.id, Deduction.approved_by.is_(None))
        )
        if pending:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "A deduction waits for a supervisor's decision. Approve it or drop "
                        "it, then propose the refund again.",
                    )
                )
            )
        received = s.scalar(
            select(ReturnLine.id)
            .where(ReturnLine.return_id == ret.id, ReturnLine.qty_received > 0)
            .limit(1)
        )
        if (
            received is None
            and ret.proof_of_dispatch_at is None
            and ret.remedy != "price_reduction"
        ):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The goods are not back and there is no proof of dispatch: the "
                        "refund may be held (art. 13(3)). Record the proof of dispatch to refund now.",
                    )
                )
            )
        number, seq = _next_credit_note_number(s, notice_date_from_utc(now).year)
        refund.status = "issued"
        refund.method = method or refund.method
        refund.payment_reference = payment_reference.strip()
        refund.idempotency_key = idempotency_key
        refund.credit_note_number = number
        refund.credit_note_year = notice_date_from_utc(now).year
        refund.credit_note_seq = seq
        refund.issued_by = actor.user_id
        refund.issued_at = now
        refund.station = actor.station
        ret.money_state = money_transition(ret.money_state, "refunded")
        s.flush()
        settle_money_state(s, ret)
        queue_mail(uow, "refund_issued", ret, refund=refund, now=now)
        audit.record(
            uow,
            actor,
            "refund_issued",
            "refund",
            refund.id,
            return_id=ret.id,
            total=refund.total,
            method=refund.method,
            credit_note=number,
            reference=refund.payment_reference,
        )
        try:
            s.flush()
        except IntegrityError as exc:  # a racing issue of the same key or number
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "Another station issued this refund at the same moment. Reload."
                    )
                )
            ) from exc
        dto = refund_dto(s, refund, ret)
        uow.commit()
        return dto


def cancel_refund(
    uow: UnitOfWork,
    actor: Actor,
    refund_id: int,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> None:
    """Cancel a refund that is not issued yet (``reason`` is kept in the timeline)."""
    require(actor, "propose_refund")
    with uow:
        authorize(uow, actor, "propose_refund")
        s = uow.session
        refund, ret = lock_refund(s, refund_id)
        check_version(s, ret, expected_version)
        if refund.status == "approved":
            require(actor, "approve_refund")  # undoing a supervisor's approval is theirs
        if refund.status == "issued":
            raise _already_refunded(s, ret, refund)
        if refund.status == "cancelled":
            # A stale screen: a newer proposal replaced this one; the return stays as it is.
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "This refund proposal was already replaced or cancelled; nothing "
                        "changed. Reload to see the current one.",
                    )
                )
            )
        refund.status = "cancelled"
        if ret.money_state in ("proposed", "approved"):
            ret.money_state = money_transition(ret.money_state, _without_open_refund(s, ret))
        audit.record(
            uow,
            actor,
            "refund_cancelled",
            "refund",
            refund.id,
            return_id=ret.id,
            total=refund.total,
            reason=(reason or "").strip()[:2000],
        )
        uow.commit()
