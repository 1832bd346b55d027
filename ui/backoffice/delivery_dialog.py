"""The dialog that corrects a delivery day from the customer's proof: which shipment, the
day (a date picker from the order day to today) and what shows it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from returns_app.services.dto import DeliveryChoice
from ui.backoffice.common import day
from ui.backoffice.reason_dialog import ReasonDialog


class DeliveryDayDialog(ReasonDialog):
    """Asks which shipment got the goods when, and the proof; ``choice_data()`` is
    ``(order id, shipment id or None, day)``."""

    def __init__(self, parent: QWidget, choices: tuple[DeliveryChoice, ...], today: date) -> None:
        self._choices = choices
        self._today = today
        super().__init__(
            parent,
            title=self.tr("Correct the delivery day"),
            prompt=self.tr(
                "The withdrawal period runs from the day the customer got the goods. Choose the "
                "shipment, the day it arrived and write what shows it (a tracking event, the "
                "carrier's message). A day known from the shop can be corrected too; the "
                "correction is kept in the log."
            ),
            ok_text=self.tr("Correct the day"),
            single_line=True,
            choices=[(self._label(c), i) for i, c in enumerate(choices)],
            choice_label=self.tr("Shipment"),
            placeholder=self.tr("e.g. Posti tracking: delivered 12.11. 16:04"),
        )
        self.setObjectName("deliveryDayDialog")
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d.M.yyyy")
        label = QLabel(self.tr("Delivered on"), self)
        label.setBuddy(self.date)
        at = self.layout().indexOf(self.editor)
        self.layout().insertWidget(at, label)
        self.layout().insertWidget(at + 1, self.date)
        first = next((i for i, c in enumerate(choices) if c.estimated or c.delivered_on is None), 0)
        self.choice.currentIndexChanged.connect(self._on_choice_current_index_changed)
        self.choice.setCurrentIndex(first)
        self._on_choice_current_index_changed(first)
        self.fit(540)
        self.editor.setFocus()

    def _label(self, c: DeliveryChoice) -> str:
        parcel = c.tracking_number or self.tr("shipment without tracking")
        if c.delivered_on is None:
            when = self.tr("no delivery day")
        elif c.estimated:
            when = self.tr("{day}, estimated").format(day=day(c.delivered_on))
        else:
            when = day(c.delivered_on)
        return self.tr("Order {number} · {parcel} · {when}").format(
            number=c.order_number, parcel=parcel, when=when
        )

    def chosen(self) -> DeliveryChoice:
        """The shipment chosen."""
        return self._choices[self.choice.currentData() or 0]

    def choice_data(self) -> object:
        c = self.chosen()
        return (c.order_id, c.shipment_id, self.date.date().toPython())

    def _on_choice_current_index_changed(self, _index: int) -> None:
        c = self.chosen()
        low = min(c.ordered_on, self._today)
        self.date.setDateRange(QDate(low), QDate(self._today))
        shown = c.delivered_on or self._today
        self.date.setDate(QDate(min(max(shown, low), self._today)))
