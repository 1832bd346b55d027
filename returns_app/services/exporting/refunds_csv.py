"""Credit notes for accounting as CSV: one row per credit note, VAT rate and category.

Semicolon-delimited, decimal comma, dates ``dd.mm.yyyy``, UTF-8 with a BOM: what Procountor,
Netvisor and Excel in Finland read without questions (``decimal="."`` writes points). A
credit note reduces sales, so its amounts are negative. The columns are documented in
docs/formats.md.
"""

from __future__ import annotations

from datetime import date

from returns_app.domain.users import Actor
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.acting import authorize
from returns_app.services.errors import require
from returns_app.services.exporting.common import (
    ZERO,
    CreditNote,
    ExportFile,
    ExportResult,
    amount_text,
    day_text,
    load_credit_notes,
    rate_text,
    totals_by_currency,
)
from returns_app.services.exporting.csv_safe import csv_bytes

HEADER = (
    "credit_note_number",
    "issue_date",
    "original_orders",
    "original_order_date",
    "delivery_date",
    "return_code",
    "customer_name",
    "customer_street",
    "customer_postal_code",
    "customer_city",
    "customer_country",
    "customer_email",
    "vat_rate",
    "net_amount",
    "vat_amount",
    "gross_amount",
    "credit_note_total",
    "currency",
    "refund_method",
    "payment_reference",
    # Added after the first release: last, since accounting imports map columns by position.
    "vat_category",
)
NUMERIC = frozenset(("vat_rate", "net_amount", "vat_amount", "gross_amount", "credit_note_total"))
"""The columns that hold numbers; every other cell is text (see ``csv_safe``)."""


def rows(notes: list[CreditNote], decimal: str = ",") -> list[list[str]]:
    """The CSV rows of ``notes`` (without the header)."""
    out = []
    for note in notes:
        first = note.orders[0] if note.orders else None
        for vat in note.vat_totals:
            out.append(
                [
                    note.number,
                    day_text(note.issue_date),
                    " ".join(o.number for o in note.orders),
                    day_text(first.ordered_on if first else None),
                    day_text(first.supplied_on if first else None),
                    note.return_code,
                    note.customer.name,
                    note.customer.street,
                    note.customer.postal_code,
                    note.customer.city,
                    note.customer.country,
                    note.customer.email or "",
                    rate_text(vat.rate, decimal),
                    amount_text(-vat.base, decimal),
                    amount_text(-vat.vat, decimal),
                    amount_text(-vat.gross, decimal),
                    amount_text(-note.total, decimal),
                    note.currency,
                    note.method,
                    note.payment_reference,
                    vat.category,
                ]
            )
    return out


def render(notes: list[CreditNote], decimal: str = ",") -> bytes:
    """The CSV file of ``notes``."""
    return csv_bytes(HEADER, rows(notes, decimal), numeric=NUMERIC)


def export_refunds_csv(
    uow: UnitOfWork, actor: Actor, start: date, end: date, *, decimal: str = ","
) -> ExportResult:
    """The refunds issued from ``start`` to ``end`` (Helsinki days) as one CSV."""
    require(actor, "export")
    if decimal not in (",", "."):
        raise ValueError("decimal must be ',' or '.'")
    with uow:
        authorize(uow, actor, "export")
        notes = load_credit_notes(uow.session, start, end)
    name = f"credit-notes-{start.isoformat()}-{end.isoformat()}.csv"
    return ExportResult(
        (ExportFile(name, render(notes, decimal)),),
        len(notes),
        sum((n.total for n in notes), ZERO),
        totals_by_currency(notes),
    )
