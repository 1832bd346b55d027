"""A return's timeline as a panel of its own: one sentence a row, filtered by what it is about
(all, goods, money, decisions). The return page hands it the entries it read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from returns_app.services.timeline import DECISION, GOODS, MONEY, TimelineEntry
from ui.backoffice.common import SORT_ROLE, EmptyHint
from ui.backoffice.return_models import KIND_ROLE, TimelineModel


class TimelinePanel(QWidget):
    """The filter buttons over the timeline's table.

    Signals:
        kind_changed(str): the filter changed ("" for everything, else a kind).
    """

    kind_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(KIND_ROLE)
        self.proxy.setFilterKeyColumn(TimelineModel.COL_AT)
        self.table = QTableView(self)
        self.table.setObjectName("pageTimeline")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the story's order at first
        self._empty = EmptyHint(self.table, "")
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        self._kinds: dict[QPushButton, str] = {}
        show = QLabel(self.tr("Show:"), self)
        bar = QHBoxLayout()
        bar.addWidget(show)
        for kind, text, name in (
            ("", self.tr("All"), "timelineAll"),
            (GOODS, self.tr("Goods"), "timelineGoods"),
            (MONEY, self.tr("Money"), "timelineMoney"),
            (DECISION, self.tr("Decisions"), "timelineDecisions"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setCheckable(True)
            button.setChecked(not kind)
            self.buttons.addButton(button)
            self._kinds[button] = kind
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.buttons.buttonClicked.connect(self._on_buttons_clicked)
        self._show_count()

    def set_entries(self, entries: Sequence[TimelineEntry], today: date | None = None) -> None:
        """Show ``entries`` (oldest first); moments of ``today``'s year are shown without it."""
        self.model.this_year = today.year if today else None
        self.model.set_rows(entries)
        self.table.resizeColumnToContents(TimelineModel.COL_AT)
        self._show_count()

    def kind(self) -> str:
        """The kind shown ("" for everything)."""
        button = self.buttons.checkedButton()
        return self._kinds.get(button, "") if button else ""

    def set_kind(self, kind: str) -> None:
        """Show only entries of ``kind`` ("" for everything)."""
        for button, k in self._kinds.items():
            if k == kind:
                button.setChecked(True)
        self._apply(kind)

    def sentences(self) -> list[str]:
        """The rows shown, as they read (in the order shown)."""
        return [
            f"{self.proxy.index(r, 0).data()} {self.proxy.index(r, 1).data()}"
            for r in range(self.proxy.rowCount())
        ]

    def _on_buttons_clicked(self, button: QPushButton) -> None:
        self._apply(self._kinds.get(button, ""))

    def _apply(self, kind: str) -> None:
        pattern = f"^{QRegularExpression.escape(kind)}$" if kind else ""
        self.proxy.setFilterRegularExpression(pattern)
        self._show_count()
        self.kind_changed.emit(kind)

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self._empty.set_text(self.tr("Nothing has been recorded about this return yet."))
        else:
            self._empty.set_text(self.tr("Nothing of this kind has happened to this return."))
        self.count.setText(
            self.tr("{shown} of {total} entries").format(shown=shown, total=total)
            if shown != total
            else ""
        )
