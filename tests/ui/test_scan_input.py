"""Scanner input: bursts are routed to the scan handler, people's typing is left alone.

Key events are sent with a fake clock, so a 10 ms scanner burst and 120 ms human typing
are deterministic; only the "hold" timer that gives a lone key back runs in real time.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from returns_app.scanning import classify
from ui.scan_feedback import FeedbackState, ScanFeedback
from ui.scan_input import ScanField, ScannerTimings, ScanPresenter, ScanRouter

# The offscreen platform warns that it cannot propagate size hints whenever a window shows.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier
CONTROL = Qt.KeyboardModifier.ControlModifier

TERMINATORS = {
    "return": (Qt.Key.Key_Return, NO, "\r"),
    "keypad enter": (Qt.Key.Key_Enter, KEYPAD, "\r"),
    "tab": (Qt.Key.Key_Tab, NO, "\t"),
}


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, ms: float) -> None:
        self.seconds += ms / 1000


def send_key(widget: QWidget, key: int, text: str = "", modifiers=NO) -> None:
    """Press and release a key on ``widget``, as the platform would deliver it."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def type_char(widget: QWidget, char: str) -> None:
    if char == "\x1d":  # GS: the scanner presses Ctrl+]
        send_key(widget, Qt.Key.Key_BracketRight, char, CONTROL)
    elif char.isupper():  # a scanner presses Shift for capitals, like a person
        send_key(widget, Qt.Key.Key_Shift, "", SHIFT)
        send_key(widget, ord(char), char, SHIFT)
    else:
        send_key(widget, ord(char.upper()), char)


def type_text(widget, clock, text, interval_ms, terminator=None):
    for char in text:
        clock.advance(interval_ms)
        type_char(widget, char)
    if terminator is not None:
        key, modifiers, key_text = TERMINATORS[terminator]
        clock.advance(interval_ms)
        send_key(widget, key, key_text, modifiers)


