"""The tables of a return's page: lines, parcels, mismatches, inspections, stock movements,
refund rows, documents and the timeline (each a small :class:`RowsModel`)."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from returns_app.domain.calendar import HELSINKI
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.services.documents import DocumentInfo
from returns_app.services.dto import (
    DiscrepancyDTO,
    InspectionDTO,
    ParcelDTO,
    RefundLineDTO,
    ReturnLineDTO,
)
from returns_app.services.stock import MovementDTO
from returns_app.services.timeline import TimelineEntry, humanise
from ui.backoffice.common import (
    REASONS,
    SORT_ROLE,
    Index,
    RowsModel,
    moment,
    money,
    name_of,
    place,
    tr,
)
from ui.desk.wording import percent
from ui.translator import render as ui_render

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

# The kind of a timeline entry ("goods", "money", "decision"), for the timeline's filter.
KIND_ROLE = SORT_ROLE + 10

DISPOSITIONS = {
    "restock": QT_TRANSLATE_NOOP("Backoffice", "Restocked"),
    "b_stock": QT_TRANSLATE_NOOP("Backoffice", "B-stock"),
    "quarantine": QT_TRANSLATE_NOOP("Backoffice", "Quarantine"),
    "scrap": QT_TRANSLATE_NOOP("Backoffice", "Scrapped"),
    "supplier": QT_TRANSLATE_NOOP("Backoffice", "Back to supplier"),
    "hold": QT_TRANSLATE_NOOP("Backoffice", "Held for the customer"),
}
PARCEL_STATUSES = {
    "received": QT_TRANSLATE_NOOP("Backoffice", "Received"),
    "unidentified": QT_TRANSLATE_NOOP("Backoffice", "Unidentified"),
    "matched": QT_TRANSLATE_NOOP("Backoffice", "Matched later"),
    "discarded": QT_TRANSLATE_NOOP("Backoffice", "Discarded"),
}
MISMATCHES = {
    "wrong_item": QT_TRANSLATE_NOOP("Backoffice", "Wrong item"),
    "missing": QT_TRANSLATE_NOOP("Backoffice", "Missing"),
    "not_on_return": QT_TRANSLATE_NOOP("Backoffice", "Not on the return"),
    "empty_box": QT_TRANSLATE_NOOP("Backoffice", "Empty box"),
    "extra": QT_TRANSLATE_NOOP("Backoffice", "Extra unit"),
}
MOVEMENT_REASONS = {
    "return_restock": QT_TRANSLATE_NOOP("Backoffice", "Return graded and restocked"),
    "return_b_stock": QT_TRANSLATE_NOOP("Backoffice", "Return graded to B-stock"),
    "return_quarantine": QT_TRANSLATE_NOOP("Backoffice", "Return put in quarantine"),
    "return_scrap": QT_TRANSLATE_NOOP("Backoffice", "Return scrapped"),
    "return_supplier": QT_TRANSLATE_NOOP("Backoffice", "Return sent to the supplier"),
    "return_hold": QT_TRANSLATE_NOOP("Backoffice", "Return held for the customer"),
    "return_undo": QT_TRANSLATE_NOOP("Backoffice", "Inspection undone"),
    "adjustment": QT_TRANSLATE_NOOP("Backoffice", "Manual adjustment"),
    "moved": QT_TRANSLATE_NOOP("Backoffice", "Moved"),
    "to_customer": QT_TRANSLATE_NOOP("Backoffice", "Sent back to the customer"),
}


def movement_reason(reason: str) -> str:
    """A stock movement's reason in words (a reason without a name: its code as words)."""
    return name_of(MOVEMENT_REASONS, reason) if reason in MOVEMENT_REASONS else humanise(reason)


REFUND_ROWS = {
    "item": QT_TRANSLATE_NOOP("Backoffice", "Item"),
    "delivery": QT_TRANSLATE_NOOP("Backoffice", "Delivery"),
    "label_fee": QT_TRANSLATE_NOOP("Backoffice", "Return label fee"),
    "return_postage": QT_TRANSLATE_NOOP("Backoffice", "Return postage"),
    "price_reduction": QT_TRANSLATE_NOOP("Backoffice", "Price reduction"),
}
DOCUMENT_KINDS = {
    "return_label": QT_TRANSLATE_NOOP("Backoffice", "Return label"),
    "item_tag": QT_TRANSLATE_NOOP("Backoffice", "Item tag"),
    "credit_note": QT_TRANSLATE_NOOP("Backoffice", "Credit note"),
}


