"""Settings → Payments: Paytrail's merchant id and secret, kept in this computer's keyring and
tested against Paytrail (a harmless signed request) before anyone pays with them.

Reading and writing the keyring and asking Paytrail are I/O: they run on the task runner's
I/O pool. Only an administrator saves; anyone may test.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.services.payouts import paying
from returns_app.services.payouts.paytrail import (
    Paytrail,
    PaytrailConfig,
    check_credentials,
    credentials_kept,
    load_config,
)
from returns_app.services.secrets import get_secret
from ui.backoffice.common import MessageLine, report_error
from ui.context import AppContext
from ui.style import Tone
from ui.translator import render

ClientFor = Callable[[str, str], Paytrail]


def default_client(account: str, secret: str) -> Paytrail:
    """A client with the given credentials at Paytrail's address (or the one configured)."""
    try:
        base = load_config()
    except Exception:  # noqa: BLE001 (nothing kept yet: Paytrail's own address)
        return Paytrail(PaytrailConfig(account, secret))
    return Paytrail(PaytrailConfig(account, secret, base.base_url, base.timeout))


class PaymentSettings(QWidget):
    """Paytrail's merchant id and secret.

    Signals:
        database_problem(str): the database did not answer (saving is audited).
    """

    database_problem = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        client_for: ClientFor = default_client,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client_for = client_for
        self.account = QLineEdit(self)
        self.account.setPlaceholderText("375917")
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.test = QPushButton(self.tr("Test with Paytrail"), self)
        self.save = QPushButton(self.tr("Save"), self)
        self.message = MessageLine(self)
        note = QLabel(
            self.tr(
                "The secret is kept in this computer's password store (keyring), never in the "
                "database or the settings file. Refunds are paid through Paytrail with them."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        form = QFormLayout()
        form.addRow(self.tr("Merchant id"), self.account)
        form.addRow(self.tr("Secret key"), self.secret)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test)
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.test.clicked.connect(self._on_test_clicked)
        self.save.clicked.connect(self._on_save_clicked)
        ctx.session.changed.connect(self._on_session_changed)
        self._on_session_changed(ctx.session.actor)
        self.reload()

    def reload(self) -> None:
        """Read what the keyring keeps (the merchant id; whether a secret is there)."""
        self._ctx.runner.run_io(credentials_kept, self._on_loaded)

    def _on_loaded(self, kept, error: BaseException | None) -> None:
        if error is not None or kept is None:
            report_error(self._ctx, self.message, self.database_problem, error or RuntimeError())
            return
        account, has_secret = kept
        self.account.setText(account)
        self.secret.clear()
        self.secret.setPlaceholderText(
            self.tr("kept in the keyring; type to replace") if has_secret else ""
        )

    def _on_session_changed(self, actor: Actor | None) -> None:
        admin = actor is not None and actor.may("manage_settings")
        self.save.setEnabled(admin)
        self.save.setToolTip("" if admin else self.tr("Only an administrator changes these."))

    def _on_test_clicked(self) -> None:
        account, typed, make = (
            self.account.text().strip(),
            self.secret.text().strip(),
            self._client_for,
        )
        self.message.say(self.tr("Asking Paytrail…"), Tone.INFO)
        self.test.setEnabled(False)

        def work():
            secret = typed or get_secret("paytrail:secret") or ""
            return check_credentials(make(account, secret))

        self._ctx.runner.run_io(work, self._on_tested)

    def _on_tested(self, said, error: BaseException | None) -> None:
        self.test.setEnabled(True)
        if error is not None or said is None:
            report_error(self._ctx, self.message, self.database_problem, error or RuntimeError())
            return
        text = render(said)
        self.message.say(text, Tone.GOOD if "accepted" in said.text else Tone.BAD)

    def _on_save_clicked(self) -> None:
        backend, actor = self._ctx.backend, self._ctx.actor
        account, secret = self.account.text(), self.secret.text()
        self._ctx.runner.run_io(
            lambda: paying.set_paytrail_credentials(backend.uow(), actor, account, secret),
            self._on_saved,
        )

    def _on_saved(self, _result, error: BaseException | None) -> None:
        if error is not None:
            report_error(self._ctx, self.message, self.database_problem, error)
            return
        self.message.say(self.tr("Saved in this computer's keyring."), Tone.GOOD)
        self.reload()
