"""The composition root: settings, database, services and the main window are built here.

Areas: the desk first, then those of the modules named in :data:`ui.shell.EXTRA_AREAS`.

For the benchmark, ``RETURNS_BENCH_READY=1`` makes the app print
``RETURNS_BENCH_READY <unix time>`` when the scan field is ready and quit; with
``RETURNS_BENCH_USER`` and ``RETURNS_BENCH_PASSWORD`` it signs in without the dialog.
"""

from __future__ import annotations

import argparse
import gc
import getpass
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from returns_app import __version__
from returns_app.cli import main as cli_main
from returns_app.i18n import ReturnsError
from returns_app.services import users
from returns_app.services.runtime import database_identity, open_backend
from ui import style
from ui.context import AppContext, UserSession
from ui.desk import desk_area
from ui.money import locale_for
from ui.settings import Settings
from ui.shell import Area, extra_areas
from ui.tasks import TaskRunner
from ui.translator import install_language, render

log = logging.getLogger("returns_desk")

BENCH_READY = "RETURNS_BENCH_READY"
MAIL_START_DELAY_MS = 3_000  # the e-mail sender's first run, after the desk is ready
PRELOAD_DELAY_MS = 1_000  # renderers and services, loaded once the desk is ready
WARM_UP_DELAY_MS = 200  # the database worker reads as a scan reads, once the desk is shown


