"""Signing in, switching user at a shared station, and a supervisor's approval by password."""

from __future__ import annotations

import pytest
from desk_kit import keys, pinned_clock, show_active
from PySide6.QtCore import Qt
from sqlalchemy import create_engine

from returns_app.services.runtime import Backend
from ui.context import AppContext, UserSession
from ui.signin import SignInDialog
from ui.tasks import ImmediateRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def nobody(qapp, backend, ui_settings) -> AppContext:
    """A station where nobody is signed in yet."""
    ui_settings.set("station/name", "DESK-7")
    return AppContext(backend, ui_settings, ImmediateRunner(), UserSession(), clock=pinned_clock)


def open_dialog(qtbot, ctx, **kwargs) -> SignInDialog:
    dialog = SignInDialog(ctx, **kwargs)
    show_active(qtbot, dialog)
    return dialog


def users_listed(dialog) -> list[str]:
    return [dialog.view.user.itemData(i) for i in range(dialog.view.user.count())]


def test_signing_in_sets_the_user_and_the_station_and_remembers_the_user(qtbot, nobody, actors):
    dialog = open_dialog(qtbot, nobody)
    assert users_listed(dialog) == ["admin1", "clerk1", "supervisor1"]
    assert dialog.view.station.text() == "DESK-7"
    assert dialog.view.password.hasFocus()
    dialog.view.user.setCurrentIndex(users_listed(dialog).index("clerk1"))
    dialog.view.password.setText("secret-password")
    keys(dialog.view.password, "Return")
    actor = nobody.session.actor
    assert actor is not None and (actor.username, actor.role, actor.station) == (
        "clerk1",
        "clerk",
        "DESK-7",
    )
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert nobody.settings.get("session/last_user") == "clerk1"
    again = open_dialog(
        qtbot,
        AppContext(
            nobody.backend, nobody.settings, ImmediateRunner(), UserSession(), clock=pinned_clock
        ),
    )
    assert again.username() == "clerk1"  # pre-filled next time


def test_a_wrong_password_says_so_and_lets_the_user_try_again(qtbot, nobody, actors):
    dialog = open_dialog(qtbot, nobody)
    dialog.view.password.setText("not-it")
    dialog.view.sign_in.click()
    assert nobody.session.actor is None
    assert dialog.isVisible()
    assert dialog.view.message.text() == "Wrong user name or password. Try again."
    assert dialog.view.password.text() == "" and dialog.view.password.hasFocus()


def test_a_user_name_can_be_typed_instead_of_chosen(qtbot, nobody, actors):
    dialog = open_dialog(qtbot, nobody)
    dialog.view.user.setEditText("Supervisor1")
    dialog.view.password.setText("secret-password")
    dialog.view.sign_in.click()
    assert nobody.session.actor.username == "supervisor1"


def test_a_database_without_users_creates_its_first_administrator_in_the_app(
    qtbot, qapp, sqlite_backend, ui_settings
):
    from returns_app.services import users

    ctx = AppContext(
        sqlite_backend, ui_settings, ImmediateRunner(), UserSession(), clock=pinned_clock
    )
    dialog = open_dialog(qtbot, ctx)
    v = dialog.view
    assert dialog.view.pages.currentWidget() is v.no_users
    assert "no users yet" in v.no_users_text.text() and "terminal" not in v.no_users_text.text()
    assert v.new_user.hasFocus()
    v.new_user.setText("aino")
    v.new_password.setText("a-long-password")
    v.new_password_again.setText("a-different-one")
    keys(v.new_password_again, "Return")
    assert "passwords differ" in v.message.text() and ctx.session.actor is None
    v.new_password.setText("a-long-password")
    v.new_password_again.setText("a-long-password")
    keys(v.new_password_again, "Return")
    assert ctx.session.actor is not None and ctx.session.actor.role == "admin"
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    # once a user exists, nobody can use this way in again
    import pytest as _pytest

    from returns_app.services.errors import Conflict

    with _pytest.raises(Conflict):
        users.create_first_admin(sqlite_backend.uow(), "mallory", "another-password")
    assert [u.username for u in users.list_users(sqlite_backend.uow())] == ["aino"]


