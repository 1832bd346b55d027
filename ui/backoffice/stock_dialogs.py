"""The stock dialogs: moving units of one product (from a location that holds them, to another
location or back to the customer, how many, and why) and a counted difference. They only ask;
the screen that opened them runs the use case."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from returns_app.services.backoffice_stock import LocationInfo
from returns_app.services.product_stock import ProductStock
from ui.backoffice.common import place

TO_CUSTOMER = -1  # the "to" choice that sends the units back to the customer


class MoveDialog(QDialog):
    """From, to, how many, reason and note; Enter moves once a reason is written."""

    def __init__(
        self, product: ProductStock, parent: QWidget | None = None, *, from_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.product = product
        self.setWindowTitle(self.tr("Move units of {sku}").format(sku=product.sku))
        self.source = QComboBox(self)
        for level in product.levels:
            if level.quantity > 0 and level.location.active:
                self.source.addItem(
                    self.tr("{location} ({units})").format(
                        location=place(level.location.name), units=level.quantity
                    ),
                    level.location.id,
                )
        if from_id is not None and self.source.findData(from_id) >= 0:
            self.source.setCurrentIndex(self.source.findData(from_id))
        self.target = QComboBox(self)
        self.quantity = QSpinBox(self)
        self.most = QLabel(self)
        self.most.setProperty("role", "muted")
        self.return_code = QLineEdit(self)
        self.return_code.setPlaceholderText(self.tr("The return the units belong to (optional)"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. mould found: cannot be sold"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Optional"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Move"))
        self.nothing = QLabel(self.tr("No location holds units of this product."), self)
        self.nothing.setWordWrap(True)
        self.nothing.setVisible(self.source.count() == 0)
        self.setMinimumWidth(520)
        units = QHBoxLayout()
        units.addWidget(self.quantity)
        units.addWidget(self.most, 1)
        form = QFormLayout()
        self.return_label = QLabel(self.tr("Re&turn"), self)
        # Rows in the order the fields were made: Tab walks them top to bottom.
        for label, field in (
            (QLabel(self.tr("&From"), self), self.source),
            (QLabel(self.tr("&To"), self), self.target),
            (QLabel(self.tr("&Units"), self), self.quantity),
            (self.return_label, self.return_code),
            (QLabel(self.tr("&Reason"), self), self.reason),
            (QLabel(self.tr("&Note"), self), self.note),
        ):
            label.setBuddy(field)
            # a short label ("To") is measured a little narrower than it is drawn
            label.setMinimumWidth(label.sizeHint().width() + 6)
            form.addRow(label, units if field is self.quantity else field)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{product.sku} – {product.name}", self))
        layout.addWidget(self.nothing)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.source.currentIndexChanged.connect(self._on_source_changed)
        self.target.currentIndexChanged.connect(self._on_input_changed)
        self.reason.textChanged.connect(self._on_input_changed)
        self._on_source_changed()
        if self.source.count():
            self.reason.setFocus()

    def source_id(self) -> int | None:
        """The location the units leave."""
        return self.source.currentData()

    def target_id(self) -> int | None:
        """The location the units go to; None when they go back to the customer."""
        data = self.target.currentData()
        return None if data in (None, TO_CUSTOMER) else data

    def _on_source_changed(self, *args) -> None:
        del args
        source = self.source_id()
        chosen = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        for location in self.product.locations:
            if location.id != source:
                self.target.addItem(place(location.name), location.id)
        self.target.addItem(self.tr("Back to the customer"), TO_CUSTOMER)
        index = self.target.findData(chosen)
        self.target.setCurrentIndex(max(0, index))
        self.target.blockSignals(False)
        held = self.product.held_at(source) if source is not None else 0
        self.quantity.setRange(min(1, held), max(held, 0))
        self.most.setText(self.tr("at most {held}").format(held=held))
        self._on_input_changed()

    def _on_input_changed(self, *args) -> None:
        del args
        to_customer = self.target.currentData() == TO_CUSTOMER
        self.return_label.setVisible(to_customer)
        self.return_code.setVisible(to_customer)
        ready = (
            self.source_id() is not None
            and self.quantity.value() > 0
            and bool(self.reason.text().strip())
        )
        self.ok.setEnabled(ready)


class AdjustDialog(QDialog):
    """A counted difference: which location, how many units (+/-) and why."""

    def __init__(
        self,
        sku: str,
        name: str,
        held: Mapping[str, int],
        locations: list[LocationInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sku = sku
        self.setWindowTitle(self.tr("Adjust stock of {sku}").format(sku=sku))
        self.location = QComboBox(self)
        for l in locations:
            if l.active:
                self.location.addItem(f"{place(l.name)} ({held.get(l.code, 0)})", l.code)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(-99_999, 99_999)
        self.quantity.setSuffix(self.tr(" units"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. stocktake 11/2026: two found on the shelf"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Adjust"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.quantity.valueChanged.connect(self._on_input_changed)
        self.reason.textChanged.connect(self._on_input_changed)
        form = QFormLayout()
        form.addRow(self.tr("Product"), QLabel(f"{sku} – {name}", self))
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Change (+ found, − missing)"), self.quantity)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._on_input_changed()

    def _on_input_changed(self, *args) -> None:
        del args
        ok = self.quantity.value() != 0 and bool(self.reason.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
