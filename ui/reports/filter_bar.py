"""The period and the filters every report is asked for."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from returns_app.services.reports import ReportFilter, ReportOptions, labels
from ui.reports.chart_base import code_label

DATE_FORMAT = "d.M.yyyy"


def first_of_month(day: date) -> date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def this_month(today: date) -> tuple[date, date]:
    """From the first of this month to today."""
    return first_of_month(today), today


def last_month(today: date) -> tuple[date, date]:
    """The whole previous month."""
    end = first_of_month(today) - timedelta(days=1)
    return first_of_month(end), end


def last_90_days(today: date) -> tuple[date, date]:
    """The 90 days up to and including today."""
    return today - timedelta(days=89), today


class FilterBar(QWidget):
    """From and to dates, quick presets, and kind, category and station filters.

    Signals:
        changed(): the period or a filter changed (once per preset, not once per field).
    """

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today  # asked at each click: the app may stay open past midnight
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        self.date_from.setAccessibleName(self.tr("First day of the period"))
        self.date_to.setAccessibleName(self.tr("Last day of the period"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setKeyboardTracking(False)  # one change when typing is done, not per digit
        self.this_month_button = QPushButton(self.tr("This month"), self)
        self.last_month_button = QPushButton(self.tr("Last month"), self)
        self.last_90_button = QPushButton(self.tr("Last 90 days"), self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in labels.KINDS:
            self.kind_combo.addItem(code_label(labels.KINDS, kind), kind)
        self.category_combo = QComboBox(self)
        self.station_combo = QComboBox(self)
        self.set_options(ReportOptions((), (), None))
        # Two rows, and combos that do not grow with their longest entry: the bar must fit a
        # 1366 px screen in Finnish ("Edellinen kuukausi", "Kaikki tuoteryhmät").
        for combo in (self.kind_combo, self.category_combo, self.station_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        second = QHBoxLayout()
        outer.addLayout(layout)
        outer.addLayout(second)
        for widget in (
            QLabel(self.tr("From"), self),
            self.date_from,
            QLabel(self.tr("to"), self),
            self.date_to,
            self.this_month_button,
            self.last_month_button,
            self.last_90_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        for widget in (self.kind_combo, self.category_combo, self.station_combo):
            second.addWidget(widget)
        second.addStretch(1)
        self.set_period(*this_month(today()))
        self.date_from.dateChanged.connect(self._on_date_changed)
        self.date_to.dateChanged.connect(self._on_date_changed)
        self.this_month_button.clicked.connect(lambda: self.set_period(*this_month(self._today())))
        self.last_month_button.clicked.connect(lambda: self.set_period(*last_month(self._today())))
        self.last_90_button.clicked.connect(lambda: self.set_period(*last_90_days(self._today())))
        for combo in (self.kind_combo, self.category_combo, self.station_combo):
            combo.currentIndexChanged.connect(self.changed)

    def set_period(self, start: date, end: date) -> None:
        """Show the period ``start``..``end`` and say so once."""
        for edit, value in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)
        self.changed.emit()

    def set_options(self, options: ReportOptions) -> None:
        """Offer ``options``' categories and stations, keeping the current choices."""
        for combo, everything, values in (
            (self.category_combo, self.tr("All categories"), options.categories),
            (self.station_combo, self.tr("All stations"), options.stations),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def report_filter(self) -> ReportFilter:
        """The filter as chosen (a "to" day before the "from" day is taken as the same day)."""
        start = self.date_from.date().toPython()
        end = max(start, self.date_to.date().toPython())
        return ReportFilter(
            start,
            end,
            kind=self.kind_combo.currentData(),
            category=self.category_combo.currentData(),
            station=self.station_combo.currentData(),
        )

    def _on_date_changed(self, _value: QDate) -> None:
        self.changed.emit()
