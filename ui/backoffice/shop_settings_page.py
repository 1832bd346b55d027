"""The shop's settings, shared by every station: details, return address, policies, reasons.

Only an administrator changes them (the service checks; the fields are read-only for others).
Only the values that changed are saved, so two administrators editing different things at
two stations do not undo each other.
"""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.delivery import is_transit_entry
from returns_app.domain.users import Actor
from returns_app.services.shop_settings import ShopSettings, load_settings, save_settings
from ui.backoffice.common import REASONS, MessageLine, name_of, report_error
from ui.context import AppContext
from ui.money import SHOP_CURRENCY, currency_affixes
from ui.style import Tone

TEXT_FIELDS = (
    "shop_name",
    "street",
    "postal_code",
    "city",
    "country",
    "business_id",
    "vat_number",
    "email",
    "phone",
    "iban",
    "return_street",
    "return_postal_code",
    "return_city",
)


class ShopSettingsWidget(QWidget):
    """Edit the shop's details and policies.

    Signals:
        database_problem(str): the database did not answer.
    """

    database_problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.loaded: ShopSettings | None = None
        self._build()
        self.save.clicked.connect(self._on_save_clicked)
        self.add_reason.clicked.connect(self._on_add_reason_clicked)
        self.remove_reason.clicked.connect(self._on_remove_reason_clicked)
        self.charge_label.toggled.connect(self.label_price.setEnabled)
        ctx.session.changed.connect(self._on_session_changed)
        self._on_session_changed(ctx.session.actor)
        self.reload()

    # --- Layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.text: dict[str, QLineEdit] = {name: QLineEdit(self) for name in TEXT_FIELDS}
        self.text["country"].setMaxLength(2)
        shop = QGroupBox(self.tr("Shop (on credit notes and labels)"), self)
        form = _wrapping_form(shop)
        for name, label in (
            ("shop_name", self.tr("Name")),
            ("street", self.tr("Street")),
            ("postal_code", self.tr("Postal code")),
            ("city", self.tr("City")),
            ("country", self.tr("Country")),
            ("business_id", self.tr("Business ID (Y-tunnus)")),
            ("vat_number", self.tr("VAT number")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Phone")),
            ("iban", self.tr("IBAN")),
        ):
            form.addRow(label, self.text[name])
        address = QGroupBox(self.tr("Return address (on return labels)"), self)
        form = _wrapping_form(address)
        form.addRow(self.tr("Street"), self.text["return_street"])
        form.addRow(self.tr("Postal code"), self.text["return_postal_code"])
        form.addRow(self.tr("City"), self.text["return_city"])

        self.goodwill = QSpinBox(self)
        self.goodwill.setRange(0, 365)
        self.goodwill.setSuffix(self.tr(" days"))
        self.limit = _euros(self)
        self.delivery = QComboBox(self)
        self.delivery.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.delivery.setMinimumContentsLength(16)
        self.delivery.addItem(self.tr("When the last unit of the order is returned"), "last_unit")
        self.delivery.addItem(self.tr("In proportion to the value returned"), "proportional")
        self.charge_label = QCheckBox(self.tr("Charge for a prepaid return label"), self)
        self.label_price = _euros(self)
        self.informed = QCheckBox(self.tr("Customers are told of the right of withdrawal"), self)
        self.informed.setToolTip(self.tr("The default for new orders"))
        policies = QGroupBox(self.tr("Policies"), self)
        form = _wrapping_form(policies)
        form.addRow(self.tr("Goodwill period"), self.goodwill)
        form.addRow(self.tr("Refunds above this need a supervisor"), self.limit)
        form.addRow(self.tr("Delivery cost is refunded"), self.delivery)
        form.addRow(self.charge_label, self.label_price)
        form.addRow(self.informed)
        self.transit = QPlainTextEdit(self)
        self.transit.setObjectName("transitDays")
        self.transit.setPlaceholderText(self.tr("Posti SmartPOST = 2"))
        self.transit.setToolTip(
            self.tr(
                "One shipping method a line, with its typical working days in transit: a "
                "delivery day the shop's file lacks is estimated from the shipping day and "
                "marked as estimated."
            )
        )
        self.transit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.default_transit = QSpinBox(self)
        self.default_transit.setRange(0, 30)
        self.default_transit.setSuffix(self.tr(" working days"))
        form.addRow(self.tr("Transit days per shipping method"), self.transit)
        form.addRow(self.tr("Other shipping methods"), self.default_transit)
        note = QLabel(
            self.tr(
                "Deductions: a withdrawal never has a flat restocking fee. Only diminished "
                "value from handling beyond trying is deducted, per unit, with a written reason "
                "and a supervisor's approval, and never when the customer was not told of the "
                "right of withdrawal, nor on a defect claim."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        form.addRow(note)

        self.order_prefix = QLineEdit(self)
        self.order_prefix.setMaxLength(10)
        self.order_prefix.setPlaceholderText(self.tr("none"))
        self.order_min = QSpinBox(self)
        self.order_max = QSpinBox(self)
        for box in (self.order_min, self.order_max):
            box.setRange(1, 20)
        digits = QHBoxLayout()
        digits.addWidget(self.order_min)
        digits.addWidget(QLabel(self.tr("to"), self))
        digits.addWidget(self.order_max)
        digits.addWidget(QLabel(self.tr("digits"), self), 1)
        order_numbers = QGroupBox(self.tr("Order numbers (how a scan recognises them)"), self)
        form = _wrapping_form(order_numbers)
        form.addRow(self.tr("Prefix"), self.order_prefix)
        form.addRow(self.tr("Length"), digits)
        hint = QLabel(
            self.tr(
                "Keep the range to what the shop's order numbers really are: a longer range "
                "makes carriers' tracking numbers and product codes look like orders."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        form.addRow(hint)

        self.reasons = QListWidget(self)
        self.reasons.setObjectName("returnReasons")
        self.new_reason = QLineEdit(self)
        self.new_reason.setPlaceholderText(self.tr("A new reason, e.g. Wrong colour"))
        self.add_reason = QPushButton(self.tr("Add"), self)
        self.remove_reason = QPushButton(self.tr("Remove"), self)
        self.new_reason.returnPressed.connect(self.add_reason.click)
        reasons = QGroupBox(self.tr("Return reasons (drag to reorder)"), self)
        self.reasons.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        lay = QVBoxLayout(reasons)
        lay.addWidget(self.reasons, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_reason, 1)
        row.addWidget(self.add_reason)
        row.addWidget(self.remove_reason)
        lay.addLayout(row)

        self.readonly_note = QLabel(self.tr("Only an administrator can change these."), self)
        self.readonly_note.setProperty("role", "muted")
        self.save = QPushButton(self.tr("Save shop settings"), self)
        self.message = MessageLine(self)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(shop)
        left.addWidget(address)
        left.addWidget(order_numbers)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(policies)
        right.addWidget(reasons, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.readonly_note)
        bottom.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.editors: list[QWidget] = [
            *self.text.values(),
            self.goodwill,
            self.limit,
            self.delivery,
            self.charge_label,
            self.label_price,
            self.informed,
            self.order_prefix,
            self.order_min,
            self.order_max,
            self.transit,
            self.default_transit,
            self.reasons,
            self.new_reason,
            self.add_reason,
            self.remove_reason,
            self.save,
        ]

    # --- Reading and showing -------------------------------------------------------------

    def reload(self) -> None:
        """Read the shop's settings again."""
        backend = self._ctx.backend
        self._ctx.runner.run_db(lambda: load_settings(backend.uow(readonly=True)), self._on_loaded)

    def _on_loaded(self, settings: ShopSettings | None, error: BaseException | None) -> None:
        if error is not None or settings is None:
            self._show_error(error or RuntimeError("no settings"))
            return
        self.loaded = settings
        for name, edit in self.text.items():
            edit.setText(getattr(settings, name))
        self.goodwill.setValue(settings.goodwill_days)
        self.limit.setValue(float(settings.refund_approval_limit))
        self.delivery.setCurrentIndex(
            max(0, self.delivery.findData(settings.delivery_refund_policy))
        )
        self.charge_label.setChecked(settings.charge_return_label)
        self.label_price.setValue(float(settings.return_label_price))
        self.label_price.setEnabled(settings.charge_return_label and self._may_edit())
        self.informed.setChecked(settings.consumer_informed_default)
        self.order_prefix.setText(settings.order_number_prefix)
        self.order_min.setValue(settings.order_number_min_digits)
        self.order_max.setValue(settings.order_number_max_digits)
        self.transit.setPlainText("\n".join(settings.transit_days))
        self.default_transit.setValue(settings.default_transit_days)
        self.reasons.clear()
        for code in settings.return_reasons:
            self._add_reason_item(code)

    def _add_reason_item(self, code: str) -> None:
        item = QListWidgetItem(name_of(REASONS, code))
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.reasons.addItem(item)

    def reason_codes(self) -> tuple[str, ...]:
        """The return reasons in the order listed."""
        return tuple(
            self.reasons.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.reasons.count())
        )

    def _may_edit(self) -> bool:
        actor = self._ctx.session.actor
        return actor is not None and actor.may("manage_settings")

    def _on_session_changed(self, actor: Actor | None) -> None:
        del actor
        editable = self._may_edit()
        for w in self.editors:
            w.setEnabled(editable)
        self.label_price.setEnabled(editable and self.charge_label.isChecked())
        self.readonly_note.setVisible(not editable)

    # --- Editing --------------------------------------------------------------------------

    def _on_add_reason_clicked(self) -> None:
        text = self.new_reason.text().strip()
        if not text:
            return
        taken = {c.casefold() for c in self.reason_codes()}
        taken |= {name_of(REASONS, c).casefold() for c in self.reason_codes()}
        if text.casefold() in taken:
            self.message.say(self.tr("That reason is in the list already."), Tone.WARN)
            return
        self._add_reason_item(text)
        self.new_reason.clear()

    def _on_remove_reason_clicked(self) -> None:
        for item in self.reasons.selectedItems():
            self.reasons.takeItem(self.reasons.row(item))

    def edited(self) -> dict[str, Any]:
        """Every setting as the fields show it."""
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self.text.items()}
        values["country"] = values["country"].upper()
        values.update(
            goodwill_days=self.goodwill.value(),
            refund_approval_limit=Decimal(f"{self.limit.value():.2f}"),
            delivery_refund_policy=self.delivery.currentData(),
            charge_return_label=self.charge_label.isChecked(),
            return_label_price=Decimal(f"{self.label_price.value():.2f}"),
            consumer_informed_default=self.informed.isChecked(),
            order_number_prefix=self.order_prefix.text().strip(),
            order_number_min_digits=self.order_min.value(),
            order_number_max_digits=self.order_max.value(),
            return_reasons=self.reason_codes(),
            transit_days=self.transit_lines(),
            default_transit_days=self.default_transit.value(),
        )
        return values

    def transit_lines(self) -> tuple[str, ...]:
        """The transit-day lines as typed, blank lines left out."""
        lines = (" ".join(line.split()) for line in self.transit.toPlainText().splitlines())
        return tuple(line for line in lines if line)

    def changes(self) -> dict[str, Any]:
        """The settings whose value differs from what was read."""
        assert self.loaded is not None
        known = {f.name for f in fields(ShopSettings)}
        return {
            k: v for k, v in self.edited().items() if k in known and v != getattr(self.loaded, k)
        }

    def _on_save_clicked(self) -> None:
        if self.loaded is None:
            return
        changes = self.changes()
        if not changes:
            self.message.say(self.tr("Nothing was changed."), Tone.INFO)
            return
        if "shop_name" in changes and not changes["shop_name"]:
            self.message.say(self.tr("The shop needs a name."), Tone.BAD)
            return
        bad = [line for line in changes.get("transit_days", ()) if not is_transit_entry(line)]
        if bad:
            self.message.say(
                self.tr("Write each shipping method as “name = days”: {line}").format(line=bad[0]),
                Tone.BAD,
            )
            return
        if "return_reasons" in changes and not changes["return_reasons"]:
            self.message.say(self.tr("Keep at least one return reason."), Tone.BAD)
            return
        backend, actor = self._ctx.backend, self._ctx.actor
        self._ctx.runner.run_db(
            lambda: save_settings(backend.uow(), actor, **changes), self._on_saved
        )

    def _on_saved(self, settings: ShopSettings | None, error: BaseException | None) -> None:
        if error is not None or settings is None:
            self._show_error(error or RuntimeError("not saved"))
            return
        self._on_loaded(settings, None)  # identifiers come back in their written form
        self.message.say(self.tr("Shop settings saved."), Tone.GOOD)

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.message, self.database_problem, error)


def _euros(parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, 100_000)
    box.setDecimals(2)
    prefix, suffix = currency_affixes(SHOP_CURRENCY)
    box.setPrefix(prefix)
    box.setSuffix(suffix)
    return box


def _wrapping_form(box: QGroupBox) -> QFormLayout:
    """A form whose long labels (in Finnish) go above their field instead of widening it."""
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form
