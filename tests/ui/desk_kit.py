"""Helpers for the desk's UI tests: a pinned clock, returns made through the services, keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from returns_app.services import returns
from returns_app.services.returns import LineRequest, RegisterReturn

# make_order delivers on 10.11.2026: the period ends 24.11., a notice on 15.11. makes the
# refund due on 29.11.; the desk lives on 25.11.
NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def pinned_clock() -> datetime:
    """The screens' clock in UI tests: always :data:`NOW`."""
    return NOW


SHIRT = "6417084000019"  # on the order, two units
BOOK = "0012345678905"  # on the order, one unit
STRANGER = "4006381333931"  # a valid EAN-13 that no order has
BAD_CHECK_DIGIT = "6417084000017"


def register(backend, actor, order, *lines, kind="withdrawal", notice_at=NOTICE):
    """Register a return through the services; ``lines`` are (index, quantity)."""
    wanted = lines or ((0, 1),)
    cmd = RegisterReturn(
        kind=kind,
        lines=tuple(LineRequest(order.lines[i].id, q, "does_not_fit") for i, q in wanted),
        notice_at=notice_at,
    )
    return returns.register_return(backend.uow(), actor, cmd)


@dataclass
class FakePrinters:
    """Stands in for the system's printers: records what would be printed."""

    names: list[str] = field(default_factory=list)
    printed: list[tuple[str, str, int]] = field(default_factory=list)

    def lister(self) -> list[str]:
        return list(self.names)

    def printer(self, data: bytes, name: str, title: str) -> int:
        assert data.startswith(b"%PDF")
        self.printed.append((name, title, len(data)))
        return 1


def press(widget: QWidget, key: Qt.Key, text: str = "", modifiers=Qt.KeyboardModifier.NoModifier):
    """Press and release a key on ``widget`` through the application (filters see it)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def keys(widget: QWidget, sequence: str) -> None:
    """Type a key sequence ("Ctrl+R", "F6") on ``widget``: shortcuts fire as for a person."""
    QTest.keySequence(widget, QKeySequence(sequence))


def show_active(qtbot, widget: QWidget) -> None:
    """Show ``widget`` as the active window (focus and shortcuts need it)."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


@pytest.fixture
def printers() -> FakePrinters:
    """No printer at all, until a test adds one."""
    return FakePrinters()


@pytest.fixture
def beeps() -> list[str]:
    """The desk's sounds, in order ("success", "warning", "error")."""
    return []


@pytest.fixture
def make_desk(qtbot, printers, beeps):
    """Factory: the desk for a context, shown and active, its scan router listening."""
    from ui.desk.desk import DeskWidget
    from ui.printing import PrintCenter

    made = []

    def make(ctx):
        center = PrintCenter(ctx, lister=printers.lister, printer=printers.printer)
        widget = DeskWidget(ctx, printer=center, now=lambda: NOW, beep=beeps.append)
        widget.resize(1366, 700)
        show_active(qtbot, widget)
        widget.scan_router.install()
        widget.focus_default()
        made.append(widget)
        return widget

    yield make
    for widget in made:
        widget.scan_router.uninstall()


@pytest.fixture
def desk(make_desk, app_context):
    """The desk with a supervisor signed in."""
    return make_desk(app_context)


@pytest.fixture
def clerk_desk(make_desk, clerk_context):
    """The desk with a clerk signed in."""
    return make_desk(clerk_context)


def barcodes(image) -> list[str]:
    """The barcodes zxing reads in a QImage (what a scanner would read off the paper)."""
    import zxingcpp
    from PIL import Image
    from PySide6.QtGui import QImage

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * height]
    picture = Image.frombytes("L", (width, height), data, "raw", "L", stride)
    return [b.text for b in zxingcpp.read_barcodes(picture)]
