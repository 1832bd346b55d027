"""The main window: areas and their keys, who is signed in, the database, the printers, F1."""

from __future__ import annotations

import sys
import types

import pytest
from desk_kit import FakePrinters, keys, pinned_clock, press, register, show_active
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import create_engine

from returns_app.domain.users import Actor
from returns_app.services.runtime import Backend
from ui import shell
from ui.app import build_areas
from ui.context import AppContext, UserSession
from ui.desk.keys import ALL_GROUPS
from ui.main_window import MainWindow, show_fitted
from ui.printing import PrintCenter
from ui.shell import Area
from ui.tasks import ImmediateRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


class Notes(QWidget):
    """A stand-in area with a text field."""

    def __init__(self, ctx) -> None:
        super().__init__()
        self.field = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.field)

    def focus_default(self) -> None:
        self.field.setFocus()


@pytest.fixture
def extra_module(monkeypatch):
    """A module providing two areas, one only for admins, registered in EXTRA_AREAS."""
    module = types.ModuleType("fake_areas")
    module.areas = lambda ctx: [
        Area("notes", "Notes", Notes),
        Area("users", "Users", Notes, permission="manage_users"),
    ]
    monkeypatch.setitem(sys.modules, "fake_areas", module)
    monkeypatch.setattr(shell, "EXTRA_AREAS", ["fake_areas"])
    return module


@pytest.fixture
def window(qtbot, clerk_context, extra_module):
    printing = PrintCenter(clerk_context, lister=FakePrinters(["Office"]).lister)
    clerk_context.settings.set("printers/a4", "Office")
    clerk_context.settings.set("printers/label", "Zebra")
    win = MainWindow(clerk_context, build_areas(clerk_context), printer=printing)
    show_active(qtbot, win)
    yield win
    win.close()


def test_the_desk_comes_first_with_its_scan_field_ready(window):
    assert window.current_area == "desk"
    desk = window.area_widget("desk")
    assert desk.scan_field.hasFocus()
    assert window.tabs.tabText(0).startswith("Receiving desk")


def test_the_status_bar_says_who_where_which_database_and_which_printers(window):
    assert window.user_label.text() == "clerk1 (clerk)"
    assert window.station_label.text() == "Station: DESK-1"
    assert window.db_label.text() == "Database: local, connected"
    assert window.printers_label.text() == ("Printers: label Zebra (not found) · tag – · A4 Office")


