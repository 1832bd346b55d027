"""The layout of a return's page: a header with its state and deadlines, and tabs of details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import style
from ui.backoffice.common import MessageLine
from ui.backoffice.timeline_panel import TimelinePanel


def table(parent: QWidget, name: str) -> QTableView:
    """A read-only, row-selecting table that sorts by clicking its header."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def value_label(parent: QWidget) -> QLabel:
    """A label for a value people may want to copy."""
    label = QLabel(parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class ReturnPageView(QWidget):
    """Only layout: :class:`ReturnPage` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = QPushButton(self.tr("← Back to the list"), self)
        self.refresh = QPushButton(self.tr("Refresh"), self)
        self.code = QLabel(self)
        self.code.setObjectName("returnCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.set_font(self.code, 3, bold=True)
        self.kind = QLabel(self)
        self.goods = QLabel(self)
        self.money = QLabel(self)
        self.deadline = QLabel(self)
        self.payout = QLabel(self)  # the money of the refund: paying, paid, in doubt, failed
        self.payout.hide()
        self.message = MessageLine(self)
        self.customer = value_label(self)
        self.orders = value_label(self)
        self.dates = value_label(self)
        self.registered = value_label(self)
        self.tracking = value_label(self)
        self.decisions = value_label(self)
        self.tabs = QTabWidget(self)
        self.lines = table(self, "pageLines")
        self.parcels = table(self, "pageParcels")
        self.discrepancies = table(self, "pageDiscrepancies")
        self.parcels.setAccessibleName(self.tr("Parcels"))
        self.discrepancies.setAccessibleName(self.tr("Differences from what was expected"))
        self.inspections = table(self, "pageInspections")
        self.movements = table(self, "pageMovements")
        self.refund_summary = value_label(self)
        self.refund_lines = table(self, "pageRefundLines")
        self.refund_vat = value_label(self)
        self.payout_summary = value_label(self)
        # A supervisor's corrections of the money paid out (shown only where they apply).
        self.bank_returned = QPushButton(self.tr("The bank returned the transfer…"), self)
        self.correct_transaction = QPushButton(self.tr("Correct the transaction id…"), self)
        self.bank_returned.hide()
        self.correct_transaction.hide()
        self.documents = table(self, "pageDocuments")
        self.print_again = QPushButton(self.tr("Print again"), self)
        self.timeline = TimelinePanel(self)
        self._lay_out()

    def _tab(self, *widgets: QWidget, stretch_last: bool = True) -> QWidget:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        for i, w in enumerate(widgets):
            layout.addWidget(w, 1 if stretch_last and i == len(widgets) - 1 else 0)
        return page

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.code)
        for chip in (self.kind, self.goods, self.money, self.payout, self.deadline):
            top.addWidget(chip)
        top.addStretch(1)
        top.addWidget(self.refresh)
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        facts.addRow(self.tr("Customer"), self.customer)
        facts.addRow(self.tr("Orders"), self.orders)
        facts.addRow(self.tr("Dates"), self.dates)
        facts.addRow(self.tr("Registered"), self.registered)
        facts.addRow(self.tr("Return tracking"), self.tracking)
        facts.addRow(self.tr("Decisions"), self.decisions)
        self.parcels_heading = QLabel(self.tr("Parcels"), self)
        self.discrepancies_heading = QLabel(self.tr("Mismatches at check-in"), self)
        for label in (self.parcels_heading, self.discrepancies_heading):
            label.setProperty("role", "heading")
        self.tabs.addTab(self._tab(self.lines), self.tr("Lines"))
        self.tabs.addTab(
            self._tab(
                self.parcels_heading, self.parcels, self.discrepancies_heading, self.discrepancies
            ),
            self.tr("Parcels"),
        )
        self.tabs.addTab(self._tab(self.inspections), self.tr("Inspections"))
        self.tabs.addTab(self._tab(self.movements), self.tr("Stock movements"))
        refund = self._tab(
            self.refund_summary, self.payout_summary, self.refund_vat, self.refund_lines
        )
        corrections = QHBoxLayout()
        corrections.addWidget(self.bank_returned)
        corrections.addWidget(self.correct_transaction)
        corrections.addStretch(1)
        refund.layout().insertLayout(2, corrections)
        self.tabs.addTab(refund, self.tr("Refund"))
        documents = self._tab(self.documents)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_again)
        documents.layout().addLayout(buttons)
        self.tabs.addTab(documents, self.tr("Documents"))
        self.tabs.addTab(self._tab(self.timeline), self.tr("Timeline"))
        self.actions_box = QVBoxLayout()  # the page puts its decision buttons here
        self.actions_box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addLayout(facts, 3)
        head.addLayout(self.actions_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
