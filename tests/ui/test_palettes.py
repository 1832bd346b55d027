"""Every area is readable under a light, a dark and a high-contrast desktop palette.

Each area is rendered to an image as a person would see it; for every visible label, button,
header section and table cell with text, the colour covering most of its rectangle is taken
as the background and the colour farthest from it as the text, and their contrast ratio
(WCAG 2) must be at least :data:`MINIMUM`. A style sheet that fixes a background but not the
text on it (or the reverse) fails here under one of the palettes.
"""

from __future__ import annotations

from collections import Counter

import pytest
from desk_kit import FakePrinters, register, show_active
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QWidget,
)

from ui import style
from ui.about import AboutDialog
from ui.app import build_areas
from ui.crash_dialog import CrashDialog
from ui.main_window import MainWindow
from ui.printing import PrintCenter

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.slow,
]

# WCAG AA asks 4.5:1 for body text; antialiasing keeps the darkest pixel of a glyph a little
# short of the text colour, so 4.0 measured is AA with a margin for the rendering. A disabled
# control is exempt in WCAG; it must still be legible, though.
MINIMUM = 4.0
MINIMUM_DISABLED = 2.0


def _palette(colours: dict[str, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("WindowText", "Text", "ButtonText"):
        palette.setColor(
            QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(disabled_text)
        )
    return palette


DARK = _palette(
    {
        "Window": "#2b2d30",
        "WindowText": "#eeeeee",
        "Base": "#1e1f22",
        "AlternateBase": "#2a2c30",
        "Text": "#eeeeee",
        "Button": "#3c3f44",
        "ButtonText": "#eeeeee",
        "Highlight": "#3d7ad6",
        "HighlightedText": "#ffffff",
        "ToolTipBase": "#3c3f44",
        "ToolTipText": "#eeeeee",
        "PlaceholderText": "#a0a0a0",
        "Mid": "#5a5d63",
        "Light": "#4a4d52",
        "Dark": "#1a1b1d",
        "Shadow": "#000000",
        "Midlight": "#45484d",
        "BrightText": "#ffffff",
        "Link": "#8ab4f8",
    },
    "#9a9a9a",
)
HIGH_CONTRAST = _palette(
    {
        "Window": "#000000",
        "WindowText": "#ffffff",
        "Base": "#000000",
        "AlternateBase": "#1a1a1a",
        "Text": "#ffffff",
        "Button": "#000000",
        "ButtonText": "#ffffff",
        "Highlight": "#1aebff",
        "HighlightedText": "#000000",
        "ToolTipBase": "#000000",
        "ToolTipText": "#ffffff",
        "PlaceholderText": "#c0c0c0",
        "Mid": "#808080",
        "Light": "#ffffff",
        "Dark": "#808080",
        "Shadow": "#000000",
        "Midlight": "#c0c0c0",
        "BrightText": "#ffff00",
        "Link": "#ffff00",
    },
    "#a6a6a6",
)


def _luminance(rgb: int) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: int, b: int) -> float:
    """The WCAG contrast ratio of two RGB colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class Picture:
    """A rendered widget, read as 32-bit RGB pixels."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        self.stride = self.image.bytesPerLine() // 4
        self.pixels = memoryview(self.image.constBits()).cast("I")

    def text_contrast(self, rect: QRect) -> float | None:
        """The background (the median brightness: robust to gradients, frames and the text
        itself) against the pixel farthest from it."""
        rect = rect.intersected(self.image.rect())
        if rect.width() < 4 or rect.height() < 4:
            return None
        counts: Counter[int] = Counter()
        for y in range(rect.top(), rect.bottom() + 1):
            start = y * self.stride + rect.left()
            counts.update(self.pixels[start : start + rect.width()])
        levels = sorted((_luminance(c & 0xFFFFFF), n) for c, n in counts.items())
        half, seen = sum(counts.values()) / 2, 0
        background = levels[-1][0]
        for level, n in levels:
            seen += n
            if seen >= half:
                background = level
                break
        extreme = max((levels[0][0], levels[-1][0]), key=lambda lum: abs(lum - background))
        high, low = max(background, extreme), min(background, extreme)
        return (high + 0.05) / (low + 0.05)

    def rect_of(self, widget: QWidget, rect: QRect) -> QRect:
        """``rect`` of ``widget`` in the picture, cut to what is not scrolled or covered away."""
        local = rect.intersected(widget.visibleRegion().boundingRect())
        return QRect(widget.mapTo(self.widget, local.topLeft()), local.size())


def _texts(top: QWidget):
    """(what, widget, rectangle in ``widget``) of every visible text under ``top``."""
    for label in [top, *top.findChildren(QLabel)]:
        if not isinstance(label, QLabel):
            continue
        if label.isVisibleTo(top) and label.text().strip() and label.pixmap().isNull():
            yield f"label {label.text()[:40]!r}", label, label.contentsRect()
    for button in top.findChildren(QAbstractButton):
        if button.isVisibleTo(top) and button.text().strip():
            yield f"button {button.text()[:40]!r}", button, button.rect().adjusted(3, 3, -3, -3)
    for view in top.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or not view.isVisibleTo(top) or view.model() is None:
            continue
        model = view.model()
        for row in range(min(model.rowCount(), 8)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                text = str(model.data(index) or "").strip()
                rect = view.visualRect(index)
                if text and rect.isValid():
                    yield f"cell {text[:30]!r}", view.viewport(), rect.adjusted(1, 1, -1, -1)
    for header in top.findChildren(QHeaderView):
        if not header.isVisibleTo(top) or header.model() is None:
            continue
        orientation = header.orientation()
        for section in range(header.count()):
            text = str(header.model().headerData(section, orientation) or "").strip()
            if not text or header.isSectionHidden(section):
                continue
            position = header.sectionViewportPosition(section)
            size = header.sectionSize(section)
            if orientation == Qt.Orientation.Horizontal:
                rect = QRect(position, 0, size, header.height())
            else:
                rect = QRect(0, position, header.width(), size)
            yield f"header {text[:30]!r}", header.viewport(), rect


def unreadable(top: QWidget, within: QWidget | None = None) -> list[str]:
    """What under ``within`` (default: ``top``) has too little contrast as ``top`` (shown)
    renders it, with its measured ratio."""
    picture = Picture(top)
    found = []
    for what, widget, rect in _texts(within or top):
        ratio = picture.text_contrast(picture.rect_of(widget, rect))
        minimum = MINIMUM if widget.isEnabled() else MINIMUM_DISABLED
        if ratio is not None and ratio < minimum:
            found.append(f"{what}: {ratio:.2f}")
    return found


@pytest.fixture(params=["light", "dark", "high-contrast"])
def palette(request, qapp):
    """The application under one desktop palette, its style sheet made for it."""
    before = qapp.palette()
    if request.param != "light":
        qapp.setPalette(DARK if request.param == "dark" else HIGH_CONTRAST)
    style.apply(qapp, 1.0)
    yield request.param
    qapp.setPalette(before)
    style.apply(qapp, 1.0)


@pytest.fixture
def window(qtbot, app_context, make_order, actors, backend, palette):
    """The main window with an order and a return in the database."""
    order = make_order()
    register(backend, actors.supervisor, order, (0, 1))
    printing = PrintCenter(app_context, lister=FakePrinters(["Office"]).lister)
    win = MainWindow(app_context, build_areas(app_context), printer=printing)
    win.resize(1366, 728)
    show_active(qtbot, win)
    yield win
    win.close()


def test_every_area_is_readable_under_light_dark_and_high_contrast_palettes(qtbot, window):
    problems = {}
    for area in window.areas:
        window.show_area(area.key)
        qtbot.wait(1)  # let the area lay itself out
        found = unreadable(window)
        if found:
            problems[area.key] = found
    window.toggle_help()
    problems["help"] = unreadable(window, window.help)
    window.toggle_help()
    assert not any(problems.values()), "\n".join(f"{k}: {v}" for k, v in problems.items() if v)


def test_about_and_crash_dialogs_are_readable_under_every_palette(qtbot, app_context, palette):
    about = AboutDialog(app_context, log_file="/tmp/returns-desk.log")
    crash = CrashDialog("Returns Desk met an error", "Traceback …\n", None)
    problems = {}
    for name, dialog in (("about", about), ("crash", crash)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems[name] = unreadable(dialog)
    assert not any(problems.values()), problems


def test_the_contrast_measure_catches_light_text_on_a_light_background(qtbot, qapp):
    label = QLabel("unreadable")
    label.setStyleSheet("QLabel { background: #f7f8fa; color: #eeeeee; }")
    label.resize(200, 40)
    qtbot.addWidget(label)
    label.show()
    (found,) = unreadable(label)
    assert found.startswith("label 'unreadable': 1.0")
    label.setStyleSheet("QLabel { background: #f7f8fa; color: #1a1a1a; }")
    assert unreadable(label) == []