def render(message: Message) -> str:
    """A message from the services in the UI's language, money as the UI writes it."""
    return ui_render(message)


def short_moment(t: datetime, this_year: int | None = None) -> str:
    """A UTC moment in Helsinki time, "12.11. 14:03" (the year only when it is not
    ``this_year``: "12.11.2025 14:03")."""
    local = t.astimezone(HELSINKI)
    year = "" if local.year == this_year else str(local.year)
    return f"{local.day}.{local.month}.{year} {local:%H:%M}"


def sentence_text(entry: TimelineEntry) -> str:
    """ "Aino (DESK-2) graded 1 x Paita M as B and moved it to B-stock"."""
    who = entry.who or QCoreApplication.translate("TimelineModel", "someone")
    what = render(entry.sentence)
    if entry.station:
        return QCoreApplication.translate("TimelineModel", "{who} ({station}) {what}").format(
            who=who, station=entry.station, what=what
        )
    return QCoreApplication.translate("TimelineModel", "{who} {what}").format(who=who, what=what)


def location_name(names: dict[str, str], code: str) -> str:
    """A location's name (its code only for a location nobody named)."""
    return place(names.get(code, "")) or code


class PageLinesModel(RowsModel[ReturnLineDTO]):
    """The lines of a return."""

    CONTEXT = "PageLinesModel"
    COL_SKU, COL_NAME, COL_ORDER, COL_REASON = 0, 1, 2, 3
    COL_ANNOUNCED, COL_RECEIVED, COL_RESTOCKED, COL_WRITTEN_OFF, COL_PRICE = 4, 5, 6, 7, 8
    HEADERS = (
        QT_TRANSLATE_NOOP("PageLinesModel", "SKU"),
        QT_TRANSLATE_NOOP("PageLinesModel", "Product"),
        QT_TRANSLATE_NOOP("PageLinesModel", "Order"),
        QT_TRANSLATE_NOOP("PageLinesModel", "Reason"),
        QT_TRANSLATE_NOOP("PageLinesModel", "Announced"),
        QT_TRANSLATE_NOOP("PageLinesModel", "Received"),
        QT_TRANSLATE_NOOP("PageLinesModel", "Restocked"),
        QT_TRANSLATE_NOOP("PageLinesModel", "Written off"),
        QT_TRANSLATE_NOOP("PageLinesModel", "Unit price"),
    )
    NUMERIC = (4, 5, 6, 7, 8)
    currency = "EUR"  # the return's orders': set with the rows

    def sort_value(self, row: ReturnLineDTO, column: int) -> Any:
        values = (
            row.sku,
            row.name,
            row.order_number,
            row.reason_code,
            row.qty_announced,
            row.qty_received,
            row.qty_restocked,
            row.qty_written_off,
            row.unit_price,
        )
        return values[column]

    def display(self, row: ReturnLineDTO, column: int) -> str:
        if column == self.COL_REASON:
            reason = name_of(REASONS, row.reason_code)
            return f"{reason}: {row.reason_text}" if row.reason_text else reason
        if column == self.COL_PRICE:
            return money(row.unit_price, self.currency)
        return str(self.sort_value(row, column))


class ParcelsModel(RowsModel[ParcelDTO]):
    """The parcels scanned in for a return."""

    CONTEXT = "ParcelsModel"
    COL_CODE, COL_STATUS, COL_AT, COL_STATION, COL_USER, COL_NOTE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ParcelsModel", "Scanned code"),
        QT_TRANSLATE_NOOP("ParcelsModel", "Status"),
        QT_TRANSLATE_NOOP("ParcelsModel", "Scanned"),
        QT_TRANSLATE_NOOP("ParcelsModel", "Station"),
        QT_TRANSLATE_NOOP("ParcelsModel", "By"),
        QT_TRANSLATE_NOOP("ParcelsModel", "Note"),
    )

    def sort_value(self, row: ParcelDTO, column: int) -> Any:
        return (row.scanned_code, row.status, row.scanned_at, row.station, row.username, row.note)[
            column
        ]

    def display(self, row: ParcelDTO, column: int) -> str:
        if column == self.COL_STATUS:
            return name_of(PARCEL_STATUSES, row.status)
        if column == self.COL_AT:
            return moment(row.scanned_at)
        return str(self.sort_value(row, column))


