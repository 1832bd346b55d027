"""Signing in at a station, and switching user quickly at a shared one (Ctrl+Shift+U).

Passwords are checked by :func:`returns_app.services.users.authenticate` off the GUI thread.
A database without users says how to create the first one instead of asking for a password.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import PERMISSIONS, Actor
from returns_app.services import users
from returns_app.services.users import UserDTO
from ui import style
from ui.context import AppContext
from ui.error_text import Problem, describe

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override


class SignInView(QWidget):
    """The sign-in form's layout: user, password, station; or how to create a user."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        style.set_font(self.heading, 2, bold=True)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.hide()
        self.pages = QStackedWidget(self)

        form_page = QWidget()
        form = QFormLayout(form_page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user.setMinimumWidth(280)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.station = QLabel()
        self.station.setProperty("role", "muted")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(style.tone_sheet(style.Tone.BAD))
        self.message.hide()
        user_label = QLabel(self.tr("&User"))
        user_label.setBuddy(self.user)
        password_label = QLabel(self.tr("&Password"))
        password_label.setBuddy(self.password)
        form.addRow(user_label, self.user)
        form.addRow(password_label, self.password)
        form.addRow(self.tr("Station"), self.station)
        self.pages.addWidget(form_page)

        # A new database: the first administrator is created here, not in a terminal.
        self.no_users = QWidget()
        first = QFormLayout(self.no_users)
        first.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.no_users_text = QLabel(
            self.tr(
                "This database has no users yet. Create the first one, an administrator: "
                "they add the other users in Settings \u2192 Users."
            )
        )
        self.no_users_text.setWordWrap(True)
        self.new_user = QLineEdit()
        self.new_user.setObjectName("firstAdminName")
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password_again = QLineEdit()
        self.new_password_again.setEchoMode(QLineEdit.EchoMode.Password)
        first.addRow(self.no_users_text)
        first.addRow(self.tr("User name"), self.new_user)
        first.addRow(self.tr("Password"), self.new_password)
        first.addRow(self.tr("Password again"), self.new_password_again)
        self.pages.addWidget(self.no_users)

        self.loading = QLabel(self.tr("Loading users…"))
        self.pages.addWidget(self.loading)

        self.buttons = QDialogButtonBox()
        self.sign_in = QPushButton(self.tr("Sign in"))
        self.sign_in.setObjectName("signInButton")
        self.buttons.addButton(self.sign_in, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # Enter signs in, whatever has the focus and while a check runs: Cancel must never
        # become the default (a disabled default hands Enter to the next auto-default button,
        # which closed the app at sign-in).
        self.cancel.setAutoDefault(False)
        self.cancel.setDefault(False)
        self.sign_in.setAutoDefault(True)
        self.sign_in.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)


class SignInDialog(QDialog):
    """Asks who is working at this station; on success the session's user changes.

    With ``switching=True`` it is the quick switch: the title says so and the current user
    stays signed in if it is cancelled.

    Signals:
        checking(): a password (or a first administrator) is being checked off the GUI
            thread; the GUI thread is free until the answer (the app builds its main window
            then). ``accepted`` is QDialog's own; the session emits ``changed``.
    """

    checking = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        switching: bool = False,
        approving: str | None = None,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._switching = switching
        self._approving = approving
        self._busy = False
        self._first_admin = False
        self._users: list[UserDTO] = []
        self.approver: Actor | None = None
        self.view = SignInView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        if approving:
            title = self.tr("A supervisor's approval is needed")
        elif switching:
            title = self.tr("Switch user")
        else:
            title = self.tr("Sign in to Returns Desk")
        self.setWindowTitle(title)
        self.view.heading.setText(title)
        self._button_text = self.tr("Approve") if approving else self.tr("Sign in")
        self.view.sign_in.setText(self._button_text)
        if reason:
            self.view.reason.setText(reason)
            self.view.reason.show()
        self.view.station.setText(ctx.settings.get("station/name"))
        self.view.pages.setCurrentWidget(self.view.loading)
        self.view.sign_in.setEnabled(False)
        self.view.sign_in.clicked.connect(self._on_sign_in_clicked)
        self.view.cancel.clicked.connect(self.reject)
        self.view.user.activated.connect(self._on_user_activated)
        ctx.runner.run_db(lambda: users.list_users(ctx.backend.uow(readonly=True)), self._on_users)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter (main or keypad) always means "sign in"; Esc still cancels."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            self.view.user.view().isVisible()
        ):
            event.accept()
            if self.view.sign_in.isVisible():
                self._on_sign_in_clicked()
            return
        super().keyPressEvent(event)

    @property
    def actor(self) -> Actor | None:
        """The user signed in by this dialog (None until then)."""
        return self._ctx.session.actor if self.result() == QDialog.DialogCode.Accepted else None

    def _on_users(self, found: list[UserDTO] | None, error: BaseException | None) -> None:
        if error is not None:
            self._show_problem(describe(error, self._ctx.backend))
            self.view.pages.setCurrentIndex(0)
            self.view.sign_in.setEnabled(True)
            return
        self._users = [u for u in found or [] if u.active]
        if self._approving:
            self._users = [u for u in self._users if u.role in PERMISSIONS[self._approving]]
        if not found:
            self._first_admin = True
            self.view.pages.setCurrentWidget(self.view.no_users)
            self._button_text = self.tr("Create and sign in")
            self.view.sign_in.setText(self._button_text)
            self.view.sign_in.setEnabled(True)
            self.view.new_user.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.view.user.clear()
        for u in self._users:
            self.view.user.addItem(f"{u.display_name} ({u.username})", u.username)
        current = self._ctx.session.actor
        preferred = self._ctx.settings.get("session/last_user")
        if self._approving:
            preferred = ""
        elif self._switching and current is not None:
            preferred = next(
                (u.username for u in self._users if u.username != current.username), preferred
            )
        index = self.view.user.findData(preferred)
        self.view.user.setCurrentIndex(max(index, 0))
        self.view.pages.setCurrentIndex(0)
        self.view.sign_in.setEnabled(True)
        self.view.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_user_activated(self, index: int) -> None:
        del index
        self.view.password.clear()
        self.view.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def username(self) -> str:
        """The user name chosen or typed."""
        index = self.view.user.currentIndex()
        text = self.view.user.currentText().strip()
        if index >= 0 and self.view.user.itemText(index) == text:
            return self.view.user.itemData(index)
        return text

    def _on_sign_in_clicked(self) -> None:
        if self._busy or not self.view.sign_in.isEnabled():
            return
        if self._first_admin:
            self._create_first_admin()
            return
        username, password = self.username(), self.view.password.text()
        if not username or not password:
            self._show_problem(Problem(self.tr("Choose your user and type your password.")))
            return
        self._busy = True
        self.view.sign_in.setEnabled(False)
        self.view.sign_in.setText(self.tr("Signing in…"))
        station = self._ctx.settings.get("station/name")
        backend, now = self._ctx.backend, self._ctx.now()  # the moment of the try
        self._ctx.runner.run_db(
            lambda: users.authenticate(backend.uow(), username, password, station, now=now),
            self._on_authenticated,
        )
        self.checking.emit()

    def _create_first_admin(self) -> None:
        v = self.view
        name, password = v.new_user.text().strip(), v.new_password.text()
        if not name or not password:
            self._show_problem(Problem(self.tr("Give a user name and a password.")))
            return
        if password != v.new_password_again.text():
            self._show_problem(Problem(self.tr("The passwords differ. Type them again.")))
            v.new_password.clear()
            v.new_password_again.clear()
            v.new_password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._busy = True
        v.sign_in.setEnabled(False)
        station, backend = self._ctx.settings.get("station/name"), self._ctx.backend
        self._ctx.runner.run_db(
            lambda: users.create_first_admin(backend.uow(), name, password, station),
            self._on_authenticated,
        )
        self.checking.emit()

    def _on_authenticated(self, actor: Actor | None, error: BaseException | None) -> None:
        self._busy = False
        self.view.sign_in.setEnabled(True)
        self.view.sign_in.setText(self._button_text)
        if error is not None or actor is None:
            self._show_problem(describe(error or RuntimeError("no user"), self._ctx.backend))
            self.view.password.clear()
            self.view.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._approving:
            if not actor.may(self._approving):
                self._show_problem(
                    Problem(
                        self.tr("{user} may not approve this. Ask a supervisor.").format(
                            user=actor.username
                        )
                    )
                )
                self.view.password.clear()
                return
            self.approver = actor
            self.accept()
            return
        self._ctx.settings.set("session/last_user", actor.username)
        self._ctx.session.sign_in(actor)
        self.accept()

    def _show_problem(self, problem: Problem) -> None:
        self.view.message.setText(problem.text)
        self.view.message.show()


def ask_approval(
    ctx: AppContext,
    parent: QWidget,
    permission: str,
    reason: str,
    then: Callable[[Actor], None],
) -> SignInDialog:
    """A supervisor's approval in place (their own password), the same prompt everywhere:
    ``then(approver)`` runs once a user with ``permission`` has signed it. The signed-in user
    stays signed in."""
    dialog = SignInDialog(ctx, parent, approving=permission, reason=reason)
    dialog.accepted.connect(lambda: dialog.approver is not None and then(dialog.approver))
    dialog.open()
    return dialog


def with_supervisor(
    ctx: AppContext,
    parent: QWidget,
    permission: str,
    reason: str,
    then: Callable[[Actor], None],
) -> SignInDialog | None:
    """Run ``then`` as the signed-in user if they hold ``permission``, else once a supervisor
    has approved it in place (:func:`ask_approval`; the prompt is returned, None when none was
    needed). The work then runs as that supervisor."""
    actor = ctx.actor
    if actor.may(permission):
        then(actor)
        return None
    return ask_approval(ctx, parent, permission, reason, then)
