"""The composition root: settings, database, services and the main window are built here."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from returns_app.cli import main as cli_main
from returns_app.i18n import ReturnsError
from returns_app.services.runtime import open_backend
from ui.settings import Settings
from ui.tasks import TaskRunner
from ui.translator import install_language, render

log = logging.getLogger("returns_desk")


def _excepthook(exc_type, exc, tb) -> None:
    log.error("unhandled error", exc_info=(exc_type, exc, tb))
    text = render(exc.message) if isinstance(exc, ReturnsError) else str(exc)
    box = QMessageBox(QMessageBox.Icon.Critical, "Returns Desk", text)
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.exec()


def run(args: argparse.Namespace) -> int:
    """Start the desktop app on the database the arguments, the settings or the default name."""
    logging.basicConfig(level=logging.INFO)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Returns Desk")
    app.setOrganizationName("ReturnsDesk")
    settings = Settings()
    install_language(args.lang or settings.get("ui/language"))
    sys.excepthook = _excepthook
    try:
        backend = open_backend(args.database or settings.get("database/url") or None)
    except ReturnsError as exc:
        QMessageBox.critical(None, app.translate("app", "Returns Desk"), render(exc.message))
        return 2
    from ui.main_window import MainWindow

    window = MainWindow(backend, settings, TaskRunner(app))
    window.show()
    code = app.exec()
    backend.close()
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """The ``returns-app`` entry point: subcommands, or the desktop app."""
    return cli_main(argv, desktop=run)


if __name__ == "__main__":
    sys.exit(main())
