"""The stock tables: products with a column per location, and the ledger read page by page."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont

from returns_app.domain.stock import NOT_ON_HAND, NOT_SELLABLE, SELLABLE, standing
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services import backoffice_stock as bs
from returns_app.services.backoffice_stock import (
    LedgerFilter,
    LedgerRow,
    LocationInfo,
    ProductLevels,
    StockOverview,
)
from ui.backoffice.common import ROW_ROLE, SORT_ROLE, Index, RowsModel, moment, name_of, place
from ui.backoffice.return_models import MOVEMENT_REASONS
from ui.context import AppContext

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


STANDINGS = {
    SELLABLE: QT_TRANSLATE_NOOP("Backoffice", "For sale"),
    NOT_SELLABLE: QT_TRANSLATE_NOOP("Backoffice", "Not for sale"),
    NOT_ON_HAND: QT_TRANSLATE_NOOP("Backoffice", "Not stock on hand"),
}


def two_lines(text: str) -> str:
    """A long header broken at the space nearest its middle, so that a column of small
    numbers stays narrow ("Held for the customer" -> "Held for / the customer")."""
    if len(text) <= 6 or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


class StockLevelsModel(RowsModel[ProductLevels]):
    """One row per product and a column per location that is active or holds stock: first
    the locations of stock on hand, then the totals (sellable, not for sale, on hand), then
    the locations whose units are no longer stock on hand (scrap, supplier)."""

    CONTEXT = "StockLevelsModel"
    COL_SKU, COL_NAME, COL_CATEGORY = 0, 1, 2
    FIRST_LOCATION = 3
    HEADERS = (
        QT_TRANSLATE_NOOP("StockLevelsModel", "SKU"),
        QT_TRANSLATE_NOOP("StockLevelsModel", "Product"),
        QT_TRANSLATE_NOOP("StockLevelsModel", "Category"),
    )
    TOTALS = (
        QT_TRANSLATE_NOOP("StockLevelsModel", "Sellable"),
        QT_TRANSLATE_NOOP("StockLevelsModel", "Not for sale"),
        QT_TRANSLATE_NOOP("StockLevelsModel", "On hand"),
    )
    TOTAL_TIPS = (
        QT_TRANSLATE_NOOP("StockLevelsModel", "Units for sale: main stock and B-stock."),
        QT_TRANSLATE_NOOP(
            "StockLevelsModel", "Units in the warehouse not for sale: quarantine, held units."
        ),
        QT_TRANSLATE_NOOP(
            "StockLevelsModel",
            "Sellable and not for sale together. Scrapped units and units sent to the "
            "supplier are not stock on hand.",
        ),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.locations: tuple[LocationInfo, ...] = ()  # in column order
        self._on_hand = 0  # how many of them hold stock on hand

    def set_overview(self, overview: StockOverview) -> None:
        """Show the products and the locations of ``overview``."""
        held = {code for p in overview.products for code in p.levels}
        shown = [l for l in overview.locations if l.active or l.code in held]
        on_hand = [l for l in shown if standing(l.kind) != NOT_ON_HAND]
        self.beginResetModel()
        self.locations = (*on_hand, *(l for l in shown if standing(l.kind) == NOT_ON_HAND))
        self._on_hand = len(on_hand)
        self._rows = list(overview.products)
        self.endResetModel()

    @property
    def col_sellable(self) -> int:
        """The column of the sellable units (the first total)."""
        return self.FIRST_LOCATION + self._on_hand

    @property
    def col_total(self) -> int:
        """The column of the units on hand."""
        return self.col_sellable + 2

    def _location_at(self, column: int) -> LocationInfo | None:
        first = self.FIRST_LOCATION
        if first <= column < self.col_sellable:
            return self.locations[column - first]
        if self.col_total < column < self.columnCount():
            return self.locations[column - first - len(self.TOTALS)]
        return None

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self.locations) + len(self.TOTALS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        location = self._location_at(section)
        total = section - self.col_sellable
        if role == Qt.ItemDataRole.DisplayRole:
            if location is not None:
                return two_lines(place(location.name))
            if 0 <= total < len(self.TOTALS):
                return two_lines(self.tr(self.TOTALS[total]))
            return super().headerData(section, orientation, role) if section < 3 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if location is not None:
                return (
                    f"{place(location.name)} ({location.code}): "
                    f"{name_of(STANDINGS, standing(location.kind))}"
                )
            if 0 <= total < len(self.TOTALS):
                return self.tr(self.TOTAL_TIPS[total])
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.FIRST_LOCATION:
            return _RIGHT
        if (
            role == Qt.ItemDataRole.FontRole
            and self.col_sellable <= index.column() <= self.col_total
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def sort_value(self, row: ProductLevels, column: int) -> Any:
        if column == self.COL_SKU:
            return row.sku
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_CATEGORY:
            return row.category
        if column == self.col_sellable:
            return row.totals.sellable
        if column == self.col_sellable + 1:
            return row.totals.not_sellable
        if column == self.col_total:
            return row.totals.on_hand
        location = self._location_at(column)
        return row.levels.get(location.code, 0) if location is not None else None

    def display(self, row: ProductLevels, column: int) -> str:
        value = self.sort_value(row, column)
        if self._location_at(column) is not None and not value:
            return ""  # empty cells let the units there stand out
        return "" if value is None else str(value)


LEDGER_HEADERS = (
    QT_TRANSLATE_NOOP("LedgerModel", "When"),
    QT_TRANSLATE_NOOP("LedgerModel", "SKU"),
    QT_TRANSLATE_NOOP("LedgerModel", "Product"),
    QT_TRANSLATE_NOOP("LedgerModel", "Location"),
    QT_TRANSLATE_NOOP("LedgerModel", "Units"),
    QT_TRANSLATE_NOOP("LedgerModel", "Balance"),
    QT_TRANSLATE_NOOP("LedgerModel", "Reason"),
    QT_TRANSLATE_NOOP("LedgerModel", "Note"),
    QT_TRANSLATE_NOOP("LedgerModel", "Return"),
    QT_TRANSLATE_NOOP("LedgerModel", "By"),
    QT_TRANSLATE_NOOP("LedgerModel", "Station"),
)


class LedgerModel(QAbstractTableModel):
    """The stock ledger, newest first, read a page at a time as the view scrolls.

    The ledger only grows, so pages follow the id (``before_id``) rather than an offset:
    movements added meanwhile never shift a page.

    Signals:
        page_loaded(): a page arrived.
        failed(object): the exception of a read that failed.
    """

    COL_AT, COL_SKU, COL_NAME, COL_LOCATION, COL_QTY, COL_BALANCE = range(6)
    COL_REASON, COL_NOTE, COL_RETURN, COL_USER, COL_STATION = range(6, 11)
    PAGE = 200

    page_loaded = Signal()
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, page: int = PAGE):
        super().__init__(parent)
        self._ctx = ctx
        self._page = page
        self._filter = LedgerFilter()
        self._rows: list[LedgerRow] = []
        self._more = False
        self._fetching = False
        self._generation = 0

    @property
    def filter(self) -> LedgerFilter:
        """The filter shown."""
        return self._filter

    def rows(self) -> list[LedgerRow]:
        """The movements loaded."""
        return list(self._rows)

    def set_filter(self, f: LedgerFilter) -> None:
        """Show the movements of ``f`` from the newest."""
        self._filter = f
        self.reload()

    def reload(self) -> None:
        """Read the first page again."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._more, self._fetching = [], True, False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @override
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    @override
    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        f, page, generation = self._filter, self._page, self._generation
        before = self._rows[-1].id if self._rows else None
        backend = self._ctx.backend

        def done(rows: list[LedgerRow] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if error is not None or rows is None:
                self._more = False
                self.failed.emit(error)
                return
            self._more = len(rows) == page
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            self.page_loaded.emit()

        self._ctx.runner.run_db(
            lambda: bs.ledger_page(backend.uow(readonly=True), f, before, page), done
        )

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LEDGER_HEADERS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(LEDGER_HEADERS)
        ):
            return self.tr(LEDGER_HEADERS[section])
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        values = (
            row.created_at,
            row.sku,
            row.product_name,
            place(row.location_name) or row.location_code,
            row.quantity,
            row.balance_after,
            row.reason,
            row.note,
            row.return_code,
            row.username,
            row.station,
        )
        if role == SORT_ROLE:
            return values[column]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NOTE:
            return row.note or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_LOCATION:
            return f"{place(row.location_name)} ({row.location_code})"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_REASON:
            return name_of(MOVEMENT_REASONS, row.reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_QTY, self.COL_BALANCE):
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_AT:
            return moment(row.created_at)
        if column == self.COL_QTY:
            return f"{row.quantity:+d}"
        if column == self.COL_REASON:
            return name_of(MOVEMENT_REASONS, row.reason)
        value = values[column]
        return "" if value is None else str(value)
