"""The data of a refund: the order as charged, the shop's policy, history, and the result.

Used by :func:`returns_app.domain.refund.compute_refund`; every amount is Decimal euros.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from returns_app.domain.money import ZERO, VatRow, allocate
from returns_app.domain.withdrawal import ReturnKind
from returns_app.i18n import Message

LineId = str | int


class DeliveryRefund(StrEnum):
    """Shop policy: how a partial return gets the delivery cost back (DOMAIN.md 2)."""

    LAST_UNIT = "last_unit"  # all of it with the return that completes the order, once
    PROPORTIONAL = "proportional"  # in proportion to the value returned so far


class Remedy(StrEnum):
    """The remedy chosen for a defect claim."""

    REPAIR = "repair"
    REPLACEMENT = "replacement"
    PRICE_REDUCTION = "price_reduction"
    CANCELLATION = "cancellation"


class RowKind(StrEnum):
    """What a :class:`RefundRow` refunds."""

    LINE = "line"
    DELIVERY = "delivery"
    LABEL_FEE = "label_fee"
    RETURN_COST = "return_cost"


@dataclass(frozen=True)
class OrderLine:
    """A line as the shop charged it.

    Attributes:
        unit_price: gross price of one unit, VAT included, before discounts.
        vat_rate: the VAT percent of the original sale, e.g. ``Decimal("25.5")``.
        discount: the line's own discount in euros, for the whole line (VAT included).
    """

    line_id: LineId
    quantity: int
    unit_price: Decimal
    vat_rate: Decimal
    discount: Decimal = ZERO

    @property
    def gross(self) -> Decimal:
        """What the line cost before the order-level discount."""
        return self.quantity * self.unit_price - self.discount


@dataclass(frozen=True)
class Order:
    """An order as charged.

    Attributes:
        discount: order-level discount in euros, spread over the lines in proportion to their
            gross, as the shop charged it.
        delivery_paid: what the customer paid for delivery.
        cheapest_delivery: the cheapest standard delivery offered; ``None`` when it is what
            they paid. A withdrawal refunds at most this (art. 13(2)).
    """

    lines: tuple[OrderLine, ...]
    discount: Decimal = ZERO
    delivery_paid: Decimal = ZERO
    cheapest_delivery: Decimal | None = None
    delivery_vat_rate: Decimal = Decimal("25.5")
    currency: str = "EUR"  # what the amounts are in: messages name it

    def paid_per_line(self) -> dict[LineId, Decimal]:
        """Return what the customer paid per line, the order discount allocated to the cent."""
        shares = allocate(self.discount, [line.gross for line in self.lines])
        return {
            line.line_id: line.gross - share for line, share in zip(self.lines, shares, strict=True)
        }

    def refundable_delivery(self, kind: ReturnKind = ReturnKind.WITHDRAWAL) -> Decimal:
        """Return the most delivery cost a return of ``kind`` can give back, over all parts."""
        if ReturnKind(kind) is ReturnKind.DEFECT_CLAIM or self.cheapest_delivery is None:
            return self.delivery_paid
        return min(self.delivery_paid, self.cheapest_delivery)

    @property
    def total_paid(self) -> Decimal:
        """What the customer paid for the order, delivery included."""
        return sum(self.paid_per_line().values(), ZERO) + self.delivery_paid


@dataclass(frozen=True)
class Deduction:
    """A diminished-value deduction (art. 14(2)) for a line of this return.

    Applied only when ``approved`` by a supervisor and ``justification`` is written.
    """

    line_id: LineId
    amount: Decimal
    justification: str
    approved: bool


@dataclass(frozen=True)
class RefundPolicy:
    """Shop settings for refunds.

    Attributes:
        label_fee: the price charged for a prepaid return label (0: never charged).
        label_fee_vat_rate: VAT percent of that fee; ``None``: the delivery's rate.
    """

    delivery_refund: DeliveryRefund = DeliveryRefund.LAST_UNIT
    label_fee: Decimal = ZERO
    label_fee_vat_rate: Decimal | None = None


@dataclass(frozen=True)
class RefundRow:
    """One row of a refund; ``refund == gross - deduction`` and ``refund == vat + net``.

    Attributes:
        quantity: units returned now (0 for delivery, fees and price reductions).
        gross: the value of what is returned, VAT included (negative for the label fee).
        deduction: diminished value deducted, and what the web shop already refunded taken
            off (``shop_refund`` of it).
        refund: what is paid back for the row.
        vat: the VAT inside ``refund`` at ``vat_rate``; ``net`` the rest.
        shop_refund: the part of ``deduction`` that the web shop already paid back.
    """

    kind: RowKind
    line_id: LineId | None
    quantity: int
    gross: Decimal
    deduction: Decimal
    refund: Decimal
    vat_rate: Decimal
    vat: Decimal
    net: Decimal
    shop_refund: Decimal = ZERO


@dataclass(frozen=True)
class RefundBreakdown:
    """A computed refund.

    ``vat`` has one row per rate; its ``gross`` column sums to ``total``. The return-cost
    row of a defect claim is compensation outside the scope of VAT (rate 0).
    """

    kind: ReturnKind
    lines: tuple[RefundRow, ...]
    delivery: RefundRow | None
    label_fee: RefundRow | None
    return_cost: RefundRow | None
    vat: tuple[VatRow, ...]
    total: Decimal
    total_vat: Decimal
    total_net: Decimal
    notes: tuple[Message, ...] = ()

    @property
    def rows(self) -> tuple[RefundRow, ...]:
        """Every row: lines, then delivery, label fee and return cost when present."""
        extra = (self.delivery, self.label_fee, self.return_cost)
        return self.lines + tuple(row for row in extra if row is not None)

    @property
    def shop_refund_used(self) -> Decimal:
        """What this refund took off for the web shop's own earlier refund."""
        return sum((row.shop_refund for row in self.rows), ZERO)


