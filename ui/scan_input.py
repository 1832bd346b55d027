"""Scanner input: the always-ready :class:`ScanField` and the app-wide :class:`ScanRouter`.

A USB scanner in keyboard mode types a code in a burst (5-30 ms a key) and ends it with
Enter or Tab. People type 100 ms a key or slower. The router, an event filter on the
application, holds each key for at most the burst interval: if the next key comes that fast
and the burst ends in a terminator, the code is a scan and goes to :attr:`ScanRouter.scanned`
without reaching the widget that had focus; otherwise the held keys are replayed to that
widget, so typing works everywhere (a key reaches its widget at most one interval late).

Timing uses the key events' own timestamps when the platform provides them (so a busy GUI
thread that delivers a person's keys late does not make them look like a burst), else a
monotonic clock; tests inject a clock.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from returns_app.scanning import ScanConfig, ScanResult, classify

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

DEFAULT_TERMINATORS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})

_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_GS = "\x1d"


@dataclass(frozen=True)
class ScannerTimings:
    """How a scan is told apart from typing.

    Attributes:
        max_interval_ms: longest gap between two keys of a scan (and before its terminator);
            also how long a key is held before it is given to the focused widget.
        min_length: fewest characters (before the terminator) that make a scan.
        terminators: keys that end a scan: Return, keypad Enter and Tab by default.
    """

    max_interval_ms: int = 35
    min_length: int = 4
    terminators: frozenset[Qt.Key] = DEFAULT_TERMINATORS

    def __post_init__(self) -> None:
        if self.max_interval_ms <= 0 or self.min_length < 1 or not self.terminators:
            raise ValueError("max_interval_ms > 0, min_length >= 1 and a terminator are needed")


def _is_terminator(event: QKeyEvent, terminators: frozenset[Qt.Key]) -> bool:
    return event.key() in terminators and not event.modifiers() & (
        _SHORTCUT_MODIFIERS | Qt.KeyboardModifier.ShiftModifier
    )


def _is_data(event: QKeyEvent) -> bool:
    """Tell whether a key press types one character a scan may contain."""
    text = event.text()
    if len(text) != 1 or event.isAutoRepeat():
        return False
    if text == _GS:  # Ctrl+] from a scanner sending FNC1
        return True
    modifiers = event.modifiers()
    control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    # AltGr arrives as Ctrl+Alt on Windows and types @ { $ on Nordic layouts; Ctrl alone or
    # Meta (Cmd on macOS) is a shortcut even where the event carries a letter.
    if (control and not alt) or modifiers & Qt.KeyboardModifier.MetaModifier:
        return False
    return text.isprintable()


def _is_secret(widget: QWidget) -> bool:
    """A field that hides what is typed (a password): its keys are never a scan, however
    fast they come, so a password can never end up stored as a parcel code."""
    return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal


class ScanField(QLineEdit):
    """A large line edit where a code is scanned or typed; Enter or Tab submits it.

    Signals:
        scanned(str): the text of the field when a terminator key was pressed (the field
            is then cleared, ready for the next scan).
    """

    scanned = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        terminators: frozenset[Qt.Key] = DEFAULT_TERMINATORS,
        point_size: int = 22,
    ) -> None:
        super().__init__(parent)
        self._terminators = terminators
        self.setObjectName("scanField")
        self.setPlaceholderText(self.tr("Scan or type a code"))
        self.setAccessibleName(self.tr("Scan field"))
        self.setClearButtonEnabled(True)
        font = QFont(self.font())
        font.setPointSize(point_size)
        self.setFont(font)

    @override
    def event(self, event: QEvent) -> bool:
        # Tab never reaches keyPressEvent (QWidget turns it into a focus change), so the
        # terminators are handled here.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if _is_terminator(event, self._terminators) and (
                self.text() or event.key() != Qt.Key.Key_Tab
            ):
                event.accept()
                self.submit()
                return True
            if event.text() == _GS:  # FNC1 from a scanner; QLineEdit drops control chars
                self.insert(_GS)
                return True
        return super().event(event)

    def submit(self) -> None:
        """Emit :attr:`scanned` with the current text (if any) and clear the field."""
        text = self.text()
        if not text.strip():
            return
        self.clear()
        self.scanned.emit(text)


@dataclass(frozen=True)
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    scan_code: int
    virtual_key: int
    native_modifiers: int
    text: str

    @classmethod
    def of(cls, event: QKeyEvent) -> _HeldKey:
        return cls(
            event.key(),
            event.modifiers(),
            event.nativeScanCode(),
            event.nativeVirtualKey(),
            event.nativeModifiers(),
            event.text(),
        )

    def event(self, kind: QEvent.Type) -> QKeyEvent:
        return QKeyEvent(
            kind,
            self.key,
            self.modifiers,
            self.scan_code,
            self.virtual_key,
            self.native_modifiers,
            self.text,
        )


class ScanRouter(QObject):
    """Application-wide event filter that catches scanner bursts typed into any widget.

    Install it with :meth:`install`. Shortcuts bound to plain printable keys would fire
    before the filter sees the key; the app has none.

    Signals:
        scanned(str): a complete scan, terminator removed, from a burst anywhere or from
            the scan field.
    """

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        scan_field: ScanField | None = None,
        timings: ScannerTimings | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """Create the router.

        Args:
            parent: QObject parent.
            scan_field: the field that gets focus back after a scan; its own scans are
                re-emitted from :attr:`scanned` and its keys are left alone.
            timings: burst thresholds; defaults to :class:`ScannerTimings`.
            clock: seconds from a monotonic clock, for tests; by default the key events'
                timestamps (or ``time.monotonic`` when they have none).
        """
        super().__init__(parent)
        self._timings = timings or ScannerTimings()
        self._clock = clock
        self._scan_field = scan_field
        self._held: list[_HeldKey] = []
        self._target: QWidget | None = None
        self._last_ms = 0.0
        self._releases_to_swallow: Counter[int] = Counter()
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self._timings.max_interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        if scan_field is not None:
            scan_field.scanned.connect(self.scanned)

    @property
    def timings(self) -> ScannerTimings:
        return self._timings

    def install(self, app: QCoreApplication | None = None) -> None:
        """Start filtering the key events of ``app`` (the running application by default)."""
        (app or QCoreApplication.instance()).installEventFilter(self)

    def uninstall(self, app: QCoreApplication | None = None) -> None:
        """Stop filtering; keys still held are given to their widget."""
        self._flush()
        instance = app or QCoreApplication.instance()
        if instance is not None:
            instance.removeEventFilter(self)

    def _now_ms(self, event: QKeyEvent) -> float:
        if self._clock is not None:
            return self._clock() * 1000.0
        stamp = event.timestamp()
        return float(stamp) if stamp else time.monotonic() * 1000.0

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind != QEvent.Type.KeyPress and kind != QEvent.Type.KeyRelease:
            return False
        # Key events also pass through the QWindow first and propagate to parents; only
        # widgets matter, and the scan field handles its own keys.
        if (
            self._replaying
            or not isinstance(watched, QWidget)
            or not isinstance(event, QKeyEvent)
            or watched is self._scan_field
            or _is_secret(watched)
        ):
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._swallow_release(event)
        return self._on_key_press(watched, event)

    def _swallow_release(self, event: QKeyEvent) -> bool:
        key = event.key()
        if self._releases_to_swallow[key] > 0:
            self._releases_to_swallow[key] -= 1
            return True
        return False

    def _on_key_press(self, widget: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # Shift for capitals, AltGr for @ { $: part of a burst, not a break
        now = self._now_ms(event)
        gap = now - self._last_ms
        in_rhythm = (
            bool(self._held)
            and widget is self._target
            and 0 <= gap <= self._timings.max_interval_ms
        )
        if _is_terminator(event, self._timings.terminators):
            if in_rhythm and len(self._held) >= self._timings.min_length:
                self._finish_scan(key)
                return True
            self._flush()
            return False
        if not _is_data(event):
            self._flush()
            return False
        if self._held and not in_rhythm:
            self._flush()
        self._held.append(_HeldKey.of(event))
        self._target = widget
        self._last_ms = now
        self._releases_to_swallow[key] += 1
        self._timer.start()
        return True

    def _finish_scan(self, terminator: int) -> None:
        self._timer.stop()
        code = "".join(k.text for k in self._held)
        self._held = []
        self._target = None
        self._releases_to_swallow[terminator] += 1
        # Focus first, so a handler that opens a dialog keeps the dialog's focus.
        if self._scan_field is not None and shiboken6.isValid(self._scan_field):
            self._scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scanned.emit(code)

    def _on_timer_timeout(self) -> None:
        self._flush()

    def _flush(self) -> None:
        """Give the held keys to the widget they were typed into (it was typing after all)."""
        self._timer.stop()
        held, target = self._held, self._target
        self._held = []
        self._target = None
        if not held or target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for key in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, key.event(kind))
        finally:
            self._replaying = False


class ScanPresenter(QObject):
    """Classifies each scan and shows the result; the desk's controller listens to it.

    Signals:
        classified(object): the :class:`~returns_app.scanning.ScanResult` of each scan.
    """

    classified = Signal(object)

    def __init__(
        self,
        router: ScanRouter,
        show: Callable[[ScanResult], None] | None = None,
        config: ScanConfig | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._show = show
        self._config = config
        router.scanned.connect(self._on_router_scanned)

    def set_config(self, config: ScanConfig | None) -> None:
        """Use ``config`` for the next scans (e.g. after the settings changed)."""
        self._config = config

    def _on_router_scanned(self, code: str) -> None:
        result = classify(code, self._config)
        if self._show is not None:
            self._show(result)
        self.classified.emit(result)
