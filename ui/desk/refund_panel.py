"""The refund panel (Ctrl+R): the proposal row by row, VAT per rate, and issuing it.

Issuing asks for a supervisor's password when the rules say so (over the limit, a deduction,
an override) and the signed-in user may not approve; the supervisor approves, the clerk
issues, and the refund slip (credit note) prints on the A4 printer.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.states import MONEY_NAMES
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services import documents, refunds
from returns_app.services.documents import StoredDocument
from returns_app.services.dto import RefundDTO, ReturnDTO
from returns_app.services.orders import NOT_PAID
from ui import style
from ui.context import AppContext
from ui.desk.deduction_dialog import DeductionDialog
from ui.desk.keys import REFUND_KEYS
from ui.desk.wording import days_left, percent, short_date
from ui.error_text import Problem, describe
from ui.money import money
from ui.printing import DocumentRole
from ui.signin import ask_approval, with_supervisor
from ui.translator import render

METHOD_NAMES = {
    "original": QT_TRANSLATE_NOOP("RefundPanel", "To the original means of payment"),
    "bank_transfer": QT_TRANSLATE_NOOP("RefundPanel", "Bank transfer"),
    "store_credit": QT_TRANSLATE_NOOP("RefundPanel", "Store credit"),
}
ROW_NAMES = {
    "delivery": QT_TRANSLATE_NOOP("RefundPanel", "Delivery"),
    "label_fee": QT_TRANSLATE_NOOP("RefundPanel", "Return label fee"),
    "return_postage": QT_TRANSLATE_NOOP("RefundPanel", "Return postage"),
}

# Notes of a proposal that the panel's own line above the rows says already (with plurals).
_SAID_ABOVE = {
    "{n} unit(s) still expected: this refund covers what has arrived; the rest is refunded "
    "when it arrives (a follow-up refund).",
}

PrintDocument = Callable[[Callable[[], StoredDocument], DocumentRole], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RefundPanel", text)


def refund_summary(refund: RefundDTO | None, money_state: str | None = None) -> str:
    """One line for the desk's side: "Refund proposed: 29.90 € (needs a supervisor)"."""
    if refund is None:
        return QCoreApplication.translate("RefundPanel", "No refund computed yet.")
    state = QCoreApplication.translate(
        "states", MONEY_NAMES.get(_money_state(refund, money_state), "")
    )
    text = f"{state[:1].upper()}{state[1:]}: {money(refund.total, refund.currency)}"
    if refund.status == "issued" and refund.credit_note_number:
        text += " " + QCoreApplication.translate("RefundPanel", "(credit note {number})").format(
            number=refund.credit_note_number
        )
    elif refund.needs_supervisor and refund.status == "proposed":
        text += " " + QCoreApplication.translate("RefundPanel", "(needs a supervisor's approval)")
    return text


def _money_state(refund: RefundDTO, money_state: str | None = None) -> str:
    if refund.status == "issued" and money_state == "part_refunded":
        return "part_refunded"  # this refund is issued, but the return still owes money
    return {"issued": "refunded", "approved": "approved"}.get(refund.status, "proposed")


