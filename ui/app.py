"""The composition root: settings, database, services and the main window are built here.

Areas: the desk first, then those of the modules named in :data:`ui.shell.EXTRA_AREAS`.

For the benchmark, ``RETURNS_BENCH_READY=1`` makes the app print
``RETURNS_BENCH_READY <unix time>`` when the scan field is ready and quit; with
``RETURNS_BENCH_USER`` and ``RETURNS_BENCH_PASSWORD`` it signs in without the dialog.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from returns_app.cli import main as cli_main
from returns_app.i18n import ReturnsError
from returns_app.services import users
from returns_app.services.runtime import open_backend
from ui import style
from ui.context import AppContext, UserSession
from ui.desk import desk_area
from ui.settings import Settings
from ui.shell import Area, extra_areas
from ui.tasks import TaskRunner
from ui.translator import install_language, render

log = logging.getLogger("returns_desk")

BENCH_READY = "RETURNS_BENCH_READY"


def _excepthook(exc_type, exc, tb) -> None:
    log.error("unhandled error", exc_info=(exc_type, exc, tb))
    text = render(exc.message) if isinstance(exc, ReturnsError) else str(exc)
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("app", "Returns Desk"), text
    )
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.exec()


def build_areas(ctx: AppContext) -> list[Area]:
    """The main window's areas: the desk, then the extra areas in their registered order."""
    return [desk_area(), *extra_areas(ctx)]


def set_locale(lang: str) -> None:
    """Numbers and money as the UI language writes them (29,90 € in Finnish)."""
    if lang == "fi":
        QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Ireland))


def _bench_sign_in(ctx: AppContext) -> bool:
    """Sign in from the environment (benchmark only), off the GUI thread like the dialog."""
    username = os.environ.get("RETURNS_BENCH_USER", "")
    password = os.environ.get("RETURNS_BENCH_PASSWORD", "")
    if not username:
        return False
    loop = QEventLoop()
    station = ctx.settings.get("station/name")

    def done(actor, error) -> None:
        if actor is not None:
            ctx.session.sign_in(actor)
        else:
            log.error("benchmark sign-in failed: %s", error)
        loop.quit()

    ctx.runner.run_db(
        lambda: users.authenticate(ctx.backend.uow(), username, password, station), done
    )
    loop.exec()
    return ctx.session.actor is not None


def run(args: argparse.Namespace) -> int:
    """Start the desktop app on the database the arguments, the settings or the default name."""
    logging.basicConfig(level=logging.INFO)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Returns Desk")
    app.setOrganizationName("ReturnsDesk")
    settings = Settings()
    lang = args.lang or settings.get("ui/language")
    install_language(lang)
    set_locale(lang)
    screen = app.primaryScreen()
    fit = style.screen_scale(screen.availableGeometry().height()) if screen else 1.0
    style.apply(app, settings.get("ui/font_scale") * fit)
    sys.excepthook = _excepthook
    try:
        from ui.backoffice.db_secrets import connection_url

        backend = open_backend(
            args.database or connection_url(settings) or None,
            station=settings.get("station/name"),
        )
    except ReturnsError as exc:
        QMessageBox.critical(None, app.translate("app", "Returns Desk"), render(exc.message))
        return 2
    runner = TaskRunner(app)
    ctx = AppContext(backend, settings, runner, UserSession())
    bench = os.environ.get(BENCH_READY) == "1"
    if not (bench and _bench_sign_in(ctx)):
        from ui.signin import SignInDialog

        dialog = SignInDialog(ctx)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            runner.wait()
            backend.close()
            return 0
    from ui.main_window import MainWindow

    window = MainWindow(ctx, build_areas(ctx))
    ctx.listen_for_changes()
    from ui.mail_sender import MailSender

    mail = MailSender(ctx, app)  # its own thread: never in the way of the desk's scans
    mail.start()
    window.show()
    if bench:
        window.activateWindow()
        _report_when_ready(app, window, time.monotonic() + 5)
    code = app.exec()
    mail.stop()
    ctx.live.stop()
    runner.wait()
    ctx.backend.close()
    return code


def _report_when_ready(app: QApplication, window, give_up: float) -> None:
    """Benchmark: print the moment the scan field has the focus (checked every 5 ms)."""
    field = getattr(window.area_widget("desk"), "scan_field", None)
    ready = field is not None and field.isVisible() and QApplication.focusWidget() is field
    if not ready and time.monotonic() < give_up:
        QTimer.singleShot(5, lambda: _report_when_ready(app, window, give_up))
        return
    print(f"{BENCH_READY} {time.time():.6f} focus={int(ready)}", flush=True)
    app.quit()


def main(argv: Sequence[str] | None = None) -> int:
    """The ``returns-app`` entry point: subcommands, or the desktop app."""
    return cli_main(argv, desktop=run)
