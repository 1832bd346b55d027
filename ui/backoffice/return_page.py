"""A return's page: its lines, parcels, inspections, stock movements, refund, printed
documents (print again) and its timeline from the audit log.

Everything is read in one task off the GUI thread. Printing is not this page's business: a
document is fetched and handed to the ``print_document`` callback the page was given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QHeaderView, QInputDialog, QTableView, QVBoxLayout, QWidget

from returns_app.domain.payouts import money_stage
from returns_app.domain.users import Actor
from returns_app.i18n import Message
from returns_app.scanning import format_return_code_for_people
from returns_app.services import backoffice as bo
from returns_app.services import backoffice_stock, decisions, documents, queries, stock
from returns_app.services.backoffice import TimelineEntry
from returns_app.services.documents import DocumentInfo, StoredDocument
from returns_app.services.dto import ReturnDTO
from returns_app.services.live import ChangeSet
from returns_app.services.payouts import paying, transfers
from returns_app.services.payouts import views as payout_views
from returns_app.services.payouts.dto import PayoutDTO
from returns_app.services.stock import MovementDTO
from ui import style
from ui.backoffice.common import (
    KINDS,
    METHODS,
    REFUND_STATUSES,
    RETURN_PAGE_KEYS,
    SORT_ROLE,
    RowsModel,
    day,
    goods_name,
    moment,
    money,
    money_name,
    name_of,
    report_error,
)
from ui.backoffice.payouts_model import STAGE_TONES, method_text, stage_text
from ui.backoffice.return_actions import ReturnActions, late_points
from ui.backoffice.return_models import (
    DiscrepanciesModel,
    DocumentsModel,
    InspectionsModel,
    MovementsModel,
    PageLinesModel,
    ParcelsModel,
    RefundLinesModel,
)
from ui.backoffice.return_page_view import ReturnPageView
from ui.context import AppContext
from ui.desk.wording import days_left, percent
from ui.live import StaleRefresh
from ui.signin import with_supervisor
from ui.style import Tone
from ui.translator import render

PrintDocument = Callable[[StoredDocument], None]
GOODS_TONES = {"closed": Tone.GOOD, "rejected": Tone.BAD}
MONEY_TONES = {"refunded": Tone.GOOD, "proposed": Tone.WARN, "approved": Tone.WARN}


@dataclass(frozen=True)
class ReturnPageData:
    """Everything the page shows about one return."""

    ret: ReturnDTO
    movements: list[MovementDTO]
    documents: list[DocumentInfo]
    timeline: list[TimelineEntry]
    rule_notes: tuple[Message, ...] = ()
    locations: dict[str, str] = field(default_factory=dict)  # code -> name
    payouts: tuple[PayoutDTO, ...] = ()  # the money paid out, oldest first (issue 20)


def load_page(ctx: AppContext, return_id: int) -> Callable[[], ReturnPageData]:
    """The task that reads a return's page (run it with ``run_db``)."""
    backend = ctx.backend

    def work() -> ReturnPageData:
        return ReturnPageData(
            queries.get_return(backend.uow(readonly=True), return_id),
            stock.ledger(backend.uow(readonly=True), return_id=return_id),
            documents.list_documents(backend.uow(readonly=True), return_id),
            bo.timeline(backend.uow(readonly=True), return_id),
            decisions.rule_notes(backend.uow(readonly=True), return_id),
            {l.code: l.name for l in backoffice_stock.all_locations(backend.uow(readonly=True))},
            payout_views.payouts_of_return(backend.uow(readonly=True), return_id),
        )

    return work