class RefundPanel(QWidget):
    """Shows the return's refund and issues it.

    Signals:
        refund_changed(object): the :class:`RefundDTO` after a change (proposed, issued).
        return_changed(object): the :class:`ReturnDTO` after a deduction.
        feedback(str, str, str): a state ("success", "warning", "error"), a title and a
            detail for the desk's banner.
    """

    refund_changed = Signal(object)
    return_changed = Signal(object)
    feedback = Signal(str, str, str)

    def __init__(
        self,
        ctx: AppContext,
        print_document: PrintDocument,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = today or ctx.today
        self._print_document = print_document
        self._ret: ReturnDTO | None = None
        self._refund: RefundDTO | None = None
        self._keys: dict[int, str] = {}
        self._busy = False
        self._dialog: QDialog | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        for binding in REFUND_KEYS.bindings:
            handler = getattr(self, f"_on_{binding.action}_shortcut_activated")
            for sequence in binding.sequences():
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(handler)
        self.set_return(None)

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Refund"))
        style.set_font(self.heading, 2, bold=True)
        self.state = QLabel()
        self.approval = QLabel()
        self.approval.setStyleSheet(style.tone_sheet(style.Tone.WARN))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.state)
        top.addWidget(self.approval)
        top.addStretch(1)
        self.rows = QTableWidget(0, 6)
        self.rows.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Qty"),
                self.tr("Paid"),
                self.tr("Deduction"),
                self.tr("VAT"),
                self.tr("Refund"),
            ]
        )
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rows.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rows.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            self.rows.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
        self.vat = QLabel()
        self.vat.setProperty("role", "muted")
        self.vat.setWordWrap(True)
        self.total = QLabel()
        style.set_font(self.total, 3, bold=True)
        self.due = QLabel()
        self.method = QComboBox()
        for code, name in METHOD_NAMES.items():
            self.method.addItem(_tr(name), code)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Payment reference (optional)"))
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Method")))
        form.addWidget(self.method)
        form.addWidget(self.reference, 1)
        self.issue_button = QPushButton(
            self.tr("Issue the refund ({key})").format(key=REFUND_KEYS.binding("issue").keys_text())
        )
        self.issue_button.setDefault(True)
        self.propose_button = QPushButton(
            self.tr("Compute again ({key})").format(key=REFUND_KEYS.binding("propose").keys_text())
        )
        self.deduct_button = QPushButton(
            self.tr("Deduct… ({key})").format(key=REFUND_KEYS.binding("deduct").keys_text())
        )
        self.issue_button.clicked.connect(self.issue)
        self.propose_button.clicked.connect(self.propose)
        self.deduct_button.clicked.connect(self.deduct)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.deduct_button)
        buttons.addStretch(1)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        # What the refund does not cover yet, and what it says about itself.
        self.outstanding = QLabel()
        self.outstanding.setObjectName("refundOutstanding")
        self.outstanding.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("refundNotes")
        self.notes.setWordWrap(True)
        self.notes.setProperty("role", "muted")
        self.pending = QLabel()
        self.pending.setObjectName("pendingDeductions")
        self.pending.setWordWrap(True)
        self.approve_deduction_button = QPushButton(self.tr("Approve the deduction…"))
        self.drop_deduction_button = QPushButton(self.tr("Drop the deduction"))
        self.approve_deduction_button.setAutoDefault(False)
        self.drop_deduction_button.setAutoDefault(False)
        self.approve_deduction_button.clicked.connect(self.approve_pending_deduction)
        self.drop_deduction_button.clicked.connect(self.drop_pending_deduction)
        pending_row = QHBoxLayout()
        pending_row.addWidget(self.pending, 1)
        pending_row.addWidget(self.approve_deduction_button)
        pending_row.addWidget(self.drop_deduction_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.outstanding)
        layout.addLayout(pending_row)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.vat)
        layout.addWidget(self.total)
        layout.addWidget(self.due)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)

    def take_focus(self) -> None:
        """Put the keyboard focus in the panel: on the issue button when it can be pressed."""
        if self.issue_button.isEnabled():
            self.issue_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _has_focus_inside(self) -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and (widget is self or self.isAncestorOf(widget))

    @property
    def dialog(self) -> QDialog | None:
        """The approval or deduction dialog opened last (for tests and the help)."""
        return self._dialog

    @property
    def refund(self) -> RefundDTO | None:
        """The refund shown."""
        return self._refund

    def set_return(self, ret: ReturnDTO | None) -> None:
        """Show the refund of ``ret`` as the database has it."""
        self._ret = ret
        self._show_outstanding()
        self.show_refund(ret.refund if ret is not None else None)

    def _show_outstanding(self) -> None:
        """Say plainly what is refunded, still owed, still expected and waiting for a decision."""
        ret = self._ret
        parts: list[str] = []
        tone = style.Tone.NEUTRAL
        if ret is not None and ret.refunds_issued:
            parts.append(
                self.tr(
                    "Refunded so far: {amount} (%n credit note(s)).", "", ret.refunds_issued
                ).format(amount=money(ret.refunded_total, ret.currency))
            )
        if ret is not None and ret.units_owed and ret.refunds_issued:
            follow_up_ready = ret.refund is not None and ret.refund.status in (
                "proposed",
                "approved",
            )
            parts.append(
                self.tr(
                    "%n unit(s) arrived after the refund and are owed: the follow-up refund "
                    "below covers them; issue it ({key}).",
                    "",
                    ret.units_owed,
                ).format(key=REFUND_KEYS.binding("issue").keys_text())
                if follow_up_ready
                else self.tr(
                    "%n unit(s) arrived after the refund and are owed: compute the follow-up "
                    "refund ({key}) and issue it.",
                    "",
                    ret.units_owed,
                ).format(key=REFUND_KEYS.binding("propose").keys_text())
            )
            tone = style.Tone.WARN
        arrived = ret is not None and any(line.qty_received for line in ret.lines)
        if arrived and ret.units_expected and ret.goods_state not in ("closed", "rejected"):
            parts.append(
                self.tr(
                    "%n unit(s) still expected: this refund covers what has arrived; the rest "
                    "is refunded when it arrives.",
                    "",
                    ret.units_expected,
                )
            )
            tone = style.Tone.WARN if tone is style.Tone.NEUTRAL else tone
        if ret is not None and ret.units_to_inspect:
            parts.append(self.tr("%n unit(s) not graded yet.", "", ret.units_to_inspect))
        for number, amount, status in ret.shop_refunds if ret is not None else ():
            parts.append(
                self.tr(
                    "Order {number}: the payment was voided in the web shop; nothing is refunded."
                ).format(number=number)
                if status == "voided"
                else self.tr(
                    "Order {number}: the web shop has not received the payment ('{status}'); "
                    "nothing is refunded."
                ).format(number=number, status=status)
                if status in NOT_PAID
                else self.tr(
                    "Order {number}: the web shop already refunded {amount}; it counts in "
                    "what can still be refunded."
                ).format(number=number, amount=money(amount, ret.currency))
            )
            tone = style.Tone.WARN
        self.outstanding.setText(" ".join(parts))
        style.set_sheet(self.outstanding, style.tone_sheet(tone) if parts else "")
        self.outstanding.setVisible(bool(parts))
        pending = ret.pending_deductions if ret is not None else ()
        names = {l.id: l.name for l in ret.lines} if ret is not None else {}
        self.pending.setText(
            "\n".join(
                self.tr(
                    "Deduction {amount} on {item} waits for a supervisor: \u201c{why}\u201d. "
                    "The refund is not issued until it is approved or dropped."
                ).format(
                    amount=money(d.amount, ret.currency),
                    item=names.get(d.return_line_id, "?"),
                    why=d.justification,
                )
                for d in pending
            )
        )
        self.pending.setStyleSheet(style.tone_sheet(style.Tone.WARN))
        for w in (self.pending, self.approve_deduction_button, self.drop_deduction_button):
            w.setVisible(bool(pending))

    def show_refund(self, refund: RefundDTO | None) -> None:
        """Show ``refund`` (None: nothing computed yet)."""
        self._refund = refund
        self.rows.setRowCount(0)
        self.notice.setText("")
        if refund is None:
            self.notes.hide()
            style.chip(
                self.state,
                QCoreApplication.translate("RefundPanel", "No refund computed yet."),
                style.Tone.NEUTRAL,
            )
            self.approval.hide()
            self.vat.setText("")
            self.total.setText("")
            self.due.setText("")
            self._refresh_buttons()
            return
        money_state = self._ret.money_state if self._ret is not None else None
        shown = _money_state(refund, money_state)
        state = QCoreApplication.translate("states", MONEY_NAMES[shown])
        tone = {"refunded": style.Tone.GOOD, "part_refunded": style.Tone.WARN}.get(
            shown, style.Tone.INFO
        )
        style.chip(self.state, state, tone)
        needs = refund.needs_supervisor and refund.status == "proposed"
        self.approval.setText(self.tr("needs a supervisor's approval"))
        self.approval.setVisible(needs)
        for row in refund.lines:
            self._add_row(row, refund.currency)
        self.notes.setText(
            "\n".join(render(n) for n in refund.notes if n.text not in _SAID_ABOVE)
            if refund.status != "issued"
            else ""
        )
        self.notes.setVisible(bool(self.notes.text()))
        self.vat.setText(
            "   ".join(
                self.tr("VAT {rate}: base {base}, VAT {vat}").format(
                    rate=percent(v.rate),
                    base=money(v.base, refund.currency),
                    vat=money(v.vat, refund.currency),
                )
                for v in refund.vat_rows
            )
        )
        self.total.setText(
            self.tr("Total {amount}").format(amount=money(refund.total, refund.currency))
        )
        today = self._today()
        style.set_sheet(self.due, "")
        if refund.status == "issued":
            self.due.setText(
                self.tr("Refunded by {user}; credit note {number}.").format(
                    user=refund.issued_by or "?", number=refund.credit_note_number or "?"
                )
            )
        elif refund.refund_due is not None:
            left = days_left(refund.refund_due, today)
            text = self.tr("Refund due by {date}, {left}").format(
                date=short_date(refund.refund_due, today), left=left.text
            )
            style.chip(self.due, text, left.tone)
        else:
            self.due.setText("")
        index = self.method.findData(refund.method)
        if index >= 0:
            self.method.setCurrentIndex(index)
        self._refresh_buttons()

    def _add_row(self, row, currency: str = "EUR") -> None:
        r = self.rows.rowCount()
        self.rows.insertRow(r)
        name = ROW_NAMES.get(row.kind)
        values = (
            _tr(name) if name else row.description,
            str(row.quantity) if row.quantity else "",
            money(row.gross, currency),
            money(-row.deduction, currency) if row.deduction else "",
            percent(row.vat_rate),
            money(row.gross - row.deduction, currency),
        )
        for col, text in enumerate(values):
            item = QTableWidgetItem(text)
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == 3 and row.deduction_reason:
                item.setToolTip(row.deduction_reason)
            self.rows.setItem(r, col, item)

    def _refresh_buttons(self) -> None:
        refund, ret = self._refund, self._ret
        open_money = ret is not None and ret.money_state not in ("refunded",)
        self.issue_button.setEnabled(
            not self._busy and refund is not None and refund.status in ("proposed", "approved")
        )
        self.propose_button.setEnabled(not self._busy and open_money)
        self.deduct_button.setEnabled(
            not self._busy
            and open_money
            and ret is not None
            and ret.kind != "defect_claim"
            and ret.money_state != "approved"
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh_buttons()

    # --- Shortcuts ------------------------------------------------------------------------

    def _on_issue_shortcut_activated(self) -> None:
        self.issue()

    def _on_propose_shortcut_activated(self) -> None:
        self.propose()

    def _on_deduct_shortcut_activated(self) -> None:
        self.deduct()

    # --- Work -----------------------------------------------------------------------------

    def _actor(self) -> Actor:
        return self._ctx.actor

    def propose(self) -> None:
        """Compute the refund from the rules again (replaces the older proposal)."""
        if self._ret is None or self._busy:
            return
        ret_id, actor, backend = self._ret.id, self._actor(), self._ctx.backend
        method = self.method.currentData() or "original"
        self._set_busy(True)
        self._ctx.runner.run_db(
            lambda: refunds.propose_refund(backend.uow(), actor, ret_id, method=method),
            self._on_proposed,
        )

    def _on_proposed(self, refund: RefundDTO | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None or refund is None:
            self._report(describe(error or RuntimeError("no refund"), self._ctx.backend))
            return
        focus_here = self._has_focus_inside()
        self.show_refund(refund)
        self.refund_changed.emit(refund)
        if focus_here and self.isVisible():
            self.take_focus()

    def issue(self) -> None:
        """Issue the refund shown, asking a supervisor first when the rules say so."""
        refund = self._refund
        if refund is None or self._busy or refund.status not in ("proposed", "approved"):
            return
        if self._ret is not None and self._ret.pending_deductions:
            # Never issue the full amount past a deduction nobody has decided on.
            self._report(
                Problem(
                    self.tr(
                        "A deduction waits for a supervisor. Approve it or drop it first "
                        "(the buttons above the rows)."
                    )
                )
            )
            self.approve_deduction_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        actor = self._actor()
        if (
            refund.needs_supervisor
            and refund.status != "approved"
            and not actor.may("approve_refund")
        ):
            self._dialog = ask_approval(
                self._ctx,
                self,
                "approve_refund",
                self.tr(
                    "The refund of {amount} needs a supervisor's approval (over the limit, a "
                    "deduction or an override). A supervisor types their own password."
                ).format(amount=money(refund.total, refund.currency)),
                self._approve_then_issue,
            )
            return
        self._issue()

    def _approve_then_issue(self, supervisor: Actor | None) -> None:
        refund = self._refund
        if supervisor is None or refund is None:
            return
        backend, rid = self._ctx.backend, refund.id
        self._set_busy(True)

        def approved(result: RefundDTO | None, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None or result is None:
                self._report(describe(error or RuntimeError("not approved"), backend))
                return
            self.show_refund(result)
            self.feedback.emit(
                "success",
                self.tr("Approved by {user}").format(user=supervisor.username),
                "",
            )
            self._issue()

        self._ctx.runner.run_db(
            lambda: refunds.approve_refund(backend.uow(), supervisor, rid), approved
        )

    def _issue(self) -> None:
        refund = self._refund
        if refund is None:
            return
        actor, backend, rid = self._actor(), self._ctx.backend, refund.id
        key = self._keys.setdefault(rid, uuid.uuid4().hex)
        method = self.method.currentData() or None
        reference = self.reference.text()
        now = self._ctx.recorded_now()
        self._set_busy(True)
        self._ctx.runner.run_db(
            lambda: refunds.issue_refund(
                backend.uow(),
                actor,
                rid,
                method=method,
                payment_reference=reference,
                idempotency_key=key,
                now=now,
            ),
            self._on_issued,
        )

    def _on_issued(self, refund: RefundDTO | None, error: BaseException | None) -> None:
        self._set_busy(False)
        if error is not None or refund is None:
            self._report(describe(error or RuntimeError("not issued"), self._ctx.backend))
            return
        self.show_refund(refund)
        self.refund_changed.emit(refund)
        self.feedback.emit(
            "success",
            self.tr("Refunded {amount}").format(amount=money(refund.total, refund.currency)),
            self.tr("Credit note {number}. The refund slip is printing.").format(
                number=refund.credit_note_number or "?"
            ),
        )
        self.print_slip()

    def print_slip(self) -> None:
        """Print the credit note of the issued refund on the A4 printer."""
        refund = self._refund
        if refund is None or refund.status != "issued":
            return
        actor, backend, rid = self._actor(), self._ctx.backend, refund.id
        fmt = self._ctx.settings.get("printers/slip_format")
        self._print_document(
            lambda: documents.credit_note_pdf(backend.uow(), actor, rid, fmt), DocumentRole.A4
        )

    def deduct(self) -> None:
        """Ask for a deduction, record it, then compute the refund again."""
        ret = self._ret
        if ret is None or self._busy or not self.deduct_button.isEnabled():
            return
        dialog = DeductionDialog(ret, self)
        dialog.accepted.connect(lambda: self._on_deduction_accepted(dialog))
        self._dialog = dialog
        dialog.open()

    def _on_deduction_accepted(self, dialog: DeductionDialog) -> None:
        amount, line_id = dialog.value(), dialog.line.currentData()
        text = dialog.justification.text()
        if amount is None or line_id is None:
            return
        actor, backend = self._actor(), self._ctx.backend
        self._set_busy(True)

        def added(ret: ReturnDTO | None, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None or ret is None:
                self._report(describe(error or RuntimeError("no return"), backend))
                return
            self._ret = ret
            self._show_outstanding()
            self.return_changed.emit(ret)
            self.propose()

        self._ctx.runner.run_db(
            lambda: refunds.add_deduction(backend.uow(), actor, line_id, amount, text), added
        )

    # --- Pending deductions ------------------------------------------------------------------

    def _with_supervisor(self, permission: str, reason: str, then: Callable[[Actor], None]) -> None:
        """Run ``then`` as the signed-in user if they may, else after a supervisor's password."""
        self._dialog = with_supervisor(self._ctx, self, permission, reason, then) or self._dialog

    def _first_pending(self):
        ret = self._ret
        return ret.pending_deductions[0] if ret is not None and ret.pending_deductions else None

    def approve_pending_deduction(self) -> None:
        """A supervisor approves the first pending deduction (in place), then recompute."""
        d = self._first_pending()
        if d is None or self._busy:
            return
        reason = self.tr("Approve the deduction of {amount}: \u201c{why}\u201d.").format(
            amount=money(d.amount, self._ret.currency if self._ret else "EUR"),
            why=d.justification,
        )
        backend = self._ctx.backend
        self._with_supervisor(
            "approve_deduction",
            reason,
            lambda sup: self._decide(lambda: refunds.approve_deduction(backend.uow(), sup, d.id)),
        )

    def drop_pending_deduction(self) -> None:
        """A supervisor drops the first pending deduction: the customer gets the full amount."""
        d = self._first_pending()
        if d is None or self._busy:
            return
        reason = self.tr("Drop the deduction of {amount}: \u201c{why}\u201d.").format(
            amount=money(d.amount, self._ret.currency if self._ret else "EUR"),
            why=d.justification,
        )
        backend = self._ctx.backend
        why = self.tr("Dropped at the desk before the refund was issued.")
        self._with_supervisor(
            "approve_deduction",
            reason,
            lambda sup: self._decide(lambda: refunds.drop_deduction(backend.uow(), sup, d.id, why)),
        )

    def _decide(self, work: Callable[[], ReturnDTO]) -> None:
        self._set_busy(True)

        def done(ret: ReturnDTO | None, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None or ret is None:
                self._report(describe(error or RuntimeError("no return"), self._ctx.backend))
                return
            self._ret = ret
            self._show_outstanding()
            self.return_changed.emit(ret)
            self.propose()

        self._ctx.runner.run_db(work, done)

    def _report(self, problem: Problem) -> None:
        self.notice.setText(problem.text)
        self.notice.setStyleSheet(style.tone_sheet(style.Tone.BAD))
        self.feedback.emit("error", problem.text, "")
