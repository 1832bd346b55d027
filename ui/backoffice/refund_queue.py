"""The refund queue: refunds waiting for approval or for issue, by their legal deadline.

Overdue refunds are red and say "overdue"; those due within two days amber. Each row says in
words why it cannot be issued now, or that it can. A clerk issues one refund at a time; a
supervisor also approves and issues a batch, and where a clerk lacks that right the button
says so and asks a supervisor's password in place. A batch runs refund by refund, shows how
far it got, and ends with what it issued and what it skipped and why. Each issue is exactly
once (an idempotency key per click), and its credit note can go straight to the printer.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.services import backoffice as bo
from returns_app.services import documents, refunds
from returns_app.services.backoffice import RefundQueueRow
from returns_app.services.documents import StoredDocument
from returns_app.services.dto import RefundDTO
from returns_app.services.live import ChangeSet
from ui.backoffice.common import (
    SORT_ROLE,
    EmptyHint,
    MessageLine,
    heading,
    money,
    report_error,
)
from ui.backoffice.payouts_panel import PayoutsPanel, PaytrailFactory, default_paytrail
from ui.backoffice.refund_batch import BatchOutcome, BatchRun, Skipped
from ui.backoffice.refund_queue_dialogs import BatchSummaryDialog, IssueDialog
from ui.backoffice.refund_queue_model import RefundQueueModel
from ui.backoffice.return_page import PrintDocument
from ui.backoffice.return_page_view import table
from ui.context import AppContext
from ui.live import StaleRefresh
from ui.money import money_sum
from ui.signin import ask_approval, with_supervisor
from ui.style import Tone

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override


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
        paytrail: PaytrailFactory = default_paytrail,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._paytrail = paytrail
        self._seen = False  # read when built; again each time it comes back into view
        self._print_document = print_document
        self._today = today or ctx.today
        self._busy = False
        self.issue_dialog: IssueDialog | None = None
        self.approval_dialog: QDialog | None = None
        self.summary_dialog: BatchSummaryDialog | None = None
        self.batch_run: BatchRun | None = None
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
        self.table.setAccessibleName(self.tr("Refunds waiting"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        # A row with several reasons shows one a line (a queue is tens of rows, not thousands).
        self.table.setWordWrap(True)
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
        self.progress = QProgressBar(self)
        self.progress.setObjectName("batchProgress")
        self.progress.setMinimumWidth(220)
        self.progress.hide()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.approve, self.issue, self.batch):
            buttons.addWidget(b)
        buttons.addWidget(self.print_slip)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh)
        waiting = QWidget(self)
        inner = QVBoxLayout(waiting)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)
        # Issue 20: the money of issued refunds, paid out (Paytrail, transfers) or in doubt.
        self.payouts = PayoutsPanel(self._ctx, self, paytrail=self._paytrail)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(waiting, self.tr("To issue"))
        self.tabs.addTab(self.payouts, self.tr("Payouts"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

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
        self.payouts.open_return_requested.connect(self.open_return_requested)
        self.payouts.database_problem.connect(self.database_problem)
        self.payouts.changed.connect(self._on_payouts_changed)
        self._ctx.session.changed.connect(self._on_session_changed)
        # Refunds proposed, approved or issued elsewhere: read again, between two steps here.
        self.live = StaleRefresh(self.reload, self._quiet, self)
        self._ctx.live.changed.connect(self._on_live_changed)

    # --- Reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the queue (and the payouts) again."""
        self.payouts.reload()
        backend, today = self._ctx.backend, self._today()
        self._ctx.runner.run_db(
            lambda: bo.refund_queue(backend.uow(readonly=True), today), self._on_loaded
        )

    def _on_loaded(self, rows: list[RefundQueueRow] | None, error: BaseException | None) -> None:
        if error is not None or rows is None:
            self._show_error(error or RuntimeError("no queue"))
            return
        keep = {r.refund_id for r in self.selected_rows()}
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_rows(rows)
        self._select_refunds(keep)
        self.table.verticalScrollBar().setValue(scrolled)
        overdue = sum(1 for r in rows if r.urgency == "overdue")
        soon = sum(1 for r in rows if r.urgency == "due_soon")
        self.count.setText(
            self.tr("{n} waiting · {overdue} overdue · {soon} due within 2 days").format(
                n=QLocale().toString(len(rows)), overdue=overdue, soon=soon
            )
        )
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _select_refunds(self, refund_ids: set[int]) -> None:
        """Select again the refunds that were selected before a reload (those still here)."""
        if not refund_ids:
            return
        selection = QItemSelection()
        for row, queued in enumerate(self.model.rows()):
            if queued.refund_id in refund_ids:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, index)
        self.table.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _on_payouts_changed(self, in_doubt: int) -> None:
        self.tabs.setTabText(
            1,
            self.tr("Payouts ({n} in doubt)").format(n=in_doubt)
            if in_doubt
            else self.tr("Payouts"),
        )

    def _on_live_changed(self, changes: ChangeSet) -> None:
        if changes.everything or changes.return_ids:  # a return's money may have moved
            self.live.mark()

    def _quiet(self) -> bool:
        """Nothing here waits for the clerk or the database (a reload would disturb it)."""
        dialogs = (self.issue_dialog, self.approval_dialog, self.summary_dialog)
        return (
            not self._busy
            and not self.payouts.busy
            and self.batch_run is None
            and not any(d is not None and d.isVisible() for d in dialogs)
        )

    def selected_rows(self) -> list[RefundQueueRow]:
        """The refunds selected, in the order shown."""
        indexes = sorted(self.table.selectionModel().selectedRows(), key=QModelIndex.row)
        return [self.model.row(self.proxy.mapToSource(i).row()) for i in indexes]

    def _on_table_selection_changed(self, *args) -> None:
        del args
        self._update_buttons()

    def _on_session_changed(self, actor: Actor | None) -> None:
        supervisor = actor is not None and actor.may("approve_refund")
        # A clerk sees the supervisor's buttons too: they say so and ask a supervisor in place.
        self.approve.setText(self.tr("Approve") if supervisor else self.tr("Approve (supervisor)…"))
        self.batch.setText(
            self.tr("Issue selected…") if supervisor else self.tr("Issue selected (supervisor)…")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        actor = self._ctx.session.actor
        rows = self.selected_rows()
        if actor is None or self._busy:
            for b in (self.approve, self.issue, self.batch):
                b.setEnabled(False)
            return
        supervisor = actor.may("approve_refund")
        asks = self.tr("Needs a supervisor's approval: a supervisor types their password here.")
        proposed = any(r.status == "proposed" for r in rows)
        self.approve.setEnabled(proposed)
        if not proposed:
            self.approve.setToolTip(self.tr("Select a proposed refund to approve it."))
        else:
            self.approve.setToolTip("" if supervisor else asks)
        self._update_issue(actor, rows, asks)
        issuable = [r for r in rows if r.issuable]
        self.batch.setEnabled(len(rows) > 1 and bool(issuable))
        if len(rows) < 2:
            self.batch.setToolTip(self.tr("Select two or more refunds (Ctrl+click)."))
        elif not issuable:
            self.batch.setToolTip(
                self.tr("None of the selected refunds can be issued now: see why on each row.")
            )
        else:
            self.batch.setToolTip("" if supervisor else asks)

    def _update_issue(self, actor: Actor, rows: list[RefundQueueRow], asks: str) -> None:
        row = rows[0] if len(rows) == 1 else None
        self.issue.setEnabled(row is not None and row.issuable and actor.may("issue_refund"))
        if row is None:
            self.issue.setToolTip(self.tr("Select one refund to issue it."))
        elif not row.issuable:
            self.issue.setToolTip(
                self.tr("Cannot be issued now: {reasons}.").format(
                    reasons="; ".join(self.model.reasons_in_words(row))
                )
            )
        elif not row.ready_for(actor):
            self.issue.setToolTip(asks)
        else:
            self.issue.setToolTip("")

    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row())
        self.open_return_requested.emit(row.return_id)

    def _with_supervisor(self, reason: str, then: Callable[[Actor], None]) -> None:
        """Run ``then`` as the signed-in user if they may approve refunds, else once a
        supervisor has typed their password (the work then runs as that supervisor)."""
        prompt = with_supervisor(self._ctx, self, "approve_refund", reason, then)
        self.approval_dialog = prompt or self.approval_dialog

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.refresh.setEnabled(not busy)
        self._update_buttons()

    # --- Approving ------------------------------------------------------------------------

    def _on_approve_clicked(self) -> None:
        rows = [r for r in self.selected_rows() if r.status == "proposed"]
        if not rows or self._busy:
            return
        reason = self.tr("Approve the selected refunds ({n}), {total} in all.").format(
            n=len(rows), total=money_sum((r.total, r.currency) for r in rows)
        )
        self._with_supervisor(reason, lambda approver: self._approve(approver, rows))

    def _approve(self, approver: Actor, rows: list[RefundQueueRow]) -> None:
        ids, backend = [r.refund_id for r in rows], self._ctx.backend

        def work() -> list[RefundDTO]:
            return [refunds.approve_refund(backend.uow(), approver, rid) for rid in ids]

        self._set_busy(True)
        self._ctx.runner.run_db(work, self._on_approved)

    def _on_approved(self, done: list[RefundDTO] | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None:
            self._show_error(error)
        else:
            self.message.say(
                self.tr("{n} refund(s) approved.").format(n=len(done or [])), Tone.GOOD
            )
        self.reload()

    # --- Issuing one ----------------------------------------------------------------------

    def _on_issue_clicked(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and not self._busy:
            self._ask(IssueDialog(rows, self), self._on_issue_dialog_accepted)

    def _ask(self, dialog: IssueDialog, accepted: Callable[[], None]) -> None:
        self.issue_dialog = dialog
        dialog.accepted.connect(accepted)
        dialog.open()

    def _on_issue_dialog_accepted(self) -> None:
        dialog = self.issue_dialog
        assert dialog is not None
        row, method = dialog.rows[0], dialog.method.currentData()
        reference = dialog.reference.text()
        key = f"queue-{uuid.uuid4().hex}"  # a retried task must not issue twice
        backend, actor, now = self._ctx.backend, self._ctx.actor, self._ctx.recorded_now()

        def issue() -> None:
            self._set_busy(True)
            self._ctx.runner.run_db(
                lambda: refunds.issue_refund(
                    backend.uow(),
                    actor,
                    row.refund_id,
                    method=method,
                    payment_reference=reference,
                    idempotency_key=key,
                    now=now,
                ),
                self._on_issued,
            )

        if row.ready_for(actor):
            issue()
            return
        # A clerk: the supervisor approves it in place (their own name on the approval),
        # then the clerk issues it.
        reason = self.tr(
            "The refund of {amount} for {code} needs a supervisor's approval (over the limit, "
            "a deduction or an override). A supervisor types their own password."
        ).format(amount=money(row.total, row.currency), code=row.return_code)
        self.approval_dialog = ask_approval(
            self._ctx,
            self,
            "approve_refund",
            reason,
            lambda sup: self._approve_then(sup, row, issue),
        )

    def _approve_then(
        self, supervisor: Actor, row: RefundQueueRow, issue: Callable[[], None]
    ) -> None:
        backend = self._ctx.backend

        def approved(result: RefundDTO | None, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None or result is None:
                self._show_error(error or RuntimeError("not approved"))
                self.reload()
                return
            issue()

        self._set_busy(True)
        self._ctx.runner.run_db(
            lambda: refunds.approve_refund(backend.uow(), supervisor, row.refund_id), approved
        )

    def _on_issued(self, refund: RefundDTO | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None or refund is None:
            self._show_error(error or RuntimeError("no refund"))
            self.reload()
            return
        self.message.say(
            self.tr("Refunded {total} for {code}: credit note {number}.").format(
                total=money(refund.total, refund.currency),
                code=refund.return_code,
                number=refund.credit_note_number,
            ),
            Tone.GOOD,
        )
        self._print_slips([refund.id])
        self.reload()

    # --- Issuing a batch ------------------------------------------------------------------

    def _on_batch_clicked(self) -> None:
        rows = self.selected_rows()
        ready = [r for r in rows if r.issuable]
        if not ready or self._busy:
            return
        held = [r for r in rows if not r.issuable]
        self._ask(IssueDialog(ready, self, skipped=held), self._on_batch_dialog_accepted)

    def _on_batch_dialog_accepted(self) -> None:
        dialog = self.issue_dialog
        assert dialog is not None
        rows, held, method = dialog.rows, dialog.skipped, dialog.method.currentData()
        skipped = [
            Skipped(
                r.refund_id,
                r.return_code,
                r.customer_name,
                "; ".join(self.model.reasons_in_words(r)),
            )
            for r in held
        ]
        reason = self.tr("Issue the selected refunds ({n}), {total} in all, as a batch.").format(
            n=len(rows), total=money_sum((r.total, r.currency) for r in rows)
        )
        self._with_supervisor(
            reason, lambda approver: self._start_batch(approver, rows, method, skipped)
        )

    def _start_batch(
        self,
        approver: Actor,
        rows: list[RefundQueueRow],
        method: str | None,
        skipped: list[Skipped],
    ) -> None:
        self._set_busy(True)
        self.message.say(self.tr("Issuing the refunds…"), Tone.INFO)
        run = BatchRun(
            self._ctx,
            approver,
            rows,
            method=method,
            now=self._ctx.recorded_now(),
            skipped=skipped,
            parent=self,
        )
        self.batch_run = run
        run.progressed.connect(self._on_batch_progressed)
        run.finished.connect(self._on_batch_finished)
        self.progress.setRange(0, max(1, run.total))
        self.progress.show()
        run.start()

    def _on_batch_progressed(self, done: int, total: int) -> None:
        self.progress.setFormat(self.tr("{done} of {total} done").format(done=done, total=total))
        self.progress.setValue(done)

    def _on_batch_finished(self, outcome: BatchOutcome) -> None:
        self.progress.hide()
        self.batch_run = None
        self._set_busy(False)
        self.summary_dialog = BatchSummaryDialog(outcome, self)
        self.summary_dialog.open()
        if outcome.error is not None:
            self._show_error(outcome.error)
        else:
            self.message.say(
                self.summary_dialog.result.text(), Tone.WARN if outcome.skipped else Tone.GOOD
            )
        self._print_slips([r.refund_id for r in outcome.issued])
        self.reload()

    # --- Printing -------------------------------------------------------------------------

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
