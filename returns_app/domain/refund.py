"""How much a return refunds: per line, delivery, return-label fee, VAT per rate.

Sources: directive 2011/83/EU art. 13 and 14, Finnish Consumer Protection Act chapter 5 for
defect claims (DOMAIN.md sections 1-3). Every amount is Decimal euros, whole cents. The data
classes live in :mod:`returns_app.domain.refund_model` and are re-exported here.

Several partial returns of one order are handled by passing what earlier refunds already
gave back (:class:`PriorRefunds`); a refund never takes a line, the delivery or the order past
what the customer paid for it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from returns_app.domain.errors import InvalidOrder, InvalidReturn, require
from returns_app.domain.money import (
    ZERO,
    format_money,
    is_whole_cents,
    money_param,
    prorate,
    split_gross,
    vat_breakdown,
)
from returns_app.domain.refund_model import (
    Deduction,
    DeliveryRefund,
    LineId,
    Order,
    OrderLine,
    PriorRefunds,
    RefundBreakdown,
    RefundPolicy,
    RefundRow,
    Remedy,
    RowKind,
)
from returns_app.domain.withdrawal import ReturnKind
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, msg

__all__ = [
    "Deduction",
    "DeliveryRefund",
    "LineId",
    "Order",
    "OrderLine",
    "PriorRefunds",
    "RefundBreakdown",
    "RefundPolicy",
    "RefundRow",
    "Remedy",
    "ReturnKind",
    "RowKind",
    "compute_refund",
]


def _row(
    kind: RowKind,
    line_id: LineId | None,
    quantity: int,
    gross: Decimal,
    rate: Decimal,
    deduction: Decimal = ZERO,
) -> RefundRow:
    refund = gross - deduction
    net, vat = split_gross(refund, rate)
    return RefundRow(kind, line_id, quantity, gross, deduction, refund, rate, vat, net)


def _deduction_note(item: Deduction, defect_claim: bool, informed: bool) -> Message | None:
    """Return why ``item`` cannot be deducted, or ``None`` when it is deducted."""
    if defect_claim:
        text = QT_TRANSLATE_NOOP(
            "rules",
            "The deduction of {amount} on line {line} was not made: "
            "a defect claim is never reduced for diminished value.",
        )
    elif not informed:
        text = QT_TRANSLATE_NOOP(
            "rules",
            "The deduction of {amount} on line {line} was not made: "
            "the customer was not informed of the right of withdrawal.",
        )
    elif not item.approved:
        text = QT_TRANSLATE_NOOP(
            "rules",
            "The deduction of {amount} on line {line} was not made: "
            "a supervisor has not approved it.",
        )
    elif not item.justification.strip():
        text = QT_TRANSLATE_NOOP(
            "rules",
            "The deduction of {amount} on line {line} was not made: "
            "it has no written justification.",
        )
    else:
        return None
    return msg("rules", text, amount=format_money(item.amount), line=str(item.line_id))


def _validate_order(order: Order) -> dict[LineId, Decimal]:
    ids = [line.line_id for line in order.lines]
    require(
        len(set(ids)) == len(ids),
        InvalidOrder,
        QT_TRANSLATE_NOOP("rules", "An order line appears twice."),
    )
    for line in order.lines:
        require(
            line.quantity > 0,
            InvalidOrder,
            QT_TRANSLATE_NOOP("rules", "An order line has no units."),
        )
        require(
            line.unit_price >= 0 and line.discount >= 0 and line.gross >= 0,
            InvalidOrder,
            QT_TRANSLATE_NOOP(
                "rules", "An order line has a negative price or a discount above its price."
            ),
        )
    amounts = [order.discount, order.delivery_paid, order.cheapest_delivery or ZERO]
    amounts += [amount for line in order.lines for amount in (line.unit_price, line.discount)]
    require(
        all(is_whole_cents(amount) for amount in amounts),
        InvalidOrder,
        QT_TRANSLATE_NOOP("rules", "An amount in the order has a fraction of a cent."),
    )
    gross = sum((line.gross for line in order.lines), ZERO)
    require(
        0 <= order.discount <= gross and order.delivery_paid >= 0,
        InvalidOrder,
        QT_TRANSLATE_NOOP(
            "rules", "The order has a negative amount or a discount above its price."
        ),
    )
    return order.paid_per_line()


def _unit_value(paid: Decimal, quantity: int, units: int) -> Decimal:
    """What the first ``units`` of a line cost; for all of them, exactly ``paid``."""
    return prorate(paid, units, quantity)


def compute_refund(
    order: Order,
    returned: Mapping[LineId, int],
    *,
    kind: ReturnKind | str = ReturnKind.WITHDRAWAL,
    prior: PriorRefunds | None = None,
    deductions: Sequence[Deduction] = (),
    informed: bool = True,
    policy: RefundPolicy | None = None,
    label_fee_disclosed: bool = False,
    remedy: Remedy | str | None = None,
    price_reductions: Mapping[LineId, Decimal] | None = None,
    return_cost: Decimal = ZERO,
    shop_refund: Decimal = ZERO,
) -> RefundBreakdown:
    """Compute the refund for the units ``returned`` now (line id → units).

    Args:
        order: the order as charged.
        returned: units returned in this return, per line.
        kind: withdrawal, goodwill return or defect claim.
        prior: what earlier refunds of this order gave back.
        deductions: diminished-value deductions; refused for defect claims and when the
            consumer was not informed of the right of withdrawal (art. 14(2), last sentence),
            ignored unless approved and justified, capped at the row's value.
        informed: whether the consumer was informed of the right of withdrawal.
        policy: the shop's refund settings.
        label_fee_disclosed: the customer used the shop's prepaid label and was told they pay
            for returning (art. 14(1)); the fee is then charged, never for defect claims, and
            never beyond the rest of the refund.
        remedy: for defect claims only: cancellation refunds the full price of the units
            returned and the delivery by ``policy``; price reduction refunds
            ``price_reductions`` (line id → euros, goods kept); repair and replacement refund
            no price.
        return_cost: for defect claims: the postage the customer paid to send the goods, paid
            back whatever the remedy (the shop pays the return).
        shop_refund: what the web shop paid back for the order and no earlier refund has
            taken off yet; it is taken off this refund's goods and delivery first (see
            :func:`_take_off_shop_refund`).

    The delivery cost (at most the cheapest standard delivery, except for defect claims) is
    refunded by ``policy.delivery_refund``; goodwill returns follow the same rules as
    withdrawals (**Policy**).

    Raises:
        InvalidOrder: the order data cannot have been charged.
        InvalidReturn: unknown line, more units than remain, a negative amount, or a defect
            claim without a remedy.
    """
    kind = ReturnKind(kind)
    policy = policy or RefundPolicy()
    prior = prior or PriorRefunds()
    paid = _validate_order(order)
    returned = {line_id: units for line_id, units in returned.items() if units}
    _validate_return(order, returned, prior)
    notes: list[Message] = []
    reductions = dict(price_reductions or {})
    if kind is ReturnKind.DEFECT_CLAIM:
        require(
            remedy is not None,
            InvalidReturn,
            QT_TRANSLATE_NOOP("rules", "Choose the remedy for the defect claim."),
        )
        remedy = Remedy(remedy)
        if remedy is not Remedy.CANCELLATION:
            returned = {}
        if remedy is not Remedy.PRICE_REDUCTION:
            reductions = {}
    else:
        reductions = {}
    lines = _line_rows(order, paid, returned, prior, kind, deductions, informed, notes)
    lines += _reduction_rows(order, paid, reductions, prior)
    delivery = _delivery_row(order, paid, returned, prior, kind, policy)
    if shop_refund > 0:
        lines, delivery = _take_off_shop_refund(lines, delivery, shop_refund, notes, order.currency)
    subtotal = sum((row.refund for row in lines), ZERO)
    subtotal += delivery.refund if delivery else ZERO
    label = None
    fee = min(policy.label_fee, subtotal)
    if kind is not ReturnKind.DEFECT_CLAIM and label_fee_disclosed and fee > 0:
        rate = policy.label_fee_vat_rate
        rate = order.delivery_vat_rate if rate is None else rate
        label = _row(RowKind.LABEL_FEE, None, 0, -fee, rate)
    cost = None
    if kind is ReturnKind.DEFECT_CLAIM and return_cost:
        require(
            return_cost > 0, InvalidReturn, QT_TRANSLATE_NOOP("rules", "An amount is negative.")
        )
        cost = _row(RowKind.RETURN_COST, None, 0, return_cost, ZERO)
    result = _breakdown(kind, tuple(lines), delivery, label, cost, tuple(notes))
    _check_order_room(order, prior, result)
    return result


def _take_off_shop_refund(
    lines: list[RefundRow],
    delivery: RefundRow | None,
    shop_refund: Decimal,
    notes: list[Message],
    currency: str = "EUR",
) -> tuple[list[RefundRow], RefundRow | None]:
    """Take what the web shop already paid back off these rows, lines first.

    **Policy**: a shop export says how much the shop refunded, not for which goods. Checked
    only against the order's total, the same shirt could be paid back by the shop and again
    at the desk while the order still had room (the book not returned). A shop owner expects
    money already paid back to be paid back once: so the shop's refund is used up first,
    taken off the desk's refunds of the order until it is consumed; the customer still gets
    everything they are owed in the end (a later return of the rest is paid in full once the
    shop's refund is used up), never the same goods twice. The rows say how much was taken
    off (``shop_refund``), so the credit note shows it and later refunds know what is left.
    """
    left = shop_refund
    out: list[RefundRow] = []
    rows = [*lines, delivery] if delivery is not None else list(lines)
    for row in rows:
        taken = min(left, row.refund) if row.refund > 0 else ZERO
        left -= taken
        if taken:
            again = _row(
                row.kind, row.line_id, row.quantity, row.gross, row.vat_rate, row.deduction + taken
            )
            row = replace(again, shop_refund=taken)
        out.append(row)
    used = shop_refund - left
    if used:
        notes.append(
            msg(
                "rules",
                QT_TRANSLATE_NOOP(
                    "rules",
                    "The web shop already paid back {used} of this order without saying for "
                    "which goods: it is taken off this refund, so nothing is paid back twice.",
                ),
                used=money_param(used, currency),
            )
        )
    if delivery is not None:
        return out[:-1], out[-1]
    return out, None


def _check_order_room(order: Order, prior: PriorRefunds, result: RefundBreakdown) -> None:
    """The order never gives back more than was paid, counting what the web shop refunded
    before it reached the desk (return postage aside: it was never part of the order)."""
    if not prior.elsewhere:
        return
    goods = result.total - (result.return_cost.refund if result.return_cost else ZERO)
    room = max(ZERO, order.total_paid - prior.given)
    require(
        goods <= room,
        InvalidReturn,
        QT_TRANSLATE_NOOP(
            "rules",
            "The web shop already refunded {shop} of this order, so at most {room} can be "
            "refunded here, not {amount}. Check the shop's refund with the customer before "
            "refunding more.",
        ),
        shop=money_param(prior.elsewhere, order.currency),
        room=money_param(room, order.currency),
        amount=money_param(goods, order.currency),
    )


def _breakdown(
    kind: ReturnKind,
    lines: tuple[RefundRow, ...],
    delivery: RefundRow | None,
    label: RefundRow | None,
    cost: RefundRow | None,
    notes: tuple[Message, ...],
) -> RefundBreakdown:
    rows = lines + tuple(row for row in (delivery, label, cost) if row is not None)
    return RefundBreakdown(
        kind=kind,
        lines=lines,
        delivery=delivery,
        label_fee=label,
        return_cost=cost,
        vat=vat_breakdown((row.vat_rate, row.refund) for row in rows),
        total=sum((row.refund for row in rows), ZERO),
        total_vat=sum((row.vat for row in rows), ZERO),
        total_net=sum((row.net for row in rows), ZERO),
        notes=notes,
    )


def _validate_return(order: Order, returned: Mapping[LineId, int], prior: PriorRefunds) -> None:
    quantities = {line.line_id: line.quantity for line in order.lines}
    for line_id, units in returned.items():
        require(
            line_id in quantities,
            InvalidReturn,
            QT_TRANSLATE_NOOP("rules", "The return names a line not in the order."),
        )
        left = quantities[line_id] - prior.units.get(line_id, 0)
        require(
            0 < units <= left,
            InvalidReturn,
            QT_TRANSLATE_NOOP(
                "rules", "More units are returned than were bought and not yet returned."
            ),
        )


def _line_rows(
    order: Order,
    paid: Mapping[LineId, Decimal],
    returned: Mapping[LineId, int],
    prior: PriorRefunds,
    kind: ReturnKind,
    deductions: Sequence[Deduction],
    informed: bool,
    notes: list[Message],
) -> list[RefundRow]:
    deducted: dict[LineId, Decimal] = {}
    for item in deductions:
        require(
            item.amount >= 0, InvalidReturn, QT_TRANSLATE_NOOP("rules", "An amount is negative.")
        )
        note = _deduction_note(item, kind is ReturnKind.DEFECT_CLAIM, informed)
        if note is not None:
            notes.append(note)
            continue
        require(
            item.line_id in returned,
            InvalidReturn,
            QT_TRANSLATE_NOOP("rules", "A deduction names a line not returned."),
        )
        deducted[item.line_id] = deducted.get(item.line_id, ZERO) + item.amount
    rows = []
    for line in order.lines:
        units = returned.get(line.line_id, 0)
        if not units:
            continue
        before = prior.units.get(line.line_id, 0)
        value = _unit_value(paid[line.line_id], line.quantity, before + units) - _unit_value(
            paid[line.line_id], line.quantity, before
        )
        if before + units >= line.quantity and line.line_id in prior.gross:
            # The line's last units take what is left of it, so its units add up to what was
            # paid to the cent whichever return was refunded first.
            value = paid[line.line_id] - prior.gross[line.line_id]
        left = paid[line.line_id] - prior.amounts.get(line.line_id, ZERO)
        gross = max(ZERO, min(value, left))
        deduction = deducted.get(line.line_id, ZERO)
        if deduction > gross:
            notes.append(
                Message(
                    "rules",
                    QT_TRANSLATE_NOOP(
                        "rules", "A deduction was larger than the refund of its line and was cut."
                    ),
                )
            )
            deduction = gross
        rows.append(_row(RowKind.LINE, line.line_id, units, gross, line.vat_rate, deduction))
    return rows


def _reduction_rows(
    order: Order,
    paid: Mapping[LineId, Decimal],
    reductions: Mapping[LineId, Decimal],
    prior: PriorRefunds,
) -> list[RefundRow]:
    rows = []
    for line in order.lines:
        amount = reductions.get(line.line_id)
        if amount is None:
            continue
        require(amount >= 0, InvalidReturn, QT_TRANSLATE_NOOP("rules", "An amount is negative."))
        left = paid[line.line_id] - prior.amounts.get(line.line_id, ZERO)
        rows.append(
            _row(RowKind.LINE, line.line_id, 0, max(ZERO, min(amount, left)), line.vat_rate)
        )
    unknown = set(reductions) - {line.line_id for line in order.lines}
    require(
        not unknown,
        InvalidReturn,
        QT_TRANSLATE_NOOP("rules", "The return names a line not in the order."),
    )
    return rows


def _delivery_row(
    order: Order,
    paid: Mapping[LineId, Decimal],
    returned: Mapping[LineId, int],
    prior: PriorRefunds,
    kind: ReturnKind,
    policy: RefundPolicy,
) -> RefundRow | None:
    if not returned:
        return None
    refundable = order.refundable_delivery(kind)
    after = {
        line.line_id: prior.units.get(line.line_id, 0) + returned.get(line.line_id, 0)
        for line in order.lines
    }
    everything = all(after[line.line_id] == line.quantity for line in order.lines)
    if everything:
        owed = refundable
    elif policy.delivery_refund == DeliveryRefund.PROPORTIONAL:
        whole = sum(paid.values(), ZERO)
        value = sum(
            (
                _unit_value(paid[line.line_id], line.quantity, after[line.line_id])
                for line in order.lines
            ),
            ZERO,
        )
        owed = prorate(refundable, value, whole) if whole else ZERO
    else:
        owed = ZERO
    amount = min(owed, refundable) - prior.delivery
    if amount <= 0:
        return None
    return _row(RowKind.DELIVERY, None, 0, amount, order.delivery_vat_rate)
