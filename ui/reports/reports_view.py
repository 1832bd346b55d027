"""The Reports area: what returns cost the shop and why they happen, as charts.

Every report is read off the GUI thread (``runner.run_db``); files are written on the IO pool
(``runner.run_io``). A newer request makes older answers stale: they are dropped on arrival.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.calendar import notice_date_from_utc
from returns_app.i18n import ReturnsError
from returns_app.services import reports
from returns_app.services.reports import Granularity, GroupBy, ReportFilter
from ui.context import AppContext
from ui.money import SHOP_CURRENCY, locale_for, money
from ui.reports.chart_base import percent
from ui.reports.chart_panel import ChartPanel
from ui.reports.charts import ChartFactory
from ui.reports.export import TableData
from ui.reports.exporter import ChoosePath, ReportExporter
from ui.reports.filter_bar import FilterBar
from ui.reports.widgets import DataTable, KpiStrip
from ui.translator import render, ui_language

AUTO_DAYS = 45  # "Automatic" shows days up to this many, weeks beyond


def helsinki_today() -> date:
    """Today in Helsinki."""
    return notice_date_from_utc(datetime.now(UTC))


class ReportsView(QWidget):
    """Period and filters, key figures, and the report charts in tabs.

    Signals:
        refreshed(): every report of the latest request has arrived.
        exported(str): a file was written; its path.
        failed(str): something went wrong; the message shown.
    """

    refreshed = Signal()
    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        choose_path: ChoosePath | None = None,
        today: Callable[[], date] | None = None,
        b_stock_fraction: Decimal = reports.B_STOCK_FRACTION,
    ) -> None:
        super().__init__(parent)
        self._backend = context.backend
        self._runner = context.runner
        self._lang = ui_language()  # as the UI runs (``--lang``), not the saved setting
        self._today = today or context.today
        self._b_stock_fraction = b_stock_fraction
        self._charts = ChartFactory(self._lang, self)
        self.exporter = ReportExporter(self._backend, self._runner, self._lang, choose_path, self)
        self._generation = 0
        self._pending = 0
        self._filter: ReportFilter | None = None
        self._failed = False
        self._build()
        self._wire()
        backend = self._backend
        self._runner.run_db(
            lambda: reports.report_options(backend.uow(readonly=True)), self._on_options_read
        )
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.filters = FilterBar(self._today, self)
        self.pdf_button = QPushButton(self.tr("Monthly PDF summary"), self)
        self.pdf_button.setToolTip(self.tr("A one-page summary of the month the period starts in"))
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.pdf_button)

        self.kpi_strip = KpiStrip(self)
        self.kpis = self.kpi_strip.values

        self.granularity_combo = QComboBox(self)
        self.granularity_combo.addItem(self.tr("Automatic"), None)
        self.granularity_combo.addItem(self.tr("Per day"), Granularity.DAY)
        self.granularity_combo.addItem(self.tr("Per week"), Granularity.WEEK)
        self.volume_panel = ChartPanel("returns-per-day", self)
        self.volume_panel.add_tool(self.granularity_combo)

        self.reasons_panel = ChartPanel("return-reasons", self)
        self.group_combo = QComboBox(self)
        self.group_combo.addItem(self.tr("Per category"), GroupBy.CATEGORY)
        self.group_combo.addItem(self.tr("Per product (top 10)"), GroupBy.PRODUCT)
        self.groups_panel = ChartPanel("reasons-per-group", self)
        self.groups_panel.add_tool(self.group_combo)

        self.min_sold_spin = QSpinBox(self)
        self.min_sold_spin.setRange(1, 1_000_000)
        self.min_sold_spin.setValue(reports.MIN_SOLD)
        self.min_sold_spin.setKeyboardTracking(False)
        self.min_sold_spin.setPrefix(self.tr("Sold at least "))
        self.min_sold_spin.setAccessibleName(self.tr("Products sold at least this many times"))
        self.rates_panel = ChartPanel("return-rates", self)
        self.rates_panel.add_tool(self.min_sold_spin)

        self.lead_panel = ChartPanel("refund-lead-times", self)
        self.late_label = QLabel(self)
        self.late_csv_button = QPushButton(self.tr("Export CSV"), self)
        self.late_csv_button.setEnabled(False)
        self.late_table = DataTable(self._lang, self)
        self.late_data: TableData | None = None

        self.value_panel = ChartPanel("value-recovered", self)
        self.grades_panel = ChartPanel("grades", self)

        self.throughput_combo = QComboBox(self)
        self.throughput_combo.addItem(self.tr("By user"), GroupBy.USER)
        self.throughput_combo.addItem(self.tr("By station"), GroupBy.STATION)
        self.throughput_panel = ChartPanel("throughput", self)
        self.throughput_panel.add_tool(self.throughput_combo)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.volume_panel, self.tr("Returns"))
        self.tabs.addTab(
            self._side_by_side(self.reasons_panel, self.groups_panel), self.tr("Reasons")
        )
        self.tabs.addTab(self.rates_panel, self.tr("Products"))
        self.tabs.addTab(self._refunds_tab(), self.tr("Refunds"))
        self.tabs.addTab(self._side_by_side(self.value_panel, self.grades_panel), self.tr("Value"))
        self.tabs.addTab(self.throughput_panel, self.tr("Throughput"))

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.kpi_strip)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    def _side_by_side(self, left: QWidget, right: QWidget) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(left, 0, 0)
        grid.addWidget(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return page

    def _refunds_tab(self) -> QWidget:
        page = QWidget(self)
        header = QHBoxLayout()
        header.addWidget(self.late_label, 1)
        header.addWidget(self.late_csv_button)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.lead_panel, 3)
        box.addLayout(header)
        box.addWidget(self.late_table, 2)
        return page

    def _wire(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.granularity_combo.currentIndexChanged.connect(lambda _i: self._reload("volume"))
        self.group_combo.currentIndexChanged.connect(lambda _i: self._reload("groups"))
        self.min_sold_spin.valueChanged.connect(lambda _v: self._reload("rates"))
        self.throughput_combo.currentIndexChanged.connect(lambda _i: self._reload("throughput"))
        for panel in self.panels():
            panel.export_png_requested.connect(partial(self._on_panel_export_png, panel))
            panel.export_csv_requested.connect(partial(self._on_panel_export_csv, panel))
        self.late_csv_button.clicked.connect(self._on_late_csv_button_clicked)
        self.exporter.busy.connect(self.status.setText)
        self.exporter.saved.connect(self._on_exporter_saved)
        self.exporter.failed.connect(self._on_exporter_failed)

    def panels(self) -> list[ChartPanel]:
        """Every chart panel, in tab order."""
        return [
            self.volume_panel,
            self.reasons_panel,
            self.groups_panel,
            self.rates_panel,
            self.lead_panel,
            self.value_panel,
            self.grades_panel,
            self.throughput_panel,
        ]

    # --- reading the reports --------------------------------------------------------------

    def granularity(self, f: ReportFilter) -> Granularity:
        """The chosen granularity, or days for short periods and weeks for long ones."""
        chosen = self.granularity_combo.currentData()
        if chosen is not None:
            return Granularity(chosen)
        return Granularity.DAY if f.days <= AUTO_DAYS else Granularity.WEEK

    def _jobs(self, f: ReportFilter) -> dict[str, tuple[Callable[[], Any], Callable[[Any], None]]]:
        uow = partial(self._backend.uow, readonly=True)
        granularity = self.granularity(f)
        group_by = GroupBy(self.group_combo.currentData())
        min_sold = self.min_sold_spin.value()
        throughput_by = GroupBy(self.throughput_combo.currentData())
        today, fraction = self._today(), self._b_stock_fraction
        return {
            "volume": (lambda: reports.returns_volume(uow(), f, granularity), self._show_volume),
            "reasons": (lambda: reports.return_reasons(uow(), f), self._show_reasons),
            "groups": (
                lambda: reports.reasons_by_group(uow(), f, group_by),
                lambda rows: self.groups_panel.set_content(
                    self._charts.reasons_by_group(rows, group_by)
                ),
            ),
            "lead": (
                lambda: reports.refund_lead_times(uow(), f, today=today),
                self._show_lead_times,
            ),
            "value": (
                lambda: reports.recovery_value(uow(), f, b_stock_fraction=fraction),
                self._show_value,
            ),
            "throughput": (
                lambda: reports.throughput(uow(), f, throughput_by),
                lambda rows: self.throughput_panel.set_content(
                    self._charts.throughput(rows, throughput_by)
                ),
            ),
            # The slowest (it reads every order line of the period) last, so that the
            # single database worker shows every other chart first.
            "rates": (
                lambda: reports.return_rates(uow(), f, min_sold=min_sold),
                lambda rows: self.rates_panel.set_content(self._charts.rates(rows, min_sold)),
            ),
        }

    def refresh(self) -> None:
        """Read every report for the chosen period and filters."""
        try:
            f = self.filters.report_filter()
        except ReturnsError as exc:
            self._fail(render(exc.message))
            return
        self._filter = f
        self._generation += 1
        jobs = self._jobs(f)
        self._pending = len(jobs)
        self._failed = False
        self.status.setText(self.tr("Reading the reports…"))
        for name, (read, show) in jobs.items():
            self._runner.run_db(read, partial(self._on_report_read, self._generation, name, show))

    def _reload(self, name: str) -> None:
        if self._filter is None:
            return
        read, show = self._jobs(self._filter)[name]
        self._pending += 1
        self._runner.run_db(read, partial(self._on_report_read, self._generation, name, show))

    def _on_report_read(
        self,
        generation: int,
        name: str,
        show: Callable[[Any], None],
        result: Any,
        error: BaseException | None,
    ) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self._pending -= 1
        if error is not None:
            self._fail(self._error_text(error))
        else:
            show(result)
        if self._pending == 0:
            if not self._failed:
                self.status.clear()
            self.refreshed.emit()

    def _on_options_read(
        self, options: reports.ReportOptions | None, error: BaseException | None
    ) -> None:
        if error is not None or options is None:
            self._fail(self._error_text(error))
            return
        self.filters.set_options(options)

    # --- showing them ---------------------------------------------------------------------

    def _show_volume(self, report: reports.VolumeReport) -> None:
        self.volume_panel.name = f"returns-per-{report.granularity.value}"
        self.volume_panel.set_content(self._charts.volume(report))
        self.kpis["returns"].setText(str(report.returns))
        self.kpis["units"].setText(str(report.units))

    def _show_reasons(self, rows: tuple[reports.ReasonRow, ...]) -> None:
        self.reasons_panel.set_content(self._charts.reasons(rows))

    def _show_lead_times(self, report: reports.LeadTimeReport) -> None:
        self.lead_panel.set_content(self._charts.lead_times(report))
        self.kpis["refunded"].setText(
            money(report.refunded_total, SHOP_CURRENCY, locale_for(self._lang))
        )
        self.kpis["on_time"].setText(percent(report.on_time_share, self._lang))
        self.kpis["overdue"].setText(str(report.open_overdue))
        self.late_data = self._charts.late_table(report)
        self.late_table.show_table(self.late_data)
        self.late_csv_button.setEnabled(True)
        self.late_label.setText(
            self.tr(
                "Late refunds: {late} of {issued} issued after the due day, {open} unpaid past it"
            ).format(late=report.issued_late, issued=report.issued, open=report.open_overdue)
        )

    def _show_value(self, report: reports.ValueReport) -> None:
        self.value_panel.set_content(self._charts.value(report))
        self.grades_panel.set_content(self._charts.grades(report))
        self.kpis["recovered"].setText(
            money(report.recovered, SHOP_CURRENCY, locale_for(self._lang))
        )
        self.kpis["written_off"].setText(
            money(report.written_off, SHOP_CURRENCY, locale_for(self._lang))
        )

    # --- exporting ------------------------------------------------------------------------

    def _suggested(self, stem: str, suffix: str) -> str:
        f = self._filter
        period = f"{f.date_from.isoformat()}_{f.date_to.isoformat()}" if f else "report"
        return f"{stem}-{period}.{suffix}"

    def _on_panel_export_png(self, panel: ChartPanel) -> None:
        self.exporter.png(panel.view, self._suggested(panel.name, "png"))

    def _on_panel_export_csv(self, panel: ChartPanel) -> None:
        if panel.table is not None:
            self.exporter.csv(panel.table, self._suggested(panel.name, "csv"))

    def _on_late_csv_button_clicked(self) -> None:
        if self.late_data is not None:
            self.exporter.csv(self.late_data, self._suggested("late-refunds", "csv"))

    def _on_pdf_button_clicked(self) -> None:
        try:
            chosen = self.filters.report_filter()
        except ReturnsError as exc:
            self._fail(render(exc.message))
            return
        month = reports.month_filter(
            chosen.date_from.year,
            chosen.date_from.month,
            kind=chosen.kind,
            category=chosen.category,
            station=chosen.station,
        )
        self.exporter.monthly_pdf(
            month, today=self._today(), b_stock_fraction=self._b_stock_fraction
        )

    def _on_exporter_saved(self, path: str) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=path))
        self.exported.emit(path)

    def _on_exporter_failed(self, error: BaseException | None) -> None:
        self._fail(self._error_text(error))

    # --- errors ---------------------------------------------------------------------------

    def _error_text(self, error: BaseException | None) -> str:
        if isinstance(error, ReturnsError):
            return render(error.message)
        return self.tr("The reports could not be read or saved: {error}").format(error=error)

    def _fail(self, text: str) -> None:
        self.status.setText(text)
        self._failed = True
        self.failed.emit(text)
