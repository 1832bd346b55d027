"""The layout of the returns list: the search, the filters, the table and its count."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.states import GOODS_NAMES, MONEY_NAMES
from ui import style
from ui.backoffice.common import KINDS, MessageLine, goods_name, heading, money_name, name_of

NO_DATE = QDate(2000, 1, 1)  # the minimum of a date field stands for "no limit"
ANY = ""
OPEN = "open"


def date_edit(parent: QWidget, tip: str) -> QDateEdit:
    """A date field whose minimum (shown as "—") means no limit."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    edit.setToolTip(tip)
    return edit


class ReturnsListView(QWidget):
    """Only layout: :class:`ReturnsListWidget` fills the choices and reacts to them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Returns"), self)
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.search = QLineEdit(self)
        self.search.setObjectName("returnsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search: return code, order number, customer, e-mail, phone or tracking")
        )
        style.set_font(self.search, 1)
        self.clear = QPushButton(self.tr("Clear filters"), self)
        self.refresh = QPushButton(self.tr("Refresh"), self)
        self.goods = QComboBox(self)
        self.goods.addItem(self.tr("All goods states"), ANY)
        self.goods.addItem(self.tr("Open (not closed or rejected)"), OPEN)
        for state in GOODS_NAMES:
            self.goods.addItem(goods_name(state), state)
        self.money = QComboBox(self)
        self.money.addItem(self.tr("All money states"), ANY)
        for state in MONEY_NAMES:
            self.money.addItem(money_name(state), state)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), ANY)
        for kind in KINDS:
            self.kind.addItem(name_of(KINDS, kind), kind)
        self.reason = QComboBox(self)
        self.reason.addItem(self.tr("All reasons"), ANY)
        self.station = QComboBox(self)
        self.station.addItem(self.tr("All stations"), ANY)
        self.due = QComboBox(self)
        self.due.addItem(self.tr("Any refund deadline"), ANY)
        self.due.addItem(self.tr("Refund overdue"), "overdue")
        self.due.addItem(self.tr("Refund due within 2 days"), "due_soon")
        self.date_from = date_edit(self, self.tr("Registered on or after"))
        self.date_to = date_edit(self, self.tr("Registered on or before"))
        self.table = QTableView(self)
        self.table.setObjectName("returnsTable")
        self.table.setAccessibleName(self.tr("Returns"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures rows it has not drawn.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.message = MessageLine(self)
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        search = QHBoxLayout()
        search.addWidget(self.search, 1)
        search.addWidget(self.refresh)
        search.addWidget(self.clear)
        filters = QGridLayout()
        labels = (
            (self.tr("Goods"), self.goods),
            (self.tr("Money"), self.money),
            (self.tr("Kind"), self.kind),
            (self.tr("Reason"), self.reason),
            (self.tr("Station"), self.station),
            (self.tr("Deadline"), self.due),
            (self.tr("From"), self.date_from),
            (self.tr("To"), self.date_to),
        )
        for _text, field in labels:
            if isinstance(field, QComboBox):
                # Long Finnish state names must not widen the window: the list opens wide.
                field.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                field.setMinimumContentsLength(12)
                field.view().setMinimumWidth(field.view().sizeHintForColumn(0) + 24)
        for i, (text, field) in enumerate(labels):
            label = QLabel(text, self)
            label.setBuddy(field)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            filters.addWidget(label, i // 4, (i % 4) * 2)
            filters.addWidget(field, i // 4, (i % 4) * 2 + 1)
            filters.setColumnStretch((i % 4) * 2 + 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(search)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
