"""The receiving desk's layout (no logic: :mod:`ui.desk.desk` wires and fills it).

Top: the scan field and the big feedback banner. Middle: the return (or the offer for an
unknown code, or the refund panel). Right: the inspection panel and the refund so far.
Everything reads from a step away at 1366x768.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import style
from ui.desk.inspection_panel import InspectionPanel
from ui.desk.lines_model import COL_PRODUCT, ReturnLinesModel
from ui.scan_feedback import ScanFeedback
from ui.scan_input import ScanField

PAGE_EMPTY = 0
PAGE_RETURN = 1
PAGE_OFFER = 2
PAGE_REFUND = 3


def _label(step: int = 0, *, bold: bool = False, muted: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    style.set_font(label, step, bold=bold)
    label.setWordWrap(wrap)
    if muted:
        label.setProperty("role", "muted")
    return label


class DeskView(QWidget):
    """Builds the desk's widgets; the controller owns the logic."""

    def __init__(self, parent: QWidget | None = None, *, beep=None) -> None:
        super().__init__(parent)
        self.scan_field = ScanField(self, point_size=style.point_size(3))
        self.scan_field.setMinimumHeight(style.scaled(56))
        self.scan_hint = _label(muted=True)
        self.busy = _label(muted=True)
        self.retry = QPushButton(self)  # the scans kept when the database did not answer
        self.retry.hide()
        self.feedback = ScanFeedback(self, beep=beep, title_point_size=style.point_size(3))
        self.feedback.setMinimumHeight(style.scaled(110))
        scan_column = QVBoxLayout()
        scan_column.addWidget(self.scan_field)
        scan_column.addWidget(self.scan_hint)
        scan_column.addWidget(self.busy)
        scan_column.addWidget(self.retry)
        scan_column.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(scan_column, 2)
        top.addWidget(self.feedback, 3)

        self.notice = QFrame()
        self.notice.setObjectName("printNotice")
        self.notice.setStyleSheet(
            f"QFrame#printNotice {{ background: {style.TONES[style.Tone.WARN].background};"
            " border-radius: 6px; }"
            f" QFrame#printNotice QLabel {{ color: {style.TONES[style.Tone.WARN].text}; }}"
        )
        self.notice_text = _label(bold=True)
        self.notice_save = QPushButton()
        self.notice_preview = QPushButton(self.tr("Preview"))
        self.notice_hide = QPushButton(self.tr("Hide"))
        for button in (self.notice_save, self.notice_preview, self.notice_hide):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(12, 6, 12, 6)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.notice_save)
        notice_row.addWidget(self.notice_preview)
        notice_row.addWidget(self.notice_hide)
        self.notice.hide()

        self.pages = QStackedWidget()
        self.pages.addWidget(self._empty_page())
        self.pages.addWidget(self._return_page())
        self.pages.addWidget(self._offer_page())
        self.refund_page = QWidget()
        self.refund_layout = QVBoxLayout(self.refund_page)
        self.refund_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.refund_page)

        self.inspection = InspectionPanel()
        self.refund_summary = _label(1, bold=True)
        self.refund_hint = _label(muted=True)
        refund_box = QFrame()
        refund_box.setObjectName("refundBox")
        refund_box.setStyleSheet(
            "QFrame#refundBox { border: 2px solid #c9ced6; border-radius: 8px; }"
        )
        refund_layout = QVBoxLayout(refund_box)
        refund_layout.addWidget(self.refund_summary)
        refund_layout.addWidget(self.refund_hint)
        self.last_document = _label(muted=True)
        side = QVBoxLayout()
        side.addWidget(self.inspection)
        side.addWidget(refund_box)
        side.addWidget(self.last_document)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(style.scaled(470))
        side.setContentsMargins(0, 0, 0, 0)

        body = QHBoxLayout()
        body.addWidget(self.pages, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

    def _empty_page(self) -> QWidget:
        page = QWidget()
        self.empty_title = _label(3, bold=True)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_detail = _label(1, muted=True)
        self.empty_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_detail)
        layout.addStretch(2)
        return page

    def _return_page(self) -> QWidget:
        page = QWidget()
        self.code = _label(4, bold=True, wrap=False)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QLabel()
        self.goods_state = QLabel()
        self.money_state = QLabel()
        # The code on a row of its own and the states under it: in Finnish the three state
        # chips beside a large code needed more than a 1366 px screen.
        chips = QVBoxLayout()
        chips.addWidget(self.code)
        states = QHBoxLayout()
        states.addWidget(self.kind)
        states.addWidget(self.goods_state)
        states.addWidget(self.money_state)
        states.addStretch(1)
        chips.addLayout(states)
        self.customer = _label(1)
        self.deadlines = _label(1, bold=True)
        self.goods_deadline = _label()
        self.notes = _label(muted=True)
        self.lines_model = ReturnLinesModel(self)
        self.lines = QTableView()
        self.lines.setModel(self.lines_model)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setAlternatingRowColors(True)
        self.lines.verticalHeader().hide()
        self.lines.verticalHeader().setDefaultSectionSize(
            self.lines.fontMetrics().lineSpacing() * 2 + style.scaled(12)
        )
        self.lines.setWordWrap(False)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.mismatches = _label(bold=True)
        self.mismatches.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chips)
        layout.addWidget(self.customer)
        layout.addWidget(self.deadlines)
        layout.addWidget(self.goods_deadline)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.mismatches)
        layout.addWidget(self.notes)
        return page

    def _offer_page(self) -> QWidget:
        page = QWidget()
        self.offer_title = _label(3, bold=True)
        self.offer_detail = _label(1)
        self.offer_register = QPushButton()
        style.set_font(self.offer_register, 1, bold=True)
        self.offer_register.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.offer_queue = QPushButton()
        style.set_font(self.offer_queue, 1)
        self.offer_queue.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.offer_register)
        buttons.addWidget(self.offer_queue)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.offer_title)
        layout.addWidget(self.offer_detail)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page
