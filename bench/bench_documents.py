"""Time the document renderers: median and p99 per document, and a batch of 500 labels.

Run: ``.venv/bin/python bench/bench_documents.py [repetitions]``. Goal: a label under 20 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace

from returns_app.documents import (
    render_credit_note,
    render_item_tag,
    render_item_tag_zpl,
    render_return_label,
    render_return_label_zpl,
)
from returns_app.documents.codes import gs1_check_digit
from returns_app.documents.samples import (
    sample_credit_note,
    sample_full_credit_note,
    sample_item_tag,
    sample_return_label,
)

LABEL_GOAL_MS = 20.0


def _code(n: int) -> str:
    body = f"{n:09d}"
    return f"R{body}{gs1_check_digit(body)}"


def _time(render: Callable[[], object], repetitions: int) -> list[float]:
    render()  # warm up: font registration, imports
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        render()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _p99(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def main(repetitions: int = 200) -> int:
    label, tag = sample_return_label(), sample_item_tag()
    note, full = sample_credit_note(), sample_full_credit_note()
    long_note = replace(full, lines=full.lines * 20)
    cases: dict[str, Callable[[], object]] = {
        "return label 100x150": lambda: render_return_label(label),
        "return label a6": lambda: render_return_label(label, "a6"),
        "return label a4": lambda: render_return_label(label, "a4"),
        "return label ZPL": lambda: render_return_label_zpl(label),
        "item tag 57x32": lambda: render_item_tag(tag),
        "item tag 100x50": lambda: render_item_tag(tag, "100x50"),
        "item tag ZPL": lambda: render_item_tag_zpl(tag),
        "credit note a4 (1 line)": lambda: render_credit_note(note),
        "credit note a4 (40 lines)": lambda: render_credit_note(long_note),
        "credit note 80mm (1 line)": lambda: render_credit_note(note, "80mm"),
        "credit note 80mm (40 lines)": lambda: render_credit_note(long_note, "80mm"),
    }
    print(f"{'document':<30}{'median ms':>10}{'p99 ms':>10}   ({repetitions} runs)")
    medians = {}
    for name, render in cases.items():
        times = _time(render, repetitions)
        medians[name] = statistics.median(times)
        print(f"{name:<30}{medians[name]:>10.2f}{_p99(times):>10.2f}")

    batch = [replace(label, return_code=_code(n)) for n in range(500)]
    start = time.perf_counter()
    total = sum(len(render_return_label(data)) for data in batch)
    seconds = time.perf_counter() - start
    print(
        f"batch of 500 labels 100x150: {seconds:.2f} s ({seconds * 2:.2f} ms/label, "
        f"{total / 1e6:.1f} MB of PDF)"
    )
    ok = medians["return label 100x150"] < LABEL_GOAL_MS
    print(f"goal: a label under {LABEL_GOAL_MS:.0f} ms: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
