"""The decisions a supervisor takes on a return's page: one button each, shown when it
applies, each a service call (the role check is in the service) that names the version of the
return the page showed.

Where the signed-in user lacks the right, the button says so ("… (supervisor)") and a click
asks a supervisor's approval in place (their own password), the same prompt as everywhere.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QMessageBox, QPushButton, QWidget

from returns_app.domain.calendar import notice_date_from_utc
from returns_app.domain.states import GOODS_TRANSITIONS
from returns_app.domain.users import PERMISSION_NAMES, Actor
from returns_app.domain.withdrawal import lateness
from returns_app.scanning import format_return_code_for_people
from returns_app.services import decisions, delivery, documents, refunds, returns
from returns_app.services.documents import StoredDocument
from returns_app.services.dto import InspectionDTO, ReturnDTO
from ui.backoffice.common import METHODS, day, money, name_of
from ui.backoffice.delivery_dialog import DeliveryDayDialog
from ui.backoffice.reason_dialog import ReasonDialog
from ui.context import AppContext
from ui.signin import ask_approval

PrintDocument = Callable[[StoredDocument], None]


@dataclass(frozen=True)
class Action:
    """One decision: its button, the permission it needs, and whether it applies."""

    key: str
    permission: str


ACTIONS = (
    Action("issue", "issue_refund"),
    Action("refund_owed", "propose_refund"),
    Action("cancel_refund", "propose_refund"),
    Action("accept_late", "override"),
    Action("accept_unit", "override"),
    Action("proof", "receive"),
    Action("delivery", "register_return"),
    Action("close", "close_return"),
    Action("reject", "reject_return"),
    Action("reopen", "reopen_return"),
    Action("note", "add_note"),
)
COLUMNS = 2


def _open(ret: ReturnDTO) -> bool:
    return ret.goods_state not in ("closed", "rejected")


def excepted_units(ret: ReturnDTO) -> list[InspectionDTO]:
    """Units an art. 16 exception keeps out of the refund, not yet accepted by override."""
    return [i for i in ret.inspections if i.excepted and i.exception_override is None]


def late_points(ret: ReturnDTO, today) -> tuple[str, ...]:
    """What is late about the return as the page shows it ("notice", "goods"); nothing once a
    supervisor accepted it."""
    if ret.late_accepted:
        return ()
    dispatched = (
        notice_date_from_utc(ret.proof_of_dispatch_at) if ret.proof_of_dispatch_at else None
    )
    return lateness(
        ret.kind,
        ret.notice_date,
        ret.period_ends,
        ret.goods_due,
        ret.first_arrival,
        today,
        dispatched,
    )


def applies(key: str, ret: ReturnDTO, today) -> bool:
    """Whether the decision ``key`` makes sense for ``ret`` now."""
    refund = ret.refund
    proposal = refund is not None and refund.status in ("proposed", "approved")
    return {
        "issue": proposal,
        "refund_owed": not proposal and ret.units_owed > 0 and ret.goods_state != "rejected",
        "cancel_refund": proposal,
        "accept_late": _open(ret) and bool(late_points(ret, today)),
        "accept_unit": ret.goods_state != "rejected" and bool(excepted_units(ret)),
        "delivery": _open(ret) and bool(ret.deliveries),
        "proof": _open(ret)
        and ret.kind != "defect_claim"
        and ret.proof_of_dispatch_at is None
        and ret.units_expected > 0,
        # The goods' state machine decides (a received parcel is graded before closing; a
        # graded return is closed, not rejected).
        # Nothing may be owed or waiting to be paid when a return closes.
        "close": "closed" in GOODS_TRANSITIONS[ret.goods_state]
        and not proposal
        and not ret.units_owed,
        "reject": "rejected" in GOODS_TRANSITIONS[ret.goods_state] and not ret.refunds_issued,
        "reopen": ret.goods_state in ("closed", "rejected"),
        "note": True,
    }[key]


class ReturnActions(QWidget):
    """The decision buttons of a return's page.

    Signals:
        done(str): a decision landed; the text says what happened (the page reloads).
        failed(object): a decision was refused or failed: the error, or a text already in
            the reader's words (the page reloads, since the return may have changed).
    """

    done = Signal(str)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today=None) -> None:
        super().__init__(parent)
        self.setObjectName("returnActions")
        self._ctx = ctx
        self._today = today or ctx.today
        self._ret: ReturnDTO | None = None
        self._busy = False
        self._print_document: PrintDocument | None = None
        self._dialog = None
        self.buttons: dict[str, QPushButton] = {}
        self._texts = {
            "issue": self.tr("Issue the refund"),
            "refund_owed": self.tr("Refund what is owed"),
            "cancel_refund": self.tr("Cancel the proposal…"),
            "accept_late": self.tr("Accept late return…"),
            "accept_unit": self.tr("Accept excepted unit…"),
            "proof": self.tr("Proof of dispatch…"),
            "delivery": self.tr("Correct the delivery day…"),
            "close": self.tr("Close…"),
            "reject": self.tr("Reject…"),
            "reopen": self.tr("Reopen…"),
            "note": self.tr("Add note…"),
        }
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for action in ACTIONS:
            button = QPushButton(self._texts[action.key], self)
            button.setObjectName(f"action_{action.key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, key=action.key: self.trigger(key))
            button.hide()
            self.buttons[action.key] = button
        self.why = QLabel(self)
        self.why.setObjectName("actionsWhy")
        self.why.setProperty("role", "muted")
        self.why.setWordWrap(True)
        self.why.hide()

    def set_print_document(self, print_document: PrintDocument | None) -> None:
        """Where a credit note goes after "Issue the refund" (None: not printed here)."""
        self._print_document = print_document

    # --- Showing -----------------------------------------------------------------------------

    def set_return(self, ret: ReturnDTO | None) -> None:
        """Show the decisions that apply to ``ret`` (none while nothing is shown)."""
        self._ret = ret
        for i in reversed(range(self.grid.count())):
            self.grid.takeAt(i)
        if ret is None:
            for button in self.buttons.values():
                button.hide()
            self.why.hide()
            return
        actor = self._ctx.actor
        shown, locked = 0, False
        for action in ACTIONS:
            button = self.buttons[action.key]
            if not applies(action.key, ret, self._today()):
                button.hide()
                continue
            text = self._texts[action.key]
            if action.key == "issue" and ret.refund is not None:
                text = self.tr("Issue the refund of {amount}").format(
                    amount=money(ret.refund.total, ret.refund.currency)
                )
            if not self._may(actor, action.key, ret):
                locked = True
                text = self.tr("{action} (supervisor)").format(action=text)
                button.setToolTip(
                    self.tr(
                        "{user} may not {permission}: a supervisor approves it here with "
                        "their own password."
                    ).format(user=actor.username, permission=self._permission_words(action.key))
                )
            else:
                button.setToolTip("")
            button.setText(text)
            button.setEnabled(not self._busy)
            self.grid.addWidget(button, shown // COLUMNS, shown % COLUMNS)
            button.show()
            shown += 1
        self.why.setText(
            self.tr("Marked (supervisor): you are asked for a supervisor's password.")
            if locked
            else ""
        )
        self.why.setVisible(locked)
        if locked:
            self.grid.addWidget(self.why, (shown + COLUMNS - 1) // COLUMNS, 0, 1, COLUMNS)

    def _permission(self, key: str, ret: ReturnDTO) -> str:
        if key == "issue" and ret.refund is not None and ret.refund.needs_supervisor:
            return "approve_refund" if ret.refund.status != "approved" else "issue_refund"
        if key == "cancel_refund" and ret.refund is not None and ret.refund.status == "approved":
            return "approve_refund"  # undoing a supervisor's approval is a supervisor's
        return next(a.permission for a in ACTIONS if a.key == key)

    def _permission_words(self, key: str) -> str:
        assert self._ret is not None
        text = PERMISSION_NAMES[self._permission(key, self._ret)]
        return QCoreApplication.translate("users", text)

    def _may(self, actor: Actor, key: str, ret: ReturnDTO) -> bool:
        return actor.may(self._permission(key, ret))

    def visible_actions(self) -> list[str]:
        """The keys of the decisions shown now (for tests and the help line)."""
        return [k for k, b in self.buttons.items() if not b.isHidden()]

    @property
    def deciding(self) -> bool:
        """Whether a decision runs or its dialog is open (a refresh waits for it)."""
        return self._busy or (self._dialog is not None and self._dialog.isVisible())

    def set_busy(self, busy: bool) -> None:
        """While a decision runs, no second one starts."""
        self._busy = busy
        for button in self.buttons.values():
            button.setEnabled(not busy)

    # --- Deciding ----------------------------------------------------------------------------

    def trigger(self, key: str) -> None:
        """Start the decision ``key``: ask for what it needs, then run it."""
        ret = self._ret
        if ret is None or self._busy or not applies(key, ret, self._today()):
            return
        getattr(self, f"_ask_{key}")(ret)

    def _ask(
        self,
        ret: ReturnDTO,
        key: str,
        dialog: ReasonDialog,
        call: Callable[[Actor, str, object], object],
        success: Callable[[object], str],
    ) -> None:
        """Open ``dialog``; once accepted, run ``call(actor, text, choice)`` on the database
        worker as the signed-in user or, without the right, as the supervisor who approves
        it. The dialog is read here, on the GUI thread; the task gets plain values."""
        self._dialog = dialog

        def run(actor: Actor, d: ReasonDialog) -> None:
            text, choice = d.text(), d.choice_data()
            self._run(lambda: call(actor, text, choice), success)

        dialog.accepted.connect(lambda: self._as_someone_allowed(ret, key, dialog, run))
        dialog.open()

    def _as_someone_allowed(self, ret: ReturnDTO, key: str, details, run) -> None:
        actor = self._ctx.actor
        if self._may(actor, key, ret):
            run(actor, details)
            return
        reason = self.tr("{action} on return {code}. A supervisor types their own password.")
        text = reason.format(action=self._texts[key].rstrip("…"), code=self._code(ret))
        if details is not None and details.text():
            text += "\n\u201c" + details.text() + "\u201d"
        self._dialog = ask_approval(
            self._ctx, self, self._permission(key, ret), text, lambda a: run(a, details)
        )

    def _run(self, work: Callable[[], object], success: Callable[[object], str]) -> None:
        self.set_busy(True)

        def finished(result: object, error: BaseException | None) -> None:
            self.set_busy(False)
            if error is not None:
                self.failed.emit(error)
                return
            self.done.emit(success(result))

        self._ctx.runner.run_db(work, finished)

    @staticmethod
    def _code(ret: ReturnDTO) -> str:
        return format_return_code_for_people(ret.code)

    def _ask_reject(self, ret: ReturnDTO) -> None:
        dialog = ReasonDialog(
            self,
            title=self.tr("Reject return {code}").format(code=self._code(ret)),
            prompt=self.tr(
                "Write the reason the customer is told. The goods are not refunded; "
                "the reason is kept with the return."
            ),
            ok_text=self.tr("Reject"),
            placeholder=self.tr("e.g. The item was bought in the shop, not online."),
        )
        uow, rid, version = self._ctx.backend.uow, ret.id, ret.version
        self._ask(
            ret,
            "reject",
            dialog,
            lambda actor, text, choice: returns.reject_return(
                uow(), actor, rid, text, expected_version=version
            ),
            lambda r: self.tr("Return {code} rejected.").format(code=self._code(r)),
        )

    def _ask_close(self, ret: ReturnDTO) -> None:
        dialog = ReasonDialog(
            self,
            title=self.tr("Close return {code}").format(code=self._code(ret)),
            prompt=self.tr(
                "Close the return: every unit that came back is dealt with, and units never "
                "sent back are no longer expected. Why (optional)?"
            ),
            ok_text=self.tr("Close the return"),
            optional=True,
        )
        uow, rid, version = self._ctx.backend.uow, ret.id, ret.version
        self._ask(
            ret,
            "close",
            dialog,
            lambda actor, text, choice: returns.close_return(
                uow(), actor, rid, text, expected_version=version
            ),
            lambda r: self.tr("Return {code} closed.").format(code=self._code(r)),
        )

    def _ask_reopen(self, ret: ReturnDTO) -> None:
        dialog = ReasonDialog(
            self,
            title=self.tr("Reopen return {code}").format(code=self._code(ret)),
            prompt=self.tr("Write why the return is opened again."),
            ok_text=self.tr("Reopen"),
            placeholder=self.tr("e.g. The customer sent the second item after all."),
        )
        uow, rid, version = self._ctx.backend.uow, ret.id, ret.version
        self._ask(
            ret,
            "reopen",
            dialog,
            lambda actor, text, choice: decisions.reopen_return(
                uow(), actor, rid, text, expected_version=version
            ),
            lambda r: self.tr("Return {code} reopened.").format(code=self._code(r)),
        )

    def _ask_note(self, ret: ReturnDTO) -> None:
        dialog = ReasonDialog(
            self,
            title=self.tr("Note on return {code}").format(code=self._code(ret)),
            prompt=self.tr(
                "An internal note: the customer never sees it. It is kept in the timeline "
                "with your name."
            ),
            ok_text=self.tr("Add the note"),
        )
        uow, rid = self._ctx.backend.uow, ret.id
        self._ask(
            ret,
            "note",
            dialog,
            lambda actor, text, choice: decisions.add_note(uow(), actor, rid, text),
            lambda r: self.tr("Note added to {code}.").format(code=self._code(r)),
        )

    def _ask_accept_late(self, ret: ReturnDTO) -> None:
        late = late_points(ret, self._today())
        what = []
        if "notice" in late:
            what.append(self.tr("the notice came after the withdrawal period"))
        if "goods" in late and ret.first_arrival is not None:
            what.append(self.tr("the goods came back after they were due"))
        elif "goods" in late:
            what.append(
                self.tr("the goods were due {date} and have not come back").format(
                    date=day(ret.goods_due)
                )
            )
        dialog = ReasonDialog(
            self,
            title=self.tr("Accept late return {code}").format(code=self._code(ret)),
            prompt=self.tr(
                "This return is late: {what}. Accept it in writing: the reason and your name "
                "are kept with the return, and it is no longer flagged late."
            ).format(what=self.tr(" and ").join(what)),
            ok_text=self.tr("Accept"),
            placeholder=self.tr("e.g. Posti held the parcel for a week."),
        )
        uow, rid, version, today = self._ctx.backend.uow, ret.id, ret.version, self._today()
        self._ask(
            ret,
            "accept_late",
            dialog,
            lambda actor, text, choice: decisions.accept_late(
                uow(), actor, rid, text, today=today, expected_version=version
            ),
            lambda r: self.tr("Late return {code} accepted.").format(code=self._code(r)),
        )

    def _ask_accept_unit(self, ret: ReturnDTO) -> None:
        names = {l.id: l.name for l in ret.lines}
        choices = [
            (
                self.tr("{name}, unit {unit} (opened: not refunded)").format(
                    name=names.get(i.return_line_id, "?"), unit=i.unit_no
                ),
                i.id,
            )
            for i in excepted_units(ret)
        ]
        dialog = ReasonDialog(
            self,
            title=self.tr("Accept an excepted unit of {code}").format(code=self._code(ret)),
            prompt=self.tr(
                "An exception to the right of withdrawal keeps this unit out of the refund "
                "(a sealed item opened, say). Accept it anyway with a written override: it "
                "is then refunded like the others."
            ),
            ok_text=self.tr("Accept the unit"),
            choices=choices,
            choice_label=self.tr("&Unit"),
            placeholder=self.tr("e.g. The seal broke in transit; the customer never used it."),
        )
        uow, version = self._ctx.backend.uow, ret.version
        self._ask(
            ret,
            "accept_unit",
            dialog,
            lambda actor, text, choice: decisions.override_exception(
                uow(), actor, choice, text, expected_version=version
            ),
            lambda r: self.tr("The unit is accepted and will be refunded ({code}).").format(
                code=self._code(r)
            ),
        )

    def _ask_proof(self, ret: ReturnDTO) -> None:
        dialog = ReasonDialog(
            self,
            title=self.tr("Proof of dispatch for {code}").format(code=self._code(ret)),
            prompt=self.tr(
                "The customer showed that the goods were sent (a receipt or tracking). The "
                "refund may then be paid before the parcel arrives. Tracking number (optional):"
            ),
            ok_text=self.tr("Record the proof"),
            optional=True,
            single_line=True,
            placeholder=self.tr("e.g. JJ123456785FI"),
        )
        uow, rid, version = self._ctx.backend.uow, ret.id, ret.version
        self._ask(
            ret,
            "proof",
            dialog,
            lambda actor, text, choice: returns.record_proof_of_dispatch(
                uow(), actor, rid, text, expected_version=version
            ),
            lambda r: self.tr("Proof of dispatch recorded for {code}.").format(code=self._code(r)),
        )

    def _ask_delivery(self, ret: ReturnDTO) -> None:
        today = self._today()
        dialog = DeliveryDayDialog(self, ret.deliveries, today)
        uow, rid = self._ctx.backend.uow, ret.id

        def correct(actor: Actor, text: str, choice: object):
            order_id, shipment_id, on = choice  # type: ignore[misc]
            return delivery.correct_delivery_day(
                uow(), actor, order_id, on, text, shipment_id=shipment_id, return_id=rid,
                today=today,
            )  # fmt: skip

        self._ask(
            ret,
            "delivery",
            dialog,
            lambda actor, text, choice: correct(actor, text, choice),
            lambda o: self.tr("Delivery day of order {number} set to {day}.").format(
                number=o.order_number,
                day=day(max(s.delivered_on for s in o.shipments if s.delivered_on)),
            ),
        )

    def _ask_cancel_refund(self, ret: ReturnDTO) -> None:
        refund = ret.refund
        assert refund is not None
        dialog = ReasonDialog(
            self,
            title=self.tr("Cancel the refund proposal of {code}").format(code=self._code(ret)),
            prompt=self.tr(
                "The proposed refund of {amount} is cancelled; nothing is paid. Write why."
            ).format(amount=money(refund.total, refund.currency)),
            ok_text=self.tr("Cancel the proposal"),
            placeholder=self.tr("e.g. The customer chose a replacement instead."),
        )
        uow, fid, version = self._ctx.backend.uow, refund.id, ret.version
        self._ask(
            ret,
            "cancel_refund",
            dialog,
            lambda actor, text, choice: refunds.cancel_refund(
                uow(), actor, fid, text, expected_version=version
            ),
            lambda _r: self.tr("The refund proposal is cancelled."),
        )

    def _ask_refund_owed(self, ret: ReturnDTO) -> None:
        """Propose what is still owed (the follow-up refund); the page then offers to issue it."""
        backend, rid, version = self._ctx.backend, ret.id, ret.version

        def run(actor: Actor, _d) -> None:
            self._run(
                lambda: refunds.propose_refund(backend.uow(), actor, rid, expected_version=version),
                lambda r: self.tr(
                    "A refund of {amount} is proposed for what is owed. Issue it here or "
                    "from the refund queue."
                ).format(amount=money(r.total, r.currency)),
            )

        self._as_someone_allowed(ret, "refund_owed", None, run)

    def _ask_issue(self, ret: ReturnDTO) -> None:
        refund = ret.refund
        assert refund is not None
        if ret.pending_deductions:
            self.failed.emit(
                self.tr(
                    "A deduction waits for a supervisor. Approve or drop it in the desk's "
                    "refund panel first, then issue the refund."
                )
            )
            return
        # Money leaves with this: the clerk sees the amount, who gets it and how, and confirms.
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Issue the refund"),
            self.tr(
                "Refund {amount} to {customer} ({method}) for return {code}? A credit note is "
                "made and the refund is paid out."
            ).format(
                amount=money(refund.total, refund.currency),
                customer=ret.customer.name,
                method=name_of(METHODS, refund.method),
                code=self._code(ret),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.accepted.connect(lambda: self._confirmed_issue(ret))
        self._dialog = box
        box.open()

    def _confirmed_issue(self, ret: ReturnDTO) -> None:
        refund = ret.refund
        assert refund is not None
        actor = self._ctx.actor
        if refund.needs_supervisor and refund.status != "approved":
            if actor.may("approve_refund"):
                self._approve_then_issue(actor, actor, ret)
                return
            text = self.tr(
                "The refund of {amount} for return {code} needs a supervisor's approval. A "
                "supervisor types their own password; you then issue it."
            ).format(amount=money(refund.total, refund.currency), code=self._code(ret))
            self._dialog = ask_approval(
                self._ctx,
                self,
                "approve_refund",
                text,
                lambda supervisor: self._approve_then_issue(supervisor, actor, ret),
            )
            return
        self._issue(actor, ret)

    def _approve_then_issue(self, approver: Actor, issuer: Actor, ret: ReturnDTO) -> None:
        """The approval is the supervisor's, the issue the signed-in user's (as in the refund
        queue); each its own task, so a retried task never repeats the other."""
        assert ret.refund is not None
        backend, fid = self._ctx.backend, ret.refund.id
        self.set_busy(True)

        def approved(_result: object, error: BaseException | None) -> None:
            self.set_busy(False)
            if error is not None:
                self.failed.emit(error)
                return
            self._issue(issuer, ret)

        self._ctx.runner.run_db(
            lambda: refunds.approve_refund(backend.uow(), approver, fid), approved
        )

    def _issue(self, actor: Actor, ret: ReturnDTO) -> None:
        assert ret.refund is not None
        backend, fid = self._ctx.backend, ret.refund.id
        key, now = (
            uuid.uuid4().hex,
            self._ctx.recorded_now(),
        )  # one key: a retried issue is the same
        self._run(
            lambda: refunds.issue_refund(backend.uow(), actor, fid, idempotency_key=key, now=now),
            lambda issued: self._issued(actor, issued),
        )

    def _issued(self, actor: Actor, issued) -> str:
        """Say what was refunded, and print its credit note (a task of its own: a printing
        problem never reads as a refund that failed)."""
        if self._print_document is not None:
            backend, fid = self._ctx.backend, issued.id
            fmt = self._ctx.settings.get("printers/slip_format")
            print_document = self._print_document

            def made(doc: object, error: BaseException | None) -> None:
                if error is not None:
                    self.failed.emit(error)
                    return
                print_document(doc)

            self._ctx.runner.run_db(
                lambda: documents.credit_note_pdf(backend.uow(), actor, fid, fmt), made
            )
        return self.tr("Refunded {amount}: credit note {number}.").format(
            amount=money(issued.total, issued.currency), number=issued.credit_note_number or "?"
        )


__all__ = ["ACTIONS", "ReturnActions", "applies", "excepted_units", "late_points"]
