"""Register a return from a phone call or an e-mail (or for a parcel that came without one).

Find the order by anything the customer can tell, pick lines and quantities, the kind (the
clerk chooses; the app never guesses a defect claim) and the reason. The dialog shows whether
the withdrawal period is open and why; the rules decide when registering, and a supervisor may
override a refusal with a written reason. Then the return label prints or is saved as a PDF to
e-mail to the customer.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QDialog,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.calendar import format_date
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.scanning import format_return_code_for_people
from returns_app.services import documents, queries, returns
from returns_app.services.documents import StoredDocument
from returns_app.services.dto import FindHit, OrderDTO, ReturnDTO
from returns_app.services.returns import LineRequest, NotAllowed, RegisterReturn
from ui import style
from ui.context import AppContext
from ui.desk.keys import REGISTER_KEYS
from ui.desk.register_view import COL_BOUGHT, COL_NAME, COL_QTY, COL_RETURNED, COL_SKU, RegisterView
from ui.desk.wording import helsinki_today, withdrawal_period
from ui.error_text import Problem, describe
from ui.printing import DocumentRole, PrintCenter, PrintOutcome
from ui.signin import SignInDialog, ask_approval
from ui.translator import render

KINDS = {
    "withdrawal": QT_TRANSLATE_NOOP("RegisterDialog", "Withdrawal (14 days, no reason needed)"),
    "defect_claim": QT_TRANSLATE_NOOP("RegisterDialog", "Defect claim (faulty goods)"),
    "goodwill": QT_TRANSLATE_NOOP("RegisterDialog", "Goodwill (the shop's longer period)"),
}
REMEDIES = {
    "repair": QT_TRANSLATE_NOOP("RegisterDialog", "Repair"),
    "replacement": QT_TRANSLATE_NOOP("RegisterDialog", "Replacement"),
    "price_reduction": QT_TRANSLATE_NOOP("RegisterDialog", "Price reduction"),
    "cancellation": QT_TRANSLATE_NOOP("RegisterDialog", "Cancellation (money back)"),
}
REASONS = {
    "does_not_fit": QT_TRANSLATE_NOOP("RegisterDialog", "Does not fit"),
    "changed_mind": QT_TRANSLATE_NOOP("RegisterDialog", "Changed mind"),
    "not_as_described": QT_TRANSLATE_NOOP("RegisterDialog", "Not as described"),
    "defective": QT_TRANSLATE_NOOP("RegisterDialog", "Defective"),
    "wrong_item_sent": QT_TRANSLATE_NOOP("RegisterDialog", "Wrong item sent"),
    "arrived_late": QT_TRANSLATE_NOOP("RegisterDialog", "Arrived late"),
    "other": QT_TRANSLATE_NOOP("RegisterDialog", "Other"),
}


def _finnish_date(iso: str) -> str:
    """ "2026-09-26" as "26.9.2026" (other texts as they are)."""
    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterDialog", text)


class RegisterDialog(QDialog):
    """Registers a return and prints its label.

    Signals:
        registered(object): the new :class:`ReturnDTO`.
    """

    registered = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        printer: PrintCenter,
        parent: QWidget | None = None,
        *,
        search: str = "",
        order_id: int | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._printer = printer
        self._now = now
        self._order: OrderDTO | None = None
        self._hits: list[FindHit] = []
        self._ret: ReturnDTO | None = None
        self.approval_dialog: SignInDialog | None = None
        self._label: StoredDocument | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Register a return"))
        self.resize(style.scaled(1000), style.scaled(720))
        self.view = RegisterView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self._fill_choices()
        self._wire()
        self._set_order(None)
        self.view.search.setText(search)
        if order_id is not None:
            self._load_order(order_id)
        elif search:
            self.find()

    # --- Building -------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        v = self.view
        for code, text in KINDS.items():
            v.kind.addItem(_tr(text), code)
        for code, text in REMEDIES.items():
            v.remedy.addItem(_tr(text), code)
        for code, text in REASONS.items():
            v.reason.addItem(_tr(text), code)
        # Anyone may write the reason; a clerk's override is signed by a supervisor's
        # password in place when Register is pressed.
        v.override.setEnabled(True)
        v.override.setPlaceholderText(
            QCoreApplication.translate(
                "RegisterDialog", "Only if the rules refuse: why the shop accepts it anyway"
            )
        )
        v.register.setText(
            QCoreApplication.translate("RegisterDialog", "Register ({key})").format(
                key=REGISTER_KEYS.binding("register").keys_text()
            )
        )
        v.print_label.setText(
            QCoreApplication.translate("RegisterDialog", "Print label ({key})").format(
                key=REGISTER_KEYS.binding("print_label").keys_text()
            )
        )
        v.save_label.setText(
            QCoreApplication.translate("RegisterDialog", "Save as PDF… ({key})").format(
                key=REGISTER_KEYS.binding("save_label").keys_text()
            )
        )

    def _wire(self) -> None:
        v = self.view
        v.find.clicked.connect(self.find)
        v.search.returnPressed.connect(self.find)
        v.hits.itemActivated.connect(self._on_hits_item_activated)
        v.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        v.lines.itemChanged.connect(self._on_lines_item_changed)
        v.lines.installEventFilter(self)
        v.register.clicked.connect(self.register)
        v.cancel.clicked.connect(self.reject)
        v.print_label.clicked.connect(self.print_label)
        v.save_label.clicked.connect(self.save_label)
        v.preview_label.clicked.connect(self.preview_label)
        v.done_close.clicked.connect(self.accept)
        handlers = {
            "search": self._on_search_shortcut_activated,
            "register": self._on_register_shortcut_activated,
            "print_label": self.print_label,
            "save_label": self.save_label,
            "close": self.reject,
        }
        for binding in REGISTER_KEYS.bindings:
            for sequence in binding.sequences():
                QShortcut(sequence, self).activated.connect(handlers[binding.action])

    # --- Finding the order ----------------------------------------------------------------

    def accept_scan(self, code: str) -> None:
        """A code scanned while the dialog is open: search for it."""
        if self.view.pages.currentIndex() != 0:
            return
        self.view.search.setText(code)
        self.find()

    def _on_search_shortcut_activated(self) -> None:
        if self.view.pages.currentIndex() == 0:
            self.view.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.view.search.selectAll()

    def find(self) -> None:
        """Search orders and returns by the text typed."""
        text = self.view.search.text().strip()
        if not text or self._busy:
            return
        backend = self._ctx.backend
        self._busy = True
        self._ctx.runner.run_db(
            lambda: queries.find(backend.uow(readonly=True), text), self._on_found
        )

    def _on_found(self, hits: list[FindHit] | None, error: BaseException | None) -> None:
        self._busy = False
        v = self.view
        v.hits.clear()
        if error is not None:
            self._show_problem(describe(error, self._ctx.backend))
            return
        self._hits = list(hits or [])
        orders = [h for h in self._hits if h.kind == "order"]
        for hit in self._hits:
            if hit.kind == "order":
                ordered = _finnish_date(hit.summary)
                text = QCoreApplication.translate(
                    "RegisterDialog", "Order {number} · {customer} · ordered {date}"
                ).format(number=hit.code, customer=hit.customer_name, date=ordered)
            else:
                text = QCoreApplication.translate(
                    "RegisterDialog", "Return {code} · {customer} (already registered)"
                ).format(code=format_return_code_for_people(hit.code), customer=hit.customer_name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            if hit.kind != "order":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            v.hits.addItem(item)
        if not self._hits:
            self._show_problem(
                Problem(
                    QCoreApplication.translate(
                        "RegisterDialog", "Nothing found. Try the e-mail or the phone number."
                    )
                )
            )
            return
        self._show_problem(None)
        if len(orders) == 1:
            self._load_order(orders[0].id)
        elif orders:
            v.hits.setCurrentRow(self._hits.index(orders[0]))
            v.hits.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_hits_item_activated(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(hit, FindHit) and hit.kind == "order":
            self._load_order(hit.id)

    def _load_order(self, order_id: int) -> None:
        backend = self._ctx.backend
        self._ctx.runner.run_db(
            lambda: queries.get_order(backend.uow(readonly=True), order_id), self._on_order_loaded
        )

    def _on_order_loaded(self, order: OrderDTO | None, error: BaseException | None) -> None:
        if error is not None:
            self._show_problem(describe(error, self._ctx.backend))
            return
        self._set_order(order)

    @property
    def order(self) -> OrderDTO | None:
        """The order chosen."""
        return self._order

    def _set_order(self, order: OrderDTO | None) -> None:
        v = self.view
        self._order = order
        v.lines.blockSignals(True)
        v.lines.setRowCount(0)
        if order is None:
            v.order.setText(QCoreApplication.translate("RegisterDialog", "Find the order first."))
            v.period.setText("")
            v.period.setStyleSheet("")
            v.lines.blockSignals(False)
            self._refresh()
            return
        c = order.customer
        v.order.setText(
            QCoreApplication.translate(
                "RegisterDialog", "Order {number} · {name} · {contact} · {city}"
            ).format(
                number=order.order_number,
                name=c.name,
                contact=c.email or c.phone or "",
                city=c.city,
            )
        )
        for line in order.lines:
            row = v.lines.rowCount()
            v.lines.insertRow(row)
            values = {
                COL_NAME: line.name,
                COL_SKU: line.sku,
                COL_BOUGHT: str(line.quantity),
                COL_RETURNED: str(line.already_returned),
                COL_QTY: "1" if len(order.lines) == 1 and line.returnable else "0",
            }
            for col, text in values.items():
                item = QTableWidgetItem(text)
                if col != COL_QTY or line.returnable == 0:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col >= COL_BOUGHT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                v.lines.setItem(row, col, item)
        v.lines.blockSignals(False)
        v.lines.setCurrentCell(0, COL_QTY)
        v.lines.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refresh()

    # --- Choosing lines and kind ----------------------------------------------------------

    def commit_editing(self) -> None:
        """Take a quantity still being typed: Ctrl+Enter right after "2" registers 2 units."""
        table = self.view.lines
        editor = QApplication.focusWidget()
        if editor is not None and table.isAncestorOf(editor) and editor is not table:
            table.commitData(editor)
            table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            table.setFocus(Qt.FocusReason.OtherFocusReason)

    def quantities(self) -> dict[int, int]:
        """Units to return per order line id (lines with 0 left out)."""
        if self._order is None:
            return {}
        out = {}
        for row, line in enumerate(self._order.lines):
            item = self.view.lines.item(row, COL_QTY)
            qty = int(item.text()) if item is not None and item.text().isdigit() else 0
            if qty > 0:
                out[line.id] = qty
        return out

    def set_quantity(self, row: int, quantity: int) -> None:
        """Set the units to return on ``row`` (clamped to what can still be returned)."""
        item = self.view.lines.item(row, COL_QTY)
        if item is not None:
            item.setText(str(quantity))

    def _on_lines_item_changed(self, item: QTableWidgetItem) -> None:
        if self._order is None or item.column() != COL_QTY:
            return
        line = self._order.lines[item.row()]
        text = item.text().strip()
        qty = int(text) if text.isdigit() else 0
        clamped = max(0, min(qty, line.returnable))
        if str(clamped) != text:
            self.view.lines.blockSignals(True)
            item.setText(str(clamped))
            self.view.lines.blockSignals(False)
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.view.lines
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and self._order is not None
        ):
            row = self.view.lines.currentRow()
            if 0 <= row < len(self._order.lines):
                line = self._order.lines[row]
                current = self.quantities().get(line.id, 0)
                self.set_quantity(row, 0 if current else line.returnable)
                return True
        return super().eventFilter(watched, event)

    def _on_kind_current_index_changed(self, index: int) -> None:
        del index
        self._refresh()

    def _refresh(self) -> None:
        v = self.view
        defect = v.kind.currentData() == "defect_claim"
        v.remedy.setVisible(defect)
        v.remedy_label.setVisible(defect)
        if self._order is not None:
            if defect:
                v.period.setText(
                    QCoreApplication.translate(
                        "RegisterDialog",
                        "Defect claim: no 14-day limit; the shop pays the return and nothing "
                        "is deducted.",
                    )
                )
                v.period.setStyleSheet(style.tone_sheet(style.Tone.INFO))
            else:
                wording = withdrawal_period(
                    self._order, helsinki_today(self._now or self._ctx.now())
                )
                v.period.setText(wording.text)
                v.period.setStyleSheet(style.tone_sheet(wording.tone))
        closed = (
            not defect
            and self._order is not None
            and self._order.period_ends is not None
            and self._order.period_ends < helsinki_today(self._now or self._ctx.now())
        )
        if closed and self._ctx.actor.may("override"):
            v.override_hint.setText(
                QCoreApplication.translate(
                    "RegisterDialog",
                    "The period is closed: write why the shop accepts the return anyway.",
                )
            )
        elif closed:
            v.override_hint.setText(
                QCoreApplication.translate(
                    "RegisterDialog",
                    "The period is closed: write why the shop accepts the return anyway; a "
                    "supervisor approves it with their password when you register.",
                )
            )
        else:
            v.override_hint.setText("")
        v.register.setEnabled(not self._busy and bool(self.quantities()))

    # --- Registering ----------------------------------------------------------------------

    def _on_register_shortcut_activated(self) -> None:
        if self.view.pages.currentIndex() == 0:
            self.register()

    def register(self) -> None:
        """Register the return (the rules decide; their reasons are shown on refusal)."""
        self.commit_editing()
        quantities = self.quantities()
        if self._order is None or not quantities or self._busy:
            self._show_problem(
                Problem(
                    QCoreApplication.translate(
                        "RegisterDialog", "Choose the order and at least one unit."
                    )
                )
            )
            return
        v = self.view
        kind = v.kind.currentData()
        cmd = RegisterReturn(
            kind=kind,
            lines=tuple(
                LineRequest(line_id, qty, v.reason.currentData(), v.reason_text.text().strip())
                for line_id, qty in quantities.items()
            ),
            notice_at=self._now or self._ctx.recorded_now(),
            override_reason=v.override.text().strip(),
            remedy=v.remedy.currentData() if kind == "defect_claim" else None,
        )
        if cmd.override_reason and not self._ctx.actor.may("override"):
            self._ask_supervisor(cmd)
            return
        self._send(cmd, None)

    def _ask_supervisor(self, cmd: RegisterReturn) -> None:
        """A clerk's override: a supervisor approves it here with their own password."""
        self.approval_dialog = ask_approval(
            self._ctx,
            self,
            "override",
            QCoreApplication.translate(
                "RegisterDialog",
                "The rules refuse this return. A supervisor accepts it with the reason "
                "\u201c{reason}\u201d by typing their own password.",
            ).format(reason=cmd.override_reason),
            lambda approver: self._send(cmd, approver),
        )

    def _send(self, cmd: RegisterReturn, approver: Actor | None) -> None:
        v = self.view
        actor, backend = self._ctx.actor, self._ctx.backend
        self._busy = True
        v.register.setEnabled(False)
        v.register.setText(QCoreApplication.translate("RegisterDialog", "Registering…"))
        self._ctx.runner.run_db(
            lambda: returns.register_return(backend.uow(), actor, cmd, approver=approver),
            self._on_registered,
        )

    def _on_registered(self, ret: ReturnDTO | None, error: BaseException | None) -> None:
        self._busy = False
        v = self.view
        v.register.setText(
            QCoreApplication.translate("RegisterDialog", "Register ({key})").format(
                key=REGISTER_KEYS.binding("register").keys_text()
            )
        )
        self._refresh()
        if isinstance(error, NotAllowed):
            reasons = [render(r) for r in error.reasons]
            lead = QCoreApplication.translate(
                "RegisterDialog", "The rules do not allow this return:"
            )
            tail = (
                QCoreApplication.translate(
                    "RegisterDialog", "Write an override reason to accept it anyway."
                )
                if self._ctx.actor.may("override")
                else QCoreApplication.translate(
                    "RegisterDialog",
                    "Write an override reason and register again: a supervisor approves it "
                    "with their password.",
                )
            )
            self._show_problem(Problem("\n".join([lead, *reasons, tail])))
            if v.override.isEnabled():
                v.override.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if error is not None or ret is None:
            self._show_problem(describe(error or RuntimeError("no return"), self._ctx.backend))
            return
        self._ret = ret
        v.done_title.setText(QCoreApplication.translate("RegisterDialog", "Return registered"))
        v.done_code.setText(format_return_code_for_people(ret.code))
        notes = [render(n) for n in ret.notes]
        v.done_detail.setText(
            "\n".join(
                [
                    QCoreApplication.translate(
                        "RegisterDialog",
                        "Print the label, or save it as a PDF to e-mail to the customer.",
                    ),
                    *notes,
                ]
            )
        )
        v.pages.setCurrentIndex(1)
        v.print_label.setFocus(Qt.FocusReason.OtherFocusReason)
        self.registered.emit(ret)

    @property
    def registered_return(self) -> ReturnDTO | None:
        """The return registered by this dialog (None before)."""
        return self._ret

    # --- The label ------------------------------------------------------------------------

    def _make_label(self):
        ret, actor, backend = self._ret, self._ctx.actor, self._ctx.backend
        size = self._ctx.settings.get("printers/label_size")
        assert ret is not None
        return lambda: documents.return_label_pdf(backend.uow(), actor, ret.id, size)

    def print_label(self) -> None:
        """Print the return label on the label printer."""
        if self._ret is None:
            return
        v = self.view
        if not self._printer.configured(DocumentRole.LABEL):
            # Say it once, plainly: no "Printing…" for a printer that is not there.
            v.print_status.setText(
                QCoreApplication.translate(
                    "RegisterDialog",
                    "No label printer is set for this station: save the label as a PDF, or "
                    "choose the printer in Settings \u2192 Station.",
                )
            )
            v.print_status.setStyleSheet(style.tone_sheet(style.Tone.WARN))
            v.save_label.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        v.print_status.setStyleSheet("")
        v.print_status.setText(QCoreApplication.translate("RegisterDialog", "Printing…"))
        self._printer.print_document(self._make_label(), DocumentRole.LABEL, self._on_printed)

    def _on_printed(self, outcome: PrintOutcome | None, problem: Problem | None) -> None:
        if outcome is not None:
            self._label = outcome.document
        v = self.view
        if outcome is not None and outcome.printed:
            v.print_status.setText(
                QCoreApplication.translate("RegisterDialog", "Printed on {printer}.").format(
                    printer=outcome.printer
                )
            )
            v.print_status.setStyleSheet(style.tone_sheet(style.Tone.GOOD))
            return
        shown = problem or (outcome.problem if outcome else None)
        v.print_status.setText(shown.text if shown else "")
        v.print_status.setStyleSheet(style.tone_sheet(style.Tone.WARN))
        v.save_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_label(self) -> None:
        """Save the label as a PDF (to e-mail to the customer)."""
        if self._ret is None:
            return
        if self._label is not None:
            self._printer.save_as(self._label, self, self._on_saved)
            return

        def made(doc: StoredDocument | None, error: BaseException | None) -> None:
            if error is not None or doc is None:
                self._on_saved(None, describe(error or RuntimeError("no label")))
                return
            self._label = doc
            self._printer.save_as(doc, self, self._on_saved)

        self._ctx.runner.run_db(self._make_label(), made)

    def _on_saved(self, path: str | None, problem: Problem | None) -> None:
        v = self.view
        if path:
            v.print_status.setText(
                QCoreApplication.translate("RegisterDialog", "Saved to {path}.").format(path=path)
            )
            v.print_status.setStyleSheet(style.tone_sheet(style.Tone.GOOD))
        elif problem is not None:
            v.print_status.setText(problem.text)
            v.print_status.setStyleSheet(style.tone_sheet(style.Tone.BAD))

    def preview_label(self) -> None:
        """Show the label before printing it."""
        if self._ret is None:
            return

        def made(doc: StoredDocument | None, error: BaseException | None) -> None:
            if error is not None or doc is None:
                self._on_saved(None, describe(error or RuntimeError("no label")))
                return
            self._label = doc
            self._printer.preview(doc, DocumentRole.LABEL, self)

        self._ctx.runner.run_db(self._make_label(), made)

    def _show_problem(self, problem: Problem | None) -> None:
        v = self.view
        v.problem.setVisible(problem is not None)
        v.problem.setText(problem.text if problem else "")
