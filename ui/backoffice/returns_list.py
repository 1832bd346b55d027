"""The returns list: find any return in seconds, by filters or by anything a customer quotes.

Typing in the search waits a moment before asking the database (so each key is not a query);
Enter asks at once, and a search that finds exactly one return opens it (a scanned return
code lands on its page).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

from returns_app.domain.states import GOODS_NAMES, MONEY_NAMES
from returns_app.services import backoffice as bo
from returns_app.services.backoffice import ReturnsFilter
from returns_app.services.live import ChangeSet
from returns_app.services.shop_settings import load_settings
from ui.backoffice import returns_model as m
from ui.backoffice.common import (
    KINDS,
    REASONS,
    URGENCY,
    EmptyHint,
    fit_columns,
    goods_name,
    money_name,
    name_of,
    report_error,
)
from ui.backoffice.returns_list_view import NO_DATE, OPEN, ReturnsListView
from ui.backoffice.returns_model import COL_CREATED, SORT_KEYS, ReturnsListModel
from ui.context import AppContext
from ui.money import money
from ui.style import Tone

OPEN_STATES = ("announced", "received", "inspected")
SEARCH_DELAY_MS = 350


def _widest(texts: list[str]) -> str:
    return max(texts, key=len)


def _day(edit_date: QDate) -> date | None:
    return None if edit_date == NO_DATE else edit_date.toPython()


class ReturnsListWidget(QWidget):
    """Filters, search and the lazy table of returns.

    Signals:
        open_requested(int): the id of a return to open.
        database_problem(str): the database did not answer (the main window says so).
    """

    open_requested = Signal(int)
    database_problem = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        search_delay_ms: int = SEARCH_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._open_single = False
        self.view = ReturnsListView(self)
        self.model = ReturnsListModel(ctx, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(search_delay_ms)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._wire()
        header = self.view.table.horizontalHeader()
        header.setSortIndicator(COL_CREATED, Qt.SortOrder.DescendingOrder)
        self.view.table.setSortingEnabled(True)  # the model's sort() reads the first page
        self._fit_columns()
        self.load_choices()

    def _wire(self) -> None:
        v = self.view
        v.table.setModel(self.model)
        self.empty_hint = EmptyHint(
            v.table,
            self.tr(
                "No returns match. Change the filters; a new station gets its returns when "
                "orders are imported (Import and export) and registered at the desk."
            ),
        )
        v.table.activated.connect(self._on_table_activated)
        v.table.horizontalHeader().sortIndicatorChanged.connect(
            self._on_header_sort_indicator_changed
        )
        v.search.textChanged.connect(self._on_search_text_changed)
        v.search.returnPressed.connect(self._on_search_return_pressed)
        self._search_timer.timeout.connect(self.apply_filter)
        for combo in (v.goods, v.money, v.kind, v.reason, v.station, v.due):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for edit in (v.date_from, v.date_to):
            edit.dateChanged.connect(self._on_filter_changed)
        v.clear.clicked.connect(self._on_clear_clicked)
        v.refresh.clicked.connect(self._on_refresh_clicked)
        self.model.loading_changed.connect(self._on_model_loading_changed)
        self.model.page_loaded.connect(self._on_model_page_loaded)
        self.model.failed.connect(self._on_model_failed)
        self._ctx.live.changed.connect(self._on_live_changed)

    def _fit_columns(self) -> None:
        fit_columns(
            self.view.table,
            {
                m.COL_CODE: "R00000123456",
                m.COL_CREATED: "29.11.2026",
                m.COL_ORDERS: "1000001",
                m.COL_KIND: _widest([name_of(KINDS, k) for k in KINDS]),
                m.COL_GOODS: _widest([goods_name(s) for s in GOODS_NAMES]),
                m.COL_MONEY: _widest([money_name(s) for s in MONEY_NAMES]),
                m.COL_DUE: "29.11.2026 (" + _widest([name_of(URGENCY, u) for u in URGENCY]) + ")",
                m.COL_TOTAL: money(Decimal("12345.67")),
                m.COL_STATION: "DESK-12",
            },
            stretch=m.COL_CUSTOMER,
            widest=QFontMetrics(self.view.table.font()).horizontalAdvance("M" * 10),
        )

    def focus_default(self) -> None:
        """Put the cursor in the search."""
        self.view.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.search.selectAll()

    # --- Choices from the database -------------------------------------------------------

    def load_choices(self) -> None:
        """Fill the reason and station filters (off the GUI thread)."""
        backend = self._ctx.backend

        def work() -> tuple[tuple[str, ...], list[str]]:
            reasons = load_settings(backend.uow(readonly=True)).return_reasons
            return reasons, bo.stations(backend.uow(readonly=True))

        self._ctx.runner.run_db(work, self._on_choices_loaded)

    def _on_choices_loaded(self, result, error: BaseException | None) -> None:
        if error is not None:
            self._show_error(error)
            return
        reasons, stations = result
        for combo, values, label in (
            (self.view.reason, reasons, lambda r: name_of(REASONS, r)),
            (self.view.station, stations, str),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # --- The filter ----------------------------------------------------------------------

    def current_filter(self) -> ReturnsFilter:
        """The filter the fields describe."""
        v = self.view
        goods = v.goods.currentData()
        return ReturnsFilter(
            goods_states=OPEN_STATES if goods == OPEN else ((goods,) if goods else ()),
            money_states=(v.money.currentData(),) if v.money.currentData() else (),
            kind=v.kind.currentData() or None,
            date_from=_day(v.date_from.date()),
            date_to=_day(v.date_to.date()),
            reason=v.reason.currentData() or None,
            station=v.station.currentData() or None,
            due=v.due.currentData() or None,
            text=v.search.text().strip(),
            today=self._ctx.today(),
        )

    def apply_filter(self) -> None:
        """Ask the database for the returns the fields describe."""
        self._search_timer.stop()
        self.view.message.clear_message()
        self.model.set_filter(self.current_filter())

    def _on_search_text_changed(self, text: str) -> None:
        del text
        self._open_single = False
        self._search_timer.start()

    def _on_search_return_pressed(self) -> None:
        self._open_single = bool(self.view.search.text().strip())
        self.apply_filter()

    def _on_filter_changed(self, *args) -> None:
        del args
        self._open_single = False
        self.apply_filter()

    def _on_clear_clicked(self) -> None:
        v = self.view
        widgets = (v.search, v.goods, v.money, v.kind, v.reason, v.station, v.due)
        for w in (*widgets, v.date_from, v.date_to):
            w.blockSignals(True)
        v.search.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        v.date_from.setDate(NO_DATE)
        v.date_to.setDate(NO_DATE)
        for w in (*widgets, v.date_from, v.date_to):
            w.blockSignals(False)
        self._open_single = False
        self.apply_filter()

    def _on_refresh_clicked(self) -> None:
        self.load_choices()
        self.model.reload()

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        del order
        if column not in SORT_KEYS:
            # Orders and refund totals are not sortable: keep showing the real sort.
            header = self.view.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.sort_column,
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    # --- Results --------------------------------------------------------------------------

    def _on_model_loading_changed(self, loading: bool) -> None:
        if loading:
            self.view.count.setText(self.tr("Searching…"))

    def _on_model_page_loaded(self) -> None:
        total = self.model.total
        number = QLocale().toString(total)
        self.view.count.setText(
            self.tr("1 return") if total == 1 else self.tr("{n} returns").format(n=number)
        )
        if self._open_single and not self.model.loading:
            self._open_single = False
            if total == 1 and self.model.rowCount() == 1:
                self.open_requested.emit(self.model.return_id(0))
            elif total == 0:
                self.view.message.say(
                    self.tr("Nothing found for “{text}”.").format(text=self.model.filter.text),
                    Tone.WARN,
                )

    def _on_model_failed(self, error: BaseException) -> None:
        self.view.count.setText("")
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.view.message, self.database_problem, error)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.return_id(index.row()))

    def refresh(self) -> None:
        """Read the rows shown again (a return may have changed)."""
        self.model.refresh_rows()

    def _on_live_changed(self, changes: ChangeSet) -> None:
        # The rows shown are read again where they are (selection, scroll and the search
        # being typed stay); a return registered elsewhere joins at the next search.
        if changes.everything or any(self.model.row_of(i) >= 0 for i in changes.return_ids):
            self.refresh()
