"""The big coloured banner that tells the clerk, from a step away, how the last scan went."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from returns_app.i18n import Message
from returns_app.scanning import Kind, ScanResult, format_return_code_for_people, kind_label
from ui import style
from ui.accessibility import announce


class FeedbackState(StrEnum):
    """How a scan went: each state has its own colour."""

    IDLE = "idle"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


# Background and text colours; the pairs keep a contrast ratio above 4.5:1.
_COLOURS = {
    FeedbackState.IDLE: ("palette(window)", "palette(window-text)"),
    FeedbackState.SUCCESS: ("#1b7a34", "#ffffff"),
    FeedbackState.WARNING: ("#f5b800", "#1a1a1a"),
    FeedbackState.ERROR: ("#c0262d", "#ffffff"),
}


def qt_translate(context: str, text: str) -> str:
    """Translate a :class:`~returns_app.i18n.Message` template with the installed Qt catalogue."""
    return QCoreApplication.translate(context, text)


def render(message: Message) -> str:
    """Return ``message`` in the language of the running application."""
    return message.render(translator=qt_translate)


class ScanFeedback(QFrame):
    """Shows the last scan: green when valid, amber with warnings, red when not valid.

    Each result also sounds (success, warning, error), since the clerk's eyes are often on
    the parcel; ``beep(kind)`` plays it.

    Signals:
        None.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        beep: Callable[[str], None] | None = None,
        title_point_size: int = 30,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanFeedback")
        self._beep = beep or (lambda kind: None)
        self._state = FeedbackState.IDLE
        self._title = QLabel(self)
        self._title.setObjectName("scanFeedbackTitle")
        self._title.setWordWrap(True)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self.font())
        title_font.setPointSize(title_point_size)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._detail = QLabel(self)
        self._detail.setObjectName("scanFeedbackDetail")
        self._detail.setWordWrap(True)
        self._detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail_font = QFont(self.font())
        detail_font.setPointSize(max(title_point_size // 2, 10))
        self._detail.setFont(detail_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self._title)
        layout.addWidget(self._detail)
        self.setMinimumHeight(140)
        self.setAccessibleName(self.tr("Scan result"))
        self.show_message(FeedbackState.IDLE, self.tr("Ready to scan"))

    @property
    def state(self) -> FeedbackState:
        return self._state

    def title_text(self) -> str:
        return self._title.text()

    def detail_text(self) -> str:
        return self._detail.text()

    def show_message(self, state: FeedbackState, title: str, detail: str = "") -> None:
        """Show ``title`` (big) and ``detail`` in the colours of ``state``, with its sound."""
        self._state = FeedbackState(state)
        self._title.setText(title)
        self._detail.setText(detail)
        self._detail.setVisible(bool(detail))
        background, foreground = _COLOURS[self._state]
        style.set_sheet(
            self,
            f"QFrame#scanFeedback {{ background: {background}; border-radius: 8px; }}"
            f" QFrame#scanFeedback QLabel {{ color: {foreground}; background: transparent; }}",
        )
        spoken = f"{title}. {detail}" if detail else title
        self.setAccessibleDescription(spoken)
        if self._state is not FeedbackState.IDLE:
            self._beep(self._state.value)
            # Heard at once whatever has the focus; an error interrupts the screen reader.
            announce(self, spoken, urgent=self._state is not FeedbackState.SUCCESS)

    def show_result(self, result: ScanResult) -> None:
        """Show a classified scan."""
        kind = render(kind_label(result.kind))
        warnings = [render(w) for w in result.warnings]
        if not result.valid:
            error = render(result.error) if result.error else self.tr("Not valid")
            shown = result.value or result.raw.strip()
            detail = "\n".join([f"{kind}: {shown}" if shown else kind, *warnings])
            self.show_message(FeedbackState.ERROR, error, detail)
            return
        title = f"{kind}: {self._value_for_people(result)}"
        if warnings:
            self.show_message(FeedbackState.WARNING, title, "\n".join(warnings))
        else:
            self.show_message(FeedbackState.SUCCESS, title)

    def clear(self) -> None:
        """Go back to the neutral "ready" look."""
        self.show_message(FeedbackState.IDLE, self.tr("Ready to scan"))

    @staticmethod
    def _value_for_people(result: ScanResult) -> str:
        if result.kind == Kind.RETURN_CODE:
            return format_return_code_for_people(result.value)
        carrier = result.fields.get("carrier")
        if result.kind in (Kind.TRACKING, Kind.TRACKING_S10) and carrier:
            return f"{result.value} ({carrier})"
        return result.value
