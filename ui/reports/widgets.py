"""Small views of the Reports area: the strip of key figures and a read-only data table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from returns_app.documents.formatting import day
from ui.money import SHOP_CURRENCY, locale_for, money
from ui.reports.export import TableData


class KpiStrip(QWidget):
    """The period's key figures in a row of boxes; ``values[key]`` is each figure's label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)  # four to a row: seven boxes in one row overflow 1366 px
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (key, caption) in enumerate(
            (
                ("returns", self.tr("Returns")),
                ("units", self.tr("Units")),
                ("refunded", self.tr("Refunded")),
                ("on_time", self.tr("Refunds on time")),
                ("overdue", self.tr("Unpaid past due day")),
                ("recovered", self.tr("Value recovered")),
                ("written_off", self.tr("Written off")),
            )
        ):
            grid.addWidget(self._box(key, caption), i // 4, i % 4)
        for col in range(4):
            grid.setColumnStretch(col, 1)

    def _box(self, key: str, caption: str) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        value = QLabel("–", frame)
        value.setObjectName(f"kpi_{key}")
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        value.setFont(font)
        title = QLabel(caption, frame)
        title.setWordWrap(True)
        box = QVBoxLayout(frame)
        box.setContentsMargins(8, 4, 8, 4)
        box.addWidget(title)
        box.addWidget(value)
        self.values[key] = value
        return frame


class DataTable(QTableWidget):
    """A read-only, sortable table of :class:`TableData` (dates and money as people read
    them; numbers sort as numbers)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)

    def show_table(self, table: TableData) -> None:
        """Show ``table``'s rows."""
        self.setSortingEnabled(False)
        self.clear()
        self.setColumnCount(len(table.headers))
        self.setHorizontalHeaderLabels(list(table.headers))
        self.setRowCount(len(table.rows))
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem()
                if isinstance(value, int):
                    item.setData(Qt.ItemDataRole.DisplayRole, value)
                else:
                    item.setText(self.display(value))
                if isinstance(value, int | Decimal):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(r, c, item)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setSortingEnabled(True)

    def display(self, value: object) -> str:
        """A cell as text: ``26.9.2026``/``26 Sep 2026``, 189 euros as the language writes
        them (:mod:`ui.money`), ``–``."""
        if value is None:
            return "–"
        if isinstance(value, date):
            return day(value, self.lang)
        if isinstance(value, Decimal):
            return money(value, SHOP_CURRENCY, locale_for(self.lang))
        return str(value)