def test_an_unreachable_database_is_said_at_sign_in(qtbot, qapp, ui_settings, tmp_path):
    gone = f"sqlite:///{tmp_path}/no/such/dir/x.sqlite3"
    ctx = AppContext(
        Backend(create_engine(gone), gone), ui_settings, ImmediateRunner(), UserSession()
    )
    dialog = open_dialog(qtbot, ctx)
    assert "Cannot reach the database" in dialog.view.message.text()


def test_quick_switch_offers_another_user_and_cancel_keeps_the_current_one(
    qtbot, clerk_context, actors
):
    dialog = open_dialog(qtbot, clerk_context, switching=True)
    assert dialog.windowTitle() == "Switch user"
    assert dialog.username() != "clerk1"
    dialog.reject()
    assert clerk_context.session.actor.username == "clerk1"


def test_quick_switch_changes_who_is_signed_in(qtbot, clerk_context, actors):
    changes = []
    clerk_context.session.changed.connect(changes.append)
    dialog = open_dialog(qtbot, clerk_context, switching=True)
    dialog.view.user.setCurrentIndex(users_listed(dialog).index("supervisor1"))
    dialog.view.password.setText("secret-password")
    dialog.view.sign_in.click()
    assert [a.username for a in changes] == ["supervisor1"]


def test_an_approval_lists_only_those_who_may_approve_and_refuses_others(
    qtbot, clerk_context, actors
):
    dialog = open_dialog(qtbot, clerk_context, approving="approve_refund", reason="29,90 €")
    assert users_listed(dialog) == ["admin1", "supervisor1"]
    assert dialog.view.reason.text() == "29,90 €"
    dialog.view.user.setEditText("clerk1")  # typed by hand: still refused
    dialog.view.password.setText("secret-password")
    dialog.view.sign_in.click()
    assert "may not approve" in dialog.view.message.text()
    assert dialog.approver is None
    dialog.view.user.setCurrentIndex(0)
    dialog.view.password.setText("secret-password")
    dialog.view.sign_in.click()
    assert dialog.approver is not None and dialog.approver.username == "admin1"
    assert clerk_context.session.actor.username == "clerk1"


# --- On the real threaded runner: what a clerk's Enter does ---------------------------------


@pytest.fixture
def threaded(qapp, backend, ui_settings, actors):
    """A station where nobody is signed in, with the app's real worker threads."""
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    ui_settings.set("station/name", "DESK-7")
    yield AppContext(backend, ui_settings, runner, UserSession(), clock=pinned_clock)
    runner.wait()


def _loaded(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.view.sign_in.isEnabled() and dialog.view.user.count() > 0)


def _type_password_and_enter(qtbot, dialog, user: str, password: str) -> None:
    from PySide6.QtTest import QTest

    dialog.view.user.setCurrentIndex(users_listed(dialog).index(user))
    dialog.view.password.setFocus()
    QTest.keyClicks(dialog.view.password, password)
    QTest.keyClick(dialog.view.password, Qt.Key.Key_Return)


@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_signs_in_on_the_real_runner_and_never_cancels(qtbot, threaded, enter):
    from PySide6.QtTest import QTest

    dialog = open_dialog(qtbot, threaded)
    _loaded(qtbot, dialog)
    assert dialog.view.sign_in.isDefault() and not dialog.view.cancel.isDefault()
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(1))
    dialog.view.user.setCurrentIndex(users_listed(dialog).index("clerk1"))
    QTest.keyClicks(dialog.view.password, "secret-password")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        QTest.keyClick(dialog.view.password, enter)
    assert rejected == []
    assert threaded.session.actor is not None and threaded.session.actor.username == "clerk1"


def test_enter_says_a_check_is_under_way_before_its_answer_on_the_real_runner(qtbot, threaded):
    """The app builds its main window while the password is checked (cold start)."""
    dialog = open_dialog(qtbot, threaded)
    _loaded(qtbot, dialog)
    seen = []
    dialog.checking.connect(lambda: seen.append((threaded.session.actor, dialog.isVisible())))
    _type_password_and_enter(qtbot, dialog, "clerk1", "not-it")
    qtbot.waitUntil(lambda: dialog.view.message.isVisible())
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _type_password_and_enter(qtbot, dialog, "clerk1", "secret-password")
    assert seen == [(None, True), (None, True)]  # each time before the answer
    assert threaded.session.actor is not None


