"""Unidentified parcels: the parcels that matched nothing when scanned in.

Nothing leaves this queue without a decision: the parcel is matched to the return its code
leads to (proposed when the parcel is chosen; Enter or one click confirms it) or to one found
by a search, or a return is registered for it from its order (the desk's registration
dialog, label and all) and the parcel matched to it, or a supervisor discards it with a
written reason (e.g. sent back to the sender); a clerk's discard is approved in place by a
supervisor's password.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.services import queries, receiving
from returns_app.services.dto import FindHit, ParcelDTO, ReturnDTO
from returns_app.services.receiving import MatchSuggestion
from ui.backoffice.common import (
    SORT_ROLE,
    EmptyHint,
    MessageLine,
    goods_name,
    heading,
    report_error,
)
from ui.backoffice.return_page_view import table
from ui.backoffice.unidentified_parts import DiscardDialog, HitsModel, UnidentifiedModel
from ui.context import AppContext
from ui.desk.register_dialog import RegisterDialog
from ui.printing import PrintCenter
from ui.signin import SignInDialog, ask_approval
from ui.style import Tone
from ui.translator import render

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override


class UnidentifiedWidget(QWidget):
    """The queue of unidentified parcels and the ways a parcel leaves it.

    Signals:
        database_problem(str): the database did not answer.
    """

    database_problem = Signal(str)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, printer: PrintCenter | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._seen = False
        self._busy = False
        self._printer = printer
        self._suggested_for: int | None = None  # the parcel the proposal is (being) read for
        self._chosen_id: int | None = None  # the parcel the found returns and orders are for
        self.suggestion: MatchSuggestion | None = None
        self.discard_dialog: DiscardDialog | None = None
        self.register_dialog: RegisterDialog | None = None
        self.approval_dialog: SignInDialog | None = None
        self.parcels_model = UnidentifiedModel(self)
        self.parcels_proxy = QSortFilterProxyModel(self)
        self.parcels_proxy.setSourceModel(self.parcels_model)
        self.parcels_proxy.setSortRole(SORT_ROLE)
        self.hits_model = HitsModel(self)
        self._build()
        self._wire()
        self._on_session_changed(ctx.session.actor)
        self.reload()

    def _build(self) -> None:
        self.title = heading(self.tr("Unidentified parcels"), self)
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.hint = QLabel(
            self.tr(
                "Nothing leaves this queue without a decision: match the parcel to a return, "
                "register a return for it, or discard it with a reason."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.message = MessageLine(self)
        self.parcels = table(self, "unidentifiedParcels")
        self.parcels.setAccessibleName(self.tr("Unidentified parcels"))
        self.parcels.setModel(self.parcels_proxy)
        self.parcels.setSortingEnabled(True)
        self.parcels.sortByColumn(UnidentifiedModel.COL_AGE, Qt.SortOrder.DescendingOrder)
        self.empty_hint = EmptyHint(
            self.parcels,
            self.tr(
                "No parcels wait here. A parcel nobody can place is put here at the desk with F9."
            ),
        )
        self.proposal = QGroupBox(self.tr("Where the code leads"), self)
        self.proposal.setObjectName("matchProposal")
        self.proposal_text = QLabel(self.proposal)
        self.proposal_text.setWordWrap(True)
        self.proposal_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.proposal_why = QLabel(self.proposal)
        self.proposal_why.setWordWrap(True)
        self.proposal_why.setProperty("role", "muted")
        self.confirm = QPushButton(self.proposal)
        self.confirm.setObjectName("confirmMatch")
        lay = QVBoxLayout(self.proposal)
        lay.addWidget(self.proposal_text)
        lay.addWidget(self.proposal_why)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.confirm)
        lay.addLayout(row)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Find: order number, customer name, e-mail, phone or tracking number")
        )
        self.find = QPushButton(self.tr("Find"), self)
        self.hits = table(self, "unidentifiedHits")
        self.hits.setAccessibleName(self.tr("Returns that match"))
        self.hits.setModel(self.hits_model)
        self.hits.resizeColumnsToContents()  # the headers readable before any search
        self.match = QPushButton(self.tr("Match to this return"), self)
        self.register = QPushButton(self.tr("Register a return…"), self)
        self.discard = QPushButton(self.tr("Discard…"), self)
        self.refresh = QPushButton(self.tr("Refresh"), self)
        left = QWidget(self)
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.parcels, 1)
        row = QHBoxLayout()
        row.addWidget(self.discard)
        row.addStretch(1)
        row.addWidget(self.refresh)
        lay.addLayout(row)
        right = QWidget(self)
        lay = QVBoxLayout(right)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.proposal)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.find)
        lay.addLayout(row)
        lay.addWidget(self.hits, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.match)
        row.addWidget(self.register)
        lay.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([560, 640])
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self._show_proposal(None)

    def _wire(self) -> None:
        self.parcels.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.parcels.activated.connect(self._on_parcels_activated)
        self.hits.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.hits.activated.connect(self._on_hits_activated)
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.search.returnPressed.connect(self._on_find_clicked)
        self.find.clicked.connect(self._on_find_clicked)
        self.match.clicked.connect(self._on_match_clicked)
        self.register.clicked.connect(self._on_register_clicked)
        self.discard.clicked.connect(self._on_discard_clicked)
        self.refresh.clicked.connect(self.reload)
        self._ctx.session.changed.connect(self._on_session_changed)

    # --- The queue ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the queue again."""
        backend = self._ctx.backend
        self._ctx.runner.run_db(
            lambda: receiving.list_unidentified(backend.uow(readonly=True)), self._on_loaded
        )

    def _on_loaded(self, parcels: list[ParcelDTO] | None, error: BaseException | None) -> None:
        if error is not None or parcels is None:
            self._show_error(error or RuntimeError("no parcels"))
            return
        chosen = self.selected_parcel()
        self._suggested_for = None  # read the proposal again: a return may exist by now
        self.parcels_model.set_now(self._ctx.now())
        self.parcels_model.set_rows(parcels)
        self.count.setText(self.tr("{n} waiting").format(n=QLocale().toString(len(parcels))))
        self.parcels.resizeColumnsToContents()
        if chosen is not None:
            self.select_parcel(chosen.id)
        self._on_selection_changed()

    def parcel_rows(self) -> list[ParcelDTO]:
        """The parcels in the order shown (as sorted)."""
        proxy = self.parcels_proxy
        return [
            self.parcels_model.row(proxy.mapToSource(proxy.index(i, 0)).row())
            for i in range(proxy.rowCount())
        ]

    def select_parcel(self, parcel_id: int) -> bool:
        """Choose the parcel ``parcel_id`` in the list (False if it is not there)."""
        row = next((i for i, p in enumerate(self.parcel_rows()) if p.id == parcel_id), -1)
        if row >= 0:
            self.parcels.selectRow(row)
        return row >= 0

    def selected_parcel(self) -> ParcelDTO | None:
        """The parcel selected."""
        rows = self.parcels.selectionModel().selectedRows()
        if not rows:
            return None
        return self.parcels_model.row(self.parcels_proxy.mapToSource(rows[0]).row())

    def selected_hit(self) -> FindHit | None:
        """The search result selected."""
        rows = self.hits.selectionModel().selectedRows()
        return self.hits_model.row(rows[0].row()) if rows else None

    def _on_session_changed(self, actor: Actor | None) -> None:
        self.discard.setVisible(actor is not None)
        if actor is not None and not actor.may("reject_return"):
            self.discard.setText(self.tr("Discard… (needs a supervisor)"))
            self.discard.setToolTip(
                self.tr(
                    "Needs a supervisor: discarding a parcel is a supervisor's decision. "
                    "Write the reason; a supervisor approves it here with their password."
                )
            )
        else:
            self.discard.setText(self.tr("Discard…"))
            self.discard.setToolTip(
                self.tr("Take the parcel out of the queue with a written reason.")
            )
        self._on_selection_changed()

    def _on_selection_changed(self, *args) -> None:
        del args
        parcel = self.selected_parcel()
        self._suggest(parcel)
        hit = self.selected_hit()
        self.match.setEnabled(parcel is not None and hit is not None and hit.kind == "return")
        self.register.setEnabled(parcel is not None and hit is not None and hit.kind == "order")
        self.discard.setEnabled(parcel is not None)

    # --- The proposed match ---------------------------------------------------------------

    def _suggest(self, parcel: ParcelDTO | None) -> None:
        """Follow the chosen parcel's code to its return (once per choice)."""
        if parcel is None:
            self._suggested_for = None
            self._show_proposal(None)
            return
        if parcel.id == self._suggested_for:
            return
        if parcel.id != self._chosen_id:
            # Another parcel: what was found for the last one must not be matched to this one.
            self.hits_model.set_rows([])
        self._chosen_id = self._suggested_for = parcel.id
        self.suggestion = None
        self._show_proposal(
            None, self.tr("Following the code {code}…").format(code=parcel.scanned_code)
        )
        backend, pid = self._ctx.backend, parcel.id
        self._ctx.runner.run_db(
            lambda: receiving.suggest_match(backend.uow(readonly=True), pid), self._on_suggested
        )

    def _on_suggested(
        self, suggestion: MatchSuggestion | None, error: BaseException | None
    ) -> None:
        parcel = self.selected_parcel()
        if parcel is None or parcel.id != self._suggested_for:
            return  # another parcel was chosen meanwhile: its own proposal is on the way
        if error is not None or suggestion is None:
            self._show_proposal(None, self.tr("No proposal: see the message above."))
            self._show_error(error or RuntimeError("no proposal"))
            return
        self.suggestion = suggestion
        self._show_proposal(suggestion)
        if suggestion.kind == "order" and suggestion.order is not None:
            # What a clerk can do: register the order's return here, then the parcel joins it.
            o = suggestion.order
            self.hits_model.set_rows(
                [
                    FindHit(
                        "order",
                        o.id,
                        o.order_number,
                        o.customer.name,
                        o.ordered_at.date().isoformat(),
                    )
                ]
            )
            self.hits.resizeColumnsToContents()
            self.hits.selectRow(0)

    def _show_proposal(self, suggestion: MatchSuggestion | None, text: str = "") -> None:
        proposed = suggestion is not None and suggestion.kind == "return"
        self.confirm.setVisible(proposed)
        self.confirm.setEnabled(proposed and not self._busy)
        if suggestion is None:
            self.proposal.setTitle(self.tr("Where the code leads"))
            self.proposal_text.setText(
                text or self.tr("Choose a parcel: its code is followed to its return.")
            )
            self.proposal_why.setText("")
            self.proposal_why.hide()
            return
        self.proposal_why.setText(render(suggestion.message))
        self.proposal_why.show()
        ret = suggestion.ret
        if proposed and ret is not None:
            self.proposal.setTitle(self.tr("Proposed match"))
            self.proposal_text.setText(self._describe_return(ret))
            self.confirm.setText(self.tr("Match to return {code} (Enter)").format(code=ret.code))
            return
        self.proposal.setTitle(self.tr("No match to propose"))
        order = suggestion.order
        if ret is not None:
            text = self._describe_return(ret)
        elif order is not None:
            text = self.tr(
                "Order {order} \u00b7 {customer}\n\u201cRegister a return\u2026\u201d below "
                "registers its return and matches the parcel to it."
            ).format(order=order.order_number, customer=order.customer.name)
        else:
            text = self.tr("Search by hand below.")
        self.proposal_text.setText(text)

    def _describe_return(self, ret: ReturnDTO) -> str:
        items = ", ".join(
            self.tr("{n} × {name}").format(n=line.qty_announced, name=line.name)
            for line in ret.lines
        )
        return self.tr("Return {code} · {customer} · order {orders}\n{items}").format(
            code=ret.code,
            customer=ret.customer.name,
            orders=", ".join(ret.order_numbers),
            items=items,
        )

    def _on_parcels_activated(self, index: QModelIndex) -> None:
        """Enter (or a double click) on a parcel confirms the match proposed for it."""
        del index
        suggestion, parcel = self.suggestion, self.selected_parcel()
        if suggestion is None or parcel is None or suggestion.parcel_id != parcel.id:
            return
        if suggestion.kind == "return":
            self._on_confirm_clicked()
        elif suggestion.kind == "order":
            self._on_register_clicked()
        else:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_confirm_clicked(self) -> None:
        suggestion, parcel = self.suggestion, self.selected_parcel()
        if (
            suggestion is None
            or suggestion.kind != "return"
            or suggestion.ret is None
            or parcel is None
            or suggestion.parcel_id != parcel.id
        ):
            return
        self._match(parcel.id, suggestion.ret.id)

    # --- Finding --------------------------------------------------------------------------

    def _on_find_clicked(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        backend = self._ctx.backend
        self._ctx.runner.run_db(
            lambda: queries.find(backend.uow(readonly=True), text), self._on_found
        )

    def _on_found(self, hits: list[FindHit] | None, error: BaseException | None) -> None:
        if error is not None or hits is None:
            self._show_error(error or RuntimeError("no hits"))
            return
        self.hits_model.set_rows(hits)
        self.hits.resizeColumnsToContents()
        if not hits:
            self.message.say(
                self.tr("Nothing found. Try the customer's name or e-mail."), Tone.WARN
            )
        else:
            self.message.clear_message()
            self.hits.selectRow(0)

    def _on_hits_activated(self, *args) -> None:
        del args
        hit = self.selected_hit()
        if hit is not None and hit.kind == "return":
            self._on_match_clicked()
        elif hit is not None:
            self._on_register_clicked()

    # --- Deciding -------------------------------------------------------------------------

    def _on_match_clicked(self) -> None:
        parcel, hit = self.selected_parcel(), self.selected_hit()
        if parcel is None or hit is None or hit.kind != "return":
            return
        self._match(parcel.id, hit.id)

    def _match(self, parcel_id: int, return_id: int) -> None:
        if self._busy:
            return
        self._set_busy(True)
        backend, actor = self._ctx.backend, self._ctx.actor
        self._ctx.runner.run_db(
            lambda: receiving.match_parcel(backend.uow(), actor, parcel_id, return_id),
            self._on_matched,
        )

    def _on_matched(self, ret: ReturnDTO | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None or ret is None:
            self._show_error(error or RuntimeError("no return"))
        else:
            self.message.say(
                self.tr("The parcel is now part of return {code} ({state}).").format(
                    code=ret.code, state=goods_name(ret.goods_state)
                ),
                Tone.GOOD,
            )
            self.hits_model.set_rows([])
        self.reload()

    def _on_register_clicked(self) -> None:
        parcel, hit = self.selected_parcel(), self.selected_hit()
        if parcel is None or hit is None or hit.kind != "order":
            return
        if self._printer is None:
            self._printer = PrintCenter(self._ctx, self)
        dialog = RegisterDialog(self._ctx, self._printer, self, order_id=hit.id)
        dialog.registered.connect(lambda ret, pid=parcel.id: self._match(pid, ret.id))
        self.register_dialog = dialog
        dialog.open()

    def _on_discard_clicked(self) -> None:
        parcel, actor = self.selected_parcel(), self._ctx.session.actor
        if parcel is None or actor is None or self._busy:
            return
        self.discard_dialog = DiscardDialog(
            parcel, self, needs_approval=not actor.may("reject_return")
        )
        self.discard_dialog.accepted.connect(self._on_discard_dialog_accepted)
        self.discard_dialog.open()

    def _on_discard_dialog_accepted(self) -> None:
        dialog = self.discard_dialog
        assert dialog is not None
        parcel, reason = dialog.parcel, dialog.reason.text().strip()
        actor = self._ctx.actor
        if actor.may("reject_return"):
            self._discard(parcel, reason, actor)
            return
        self.approval_dialog = ask_approval(
            self._ctx,
            self,
            "reject_return",
            self.tr(
                "Discard parcel {code} with the reason \u201c{reason}\u201d. A supervisor "
                "approves it by typing their own password."
            ).format(code=parcel.scanned_code, reason=reason),
            lambda approver: self._discard(parcel, reason, approver),
        )

    def _discard(self, parcel: ParcelDTO, reason: str, actor: Actor) -> None:
        """Discard as ``actor``: the signed-in supervisor, or the one who approved it."""
        if self._busy:
            return
        self._set_busy(True)
        backend, pid = self._ctx.backend, parcel.id
        approved = actor.username != self._ctx.actor.username

        def done(result: None, error: BaseException | None) -> None:
            del result
            self._set_busy(False)
            if error is not None:
                self._show_error(error)
            elif approved:
                self.message.say(
                    self.tr(
                        "Parcel {code} was discarded, approved by {user}: \u201c{reason}\u201d."
                    ).format(code=parcel.scanned_code, user=actor.username, reason=reason),
                    Tone.GOOD,
                )
            else:
                self.message.say(
                    self.tr("Parcel {code} was discarded: \u201c{reason}\u201d.").format(
                        code=parcel.scanned_code, reason=reason
                    ),
                    Tone.GOOD,
                )
            self.reload()

        self._ctx.runner.run_db(
            lambda: receiving.discard_parcel(backend.uow(), actor, pid, reason), done
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.confirm.setEnabled(not busy and self.confirm.isVisible())

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.message, self.database_problem, error)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Read again when the area comes into view (the desk adds parcels meanwhile)."""
        super().showEvent(event)
        if not event.spontaneous() and self._seen:
            self.reload()
        self._seen = True
