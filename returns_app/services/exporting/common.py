"""What the exports share: a period in Helsinki days, credit notes read once, saving files.

CSV is written by :mod:`returns_app.services.exporting.csv_safe`.

A credit note here is an issued refund (status ``issued``) with its number, its rows as
stored when it was issued and the orders it corrects; exports never recompute amounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from returns_app.domain.calendar import HELSINKI, format_date
from returns_app.files import write_atomically
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Order, OrderLine, Refund, Return
from returns_app.services.dto import CustomerDTO
from returns_app.services.errors import InvalidInput
from returns_app.services.queries import customer_dto

ZERO = Decimal("0.00")

OUTSIDE_SCOPE_KINDS = frozenset(("return_postage",))
"""Rows that pay back a cost the customer had (return postage of a defect claim): a
compensation, outside the scope of VAT, not a sale at 0 % (Finvoice/EN 16931 category ``O``)."""


def vat_category(kind: str, rate: Decimal) -> str:
    """The VAT category (UNTDID 5305) of a credit-note row: ``S`` standard rate, ``Z`` zero
    rated, ``O`` outside the scope of VAT (compensation for return postage)."""
    if kind in OUTSIDE_SCOPE_KINDS:
        return "O"
    return "S" if rate > 0 else "Z"


@dataclass(frozen=True)
class ExportFile:
    """One file an export produced: its suggested name and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class ExportResult:
    """What an export produced.

    Attributes:
        files: one CSV, or one Finvoice message per credit note.
        count: credit notes or stock movements exported.
        total: the sum of the credit notes (VAT included); 0 for stock movements.
        totals: that sum per currency, ``(("EUR", 24.90), ("SEK", 100.00))``: the sum of
            notes in several currencies means nothing.
    """

    files: tuple[ExportFile, ...]
    count: int
    total: Decimal = ZERO
    totals: tuple[tuple[str, Decimal], ...] = ()


def totals_by_currency(notes: Sequence[CreditNote]) -> tuple[tuple[str, Decimal], ...]:
    """The notes' totals per currency, in the order the currencies first come."""
    sums: dict[str, Decimal] = {}
    for note in notes:
        sums[note.currency] = sums.get(note.currency, ZERO) + note.total
    return tuple(sums.items())


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """The UTC moments from the start of ``start`` to the end of ``end`` in Helsinki.

    Raises:
        InvalidInput: ``end`` is before ``start``.
    """
    if end < start:
        raise InvalidInput(
            Message(
                "export",
                QT_TRANSLATE_NOOP("export", "The period ends ({end}) before it starts ({start})."),
                {"start": format_date(start), "end": format_date(end)},
            )
        )
    first = datetime.combine(start, time(0), HELSINKI).astimezone(UTC)
    after = datetime.combine(end + timedelta(days=1), time(0), HELSINKI).astimezone(UTC)
    return first, after


@dataclass(frozen=True)
class OriginalOrder:
    """The order a credit note corrects: the original sale."""

    number: str
    ordered_on: date
    delivered_on: date | None
    currency: str

    @property
    def supplied_on(self) -> date:
        """The day of the original supply: the delivery day, else the order day."""
        return self.delivered_on or self.ordered_on


@dataclass(frozen=True)
class CreditRow:
    """A row of a credit note as issued; ``net + vat`` is what it refunds."""

    kind: str
    description: str
    sku: str
    gtin: str | None
    quantity: int
    gross: Decimal
    deduction: Decimal
    deduction_reason: str
    vat_rate: Decimal
    vat: Decimal
    net: Decimal
    order_number: str

    @property
    def amount(self) -> Decimal:
        """What the row refunds, VAT included."""
        return self.net + self.vat

    @property
    def vat_category(self) -> str:
        """``S``, ``Z`` or ``O`` (see :func:`vat_category`)."""
        return vat_category(self.kind, self.vat_rate)


@dataclass(frozen=True)
class VatTotal:
    """The credit note's amount at one VAT rate and category (``S``, ``Z`` or ``O``)."""

    rate: Decimal
    base: Decimal
    vat: Decimal
    category: str = "S"

    @property
    def gross(self) -> Decimal:
        """Base plus VAT."""
        return self.base + self.vat


@dataclass(frozen=True)
class CreditNote:
    """An issued refund, ready for accounting."""

    number: str
    issued_at: datetime
    return_code: str
    return_kind: str
    customer: CustomerDTO
    orders: tuple[OriginalOrder, ...]
    method: str
    payment_reference: str
    total: Decimal
    rows: tuple[CreditRow, ...]

    @property
    def issue_date(self) -> date:
        """The Helsinki day it was issued."""
        return self.issued_at.astimezone(HELSINKI).date()

    @property
    def currency(self) -> str:
        """The currency of the orders (EUR when unknown)."""
        return self.orders[0].currency if self.orders else "EUR"

    @property
    def vat_totals(self) -> tuple[VatTotal, ...]:
        """Base and VAT per rate and category, summed from the rows (they add up to
        :attr:`total`); compensation outside the scope of VAT comes last."""
        acc: dict[tuple[bool, Decimal, str], list[Decimal]] = {}
        for row in self.rows:
            category = row.vat_category
            pair = acc.setdefault((category == "O", row.vat_rate, category), [ZERO, ZERO])
            pair[0] += row.net
            pair[1] += row.vat
        return tuple(VatTotal(r, b, v, c) for (_, r, c), (b, v) in sorted(acc.items()))


