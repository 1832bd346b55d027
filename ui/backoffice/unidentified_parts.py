"""The unidentified-parcel screen's pieces: the queue's and the search's table models, and
the dialog that asks why a parcel is discarded."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services.dto import FindHit, ParcelDTO
from ui.backoffice.common import RowsModel, day, goods_name, moment


class UnidentifiedModel(RowsModel[ParcelDTO]):
    """The parcels waiting for a decision: how long each has waited, who queued it, where."""

    CONTEXT = "UnidentifiedModel"
    COL_CODE, COL_AGE, COL_USER, COL_STATION = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("UnidentifiedModel", "Scanned code"),
        QT_TRANSLATE_NOOP("UnidentifiedModel", "Waiting"),
        QT_TRANSLATE_NOOP("UnidentifiedModel", "Queued by"),
        QT_TRANSLATE_NOOP("UnidentifiedModel", "Station"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._now: datetime | None = None

    def set_now(self, now: datetime) -> None:
        """The moment the ages are counted to (the screen's clock, read at each load)."""
        self._now = now

    def sort_value(self, row: ParcelDTO, column: int) -> Any:
        if column == self.COL_AGE:
            return -row.scanned_at.timestamp()  # older sorts as more
        return (row.scanned_code, None, row.display_name or row.username, row.station)[column]

    def display(self, row: ParcelDTO, column: int) -> str:
        if column == self.COL_AGE:
            return self.age(row)
        return str(self.sort_value(row, column))

    def tooltip(self, row: ParcelDTO, column: int) -> str | None:
        if column == self.COL_AGE:
            return self.tr("Queued {when}").format(when=moment(row.scanned_at))
        if column == self.COL_USER and row.username and row.display_name != row.username:
            return row.username
        return None

    def age(self, row: ParcelDTO) -> str:
        """How long the parcel has waited: "3 days", "5 h", "20 min"."""
        if self._now is None:
            return moment(row.scanned_at)
        seconds = int((self._now - row.scanned_at).total_seconds())
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("{n} min").format(n=seconds // 60)
        if seconds < 86400:
            return self.tr("{n} h").format(n=seconds // 3600)
        days = seconds // 86400
        return self.tr("1 day") if days == 1 else self.tr("{n} days").format(n=days)


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
    """Why a parcel leaves the queue without a return; for a clerk, a supervisor approves
    it next."""

    def __init__(
        self, parcel: ParcelDTO, parent: QWidget | None = None, *, needs_approval: bool = False
    ) -> None:
        super().__init__(parent)
        self.parcel = parcel
        self.setWindowTitle(self.tr("Discard parcel {code}").format(code=parcel.scanned_code))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. refused and sent back to the sender"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Ask a supervisor…") if needs_approval else self.tr("Discard"))
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What was done with the parcel?"), self))
        layout.addWidget(self.reason)
        if needs_approval:
            self.approval_note = QLabel(
                self.tr(
                    "Discarding is a supervisor's decision: a supervisor approves it next "
                    "by typing their own password."
                ),
                self,
            )
            self.approval_note.setWordWrap(True)
            self.approval_note.setProperty("role", "muted")
            layout.addWidget(self.approval_note)
        layout.addWidget(self.buttons)

    def _on_reason_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
