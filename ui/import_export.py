"""Import orders and products, export credit notes and stock movements: one dialog, two tabs.

The import runs on the database worker (never on the GUI thread) with a progress bar and a
Cancel button; the report lists every error with its line and column and, when a file had
errors, offers to import the valid records anyway. Exports run the same way and write the
chosen file or folder. The dialog only calls services: it gets a
:class:`~returns_app.services.runtime.Backend`, a task runner and the signed-in actor.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.i18n import ReturnsError
from returns_app.services.runtime import Backend
from ui.context import AppContext
from ui.money import SHOP_CURRENCY, money_sum
from ui.shell import Area
from ui.translator import render

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

if TYPE_CHECKING:
    from returns_app.services.exporting import ExportResult
    from returns_app.services.importing import ImportReport, RowError

# The importers and exporters (and what they load) are imported when the area is first
# opened, not at the desk's cold start.
Importer = Callable[..., "ImportReport"]


class ErrorTableModel(QAbstractTableModel):
    """The errors of an import report: line, column, record, problem.

    Signals:
        None of its own (the standard model signals).
    """

    COL_LINE, COL_COLUMN, COL_RECORD, COL_PROBLEM = range(4)
    SORT_ROLE = Qt.ItemDataRole.UserRole
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._errors: tuple[RowError, ...] = ()

    def set_errors(self, errors: tuple[RowError, ...]) -> None:
        """Show ``errors``."""
        self.beginResetModel()
        self._errors = errors
        self.endResetModel()

    @override
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._errors)

    @override
    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Line"), self.tr("Column"), self.tr("Order / SKU"), self.tr("Problem"))[
            section
        ]

    @override
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._errors):
            return None
        error = self._errors[index.row()]
        col = index.column()
        if role == self.ROW_ROLE:
            return error
        if role == self.SORT_ROLE:
            return (error.line, error.column, error.record, error.line)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_LINE:
                return str(error.line)
            if col == self.COL_COLUMN:
                return error.column
            if col == self.COL_RECORD:
                return error.record
            return render(error.message)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the GUI thread.

    Signals:
        progressed(int, int): lines read, lines in the file.
    """

    progressed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._last = -1

    def report(self, done: int, total: int) -> None:
        """Called on the worker: emit when the percentage moves (queued to the GUI thread)."""
        percent = done * 100 // total if total else 100
        if percent != self._last:
            self._last = percent
            self.progressed.emit(done, total)