class ReturnPage(QWidget):
    """Shows one return in full.

    Signals:
        back_requested(): the user wants the list again (button or Esc).
        database_problem(str): the database did not answer.
    """

    back_requested = Signal()
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
        self._print_document = print_document
        self._today = today or ctx.today
        self._return_id: int | None = None
        self.data: ReturnPageData | None = None
        self.view = ReturnPageView(self)
        self.actions = ReturnActions(ctx, self, today=self._today)
        self.view.actions_box.addWidget(self.actions)
        self.view.actions_box.addStretch(1)
        self.actions.done.connect(self._on_actions_done)
        self.actions.failed.connect(self._on_actions_failed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.lines_model = PageLinesModel(self)
        self.parcels_model = ParcelsModel(self)
        self.discrepancies_model = DiscrepanciesModel(self)
        self.inspections_model = InspectionsModel(self)
        self.movements_model = MovementsModel(self)
        self.refund_model = RefundLinesModel(self)
        self.documents_model = DocumentsModel(self)
        v = self.view
        # Each table with the column that takes the room left (its longest text).
        self._tables = (
            (v.lines, self.lines_model, PageLinesModel.COL_NAME),
            (v.parcels, self.parcels_model, ParcelsModel.COL_NOTE),
            (v.discrepancies, self.discrepancies_model, DiscrepanciesModel.COL_NOTE),
            (v.inspections, self.inspections_model, InspectionsModel.COL_NOTE),
            (v.movements, self.movements_model, MovementsModel.COL_REASON),
            (v.refund_lines, self.refund_model, RefundLinesModel.COL_TEXT),
            (v.documents, self.documents_model, DocumentsModel.COL_NAME),
        )
        for table, model, _stretch in self._tables:
            self._attach(table, model)
        v.print_again.setEnabled(False)
        v.back.clicked.connect(self._on_back_clicked)
        v.refresh.clicked.connect(self._on_refresh_clicked)
        v.print_again.clicked.connect(self._on_print_again_clicked)
        v.bank_returned.clicked.connect(self._on_bank_returned_clicked)
        v.correct_transaction.clicked.connect(self._on_correct_transaction_clicked)
        # Why (the bank's words) and a corrected transaction id are asked here; a test answers.
        self.ask_text: Callable[[str, str], str | None] = self._ask_text
        self.approval_dialog = None
        v.documents.selectionModel().selectionChanged.connect(self._on_documents_selection_changed)
        v.documents.activated.connect(self._on_print_again_clicked)
        self.set_print_document(print_document)
        for sequence in RETURN_PAGE_KEYS.binding("back").sequences():
            QShortcut(sequence, self).activated.connect(self.back_requested)
        # Another station's change of the return shown is read again, between decisions.
        self.live = StaleRefresh(self._reload, lambda: not self.actions.deciding, self)
        ctx.live.changed.connect(self._on_live_changed)

    def set_print_document(self, print_document: PrintDocument | None) -> None:
        """Where "Print again" sends a document (None: printing is not offered)."""
        self._print_document = print_document
        self.actions.set_print_document(print_document)
        self.view.print_again.setToolTip(
            "" if print_document else self.tr("Printing is not available here.")
        )
        self._on_documents_selection_changed()

    def _attach(self, table: QTableView, model: RowsModel) -> None:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order at first

    @property
    def return_id(self) -> int | None:
        """The return shown (or being read)."""
        return self._return_id

    def show_return(self, return_id: int) -> None:
        """Read and show the return with ``return_id``."""
        self._return_id = return_id
        self.view.message.clear_message()
        self.view.tabs.setCurrentIndex(0)
        self.actions.set_return(None)
        self._ctx.runner.run_db(load_page(self._ctx, return_id), self._on_loaded)

    def _reload(self) -> None:
        if self._return_id is not None:
            self._ctx.runner.run_db(load_page(self._ctx, self._return_id), self._on_loaded)

    def _on_live_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self._return_id):
            self.live.mark()

    def _on_actions_done(self, text: str) -> None:
        self.view.message.say(text, Tone.GOOD)
        self._reload()

    def _on_actions_failed(self, error: object) -> None:
        if isinstance(error, str):
            self.view.message.say(error, Tone.BAD)
            return
        assert isinstance(error, BaseException)
        self._show_error(error)
        self._reload()  # the return may have changed under the decision: show it as it is

    def _on_refresh_clicked(self) -> None:
        self._reload()

    def _on_back_clicked(self) -> None:
        self.back_requested.emit()

    def _on_loaded(self, data: ReturnPageData | None, error: BaseException | None) -> None:
        if error is not None or data is None:
            self._show_error(error or RuntimeError("no data"))
            return
        if data.ret.id != self._return_id:
            return  # another return was asked for meanwhile
        self.data = data
        ret = data.ret
        self._fill_header(ret, data.rule_notes)
        self._fill_payout(ret, data.payouts)
        self.actions.set_return(ret)
        self.lines_model.currency = ret.currency
        self.lines_model.set_rows(ret.lines)
        self.parcels_model.set_rows(ret.parcels)
        self.discrepancies_model.set_rows(ret.discrepancies)
        self.inspections_model.product_names = {l.id: l.name for l in ret.lines}
        self.inspections_model.location_names = self.movements_model.location_names = data.locations
        self.inspections_model.set_rows(ret.inspections)
        self.movements_model.set_rows(data.movements)
        self.refund_model.currency = ret.refund.currency if ret.refund else ret.currency
        self.refund_model.set_rows(ret.refund.lines if ret.refund else ())
        self.documents_model.set_rows(data.documents)
        self.view.timeline.set_entries(data.timeline, self._today())
        self._fill_refund(ret)
        v = self.view
        v.discrepancies.setVisible(bool(ret.discrepancies))
        v.discrepancies_heading.setVisible(bool(ret.discrepancies))
        v.print_again.setEnabled(False)
        for table, _model, stretch in self._tables:
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            table.resizeColumnsToContents()
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _fill_header(self, ret: ReturnDTO, rule_notes: tuple[Message, ...] = ()) -> None:
        v = self.view
        v.code.setText(format_return_code_for_people(ret.code))
        style.chip(v.kind, name_of(KINDS, ret.kind), Tone.INFO)
        style.chip(
            v.goods, goods_name(ret.goods_state), GOODS_TONES.get(ret.goods_state, Tone.NEUTRAL)
        )
        style.chip(
            v.money, money_name(ret.money_state), MONEY_TONES.get(ret.money_state, Tone.NEUTRAL)
        )
        urgency = bo.refund_urgency(ret.refund_due, ret.money_state, ret.goods_state, self._today())
        if ret.refund_due is not None and urgency:
            left = days_left(ret.refund_due, self._today())
            style.chip(v.deadline, self.tr("Refund: {left}").format(left=left.text), left.tone)
            v.deadline.show()
        else:
            v.deadline.hide()
        c = ret.customer
        v.customer.setText(" · ".join(x for x in (c.name, c.email, c.phone, c.city) if x))
        v.orders.setText(", ".join(ret.order_numbers))
        parts = [self.tr("notice {date}").format(date=day(ret.notice_date))]
        if ret.period_ends and ret.period_estimated:
            parts.append(
                self.tr("period ends {date} (from an estimated delivery day)").format(
                    date=day(ret.period_ends)
                )
            )
        elif ret.period_ends:
            parts.append(self.tr("period ends {date}").format(date=day(ret.period_ends)))
        if ret.goods_due:
            parts.append(self.tr("goods due {date}").format(date=day(ret.goods_due)))
        if ret.refund_due:
            parts.append(self.tr("refund due {date}").format(date=day(ret.refund_due)))
        v.dates.setText(" · ".join(parts))
        registered = self.tr("{when} at {station}").format(
            when=moment(ret.created_at), station=ret.station or "—"
        )
        if ret.closed_at:
            registered += " · " + self.tr("closed {when}").format(when=moment(ret.closed_at))
        v.registered.setText(registered)
        tracking = ret.return_tracking_number or "—"
        if ret.proof_of_dispatch_at:
            tracking += " · " + self.tr("proof of dispatch {when}").format(
                when=moment(ret.proof_of_dispatch_at)
            )
        v.tracking.setText(tracking)
        said: list[str] = []
        late = late_points(ret, self._today())
        if "notice" in late:
            said.append(self.tr("Late: the notice came after the withdrawal period."))
        if "goods" in late:
            said.append(self.tr("Late: the goods were due {date}.").format(date=day(ret.goods_due)))
        if ret.override_reason:
            if ret.override_by:
                said.append(
                    self.tr("Override by {user}: {reason}").format(
                        user=ret.override_by, reason=ret.override_reason
                    )
                )
            else:
                said.append(self.tr("Override: {reason}").format(reason=ret.override_reason))
        if ret.late_accepted:
            said.append(
                self.tr("Late return accepted by {user}: {reason}").format(
                    user=ret.late_accepted_by or "—", reason=ret.late_accepted
                )
            )
        accepted = [i for i in ret.inspections if i.exception_override]
        if accepted:
            said.append(self.tr("%n excepted unit(s) accepted by override.", "", len(accepted)))
        if ret.decision_reason:
            said.append(self.tr("Decision: {reason}").format(reason=ret.decision_reason))
        said.extend(render(n) for n in rule_notes)
        v.decisions.setText(" · ".join(said) or "—")

    def _fill_payout(self, ret: ReturnDTO, payouts: tuple[PayoutDTO, ...]) -> None:
        """The money of the refund shown: proposed, approved, paying, paid, in doubt, failed
        (a chip), and each payout of the return in words on the Refund tab."""
        v = self.view
        refund = ret.refund
        mine = [p for p in payouts if refund is not None and p.refund_id == refund.id]
        live = [p for p in mine if p.state != "failed"] or mine[-1:]
        stage = money_stage(refund.status if refund else None, live[-1].state if live else None)
        if stage is None or refund is None or refund.status != "issued":
            v.payout.hide()
        else:
            style.chip(
                v.payout,
                self.tr("Money: {stage}").format(stage=stage_text(stage)),
                STAGE_TONES.get(stage, Tone.NEUTRAL),
            )
            v.payout.show()
        lines = []
        for p in payouts:
            state = {"ok": "paid", "paid": "paid", "sending": "paying", "pending": "paying"}
            text = self.tr("{method} of {amount}: {state} · {when} by {who} ({station})").format(
                method=method_text(p.method),
                amount=money(p.amount),
                state=stage_text(state.get(p.state, p.state)),
                when=moment(p.created_at),
                who=p.created_by or "—",
                station=p.station or "—",
            )
            if p.iban:
                text += " · " + f"{p.account_holder}, {p.iban}"
            if p.said is not None and p.provider_message != p.provider_status:
                text += " · " + self.tr("said: {words}").format(words=render(p.said))
            if p.decision:
                text += " · " + self.tr("decided: {words}").format(words=p.decision)
            if p.advice is not None and p is (live[-1] if live else None):
                text += "\n    " + render(p.advice)
            lines.append(text)
        v.payout_summary.setText("\n".join(lines))
        v.payout_summary.setVisible(bool(lines))
        returned = [p for p in mine if p.method == "transfer" and p.state == "paid"]
        self._returnable = returned[-1] if returned else None
        v.bank_returned.setVisible(self._returnable is not None)
        paytrail = [p for p in mine if p.method in ("paytrail", "email_refund")]
        stuck = (
            bool(paytrail)
            and paytrail[-1].state == "failed"
            and not [p for p in mine if p.state != "failed"]
        )
        v.correct_transaction.setVisible(stuck and len(ret.order_numbers) == 1)

    def _ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def _as_supervisor(self, why: str, work: Callable[[Actor], object], done: str) -> None:
        def run(supervisor: Actor) -> None:
            self._ctx.runner.run_db(
                lambda: work(supervisor),
                lambda _r, error: self._on_corrected(done, error),
            )

        self.approval_dialog = (
            with_supervisor(self._ctx, self, "decide_payout", why, run) or self.approval_dialog
        )

    def _on_corrected(self, done: str, error: BaseException | None) -> None:
        if error is not None:
            self._show_error(error)
        else:
            self.view.message.say(done, Tone.GOOD)
        self._reload()

    def _on_bank_returned_clicked(self) -> None:
        payout = getattr(self, "_returnable", None)
        if payout is None:
            return
        reason = self.ask_text(
            self.tr("The bank returned the transfer"),
            self.tr("What did the bank say (e.g. account closed)?"),
        )
        if not reason:
            return
        backend, payout_id = self._ctx.backend, payout.id
        self._as_supervisor(
            self.tr("Record the transfer of {code} as returned by the bank.").format(
                code=payout.return_code
            ),
            lambda supervisor: transfers.record_bank_return(
                backend.uow(), supervisor, payout_id, reason
            ),
            self.tr("Recorded as returned by the bank; the refund can be paid again."),
        )

    def _on_correct_transaction_clicked(self) -> None:
        if self.data is None or len(self.data.ret.order_numbers) != 1:
            return
        number = self.data.ret.order_numbers[0]
        typed = self.ask_text(
            self.tr("Correct the transaction id"),
            self.tr(
                "Paytrail's transaction id of order {order}, as on the shop's order page:"
            ).format(order=number),
        )
        if not typed:
            return
        reason = self.ask_text(
            self.tr("Correct the transaction id"), self.tr("Why is it corrected?")
        )
        if not reason:
            return
        backend = self._ctx.backend
        self._as_supervisor(
            self.tr("Correct the transaction id of order {order}.").format(order=number),
            lambda supervisor: paying.correct_transaction_id(
                backend.uow(), supervisor, number, typed, reason
            ),
            self.tr(
                "The transaction id of order {order} is corrected; pay the refund again."
            ).format(order=number),
        )

    def _fill_refund(self, ret: ReturnDTO) -> None:
        v = self.view
        refund = ret.refund
        if refund is None:
            v.refund_summary.setText(self.tr("No refund yet."))
            v.refund_vat.setText("")
            return
        text = self.tr(
            "{status}: {total} (items {items}, delivery {delivery}, deductions {deductions}, "
            "label fee {fee}) · {method}"
        ).format(
            status=name_of(REFUND_STATUSES, refund.status),
            total=money(refund.total),
            items=money(refund.items_amount),
            delivery=money(refund.delivery_amount),
            deductions=money(refund.deduction_amount),
            fee=money(refund.label_fee_amount),
            method=name_of(METHODS, refund.method),
        )
        if refund.credit_note_number:
            text += " · " + self.tr("credit note {number}, issued {when} by {user}").format(
                number=refund.credit_note_number,
                when=moment(refund.issued_at),
                user=refund.issued_by or "—",
            )
        if (
            ret.refunds_issued > 1
            or ret.units_owed
            or (ret.refunds_issued and ret.units_expected and ret.goods_state != "closed")
        ):
            text += "\n" + self.tr(
                "Refunded so far {amount} in %n refund(s).", "", ret.refunds_issued
            ).format(amount=money(ret.refunded_total))
            if ret.units_owed:
                text += " " + self.tr(
                    "Still owed: %n unit(s) that arrived after the refund.", "", ret.units_owed
                )
            if ret.units_expected and ret.goods_state != "closed":
                text += " " + self.tr(
                    "Still expected: %n unit(s); refunded when they arrive.", "", ret.units_expected
                )
        for d in ret.deductions:
            state = self.tr("approved") if d.approved else self.tr("waiting for approval")
            text += "\n" + self.tr("Deduction {amount} ({state}): {why}").format(
                amount=money(d.amount), state=state, why=d.justification
            )
        v.refund_summary.setText(text)
        v.refund_vat.setText(
            "  ".join(
                self.tr("VAT {rate} %: base {base}, VAT {vat}").format(
                    rate=percent(r.rate).removesuffix("%").strip(),
                    base=money(r.base),
                    vat=money(r.vat),
                )
                for r in refund.vat_rows
            )
        )

    # --- Documents ------------------------------------------------------------------------

    def _selected_document(self) -> DocumentInfo | None:
        rows = self.view.documents.selectionModel().selectedRows()
        if not rows:
            return None
        proxy = self.view.documents.model()
        return self.documents_model.row(proxy.mapToSource(rows[0]).row())

    def _on_documents_selection_changed(self, *args) -> None:
        del args
        self.view.print_again.setEnabled(
            self._print_document is not None and self._selected_document() is not None
        )

    def _on_print_again_clicked(self, *args) -> None:
        del args
        info = self._selected_document()
        if info is None or self._print_document is None:
            return
        backend = self._ctx.backend
        self._ctx.runner.run_db(
            lambda: documents.get_document(backend.uow(readonly=True), info.id),
            self._on_document_fetched,
        )

    def _on_document_fetched(self, doc: StoredDocument | None, error: BaseException | None) -> None:
        if error is not None or doc is None:
            self._show_error(error or RuntimeError("no document"))
            return
        assert self._print_document is not None
        self._print_document(doc)
        self.view.message.say(self.tr("{name} sent to print.").format(name=doc.name), Tone.INFO)

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.view.message, self.database_problem, error)
