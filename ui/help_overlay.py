"""The F1 help: every shortcut, generated from the same tables the shortcuts are built from."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import style
from ui.shell import KeyGroup

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override


class HelpOverlay(QWidget):
    """A dimmed layer over its parent listing the key groups in columns; F1 or Esc closes it.

    It follows its parent's size and is hidden until :meth:`toggle`.

    Signals:
        None.
    """

    COLUMNS = 4

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self._card = QFrame(self)
        self._card.setObjectName("helpCard")
        self._card.setStyleSheet(
            "QFrame#helpCard { background: palette(base); border-radius: 10px; }"
            " QLabel { background: transparent; color: palette(text); }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        scroll.setWidget(self._card)
        outer.addWidget(scroll)
        self._layout = QVBoxLayout(self._card)
        self._layout.setContentsMargins(20, 12, 20, 12)
        self.title = QLabel(self.tr("Keyboard shortcuts"))
        style.set_font(self.title, 1, bold=True)
        self.hint = QLabel(self.tr("F1 or Esc closes this help."))
        self.hint.setProperty("role", "muted")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(0)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.hint)
        self._layout.addLayout(self._grid)
        self._layout.addStretch(1)
        self.rows: list[tuple[str, str]] = []
        self._groups: list[KeyGroup] = []
        self.hide()
        parent.installEventFilter(self)

    def set_groups(self, groups: Sequence[KeyGroup]) -> None:
        """List ``groups`` in balanced columns (called again whenever the areas change).

        The labels are made when the help is shown (it lays them out for the window's width
        then anyway), not while the window is built at start.
        """
        self._groups = list(groups)
        if self.isVisible():
            self._build_groups()

    def _build_groups(self) -> None:
        groups = self._groups
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone now, deleted when the event loop gets to it
                item.widget().deleteLater()
        self.rows = []
        count = self._column_count()
        columns = [QVBoxLayout() for _ in range(count)]
        heights = [0] * count
        for group in (g for g in groups if g.bindings):
            column = heights.index(min(heights))
            columns[column].addWidget(self._group_widget(group))
            heights[column] += len(group.bindings) + 2
        for i, column in enumerate(columns):
            column.setSpacing(14)
            column.addStretch(1)
            holder = QWidget()
            holder.setLayout(column)
            column.setContentsMargins(0, 0, 0, 0)
            self._grid.addWidget(holder, 0, i)
            self._grid.setColumnStretch(i, 1)

    def _column_count(self) -> int:
        width = self.parentWidget().width()
        return max(2, min(self.COLUMNS, width // style.scaled(420)))

    def _group_widget(self, group: KeyGroup) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        heading = QLabel(group.heading())
        heading.setWordWrap(True)
        style.set_font(heading, 1, bold=True)
        grid.addWidget(heading, 0, 0, 1, 2)
        for row, binding in enumerate(group.bindings, start=1):
            keys = QLabel(binding.keys_text())
            style.set_font(keys, 0, bold=True)
            keys.setStyleSheet(
                "QLabel { background: palette(button); color: palette(button-text);"
                " border: 1px solid palette(mid); border-radius: 4px;"
                " padding: 1px 6px; font-weight: bold; }"
            )
            keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(binding.label())
            text.setWordWrap(True)
            style.set_font(text, 0)
            grid.addWidget(keys, row, 0, Qt.AlignmentFlag.AlignTop)
            keys.setMinimumWidth(max(70, keys.sizeHint().width()))
            grid.addWidget(text, row, 1)
            self.rows.append((binding.keys_text(), binding.label()))
        grid.setColumnStretch(1, 1)
        return box

    def toggle(self) -> None:
        """Show the help, or hide it when shown."""
        if self.isVisible():
            self.close_help()
        else:
            self.setGeometry(self.parentWidget().rect())
            self._build_groups()  # as many columns as fit the window now
            self.raise_()
            self.show()
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_help(self) -> None:
        """Hide the help and give the focus back to the window's default place."""
        self.hide()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.close_help()
            event.accept()
            return
        super().keyPressEvent(event)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 24, 30, 190))
        painter.end()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
