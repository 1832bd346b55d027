"""What the services hand out: plain frozen dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from returns_app.i18n import Message


@dataclass(frozen=True)
class CustomerDTO:
    """The customer as screens and documents show them."""

    id: int
    name: str
    email: str | None
    phone: str | None
    street: str
    postal_code: str
    city: str
    country: str
    lang: str


@dataclass(frozen=True)
class OrderLineDTO:
    """An order line with what has been returned of it already."""

    id: int
    order_id: int
    order_number: str
    line_no: int
    sku: str
    gtin: str | None
    name: str
    quantity: int
    unit_price: Decimal
    discount: Decimal
    vat_rate: Decimal
    exception_category: str
    already_returned: int

    @property
    def returnable(self) -> int:
        """Units not yet on any return."""
        return self.quantity - self.already_returned


@dataclass(frozen=True)
class ShipmentDTO:
    """An outbound shipment."""

    carrier: str
    tracking_number: str | None
    delivered_on: date | None
    delivery_estimated: bool = False  # shipped + the method's transit days, not an event
    id: int | None = None
    delivery_corrected: bool = False  # set by a clerk from the customer's proof
    shipped_at: datetime | None = None


@dataclass(frozen=True)
class DeliveryChoice:
    """A shipment whose delivery day can be corrected (``shipment_id`` None: the order has
    no shipment yet, and a correction adds one)."""

    order_id: int
    order_number: str
    ordered_on: date  # the Helsinki day of the order: no delivery before it
    shipment_id: int | None
    tracking_number: str | None
    delivered_on: date | None
    estimated: bool


@dataclass(frozen=True)
class OrderDTO:
    """An order with its lines, shipments and withdrawal period."""

    id: int
    order_number: str
    ordered_at: datetime
    customer: CustomerDTO
    payment_method: str
    delivery_method: str
    delivery_price: Decimal
    consumer_informed: bool
    lines: tuple[OrderLineDTO, ...]
    shipments: tuple[ShipmentDTO, ...]
    period_ends: date | None
    return_codes: tuple[str, ...] = ()
    refunded_in_shop: Decimal = Decimal("0.00")  # paid back by the web shop before the desk
    shop_payment_status: str = ""  # "", "partially_refunded", "refunded" or "voided"
    period_estimated: bool = False  # the period runs from an estimated delivery day


@dataclass(frozen=True)
class ReturnLineDTO:
    """A return line and how far its units have come."""

    id: int
    order_line_id: int
    order_number: str
    sku: str
    gtin: str | None
    name: str
    product_id: int | None
    unit_price: Decimal
    vat_rate: Decimal
    exception_category: str
    qty_announced: int
    qty_received: int
    qty_restocked: int
    qty_written_off: int
    reason_code: str
    reason_text: str
    inspected_units: tuple[int, ...] = ()

    @property
    def qty_to_receive(self) -> int:
        """Units still expected in a parcel."""
        return self.qty_announced - self.qty_received

    @property
    def qty_to_inspect(self) -> int:
        """Units received but not yet graded."""
        return self.qty_received - len(self.inspected_units)


@dataclass(frozen=True)
class ParcelDTO:
    """A parcel scanned in."""

    id: int
    return_id: int | None
    scanned_code: str
    status: str
    station: str
    username: str
    scanned_at: datetime
    note: str
    display_name: str = ""  # who scanned it in, as people call them (empty: not known)


@dataclass(frozen=True)
class DiscrepancyDTO:
    """A mismatch recorded at check-in."""

    id: int
    kind: str
    return_line_id: int | None
    scanned_code: str
    quantity: int
    note: str
    created_at: datetime


@dataclass(frozen=True)
class InspectionDTO:
    """The grade and disposition of one unit."""

    id: int
    return_line_id: int
    unit_no: int
    grade: str
    disposition: str
    location_code: str
    unsealed: bool
    note: str
    created_at: datetime
    username: str
    excepted: bool = False  # an art. 16 exception keeps this unit out of the refund
    exception_override: str | None = None  # a supervisor accepted it anyway: why
    location_name: str = ""  # where the unit went, as people call it


@dataclass(frozen=True)
class RefundLineDTO:
    """A row of a refund."""

    kind: str
    description: str
    quantity: int
    gross: Decimal
    deduction: Decimal
    deduction_reason: str
    vat_rate: Decimal
    vat: Decimal
    net: Decimal
    order_line_id: int | None = None


@dataclass(frozen=True)
class VatRowDTO:
    """The refund's amount at one VAT rate."""

    rate: Decimal
    base: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True)
