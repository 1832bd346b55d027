"""About Returns Desk: the name, the version, the database and its schema version.

Opened with Shift+F1 (listed in F1's help) from the main window. The database is asked off
the GUI thread; until it answers the dialog says "checking".
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from returns_app import __version__
from returns_app.resources import icon_path
from returns_app.services.runtime import AboutDatabase, about_database
from ui import style
from ui.context import AppContext

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The application icon, from the PNG sizes drawn from its SVG (crisp at every size)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_path(f"returns-desk-{size}.png")))
    return icon


def platform_text() -> str:
    """Python, Qt and the operating system, as a support person asks for them."""
    return (
        f"Python {platform.python_version()}, Qt {qVersion()} (PySide6 {pyside_version}), "
        f"{platform.system()} {platform.release()} {platform.machine()}"
    )


class AboutDialog(QDialog):
    """The app's name, version, database and schema version, and where the log is."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, log_file: str = ""
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("About Returns Desk"))
        self.setAccessibleName(self.tr("About Returns Desk"))
        self.setMinimumWidth(style.scaled(640))  # paths and the platform on few lines
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(style.scaled(64), style.scaled(64)))
        logo.setAccessibleName(self.tr("Returns Desk logo"))
        head.addWidget(logo)
        self.name_label = QLabel(self.tr("Returns Desk {version}").format(version=__version__))
        style.set_font(self.name_label, 2, bold=True)
        head.addWidget(self.name_label, 1)
        layout.addLayout(head)
        form = QFormLayout()
        self.database_label = QLabel(self.tr("checking…"))
        self.schema_label = QLabel(self.tr("checking…"))
        self.url_label = QLabel(ctx.backend.display_url)
        self.station_label = QLabel(ctx.settings.get("station/name"))
        self.platform_label = QLabel(platform_text())
        self.log_label = QLabel(log_file or self.tr("not written (the app runs without a log)"))
        for label in (self.url_label, self.platform_label, self.log_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Database:"), self.database_label)
        form.addRow(self.tr("Schema version:"), self.schema_label)
        form.addRow(self.tr("Address:"), self.url_label)
        form.addRow(self.tr("Station:"), self.station_label)
        form.addRow(self.tr("Runs on:"), self.platform_label)
        form.addRow(self.tr("Log file:"), self.log_label)
        layout.addLayout(form)
        layout.addStretch(1)  # room left over goes below the facts, not between them
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        backend = ctx.backend
        ctx.runner.run_io(lambda: about_database(backend), self._on_about_done)

    def _on_about_done(self, info: AboutDatabase | None, error: BaseException | None) -> None:
        if info is None or error is not None:
            self.database_label.setText(self.tr("did not answer"))
            self.schema_label.setText(self.tr("unknown"))
            return
        kind = self.tr("local file") if info.kind == "local" else self.tr("shared server")
        self.database_label.setText(
            self.tr("{engine}, {kind}").format(engine=info.engine_name, kind=kind)
            if info.reachable
            else self.tr("{engine}, {kind}, NOT reachable").format(
                engine=info.engine_name, kind=kind
            )
        )
        if info.schema is None:
            self.schema_label.setText(
                self.tr("unknown (this app: {head})").format(head=info.app_schema)
            )
        elif info.schema == info.app_schema:
            self.schema_label.setText(self.tr("{schema} (current)").format(schema=info.schema))
        else:
            self.schema_label.setText(
                self.tr("{schema} (this app: {head})").format(
                    schema=info.schema, head=info.app_schema
                )
            )