def load_credit_notes(s: Session, start: date, end: date) -> list[CreditNote]:
    """Every refund issued in the Helsinki days ``start``..``end``, by credit-note number."""
    first, after = period_bounds(start, end)
    refunds = list(
        s.scalars(
            select(Refund)
            .where(Refund.status == "issued", Refund.issued_at >= first, Refund.issued_at < after)
            .order_by(Refund.credit_note_year, Refund.credit_note_seq, Refund.id)
            .options(selectinload(Refund.lines))
        )
    )
    if not refunds:
        return []
    returns = {
        r.id: r
        for r in s.scalars(
            select(Return)
            .where(Return.id.in_({f.return_id for f in refunds}))
            .options(selectinload(Return.customer))
        )
    }
    order_ids = {l.order_id for f in refunds for l in f.lines if l.order_id is not None}
    orders = {
        o.id: o
        for o in s.scalars(
            select(Order).where(Order.id.in_(order_ids)).options(selectinload(Order.shipments))
        )
    }
    line_ids = {l.order_line_id for f in refunds for l in f.lines if l.order_line_id}
    order_lines = {
        ol.id: ol for ol in s.scalars(select(OrderLine).where(OrderLine.id.in_(line_ids)))
    }
    notes = []
    for refund in refunds:
        ret = returns[refund.return_id]
        ids = sorted({l.order_id for l in refund.lines if l.order_id is not None})
        originals = tuple(_original(orders[i]) for i in ids)
        rows = tuple(
            _row(l, order_lines.get(l.order_line_id), orders.get(l.order_id))
            for l in sorted(refund.lines, key=lambda l: l.id)
        )
        notes.append(
            CreditNote(
                number=refund.credit_note_number or "",
                issued_at=refund.issued_at,
                return_code=ret.code,
                return_kind=ret.kind,
                customer=customer_dto(ret.customer),
                orders=originals,
                method=refund.method,
                payment_reference=refund.payment_reference,
                total=refund.total,
                rows=rows,
            )
        )
    return notes


def _original(order: Order) -> OriginalOrder:
    delivered = [sh.delivered_on for sh in order.shipments if sh.delivered_on]
    return OriginalOrder(
        number=order.order_number,
        ordered_on=order.ordered_at.astimezone(HELSINKI).date(),
        delivered_on=max(delivered) if delivered else None,
        currency=order.currency,
    )


def _row(line, order_line: OrderLine | None, order: Order | None) -> CreditRow:
    return CreditRow(
        kind=line.kind,
        description=line.description,
        sku=order_line.sku if order_line else "",
        gtin=order_line.gtin if order_line else None,
        quantity=line.quantity,
        gross=line.gross,
        deduction=line.deduction,
        deduction_reason=line.deduction_reason,
        vat_rate=line.vat_rate,
        vat=line.vat,
        net=line.net,
        order_number=order.order_number if order else "",
    )


# --- Formatting --------------------------------------------------------------------------


def amount_text(value: Decimal, decimal: str = ",") -> str:
    """``-12,50`` (or ``-12.50`` with ``decimal="."``)."""
    text = f"{value.quantize(Decimal('0.01')):f}"
    return text.replace(".", decimal)


def rate_text(value: Decimal, decimal: str = ",") -> str:
    """A VAT rate without trailing zeros: ``25,5``, ``14``, ``0``."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", decimal)


def day_text(value: date | None) -> str:
    """``05.11.2026``: the day as Finnish accounting software reads it."""
    return value.strftime("%d.%m.%Y") if value else ""


def save(result: ExportResult, target: Path, folder: bool) -> Path:
    """Write ``result`` to the file ``target``, or into the folder ``target`` (made if need be).

    Raises:
        InvalidInput: ``folder`` is asked for but ``target`` is a file.
    """
    if folder:
        if target.exists() and not target.is_dir():
            raise InvalidInput(
                Message(
                    "export",
                    QT_TRANSLATE_NOOP(
                        "export", "{path} is a file; choose a folder for these files."
                    ),
                    {"path": str(target)},
                )
            )
        target.mkdir(parents=True, exist_ok=True)
        for f in result.files:
            write_atomically(target / f.name, f.data)
        return target
    write_atomically(target, result.files[0].data)
    return target
