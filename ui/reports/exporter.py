"""Saving what the Reports area shows: a chart as PNG, its data as CSV, the month as PDF.

The user picks the file on the GUI thread; reading the database and writing the file happen
on the runner's pools.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from returns_app.services import reports, shop_settings
from returns_app.services.reports import ReportFilter
from returns_app.services.runtime import Backend
from ui.reports.export import TableData, save_image, write_bytes, write_csv
from ui.tasks import ImmediateRunner, TaskRunner

ChoosePath = Callable[[str, str], str | None]


class ReportExporter(QObject):
    """Writes report files off the GUI thread.

    Signals:
        busy(str): what it is doing, for a status line.
        saved(str): a file was written; its path.
        failed(object): the exception that stopped it.
    """

    busy = Signal(str)
    saved = Signal(str)
    failed = Signal(object)

    def __init__(
        self,
        backend: Backend,
        runner: TaskRunner | ImmediateRunner,
        lang: str,
        choose_path: ChoosePath | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._runner = runner
        self._lang = lang
        self._window = parent
        self._choose_path = choose_path or self._ask_save_path

    def png(self, widget: QWidget, suggested: str) -> None:
        """Save a picture of ``widget`` (a chart view)."""
        path = self._choose_path(suggested, self.tr("PNG images (*.png)"))
        if not path:
            return
        image = widget.grab().toImage()  # grabbed here: widgets belong to the GUI thread
        self._runner.run_io(lambda: save_image(path, image), self._on_file_written)

    def csv(self, table: TableData, suggested: str) -> None:
        """Save ``table`` as CSV."""
        path = self._choose_path(suggested, self.tr("CSV files (*.csv)"))
        if path:
            self._runner.run_io(lambda: write_csv(path, table), self._on_file_written)

    def monthly_pdf(self, month: ReportFilter, *, today: date, b_stock_fraction: Decimal) -> None:
        """Read the month's summary, then render and save its one-page PDF."""
        path = self._choose_path(
            f"returns-{month.date_from:%Y-%m}.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        backend = self._backend

        def read() -> tuple[reports.MonthlySummary, str]:
            summary = reports.monthly_summary(
                backend.uow(readonly=True), month, today=today, b_stock_fraction=b_stock_fraction
            )
            return summary, shop_settings.load_settings(backend.uow(readonly=True)).shop_name

        self.busy.emit(self.tr("Making the monthly summary…"))
        self._runner.run_db(read, partial(self._on_summary_read, path))

    def _on_summary_read(self, path: str, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self.failed.emit(error)
            return
        summary, shop_name = result
        lang, created = self._lang, datetime.now(UTC)

        def render() -> str:
            pdf = reports.render_monthly_pdf(
                summary, lang=lang, shop_name=shop_name, created_at=created
            )
            return write_bytes(path, pdf)

        self._runner.run_io(render, self._on_file_written)

    def _on_file_written(self, path: str | None, error: BaseException | None) -> None:
        if error is not None or path is None:
            self.failed.emit(error)
            return
        self.saved.emit(path)

    def _ask_save_path(self, suggested: str, file_filter: str) -> str | None:
        start = str(Path.home() / suggested)
        path, _chosen = QFileDialog.getSaveFileName(
            self._window, self.tr("Save as"), start, file_filter
        )
        return path or None
