"""The refund queue's dialogs: how refunds are paid back, and what a batch issue did."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from returns_app.services import backoffice as bo
from returns_app.services.backoffice import RefundQueueRow
from ui.backoffice.common import METHODS, heading, money, name_of
from ui.backoffice.refund_batch import BatchOutcome
from ui.money import money_sum
from ui.style import Tone, chip


class IssueDialog(QDialog):
    """How a refund is paid back: the method and the payment reference.

    For a batch (``skipped`` given: the selected refunds that cannot be issued now) it also
    says how many are skipped and how many of the others a supervisor approves by issuing
    them.
    """

    def __init__(
        self,
        rows: list[RefundQueueRow],
        parent: QWidget | None = None,
        *,
        skipped: list[RefundQueueRow] | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows = rows
        self.batch = skipped is not None
        self.skipped = list(skipped or [])
        total = money_sum((r.total, r.currency) for r in rows)
        if len(rows) == 1:
            self.setWindowTitle(self.tr("Issue refund {code}").format(code=rows[0].return_code))
            text = self.tr("Refund {total} to {customer} for return {code}.").format(
                total=total, customer=rows[0].customer_name, code=rows[0].return_code
            )
        else:
            self.setWindowTitle(self.tr("Issue {n} refunds").format(n=len(rows)))
            text = self.tr(
                "Issue {n} refunds, {total} in all. Each one is issued on its own: one that "
                "cannot be issued does not stop the others."
            ).format(n=len(rows), total=total)
        approvals = sum(1 for r in rows if bo.NEEDS_APPROVAL in r.reasons)
        if self.batch and approvals:
            text += " " + self.tr(
                "Issuing also approves the ones that need a supervisor's approval ({n})."
            ).format(n=approvals)
        if self.skipped:
            text += " " + self.tr(
                "Selected but cannot be issued now, so skipped: {n}. The summary at the "
                "end says why."
            ).format(n=len(self.skipped))
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        self.method = QComboBox(self)
        for code in METHODS:
            self.method.addItem(name_of(METHODS, code), code)
        self.method.setCurrentIndex(max(0, self.method.findData(rows[0].method)))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("e.g. the payment provider's refund id"))
        self.reference.setEnabled(len(rows) == 1 and not self.batch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Paid back to"), self.method)
        form.addRow(self.tr("Payment reference"), self.reference)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)


class BatchSummaryDialog(QDialog):
    """What a batch issue did: each refund issued (amount, credit note) and each one skipped
    with its reason in words."""

    def __init__(self, outcome: BatchOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch issue done"))
        self.setMinimumWidth(720)
        self.headline = heading(self.tr("Batch issue done"), self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        chip(self.result, self._summary(outcome), Tone.WARN if outcome.skipped else Tone.GOOD)
        self.issued_title = QLabel(self.tr("Issued ({n})").format(n=len(outcome.issued)), self)
        self.issued = QListWidget(self)
        self.issued.setObjectName("batchIssued")
        self.issued.setWordWrap(True)
        for r in outcome.issued:
            self.issued.addItem(
                self.tr("{code} · {customer} · {total} · credit note {number}").format(
                    code=r.return_code,
                    customer=r.customer_name,
                    total=money(r.total, r.currency),
                    number=r.credit_note_number,
                )
            )
        self.skipped_title = QLabel(
            self.tr("Skipped, not issued ({n})").format(n=len(outcome.skipped)), self
        )
        self.skipped = QListWidget(self)
        self.skipped.setObjectName("batchSkipped")
        self.skipped.setWordWrap(True)
        for s in outcome.skipped:
            self.skipped.addItem(
                self.tr("{code} · {customer}: {reason}").format(
                    code=s.return_code, customer=s.customer_name, reason=s.reason
                )
            )
        for title, items in ((self.issued_title, self.issued), (self.skipped_title, self.skipped)):
            title.setVisible(items.count() > 0)
            items.setVisible(items.count() > 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.result)
        layout.addWidget(self.issued_title)
        layout.addWidget(self.issued, 1)
        layout.addWidget(self.skipped_title)
        layout.addWidget(self.skipped, 1)
        layout.addWidget(self.buttons)

    def _summary(self, outcome: BatchOutcome) -> str:
        text = self.tr("Issued: {n}, {total} in all.").format(
            n=len(outcome.issued), total=money_sum((r.total, r.currency) for r in outcome.issued)
        )
        if outcome.skipped:
            text += " " + self.tr("Skipped: {n}, see why below.").format(n=len(outcome.skipped))
        return text

    def lines(self) -> tuple[list[str], list[str]]:
        """The texts listed: (issued, skipped)."""
        return (
            [self.issued.item(i).text() for i in range(self.issued.count())],
            [self.skipped.item(i).text() for i in range(self.skipped.count())],
        )
