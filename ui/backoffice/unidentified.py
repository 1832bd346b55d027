"""Unidentified parcels: the parcels that matched nothing when scanned in.

Nothing leaves this queue without a decision: the parcel is matched to a return found by a
search, or a return is registered for it from its order (the desk's registration dialog,
label and all) and the parcel matched to it, or a supervisor discards it with a written
reason (e.g. sent back to the sender).
"""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services import queries, receiving
from returns_app.services.dto import FindHit, ParcelDTO, ReturnDTO
from ui.backoffice.common import (
    EmptyHint,
    MessageLine,
    RowsModel,
    day,
    goods_name,
    heading,
    moment,
    report_error,
)
from ui.backoffice.return_page_view import table
from ui.context import AppContext
from ui.desk.register_dialog import RegisterDialog
from ui.printing import PrintCenter
from ui.style import Tone

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override


class UnidentifiedModel(RowsModel[ParcelDTO]):
    """The parcels waiting for a decision, oldest first."""

    CONTEXT = "UnidentifiedModel"
    COL_CODE, COL_AT, COL_STATION, COL_USER = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("UnidentifiedModel", "Scanned code"),
        QT_TRANSLATE_NOOP("UnidentifiedModel", "Scanned"),
        QT_TRANSLATE_NOOP("UnidentifiedModel", "Station"),
        QT_TRANSLATE_NOOP("UnidentifiedModel", "By"),
    )

    def sort_value(self, row: ParcelDTO, column: int) -> Any:
        return (row.scanned_code, row.scanned_at, row.station, row.username)[column]

    def display(self, row: ParcelDTO, column: int) -> str:
        return (
            moment(row.scanned_at) if column == self.COL_AT else str(self.sort_value(row, column))
        )


class HitsModel(RowsModel[FindHit]):
    """What a search found: returns and orders."""

    CONTEXT = "HitsModel"
    COL_KIND, COL_CODE, COL_CUSTOMER, COL_SUMMARY = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("HitsModel", "Found"),
        QT_TRANSLATE_NOOP("HitsModel", "Return or order"),
        QT_TRANSLATE_NOOP("HitsModel", "Customer"),
        QT_TRANSLATE_NOOP("HitsModel", "State or date"),
    )

    def sort_value(self, row: FindHit, column: int) -> Any:
        return (row.kind, row.code, row.customer_name, row.state or row.summary)[column]

    def display(self, row: FindHit, column: int) -> str:
        if column == self.COL_KIND:
            return self.tr("Return") if row.kind == "return" else self.tr("Order")
        if column == self.COL_SUMMARY and row.kind == "return":
            return goods_name(row.state)
        if column == self.COL_SUMMARY:
            try:  # an order's summary is the day it was ordered
                return day(date.fromisoformat(row.summary))
            except ValueError:
                return row.summary
        return str(self.sort_value(row, column))


class DiscardDialog(QDialog):
    """Why a parcel leaves the queue without a return."""

    def __init__(self, parcel: ParcelDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parcel = parcel
        self.setWindowTitle(self.tr("Discard parcel {code}").format(code=parcel.scanned_code))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. refused and sent back to the sender"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Discard"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What was done with the parcel?"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    def _on_reason_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))


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
        self._printer = printer
        self.discard_dialog: DiscardDialog | None = None
        self.register_dialog: RegisterDialog | None = None
        self.parcels_model = UnidentifiedModel(self)
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
        self.parcels.setModel(self.parcels_model)
        self.empty_hint = EmptyHint(
            self.parcels,
            self.tr(
                "No parcels wait here. A parcel nobody can place is put here at the desk "
                "with F9."
            ),
        )
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Find: order number, customer name, e-mail, phone or tracking number")
        )
        self.find = QPushButton(self.tr("Find"), self)
        self.hits = table(self, "unidentifiedHits")
        self.hits.setModel(self.hits_model)
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
        self.splitter.setSizes([500, 700])
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

    def _wire(self) -> None:
        self.parcels.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.hits.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.hits.activated.connect(self._on_hits_activated)
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
        self.parcels_model.set_rows(parcels)
        self.count.setText(self.tr("{n} waiting").format(n=QLocale().toString(len(parcels))))
        self.parcels.resizeColumnsToContents()
        if chosen is not None:
            row = next((i for i, p in enumerate(parcels) if p.id == chosen.id), -1)
            if row >= 0:
                self.parcels.selectRow(row)
        self._on_selection_changed()

    def selected_parcel(self) -> ParcelDTO | None:
        """The parcel selected."""
        rows = self.parcels.selectionModel().selectedRows()
        return self.parcels_model.row(rows[0].row()) if rows else None

    def selected_hit(self) -> FindHit | None:
        """The search result selected."""
        rows = self.hits.selectionModel().selectedRows()
        return self.hits_model.row(rows[0].row()) if rows else None

    def _on_session_changed(self, actor: Actor | None) -> None:
        self.discard.setVisible(actor is not None and actor.may("reject_return"))
        self._on_selection_changed()

    def _on_selection_changed(self, *args) -> None:
        del args
        parcel, hit = self.selected_parcel(), self.selected_hit()
        self.match.setEnabled(parcel is not None and hit is not None and hit.kind == "return")
        self.register.setEnabled(parcel is not None and hit is not None and hit.kind == "order")
        self.discard.setEnabled(parcel is not None)

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
        backend, actor = self._ctx.backend, self._ctx.actor
        self._ctx.runner.run_db(
            lambda: receiving.match_parcel(backend.uow(), actor, parcel_id, return_id),
            self._on_matched,
        )

    def _on_matched(self, ret: ReturnDTO | None, error: BaseException | None) -> None:
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
        parcel = self.selected_parcel()
        if parcel is None:
            return
        self.discard_dialog = DiscardDialog(parcel, self)
        self.discard_dialog.accepted.connect(self._on_discard_dialog_accepted)
        self.discard_dialog.open()

    def _on_discard_dialog_accepted(self) -> None:
        dialog = self.discard_dialog
        assert dialog is not None
        parcel_id, reason = dialog.parcel.id, dialog.reason.text().strip()
        backend, actor = self._ctx.backend, self._ctx.actor
        self._ctx.runner.run_db(
            lambda: receiving.discard_parcel(backend.uow(), actor, parcel_id, reason),
            self._on_discarded,
        )

    def _on_discarded(self, result: None, error: BaseException | None) -> None:
        del result
        if error is not None:
            self._show_error(error)
        else:
            self.message.say(self.tr("The parcel was discarded."), Tone.GOOD)
        self.reload()

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.message, self.database_problem, error)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Read again when the area comes into view (the desk adds parcels meanwhile)."""
        super().showEvent(event)
        if not event.spontaneous() and self._seen:
            self.reload()
        self._seen = True