class KeyRecorder(QWidget):
    """A focusable widget that records the key events it gets."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.events: list[tuple[str, str]] = []

    def keyPressEvent(self, event):  # noqa: N802
        self.events.append(("press", event.text()))

    def keyReleaseEvent(self, event):  # noqa: N802
        self.events.append(("release", event.text()))


@dataclass
class Desk:
    window: QWidget
    scan_field: ScanField
    other: QLineEdit
    recorder: KeyRecorder
    router: ScanRouter
    clock: FakeClock
    scans: list[str]


@pytest.fixture
def desk(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    scan_field = ScanField(window)
    other = QLineEdit(window)
    recorder = KeyRecorder(window)
    for widget in (scan_field, other, recorder):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    clock = FakeClock()
    router = ScanRouter(window, scan_field=scan_field, clock=clock)
    scans: list[str] = []
    router.scanned.connect(scans.append)
    router.install()
    yield Desk(window, scan_field, other, recorder, router, clock, scans)
    router.uninstall()


# Scanner bursts -------------------------------------------------------------------------


@pytest.mark.parametrize("terminator", list(TERMINATORS))
def test_scanner_burst_while_another_field_has_focus_is_routed_not_typed(qtbot, desk, terminator):
    desk.other.setText("customer note")
    with qtbot.waitSignal(desk.router.scanned, timeout=1000) as blocker:
        type_text(desk.other, desk.clock, "JJ473124829FI", 10, terminator)
    assert blocker.args == ["JJ473124829FI"]
    assert desk.other.text() == "customer note"
    assert desk.scans == ["JJ473124829FI"]


def test_focus_returns_to_the_scan_field_after_a_routed_scan(qtbot, desk):
    type_text(desk.other, desk.clock, "R0000012348", 8, "return")
    qtbot.waitUntil(desk.scan_field.hasFocus)
    assert desk.scans == ["R0000012348"]


def test_a_widget_gets_no_key_events_at_all_from_a_scan(qtbot, desk):
    desk.recorder.setFocus()
    qtbot.waitUntil(desk.recorder.hasFocus)
    type_text(desk.recorder, desk.clock, "6417084000019", 5, "keypad enter")
    assert desk.scans == ["6417084000019"]
    assert desk.recorder.events == []


def test_gs_sent_as_ctrl_bracket_is_part_of_the_scan(desk):
    type_text(desk.other, desk.clock, "0106417084000019" + "10L7\x1d21S9", 10, "return")
    assert desk.scans == ["010641708400001910L7\x1d21S9"]


def test_two_scans_in_a_row_are_two_scans(desk):
    type_text(desk.other, desk.clock, "JJ473124829FI", 10, "return")
    desk.clock.advance(700)
    type_text(desk.other, desk.clock, "6417084000019", 10, "tab")
    assert desk.scans == ["JJ473124829FI", "6417084000019"]


# People typing --------------------------------------------------------------------------


def test_human_typing_into_another_field_is_typed_there(qtbot, desk):
    type_text(desk.other, desk.clock, "Kiitos 42", 120)
    qtbot.waitUntil(lambda: desk.other.text() == "Kiitos 42")
    with qtbot.waitSignal(desk.other.returnPressed, timeout=1000):
        type_text(desk.other, desk.clock, "", 120, "return")
    assert desk.scans == []


def test_human_key_events_arrive_in_order_with_their_releases(qtbot, desk):
    desk.recorder.setFocus()
    qtbot.waitUntil(desk.recorder.hasFocus)
    type_text(desk.recorder, desk.clock, "ab", 150)
    qtbot.waitUntil(lambda: len(desk.recorder.events) == 4)
    assert desk.recorder.events == [
        ("press", "a"),
        ("release", "a"),
        ("press", "b"),
        ("release", "b"),
    ]


def test_short_fast_burst_with_enter_is_typing(qtbot, desk):
    # Two keys struck together, then Enter: fewer than min_length characters.
    with qtbot.waitSignal(desk.other.returnPressed, timeout=1000):
        type_text(desk.other, desk.clock, "ok", 10, "return")
    assert desk.other.text() == "ok"
    assert desk.scans == []


def test_fast_burst_without_a_terminator_is_given_back_to_the_field(qtbot, desk):
    type_text(desk.other, desk.clock, "ABCDEF", 10)
    qtbot.waitUntil(lambda: desk.other.text() == "ABCDEF")
    assert desk.scans == []


def test_a_pause_in_the_middle_means_typing(qtbot, desk):
    type_text(desk.other, desk.clock, "ABC", 10)
    desk.clock.advance(200)
    with qtbot.waitSignal(desk.other.returnPressed, timeout=1000):
        type_text(desk.other, desk.clock, "DEFG", 120, "return")
    assert desk.other.text() == "ABCDEFG"
    assert desk.scans == []


def test_shortcuts_and_navigation_keys_pass_straight_through(qtbot, desk):
    desk.other.setText("abc")
    send_key(desk.other, Qt.Key.Key_A, "\x01", CONTROL)  # select all
    assert desk.other.selectedText() == "abc"
    send_key(desk.other, Qt.Key.Key_Backspace, "\x08")
    assert desk.other.text() == ""


def test_custom_timings_are_honoured(qtbot, desk):
    desk.router.uninstall()
    router = ScanRouter(
        desk.window,
        scan_field=desk.scan_field,
        clock=desk.clock,
        timings=ScannerTimings(
            max_interval_ms=60, min_length=2, terminators=frozenset({Qt.Key.Key_Tab})
        ),
    )
    scans: list[str] = []
    router.scanned.connect(scans.append)
    router.install()
    try:
        type_text(desk.other, desk.clock, "AB", 50, "tab")
        with qtbot.waitSignal(desk.other.returnPressed, timeout=1000):
            type_text(desk.other, desk.clock, "CD", 50, "return")  # Return is not a terminator
    finally:
        router.uninstall()
    assert scans == ["AB"]
    assert desk.other.text() == "CD"


@pytest.mark.parametrize(
    "kwargs", [{"max_interval_ms": 0}, {"min_length": 0}, {"terminators": frozenset()}]
)
def test_nonsense_timings_are_refused(kwargs):
    with pytest.raises(ValueError):
        ScannerTimings(**kwargs)


# The scan field -------------------------------------------------------------------------


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab])
def test_typing_into_the_scan_field_and_a_terminator_scans(qtbot, desk, key):
    desk.scan_field.setFocus()
    qtbot.keyClicks(desk.scan_field, "r000 0012 348")
    with qtbot.waitSignal(desk.router.scanned, timeout=1000) as blocker:
        qtbot.keyClick(desk.scan_field, key, KEYPAD if key == Qt.Key.Key_Enter else NO)
    assert blocker.args == ["r000 0012 348"]
    assert desk.scan_field.text() == ""
    assert desk.scan_field.hasFocus()


def test_enter_on_an_empty_scan_field_does_nothing(qtbot, desk):
    with qtbot.assertNotEmitted(desk.scan_field.scanned):
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)


def test_gs_typed_into_the_scan_field_is_kept(qtbot, desk):
    with qtbot.waitSignal(desk.scan_field.scanned, timeout=1000) as blocker:
        qtbot.keyClicks(desk.scan_field, "10L7")
        send_key(desk.scan_field, Qt.Key.Key_BracketRight, "\x1d", CONTROL)
        qtbot.keyClicks(desk.scan_field, "21S9")
        qtbot.keyClick(desk.scan_field, Qt.Key.Key_Return)
    assert blocker.args == ["10L7\x1d21S9"]


def test_scan_field_is_big(desk):
    assert desk.scan_field.font().pointSize() >= 18
    assert desk.scan_field.placeholderText()


# Feedback -------------------------------------------------------------------------------


@pytest.fixture
def feedback(qtbot):
    beeps: list[str] = []
    widget = ScanFeedback(beep=beeps.append)
    widget.beeps = beeps  # type: ignore[attr-defined]
    widget.resize(600, 200)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def background(widget: QWidget) -> str:
    image = widget.grab().toImage()
    return image.pixelColor(12, image.height() // 2).name()


def test_valid_scan_is_green_with_the_success_sound(feedback):
    feedback.show_result(classify("R0000012348"))
    assert feedback.state == FeedbackState.SUCCESS
    assert feedback.title_text() == "Return code: R000 0012 348"
    assert background(feedback) == "#1b7a34"
    assert feedback.beeps == ["success"]


def test_scan_with_a_warning_is_amber_and_beeps(feedback):
    feedback.show_result(classify("httpsÖ--track.example.com-_codeJJ473124829FI"))
    assert feedback.state == FeedbackState.WARNING
    assert "JJ473124829FI" in feedback.title_text()
    assert "US keyboard layout" in feedback.detail_text()
    assert background(feedback) == "#f5b800"
    assert feedback.beeps == ["warning"]


def test_invalid_scan_is_red_beeps_and_says_why(feedback):
    feedback.show_result(classify("6417084000014"))
    assert feedback.state == FeedbackState.ERROR
    assert feedback.title_text() == "Check digit should be 9, scanned 4."
    assert feedback.detail_text() == "Product code (GTIN): 6417084000014"
    assert background(feedback) == "#c0262d"
    assert feedback.beeps == ["error"]


def test_feedback_clears_to_ready(feedback):
    feedback.show_result(classify("nonsense"))
    feedback.clear()
    assert feedback.state == FeedbackState.IDLE
    assert feedback.title_text() == "Ready to scan"


def test_burst_is_classified_and_shown(qtbot, desk, feedback):
    presenter = ScanPresenter(desk.router, feedback.show_result)
    with qtbot.waitSignal(presenter.classified, timeout=1000) as blocker:
        type_text(desk.other, desk.clock, "JJ473124829FI", 10, "return")
    result = blocker.args[0]
    assert (result.valid, result.kind) == (True, "tracking_s10")
    assert feedback.state == FeedbackState.SUCCESS
    assert feedback.title_text() == "Tracking number (UPU S10): JJ473124829FI (posti)"


@pytest.mark.parametrize("interval_ms", [5, 10, 40])
def test_a_password_typed_at_scanner_speed_is_never_a_scan(qtbot, desk, interval_ms):
    desk.other.setEchoMode(QLineEdit.EchoMode.Password)
    entered = []
    desk.other.returnPressed.connect(lambda: entered.append(desk.other.text()))
    type_text(desk.other, desk.clock, "demo-password", interval_ms, "return")
    assert desk.scans == []
    assert desk.other.text() == "demo-password" and entered == ["demo-password"]
