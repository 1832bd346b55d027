"""The returns list's lazy model: ids a page at a time, rows fetched for what is on screen.

The model never holds the whole list. A filter or a sort asks the database for the count and
the first page of ids with their rows; scrolling to the end asks for the next page
(``canFetchMore``/``fetchMore``). Rows live in a bounded cache: a row pushed out of it and
scrolled back to shows "…" until its page is read again, then the view is told
(``dataChanged``). Sorting and filtering always re-query the database, never a proxy over the
part loaded. Every query runs through the task runner; results of a query that a newer
filter has made stale are dropped (each reload bumps a generation number).
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal

from returns_app.domain.calendar import HELSINKI
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services import backoffice as bo
from returns_app.services.backoffice import ReturnRow, ReturnsFilter
from ui.backoffice.common import (
    KINDS,
    LOADING,
    ROW_ROLE,
    SORT_ROLE,
    URGENCY,
    URGENCY_TONES,
    Index,
    day,
    goods_name,
    moment,
    money,
    money_name,
    name_of,
    tone_brush,
)
from ui.context import AppContext

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

COL_CODE = 0
COL_CREATED = 1
COL_CUSTOMER = 2
COL_ORDERS = 3
COL_KIND = 4
COL_GOODS = 5
COL_MONEY = 6
COL_DUE = 7
COL_TOTAL = 8
COL_STATION = 9

HEADERS = (
    QT_TRANSLATE_NOOP("ReturnsListModel", "Return"),
    QT_TRANSLATE_NOOP("ReturnsListModel", "Registered"),
    QT_TRANSLATE_NOOP("ReturnsListModel", "Customer"),
    QT_TRANSLATE_NOOP("ReturnsListModel", "Orders"),
    QT_TRANSLATE_NOOP("ReturnsListModel", "Kind"),
    QT_TRANSLATE_NOOP("ReturnsListModel", "Goods"),
    QT_TRANSLATE_NOOP("ReturnsListModel", "Money"),
    QT_TRANSLATE_NOOP("ReturnsListModel", "Refund due"),
    QT_TRANSLATE_NOOP("ReturnsListModel", "Refund"),
    QT_TRANSLATE_NOOP("ReturnsListModel", "Station"),
)
# Columns the database can sort by (orders and refund totals are not columns of returns).
SORT_KEYS = {
    COL_CODE: "code",
    COL_CREATED: "created",
    COL_CUSTOMER: "customer",
    COL_KIND: "kind",
    COL_GOODS: "goods_state",
    COL_MONEY: "money_state",
    COL_DUE: "refund_due",
    COL_STATION: "station",
}
PAGE = 200
CACHE_ROWS = 5000


@dataclass(frozen=True)
class _FirstPage:
    total: int
    ids: list[int]
    rows: list[ReturnRow]


class ReturnsListModel(QAbstractTableModel):
    """The returns of a :class:`ReturnsFilter`, sorted by the database, loaded lazily.

    :data:`ROW_ROLE` gives the :class:`ReturnRow` (None while it loads); :data:`SORT_ROLE`
    the raw value of a cell.

    Signals:
        page_loaded(): rows arrived (after a reload, a further page or rows read again).
        loading_changed(bool): True while the first page of a reload is being read.
        failed(object): the exception of a query that failed.
    """

    page_loaded = Signal()
    loading_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, page: int = PAGE) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._page = page
        self._filter = ReturnsFilter()
        self._sort_column = COL_CREATED
        self._descending = True
        self._generation = 0
        self._ids: list[int] = []
        self._total = 0
        self._rows: OrderedDict[int, ReturnRow] = OrderedDict()
        self._fetching = False
        self._loading = False
        self._wanted: set[int] = set()  # pages whose rows data() asked for
        self._reading: set[int] = set()  # pages being read
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._read_wanted_pages)

    # --- What is shown --------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many returns the filter lets through (as of the last reload)."""
        return self._total

    @property
    def loading(self) -> bool:
        """Whether a reload is under way."""
        return self._loading

    @property
    def filter(self) -> ReturnsFilter:
        """The filter shown."""
        return self._filter

    @property
    def sort_column(self) -> int:
        """The column sorted by."""
        return self._sort_column

    @property
    def descending(self) -> bool:
        """Whether the sort is descending."""
        return self._descending

    def set_filter(self, f: ReturnsFilter) -> None:
        """Show the returns of ``f`` (always asks the database again)."""
        self._filter = f
        self.reload()

    def return_id(self, row: int) -> int:
        """The id of the return in ``row``."""
        return self._ids[row]

    def row_of(self, return_id: int) -> int:
        """The row of a loaded return (-1 when it is not loaded)."""
        try:
            return self._ids.index(return_id)
        except ValueError:
            return -1

    def refresh_rows(self) -> None:
        """Forget the cached rows so they are read again (e.g. after a return changed)."""
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(HEADERS) - 1)
            )

    def reload(self) -> None:
        """Read the count and the first page again with the current filter and sort."""
        self._generation += 1
        generation, f = self._generation, self._filter
        sort, descending, page = SORT_KEYS[self._sort_column], self._descending, self._page
        backend, today = self._ctx.backend, self._ctx.today()
        self._fetching = False
        self._wanted.clear()
        self._reading.clear()
        self._set_loading(True)

        def work() -> _FirstPage:
            # The search is looked up once, for the count and the ids together.
            first = bo.first_page(backend.uow(readonly=True), f, sort, descending, page)
            ids = first.ids
            return _FirstPage(
                first.total, ids, bo.return_rows(backend.uow(readonly=True), ids, today)
            )

        self._ctx.runner.run_db(work, self._when_current(generation, self._on_first_page))

    def _when_current(self, generation: int, done: Callable[[Any], None]):
        def callback(result: Any, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # a newer filter or sort replaced this query
            if error is not None:
                self._fetching = False
                self._set_loading(False)
                self.failed.emit(error)
                return
            done(result)

        return callback

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _on_first_page(self, page: _FirstPage) -> None:
        self.beginResetModel()
        self._ids = list(page.ids)
        self._total = max(page.total, len(page.ids))
        self._rows.clear()
        self._remember(page.rows)
        self.endResetModel()
        self._set_loading(False)
        self.page_loaded.emit()

    def _remember(self, rows: list[ReturnRow]) -> None:
        for row in rows:
            self._rows[row.id] = row
            self._rows.move_to_end(row.id)
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)

    # --- More pages -----------------------------------------------------------------------

    @override
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._fetching
            and not self._loading
            and len(self._ids) < self._total
        )

    @override
    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        f, offset, page = self._filter, len(self._ids), self._page
        sort, descending = SORT_KEYS[self._sort_column], self._descending
        backend, today = self._ctx.backend, self._ctx.today()

        def work() -> list[ReturnRow]:
            ids = bo.return_ids(backend.uow(readonly=True), f, sort, descending, offset, page)
            return bo.return_rows(backend.uow(readonly=True), ids, today)

        self._ctx.runner.run_db(work, self._when_current(self._generation, self._on_more))

    def _on_more(self, rows: list[ReturnRow]) -> None:
        self._fetching = False
        known = set(self._ids)
        fresh = [r for r in rows if r.id not in known]
        if len(rows) < self._page:
            # The list got shorter since it was counted: stop asking for more.
            self._total = len(self._ids) + len(fresh)
        if fresh:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._ids.extend(r.id for r in fresh)
            self._remember(fresh)
            self.endInsertRows()
        self.page_loaded.emit()

    # --- Rows read again ------------------------------------------------------------------

    def _want(self, row: int) -> None:
        page = row // self._page
        if page not in self._reading and page not in self._wanted:
            self._wanted.add(page)
            self._flush.start()

    def _read_wanted_pages(self) -> None:
        pages, self._wanted = sorted(self._wanted), set()
        backend, generation = self._ctx.backend, self._generation
        today = self._ctx.today()
        for page in pages:
            ids = self._ids[page * self._page : (page + 1) * self._page]
            if not ids:
                continue
            self._reading.add(page)

            def done(rows: list[ReturnRow], page: int = page, count: int = len(ids)) -> None:
                self._reading.discard(page)
                self._remember(rows)
                first = page * self._page
                self.dataChanged.emit(
                    self.index(first, 0), self.index(first + count - 1, len(HEADERS) - 1)
                )
                self.page_loaded.emit()

            self._ctx.runner.run_db(
                lambda ids=ids: bo.return_rows(backend.uow(readonly=True), ids, today),
                self._when_current(generation, done),
            )

    # --- Qt's side ------------------------------------------------------------------------

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return self.tr(HEADERS[section])
        return None

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending) and self._generation:
            return
        self._sort_column, self._descending = column, descending
        self.reload()

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self._rows.get(self._ids[index.row()])
        if row is None:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, ROW_ROLE):
                self._want(index.row())
            if role == Qt.ItemDataRole.DisplayRole and index.column() == COL_CODE:
                return LOADING
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if column == COL_DUE and row.urgency:
                return tone_brush(URGENCY_TONES[row.urgency], role)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_CUSTOMER:
            return row.customer_email or None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_CREATED:
            return moment(row.created_at)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            COL_KIND,
            COL_GOODS,
            COL_MONEY,
            COL_DUE,
        ):
            return self._display(row, column) or None  # whole, where the column cuts it
        return None

    def _display(self, row: ReturnRow, column: int) -> str:
        if column == COL_CODE:
            return row.code
        if column == COL_CREATED:
            return day(row.created_at.astimezone(HELSINKI).date())
        if column == COL_CUSTOMER:
            return row.customer_name
        if column == COL_ORDERS:
            return ", ".join(row.order_numbers)
        if column == COL_KIND:
            return name_of(KINDS, row.kind)
        if column == COL_GOODS:
            return goods_name(row.goods_state)
        if column == COL_MONEY:
            return money_name(row.money_state)
        if column == COL_DUE:
            text = day(row.refund_due)
            return f"{text} ({name_of(URGENCY, row.urgency)})" if row.urgency else text
        if column == COL_TOTAL:
            return money(row.refund_total, row.currency) if row.refund_total is not None else ""
        return row.station

    def _sort_value(self, row: ReturnRow, column: int) -> Any:
        return {
            COL_CODE: row.code,
            COL_CREATED: row.created_at,
            COL_CUSTOMER: row.customer_name,
            COL_ORDERS: ", ".join(row.order_numbers),
            COL_KIND: row.kind,
            COL_GOODS: row.goods_state,
            COL_MONEY: row.money_state,
            COL_DUE: row.refund_due,
            COL_TOTAL: row.refund_total,
            COL_STATION: row.station,
        }[column]
