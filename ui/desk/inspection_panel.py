"""Grading one unit with two keys: the grade (A-D or 1-4), then where it goes (R/B/Q/S/V).

The panel takes single keys only while it has the focus; the scan router has already decided
that such a key is typing, not part of a scanner's burst. Enter takes the suggested place for
the grade, Backspace goes back to the grade, U marks a hygiene seal as opened.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.eligibility import exception_applies_at_inspection
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services.dto import ReturnLineDTO
from ui import style
from ui.desk.keys import DISPOSITION_KEYS, GRADE_KEYS, inspection_action

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

GRADES = ("A", "B", "C", "D")
DISPOSITIONS = ("restock", "b_stock", "quarantine", "scrap", "supplier", "hold")
SUGGESTED = {"A": "restock", "B": "b_stock", "C": "quarantine", "D": "scrap"}
DISPOSITION_NAMES = {
    "restock": QT_TRANSLATE_NOOP("InspectionPanel", "Restock"),
    "b_stock": QT_TRANSLATE_NOOP("InspectionPanel", "B-stock"),
    "quarantine": QT_TRANSLATE_NOOP("InspectionPanel", "Quarantine"),
    "scrap": QT_TRANSLATE_NOOP("InspectionPanel", "Scrap"),
    "supplier": QT_TRANSLATE_NOOP("InspectionPanel", "Supplier"),
    "hold": QT_TRANSLATE_NOOP("InspectionPanel", "Hold for customer"),
}


def disposition_name(code: str) -> str:
    """The translated name of a disposition."""
    return QCoreApplication.translate("InspectionPanel", DISPOSITION_NAMES.get(code, code))


class _KeyButton(QPushButton):
    """A big button showing its key large and its meaning small; it never takes the focus."""

    def __init__(self, key: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCheckable(True)
        self.setMinimumHeight(style.scaled(60))
        self.key_label = QLabel(key)
        style.set_font(self.key_label, 2, bold=True)
        self.text_label = QLabel(text)
        style.set_font(self.text_label, -1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 4)
        layout.setSpacing(0)
        for label in (self.key_label, self.text_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.toggled.connect(self._on_toggled)
        self._paint()

    def _on_toggled(self, checked: bool) -> None:
        del checked
        self._paint()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.EnabledChange:
            self._paint()

    def _paint(self) -> None:
        if self.isChecked():
            colour = "#ffffff"
        else:
            colour = style.ink(disabled=not self.isEnabled())
        for label in (self.key_label, self.text_label):
            label.setStyleSheet(f"QLabel {{ color: {colour}; background: transparent; }}")


class InspectionPanel(QFrame):
    """Chooses grade and disposition of the unit shown, from the keyboard or by clicking.

    Signals:
        decided(str, str, bool): grade, disposition and whether a seal was opened.
    """

    decided = Signal(str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("active", "false")
        self.setStyleSheet(
            f"QPushButton:checked {{ background: {style.ACCENT}; color: #ffffff;"
            " border: 2px solid #0d3a6e; border-radius: 4px; }"
        )
        self._line: ReturnLineDTO | None = None
        self._withdrawal = True  # a defect claim refunds even an excepted item
        self._grade: str | None = None
        self._busy = False
        self.heading = QLabel(self.tr("Inspect"))
        style.set_font(self.heading, 1, bold=True)
        self.unit = QLabel()
        self.unit.setWordWrap(True)
        style.set_font(self.unit, 1)
        self.unit.setMinimumHeight(self.unit.fontMetrics().lineSpacing() * 2 + 4)
        self.unit.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.step = QLabel()
        self.step.setProperty("role", "muted")
        self.step.setWordWrap(True)
        self.step.setMinimumHeight(self.step.fontMetrics().lineSpacing() * 2 + 4)
        self.step.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.grade_buttons: dict[str, _KeyButton] = {}
        grades = QGridLayout()
        for i, binding in enumerate(GRADE_KEYS.bindings):
            grade = binding.action.split(":")[1]
            button = _KeyButton(" ".join(binding.keys), binding.label().split(": ", 1)[-1])
            button.clicked.connect(lambda _=False, g=grade: self.choose_grade(g))
            grades.addWidget(button, 0, i)
            self.grade_buttons[grade] = button
        self.disposition_buttons: dict[str, _KeyButton] = {}
        places = QGridLayout()
        for i, binding in enumerate(b for b in DISPOSITION_KEYS.bindings if ":" in b.action):
            code = binding.action.split(":")[1]
            button = _KeyButton(binding.keys_text(), disposition_name(code))
            button.clicked.connect(lambda _=False, c=code: self.choose_disposition(c))
            places.addWidget(button, i // 3, i % 3)
            self.disposition_buttons[code] = button
        self.unsealed = QCheckBox(self.tr("U: hygiene seal opened"))
        self.unsealed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unsealed.toggled.connect(lambda _on: self._refresh())
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.unsealed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.unit)
        layout.addWidget(self.step)
        layout.addLayout(grades)
        layout.addLayout(places)
        self.set_line(None)

    @property
    def line(self) -> ReturnLineDTO | None:
        """The line whose next unit is being graded."""
        return self._line

    @property
    def grade(self) -> str | None:
        """The grade chosen for the unit (None before the first key)."""
        return self._grade

    def set_line(self, line: ReturnLineDTO | None, *, withdrawal: bool = True) -> None:
        """Inspect the next unit of ``line`` (None: nothing waits for grading).

        ``withdrawal`` is False for a defect claim, where an art. 16 exception never applies.
        """
        self._line = line
        self._withdrawal = withdrawal
        self._grade = None
        self.unsealed.setChecked(False)
        if line is None or line.qty_to_inspect <= 0:
            self._line = None
            self.unit.setText(self.tr("Nothing to grade. Scan an item to check it in."))
        else:
            unit_no = len(line.inspected_units) + 1
            self.unit.setText(
                self.tr("{name}: unit {n} of {received} received").format(
                    name=line.name, n=unit_no, received=line.qty_received
                )
            )
        self._refresh()

    def set_busy(self, busy: bool) -> None:
        """While a decision is being saved, keys are ignored (no double grading)."""
        self._busy = busy
        self._refresh()

    def choose_grade(self, grade: str) -> None:
        """Take ``grade`` and go on to the disposition."""
        if self._line is None or self._busy:
            return
        self._grade = grade
        self._refresh()

    def choose_disposition(self, disposition: str) -> None:
        """Decide the unit (after a grade) and emit :attr:`decided`."""
        if self._line is None or self._grade is None or self._busy:
            return
        self.decided.emit(self._grade, disposition, self.unsealed.isChecked())

    def back(self) -> None:
        """Forget the grade chosen."""
        self._grade = None
        self._refresh()

    def _refresh(self) -> None:
        ready = self._line is not None and not self._busy
        for grade, button in self.grade_buttons.items():
            button.setEnabled(ready)
            button.setChecked(grade == self._grade)
        suggested = self.suggested()
        for code, button in self.disposition_buttons.items():
            button.setEnabled(ready and self._grade is not None)
            button.setChecked(code == suggested)
        if self._line is None:
            self.step.setText("")
        elif self._grade is None:
            self.step.setText(self.tr("1. Grade: press A, B, C or D (or 1-4)."))
        elif self.not_refunded():
            self.step.setText(
                self.tr(
                    "Not refunded (an exception to the right of withdrawal applies), so not "
                    "for sale: Enter holds it to be sent back to the customer (H); Q puts it "
                    "in quarantine."
                )
            )
        else:
            self.step.setText(
                self.tr(
                    "2. Where does it go? Press its letter. Enter takes {suggested}, "
                    "Backspace changes the grade."
                ).format(suggested=disposition_name(suggested or "restock"))
            )

    def not_refunded(self) -> bool:
        """Whether the unit being graded is excluded from the refund (art. 16)."""
        line = self._line
        if line is None or not self._withdrawal or not line.exception_category:
            return False
        try:
            return exception_applies_at_inspection(
                line.exception_category, self.unsealed.isChecked()
            )
        except ValueError:
            return False

    def suggested(self) -> str | None:
        """The place Enter takes: held for the customer when the unit is not refunded."""
        if self._grade is None:
            return None
        return "hold" if self.not_refunded() else SUGGESTED.get(self._grade)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._grade is not None:
            self.choose_disposition(self.suggested() or SUGGESTED[self._grade])
            event.accept()
            return
        if key == Qt.Key.Key_Backspace:
            self.back()
            event.accept()
            return
        step = "grade" if self._grade is None else "disposition"
        action = inspection_action(event.text(), step) if event.text() else None
        if action is None and step == "disposition" and event.text():
            action = inspection_action(event.text(), "grade")  # A, C, D, 1-4 change the grade
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        if action == "unsealed":
            self.unsealed.toggle()
        elif action.startswith("grade:"):
            self.choose_grade(action.split(":")[1])
        elif action.startswith("disposition:"):
            self.choose_disposition(action.split(":")[1])

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        self._set_active(True)
        super().focusInEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._set_active(False)
        super().focusOutEvent(event)

    def _set_active(self, active: bool) -> None:
        self.setProperty("active", "true" if active else "false")
        self.style().unpolish(self)
        self.style().polish(self)
