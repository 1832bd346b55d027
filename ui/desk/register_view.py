"""The layout of the register-a-return dialog (no logic: see :mod:`ui.desk.register_dialog`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui import style

COL_NAME = 0
COL_SKU = 1
COL_BOUGHT = 2
COL_RETURNED = 3
COL_QTY = 4


class RegisterView(QWidget):
    """Find the order, pick lines and quantities, kind and reason; then the label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _form_page(self) -> QWidget:
        page = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Order number, e-mail, name, phone or tracking number")
        )
        style.set_font(self.search, 1)
        self.find = QPushButton(self.tr("Find"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.find)
        self.hits = QListWidget()
        self.hits.setMaximumHeight(110)
        self.order = QLabel()
        self.order.setWordWrap(True)
        style.set_font(self.order, 1, bold=True)
        self.period = QLabel()
        self.period.setWordWrap(True)
        self.lines = QTableWidget(0, 5)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("SKU"),
                self.tr("Bought"),
                self.tr("Returned before"),
                self.tr("Return now"),
            ]
        )
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_SKU, COL_BOUGHT, COL_RETURNED, COL_QTY):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.lines_hint = QLabel(
            self.tr("Type the number of units to return on each line (Space: all or none).")
        )
        self.lines_hint.setProperty("role", "muted")
        self.kind = QComboBox()
        self.remedy = QComboBox()
        self.reason = QComboBox()
        self.reason_text = QLineEdit()
        self.reason_text.setPlaceholderText(self.tr("The customer's words (optional)"))
        self.override = QLineEdit()
        self.override_hint = QLabel()
        self.override_hint.setProperty("role", "muted")
        self.override_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        self.remedy_label = QLabel(self.tr("Remedy"))
        form.addRow(self.remedy_label, self.remedy)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.reason_text)
        form.addRow(self.tr("Override reason"), self.override)
        form.addRow("", self.override_hint)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(style.tone_sheet(style.Tone.BAD))
        self.problem.hide()
        self.register = QPushButton()
        self.register.setDefault(True)
        style.set_font(self.register, 1, bold=True)
        self.cancel = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.register)
        layout = QVBoxLayout(page)
        layout.addLayout(search_row)
        layout.addWidget(self.hits)
        layout.addWidget(self.order)
        layout.addWidget(self.period)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.lines_hint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_title = QLabel()
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_font(self.done_title, 3, bold=True)
        self.done_code = QLabel()
        self.done_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.set_font(self.done_code, 5, bold=True)
        self.done_detail = QLabel()
        self.done_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_detail.setWordWrap(True)
        self.print_label = QPushButton()
        self.save_label = QPushButton()
        self.preview_label = QPushButton(self.tr("Preview"))
        self.done_close = QPushButton(self.tr("Close"))
        for button in (self.print_label, self.save_label, self.preview_label, self.done_close):
            style.set_font(button, 1)
        self.print_status = QLabel()
        self.print_status.setWordWrap(True)
        self.print_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_label)
        buttons.addWidget(self.save_label)
        buttons.addWidget(self.preview_label)
        buttons.addWidget(self.done_close)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_code)
        layout.addWidget(self.done_detail)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addWidget(self.print_status)
        layout.addStretch(2)
        return page