def test_the_window_is_maximised_where_the_screen_has_no_more_room_than_it(
    qtbot, clerk_context, extra_module
):
    """At a 1366x768 station the 1366x768 window and its title bar do not fit: the status bar
    fell below the screen's edge until the window was maximised there."""
    win = MainWindow(clerk_context, build_areas(clerk_context), printer=PrintCenter(clerk_context))
    qtbot.addWidget(win)
    room = win.screen().availableGeometry()
    win.resize(room.width(), room.height())  # as big as the screen: it cannot fit framed
    show_fitted(win)
    qtbot.waitUntil(win.isVisible)
    assert win.isMaximized()
    win.close()
    small = QWidget()
    qtbot.addWidget(small)
    small.resize(room.width() // 2, room.height() // 2)
    show_fitted(small)  # room to spare: shown at its size
    assert small.isVisible() and not small.isMaximized()
    small.close()


def test_areas_plug_in_and_have_keys(window):
    assert [a.key for a in window.areas] == ["desk", "notes", "users"]
    keys(window.area_widget("desk").scan_field, "Ctrl+2")
    assert window.current_area == "notes"
    keys(window, "F2")
    assert window.current_area == "desk"
    keys(window, "Ctrl+PgDown")
    assert window.current_area == "notes"


def test_an_area_needing_a_permission_is_hidden_until_such_a_user_signs_in(qtbot, window, actors):
    assert not window.tabs.isTabVisible(2)
    keys(window, "Ctrl+3")
    assert window.current_area == "desk"
    window.ctx.session.sign_out()  # as when the clerk was signed out at another station
    window.ctx.session.sign_in(actors.admin)
    qtbot.wait(20)  # the bar lays out on the event loop
    assert window.tabs.isTabVisible(2)
    assert window.tabs.tabRect(2).width() > 40  # shown at its width, not as a 0-wide tab
    assert window.user_label.text() == "admin1 (admin)"
    keys(window, "Ctrl+3")
    assert window.current_area == "users"
    window.ctx.session.sign_in(actors.clerk)
    assert window.current_area == "desk"  # the clerk may not stay there


def test_ctrl_shift_u_opens_the_quick_switch(window):
    keys(window, "Ctrl+Shift+U")
    dialog = window.switch_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Switch user"
    dialog.reject()
    assert window.switch_dialog is None


def test_f1_lists_every_shortcut_from_the_same_tables(window):
    keys(window, "F1")
    assert window.help.isVisible()
    listed = {label for _, label in window.help.rows}
    for group in ALL_GROUPS:
        for binding in group.bindings:
            assert binding.label() in listed
    assert "Notes" in listed and "Switch user (shared station)" in listed
    keys(window.help, "Esc")
    assert not window.help.isVisible()


def test_scans_reach_the_desk_only_while_it_is_shown(window, backend, actors, make_order):
    ret = register(backend, actors.clerk, make_order())
    desk = window.area_widget("desk")
    keys(desk.scan_field, "Ctrl+2")
    notes = window.area_widget("notes")
    for char in ret.code:
        press(notes.field, Qt.Key(ord(char)), char)
    press(notes.field, Qt.Key.Key_Return, "\r")
    assert desk.current_return is None  # another area's field is not the desk's business
    keys(window, "F2")
    for char in ret.code:
        press(desk.inspection, Qt.Key(ord(char)), char)
    press(desk.inspection, Qt.Key.Key_Return, "\r")
    assert desk.current_return is not None and desk.current_return.id == ret.id


def test_an_unreachable_database_shows_in_the_status_bar(
    qtbot, qapp, actors, ui_settings, tmp_path
):
    gone = f"sqlite:///{tmp_path}/no/such/dir/x.sqlite3"
    backend = Backend(create_engine(gone), gone)
    ctx = AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk), clock=pinned_clock
    )
    win = MainWindow(ctx, build_areas(ctx), printer=PrintCenter(ctx, lister=lambda: []))
    show_active(qtbot, win)
    assert win.db_label.text() == "Database: local, NOT reachable"
    desk = win.area_widget("desk")
    desk.handle_scan("R0000012348")
    assert desk.feedback.title_text() == "Database unreachable: nothing was saved"
    assert "Cannot reach the database" in win.db_label.toolTip()
    win.close()
    backend.close()


class Switcher(QWidget):
    """A stand-in settings area that switches the database.

    Signals:
        database_switched(object): the new Backend.
    """

    database_switched = Signal(object)

    def __init__(self, ctx) -> None:
        super().__init__()


def test_switching_the_database_asks_for_sign_in_there_and_rebuilds_the_areas(
    qtbot, clerk_context, monkeypatch, tmp_path, _sqlite_template
):
    import shutil

    from returns_app.persistence.database import make_engine
    from returns_app.services import users

    module = types.ModuleType("switch_areas")
    module.areas = lambda ctx: [Area("settings", "Settings", Switcher)]
    monkeypatch.setitem(sys.modules, "switch_areas", module)
    monkeypatch.setattr(shell, "EXTRA_AREAS", ["switch_areas"])
    other_file = tmp_path / "other.sqlite3"
    shutil.copyfile(_sqlite_template, other_file)
    other = Backend(make_engine(f"sqlite:///{other_file}"), f"sqlite:///{other_file}")
    users.add_user(
        other.uow(), "kaisa", "kaisa-password", "clerk", actor=Actor(None, "setup", "admin")
    )
    old = clerk_context.backend
    win = MainWindow(clerk_context, build_areas(clerk_context))
    show_active(qtbot, win)
    win.show_area("settings")
    settings_widget = win.area_widget("settings")
    settings_widget.database_switched.emit(other)
    assert clerk_context.backend is other
    assert clerk_context.session.actor is None
    dialog = win.switch_dialog
    assert dialog is not None
    dialog.view.user.setEditText("kaisa")
    dialog.view.password.setText("kaisa-password")
    dialog.view.sign_in.click()
    qtbot.waitUntil(lambda: clerk_context.session.actor is not None)
    assert clerk_context.session.actor.username == "kaisa"
    assert win.area_widget("settings") is not settings_widget  # built anew
    assert win.current_area == "desk"
    win.close()
    other.close()
    old.close()


