"""What every chart of the Reports area shares: colours, axes and the chart itself.

Every chart has animations off, so that what is grabbed as PNG is the finished picture.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt
from PySide6.QtGui import QFont

from returns_app.services.reports import labels
from ui.reports.export import TableData

KIND_COLOURS = {"withdrawal": "#2f6db5", "defect_claim": "#d9822b", "goodwill": "#3f9a5a"}
GRADE_COLOURS = {"A": "#3f9a5a", "B": "#9cc46b", "C": "#e3a33b", "D": "#c0392b"}
DISPOSITION_COLOURS = {
    "restock": "#3f9a5a",
    "b_stock": "#9cc46b",
    "quarantine": "#e3a33b",
    "scrap": "#c0392b",
    "supplier": "#7d5ba6",
}
PALETTE = ("#2f6db5", "#d9822b", "#3f9a5a", "#c0392b", "#7d5ba6", "#8c6d31", "#e377c2", "#7f7f7f")
ON_TIME, LATE = "#3f9a5a", "#c0392b"
MAX_LEAD_DAYS = 60  # longer lead times share the last column
MAX_LABELS = 16  # category labels shown at most; the others stay blank


@dataclass(frozen=True)
class ChartContent:
    """A chart and the data behind it."""

    chart: QChart
    table: TableData

    @property
    def bar_sets(self) -> list[QBarSet]:
        """The bar sets of the chart's bar series (tests and screenshots look at them)."""
        sets: list[QBarSet] = []
        for series in self.chart.series():
            if isinstance(series, QAbstractBarSeries):
                sets.extend(series.barSets())
        return sets


def code_label(table: dict[str, str], code: str) -> str:
    """The translated label of a code (a kind, reason, grade, disposition)."""
    return labels.label(table, code, tr=QCoreApplication.translate)


def nice_step(peak: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) so that ``ticks`` steps reach
    ``peak``."""
    if peak <= 0:
        return 1.0
    raw = peak / ticks
    power = 1.0
    while power * 10 <= raw:
        power *= 10
    while power > raw:
        power /= 10
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def value_axis(peak: float, label_format: str, *, whole: bool = True) -> QValueAxis:
    """A value axis from 0 to a round number at or above ``peak``."""
    step = nice_step(peak)
    if whole:
        step = max(1.0, round(step))
    steps = max(1, int(-(-peak // step)))
    axis = QValueAxis()
    axis.setRange(0, step * steps)
    axis.setTickCount(steps + 1)
    axis.setLabelFormat(_precise_enough(label_format, step))
    return axis


def _precise_enough(label_format: str, step: float) -> str:
    """``label_format`` with as many decimals as the ticks need: a step of 0.25 labelled
    with one decimal would read 0.3, 0.5, 0.8 (and 2.5 with none, 2 and 5 and 8)."""
    needed = next((d for d in range(4) if abs(round(step, d) - step) < 1e-9), 4)
    return re.sub(
        r"%\.(\d)f", lambda m: f"%.{max(int(m.group(1)), needed)}f", label_format, count=1
    )


def category_axis(
    names: Sequence[str], shown: Callable[[int], bool] | None = None
) -> QBarCategoryAxis:
    """A category axis whose labels never overlap: with many categories only every n-th
    label (or those ``shown(index)`` accepts) is written, the others are left blank."""
    if shown is None:
        step = -(-len(names) // MAX_LABELS)
        shown = lambda i: i % step == 0  # noqa: E731
    axis = QBarCategoryAxis()
    axis.append(unique([name if shown(i) else "" for i, name in enumerate(names)]))
    return axis


def labelled_every(n: int) -> list[int]:
    """Indexes to label among ``n`` categories: all when few, else every k-th."""
    step = -(-n // MAX_LABELS)
    return list(range(0, n, step))


def labelled_days(days: Sequence[date]) -> list[int]:
    """Indexes of the days to label: every day when few; else Mondays (every k-th, so that at
    most ``MAX_LABELS`` are written), skipping one too close to the left edge to fit."""
    if len(days) <= MAX_LABELS:
        return list(range(len(days)))
    mondays = [i for i, d in enumerate(days) if d.weekday() == 0]
    step = -(-len(mondays) // MAX_LABELS)
    return [i for i in mondays[::step] if i >= 2]


def spaced_axis(names: Sequence[str], shown: Sequence[int]) -> QCategoryAxis:
    """An axis for bars ``0 .. len(names) - 1`` that writes only the names at ``shown``.

    Qt shortens a label to the room of its category; here a label's room reaches back to the
    previous label, so a few labels under many thin bars stay whole.
    """
    axis = QCategoryAxis()
    axis.setRange(-0.5, len(names) - 0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setGridLineVisible(False)
    for label, i in zip(unique([names[i] for i in shown]), shown, strict=True):
        axis.append(label, i)
    return axis


def percent(share: float | None, lang: str) -> str:
    """``0.75`` as ``75 %`` (fi) or ``75%`` (en); a dash for no value."""
    if share is None:
        return "–"
    text = f"{share * 100:.0f}"
    return f"{text}\u00a0%" if lang == "fi" else f"{text}%"


def new_chart(title: str) -> QChart:
    """A chart with a bold title, the legend below and animations off."""
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setPointSizeF(max(font.pointSizeF(), 10) * 1.2)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    # Axis and bar labels as the UI language writes numbers (0,25 in Finnish): the locale the
    # app set from it at start, not the system's.
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setShowToolTips(True)  # a label cut short shows in full under the mouse
    return chart


def attach(chart: QChart, series: QAbstractBarSeries, x: QAbstractAxis, y: QAbstractAxis) -> None:
    """Add ``series`` to ``chart`` with ``x`` below and ``y`` on the left."""
    chart.addSeries(series)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


def attach_horizontal(
    chart: QChart, series: QAbstractBarSeries, names: Sequence[str], x: QValueAxis
) -> None:
    """Add horizontal bars: ``names`` on the left (the first at the bottom), values below."""
    y = QBarCategoryAxis()
    y.append(unique(list(names)))
    # Qt Charts gives the category labels little room and shortens them to "..." (even
    # "Paita M"): the names are what the chart is read by, so they take the room they need.
    y.setTruncateLabels(False)
    attach(chart, series, x, y)


def unique(names: list[str]) -> list[str]:
    """Category names must differ; repeat a name with a zero-width space."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        n = seen.get(name, 0)
        seen[name] = n + 1
        out.append(name + "\u200b" * n)
    return out
