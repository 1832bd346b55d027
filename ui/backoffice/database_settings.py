"""Choosing this station's database: a local file or a shared PostgreSQL, tested before use,
switched without restarting.

The password of a shared database is kept in PostgreSQL's passfile or the system keyring
(:mod:`ui.backoffice.db_secrets`), never in the settings. "Test connection" connects once and
says what is there, changing nothing. "Use this database" opens it (a new local file or an
empty server database is set up) and emits :attr:`DatabaseSettings.database_switched` with the
new backend; whoever owns the main window swaps it in (see ``switch_database``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from returns_app.services.backoffice_db import DatabaseProbe, probe_database, sqlite_url
from returns_app.services.runtime import Backend, open_backend
from ui.backoffice.common import MessageLine
from ui.backoffice.db_secrets import (
    KeyringStore,
    Server,
    default_passfile,
    password_store,
    server_url,
)
from ui.context import AppContext
from ui.error_text import describe
from ui.style import Tone


@dataclass(frozen=True)
class DatabaseChoice:
    """What the fields say, password aside."""

    kind: str  # "local" or "shared"
    sqlite_path: str
    server: Server
    password_store: str
    passfile: str


def switch_database(ctx: AppContext, backend: Backend) -> Backend:
    """Make ``backend`` the app's database and close the old one; returns the old one.

    For the main window's handler of ``database_switched``: call this, then sign the user
    out (users belong to a database) and rebuild the areas."""
    old = ctx.backend
    ctx.backend = backend
    if old is not backend:
        # Database work runs one task at a time, in order: closing the old database as the
        # next task lets the tasks already queued for it finish, without waiting here.
        ctx.runner.run_db(old.close, lambda result, error: None)
    return old


class DatabaseSettings(QWidget):
    """The database part of the settings.

    Signals:
        database_switched(object): the new :class:`Backend`, open and ready.
    """

    database_switched = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._busy = False
        self._build()
        self._load()
        self._wire()
        self._on_kind_changed()

    def _build(self) -> None:
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        self.local = QRadioButton(self.tr("A local file on this computer (one station)"), self)
        self.shared = QRadioButton(self.tr("A shared PostgreSQL server (several stations)"), self)
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.local)
        self.kinds.addButton(self.shared)
        self.local_box = QGroupBox(self.tr("Local file"), self)
        self.path = QLineEdit(self.local_box)
        self.path.setPlaceholderText(self.tr("Empty: the app's own data folder"))
        self.browse = QPushButton(self.tr("Choose…"), self.local_box)
        row = QHBoxLayout(self.local_box)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.shared_box = QGroupBox(self.tr("PostgreSQL server"), self)
        self.host = QLineEdit(self.shared_box)
        self.port = QSpinBox(self.shared_box)
        self.port.setRange(1, 65535)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit(self.shared_box)
        self.user = QLineEdit(self.shared_box)
        self.password = QLineEdit(self.shared_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Leave empty to use the one kept already"))
        self.store = QComboBox(self.shared_box)
        self.store.addItem(
            self.tr("PostgreSQL password file ({path})").format(path=default_passfile()),
            "passfile",
        )
        self.store.addItem(self.tr("System keyring"), "keyring")
        if not KeyringStore.available():
            self.store.model().item(1).setEnabled(False)
            self.store.setItemData(
                1,
                self.tr("No system keyring is installed on this computer."),
                Qt.ItemDataRole.ToolTipRole,
            )
        form = QFormLayout(self.shared_box)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Keep the password in"), self.store)
        self.test = QPushButton(self.tr("Test connection"), self)
        self.use = QPushButton(self.tr("Use this database"), self)
        self.message = MessageLine(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test)
        buttons.addWidget(self.use)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.local)
        layout.addWidget(self.local_box)
        layout.addWidget(self.shared)
        layout.addWidget(self.shared_box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _load(self) -> None:
        s = self._ctx.settings
        (self.shared if s.get("database/kind") == "shared" else self.local).setChecked(True)
        path = s.get("database/sqlite_path")
        if not path and self._ctx.backend.url.startswith("sqlite:///"):
            path = self._ctx.backend.url.removeprefix("sqlite:///")  # the file open now
        self.path.setText(path)
        self.host.setText(s.get("database/pg_host"))
        self.port.setValue(s.get("database/pg_port"))
        self.database.setText(s.get("database/pg_database"))
        self.user.setText(s.get("database/pg_user"))
        self.store.setCurrentIndex(max(0, self.store.findData(s.get("database/password_store"))))
        self._show_current()

    def _show_current(self) -> None:
        backend = self._ctx.backend
        kind = self.tr("local file") if backend.kind == "local" else self.tr("shared server")
        self.current.setText(
            self.tr("Now in use: {url} ({kind})").format(url=backend.display_url, kind=kind)
        )

    def _wire(self) -> None:
        self.local.toggled.connect(self._on_kind_changed)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.test.clicked.connect(self._on_test_clicked)
        self.use.clicked.connect(self._on_use_clicked)

    def _on_kind_changed(self, *args) -> None:
        del args
        self.local_box.setEnabled(self.local.isChecked())
        self.shared_box.setEnabled(self.shared.isChecked())

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.path.text(),
            self.tr("SQLite databases (*.sqlite3 *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path.setText(path)

    def choice(self) -> DatabaseChoice:
        """The database the fields describe."""
        return DatabaseChoice(
            "shared" if self.shared.isChecked() else "local",
            self.path.text().strip(),
            Server(
                self.host.text().strip(),
                self.port.value(),
                self.database.text().strip(),
                self.user.text().strip(),
            ),
            self.store.currentData(),
            self._ctx.settings.get("database/pg_passfile"),
        )

    def _check(self, choice: DatabaseChoice) -> bool:
        if choice.kind == "shared" and not all(
            (choice.server.host, choice.server.database, choice.server.user)
        ):
            self.message.say(self.tr("Give the server, the database and the user."), Tone.WARN)
            return False
        return True

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.test.setEnabled(not busy)
        self.use.setEnabled(not busy)
        if busy:
            self.message.say(text, Tone.INFO)

    # --- Testing --------------------------------------------------------------------------

    def _on_test_clicked(self) -> None:
        choice = self.choice()
        if self._busy or not self._check(choice):
            return
        password = self.password.text()
        self._set_busy(True, self.tr("Connecting…"))
        # The I/O pool: a server that does not answer must not hold up this database's work.
        self._ctx.runner.run_io(lambda: probe_database(_url(choice, password)), self._on_tested)

    def _on_tested(self, probe: DatabaseProbe | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None or probe is None:
            self.message.say(describe(error or RuntimeError("no answer")).text, Tone.BAD)
            return
        self.message.say(self._probe_text(probe), Tone.GOOD if probe.usable else Tone.BAD)

    def _probe_text(self, probe: DatabaseProbe) -> str:
        if probe.state == "current":
            return self.tr("Connected: {orders} orders and {returns} returns.").format(
                orders=QLocale().toString(probe.orders or 0),
                returns=QLocale().toString(probe.returns or 0),
            )
        if probe.state == "empty":
            return self.tr("Connected: the database is empty; it is set up when you use it.")
        if probe.state == "behind" and probe.usable:
            return self.tr("Connected: the file is upgraded (after a backup) when you use it.")
        if probe.state == "behind":
            return self.tr(
                "Connected, but the database needs an upgrade first: ask an administrator to "
                "run 'returns-app db upgrade' as the database owner."
            )
        if probe.state == "ahead":
            return self.tr(
                "Connected, but a newer Returns Desk made this database. Update the app."
            )
        return self.tr(
            "Connected, but the database holds something else. Choose an empty database or a "
            "Returns Desk one."
        )

    # --- Switching ------------------------------------------------------------------------

    def _on_use_clicked(self) -> None:
        choice = self.choice()
        if self._busy or not self._check(choice):
            return
        password = self.password.text()
        self._set_busy(True, self.tr("Opening the database…"))

        station = self._ctx.settings.get("station/name")

        def work() -> Backend:
            probe = probe_database(_url(choice, password))
            if not probe.usable:
                raise _NotUsable(probe)
            if choice.kind == "shared" and password:
                store = password_store(choice.password_store, choice.passfile)
                store.store(choice.server, password)
            # Open it the way the next start will: the password from its store.
            kept = "" if choice.password_store == "passfile" else password
            return open_backend(_url(choice, kept) or None, station=station)

        self._ctx.runner.run_io(work, self._on_opened)

    def _on_opened(self, backend: Backend | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if isinstance(error, _NotUsable):
            self.message.say(self._probe_text(error.probe), Tone.BAD)
            return
        if error is not None or backend is None:
            self.message.say(describe(error or RuntimeError("no database")).text, Tone.BAD)
            return
        self._save(self.choice())
        self.password.clear()
        self.message.say(self.tr("Now using {url}.").format(url=backend.display_url), Tone.GOOD)
        self.current.setText(self.tr("Now in use: {url}").format(url=backend.display_url))
        self.database_switched.emit(backend)

    def _save(self, choice: DatabaseChoice) -> None:
        s = self._ctx.settings
        s.set("database/kind", choice.kind)
        s.set("database/sqlite_path", choice.sqlite_path)
        s.set("database/pg_host", choice.server.host)
        s.set("database/pg_port", choice.server.port)
        s.set("database/pg_database", choice.server.database)
        s.set("database/pg_user", choice.server.user)
        s.set("database/password_store", choice.password_store)
        # Never a password here: the passfile or the keyring has it.
        s.set("database/url", _url(choice, ""))


class _NotUsable(Exception):
    def __init__(self, probe: DatabaseProbe) -> None:
        super().__init__(probe.state)
        self.probe = probe


def _url(choice: DatabaseChoice, password: str) -> str:
    if choice.kind == "local":
        return sqlite_url(choice.sqlite_path)
    return server_url(choice.server, choice.password_store, choice.passfile, password)