def test_a_clerk_deactivated_at_another_station_is_signed_out_at_the_next_scan(
    qtbot, qapp, backend, actors, ui_settings, make_order
):
    """On the app's real worker threads: the admin deactivates the clerk elsewhere; the
    clerk's next scan saves nothing, says why, and the station asks who works now."""
    from returns_app.services import users
    from ui.tasks import TaskRunner

    ret = register(backend, actors.clerk, make_order())
    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.clerk), clock=pinned_clock)
    win = MainWindow(ctx, build_areas(ctx), printer=PrintCenter(ctx, lister=lambda: []))
    show_active(qtbot, win)
    users.set_active(backend.uow(), actors.admin, actors.clerk.user_id, False)  # DESK-3
    desk = win.area_widget("desk")
    desk.handle_scan(ret.code)
    qtbot.waitUntil(lambda: win.switch_dialog is not None, timeout=5000)
    dialog = win.switch_dialog
    assert ctx.session.actor is None and win.user_label.text() == "Nobody signed in"
    assert dialog.view.reason.text() == (
        "User clerk1 has been deactivated by an administrator. Nothing was saved. "
        "Sign in with another user."
    )
    assert desk.feedback.title_text() == "Signed out: nothing was saved"
    assert "clerk1 has been deactivated" in desk.feedback.detail_text()
    assert backend_goods_state(backend, ret.id) == "announced"  # the scan saved nothing
    qtbot.waitUntil(lambda: dialog.view.user.count() > 0)
    listed = [dialog.view.user.itemData(i) for i in range(dialog.view.user.count())]
    assert "clerk1" not in listed and "supervisor1" in listed
    dialog.view.user.setCurrentIndex(listed.index("supervisor1"))
    dialog.view.password.setText("secret-password")
    dialog.view.sign_in.click()
    qtbot.waitUntil(lambda: ctx.session.actor is not None, timeout=5000)
    assert ctx.session.actor.username == "supervisor1" and win.switch_dialog is None
    desk.handle_scan(ret.code)
    qtbot.waitUntil(lambda: backend_goods_state(backend, ret.id) == "received", timeout=5000)
    win.close()
    runner.wait()


def backend_goods_state(backend, return_id: int) -> str:
    from returns_app.services import queries

    return queries.get_return(backend.uow(readonly=True), return_id).goods_state


def test_a_tab_shown_again_after_a_sign_out_has_its_width(qtbot, app_context, actors):
    """Supervisor signed out (as by a deactivation elsewhere), then an admin signs in: the
    Users tab appears at full width (Qt 6.11 kept such a tab 0 wide, so it vanished)."""
    win = MainWindow(
        app_context, build_areas(app_context), printer=PrintCenter(app_context, lister=lambda: [])
    )
    show_active(qtbot, win)
    users_tab = [win.tabs.tabText(i) for i in range(win.tabs.count())].index("Users")
    assert not win.tabs.isTabVisible(users_tab)
    app_context.session.sign_out()
    app_context.session.sign_in(actors.admin)
    qtbot.wait(20)
    assert win.tabs.isTabVisible(users_tab) and win.tabs.tabRect(users_tab).width() > 40
    win.close()


def test_a_clerk_who_only_reads_is_signed_out_at_the_next_status_check(
    qtbot, qapp, backend, actors, ui_settings
):
    from returns_app.services import users
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.clerk), clock=pinned_clock)
    win = MainWindow(ctx, build_areas(ctx), printer=PrintCenter(ctx, lister=lambda: []))
    show_active(qtbot, win)
    runner.wait()
    assert win.switch_dialog is None and ctx.session.actor is not None
    users.set_active(backend.uow(), actors.admin, actors.clerk.user_id, False)
    win.refresh_status()  # what the 30-second timer does
    qtbot.waitUntil(lambda: win.switch_dialog is not None, timeout=5000)
    assert ctx.session.actor is None
    assert "clerk1 has been deactivated" in win.switch_dialog.view.reason.text()
    win.switch_dialog.reject()
    runner.wait()