def test_a_wrong_password_with_enter_keeps_the_dialog_open_on_the_real_runner(qtbot, threaded):
    dialog = open_dialog(qtbot, threaded)
    _loaded(qtbot, dialog)
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(1))
    _type_password_and_enter(qtbot, dialog, "clerk1", "not-it")
    qtbot.waitUntil(lambda: dialog.view.message.isVisible())
    assert dialog.view.message.text() == "Wrong user name or password. Try again."
    assert rejected == [] and dialog.isVisible() and threaded.session.actor is None
    assert dialog.view.password.text() == "" and dialog.view.sign_in.isEnabled()
    # and the next try, again with Enter, signs in
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _type_password_and_enter(qtbot, dialog, "clerk1", "secret-password")
    assert rejected == []


def test_enter_switches_user_on_the_real_runner(qtbot, threaded, actors):
    threaded.session.sign_in(actors.clerk)
    dialog = open_dialog(qtbot, threaded, switching=True)
    _loaded(qtbot, dialog)
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(1))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _type_password_and_enter(qtbot, dialog, "supervisor1", "secret-password")
    assert rejected == [] and threaded.session.actor.username == "supervisor1"


def test_enter_approves_on_the_real_runner_and_a_wrong_password_keeps_the_prompt(
    qtbot, threaded, actors
):
    threaded.session.sign_in(actors.clerk)
    dialog = open_dialog(qtbot, threaded, approving="approve_refund", reason="Deduction 10.00")
    _loaded(qtbot, dialog)
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(1))
    _type_password_and_enter(qtbot, dialog, "supervisor1", "wrong")
    qtbot.waitUntil(lambda: dialog.view.message.isVisible())
    assert dialog.isVisible() and rejected == []
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _type_password_and_enter(qtbot, dialog, "supervisor1", "secret-password")
    assert rejected == [] and dialog.approver.username == "supervisor1"
    assert threaded.session.actor.username == "clerk1"  # the clerk stays signed in


def test_guessing_in_the_dialog_is_slowed_then_locked_and_each_answer_is_shown(
    qtbot, qapp, backend, ui_settings, actors
):
    """Someone at a station tries password after password with Enter, on the real runner:
    the window says plainly that they must wait, then that the user is locked, and keeps the
    right password out until an administrator unlocks."""
    from datetime import timedelta

    from desk_kit import NOW
    from PySide6.QtTest import QTest

    from returns_app.services import users
    from ui.tasks import TaskRunner

    moments = [NOW]
    runner = TaskRunner()
    ui_settings.set("station/name", "DESK-7")
    ctx = AppContext(backend, ui_settings, runner, UserSession(), clock=lambda: moments[-1])
    dialog = open_dialog(qtbot, ctx)
    _loaded(qtbot, dialog)

    def answer(password: str, user: str = "clerk1") -> str:
        dialog.view.message.clear()
        _type_password_and_enter(qtbot, dialog, user, password)
        qtbot.waitUntil(
            lambda: dialog.view.message.text() != "" and dialog.view.sign_in.isEnabled()
        )
        assert dialog.isVisible() and ctx.session.actor is None
        assert dialog.view.message.isVisible() and dialog.view.password.text() == ""
        assert dialog.view.password.hasFocus()  # ready for the next try
        return dialog.view.message.text()

    wrong = "Wrong user name or password. Try again."
    dialog.view.user.setEditText("clerk-nobody")
    QTest.keyClicks(dialog.view.password, "guess")
    QTest.keyClick(dialog.view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.view.message.isVisible())
    assert dialog.view.message.text() == wrong  # an unknown name: the very same words
    assert [answer("guess") for _ in range(3)] == [wrong] * 3
    assert answer("secret-password") == "Too many wrong passwords. Wait 2 seconds and try again."
    for _ in range(6):
        moments.append(moments[-1] + timedelta(minutes=1))
        assert answer("guess") == wrong
    moments.append(moments[-1] + timedelta(minutes=1))
    locked = (
        "User 'clerk1' is locked after too many wrong passwords. Ask an administrator to unlock it."
    )
    assert answer("guess") == locked
    moments.append(moments[-1] + timedelta(days=1))
    assert answer("secret-password") == locked
    users.unlock_user(backend.uow(), actors.admin, actors.clerk.user_id)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _type_password_and_enter(qtbot, dialog, "clerk1", "secret-password")
    assert ctx.session.actor.username == "clerk1"
    runner.wait()
