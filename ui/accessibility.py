"""What screen readers hear: announcements of the desk's results, names for every control.

:func:`announce` sends a :class:`QAccessibleAnnouncementEvent` (Qt 6.8+): a screen reader
reads it at once (errors interrupt, other news wait for a pause), whatever has the focus, so
a clerk who cannot see the banner still hears "Return code: R 1234 5670" or "Not valid".

:func:`name_controls` gives every input under a widget that has no accessible name one made
of what a sighted person reads next to it: its form label, its placeholder text or its
tooltip (all already translated). Controls with nothing of the kind get an explicit
``setAccessibleName`` where they are built.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CONTROLS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have screen readers say ``text`` (``urgent``: interrupting what they are saying)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget`` (its own, its text or its buddy's)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _plain(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":").strip()


def name_controls(root: QWidget) -> None:
    """Name every unnamed input under ``root`` after its form label, placeholder or tooltip."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            text = _plain(label.widget().text())
            target = field.widget()
            if not text or target is None:
                continue
            inside = [target, *target.findChildren(QWidget)]
            controls = [w for w in inside if isinstance(w, CONTROLS) and not w.accessibleName()]
            if len(controls) == 1:
                controls[0].setAccessibleName(text)
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            views = [
                v
                for v in tabs.widget(index).findChildren(QAbstractItemView)
                if not isinstance(v, QHeaderView) and v.window() is tabs.window()  # no popups
            ]
            if len(views) == 1 and not views[0].accessibleName():
                views[0].setAccessibleName(_plain(tabs.tabText(index)))
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.accessibleName():
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: the box has the name
        hint = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
        hint = hint or widget.toolTip()
        if hint and not accessible_name(widget):
            widget.setAccessibleName(_plain(hint))