def test_a_station_waiting_for_another_stations_import_says_so(
    qtbot, window, monkeypatch, tmp_path
):
    """SQLite: the file is held by another station's import batch; the worker thread waits and
    tries again, and the status bar says why the scan takes a moment."""
    import sqlite3
    import threading

    from sqlalchemy import event

    from returns_app.persistence import uow as uow_module

    monkeypatch.setattr(uow_module, "BUSY_ATTEMPTS", 2)
    path = window.ctx.backend.engine.url.database
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # the importing station's batch
    engine = window.ctx.backend.engine
    engine.pool.dispose()

    @event.listens_for(engine, "connect")
    def _short_busy_timeout(dbapi_connection, record) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout = 200")

    def scan() -> None:
        try:
            with window.ctx.backend.uow() as uow:
                uow.commit()
        except Exception:  # noqa: BLE001 - the final "stayed busy" is not what this test checks
            pass

    worker = threading.Thread(target=scan)
    worker.start()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Another station is importing; retrying.",
        timeout=10_000,
    )
    holder.rollback()
    holder.close()
    worker.join(40)


def test_shift_f1_shows_about_with_the_version_and_the_database(qtbot, window):
    from returns_app import __version__

    keys(window.area_widget("desk").scan_field, "Shift+F1")
    dialog = window.about_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name_label.text() == f"Returns Desk {__version__}"
    qtbot.waitUntil(lambda: dialog.database_label.text() == "SQLite, local file")
    dialog.reject()


def test_a_scan_is_not_held_up_by_a_slow_status_check(
    qtbot, qapp, backend, actors, ui_settings, make_order, monkeypatch
):
    """The status bar's check runs beside the scans, not in their queue: while it waits (a
    slow network, a big count), a scanned return is on screen all the same."""
    import threading

    from ui import main_window as main_window_module
    from ui.tasks import TaskRunner

    released = threading.Event()
    heartbeat = main_window_module.overview

    def slow_overview(b):
        released.wait(10)
        return heartbeat(b)

    monkeypatch.setattr(main_window_module, "overview", slow_overview)
    ret = register(backend, actors.clerk, make_order())
    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.clerk), clock=pinned_clock)
    win = MainWindow(ctx, build_areas(ctx), printer=PrintCenter(ctx, lister=lambda: []))
    show_active(qtbot, win)  # its first status check is under way
    desk = win.area_widget("desk")
    shown: list[str | None] = []
    desk.return_shown.connect(lambda r: shown.append(r.code if r else None))
    try:
        desk.handle_scan(ret.code)
        qtbot.waitUntil(lambda: ret.code in shown, timeout=5000)
        assert win.db_label.text() == "Database: checking…"  # the check has not answered yet
    finally:
        released.set()
    qtbot.waitUntil(lambda: win.db_label.text() == "Database: local, connected", timeout=5000)
    win.close()
    runner.wait()


def test_once_the_desk_is_shown_the_database_worker_reads_as_a_scan_reads(
    qtbot, backend, actors, ui_settings, make_order, monkeypatch
):
    """On the real runner: the warm-up goes to the database worker as the signed-in clerk and
    reads the newest return; nothing is written."""
    from returns_app.services import audit_verify, receiving
    from ui import app
    from ui.tasks import TaskRunner

    register(backend, actors.clerk, make_order(), (0, 1))
    entries = audit_verify.verify_audit_log(backend.uow(readonly=True)).entries
    read = []
    real = receiving.warm_up
    monkeypatch.setattr(
        receiving, "warm_up", lambda uow, actor: read.append((actor, real(uow, actor))) or True
    )
    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.clerk), pinned_clock)
    try:
        app._warm_up(ctx)
        qtbot.waitUntil(lambda: bool(read), timeout=5_000)
    finally:
        runner.wait()
    assert read == [(actors.clerk, True)]
    assert audit_verify.verify_audit_log(backend.uow(readonly=True)).entries == entries
