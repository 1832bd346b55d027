"""Asking for a diminished-value deduction (DOMAIN.md section 2: art. 14(2))."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from returns_app.services.dto import ReturnDTO
from ui import style
from ui.money import currency_symbol


class DeductionDialog(QDialog):
    """Asks for a diminished-value deduction: which line, how much, and why."""

    def __init__(self, ret: ReturnDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deduct for diminished value"))
        self.line = QComboBox()
        for line in ret.lines:
            if line.qty_received:
                self.line.addItem(f"{line.name} ({line.sku})", line.id)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 10.00"))
        self.justification = QLineEdit()
        self.justification.setPlaceholderText(
            self.tr("What handling went beyond trying it on, e.g. worn outdoors")
        )
        self.error = QLabel()
        self.error.setStyleSheet(style.tone_sheet(style.Tone.BAD))
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Item"), self.line)
        # the order's currency: the euro sign only for euros
        self._symbol = currency_symbol(ret.currency)
        form.addRow(self.tr("Amount ({currency})").format(currency=self._symbol), self.amount)
        form.addRow(self.tr("Why"), self.justification)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> Decimal | None:
        """The amount typed (comma or point), or None when it is not a number."""
        try:
            typed = self.amount.text().replace(self._symbol, "").replace(",", ".")
            return Decimal("".join(typed.split()))
        except InvalidOperation:
            return None

    def _on_buttons_accepted(self) -> None:
        if self.value() is None or self.line.currentData() is None:
            self.error.setText(self.tr("Choose the item and give the amount."))
            self.error.show()
            return
        self.accept()