def _excepthook(exc_type, exc, tb) -> None:
    """An error nobody caught: logged with its traceback, then shown with the log file's
    name and a crash report to copy or save."""
    from ui.about import platform_text
    from ui.crash_dialog import CrashDialog, unexpected_message
    from ui.logs import crash_report, current_log_file

    log.error("unhandled error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    text = render(exc.message) if isinstance(exc, ReturnsError) else None
    report = crash_report(
        exc_type, exc, tb, version=__version__, platform=platform_text(), station=_STATION[0]
    )
    dialog = CrashDialog(text or unexpected_message(exc_type.__name__), report, current_log_file())
    dialog.exec()


_STATION = [""]  # for the crash report, set once the settings are read


def _log_session(actor) -> None:
    if actor is None:
        log.info("signed out")
    else:
        log.info("signed in: %s (%s)", actor.username, actor.role)


def _os_user() -> str:
    """Who is signed in to the computer (the app's own user signs in later, and is logged
    then)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account, a container)
        return "-"


def build_areas(ctx: AppContext) -> list[Area]:
    """The main window's areas: the desk, then the extra areas in their registered order."""
    return [desk_area(), *extra_areas(ctx)]


def set_locale(lang: str) -> None:
    """Numbers and money as the UI language writes them (29,90 euros as ``29,90 €`` in
    Finnish, :mod:`ui.money`)."""
    QLocale.setDefault(locale_for(lang))


def _bench_sign_in(ctx: AppContext, meanwhile: Callable[[], None]) -> bool:
    """Sign in from the environment (benchmark only), off the GUI thread like the dialog;
    ``meanwhile`` runs on the GUI thread while the password is checked, as it does when the
    dialog checks one."""
    username = os.environ.get("RETURNS_BENCH_USER", "")
    password = os.environ.get("RETURNS_BENCH_PASSWORD", "")
    if not username:
        return False
    loop = QEventLoop()
    station = ctx.settings.get("station/name")
    answered = [False]

    def done(actor, error) -> None:
        answered[0] = True
        if actor is not None:
            ctx.session.sign_in(actor)
        else:
            log.error("benchmark sign-in failed: %s", error)
        loop.quit()

    ctx.runner.run_db(
        lambda: users.authenticate(ctx.backend.uow(), username, password, station), done
    )
    meanwhile()
    if not answered[0]:
        loop.exec()
    return ctx.session.actor is not None


def run(args: argparse.Namespace) -> int:
    """Start the desktop app on the database the arguments, the settings or the default name."""
    from ui.about import app_icon
    from ui.logs import log_start, start_logging

    start_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Returns Desk")
    app.setOrganizationName("ReturnsDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("returns-desk")  # Wayland and docks match it to the .desktop file
    app.setWindowIcon(app_icon())
    settings = Settings()
    _STATION[0] = settings.get("station/name")
    lang = args.lang or settings.get("ui/language")
    install_language(lang)
    set_locale(lang)
    screen = app.primaryScreen()
    fit = style.screen_scale(screen.availableGeometry().height()) if screen else 1.0
    style.apply(app, settings.get("ui/font_scale") * fit)
    sys.excepthook = _excepthook
    from ui.backoffice.db_secrets import connection_url
    from ui.single_instance import SingleInstance, bring_forward, instance_name

    url = args.database or connection_url(settings) or None
    instance = SingleInstance(instance_name(database_identity(url), _STATION[0]), parent=app)
    if not instance.acquire():
        log.info("already running for this database and station: brought it forward")
        print(
            app.translate(
                "app",
                "Returns Desk already runs for this database and station; its window was "
                "brought forward.",
            ),
            file=sys.stderr,
        )
        return 0
    front: list = [None]  # the main window, once it exists
    instance.activation_requested.connect(lambda: bring_forward(front[0]))
    try:
        backend = open_backend(url, station=settings.get("station/name"))
    except ReturnsError as exc:
        log.error("cannot open the database: %s", render(exc.message))
        QMessageBox.critical(None, app.translate("app", "Returns Desk"), render(exc.message))
        return 2
    log_start(
        version=__version__,
        station=_STATION[0],
        database_kind=backend.kind,
        url=backend.display_url,
        user=_os_user(),
    )
    runner = TaskRunner(app)
    ctx = AppContext(backend, settings, runner, UserSession())
    ctx.session.changed.connect(_log_session)
    built: list = [None]  # the main window, built while the password is checked

    def build_window() -> None:
        # argon2 keeps the database worker busy for a few tenths of a second; the GUI
        # thread builds the window and the desk meanwhile instead of after it.
        if built[0] is None:
            from ui.main_window import MainWindow

            built[0] = MainWindow(ctx, build_areas(ctx))

    bench = os.environ.get(BENCH_READY) == "1"
    if not (bench and _bench_sign_in(ctx, build_window)):
        from ui.signin import SignInDialog

        collect_from_now_on()  # the dialog may wait for hours: not with the collector paused
        dialog = SignInDialog(ctx)
        dialog.checking.connect(build_window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if built[0] is not None:
                built[0].close()
            runner.wait()
            backend.close()
            return 0
    build_window()
    window = built[0]
    front[0] = window
    ctx.listen_for_changes()
    from ui.mail_sender import MailSender

    mail = MailSender(ctx, app)  # its own thread: never in the way of the desk's scans
    # The first run waits until the desk is up (a message queued meanwhile goes then).
    QTimer.singleShot(MAIL_START_DELAY_MS, mail.start)
    from ui.main_window import show_fitted

    show_fitted(window)
    collect_from_now_on()
    QTimer.singleShot(WARM_UP_DELAY_MS, lambda: _warm_up(ctx))
    QTimer.singleShot(PRELOAD_DELAY_MS, lambda: _preload(runner))
    if bench:
        window.activateWindow()
        _report_when_ready(app, window, time.monotonic() + 5)
    code = app.exec()
    mail.stop()
    ctx.live.stop()
    runner.wait()
    ctx.backend.close()
    instance.release()
    return code


def collect_from_now_on() -> None:
    """Once the desk (or the sign-in dialog) is shown: keep what start-up made out of every
    later collection (it lives as long as the app) and resume the collector that
    ``ui.launch`` paused."""
    gc.freeze()
    gc.enable()


# Loaded on an I/O worker once the desk is ready: not needed before the first scan, but the
# first label, import, export or report should not wait for them either. Services only
# (no Qt): a module that made a widget or a font at import must not run off the GUI thread.
PRELOAD_MODULES = (
    "returns_app.services.importing",
    "returns_app.services.exporting",
    "returns_app.services.reports",
)


def _warm_up(ctx: AppContext) -> None:
    """Have the database worker read as a parcel scan reads (nothing is written), so that the
    first scan of the day finds its statements built (see ``receiving.warm_up``)."""
    from returns_app.services import receiving

    backend, actor = ctx.backend, ctx.session.actor
    if actor is None:
        return

    def done(_result, error) -> None:
        if error is not None:  # the first scan builds them, and says what is wrong if anything
            log.info("could not warm the database worker up: %s", error)

    ctx.runner.run_db(lambda: receiving.warm_up(backend.uow(readonly=True), actor), done)


def _preload(runner: TaskRunner) -> None:
    """Load the document renderers (ReportLab, python-barcode) and :data:`PRELOAD_MODULES`
    on an I/O worker."""

    def load() -> None:
        import importlib

        import returns_app.documents

        returns_app.documents.preload()
        for name in PRELOAD_MODULES:
            importlib.import_module(name)

    def done(_result, error) -> None:
        if error is not None:
            log.warning("could not load the document renderers ahead: %s", error)

    runner.run_io(load, done)


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
