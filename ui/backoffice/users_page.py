"""Users and roles (administrators): add a user, deactivate or reactivate one, unlock one,
reset a password.

The services check the role as well; a deactivated user cannot sign in, nobody can deactivate
themselves, and a user locked after too many wrong passwords signs in again once an
administrator unlocks them (or sets them a new password).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import ROLES as ROLE_CODES
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services import users
from returns_app.services.users import MIN_PASSWORD_LENGTH, UserDTO
from ui.backoffice.common import ROLES, MessageLine, RowsModel, heading, name_of, report_error
from ui.backoffice.return_page_view import table
from ui.context import AppContext
from ui.style import Tone


class UsersModel(RowsModel[UserDTO]):
    """Every user of the database."""

    CONTEXT = "UsersModel"
    COL_USERNAME, COL_NAME, COL_ROLE, COL_ACTIVE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("UsersModel", "User name"),
        QT_TRANSLATE_NOOP("UsersModel", "Name"),
        QT_TRANSLATE_NOOP("UsersModel", "Role"),
        QT_TRANSLATE_NOOP("UsersModel", "Can sign in"),
    )

    def sort_value(self, row: UserDTO, column: int) -> Any:
        if column == self.COL_ACTIVE:  # those who can sign in last, locked ones first
            return (not row.locked) * 2 + row.active
        return (row.username, row.display_name, row.role)[column]

    def display(self, row: UserDTO, column: int) -> str:
        if column == self.COL_ROLE:
            return name_of(ROLES, row.role)
        if column == self.COL_ACTIVE:
            if row.locked:
                return self.tr("no (locked after too many wrong passwords)")
            return self.tr("yes") if row.active else self.tr("no (deactivated)")
        return str(self.sort_value(row, column))

    def tone(self, row: UserDTO, column: int) -> Tone | None:
        return Tone.BAD if column == self.COL_ACTIVE and row.locked else None


class PasswordFields(QWidget):
    """A password typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(
            self.tr("At least {n} characters").format(n=MIN_PASSWORD_LENGTH)
        )
        self.second.setPlaceholderText(self.tr("The same again"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.first)
        lay.addWidget(self.second)

    def problem(self) -> str | None:
        """Why the password cannot be used, or None."""
        if len(self.first.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("A password needs at least {n} characters.").format(
                n=MIN_PASSWORD_LENGTH
            )
        if self.first.text() != self.second.text():
            return self.tr("The two passwords differ.")
        return None


class UserDialog(QDialog):
    """A new user, or a new password for one (``user`` given)."""

    def __init__(self, parent: QWidget | None = None, user: UserDTO | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.role = QComboBox(self)
        for code in ROLE_CODES:
            self.role.addItem(name_of(ROLES, code), code)
        self.password = PasswordFields(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if user is None:
            self.setWindowTitle(self.tr("Add a user"))
            form.addRow(self.tr("User name"), self.username)
            form.addRow(self.tr("Name"), self.display_name)
            form.addRow(self.tr("Role"), self.role)
        else:
            self.setWindowTitle(self.tr("New password for {user}").format(user=user.username))
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _on_buttons_accepted(self) -> None:
        problem = self.password.problem()
        if self.user is None and not self.username.text().strip():
            problem = self.tr("Give a user name.")
        if problem:
            self.problem.setText(problem)
            return
        self.accept()


class UsersPage(QWidget):
    """The users and what an administrator does with them.

    Signals:
        database_problem(str): the database did not answer.
    """

    database_problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: UserDialog | None = None
        self.model = UsersModel(self)
        self.title = heading(self.tr("Users"), self)
        self.table = table(self, "users")
        self.table.setModel(self.model)
        self.add = QPushButton(self.tr("Add a user…"), self)
        self.toggle = QPushButton(self.tr("Deactivate"), self)
        self.reset = QPushButton(self.tr("Reset password…"), self)
        self.unlock = QPushButton(self.tr("&Unlock"), self)
        self.unlock.setToolTip(
            self.tr("Let a user locked after too many wrong passwords sign in again.")
        )
        self.message = MessageLine(self)
        self.not_admin = QLabel(self.tr("Only an administrator manages users."), self)
        buttons = QHBoxLayout()
        for b in (self.add, self.toggle, self.reset, self.unlock):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.not_admin)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.add.clicked.connect(self._on_add_clicked)
        self.toggle.clicked.connect(self._on_toggle_clicked)
        self.reset.clicked.connect(self._on_reset_clicked)
        self.unlock.clicked.connect(self._on_unlock_clicked)
        ctx.session.changed.connect(self._on_session_changed)
        self._on_session_changed(ctx.session.actor)

    def _admin(self) -> bool:
        actor = self._ctx.session.actor
        return actor is not None and actor.may("manage_users")

    def _on_session_changed(self, actor: Actor | None) -> None:
        del actor
        admin = self._admin()
        self.not_admin.setVisible(not admin)
        self.table.setVisible(admin)
        self.add.setEnabled(admin)
        self.model.set_rows([])
        if admin:
            self.reload()
        self._on_table_selection_changed()

    def reload(self) -> None:
        """Read the users again."""
        backend = self._ctx.backend
        self._ctx.runner.run_db(
            lambda: users.list_users(backend.uow(readonly=True)), self._on_loaded
        )

    def _on_loaded(self, rows: list[UserDTO] | None, error: BaseException | None) -> None:
        if error is not None or rows is None:
            self._show_error(error or RuntimeError("no users"))
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._on_table_selection_changed()

    def selected_user(self) -> UserDTO | None:
        """The user selected."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _on_table_selection_changed(self, *args) -> None:
        del args
        user, actor = self.selected_user(), self._ctx.session.actor
        chosen = self._admin() and user is not None
        self.reset.setEnabled(chosen)
        self.unlock.setEnabled(chosen and user is not None and user.locked)
        self.toggle.setEnabled(chosen and not (actor and user and user.id == actor.user_id))
        self.toggle.setText(
            self.tr("Reactivate") if user is not None and not user.active else self.tr("Deactivate")
        )

    def _on_add_clicked(self) -> None:
        self.dialog = UserDialog(self)
        self.dialog.accepted.connect(self._on_add_dialog_accepted)
        self.dialog.open()

    def _on_add_dialog_accepted(self) -> None:
        d = self.dialog
        assert d is not None
        username, name = d.username.text().strip(), d.display_name.text().strip()
        role, password = d.role.currentData(), d.password.first.text()
        backend, actor = self._ctx.backend, self._ctx.actor
        self._ctx.runner.run_db(
            lambda: users.add_user(
                backend.uow(), username, password, role, display_name=name, actor=actor
            ),
            lambda user, error: self._done(
                error, lambda: self.tr("{user} added.").format(user=user.username)
            ),
        )

    def _on_toggle_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        backend, actor = self._ctx.backend, self._ctx.actor
        active = not user.active
        self._ctx.runner.run_db(
            lambda: users.set_active(backend.uow(), actor, user.id, active),
            lambda result, error: self._done(
                error,
                lambda: (
                    self.tr("{user} can sign in again.")
                    if active
                    else self.tr("{user} can no longer sign in.")
                ).format(user=user.username),
            ),
        )

    def _on_unlock_clicked(self) -> None:
        user = self.selected_user()
        if user is None or not user.locked:
            return
        backend, actor = self._ctx.backend, self._ctx.actor
        self._ctx.runner.run_db(
            lambda: users.unlock_user(backend.uow(), actor, user.id),
            lambda result, error: self._done(
                error, lambda: self.tr("{user} can sign in again.").format(user=user.username)
            ),
        )

    def _on_reset_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        self.dialog = UserDialog(self, user)
        self.dialog.accepted.connect(self._on_reset_dialog_accepted)
        self.dialog.open()

    def _on_reset_dialog_accepted(self) -> None:
        d = self.dialog
        assert d is not None and d.user is not None
        user, password = d.user, d.password.first.text()
        backend, actor = self._ctx.backend, self._ctx.actor
        self._ctx.runner.run_db(
            lambda: users.reset_password(backend.uow(), actor, user.id, password),
            lambda result, error: self._done(
                error, lambda: self.tr("New password set for {user}.").format(user=user.username)
            ),
        )

    def _done(self, error: BaseException | None, text) -> None:
        if error is not None:
            self._show_error(error)
        else:
            self.message.say(text(), Tone.GOOD)
        self.reload()

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.message, self.database_problem, error)