class ImportExportDialog(QDialog):
    """Import and export, off the GUI thread.

    Signals:
        import_finished(object): the :class:`ImportReport` of an import that ran.
        export_finished(object): the :class:`ExportResult` of an export that ran.
    """

    import_finished = Signal(object)
    export_finished = Signal(object)

    def __init__(
        self,
        backend: Backend,
        runner: Any,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        orders_importer: Importer | None = None,
        products_importer: Importer | None = None,
        tracking_importer: Importer | None = None,
        embedded: bool = False,
    ) -> None:
        super().__init__(parent)
        if embedded:  # shown as an area of the main window, not as a window of its own
            self.setWindowFlags(Qt.WindowType.Widget)
        self.backend = backend
        self.runner = runner
        self.actor = actor
        from returns_app.services.importing import (
            import_orders,
            import_products,
            import_tracking_events,
        )

        self._importers = {
            "orders": orders_importer or import_orders,
            "products": products_importer or import_products,
            "tracking": tracking_importer or import_tracking_events,
        }
        self._cancel = threading.Event()
        self._running = False
        self._last: tuple[str, str, str | None] | None = None
        self.setWindowTitle(self.tr("Import and export"))
        self.resize(900, 620)
        tabs = QTabWidget(self)
        tabs.addTab(self._build_import(), self.tr("Import"))
        tabs.addTab(self._build_export(), self.tr("Export"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        if not embedded:
            close = QPushButton(self.tr("Close"), self)
            close.clicked.connect(self.reject)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(close)
            layout.addLayout(row)
        self._on_kind_changed()
        self._on_export_what_changed()
        self._apply_permissions()

    @classmethod
    def for_context(cls, ctx: AppContext, parent: QWidget | None = None) -> ImportExportDialog:
        """The dialog for the signed-in user of ``ctx``."""
        return cls(ctx.backend, ctx.runner, ctx.actor, parent)

    # --- Layout --------------------------------------------------------------------------

    def _build_import(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        self.kind_combo = QComboBox(page)
        self.kind_combo.addItem(self.tr("Orders"), "orders")
        self.kind_combo.addItem(self.tr("Products"), "products")
        self.kind_combo.addItem(self.tr("Delivery days (carrier's tracking events)"), "tracking")
        self.format_combo = QComboBox(page)
        self.format_combo.addItem(self.tr("Recognise from the file"), None)
        self.format_combo.addItem(self.tr("Shopify order export"), "shopify")
        self.format_combo.addItem(self.tr("WooCommerce order export"), "woocommerce")
        self.format_combo.addItem(self.tr("Returns Desk CSV"), "csv")
        self.format_combo.addItem(self.tr("Returns Desk JSON"), "json")
        self.file_edit = QLineEdit(page)
        self.file_edit.setPlaceholderText(self.tr("The file to import"))
        self.browse_button = QPushButton(self.tr("Choose…"), page)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form.addRow(self.tr("What"), self.kind_combo)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("File"), file_row)
        self.import_button = QPushButton(self.tr("Import"), page)
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(page)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        self.summary_label = QLabel(page)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_model = ErrorTableModel(page)
        self.errors_view = QTableView(page)
        self.errors_view.setAccessibleName(self.tr("Rows with problems"))
        self.errors_view.setModel(self.errors_model)
        self.errors_view.setAlternatingRowColors(True)
        self.errors_view.setWordWrap(True)
        self.errors_view.verticalHeader().setVisible(False)
        header = self.errors_view.horizontalHeader()
        header.setSectionResizeMode(ErrorTableModel.COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        for col in (
            ErrorTableModel.COL_LINE,
            ErrorTableModel.COL_COLUMN,
            ErrorTableModel.COL_RECORD,
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.partial_button = QPushButton(self.tr("Import the valid records anyway"), page)
        self.partial_button.setVisible(False)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.errors_view, 1)
        partial_row = QHBoxLayout()
        partial_row.addStretch(1)
        partial_row.addWidget(self.partial_button)
        layout.addLayout(partial_row)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.partial_button.clicked.connect(self._on_partial_clicked)
        return page

    def _build_export(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        self.export_what = QComboBox(page)
        self.export_what.addItem(self.tr("Credit notes (issued refunds)"), "refunds")
        self.export_what.addItem(self.tr("Stock movements"), "stock")
        today = QDate.currentDate()
        first = QDate(today.year(), today.month(), 1).addMonths(-1)
        self.from_edit = QDateEdit(first, page)
        self.to_edit = QDateEdit(first.addMonths(1).addDays(-1), page)
        self.from_edit.setAccessibleName(self.tr("First day to export"))
        self.to_edit.setAccessibleName(self.tr("Last day to export"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d.M.yyyy")
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel("–", page))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        self.export_format = QComboBox(page)
        self.export_format.addItem(self.tr("CSV for accounting"), "csv")
        self.export_format.addItem(self.tr("Finvoice 3.0 credit notes (one file each)"), "finvoice")
        self.decimal_combo = QComboBox(page)
        self.decimal_combo.addItem(self.tr("Decimal comma (12,50)"), ",")
        self.decimal_combo.addItem(self.tr("Decimal point (12.50)"), ".")
        self.format_hint = QLabel(page)
        self.format_hint.setWordWrap(True)
        self.out_edit = QLineEdit(page)
        self.out_edit.setAccessibleName(self.tr("File or folder to export to"))
        self.out_browse = QPushButton(self.tr("Choose…"), page)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.out_browse)
        form.addRow(self.tr("What"), self.export_what)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Format"), self.export_format)
        form.addRow(self.tr("Decimals"), self.decimal_combo)
        form.addRow(self.tr("Save to"), out_row)
        self.export_button = QPushButton(self.tr("Export"), page)
        self.export_label = QLabel(page)
        self.export_label.setWordWrap(True)
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.format_hint)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.export_label)
        layout.addStretch(1)
        self.export_what.currentIndexChanged.connect(self._on_export_what_changed)
        self.export_format.currentIndexChanged.connect(self._on_export_what_changed)
        self.out_browse.clicked.connect(self._on_out_browse_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        return page

    def _apply_permissions(self) -> None:
        if not self.actor.may("import"):
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr("Importing needs a supervisor or an admin."))
        if not self.actor.may("export"):
            self.export_button.setEnabled(False)
            self.export_button.setToolTip(self.tr("Exporting needs a supervisor or an admin."))

    # --- Import --------------------------------------------------------------------------

    def _on_kind_changed(self) -> None:
        self.format_combo.setEnabled(self.kind_combo.currentData() == "orders")

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            "",
            self.tr("CSV or JSON (*.csv *.txt *.json);;All files (*)"),
        )
        if path:
            self.file_edit.setText(path)

    def _on_import_clicked(self) -> None:
        path = self.file_edit.text().strip()
        if not path or not Path(path).is_file():
            self._show_problem(self.tr("Choose a file to import."))
            return
        self._start_import(
            self.kind_combo.currentData(), path, self.format_combo.currentData(), False
        )

    def _on_partial_clicked(self) -> None:
        if self._last is not None:
            self._start_import(*self._last, True)

    def _on_cancel_clicked(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.summary_label.setText(self.tr("Cancelling…"))

    def _start_import(self, kind: str, path: str, fmt: str | None, partial: bool) -> None:
        self._last = (kind, path, fmt)
        self._cancel = threading.Event()
        relay = _ProgressRelay()
        relay.progressed.connect(self._on_progress)
        self._relay = relay  # kept alive while the task runs
        importer = self._importers[kind]
        backend, actor, cancel = self.backend, self.actor, self._cancel.is_set
        kwargs: dict[str, Any] = {
            "allow_partial": partial,
            "actor": actor,
            "cancel": cancel,
            "progress": relay.report,
        }
        if kind == "orders":
            kwargs["fmt"] = fmt

        def task() -> ImportReport:
            return importer(backend.uow(long=True), Path(path), **kwargs)

        self._set_running(True)
        self.progress.setValue(0)
        self.errors_model.set_errors(())
        self.partial_button.setVisible(False)
        self.summary_label.setText(self.tr("Importing…"))
        self.runner.run_db(task, self._on_import_done)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // total if total else 100)

    def _on_import_done(self, report: ImportReport | None, error: BaseException | None) -> None:
        self._set_running(False)
        if error is not None or report is None:
            self._show_problem(
                render(error.message) if isinstance(error, ReturnsError) else str(error)
            )
            return
        # The bar shows what was written: a file refused or cancelled leaves it empty.
        self.progress.setValue(100 if report.written else 0)
        self.summary_label.setText(render(report.summary()))
        self.errors_model.set_errors(report.errors)
        self.errors_view.resizeRowsToContents()
        valid = report.records - report.invalid - report.skipped
        offer = bool(report.errors) and not report.written and not report.cancelled and valid > 0
        self.partial_button.setText(
            self.tr("Import the {count} valid record(s) anyway").format(count=valid)
        )
        self.partial_button.setVisible(offer)
        self.import_finished.emit(report)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.import_button.setEnabled(not running and self.actor.may("import"))
        self.partial_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for w in (self.kind_combo, self.format_combo, self.file_edit, self.browse_button):
            w.setEnabled(not running)
        if not running:
            self._on_kind_changed()

    def _show_problem(self, text: str) -> None:
        self.summary_label.setText(text)

    # --- Export --------------------------------------------------------------------------

    def _on_export_what_changed(self) -> None:
        refunds = self.export_what.currentData() == "refunds"
        fmt = self.export_format.currentData()
        self.export_format.setEnabled(refunds)
        self.decimal_combo.setEnabled(refunds and fmt == "csv")
        if not refunds:
            hint = self.tr(
                "One row per stock movement: when, product, location, quantity and the "
                "balance after it, reason and return. Semicolon-separated UTF-8."
            )
        elif fmt == "finvoice":
            hint = self.tr(
                "One Finvoice 3.0 credit note (INV02) per refund, named by its number, in the "
                "chosen folder. Needs the shop's IBAN in the settings."
            )
        else:
            hint = self.tr(
                "One row per credit note and VAT rate, amounts negative, semicolon-separated: "
                "Procountor, Netvisor and Excel read it as it is."
            )
        self.format_hint.setText(hint)

    def _export_to_folder(self) -> bool:
        return (
            self.export_what.currentData() == "refunds"
            and self.export_format.currentData() == "finvoice"
        )

    def _on_out_browse_clicked(self) -> None:
        if self._export_to_folder():
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a folder for the Finvoice files")
            )
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the CSV as"), "", self.tr("CSV (*.csv)")
            )
        if path:
            self.out_edit.setText(path)

    def _on_export_clicked(self) -> None:
        out = self.out_edit.text().strip()
        if not out:
            self.export_label.setText(self.tr("Choose where to save the export."))
            return
        start, end = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        what, fmt = self.export_what.currentData(), self.export_format.currentData()
        decimal, folder = self.decimal_combo.currentData(), self._export_to_folder()
        backend, actor = self.backend, self.actor

        def task() -> tuple[ExportResult, Path]:
            from returns_app.services.exporting import (
                export_refunds,
                export_stock_movements,
                save,
            )

            if what == "refunds":
                result = export_refunds(
                    backend.uow(readonly=True), actor, start, end, fmt, decimal=decimal
                )
            else:
                result = export_stock_movements(backend.uow(readonly=True), actor, start, end)
            return result, save(result, Path(out), folder)

        self.export_button.setEnabled(False)
        self.export_label.setText(self.tr("Exporting…"))
        self.runner.run_db(task, self._on_export_done)

    def _on_export_done(
        self, result: tuple[ExportResult, Path] | None, error: BaseException | None
    ) -> None:
        self.export_button.setEnabled(self.actor.may("export"))
        if error is not None or result is None:
            self.export_label.setText(
                render(error.message) if isinstance(error, ReturnsError) else str(error)
            )
            return
        exported, where = result
        if self.export_what.currentData() == "refunds":
            text = self.tr("{count} credit note(s), {total} in all, saved to {path}.").format(
                count=exported.count,
                total=money_sum(
                    ((amount, code) for code, amount in exported.totals)
                    if exported.totals
                    else ((exported.total, SHOP_CURRENCY),)
                ),
                path=str(where),
            )
        else:
            text = self.tr("{count} stock movement(s) saved to {path}.").format(
                count=exported.count, path=str(where)
            )
        self.export_label.setText(text)
        self.export_finished.emit(exported)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def areas(ctx: AppContext) -> list[Area]:
    """The import and export area (supervisors and admins)."""
    del ctx

    def make(context: AppContext) -> QWidget:
        return ImportExportDialog(context.backend, context.runner, context.actor, embedded=True)

    title = QCoreApplication.translate("ImportExportDialog", "Import and export")
    return [Area("import_export", title, make, permission="import")]
