"""Colours and type for a warehouse monitor: large, high-contrast, readable from a step away.

One palette for the whole app. Status colours pair a background with a text colour that keeps
a contrast ratio above 4.5:1, and never rely on hue alone: every coloured state also has a
word ("overdue", "refunded") next to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QColor, QFont, QPalette
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


def is_dark(palette: QPalette) -> bool:
    """Tell whether ``palette`` writes light text on a dark window (a dark or high-contrast
    desktop theme)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return text.lightness() > window.lightness()


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """``a`` with ``share_of_b`` of ``b`` mixed in."""
    t = share_of_b
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
    )


@dataclass(frozen=True)
class SheetColours:
    """The colours the style sheet uses, each background with the text that goes on it."""

    window: str
    ink: str
    muted: str
    grid: str
    alternate: str
    header: str
    header_text: str
    disabled: str
    frame: str


LIGHT = SheetColours(
    window=WINDOW,
    ink=INK,
    muted=MUTED,
    grid="#c9ced6",
    alternate="#eef1f5",
    header="#dde2e8",
    header_text=INK,
    disabled="#8a9099",
    frame="#c9ced6",
)


def sheet_colours(palette: QPalette) -> SheetColours:
    """The tuned light colours on a light desktop; the desktop's own colours (with greys
    mixed from them, so every text keeps its contrast) on a dark or high-contrast one."""
    if not is_dark(palette):
        return LIGHT
    role = QPalette.ColorRole
    window = palette.color(role.Window)
    text = palette.color(role.WindowText)
    return SheetColours(
        window=window.name(),
        ink=text.name(),
        muted=mix(text, window, 0.2).name(),
        grid=mix(text, window, 0.7).name(),
        alternate=palette.color(role.AlternateBase).name(),
        header=palette.color(role.Button).name(),
        header_text=palette.color(role.ButtonText).name(),
        disabled=mix(text, window, 0.45).name(),
        frame=mix(text, window, 0.6).name(),
    )


def style_sheet(palette: QPalette) -> str:
    """The application's style sheet for ``palette``: every rule that sets a background also
    sets the text on it, and no text colour is fixed against the desktop's background."""
    c = sheet_colours(palette)
    return f"""
QMainWindow, QDialog {{ background: {c.window}; color: {c.ink}; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="heading"] {{ color: {c.ink}; font-weight: bold; }}
QLabel[role="keyhint"] {{ color: {c.muted}; }}
QTableView {{ gridline-color: {c.grid}; selection-background-color: {ACCENT};
             selection-color: #ffffff; alternate-background-color: {c.alternate}; }}
QHeaderView::section {{ background: {c.header}; color: {c.header_text}; padding: 4px 6px;
                       border: none; border-right: 1px solid {c.grid}; font-weight: bold; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton:default {{ background: {ACCENT}; color: #ffffff; border-radius: 4px; }}
QPushButton:disabled {{ color: {c.disabled}; }}
QPushButton:default:disabled {{ background: {c.header}; color: {c.disabled}; }}
QTabBar::tab {{ padding: 5px 12px; }}
QTabBar::tab:selected {{ background: {ACCENT}; color: #ffffff; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QFrame#inspectionPanel[active="true"] {{ border: 3px solid {ACCENT}; border-radius: 8px; }}
QFrame#inspectionPanel[active="false"] {{ border: 3px solid {c.frame}; border-radius: 8px; }}
QLineEdit#scanField {{ border: 3px solid {ACCENT}; border-radius: 6px; padding: 6px; }}
QLineEdit#scanField:!focus {{ border: 3px solid {c.frame}; }}
"""


def ink(disabled: bool = False) -> str:
    """The text colour on buttons in the current palette (what a label inside one uses)."""
    palette = QApplication.palette()
    if disabled:
        return sheet_colours(palette).disabled
    return (
        LIGHT.ink if not is_dark(palette) else palette.color(QPalette.ColorRole.ButtonText).name()
    )


def apply(app: QApplication, scale: float = 1.0) -> None:
    """Give the application its large base font and the style sheet for its palette (made
    again when the desktop switches between light and dark)."""
    _SCALE[0] = scale
    base = QFont(app.font())
    base.setPointSize(point_size(0, scale))
    app.setFont(base)
    app.setStyleSheet(style_sheet(app.palette()))
    if not _FOLLOWING[0]:
        _FOLLOWING[0] = True
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: follow_palette(app))


_FOLLOWING = [False]


def follow_palette(app: QApplication) -> None:
    """Make the style sheet again for the application's current palette."""
    app.setStyleSheet(style_sheet(app.palette()))


def set_sheet(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` the style sheet ``sheet`` unless it has it already (setting one makes
    Qt style the widget and its children anew: the desk sets its colours on every scan)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def chip(label: QLabel, text: str, tone: Tone) -> None:
    """Show ``text`` on ``label`` in the colours of ``tone`` (style first, so it sizes right)."""
    set_sheet(label, tone_sheet(tone))
    label.setText(text)
    label.updateGeometry()
