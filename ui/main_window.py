"""The main window: the scan field always ready, and a status bar about the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from returns_app.services.runtime import Backend, Overview, overview
from ui.settings import Settings
from ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    """Returns Desk's main window."""

    def __init__(self, backend: Backend, settings: Settings, runner: TaskRunner) -> None:
        super().__init__()
        self.backend = backend
        self.settings = settings
        self.runner = runner
        self.setWindowTitle(self.tr("Returns Desk"))
        self.resize(1366, 768)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.scan_field = QLineEdit(central)
        self.scan_field.setPlaceholderText(self.tr("Scan a parcel, a return code or an order"))
        font = self.scan_field.font()
        font.setPointSize(22)
        self.scan_field.setFont(font)
        layout.addWidget(self.scan_field)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.db_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh_status()

    def refresh_status(self) -> None:
        """Count rows off the GUI thread and show them."""
        self.runner.run_db(lambda: overview(self.backend), self._on_overview_done)

    def _on_overview_done(self, result: Overview | None, error: BaseException | None) -> None:
        if error is not None or result is None:
            self.db_label.setText(self.tr("Database unreachable"))
            return
        kind = self.tr("local") if result.kind == "local" else self.tr("shared")
        state = "" if result.reachable else self.tr(" (unreachable)")
        self.db_label.setText(
            self.tr("Database: {url} ({kind}){state}").format(
                url=result.display_url, kind=kind, state=state
            )
        )
        self.counts_label.setText(
            self.tr("{orders} orders · {returns} returns · {open} open").format(
                orders=result.orders, returns=result.returns, open=result.open_returns
            )
        )
