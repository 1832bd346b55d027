"""The payout dialogs: which way a refund's money goes, and a supervisor's decision on a payout
nobody can tell went through."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.payouts import PayoutError, valid_iban
from returns_app.services.payouts.views import PayoutQueueRow
from ui.backoffice.common import moment, money
from ui.backoffice.payouts_model import method_text, stage_text
from ui.translator import render


class PayDialog(QDialog):
    """Pay an issued refund: through Paytrail, as an e-mail refund, or by bank transfer.

    ``offered`` limits the ways (after a refusal: the fallbacks Paytrail's answer left).
    """

    def __init__(
        self,
        row: PayoutQueueRow,
        parent: QWidget | None = None,
        *,
        offered: tuple[str, ...] = ("paytrail", "email_refund", "transfer"),
    ) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Pay refund {code}").format(code=row.return_code))
        intro = QLabel(
            self.tr("Pay {total} to {customer} (credit note {number}).").format(
                total=money(row.total, row.currency),
                customer=row.customer_name,
                number=row.credit_note_number,
            ),
            self,
        )
        intro.setWordWrap(True)
        self.ways = QButtonGroup(self)
        self.buttons_by_method: dict[str, QRadioButton] = {}
        texts = {
            "paytrail": self.tr("Back to the card or bank through Paytrail"),
            "email_refund": self.tr("Paytrail e-mail refund (the customer gets a link)"),
            "transfer": self.tr("Bank transfer to the customer's account"),
        }
        for method in ("paytrail", "email_refund", "transfer"):
            button = QRadioButton(texts[method], self)
            button.setEnabled(method in offered)
            self.ways.addButton(button)
            self.buttons_by_method[method] = button
        self.buttons_by_method[offered[0]].setChecked(True)
        self.transaction = QLineEdit(self)
        self.transaction.setPlaceholderText(self.tr("only if the order has none"))
        self.email = QLineEdit(self)
        self.iban = QLineEdit(self)
        self.iban.setPlaceholderText("FI00 1234 5600 0007 85")
        self.holder = QLineEdit(self)
        self.holder.setText(row.customer_name)
        self.problem = QLabel(self)
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Paytrail transaction id"), self.transaction)
        self.form.addRow(self.tr("Customer's e-mail"), self.email)
        self.form.addRow(self.tr("IBAN"), self.iban)
        self.form.addRow(self.tr("Account holder"), self.holder)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pay"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in self.buttons_by_method.values():
            layout.addWidget(button)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.box)
        self.box.accepted.connect(self._on_box_accepted)
        self.box.rejected.connect(self.reject)
        self.ways.buttonToggled.connect(self._on_ways_button_toggled)
        self._on_ways_button_toggled()

    @property
    def method(self) -> str:
        """The way chosen."""
        return next(m for m, b in self.buttons_by_method.items() if b.isChecked())

    def _on_ways_button_toggled(self, *args) -> None:
        del args
        method = self.method
        for field, shown in (
            (self.transaction, method == "paytrail"),
            (self.email, method == "email_refund"),
            (self.iban, method == "transfer"),
            (self.holder, method == "transfer"),
        ):
            self.form.setRowVisible(field, shown)
        self.problem.clear()

    def _on_box_accepted(self) -> None:
        if self.method == "transfer":
            try:
                valid_iban(self.iban.text())
            except PayoutError as exc:
                self.problem.setText(render(exc.message))
                self.iban.setFocus()
                return
            if not self.holder.text().strip():
                self.problem.setText(self.tr("Write the account holder's name."))
                self.holder.setFocus()
                return
        if self.method == "email_refund" and "@" not in self.email.text():
            self.problem.setText(self.tr("Write the customer's e-mail address."))
            self.email.setFocus()
            return
        self.accept()


class DecideDialog(QDialog):
    """A supervisor decides a payout in doubt, with its facts in view."""

    def __init__(self, row: PayoutQueueRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        p = row.payout
        assert p is not None
        self.row = row
        self.setWindowTitle(self.tr("Decide the payout of {code}").format(code=row.return_code))
        facts = [
            self.tr("{method} of {amount}, {state}.").format(
                method=method_text(p.method),
                amount=money(p.amount, row.currency),
                state=stage_text(row.stage),
            ),
            self.tr("Started by {who} at {station}, {when}; refund stamp {stamp}.").format(
                who=p.created_by or "—",
                station=p.station or "—",
                when=moment(p.created_at),
                stamp=p.stamp,
            ),
        ]
        if p.transaction_id:
            facts.append(self.tr("Payment (transaction id): {id}").format(id=p.transaction_id))
        if p.said is not None:
            facts.append(self.tr("Last heard: {words}").format(words=render(p.said)))
        facts.append(
            self.tr(
                "Look for the refund stamp in Paytrail's merchant panel (or the customer's bank "
                "statement) before deciding. Not paid lets the refund be paid again."
            )
        )
        self.facts = QLabel("\n".join(facts), self)
        self.facts.setWordWrap(True)
        self.paid = QRadioButton(self.tr("It was paid"), self)
        self.not_paid = QRadioButton(self.tr("It was not paid"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("What you checked"))
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Decide"))
        layout = QVBoxLayout(self)
        for w in (self.facts, self.paid, self.not_paid, self.reason, self.box):
            layout.addWidget(w)
        self.box.accepted.connect(self._on_box_accepted)
        self.box.rejected.connect(self.reject)
        self.paid.toggled.connect(self._on_choice_toggled)
        self.not_paid.toggled.connect(self._on_choice_toggled)
        self.reason.textChanged.connect(self._on_choice_toggled)
        self._on_choice_toggled()

    @property
    def outcome(self) -> str:
        """``paid`` or ``failed``."""
        return "paid" if self.paid.isChecked() else "failed"

    def _on_choice_toggled(self, *args) -> None:
        del args
        chosen = self.paid.isChecked() or self.not_paid.isChecked()
        written = len(self.reason.toPlainText().strip()) >= 3
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen and written)

    def _on_box_accepted(self) -> None:
        self.accept()
