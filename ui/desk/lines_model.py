"""The table of a return's lines: what was announced, what came, what is graded, what is missing."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services.dto import InspectionDTO, ReturnDTO, ReturnLineDTO
from ui.backoffice.common import place
from ui.style import TONES, Tone

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

COL_PRODUCT = 0  # the name, and the SKU on a second line
COL_ANNOUNCED = 1
COL_RECEIVED = 2
COL_INSPECTED = 3
COL_EXPECTED = 4
COL_DECISIONS = 5
COLUMNS = 6

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_HEADERS = (
    QT_TRANSLATE_NOOP("ReturnLinesModel", "Product"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "Announced"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "Received"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "Inspected"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "Still expected"),
    QT_TRANSLATE_NOOP("ReturnLinesModel", "Graded"),
)
_NUMERIC = (COL_ANNOUNCED, COL_RECEIVED, COL_INSPECTED, COL_EXPECTED)

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReturnLinesModel", text)


def _wrap(header: str) -> str:
    """Two lines for a long header, so number columns stay narrow ("Still\nexpected")."""
    if len(header) <= 10 or " " not in header:
        return header
    middle = len(header) // 2
    spaces = [i for i, ch in enumerate(header) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return header[:cut] + "\n" + header[cut + 1 :]


class ReturnLinesModel(QAbstractTableModel):
    """One row per return line; :data:`ROW_ROLE` gives the :class:`ReturnLineDTO`.

    Signals:
        None beyond QAbstractTableModel's.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: tuple[ReturnLineDTO, ...] = ()
        self._decisions: dict[int, list[InspectionDTO]] = {}

    def set_return(self, ret: ReturnDTO | None) -> None:
        """Show the lines of ``ret`` (or none)."""
        self.beginResetModel()
        self._lines = ret.lines if ret is not None else ()
        self._decisions = {}
        for ins in ret.inspections if ret is not None else ():
            self._decisions.setdefault(ins.return_line_id, []).append(ins)
        self.endResetModel()

    def line(self, row: int) -> ReturnLineDTO:
        """The line shown in ``row``."""
        return self._lines[row]

    def row_of(self, line_id: int) -> int:
        """The row of the line with ``line_id`` (-1 when not shown)."""
        return next((i for i, l in enumerate(self._lines) if l.id == line_id), -1)

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < COLUMNS:
                return _wrap(_tr(_HEADERS[section]))
        return None

    def _value(self, line: ReturnLineDTO, column: int) -> Any:
        if column == COL_PRODUCT:
            return line.name
        if column == COL_ANNOUNCED:
            return line.qty_announced
        if column == COL_RECEIVED:
            return line.qty_received
        if column == COL_INSPECTED:
            return len(line.inspected_units)
        if column == COL_EXPECTED:
            return line.qty_to_receive
        return self._decision_text(line)

    def _decision_text(self, line: ReturnLineDTO) -> str:
        counts: dict[tuple[str, str], int] = {}
        for ins in self._decisions.get(line.id, []):
            key = (ins.grade, place(ins.location_name) or ins.location_code)
            counts[key] = counts.get(key, 0) + 1
        return ", ".join(
            f"{grade} → {location}" + (f" ×{n}" if n > 1 else "")
            for (grade, location), n in sorted(counts.items())
        )

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_PRODUCT:
                return f"{line.name}\n{line.sku}"
            return str(self._value(line, column))
        if role == SORT_ROLE:
            return self._value(line, column)
        if role == ROW_ROLE:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            tone = self._tone(line, column)
            if tone is None:
                return None
            colours = TONES[tone]
            colour = colours.background if role == Qt.ItemDataRole.BackgroundRole else colours.text
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_PRODUCT:
            return line.reason_text or None
        return None

    @staticmethod
    def _tone(line: ReturnLineDTO, column: int) -> Tone | None:
        if column == COL_EXPECTED and line.qty_to_receive > 0:
            return Tone.WARN
        if column == COL_INSPECTED and line.qty_received > 0:
            return Tone.GOOD if line.qty_to_inspect == 0 else Tone.INFO
        return None
