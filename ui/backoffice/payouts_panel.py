"""Payouts: issued refunds whose money has not gone yet, and what can be done about each.

A clerk pays a refund through Paytrail, as a Paytrail e-mail refund or by bank transfer,
asks Paytrail about pending and doubtful payouts (reconcile), makes the day's transfer file
and confirms its upload. A payout in doubt is never sent again; a supervisor decides it with
its facts (a clerk's "Decide" asks a supervisor's password in place). A refusal says why in
Paytrail's words and offers the other ways.

Paying and reconciling talk to Paytrail (up to its time limit), so they run on the task
runner's I/O pool, never on the database's single worker nor the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.files import write_atomically
from returns_app.services.payouts import paying, transfers, views
from returns_app.services.payouts.dto import PayoutDTO, ReconcileReport, TransferFileDTO
from returns_app.services.payouts.paytrail import Paytrail, load_config
from returns_app.services.payouts.views import PayoutQueueRow
from ui.backoffice.common import SORT_ROLE, EmptyHint, MessageLine, money, report_error
from ui.backoffice.payout_dialogs import DecideDialog, PayDialog
from ui.backoffice.payouts_model import PayoutQueueModel, stage_text
from ui.backoffice.return_page_view import table
from ui.context import AppContext
from ui.money import SHOP_CURRENCY  # payouts and SEPA files go in euros only
from ui.signin import with_supervisor
from ui.style import Tone
from ui.translator import render

PaytrailFactory = Callable[[], Paytrail]


def default_paytrail() -> Paytrail:
    """The Paytrail client of this station (merchant id and secret from the keyring)."""
    return Paytrail(load_config())


class PayoutsPanel(QWidget):
    """The payouts waiting and the ways to settle them.

    Signals:
        open_return_requested(int): the id of a return to show (double-click).
        database_problem(str): the database did not answer.
        changed(int): the number of payouts in doubt, after each reading.
    """

    open_return_requested = Signal(int)
    database_problem = Signal(str)
    changed = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        paytrail: PaytrailFactory = default_paytrail,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._paytrail = paytrail
        self._busy = False
        self.pay_dialog: PayDialog | None = None
        self.decide_dialog: DecideDialog | None = None
        self.approval_dialog = None
        self.files: list[TransferFileDTO] = []
        # Where a transfer file is saved (a test answers without a native dialog).
        self.ask_save_path: Callable[[str], str | None] = self._ask_save_path
        # "Did you upload it?" before confirming, and why a file is cancelled (a test answers).
        self.ask_upload_done: Callable[[TransferFileDTO], bool] = self._ask_upload_done
        self.ask_cancel_reason: Callable[[TransferFileDTO], str | None] = self._ask_cancel_reason
        self.model = PayoutQueueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._build()
        self._wire()
        self._update_buttons()

    def _build(self) -> None:
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.message = MessageLine(self)
        self.table = table(self, "payoutQueue")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        self.empty_hint = EmptyHint(
            self.table, self.tr("Every issued refund is paid. Issued refunds wait here until then.")
        )
        self.pay = QPushButton(self.tr("Pay…"), self)
        self.decide = QPushButton(self.tr("Decide…"), self)
        self.reconcile = QPushButton(self.tr("Ask Paytrail (reconcile)"), self)
        self.make_file = QPushButton(self.tr("Make the day's transfer file…"), self)
        self.file_choice = QComboBox(self)
        self.file_choice.setMinimumWidth(180)
        self.write_again = QPushButton(self.tr("Write again…"), self)
        self.confirm = QPushButton(self.tr("Confirm upload"), self)
        self.cancel_file = QPushButton(self.tr("Cancel file…"), self)
        self.cancel_file.setToolTip(
            self.tr(
                "The bank refused the file: take its transfers out of it (a supervisor). They "
                "go into a new file."
            )
        )
        self.refresh = QPushButton(self.tr("Refresh"), self)
        top = QHBoxLayout()
        for b in (self.pay, self.decide, self.reconcile):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.refresh)
        # Two rows: in Finnish one row of the file's buttons is wider than a 1366 px screen.
        make = QHBoxLayout()
        make.addWidget(self.make_file)
        make.addStretch(1)
        files = QHBoxLayout()
        files_label = QLabel(self.tr("Files not confirmed:"), self)
        files_label.setBuddy(self.file_choice)
        self.file_choice.setAccessibleName(files_label.text().rstrip(":"))
        files.addWidget(files_label)
        files.addWidget(self.file_choice, 1)
        files.addWidget(self.write_again)
        files.addWidget(self.confirm)
        files.addWidget(self.cancel_file)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(make)
        layout.addLayout(files)

    def _wire(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.activated.connect(self._on_table_activated)
        self.pay.clicked.connect(self._on_pay_clicked)
        self.decide.clicked.connect(self._on_decide_clicked)
        self.reconcile.clicked.connect(self._on_reconcile_clicked)
        self.make_file.clicked.connect(self._on_make_file_clicked)
        self.write_again.clicked.connect(self._on_write_again_clicked)
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.cancel_file.clicked.connect(self._on_cancel_file_clicked)
        self.file_choice.currentIndexChanged.connect(self._on_file_choice_changed)
        self.refresh.clicked.connect(self.reload)
        self._ctx.session.changed.connect(self._on_session_changed)

    # --- Reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the payouts and the transfer files not yet confirmed again."""
        backend, now = self._ctx.backend, self._ctx.now()

        def work() -> tuple[list[PayoutQueueRow], list[TransferFileDTO]]:
            rows = views.payout_queue(backend.uow(readonly=True), now)
            files = transfers.transfer_files(backend.uow(readonly=True))
            return rows, [f for f in files if f.uploaded_at is None and not f.cancelled]

        self._ctx.runner.run_db(work, self._on_loaded)

    def _on_loaded(self, result, error: BaseException | None) -> None:
        if error is not None or result is None:
            self._show_error(error or RuntimeError("no payouts"))
            return
        rows, files = result
        keep = self.selected_row()
        self.model.set_rows(rows)
        if keep is not None:
            self._select(keep.refund_id)
        doubt = sum(1 for r in rows if r.stage == "in_doubt")
        self.count.setText(
            self.tr("{n} not paid · {doubt} in doubt · {failed} failed").format(
                n=len(rows), doubt=doubt, failed=sum(1 for r in rows if r.stage == "failed")
            )
        )
        self.files = files
        self.file_choice.clear()
        for f in files:
            self.file_choice.addItem(
                self.tr("{file}: {count} payment(s), {total}").format(
                    file=f.message_id, count=f.payments, total=money(f.total, SHOP_CURRENCY)
                ),
                f.id,
            )
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self._update_buttons()
        self.changed.emit(doubt)

    def _select(self, refund_id: int) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.refund_id == refund_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(i, 0)).row())
                return

    def selected_row(self) -> PayoutQueueRow | None:
        """The row selected, if any."""
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row(self.proxy.mapToSource(indexes[0]).row())

    def _on_table_selection_changed(self, *args) -> None:
        del args
        self._update_buttons()

    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row())
        self.open_return_requested.emit(row.return_id)

    def _on_session_changed(self, actor: Actor | None) -> None:
        del actor
        self._update_buttons()

    def _on_file_choice_changed(self, *args) -> None:
        del args
        self._update_buttons()

    def _update_buttons(self) -> None:
        actor = self._ctx.session.actor
        row = self.selected_row()
        idle = actor is not None and not self._busy and actor.may("pay_out")
        payable = row is not None and row.stage in ("approved", "failed")
        self.pay.setEnabled(idle and payable)
        self.pay.setToolTip(
            "" if payable else self.tr("Select a refund not paid yet, or one whose payout failed.")
        )
        doubtful = row is not None and row.stage in ("in_doubt", "paying")
        self.decide.setEnabled(idle and doubtful)
        supervisor = actor is not None and actor.may("decide_payout")
        self.decide.setText(self.tr("Decide…") if supervisor else self.tr("Decide (supervisor)…"))
        self.decide.setToolTip(
            self.tr("Select a payout in doubt (or one that stays pending) to decide it.")
            if not doubtful
            else ""
        )
        for b in (self.reconcile, self.make_file, self.refresh):
            b.setEnabled(idle)
        has_file = self.file_choice.currentIndex() >= 0
        self.write_again.setEnabled(idle and has_file)
        self.confirm.setEnabled(idle and has_file)
        self.cancel_file.setEnabled(idle and has_file)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    @property
    def busy(self) -> bool:
        """Whether a payout task runs (the queue is not read again meanwhile)."""
        return self._busy or any(
            d is not None and d.isVisible()
            for d in (self.pay_dialog, self.decide_dialog, self.approval_dialog)
        )

    # --- Paying ---------------------------------------------------------------------------

    def _on_pay_clicked(self) -> None:
        row = self.selected_row()
        if row is None or self._busy:
            return
        offered = ("paytrail", "email_refund", "transfer")
        if row.payout is not None and row.payout.fallbacks:
            offered = row.payout.fallbacks
        self.pay_dialog = PayDialog(row, self, offered=offered)
        self.pay_dialog.accepted.connect(self._on_pay_dialog_accepted)
        self.pay_dialog.open()

    def _on_pay_dialog_accepted(self) -> None:
        dialog = self.pay_dialog
        assert dialog is not None
        row, method = dialog.row, dialog.method
        backend, actor, make = self._ctx.backend, self._ctx.actor, self._paytrail
        self._set_busy(True)
        if method == "transfer":
            iban, holder = dialog.iban.text(), dialog.holder.text()
            self._ctx.runner.run_db(
                lambda: transfers.pay_by_transfer(
                    backend.uow(), actor, row.refund_id, iban, holder
                ),
                self._on_paid,
            )
            return
        email, tx = dialog.email.text(), dialog.transaction.text().strip() or None
        self.message.say(self.tr("Paying through Paytrail…"), Tone.INFO)
        self._ctx.runner.run_io(
            lambda: paying.pay_refund(
                backend.uow(),
                actor,
                row.refund_id,
                make(),
                method=method,
                email=email or None,
                transaction_id=tx,
            ),
            self._on_paid,
        )

    def _on_paid(self, payout: PayoutDTO | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None or payout is None:
            self._show_error(error or RuntimeError("no payout"))
            self.reload()
            return
        stage = {"ok": "paid", "paid": "paid", "pending": "paying", "sending": "paying"}.get(
            payout.state, payout.state
        )
        text = self.tr("{code}: {amount} {state}.").format(
            code=payout.return_code,
            amount=money(payout.amount, SHOP_CURRENCY),
            state=stage_text(stage),
        )
        if payout.advice is not None:
            text += " " + render(payout.advice)
        if payout.said is not None and payout.state == "failed":
            text += " " + self.tr("Paytrail said: {words}").format(words=render(payout.said))
        tone = {"ok": Tone.GOOD, "pending": Tone.INFO, "failed": Tone.BAD, "in_doubt": Tone.BAD}
        self.message.say(text, tone.get(payout.state, Tone.INFO))
        self.reload()

    # --- Settling -------------------------------------------------------------------------

    def _on_reconcile_clicked(self) -> None:
        backend, actor, make = self._ctx.backend, self._ctx.actor, self._paytrail
        self._set_busy(True)
        self.message.say(self.tr("Asking Paytrail…"), Tone.INFO)
        self._ctx.runner.run_io(
            lambda: paying.reconcile_payouts(backend.uow(), actor, make()), self._on_reconciled
        )

    def _on_reconciled(self, report: ReconcileReport | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None or report is None:
            self._show_error(error or RuntimeError("no report"))
            return
        text = self.tr(
            "{checked} payout(s) checked: {paid} paid, {failed} failed, {pending} still "
            "waiting, {doubt} in doubt."
        ).format(
            checked=report.checked,
            paid=report.paid,
            failed=report.failed,
            pending=report.still_pending,
            doubt=report.in_doubt,
        )
        if report.unreachable:
            text += " " + self.tr("Paytrail did not answer about {n}.").format(n=report.unreachable)
        self.message.say(text, Tone.WARN if report.in_doubt or report.unreachable else Tone.GOOD)
        self.reload()

    def _on_decide_clicked(self) -> None:
        row = self.selected_row()
        if row is None or row.payout is None or self._busy:
            return
        self.decide_dialog = DecideDialog(row, self)
        self.decide_dialog.accepted.connect(self._on_decide_dialog_accepted)
        self.decide_dialog.open()

    def _on_decide_dialog_accepted(self) -> None:
        dialog = self.decide_dialog
        assert dialog is not None and dialog.row.payout is not None
        payout_id, outcome = dialog.row.payout.id, dialog.outcome
        reason = dialog.reason.toPlainText()
        backend = self._ctx.backend

        def decide(supervisor: Actor) -> None:
            self._set_busy(True)
            self._ctx.runner.run_db(
                lambda: paying.decide_payout(backend.uow(), supervisor, payout_id, outcome, reason),
                self._on_decided,
            )

        why = self.tr("Decide the payout of {code} in doubt.").format(code=dialog.row.return_code)
        self.approval_dialog = (
            with_supervisor(self._ctx, self, "decide_payout", why, decide) or self.approval_dialog
        )

    def _on_decided(self, payout: PayoutDTO | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None or payout is None:
            self._show_error(error or RuntimeError("no payout"))
        elif payout.state == "paid":
            self.message.say(
                self.tr("{code}: recorded as paid.").format(code=payout.return_code), Tone.GOOD
            )
        else:
            self.message.say(
                self.tr("{code}: recorded as not paid; the refund can be paid again.").format(
                    code=payout.return_code
                ),
                Tone.WARN,
            )
        self.reload()

    # --- Transfer files -------------------------------------------------------------------

    def _ask_save_path(self, name: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the transfer file"), name, self.tr("SEPA XML (*.xml)")
        )
        return path or None

    def _on_make_file_clicked(self) -> None:
        backend, actor = self._ctx.backend, self._ctx.actor
        self._set_busy(True)
        self._ctx.runner.run_db(
            lambda: transfers.create_transfer_file(backend.uow(), actor), self._on_file_made
        )

    def _on_write_again_clicked(self) -> None:
        file_id = self.file_choice.currentData()
        if file_id is None:
            return
        backend, actor = self._ctx.backend, self._ctx.actor
        self._set_busy(True)
        self._ctx.runner.run_db(
            lambda: transfers.transfer_file(backend.uow(), actor, file_id), self._on_file_made
        )

    def _on_file_made(self, made: TransferFileDTO | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None or made is None:
            self._show_error(error or RuntimeError("no file"))
            self.reload()
            return
        path = self.ask_save_path(made.name)
        if path is None:
            self.message.say(
                self.tr("Transfer file {file} was made but not saved; write it again.").format(
                    file=made.message_id
                ),
                Tone.WARN,
            )
            self.reload()
            return
        self._ctx.runner.run_io(
            lambda: write_atomically(path, made.xml),
            lambda _r, e: self._on_file_saved(made, path, e),
        )

    def _on_file_saved(self, made: TransferFileDTO, path: str, error: BaseException | None) -> None:
        if error is not None:
            self._show_error(error)
        else:
            self.message.say(
                self.tr(
                    "Transfer file {file} ({count} payment(s), {total}) saved as {path}. Upload "
                    "it to the bank, then confirm the upload here."
                ).format(
                    file=made.message_id,
                    count=made.payments,
                    total=money(made.total, SHOP_CURRENCY),
                    path=path,
                ),
                Tone.GOOD,
            )
        self.reload()

    def _chosen_file(self) -> TransferFileDTO | None:
        file_id = self.file_choice.currentData()
        return next((f for f in self.files if f.id == file_id), None)

    def _ask_upload_done(self, f: TransferFileDTO) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Confirm upload"),
            self.tr(
                "Did the bank accept {file} ({count} payment(s), {total})? Its refunds are then "
                "recorded as paid. Confirm only after the upload went through."
            ).format(file=f.message_id, count=f.payments, total=money(f.total, SHOP_CURRENCY)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_cancel_reason(self, f: TransferFileDTO) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Cancel file"),
            self.tr(
                "Cancel {file}? Never upload it after this; its transfers go into a new file. "
                "What did the bank say?"
            ).format(file=f.message_id),
        )
        return text if ok else None

    def _on_cancel_file_clicked(self) -> None:
        f = self._chosen_file()
        if f is None or self._busy:
            return
        reason = self.ask_cancel_reason(f)
        if reason is None:
            return
        backend, file_id = self._ctx.backend, f.id

        def cancel(supervisor: Actor) -> None:
            self._set_busy(True)
            self._ctx.runner.run_db(
                lambda: transfers.cancel_transfer_file(
                    backend.uow(), supervisor, file_id, reason, now=self._ctx.recorded_now()
                ),
                lambda again, error: self._on_file_cancelled(f, again, error),
            )

        why = self.tr("Cancel transfer file {file}.").format(file=f.message_id)
        self.approval_dialog = (
            with_supervisor(self._ctx, self, "decide_payout", why, cancel) or self.approval_dialog
        )

    def _on_file_cancelled(
        self, f: TransferFileDTO, again: list[PayoutDTO] | None, error: BaseException | None
    ) -> None:
        self._set_busy(False)
        if error is not None or again is None:
            self._show_error(error or RuntimeError("no file"))
        else:
            self.message.say(
                self.tr(
                    "{file} cancelled: never upload it. {count} transfer(s) wait for a new file."
                ).format(file=f.message_id, count=len(again)),
                Tone.WARN,
            )
        self.reload()

    def _on_confirm_clicked(self) -> None:
        f = self._chosen_file()
        if f is None or self._busy or not self.ask_upload_done(f):
            return
        file_id = f.id
        backend, actor = self._ctx.backend, self._ctx.actor
        self._set_busy(True)
        self._ctx.runner.run_db(
            lambda: transfers.confirm_upload(backend.uow(), actor, file_id), self._on_confirmed
        )

    def _on_confirmed(self, f: TransferFileDTO | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None or f is None:
            self._show_error(error or RuntimeError("no file"))
        else:
            self.message.say(
                self.tr("Upload of {file} confirmed: {count} refund(s) paid, {total}.").format(
                    file=f.message_id, count=f.payments, total=money(f.total, SHOP_CURRENCY)
                ),
                Tone.GOOD,
            )
        self.reload()

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.message, self.database_problem, error)
