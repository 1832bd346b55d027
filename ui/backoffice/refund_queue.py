"""The refund queue: refunds waiting for approval or for issue, by their legal deadline.

Overdue refunds are red and say "overdue"; those due within two days amber. A clerk issues
one refund at a time; a supervisor also approves and issues a batch. Each issue is exactly
once (an idempotency key per click), and its credit note can go straight to the printer.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from returns_app.domain.users import Actor
from returns_app.services import backoffice as bo
from returns_app.services import documents, refunds
from returns_app.services.backoffice import BatchIssueResult, RefundQueueRow
from returns_app.services.documents import StoredDocument
from returns_app.services.dto import RefundDTO
from ui.backoffice.common import (
    METHODS,
    SORT_ROLE,
    EmptyHint,
    MessageLine,
    heading,
    money,
    name_of,
    report_error,
)
from ui.backoffice.refund_queue_model import RefundQueueModel, may_issue
from ui.backoffice.return_page import PrintDocument
from ui.backoffice.return_page_view import table
from ui.context import AppContext
from ui.style import Tone
from ui.translator import render

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override


class IssueDialog(QDialog):
    """How a refund is paid back: the method and the payment reference."""

    def __init__(self, rows: list[RefundQueueRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        total = sum((r.total for r in rows), Decimal("0.00"))
        if len(rows) == 1:
            self.setWindowTitle(self.tr("Issue refund {code}").format(code=rows[0].return_code))
            text = self.tr("Refund {total} to {customer} for return {code}.").format(
                total=money(total), customer=rows[0].customer_name, code=rows[0].return_code
            )
        else:
            self.setWindowTitle(self.tr("Issue {n} refunds").format(n=len(rows)))
            text = self.tr(
                "Issue {n} refunds, {total} in all. Each one is issued on its own: one that "
                "cannot be issued does not stop the others."
            ).format(n=len(rows), total=money(total))
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        self.method = QComboBox(self)
        for code in METHODS:
            self.method.addItem(name_of(METHODS, code), code)
        self.method.setCurrentIndex(max(0, self.method.findData(rows[0].method)))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("e.g. the payment provider's refund id"))
        self.reference.setEnabled(len(rows) == 1)
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


class RefundQueueWidget(QWidget):
    """The refunds waiting and what can be done with them.

    Signals:
        open_return_requested(int): the id of a return to show (double-click).
        database_problem(str): the database did not answer.
    """

    open_return_requested = Signal(int)
    database_problem = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        print_document: PrintDocument | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._seen = False  # read when built; again each time it comes back into view
        self._print_document = print_document
        self._today = today or ctx.today
        self.issue_dialog: IssueDialog | None = None
        self.model = RefundQueueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._build()
        self._wire()
        self._on_session_changed(ctx.session.actor)
        self.reload()

    def _build(self) -> None:
        self.title = heading(self.tr("Refund queue"), self)
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.message = MessageLine(self)
        self.table = table(self, "refundQueue")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "Nothing to refund now. Refunds computed at the desk (Ctrl+R) wait here until "
                "they are issued."
            ),
        )
        self.approve = QPushButton(self.tr("Approve"), self)
        self.issue = QPushButton(self.tr("Issue refund…"), self)
        self.batch = QPushButton(self.tr("Issue selected…"), self)
        self.refresh = QPushButton(self.tr("Refresh"), self)
        self.print_slip = QCheckBox(self.tr("Print the credit note when issued"), self)
        self.print_slip.setChecked(self._print_document is not None)
        self.print_slip.setEnabled(self._print_document is not None)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.approve, self.issue, self.batch):
            buttons.addWidget(b)
        buttons.addWidget(self.print_slip)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_print_document(self, print_document: PrintDocument | None) -> None:
        """Where credit notes go when issued (None: they are only kept)."""
        self._print_document = print_document
        self.print_slip.setEnabled(print_document is not None)
        self.print_slip.setChecked(print_document is not None)

    def _wire(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.activated.connect(self._on_table_activated)
        self.approve.clicked.connect(self._on_approve_clicked)
        self.issue.clicked.connect(self._on_issue_clicked)
        self.batch.clicked.connect(self._on_batch_clicked)
        self.refresh.clicked.connect(self.reload)
        self._ctx.session.changed.connect(self._on_session_changed)

    # --- Reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the queue again."""
        backend, today = self._ctx.backend, self._today()
        self._ctx.runner.run_db(
            lambda: bo.refund_queue(backend.uow(readonly=True), today), self._on_loaded
        )

    def _on_loaded(self, rows: list[RefundQueueRow] | None, error: BaseException | None) -> None:
        if error is not None or rows is None:
            self._show_error(error or RuntimeError("no queue"))
            return
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.urgency == "overdue")
        soon = sum(1 for r in rows if r.urgency == "due_soon")
        self.count.setText(
            self.tr("{n} waiting · {overdue} overdue · {soon} due within 2 days").format(
                n=QLocale().toString(len(rows)), overdue=overdue, soon=soon
            )
        )
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected_rows(self) -> list[RefundQueueRow]:
        """The refunds selected, in the order shown."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=QModelIndex.row)
        return [self.model.row(self.proxy.mapToSource(i).row()) for i in indexes]

    def _on_table_selection_changed(self, *args) -> None:
        del args
        self._update_buttons()

    def _on_session_changed(self, actor: Actor | None) -> None:
        supervisor = actor is not None and actor.may("approve_refund")
        self.approve.setVisible(supervisor)
        self.batch.setVisible(supervisor)
        self._update_buttons()

    def _update_buttons(self) -> None:
        actor = self._ctx.session.actor
        rows = self.selected_rows()
        if actor is None:
            for b in (self.approve, self.issue, self.batch):
                b.setEnabled(False)
            return
        self.approve.setEnabled(
            actor.may("approve_refund") and any(r.status == "proposed" for r in rows)
        )
        self.issue.setEnabled(len(rows) == 1 and may_issue(actor, rows[0]))
        if len(rows) == 1 and not rows[0].issuable:
            self.issue.setToolTip(self.tr("Held until the goods are back or proof of sending."))
        elif len(rows) == 1 and not may_issue(actor, rows[0]):
            self.issue.setToolTip(self.tr("A supervisor must approve this refund first."))
        else:
            self.issue.setToolTip("")
        self.batch.setEnabled(
            actor.may("approve_refund") and len(rows) > 1 and any(r.issuable for r in rows)
        )

    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row())
        self.open_return_requested.emit(row.return_id)

    # --- Approving and issuing ------------------------------------------------------------

    def _on_approve_clicked(self) -> None:
        ids = [r.refund_id for r in self.selected_rows() if r.status == "proposed"]
        backend, actor = self._ctx.backend, self._ctx.actor

        def work() -> list[RefundDTO]:
            return [refunds.approve_refund(backend.uow(), actor, rid) for rid in ids]

        self._ctx.runner.run_db(work, self._on_approved)

    def _on_approved(self, done: list[RefundDTO] | None, error: BaseException | None) -> None:
        if error is not None:
            self._show_error(error)
        else:
            self.message.say(
                self.tr("{n} refund(s) approved.").format(n=len(done or [])), Tone.GOOD
            )
        self.reload()

    def _on_issue_clicked(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self._ask(rows, self._on_issue_dialog_accepted)

    def _on_batch_clicked(self) -> None:
        rows = [r for r in self.selected_rows() if r.issuable]
        if rows:
            self._ask(rows, self._on_batch_dialog_accepted)

    def _ask(self, rows: list[RefundQueueRow], accepted: Callable[[], None]) -> None:
        self.issue_dialog = IssueDialog(rows, self)
        self.issue_dialog.accepted.connect(accepted)
        self.issue_dialog.open()

    def _on_issue_dialog_accepted(self) -> None:
        dialog = self.issue_dialog
        assert dialog is not None
        row, method = dialog.rows[0], dialog.method.currentData()
        reference = dialog.reference.text()
        key = f"queue-{uuid.uuid4().hex}"  # a retried task must not issue twice
        backend, actor, now = self._ctx.backend, self._ctx.actor, self._ctx.now()

        def work() -> RefundDTO:
            return refunds.issue_refund(
                backend.uow(),
                actor,
                row.refund_id,
                method=method,
                payment_reference=reference,
                idempotency_key=key,
                now=now,
            )

        self._ctx.runner.run_db(work, self._on_issued)

    def _on_issued(self, refund: RefundDTO | None, error: BaseException | None) -> None:
        if error is not None or refund is None:
            self._show_error(error or RuntimeError("no refund"))
            self.reload()
            return
        self.message.say(
            self.tr("Refunded {total} for {code}: credit note {number}.").format(
                total=money(refund.total), code=refund.return_code, number=refund.credit_note_number
            ),
            Tone.GOOD,
        )
        self._print_slips([refund.id])
        self.reload()

    def _on_batch_dialog_accepted(self) -> None:
        dialog = self.issue_dialog
        assert dialog is not None
        ids, method = [r.refund_id for r in dialog.rows], dialog.method.currentData()
        key = f"batch-{uuid.uuid4().hex[:12]}"
        backend, actor, now = self._ctx.backend, self._ctx.actor, self._ctx.now()
        self._ctx.runner.run_db(
            lambda: bo.batch_issue(
                backend.uow(), actor, ids, method=method, batch_key=key, now=now
            ),
            self._on_batch_issued,
        )

    def _on_batch_issued(
        self, result: BatchIssueResult | None, error: BaseException | None
    ) -> None:
        if error is not None or result is None:
            self._show_error(error or RuntimeError("no result"))
            self.reload()
            return
        total = sum((r.total for r in result.issued), Decimal("0.00"))
        text = self.tr("{n} refund(s) issued, {total} in all.").format(
            n=len(result.issued), total=money(total)
        )
        if result.failed:
            text += " " + self.tr("Not issued:") + " "
            text += "; ".join(f"{f.return_code}: {render(f.message)}" for f in result.failed)
        self.message.say(text, Tone.WARN if result.failed else Tone.GOOD)
        self._print_slips([r.id for r in result.issued])
        self.reload()

    def _print_slips(self, refund_ids: list[int]) -> None:
        if not refund_ids or self._print_document is None or not self.print_slip.isChecked():
            return
        backend, actor = self._ctx.backend, self._ctx.actor
        fmt = self._ctx.settings.get("printers/slip_format")

        def work() -> list[StoredDocument]:
            return [documents.credit_note_pdf(backend.uow(), actor, rid, fmt) for rid in refund_ids]

        self._ctx.runner.run_db(work, self._on_slips_made)

    def _on_slips_made(
        self, docs: list[StoredDocument] | None, error: BaseException | None
    ) -> None:
        if error is not None or docs is None:
            self._show_error(error or RuntimeError("no documents"))
            return
        assert self._print_document is not None
        for doc in docs:
            self._print_document(doc)

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.message, self.database_problem, error)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Read the queue again whenever it comes into view (others work meanwhile)."""
        super().showEvent(event)
        if not event.spontaneous() and self._seen:
            self.reload()
        self._seen = True
