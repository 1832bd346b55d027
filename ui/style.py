"""Colours and type for a warehouse monitor: large, high-contrast, readable from a step away.

One palette for the whole app. Status colours pair a background with a text colour that keeps
a contrast ratio above 4.5:1, and never rely on hue alone: every coloured state also has a
word ("overdue", "refunded") next to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

BASE_POINT_SIZE = 13
_SCALE = [1.0]  # set once by apply(), before any widget exists


class Tone(StrEnum):
    """What a coloured element means."""

    NEUTRAL = "neutral"
    GOOD = "good"
    WARN = "warn"
    BAD = "bad"
    INFO = "info"


@dataclass(frozen=True)
class Colours:
    """A background and a text colour."""

    background: str
    text: str


TONES: dict[Tone, Colours] = {
    Tone.NEUTRAL: Colours("#e6e8eb", "#1a1a1a"),
    Tone.GOOD: Colours("#1b7a34", "#ffffff"),
    Tone.WARN: Colours("#f5b800", "#1a1a1a"),
    Tone.BAD: Colours("#c0262d", "#ffffff"),
    Tone.INFO: Colours("#1f5fa8", "#ffffff"),
}

ACCENT = "#1f5fa8"
WINDOW = "#f7f8fa"
INK = "#1a1a1a"
MUTED = "#4a4f57"  # 7.9:1 on WINDOW; still readable on a dim monitor


def point_size(step: int = 0, scale: float | None = None) -> int:
    """Return the font size ``step`` levels above the base size (each level about 25 %),
    at the app's scale unless ``scale`` is given."""
    size = BASE_POINT_SIZE * (_SCALE[0] if scale is None else scale) * (1.25**step)
    return max(8, round(size))


def font(step: int = 0, *, bold: bool = False, scale: float | None = None) -> QFont:
    """Return the application font at ``step`` levels above the base size."""
    f = QFont(QApplication.font())
    f.setPointSize(point_size(step, scale))
    f.setBold(bold)
    return f


def set_font(widget: QWidget, step: int = 0, *, bold: bool = False) -> None:
    """Give ``widget`` the font ``step`` levels above the base size."""
    widget.setFont(font(step, bold=bold, scale=_scale()))


def tone_sheet(tone: Tone, selector: str = "QLabel") -> str:
    """A style sheet giving ``selector`` the colours of ``tone`` (rounded chip look)."""
    c = TONES[tone]
    return (
        f"{selector} {{ background: {c.background}; color: {c.text};"
        " border-radius: 6px; padding: 4px 10px; }"
    )


def _scale() -> float:
    return _SCALE[0]


def scale() -> float:
    """The factor the type is scaled by (1.0 at 1366x768)."""
    return _SCALE[0]


def scaled(pixels: int) -> int:
    """A size in pixels that grows with the type."""
    return round(pixels * _SCALE[0])


def screen_scale(available_height: int) -> float:
    """More type on taller screens: the desk is read from a step away, not from the chair."""
    if available_height >= 1300:
        return 1.5
    if available_height >= 1000:
        return 1.25
    return 1.0


STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="heading"] {{ color: {INK}; font-weight: bold; }}
QLabel[role="keyhint"] {{ color: {MUTED}; }}
QTableView {{ gridline-color: #c9ced6; selection-background-color: {ACCENT};
             selection-color: #ffffff; alternate-background-color: #eef1f5; }}
QHeaderView::section {{ background: #dde2e8; color: {INK}; padding: 4px 6px;
                       border: none; border-right: 1px solid #c9ced6; font-weight: bold; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton:default {{ background: {ACCENT}; color: #ffffff; border-radius: 4px; }}
QPushButton:disabled {{ color: #8a9099; }}
QTabBar::tab {{ padding: 5px 12px; }}
QTabBar::tab:selected {{ background: {ACCENT}; color: #ffffff; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QFrame#inspectionPanel[active="true"] {{ border: 3px solid {ACCENT}; border-radius: 8px; }}
QFrame#inspectionPanel[active="false"] {{ border: 3px solid #c9ced6; border-radius: 8px; }}
QLineEdit#scanField {{ border: 3px solid {ACCENT}; border-radius: 6px; padding: 6px; }}
QLineEdit#scanField:!focus {{ border: 3px solid #c9ced6; }}
"""


def apply(app: QApplication, scale: float = 1.0) -> None:
    """Give the application its large base font and the style sheet."""
    _SCALE[0] = scale
    base = QFont(app.font())
    base.setPointSize(point_size(0, scale))
    app.setFont(base)
    app.setStyleSheet(STYLE_SHEET)


def chip(label: QLabel, text: str, tone: Tone) -> None:
    """Show ``text`` on ``label`` in the colours of ``tone`` (style first, so it sizes right)."""
    label.setStyleSheet(tone_sheet(tone))
    label.setText(text)
    label.updateGeometry()
