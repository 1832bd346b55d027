"""Settings -> E-mail: the SMTP server, which e-mails the customers get, a test message, the
wording (template editor) and the messages that need an administrator's decision.

The password goes to this computer's password store (``services.secrets``), never into the
shop settings; the field stays empty and says whether one is kept.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.services.mail import manage
from returns_app.services.mail.smtp import SmtpConfig, password_name
from returns_app.services.secrets import get_secret
from returns_app.services.shop_settings import ShopSettings, load_settings, save_settings
from ui.backoffice.common import MessageLine, report_error
from ui.backoffice.mail_problems import MailProblemsWidget
from ui.context import AppContext
from ui.style import Tone

KINDS = ("return_registered", "parcel_arrived", "refund_issued", "return_rejected")


class MailSettingsWidget(QWidget):
    """Edit the e-mail settings (administrators), send a test message, open the wording.

    Signals:
        database_problem(str): the database did not answer.
    """

    database_problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.loaded: ShopSettings | None = None
        self._build()
        self.save.clicked.connect(self._on_save_clicked)
        self.test.clicked.connect(self._on_test_clicked)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.wording.clicked.connect(self._on_wording_clicked)
        self.problems.database_problem.connect(self.database_problem)
        ctx.session.changed.connect(self._on_session_changed)
        self._on_session_changed(ctx.session.actor)
        self.reload()

    # --- Layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("smtp.example.fi")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.security = QComboBox(self)
        self.security.addItem("STARTTLS (587)", "starttls")
        self.security.addItem("TLS (465)", "tls")
        self.security.addItem(self.tr("None"), "none")
        self.security.setToolTip(
            self.tr(
                "STARTTLS on port 587 or TLS from the start on port 465; no encryption only "
                "inside a network you trust"
            )
        )
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(self.tr("Empty: the computer's own certificates"))
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.sender = QLineEdit(self)
        self.language = QComboBox(self)
        self.language.addItem("Suomi", "fi")
        self.language.addItem("English", "en")
        server = QGroupBox(self.tr("Mail server (SMTP)"), self)
        form = QFormLayout(server)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.password_note = QLabel(self)
        self.password_note.setWordWrap(True)
        self.password_note.setVisible(False)
        form.addRow("", self.password_note)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.browse)
        form.addRow(self.tr("Trust this certificate (PEM)"), ca_row)
        form.addRow(self.tr("Sender address"), self.sender)
        form.addRow(self.tr("Language when the order has none"), self.language)

        self.kinds: dict[str, QCheckBox] = {
            "return_registered": QCheckBox(
                self.tr("Return registered: instructions, deadline and the return label"), self
            ),
            "parcel_arrived": QCheckBox(
                self.tr("Parcel arrived: what came, what was missing or not accepted"), self
            ),
            "refund_issued": QCheckBox(
                self.tr("Refund issued: the amount and the credit note"), self
            ),
            "return_rejected": QCheckBox(
                self.tr("Return rejected: the reason and what happens to the goods"), self
            ),
        }
        send = QGroupBox(self.tr("E-mails to customers"), self)
        lay = QVBoxLayout(send)
        for box in self.kinds.values():
            lay.addWidget(box)
        self.wording = QPushButton(self.tr("Edit the wording…"), self)

        self.test_to = QLineEdit(self)
        self.test_to.setPlaceholderText(self.tr("Your own address"))
        self.test = QPushButton(self.tr("Send a test message"), self)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test)
        lay.addLayout(test_row)

        self.save = QPushButton(self.tr("Save e-mail settings"), self)
        self.message = MessageLine(self)
        self.problems = MailProblemsWidget(self._ctx, self)
        left = QVBoxLayout()
        left.addWidget(server)
        left.addWidget(send)
        left.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.wording)
        bottom.addWidget(self.save)
        left.addLayout(bottom)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addWidget(self.problems, 1)
        self.editors: list[QWidget] = [
            self.host,
            self.port,
            self.security,
            self.username,
            self.password,
            self.ca_file,
            self.browse,
            self.sender,
            self.language,
            *self.kinds.values(),
            self.wording,
            self.test_to,
            self.test,
            self.save,
        ]

    # --- Reading and showing -------------------------------------------------------------

    def reload(self) -> None:
        """Read the settings again (and whether a password is kept)."""
        backend = self._ctx.backend

        def read() -> tuple[ShopSettings, bool]:
            settings = load_settings(backend.uow(readonly=True))
            kept = bool(
                settings.smtp_username
                and get_secret(password_name(settings.smtp_host, settings.smtp_username))
            )
            return settings, kept

        self._ctx.runner.run_db(read, self._on_loaded)

    def _on_loaded(self, result, error: BaseException | None) -> None:
        if error is not None or result is None:
            self._show_error(error or RuntimeError("no settings"))
            return
        settings, kept = result
        self.loaded = settings
        self.host.setText(settings.smtp_host)
        self.port.setValue(settings.smtp_port)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.smtp_security)))
        self.username.setText(settings.smtp_username)
        self.password.clear()
        self.password.setPlaceholderText(
            self.tr("Kept in this computer's password store; type to change")
            if kept
            else self.tr("Not on this computer: type it to send from here too")
            if settings.smtp_username
            else self.tr("Not set")
        )
        # The password is kept per computer: a station without it sends nothing (it would
        # only use up the messages' tries); another station that has it sends them.
        self.password_note.setText(
            self.tr(
                "This computer has no password for {user}: it sends no e-mail. E-mail is sent "
                "from a station that has the password, or save it here."
            ).format(user=settings.smtp_username)
            if settings.smtp_username and not kept
            else ""
        )
        self.password_note.setVisible(bool(settings.smtp_username and not kept))
        self.ca_file.setText(settings.smtp_ca_file)
        self.sender.setText(settings.mail_from)
        self.sender.setPlaceholderText(settings.email)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.mail_language)))
        for kind, box in self.kinds.items():
            box.setChecked(getattr(settings, f"mail_{kind}"))

    def _may_edit(self) -> bool:
        actor = self._ctx.session.actor
        return actor is not None and actor.may("manage_settings")

    def _on_session_changed(self, actor: Actor | None) -> None:
        del actor
        for w in self.editors:
            w.setEnabled(self._may_edit())

    # --- Editing --------------------------------------------------------------------------

    def edited(self) -> dict[str, Any]:
        """The settings as the fields show them (the password is not one of them)."""
        values: dict[str, Any] = {
            "smtp_host": self.host.text().strip(),
            "smtp_port": self.port.value(),
            "smtp_security": self.security.currentData(),
            "smtp_username": self.username.text().strip(),
            "smtp_ca_file": self.ca_file.text().strip(),
            "mail_from": self.sender.text().strip(),
            "mail_language": self.language.currentData(),
        }
        for kind, box in self.kinds.items():
            values[f"mail_{kind}"] = box.isChecked()
        return values

    def config(self) -> SmtpConfig:
        """The server as the fields describe it, with the typed password (or none)."""
        values = self.edited()
        password = self.password.text()
        return SmtpConfig(
            values["smtp_host"],
            values["smtp_port"],
            values["smtp_security"],
            values["smtp_username"],
            password,
            values["smtp_ca_file"],
        )

    def _on_save_clicked(self) -> None:
        if self.loaded is None:
            return
        changes = {k: v for k, v in self.edited().items() if v != getattr(self.loaded, k)}
        password = self.password.text()
        if not changes and not password:
            self.message.say(self.tr("Nothing was changed."), Tone.INFO)
            return
        host, user = self.host.text().strip(), self.username.text().strip()
        backend, actor = self._ctx.backend, self._ctx.actor

        def store() -> ShopSettings:
            if password:
                manage.set_smtp_password(backend.uow(), actor, host, user, password)
            if changes:
                return save_settings(backend.uow(), actor, **changes)
            return load_settings(backend.uow(readonly=True))

        self._ctx.runner.run_db(store, self._on_saved)

    def _on_saved(self, settings: ShopSettings | None, error: BaseException | None) -> None:
        if error is not None or settings is None:
            self._show_error(error or RuntimeError("not saved"))
            return
        self.message.say(self.tr("E-mail settings saved."), Tone.GOOD)
        self.reload()

    def _on_test_clicked(self) -> None:
        if not self.host.text().strip():
            self.message.say(self.tr("Fill in the mail server first."), Tone.WARN)
            return
        backend, actor, config = self._ctx.backend, self._ctx.actor, self.config()
        to = self.test_to.text().strip()
        self.test.setEnabled(False)
        self.message.say(self.tr("Sending a test message…"), Tone.INFO)

        def send() -> None:
            # The kept password is read here, off the GUI thread (a keyring may take a while).
            kept = config.password or get_secret(password_name(config.host, config.username))
            manage.send_test_message(backend.uow(), actor, to, replace(config, password=kept or ""))

        self._ctx.runner.run_io(send, self._on_tested)

    def _on_tested(self, result: None, error: BaseException | None) -> None:
        del result
        self.test.setEnabled(self._may_edit())
        if error is not None:
            self._show_error(error)
            return
        self.message.say(
            self.tr("The test message went to {address}. Check that it arrived.").format(
                address=self.test_to.text().strip()
            ),
            Tone.GOOD,
        )

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The server's certificate"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.ca_file.setText(path)

    def _on_wording_clicked(self) -> None:
        from ui.backoffice.mail_templates import MailTemplateDialog

        dialog = MailTemplateDialog(self._ctx, self)
        dialog.open()

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.message, self.database_problem, error)