class DiscrepanciesModel(RowsModel[DiscrepancyDTO]):
    """Mismatches found at check-in."""

    CONTEXT = "DiscrepanciesModel"
    COL_KIND, COL_QTY, COL_CODE, COL_NOTE, COL_AT = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("DiscrepanciesModel", "Mismatch"),
        QT_TRANSLATE_NOOP("DiscrepanciesModel", "Units"),
        QT_TRANSLATE_NOOP("DiscrepanciesModel", "Scanned code"),
        QT_TRANSLATE_NOOP("DiscrepanciesModel", "Note"),
        QT_TRANSLATE_NOOP("DiscrepanciesModel", "When"),
    )
    NUMERIC = (1,)

    def sort_value(self, row: DiscrepancyDTO, column: int) -> Any:
        return (row.kind, row.quantity, row.scanned_code, row.note, row.created_at)[column]

    def display(self, row: DiscrepancyDTO, column: int) -> str:
        if column == self.COL_KIND:
            return name_of(MISMATCHES, row.kind)
        if column == self.COL_AT:
            return moment(row.created_at)
        return str(self.sort_value(row, column))


class InspectionsModel(RowsModel[InspectionDTO]):
    """The grade and disposition of each unit."""

    CONTEXT = "InspectionsModel"
    COL_PRODUCT, COL_UNIT, COL_GRADE, COL_DISPOSITION, COL_LOCATION = range(5)
    COL_UNSEALED, COL_NOTE, COL_USER, COL_AT = 5, 6, 7, 8
    HEADERS = (
        QT_TRANSLATE_NOOP("InspectionsModel", "Product"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Unit"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Grade"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Decision"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Location"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Unsealed"),
        QT_TRANSLATE_NOOP("InspectionsModel", "Note"),
        QT_TRANSLATE_NOOP("InspectionsModel", "By"),
        QT_TRANSLATE_NOOP("InspectionsModel", "When"),
    )
    NUMERIC = (1,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.product_names: dict[int, str] = {}
        self.location_names: dict[str, str] = {}  # code -> name

    def sort_value(self, row: InspectionDTO, column: int) -> Any:
        return (
            self.product_names.get(row.return_line_id, ""),
            row.unit_no,
            row.grade,
            row.disposition,
            row.location_code,
            row.unsealed,
            row.note,
            row.username,
            row.created_at,
        )[column]

    def display(self, row: InspectionDTO, column: int) -> str:
        if column == self.COL_DISPOSITION:
            return name_of(DISPOSITIONS, row.disposition)
        if column == self.COL_LOCATION:
            return location_name(self.location_names, row.location_code)
        if column == self.COL_UNSEALED:
            return tr(QT_TRANSLATE_NOOP("Backoffice", "yes")) if row.unsealed else ""
        if column == self.COL_AT:
            return moment(row.created_at)
        return str(self.sort_value(row, column))


class MovementsModel(RowsModel[MovementDTO]):
    """Stock movements (of a return, or any)."""

    CONTEXT = "MovementsModel"
    COL_AT, COL_SKU, COL_LOCATION, COL_QTY, COL_BALANCE, COL_REASON, COL_USER = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("MovementsModel", "When"),
        QT_TRANSLATE_NOOP("MovementsModel", "SKU"),
        QT_TRANSLATE_NOOP("MovementsModel", "Location"),
        QT_TRANSLATE_NOOP("MovementsModel", "Units"),
        QT_TRANSLATE_NOOP("MovementsModel", "Balance after"),
        QT_TRANSLATE_NOOP("MovementsModel", "Reason"),
        QT_TRANSLATE_NOOP("MovementsModel", "By"),
    )
    NUMERIC = (3, 4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.location_names: dict[str, str] = {}  # code -> name

    def sort_value(self, row: MovementDTO, column: int) -> Any:
        return (
            row.created_at,
            row.sku,
            row.location_code,
            row.quantity,
            row.balance_after,
            row.reason,
            row.username,
        )[column]

    def display(self, row: MovementDTO, column: int) -> str:
        if column == self.COL_AT:
            return moment(row.created_at)
        if column == self.COL_QTY:
            return f"{row.quantity:+d}"
        if column == self.COL_REASON:
            return movement_reason(row.reason)
        if column == self.COL_LOCATION:
            return location_name(self.location_names, row.location_code)
        return str(self.sort_value(row, column))


class RefundLinesModel(RowsModel[RefundLineDTO]):
    """The rows of a refund."""

    CONTEXT = "RefundLinesModel"
    COL_KIND, COL_TEXT, COL_QTY, COL_GROSS, COL_DEDUCTION, COL_VAT_RATE, COL_VAT = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("RefundLinesModel", "Row"),
        QT_TRANSLATE_NOOP("RefundLinesModel", "What"),
        QT_TRANSLATE_NOOP("RefundLinesModel", "Units"),
        QT_TRANSLATE_NOOP("RefundLinesModel", "Amount"),
        QT_TRANSLATE_NOOP("RefundLinesModel", "Deduction"),
        QT_TRANSLATE_NOOP("RefundLinesModel", "VAT %"),
        QT_TRANSLATE_NOOP("RefundLinesModel", "VAT"),
    )
    NUMERIC = (2, 3, 4, 5, 6)
    currency = "EUR"  # the refund's: set with the rows

    def sort_value(self, row: RefundLineDTO, column: int) -> Any:
        return (
            row.kind,
            row.description,
            row.quantity,
            row.gross,
            row.deduction,
            row.vat_rate,
            row.vat,
        )[column]

    def display(self, row: RefundLineDTO, column: int) -> str:
        if column == self.COL_KIND:
            return name_of(REFUND_ROWS, row.kind)
        if column in (self.COL_GROSS, self.COL_DEDUCTION, self.COL_VAT):
            return money(self.sort_value(row, column), self.currency)
        if column == self.COL_VAT_RATE:
            return percent(row.vat_rate)
        if column == self.COL_TEXT and row.deduction_reason:
            return f"{row.description} ({row.deduction_reason})"
        return str(self.sort_value(row, column))


class DocumentsModel(RowsModel[DocumentInfo]):
    """The documents kept for a return."""

    CONTEXT = "DocumentsModel"
    COL_KIND, COL_NAME, COL_AT = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("DocumentsModel", "Document"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Name"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Made"),
    )

    def sort_value(self, row: DocumentInfo, column: int) -> Any:
        return (row.kind, row.name, row.created_at)[column]

    def display(self, row: DocumentInfo, column: int) -> str:
        if column == self.COL_KIND:
            return name_of(DOCUMENT_KINDS, row.kind)
        if column == self.COL_AT:
            return moment(row.created_at)
        return row.name


class TimelineModel(RowsModel[TimelineEntry]):
    """What happened to a return, one sentence a row: "12.11. 14:03" and "Aino (DESK-2)
    graded 1 x Farkut Slim L as B and moved it to B-stock", in local time and the reader's
    language. :data:`KIND_ROLE` gives the entry's kind (goods, money, decision) to filter by.
    """

    CONTEXT = "TimelineModel"
    COL_AT, COL_WHAT = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineModel", "When"),
        QT_TRANSLATE_NOOP("TimelineModel", "What happened"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.this_year: int | None = None  # moments of this year are shown without it

    def sort_value(self, row: TimelineEntry, column: int) -> Any:
        return row.at if column == self.COL_AT else self.display(row, column)

    def display(self, row: TimelineEntry, column: int) -> str:
        if column == self.COL_AT:
            return short_moment(row.at, self.this_year)
        return sentence_text(row)

    def tooltip(self, row: TimelineEntry, column: int) -> str | None:
        return moment(row.at) if column == self.COL_AT else sentence_text(row)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == KIND_ROLE:
            valid = index.isValid() and 0 <= index.row() < self.rowCount()
            return self.row(index.row()).kind if valid else None
        return super().data(index, role)
