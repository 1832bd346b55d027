"""The receiving desk: scan a parcel, check in and grade its items, refund, all from the keyboard.

Every scan goes through the scan router (a burst never reaches a single-key shortcut) and
then through one queue: scans are handled one at a time, in order, each in a database task
off the GUI thread, so a fast clerk can scan the parcel and its items without waiting and
nothing is applied to the wrong return.

A task that takes longer than :data:`SLOW_AFTER_MS` is said to be waiting for the database,
with the scans queued behind it counted; when the database did not answer, the scan that
failed and those behind it are kept, shown, and tried again with one button.

What another station changes on the open return (a parcel received, a refund issued) is shown
within a second without a key press, once the clerk is between two steps (see
:meth:`DeskWidget._refresh_if_quiet`).
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from returns_app.i18n import Message
from returns_app.scanning import Kind, ScanConfig, ScanResult, classify
from returns_app.scanning import format_return_code_for_people as for_people
from returns_app.services import documents, inspection, queries, receiving, returns
from returns_app.services.documents import StoredDocument
from returns_app.services.dto import RefundDTO, ReturnDTO, ReturnLineDTO
from returns_app.services.live import ChangeSet
from returns_app.services.receiving import CheckInResult, ReceiveResult
from ui import style
from ui.backoffice.common import place
from ui.context import AppContext
from ui.desk.desk_view import PAGE_EMPTY, PAGE_OFFER, PAGE_REFUND, PAGE_RETURN, DeskView
from ui.desk.document_tray import DocumentTray
from ui.desk.keys import DESK_KEYS
from ui.desk.presenter import present_offer, present_return
from ui.desk.refund_panel import RefundPanel, refund_summary
from ui.desk.register_dialog import RegisterDialog
from ui.desk.wording import helsinki_today
from ui.desk.work import (
    OPEN_MONEY,
    PRODUCT_KINDS,
    open_returns_holding,
    propose_quietly,
    receive_or_open,
    record_mismatches,
    scan_config,
    scanner_timings,
    shop_scan_config,
    with_refund,
)
from ui.error_text import Problem, describe
from ui.printing import DocumentRole, PrintCenter
from ui.scan_feedback import FeedbackState
from ui.scan_input import ScanRouter
from ui.translator import render

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

log = logging.getLogger(__name__)

SLOW_AFTER_MS = 2_000
LIVE_RETRY_MS = 300  # how soon a change heard mid-step is tried again


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskWidget", text)


class DeskWidget(QWidget):
    """The receiving desk.

    Signals:
        return_shown(object): the :class:`ReturnDTO` now on screen (None when cleared).
        database_problem(str): a task failed because the database did not answer.
        idle(): every scan so far is handled (the benchmark waits for it).
    """

    return_shown = Signal(object)
    database_problem = Signal(str)
    idle = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        printer: PrintCenter | None = None,
        now: Callable[[], datetime] | None = None,
        clock: Callable[[], float] | None = None,
        beep: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._now = now or ctx.now
        self._config = scan_config(ctx)
        self._ret: ReturnDTO | None = None
        self._offer: ReceiveResult | None = None
        self._focus_line: int | None = None
        self._queue: deque[str] = deque()
        self._held: list[str] = []  # scans kept after the database did not answer
        self._scan: str | None = None  # the scan being handled
        self._busy = False
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_AFTER_MS)
        self._slow.timeout.connect(self._show_waiting)
        self.register_dialog: RegisterDialog | None = None
        self.queue_confirm: QMessageBox | None = None
        self.mismatch_confirm: QMessageBox | None = None
        self._stale = False  # another station changed the open return; not shown yet
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_RETRY_MS)
        self.printer = printer or PrintCenter(ctx, self)
        if beep is None:
            from ui.sound import SoundPlayer

            beep = SoundPlayer(ctx.settings, self).play
        self.view = DeskView(self, beep=beep)
        self.documents = DocumentTray(self.printer, self.view, self)
        self.scan_field = self.view.scan_field
        self.feedback = self.view.feedback
        self.inspection = self.view.inspection
        self.refund_panel = RefundPanel(ctx, self.print_document, self, today=self.today)
        self.view.refund_layout.addWidget(self.refund_panel)
        self.scan_router = ScanRouter(
            self, scan_field=self.scan_field, timings=scanner_timings(ctx), clock=clock
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._wire()
        self._texts()
        self.clear()
        self._load_scan_config()

    # --- Wiring ---------------------------------------------------------------------------

    def _wire(self) -> None:
        v = self.view
        self.scan_router.scanned.connect(self._on_scan_router_scanned)
        self.inspection.decided.connect(self._on_inspection_decided)
        self.refund_panel.refund_changed.connect(self._on_refund_panel_refund_changed)
        self.refund_panel.return_changed.connect(self._on_refund_panel_return_changed)
        self.refund_panel.feedback.connect(self._on_refund_panel_feedback)
        self.documents.problem.connect(self._on_documents_problem)
        v.notice_save.clicked.connect(self._on_save_pdf_shortcut_activated)
        v.notice_preview.clicked.connect(self._on_notice_preview_clicked)
        v.notice_hide.clicked.connect(v.notice.hide)
        v.offer_register.clicked.connect(self._on_register_shortcut_activated)
        v.offer_queue.clicked.connect(self._on_queue_parcel_shortcut_activated)
        v.retry.clicked.connect(self._on_retry_clicked)
        v.lines.selectionModel().currentRowChanged.connect(self._on_lines_current_row_changed)
        self.scan_field.installEventFilter(self)
        self._live_timer.timeout.connect(self._refresh_if_quiet)
        self._ctx.live.changed.connect(self._on_live_changed)
        self._desk_keys = {
            sequence[0].toCombined()
            for binding in DESK_KEYS.bindings
            for sequence in binding.sequences()
        }
        for binding in DESK_KEYS.bindings:
            handler = getattr(self, f"_on_{binding.action}_shortcut_activated")
            for sequence in binding.sequences():
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(handler)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The scan field would take Ctrl+Z as its own undo; on the desk it undoes a grading.
        if (
            watched is self.scan_field
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination().toCombined() in self._desk_keys
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _texts(self) -> None:
        v = self.view
        key = {b.action: b.keys_text().split(" / ")[0] for b in DESK_KEYS.bindings}
        v.scan_hint.setText(
            QCoreApplication.translate(
                "DeskWidget",
                "Scan a parcel, then its items. {register} registers a return; F1 lists every key.",
            ).format(register=key["register"])
        )
        v.empty_title.setText(QCoreApplication.translate("DeskWidget", "Scan a parcel"))
        v.empty_detail.setText(
            QCoreApplication.translate(
                "DeskWidget",
                "Its return label, tracking number or order number. For a phone or e-mail "
                "request, {register} registers a return.",
            ).format(register=key["register"])
        )
        v.offer_register.setText(
            QCoreApplication.translate("DeskWidget", "Register a return ({key})").format(
                key=key["register"]
            )
        )
        v.offer_queue.setText(
            QCoreApplication.translate(
                "DeskWidget", "Put in the unidentified queue ({key})"
            ).format(key=key["queue_parcel"])
        )
        v.notice_save.setText(
            QCoreApplication.translate("DeskWidget", "Save as PDF… ({key})").format(
                key=key["save_pdf"]
            )
        )
        v.refund_hint.setText(
            QCoreApplication.translate("DeskWidget", "{key}: the refund panel").format(
                key=key["refund"]
            )
        )

    def focus_default(self) -> None:
        """Put the focus where work continues: the inspection panel or the scan field."""
        if self.inspection.line is not None and self.view.pages.currentIndex() == PAGE_RETURN:
            self.inspection.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def current_return(self) -> ReturnDTO | None:
        """The return on screen."""
        return self._ret

    @property
    def busy(self) -> bool:
        """Whether a scan or an action is being handled."""
        return self._busy

    def today(self) -> date:
        """Today in Helsinki (for the deadline wording)."""
        return helsinki_today(self._now())

    def clear(self) -> None:
        """Back to "scan a parcel"."""
        self._ret = None
        self._offer = None
        self.view.pages.setCurrentIndex(PAGE_EMPTY)
        self.view.lines_model.set_return(None)
        self.inspection.set_line(None)
        self.refund_panel.set_return(None)
        self._show_refund(None)
        self.return_shown.emit(None)

    def _load_scan_config(self) -> None:
        """Read the shop's order-number shape, so a scan reads here as the services read it
        (an 8-digit order number of a shop that has them is not a misread EAN-8)."""
        backend, gs = self._ctx.backend, self._config.gs_substitute
        self._ctx.runner.run_db(lambda: shop_scan_config(backend, gs), self._on_scan_config_read)

    def _on_scan_config_read(self, config: ScanConfig | None, error: BaseException | None) -> None:
        if error is not None or config is None:
            # The first scan reports a database that does not answer; until then the
            # default shape reads codes, and the services check with the shop's own.
            log.info("the shop's scan settings were not read: %s", error)
            return
        self._config = config

    # --- Running tasks in order -----------------------------------------------------------

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``fn`` as a database task; ``done(result)`` on success, errors reported."""
        self._set_busy(True)

        def finished(result: Any, error: BaseException | None) -> None:
            self._set_busy(False)
            try:
                if error is not None:
                    self._report(describe(error, self._ctx.backend))
                else:
                    done(result)
            finally:
                self._pump()

        self._ctx.runner.run_db(fn, finished)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.inspection.set_busy(busy)
        if busy:
            self._slow.start()
        else:
            self._slow.stop()
        self._show_busy()

    def _show_busy(self) -> None:
        """ "Working…", or after a while that the database is slow, with the waiting scans."""
        if not self._busy:
            self.view.busy.setText("")
            style.set_sheet(self.view.busy, "")
            return
        if not self._slow.isActive():
            self._show_waiting()
            return
        self.view.busy.setText(QCoreApplication.translate("DeskWidget", "Working…"))

    def _show_waiting(self) -> None:
        if not self._busy:
            return
        text = QCoreApplication.translate(
            "DeskWidget", "The database is slow to answer; still waiting. Your scan is kept."
        )
        if self._queue:
            waiting = self.tr("%n more scan(s) waiting.", "", len(self._queue))
            text = f"{text} {waiting}"
        self.view.busy.setText(text)
        style.set_sheet(self.view.busy, style.tone_sheet(style.Tone.WARN))

    def _show_held(self) -> None:
        held = len(self._held)
        self.view.retry.setVisible(held > 0)
        self.view.retry.setText(self.tr("Try the %n kept scan(s) again (F11)", "", held))

    def _on_retry_kept_shortcut_activated(self) -> None:
        if self._held:
            self._on_retry_clicked()

    def _on_retry_clicked(self) -> None:
        """Queue the kept scans again, in the order they were made, ahead of newer ones."""
        held, self._held = self._held, []
        self._queue.extendleft(reversed(held))
        self._show_held()
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self._pump()

    @property
    def held_scans(self) -> list[str]:
        """The scans kept after the database did not answer (oldest first)."""
        return list(self._held)

    def _pump(self) -> None:
        if self._busy:
            return
        self._scan = None
        if self._queue:
            self._handle(self._queue.popleft())
        else:
            self.idle.emit()

    def _hold_scans(self) -> None:
        """Keep the scan that failed and those behind it (not dropped, not hidden), to be
        tried again when the clerk says so (F11)."""
        kept = [self._scan] if self._scan is not None else []
        self._held.extend([*kept, *self._queue])
        self._queue.clear()
        self._scan = None
        self._show_held()

    def _report(self, problem: Problem) -> None:
        if problem.database:
            self.feedback.show_message(
                FeedbackState.ERROR,
                QCoreApplication.translate("DeskWidget", "Database unreachable: nothing was saved"),
                problem.text,
            )
            self.database_problem.emit(problem.text)
            self._hold_scans()
            return
        if problem.held_elsewhere:
            # Another station holds this return for a moment: the scan is kept, not lost,
            # with those behind it (they are about the same parcel), for F11.
            self.feedback.show_message(
                FeedbackState.ERROR,
                QCoreApplication.translate("DeskWidget", "Busy at another station: scan kept"),
                problem.text,
            )
            self._hold_scans()
            return
        if problem.signed_out:
            self.feedback.show_message(
                FeedbackState.ERROR,
                QCoreApplication.translate("DeskWidget", "Signed out: nothing was saved"),
                problem.text,
            )
            self._queue.clear()  # scans waiting behind it were made as the same user
            return
        self.feedback.show_message(FeedbackState.ERROR, problem.text)

    # --- Scans ----------------------------------------------------------------------------

    def _on_scan_router_scanned(self, code: str) -> None:
        self.handle_scan(code)

    def handle_scan(self, code: str) -> None:
        """Handle a scanned (or typed) code: a parcel or an item of the open return."""
        dialog = self.register_dialog
        if dialog is not None and dialog.isVisible():
            dialog.accept_scan(code)
            return
        self._queue.append(code)
        if self._busy:
            self._show_busy()  # the count of waiting scans, once the wait is long
        self._pump()

    def _handle(self, code: str) -> None:
        self._scan = code
        if self.view.pages.currentIndex() == PAGE_REFUND:
            # A new scan means the next parcel or item: the refund panel is done with, and
            # the keys that follow (grades, F-keys) belong to the desk again.
            self.view.pages.setCurrentIndex(PAGE_RETURN if self._ret else PAGE_EMPTY)
            self.focus_default()
        scan = classify(code, self._config)
        if not scan.valid and scan.kind != Kind.UNKNOWN:
            self.feedback.show_result(scan)
            self._pump()
            return
        if scan.kind in PRODUCT_KINDS or (scan.kind == Kind.GS1 and "01" in scan.fields):
            self._check_in(scan)
        else:
            self._receive(code, scan)

    def _receive(self, code: str, scan: ScanResult) -> None:
        actor, backend = self._ctx.actor, self._ctx.backend

        self._run(lambda: receive_or_open(backend, actor, code, scan), self._on_received)

    def _on_received(self, outcome: tuple[ReceiveResult, Message | None]) -> None:
        result, warning = outcome
        if result.kind == "return" and result.ret is not None:
            self._offer = None
            self.show_return(result.ret)
            ret = result.ret
            title = QCoreApplication.translate("DeskWidget", "Return {code}").format(
                code=for_people(ret.code)
            )
            if warning is not None:
                self.feedback.show_message(FeedbackState.WARNING, title, render(warning))
            else:
                self.feedback.show_message(
                    FeedbackState.SUCCESS,
                    title,
                    self.tr(
                        "{customer}: %n unit(s) expected. Scan the items.", "", ret.units_expected
                    ).format(customer=ret.customer.name),
                )
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show_offer(result)

    def _show_offer(self, result: ReceiveResult) -> None:
        self._ret = None
        self._offer = result
        self.view.lines_model.set_return(None)
        self.inspection.set_line(None)
        self.refund_panel.set_return(None)
        self._show_refund(None)
        self.return_shown.emit(None)
        self.view.offer_queue.setVisible(result.kind in ("order", "not_found"))
        title, detail = present_offer(self.view, result)
        self.view.pages.setCurrentIndex(PAGE_OFFER)
        self.feedback.show_message(FeedbackState.WARNING, title, detail)

    def _check_in(self, scan: ScanResult) -> None:
        ret = self._ret
        if ret is None:
            backend, code = self._ctx.backend, scan.value
            self._run(
                lambda: open_returns_holding(backend, code),
                lambda found: self._on_item_without_return(code, *found),
            )
            return
        actor, backend, code = self._ctx.actor, self._ctx.backend, scan.raw or scan.value
        self._run(
            lambda: receiving.check_in_item(backend.uow(), actor, ret.id, code=code),
            self._on_checked_in,
        )

    def _on_item_without_return(self, code: str, hits: list, ret: ReturnDTO | None) -> None:
        """An item scanned with no return open: the only return still expecting the product
        is opened (not received: the clerk checks the parcel is that customer's); several are
        named; none says to scan the parcel."""
        title = QCoreApplication.translate("DeskWidget", "Scan the parcel first")
        if ret is not None:
            self._offer = None
            self.show_return(ret)
            self.feedback.show_message(
                FeedbackState.WARNING,
                QCoreApplication.translate("DeskWidget", "Return {code}").format(
                    code=for_people(ret.code)
                ),
                QCoreApplication.translate(
                    "DeskWidget",
                    "The only return still expecting this product ({code}): {customer}'s. Check "
                    "the parcel is theirs, then scan the item again to check it in.",
                ).format(code=code, customer=ret.customer.name),
            )
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if hits:
            shown = ", ".join(for_people(h.code) for h in hits[:5])
            more = "…" if len(hits) > 5 else ""
            detail = self.tr(
                "%n returns still expect this product ({code}): {codes}. Scan the parcel's "
                "label or type its return code.",
                "",
                len(hits),
            ).format(code=code, codes=shown + more)
        else:
            detail = QCoreApplication.translate(
                "DeskWidget",
                "No return still expects this product ({code}). Scan the parcel's label, or "
                "Ctrl+N registers a return.",
            ).format(code=code)
        self.feedback.show_message(FeedbackState.ERROR, title, detail)

    def _on_checked_in(self, result: CheckInResult) -> None:
        if result.return_line_id is not None:
            self._focus_line = result.return_line_id
        self.show_return(result.ret)
        text = render(result.message)
        if result.status == "ok":
            line = self._line(result.return_line_id)
            self.feedback.show_message(
                FeedbackState.SUCCESS,
                text,
                QCoreApplication.translate("DeskWidget", "Grade it: A, B, C or D.")
                if line and line.qty_to_inspect
                else "",
            )
            self.focus_default()
        else:
            self.feedback.show_message(
                FeedbackState.WARNING,
                text,
                QCoreApplication.translate("DeskWidget", "Recorded as a mismatch."),
            )
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def check_in_line(self) -> None:
        """Check in one unit of the chosen line (an item without a readable barcode)."""
        line = self._selected_line()
        if self._ret is None or line is None:
            self._say_open_first()
            return
        actor, backend, rid = self._ctx.actor, self._ctx.backend, self._ret.id
        self._run(
            lambda: receiving.check_in_item(backend.uow(), actor, rid, return_line_id=line.id),
            self._on_checked_in,
        )

    # --- Showing a return -----------------------------------------------------------------

    def show_return(self, ret: ReturnDTO) -> None:
        """Show ``ret`` with its lines, deadlines, mismatches and refund."""
        if self._ret is None or self._ret.id != ret.id:
            self.documents.forget()  # "Not printed: …" of another return is not this one's
        self._ret = ret
        v = self.view
        present_return(v, ret, self.today())
        selected = self._selected_line()
        v.lines_model.set_return(ret)
        if v.pages.currentIndex() != PAGE_REFUND:
            v.pages.setCurrentIndex(PAGE_RETURN)
        line = self._next_to_inspect(ret)
        self.inspection.set_line(line, withdrawal=ret.kind != "defect_claim")
        kept = self._line(selected.id) if selected is not None else None
        chosen = line or kept or self._next_expected(ret)
        if chosen is not None:
            self._select_line(chosen.id)
        self.refund_panel.set_return(ret)
        self._show_refund(ret.refund)
        self.return_shown.emit(ret)

    def _show_refund(self, refund: RefundDTO | None) -> None:
        ret = self._ret
        self.view.refund_summary.setText(
            refund_summary(refund, ret.money_state if ret is not None else None)
        )

    def _next_to_inspect(self, ret: ReturnDTO) -> ReturnLineDTO | None:
        waiting = [l for l in ret.lines if l.qty_to_inspect > 0]
        preferred = next((l for l in waiting if l.id == self._focus_line), None)
        return preferred or (waiting[0] if waiting else None)

    @staticmethod
    def _next_expected(ret: ReturnDTO) -> ReturnLineDTO | None:
        waiting = [l for l in ret.lines if l.qty_to_receive > 0]
        return waiting[0] if waiting else (ret.lines[0] if ret.lines else None)

    def _line(self, line_id: int | None) -> ReturnLineDTO | None:
        if self._ret is None or line_id is None:
            return None
        return next((l for l in self._ret.lines if l.id == line_id), None)

    def _selected_line(self) -> ReturnLineDTO | None:
        index = self.view.lines.currentIndex()
        if not index.isValid():
            return None
        return self.view.lines_model.line(index.row())

    def _select_line(self, line_id: int) -> None:
        row = self.view.lines_model.row_of(line_id)
        if row >= 0:
            index = self.view.lines_model.index(row, 0)
            self.view.lines.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _on_lines_current_row_changed(self, current, previous) -> None:
        del previous
        if not current.isValid() or self._ret is None:
            return
        line = self.view.lines_model.line(current.row())
        shown = self.inspection.line
        if line.qty_to_inspect > 0 and (shown is None or shown.id != line.id):
            self._focus_line = line.id
            self.inspection.set_line(
                line, withdrawal=self._ret is None or self._ret.kind != "defect_claim"
            )

    # --- Inspecting -----------------------------------------------------------------------

    def _on_inspection_decided(self, grade: str, disposition: str, unsealed: bool) -> None:
        line = self.inspection.line
        if line is None or self._ret is None or self._busy:
            return
        actor, backend, rid = self._ctx.actor, self._ctx.backend, self._ret.id
        cmd = inspection.InspectUnit(line.id, grade, disposition, unsealed=unsealed)
        self._focus_line = line.id

        def work():
            result = inspection.inspect_unit(backend.uow(), actor, cmd)
            return result, propose_quietly(backend, actor, rid, result.ret)

        self._run(work, lambda outcome: self._on_inspected(line, grade, outcome))

    def _on_inspected(self, line: ReturnLineDTO, grade: str, outcome) -> None:
        result, refund = outcome
        self.show_return(with_refund(result.ret, refund))
        title = QCoreApplication.translate(
            "DeskWidget", "{name}, unit {n}: {grade} → {place}"
        ).format(name=line.name, n=result.unit_no, grade=grade, place=place(result.location_name))
        if result.exception_applies:
            self.feedback.show_message(
                FeedbackState.WARNING,
                title,
                QCoreApplication.translate(
                    "DeskWidget",
                    "The seal was opened: this unit is not refunded (the exception applies).",
                ),
            )
        else:
            self.feedback.show_message(
                FeedbackState.SUCCESS,
                title,
                QCoreApplication.translate("DeskWidget", "The tag is printing."),
            )
        actor, backend, iid = self._ctx.actor, self._ctx.backend, result.inspection_id
        size = self._ctx.settings.get("printers/tag_size")
        self.print_document(
            lambda: documents.item_tag_pdf(backend.uow(), actor, iid, size), DocumentRole.TAG
        )
        self.focus_default()

    def _on_undo_shortcut_activated(self) -> None:
        ret = self._ret
        if ret is None or not ret.inspections:
            self.feedback.show_message(
                FeedbackState.WARNING, QCoreApplication.translate("DeskWidget", "Nothing to undo")
            )
            return
        last = max(ret.inspections, key=lambda i: i.id)
        line = self._line(last.return_line_id)
        actor, backend = self._ctx.actor, self._ctx.backend

        def work():
            undone = inspection.undo_inspection(backend.uow(), actor, last.id)
            return undone, propose_quietly(backend, actor, ret.id, undone)

        def done(outcome) -> None:
            undone, refund = outcome
            self._focus_line = last.return_line_id
            self.show_return(with_refund(undone, refund))
            self.feedback.show_message(
                FeedbackState.SUCCESS,
                QCoreApplication.translate(
                    "DeskWidget", "Undone: {name}, unit {n} ({grade} → {place})"
                ).format(
                    name=line.name if line else "?",
                    n=last.unit_no,
                    grade=last.grade,
                    place=place(last.location_name) or last.location_code,
                ),
                QCoreApplication.translate(
                    "DeskWidget",
                    "The stock moved back; the audit log keeps both steps. Grade it again.",
                ),
            )
            self.focus_default()

        self._run(work, done)

    # --- Mismatches -----------------------------------------------------------------------

    def _say_open_first(self) -> None:
        self.feedback.show_message(
            FeedbackState.ERROR,
            QCoreApplication.translate("DeskWidget", "Open a return first"),
            QCoreApplication.translate("DeskWidget", "Scan the parcel's code."),
        )

    def _record(self, kind: str, items: list[tuple[int | None, int]], title: str) -> None:
        ret = self._ret
        if ret is None:
            self._say_open_first()
            return
        # A mismatch is a record the customer's money depends on: confirm it first.
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("DeskWidget", "Record a mismatch"),
            QCoreApplication.translate(
                "DeskWidget", "Record \u201c{what}\u201d on return {code}?"
            ).format(what=title, code=for_people(ret.code)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.accepted.connect(lambda: self._save_mismatch(ret, kind, items, title))
        box.finished.connect(lambda _r: self.focus_default())
        self.mismatch_confirm = box
        box.open()

    def _save_mismatch(
        self, ret: ReturnDTO, kind: str, items: list[tuple[int | None, int]], title: str
    ) -> None:
        if self._ret is None or self._ret.id != ret.id:
            return  # another return was opened meanwhile
        actor, backend = self._ctx.actor, self._ctx.backend
        next_step = {
            "missing": QCoreApplication.translate(
                "DeskWidget",
                "Recorded. Grade what arrived; the refund covers it, and the rest is refunded "
                "if it comes later. Ctrl+R opens the refund.",
            ),
            "empty_box": QCoreApplication.translate(
                "DeskWidget",
                "Recorded. Nothing is refunded for an empty box; put it aside and ask the "
                "customer. Scan the next parcel.",
            ),
        }.get(
            kind,
            QCoreApplication.translate(
                "DeskWidget",
                "Recorded. Set the item aside for the back office; scan the next item.",
            ),
        )

        def done(updated: ReturnDTO) -> None:
            self.show_return(updated)
            self.feedback.show_message(FeedbackState.WARNING, title, next_step)
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

        self._run(lambda: record_mismatches(backend, actor, ret, kind, items), done)

    def _on_missing_shortcut_activated(self) -> None:
        ret = self._ret
        if ret is None:
            self._say_open_first()
            return
        missing = [(l.id, l.qty_to_receive) for l in ret.lines if l.qty_to_receive > 0]
        if not missing:
            self.feedback.show_message(
                FeedbackState.SUCCESS,
                QCoreApplication.translate("DeskWidget", "Nothing is missing"),
                QCoreApplication.translate("DeskWidget", "Every announced unit is checked in."),
            )
            return
        units = sum(q for _, q in missing)
        self._record(
            "missing",
            missing,
            self.tr("Missing: %n unit(s)", "", units),
        )

    def _on_empty_box_shortcut_activated(self) -> None:
        ret = self._ret
        units = max(1, ret.units_expected) if ret else 1
        self._record(
            "empty_box", [(None, units)], QCoreApplication.translate("DeskWidget", "Empty box")
        )

    def _on_wrong_item_shortcut_activated(self) -> None:
        line = self._selected_line()
        name = line.name if line else QCoreApplication.translate("DeskWidget", "no line chosen")
        self._record(
            "wrong_item",
            [(line.id if line else None, 1)],
            QCoreApplication.translate("DeskWidget", "Wrong item instead of {name}").format(
                name=name
            ),
        )

    # --- Other keys -----------------------------------------------------------------------

    def _on_focus_scan_shortcut_activated(self) -> None:
        if self.view.pages.currentIndex() == PAGE_REFUND:
            self.view.pages.setCurrentIndex(PAGE_RETURN if self._ret else PAGE_EMPTY)
        self.inspection.back()
        self.scan_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_focus_inspection_shortcut_activated(self) -> None:
        if self.inspection.line is None:
            self.feedback.show_message(
                FeedbackState.WARNING,
                QCoreApplication.translate("DeskWidget", "Nothing to grade"),
                QCoreApplication.translate("DeskWidget", "Scan an item to check it in."),
            )
            return
        self.inspection.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_check_in_line_shortcut_activated(self) -> None:
        self.check_in_line()

    def _on_refund_shortcut_activated(self) -> None:
        v = self.view
        if v.pages.currentIndex() == PAGE_REFUND:
            v.pages.setCurrentIndex(PAGE_RETURN if self._ret else PAGE_EMPTY)
            self.focus_default()
            return
        if self._ret is None:
            self._say_open_first()
            return
        v.pages.setCurrentIndex(PAGE_REFUND)
        ret = self._ret
        no_open_refund = ret.refund is None or ret.refund.status == "issued"
        owed = ret.money_state in OPEN_MONEY or (
            ret.money_state == "part_refunded" and ret.units_owed > 0
        )
        # Focus into the panel first: its shortcuts (Ctrl+Enter, Ctrl+D) work at once, even
        # while the proposal is still being computed and the issue button is disabled.
        self.refund_panel.take_focus()
        if no_open_refund and owed:
            self.refund_panel.propose()

    def _on_close_return_shortcut_activated(self) -> None:
        ret = self._ret
        if ret is None:
            self._say_open_first()
            return
        actor, backend = self._ctx.actor, self._ctx.backend

        def done(closed: ReturnDTO) -> None:
            self.show_return(closed)
            self.feedback.show_message(
                FeedbackState.SUCCESS,
                QCoreApplication.translate("DeskWidget", "Return {code} closed").format(
                    code=for_people(closed.code)
                ),
                QCoreApplication.translate("DeskWidget", "Scan the next parcel."),
            )
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

        self._run(lambda: returns.close_return(backend.uow(), actor, ret.id), done)

    def _on_register_shortcut_activated(self) -> None:
        offer = self._offer
        order_id = offer.order.id if offer and offer.kind == "order" and offer.order else None
        dialog = RegisterDialog(self._ctx, self.printer, self, order_id=order_id, now=self._now())
        dialog.registered.connect(lambda ret: self._on_register_dialog_registered(offer, ret))
        dialog.finished.connect(self._on_register_dialog_finished)
        self.register_dialog = dialog
        dialog.open()

    def _on_queue_parcel_shortcut_activated(self) -> None:
        offer = self._offer
        if offer is None or offer.kind not in ("order", "not_found"):
            return
        # Deliberate: the clerk sees the code and confirms; Enter alone never queues junk.
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("DeskWidget", "Unidentified parcel"),
            QCoreApplication.translate(
                "DeskWidget",
                "Put the parcel {code} in the unidentified queue? It waits there for a "
                "decision in the back office.",
            ).format(code=offer.scanned),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.accepted.connect(lambda: self._queue_parcel(offer))
        box.finished.connect(lambda _r: self.focus_default())
        self.queue_confirm = box
        box.open()

    def _queue_parcel(self, offer: ReceiveResult) -> None:
        if self._offer is not offer:
            return  # another parcel was scanned meanwhile
        actor, backend, code = self._ctx.actor, self._ctx.backend, offer.scanned
        self._run(lambda: receiving.queue_parcel(backend.uow(), actor, code), self._on_queued)

    def _on_queued(self, parcel) -> None:
        self._offer = None
        self.view.pages.setCurrentIndex(PAGE_EMPTY)
        self.feedback.show_message(
            FeedbackState.WARNING,
            QCoreApplication.translate("DeskWidget", "Parcel {code} queued").format(
                code=parcel.scanned_code
            ),
            QCoreApplication.translate(
                "DeskWidget",
                "It waits in Unidentified parcels for a decision. Scan the next parcel.",
            ),
        )
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_register_dialog_finished(self, result: int) -> None:
        del result
        self.register_dialog = None
        self.focus_default()

    def _on_register_dialog_registered(self, offer: ReceiveResult | None, ret: ReturnDTO) -> None:
        actor, backend = self._ctx.actor, self._ctx.backend
        if offer is not None and offer.kind == "order":
            # The parcel on the desk is this return's: receive it now.
            code = offer.scanned
            self._run(
                lambda: (receiving.receive_parcel(backend.uow(), actor, code), None),
                self._on_received,
            )
        elif offer is not None and offer.kind == "not_found":
            code = offer.scanned
            self._run(
                lambda: receiving.match_parcel(
                    backend.uow(),
                    actor,
                    receiving.queue_parcel(backend.uow(), actor, code).id,
                    ret.id,
                ),
                self._on_parcel_matched,
            )
        elif offer is not None and offer.kind == "unidentified" and offer.parcel_id:
            pid = offer.parcel_id
            self._run(
                lambda: receiving.match_parcel(backend.uow(), actor, pid, ret.id),
                self._on_parcel_matched,
            )

    def _on_parcel_matched(self, ret: ReturnDTO) -> None:
        self._offer = None
        self.show_return(ret)
        self.feedback.show_message(
            FeedbackState.SUCCESS,
            QCoreApplication.translate("DeskWidget", "Parcel matched to {code}").format(
                code=for_people(ret.code)
            ),
            QCoreApplication.translate("DeskWidget", "Scan the items."),
        )

    # --- Documents ------------------------------------------------------------------------

    def print_document(self, make: Callable[[], StoredDocument], role: DocumentRole) -> None:
        """Make and print a document; a printer problem shows in the notice bar."""
        self.documents.print_document(make, role)

    def _on_documents_problem(self, problem: Problem) -> None:
        self._report(problem)

    def _say_nothing_printed(self) -> None:
        self.feedback.show_message(
            FeedbackState.WARNING,
            QCoreApplication.translate("DeskWidget", "Nothing printed yet"),
        )

    def _on_reprint_shortcut_activated(self) -> None:
        if not self.documents.reprint():
            self._say_nothing_printed()

    def _on_save_pdf_shortcut_activated(self) -> None:
        if not self.documents.save(self):
            self._say_nothing_printed()

    def _on_notice_preview_clicked(self) -> None:
        self.documents.preview(self)

    # --- Changes at other stations --------------------------------------------------------

    def _on_live_changed(self, changes: ChangeSet) -> None:
        if self._ret is not None and changes.touches(self._ret.id):
            self._stale = True
            self._refresh_if_quiet()

    def _mid_step(self) -> bool:
        """Whether showing the return anew now could lose what the clerk is doing: a scan
        or an action running or waiting, a grade chosen but not yet sent somewhere, a dialog
        open."""
        dialogs = (
            self.register_dialog,
            self.queue_confirm,
            self.mismatch_confirm,
            self.refund_panel.dialog,
        )
        return (
            self._busy
            or bool(self._queue)
            or self.inspection.grade is not None
            or any(d is not None and d.isVisible() for d in dialogs)
        )

    def _refresh_if_quiet(self) -> None:
        """Read the open return again if another station changed it and the clerk is between
        two steps; otherwise try again shortly. The focus and the line being graded stay."""
        ret = self._ret
        if not self._stale or ret is None:
            self._stale = False
            return
        if self._mid_step():
            self._live_timer.start()
            return
        self._stale = False
        backend = self._ctx.backend
        self._ctx.runner.run_db(
            lambda: queries.get_return(backend.uow(readonly=True), ret.id), self._on_live_read
        )

    def _on_live_read(self, ret: ReturnDTO | None, error: BaseException | None) -> None:
        if error is not None or ret is None:
            # The clerk's next step reports a database that does not answer; a quiet
            # refresh never puts an error in front of them.
            log.info("refreshing the open return failed: %s", error)
            return
        if self._ret is None or self._ret.id != ret.id:
            return  # the clerk moved on to another parcel meanwhile
        if self.inspection.grade is not None:
            self._stale = True  # a grade was chosen meanwhile: show it after that unit
            self._live_timer.start()
            return
        self.show_return(ret)

    # --- Refund panel ---------------------------------------------------------------------

    def _on_refund_panel_refund_changed(self, refund: RefundDTO) -> None:
        self._show_refund(refund)
        if refund.status == "issued":
            # Done with the money: the keys go to the desk again (F3, F10, the next scan)
            # rather than to a button that is now disabled.
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
        ret = self._ret
        if ret is None:
            return
        backend = self._ctx.backend
        self._run(lambda: queries.get_return(backend.uow(readonly=True), ret.id), self._on_reloaded)

    def _on_reloaded(self, ret: ReturnDTO) -> None:
        self.show_return(ret)

    def _on_refund_panel_return_changed(self, ret: ReturnDTO) -> None:
        self.show_return(ret)

    def _on_refund_panel_feedback(self, state: str, title: str, detail: str) -> None:
        self.feedback.show_message(FeedbackState(state), title, detail)
