"""Users (administrators only): add, deactivate and reactivate, reset a password."""

from __future__ import annotations

import pytest
from desk_kit import pinned_clock

from returns_app.services import users
from returns_app.services.errors import PermissionDenied
from ui.backoffice.users_page import UsersPage
from ui.context import AppContext, UserSession
from ui.style import Tone
from ui.tasks import ImmediateRunner

# The offscreen platform cannot size real windows (dialogs); nothing to see there.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def admin_context(qapp, backend, actors, ui_settings) -> AppContext:
    return AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.admin), clock=pinned_clock
    )


def _page(qtbot, ctx) -> UsersPage:
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    return page


def _row(page, username: str) -> int:
    return [u.username for u in page.model.rows()].index(username)


def test_an_admin_adds_a_user_who_can_then_sign_in(qtbot, qtmodeltester, admin_context, backend):
    page = _page(qtbot, admin_context)
    qtmodeltester.check(page.model)
    assert [u.username for u in page.model.rows()] == ["admin1", "clerk1", "supervisor1"]
    page.add.click()
    d = page.dialog
    d.username.setText("liisa")
    d.display_name.setText("Liisa Laine")
    d.role.setCurrentIndex(d.role.findData("supervisor"))
    d.password.first.setText("long-enough-1")
    d.password.second.setText("long-enough-2")
    d.buttons.accepted.emit()
    assert d.problem.text() == "The two passwords differ." and d.isVisible()  # stays open
    d.password.second.setText("long-enough-1")
    d.buttons.accepted.emit()
    assert page.message.text() == "liisa added."
    assert "liisa" in [u.username for u in page.model.rows()]
    assert users.authenticate(backend.uow(), "liisa", "long-enough-1").role == "supervisor"


def test_a_taken_user_name_is_said(qtbot, admin_context):
    page = _page(qtbot, admin_context)
    page.add.click()
    page.dialog.username.setText("CLERK1")
    page.dialog.password.first.setText("whatever-123")
    page.dialog.password.second.setText("whatever-123")
    page.dialog.buttons.accepted.emit()
    assert page.message.text() == "The user name 'CLERK1' is taken."
    assert page.message.tone == Tone.BAD


def test_a_deactivated_user_cannot_sign_in_until_reactivated(qtbot, admin_context, backend):
    page = _page(qtbot, admin_context)
    page.table.selectRow(_row(page, "clerk1"))
    assert page.toggle.text() == "Deactivate"
    page.toggle.click()
    assert page.message.text() == "clerk1 can no longer sign in."
    with pytest.raises(PermissionDenied, match="deactivated"):
        users.authenticate(backend.uow(), "clerk1", "secret-password")
    page.table.selectRow(_row(page, "clerk1"))
    assert page.toggle.text() == "Reactivate"
    page.toggle.click()
    assert users.authenticate(backend.uow(), "clerk1", "secret-password").username == "clerk1"


def test_an_admin_cannot_deactivate_themselves(qtbot, admin_context):
    page = _page(qtbot, admin_context)
    page.table.selectRow(_row(page, "admin1"))
    assert not page.toggle.isEnabled() and page.reset.isEnabled()


def test_a_reset_password_replaces_the_old_one(qtbot, admin_context, backend):
    page = _page(qtbot, admin_context)
    page.table.selectRow(_row(page, "supervisor1"))
    page.reset.click()
    d = page.dialog
    d.password.first.setText("short")
    d.password.second.setText("short")
    d.buttons.accepted.emit()
    assert "at least 8 characters" in d.problem.text()
    d.password.first.setText("brand-new-pass")
    d.password.second.setText("brand-new-pass")
    d.buttons.accepted.emit()
    assert page.message.text() == "New password set for supervisor1."
    with pytest.raises(PermissionDenied):
        users.authenticate(backend.uow(), "supervisor1", "secret-password")
    assert users.authenticate(backend.uow(), "supervisor1", "brand-new-pass")


def test_only_an_administrator_sees_the_users(qtbot, app_context):
    page = _page(qtbot, app_context)
    assert page.not_admin.isVisibleTo(page) and page.table.isHidden()
    assert page.model.rowCount() == 0 and not page.add.isEnabled()


def _lock(backend, name: str) -> None:
    from datetime import UTC, datetime

    from returns_app.domain.signin import LOCK_AFTER

    for i in range(LOCK_AFTER):
        with pytest.raises(PermissionDenied):
            users.authenticate(
                backend.uow(), name, "guess", "DESK-9", now=datetime(2026, 1, 1, i, tzinfo=UTC)
            )


def test_a_locked_user_is_shown_as_locked_and_an_admin_unlocks_them_with_the_keyboard(
    qtbot, qtmodeltester, admin_context, backend
):
    from desk_kit import keys, show_active

    _lock(backend, "clerk1")
    page = _page(qtbot, admin_context)
    qtmodeltester.check(page.model)
    show_active(qtbot, page)
    can_sign_in = {
        u.username: page.model.index(_row(page, u.username), page.model.COL_ACTIVE).data()
        for u in page.model.rows()
    }
    assert can_sign_in == {
        "admin1": "yes",
        "clerk1": "no (locked after too many wrong passwords)",
        "supervisor1": "yes",
    }
    assert not page.unlock.isEnabled()  # nothing chosen
    page.table.setFocus()
    page.table.selectRow(_row(page, "supervisor1"))
    assert not page.unlock.isEnabled()  # not locked: nothing to unlock
    page.table.selectRow(_row(page, "clerk1"))
    assert page.unlock.isEnabled() and page.unlock.text() == "&Unlock"
    keys(page.table, "Alt+U")  # a mnemonic clicks the button (animated: a moment later)
    qtbot.waitUntil(lambda: page.message.text() == "clerk1 can sign in again.")
    assert [u.locked for u in page.model.rows() if u.username == "clerk1"] == [False]
    assert users.authenticate(backend.uow(), "clerk1", "secret-password").username == "clerk1"


def test_a_password_reset_in_the_page_unlocks_a_locked_user(qtbot, admin_context, backend):
    _lock(backend, "supervisor1")
    page = _page(qtbot, admin_context)
    page.table.selectRow(_row(page, "supervisor1"))
    page.reset.click()
    page.dialog.password.first.setText("brand-new-pass")
    page.dialog.password.second.setText("brand-new-pass")
    page.dialog.buttons.accepted.emit()
    assert page.message.text() == "New password set for supervisor1."
    assert [u.locked for u in page.model.rows() if u.username == "supervisor1"] == [False]
    assert users.authenticate(backend.uow(), "supervisor1", "brand-new-pass")