class RefundDTO:
    """A refund and its breakdown."""

    id: int
    return_id: int
    return_code: str
    status: str
    method: str
    payment_reference: str
    items_amount: Decimal
    delivery_amount: Decimal
    deduction_amount: Decimal
    label_fee_amount: Decimal
    total: Decimal
    needs_supervisor: bool
    credit_note_number: str | None
    created_at: datetime
    issued_at: datetime | None
    issued_by: str | None
    refund_due: date | None
    lines: tuple[RefundLineDTO, ...]
    vat_rows: tuple[VatRowDTO, ...]
    notes: tuple[Message, ...] = ()
    currency: str = "EUR"  # the order's: what the amounts are in


@dataclass(frozen=True)
class DeductionDTO:
    """A diminished-value deduction."""

    id: int
    return_line_id: int
    amount: Decimal
    justification: str
    approved: bool


@dataclass(frozen=True)
class ReturnDTO:
    """A return with everything the desk shows about it."""

    id: int
    code: str
    kind: str
    customer: CustomerDTO
    order_numbers: tuple[str, ...]
    notice_date: date
    goods_state: str
    money_state: str
    remedy: str | None
    period_ends: date | None
    goods_due: date | None
    refund_due: date | None
    override_reason: str | None
    decision_reason: str | None
    return_tracking_number: str | None
    proof_of_dispatch_at: datetime | None
    created_at: datetime
    closed_at: datetime | None
    station: str
    lines: tuple[ReturnLineDTO, ...]
    parcels: tuple[ParcelDTO, ...] = ()
    discrepancies: tuple[DiscrepancyDTO, ...] = ()
    inspections: tuple[InspectionDTO, ...] = ()
    deductions: tuple[DeductionDTO, ...] = ()
    refund: RefundDTO | None = None
    notes: tuple[Message, ...] = field(default=())
    refunded_total: Decimal = Decimal("0.00")
    refunds_issued: int = 0
    units_owed: int = 0
    version: int = 0  # changes with every change of the return: a decision names the one it saw
    override_by: str = ""  # who signed the override (user name)
    late_accepted: str | None = None  # a supervisor accepted the late return: why
    late_accepted_by: str = ""
    first_arrival: date | None = None  # the Finnish day the first parcel was scanned in
    # (order number, amount, shop status) of each order the web shop refunded or voided
    # before it reached the desk: every refund limit counts it.
    shop_refunds: tuple[tuple[str, Decimal, str], ...] = ()
    period_estimated: bool = False  # the period runs from an estimated delivery day
    # (order id, order number, estimated day) of the orders whose delivery day is estimated
    estimated_deliveries: tuple[tuple[int, str, date], ...] = ()
    # every shipment of the return's orders a clerk may correct the delivery day of
    deliveries: tuple[DeliveryChoice, ...] = ()
    currency: str = "EUR"  # the orders' currency: what its amounts are in

    @property
    def pending_deductions(self) -> tuple[DeductionDTO, ...]:
        """Deductions a clerk proposed that wait for a supervisor's decision."""
        return tuple(d for d in self.deductions if not d.approved)

    @property
    def units_expected(self) -> int:
        """Units announced but not yet received."""
        return sum(line.qty_to_receive for line in self.lines)

    @property
    def units_to_inspect(self) -> int:
        """Units received but not yet graded."""
        return sum(line.qty_to_inspect for line in self.lines)


@dataclass(frozen=True)
class FindHit:
    """One search result: a return or an order."""

    kind: str  # "return" or "order"
    id: int
    code: str  # return code or order number
    customer_name: str
    summary: str
    state: str = ""
