"""Benchmark the scanner path: classify() throughput and key-to-feedback latency.

Run with ``python bench/bench_scan.py`` (offscreen Qt unless QT_QPA_PLATFORM is set).
Prints figures; asserts nothing about timing.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections import Counter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from returns_app.scanning import (  # noqa: E402
    classify,
    gs1_check_digit,
    make_return_code,
    s10_check_digit,
)

CODES = 100_000
SCANS = 2_000


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _gtin(rng: random.Random) -> str:
    body = _digits(rng, rng.choice([7, 11, 12, 13]))
    return body + str(gs1_check_digit(body))


def _s10(rng: random.Random) -> str:
    serial = _digits(rng, 8)
    return f"JJ{serial}{s10_check_digit(serial)}FI"


def _sscc(rng: random.Random) -> str:
    body = _digits(rng, 17)
    return body + str(gs1_check_digit(body))


def _gs1(rng: random.Random) -> str:
    gtin = _gtin(rng).zfill(14)
    return (
        f"]C101{gtin}17{rng.randint(24, 30)}1231" + f"10L{_digits(rng, 4)}\x1d21S{_digits(rng, 6)}"
    )


def _typo(code: str, rng: random.Random) -> str:
    index = rng.randrange(len(code))
    return code[:index] + str((int(code[index]) + 1) % 10) + code[index + 1 :]


GENERATORS = {
    "gtin": _gtin,
    "gtin typo": lambda rng: _typo(_gtin(rng), rng),
    "sscc": _sscc,
    "s10": _s10,
    "return code": lambda rng: make_return_code(rng.randrange(10**9)),
    "order": lambda rng: str(rng.randrange(10**4, 10**8)),
    "gs1": _gs1,
    "url": lambda rng: f"https://www.posti.fi/fi/seuranta#/lahetys/{_s10(rng)}",
    "digital link": lambda rng: (
        f"https://id.example.com/01/{_gtin(rng).zfill(14)}/21/X{_digits(rng, 4)}"
    ),
    "garbled url": lambda rng: f"httpsÖ--track.example.com-_code{_s10(rng)}",
    "unknown": lambda rng: "".join(rng.choice("ABCXYZ-+ ") for _ in range(12)),
}


def make_codes(count: int, seed: int = 20251231) -> list[str]:
    rng = random.Random(seed)
    kinds = list(GENERATORS)
    return [GENERATORS[rng.choice(kinds)](rng) for _ in range(count)]


def bench_classify() -> None:
    codes = make_codes(CODES)
    start = time.perf_counter()
    results = [classify(code) for code in codes]
    elapsed = time.perf_counter() - start
    kinds = Counter(r.kind for r in results)
    valid = sum(r.valid for r in results)
    print(f"classify: {CODES:,} mixed codes in {elapsed:.2f} s = {CODES / elapsed:,.0f} codes/s")
    print(f"  valid {valid:,}; kinds: " + ", ".join(f"{k} {n:,}" for k, n in kinds.most_common()))


def _quiet_offscreen_warnings() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def bench_latency() -> None:
    _quiet_offscreen_warnings()
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    from ui.scan_feedback import ScanFeedback
    from ui.scan_input import ScanField, ScanPresenter, ScanRouter

    app = QApplication.instance() or QApplication(sys.argv)
    window = QWidget()
    layout = QVBoxLayout(window)
    scan_field = ScanField(window)
    other = QLineEdit(window)
    feedback = ScanFeedback(window, beep=lambda: None)
    for widget in (scan_field, other, feedback):
        layout.addWidget(widget)
    window.resize(800, 400)
    window.show()
    app.processEvents()

    fake_now = [0.0]
    router = ScanRouter(window, scan_field=scan_field, clock=lambda: fake_now[0])
    router.install()
    ScanPresenter(router, feedback.show_result, parent=window)

    def send(key: int, text: str, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(other, QKeyEvent(kind, key, modifiers, text))

    codes = make_codes(SCANS, seed=7)
    latencies: list[float] = []
    for code in codes:
        code = code.replace("\x1d", "")  # keep to printable keys
        for char in code:
            fake_now[0] += 0.010
            send(ord(char.upper()) if char.isascii() else 0, char)
        fake_now[0] += 0.010
        start = time.perf_counter()
        QApplication.sendEvent(
            other,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"
            ),
        )
        feedback.repaint()  # painted synchronously: the result is on screen
        latencies.append((time.perf_counter() - start) * 1000)
        QApplication.sendEvent(
            other,
            QKeyEvent(
                QEvent.Type.KeyRelease, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"
            ),
        )
        fake_now[0] += 1.0
        app.processEvents()
    router.uninstall()
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    print(
        f"last key -> result painted ({len(latencies):,} scans, {os.environ['QT_QPA_PLATFORM']}): "
        f"median {statistics.median(latencies):.3f} ms, p99 {p99:.3f} ms, max {latencies[-1]:.3f} ms"
    )
    window.close()


if __name__ == "__main__":
    bench_classify()
    bench_latency()