@dataclass(frozen=True)
class PriorRefunds:
    """What earlier refunds of the same order gave back.

    Attributes:
        units: units already returned per line.
        amounts: euros already refunded per line (after deductions, price reductions included).
        delivery: euros of delivery cost already refunded.
        gross: the value of the units already returned per line, before deductions (what
            the refund of the line's last units subtracts from what was paid, so the units of
            a line add up to the cent whatever the order their returns were refunded in).
        elsewhere: euros the web shop paid back before the order reached the desk (not tied
            to a line): the order as a whole never gives back more than was paid.
    """

    units: Mapping[LineId, int] = field(default_factory=dict)
    amounts: Mapping[LineId, Decimal] = field(default_factory=dict)
    delivery: Decimal = ZERO
    gross: Mapping[LineId, Decimal] = field(default_factory=dict)
    elsewhere: Decimal = ZERO

    @property
    def given(self) -> Decimal:
        """Everything already paid back for the order: lines, delivery and the shop's own."""
        return sum(self.amounts.values(), ZERO) + self.delivery + self.elsewhere

    def after(self, refund: RefundBreakdown) -> PriorRefunds:
        """Return the history once ``refund`` has been paid too."""
        units = dict(self.units)
        amounts = dict(self.amounts)
        gross = dict(self.gross)
        for row in refund.lines:
            units[row.line_id] = units.get(row.line_id, 0) + row.quantity
            amounts[row.line_id] = amounts.get(row.line_id, ZERO) + row.refund
            gross[row.line_id] = gross.get(row.line_id, ZERO) + row.gross
        delivery = self.delivery + (refund.delivery.refund if refund.delivery else ZERO)
        return PriorRefunds(units, amounts, delivery, gross, self.elsewhere)

    @classmethod
    def from_refunds(cls, refunds: Sequence[RefundBreakdown]) -> PriorRefunds:
        """Return the history of the given earlier refunds."""
        prior = cls()
        for refund in refunds:
            prior = prior.after(refund)
        return prior
