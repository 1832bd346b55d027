"""Charts (QtCharts) and their CSV tables, built from the reports' DTOs.

One method per chart; each returns a fresh :class:`QChart` and the :class:`TableData` that the
"Export CSV" button writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPen

from returns_app.services.reports import (
    Granularity,
    GroupBy,
    GroupReasonRow,
    LeadTimeReport,
    ProductRate,
    ReasonRow,
    ThroughputRow,
    ValueReport,
    VolumeReport,
    labels,
)
from ui.money import SHOP_CURRENCY, currency_symbol
from ui.reports.chart_base import (
    DISPOSITION_COLOURS,
    GRADE_COLOURS,
    KIND_COLOURS,
    LATE,
    MAX_LEAD_DAYS,
    ON_TIME,
    PALETTE,
    ChartContent,
    attach,
    attach_horizontal,
    category_axis,
    code_label,
    labelled_days,
    labelled_every,
    new_chart,
    percent,
    spaced_axis,
    value_axis,
)
from ui.reports.export import TableData


class ChartFactory(QObject):
    """Builds every chart of the Reports area (a QObject for ``tr``) in ``lang``'s number
    style."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def _content(self, chart: QChart, table: TableData) -> ChartContent:
        """Pair ``chart`` with ``table``; an empty chart says so in its title."""
        if not any(isinstance(v, int | float | Decimal) and v for row in table.rows for v in row):
            chart.setTitle(self.tr("{title}: nothing in this period").format(title=chart.title()))
        return ChartContent(chart, table)

    # --- Volume ---------------------------------------------------------------------------

    def bucket_names(self, report: VolumeReport) -> list[str]:
        """Category names for the buckets: ``3.11.`` per day, ``wk 45`` per week (with the
        year when the buckets span more than one)."""
        starts = [b.start for b in report.buckets]
        years = {d.year for d in starts}
        names = []
        for start in starts:
            if report.granularity is Granularity.WEEK:
                year, week, _ = start.isocalendar()
                name = self.tr("wk {week}").format(week=week)
                names.append(f"{name}/{year % 100:02d}" if len(years) > 1 else name)
            else:
                name = f"{start.day}.{start.month}."
                names.append(f"{name}{start.year % 100:02d}" if len(years) > 1 else name)
        return names

    def volume(self, report: VolumeReport) -> ChartContent:
        """Returns per day or week, stacked by kind."""
        daily = report.granularity is Granularity.DAY
        chart = new_chart(self.tr("Returns per day") if daily else self.tr("Returns per week"))
        series = QStackedBarSeries()
        for kind in ("withdrawal", "defect_claim", "goodwill"):
            bar_set = QBarSet(code_label(labels.KINDS, kind))
            bar_set.setColor(QColor(KIND_COLOURS[kind]))
            bar_set.append([float(getattr(b, kind)) for b in report.buckets])
            series.append(bar_set)
        series.setBarWidth(0.7)
        peak = max((b.returns for b in report.buckets), default=0)
        names = self.bucket_names(report)
        if daily:
            starts = [b.start for b in report.buckets]
            shown = labelled_days(starts)
            x = spaced_axis(names, shown)
        else:
            x = spaced_axis(names, labelled_every(len(names)))
        attach(chart, series, x, value_axis(peak, "%.0f"))
        table = TableData(
            (
                self.tr("Day") if daily else self.tr("Week from"),
                code_label(labels.KINDS, "withdrawal"),
                code_label(labels.KINDS, "defect_claim"),
                code_label(labels.KINDS, "goodwill"),
                self.tr("Returns"),
                self.tr("Units"),
            ),
            tuple(
                (b.start, b.withdrawal, b.defect_claim, b.goodwill, b.returns, b.units)
                for b in report.buckets
            ),
        )
        return self._content(chart, table)

    # --- Reasons --------------------------------------------------------------------------

    def reasons(self, rows: Sequence[ReasonRow]) -> ChartContent:
        """A pie of the reasons, in units."""
        chart = new_chart(self.tr("Why customers return (units)"))
        series = QPieSeries()
        total = sum(r.units for r in rows)
        for i, row in enumerate(rows):
            share = row.units / total if total else 0
            name = code_label(labels.REASONS, row.reason)
            # The legend carries the names: slice labels get cut off beside a small pie.
            piece = series.append(f"{name}: {row.units} ({percent(share, self.lang)})", row.units)
            piece.setColor(QColor(PALETTE[i % len(PALETTE)]))
        series.setPieSize(0.8)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        table = TableData(
            (self.tr("Reason"), self.tr("Code"), self.tr("Lines"), self.tr("Units")),
            tuple((code_label(labels.REASONS, r.reason), r.reason, r.lines, r.units) for r in rows),
        )
        return self._content(chart, table)

    def reasons_by_group(self, rows: Sequence[GroupReasonRow], by: GroupBy) -> ChartContent:
        """Units per reason within each category or product, as stacked horizontal bars."""
        per_category = by is GroupBy.CATEGORY
        chart = new_chart(
            self.tr("Reasons per category") if per_category else self.tr("Reasons per product")
        )
        groups: list[str] = []
        names: dict[str, str] = {}
        totals: dict[str, int] = {}
        units: dict[tuple[str, str], int] = {}
        for row in rows:
            if row.key not in names:
                groups.append(row.key)
                shown = code_label({}, row.label) if per_category else row.label
                names[row.key] = shown
            totals[row.reason] = totals.get(row.reason, 0) + row.units
            units[(row.key, row.reason)] = row.units
        reasons = sorted(totals, key=lambda r: (-totals[r], r))
        groups.reverse()  # the biggest group at the top
        series = QHorizontalStackedBarSeries()
        for i, reason in enumerate(reasons):
            bar_set = QBarSet(code_label(labels.REASONS, reason))
            bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
            bar_set.append([float(units.get((g, reason), 0)) for g in groups])
            series.append(bar_set)
        peak = max((sum(units.get((g, r), 0) for r in reasons) for g in groups), default=0)
        attach_horizontal(chart, series, [names[g] for g in groups], value_axis(peak, "%.0f"))
        table = TableData(
            (
                self.tr("Category") if per_category else self.tr("Product"),
                self.tr("Reason"),
                self.tr("Units"),
            ),
            tuple((names[r.key], code_label(labels.REASONS, r.reason), r.units) for r in rows),
        )
        return self._content(chart, table)

    # --- Products -------------------------------------------------------------------------

    def rates(self, rows: Sequence[ProductRate], min_sold: int) -> ChartContent:
        """The products with the highest return rates, as horizontal bars in per cent."""
        chart = new_chart(
            self.tr("Highest return rates (products sold at least {n} times)").format(n=min_sold)
        )
        series = QHorizontalBarSeries()
        bar_set = QBarSet(self.tr("Returned units / sold units, %"))
        bar_set.setColor(QColor(PALETTE[0]))
        ordered = list(reversed(rows))  # the highest rate at the top
        bar_set.append([round(p.rate * 100, 2) for p in ordered])
        series.append(bar_set)
        series.setBarWidth(min(0.8, 0.2 * max(len(rows), 1)))
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        peak = max((p.rate * 100 for p in rows), default=0.0)
        names = [f"{p.name} ({p.sku})" for p in ordered]
        decimals = 2 if peak < 1 else 1 if peak < 10 else 0  # small rates keep their digits
        # A lone "%": the charts localise their numbers, and then Qt replaces the number's
        # placeholder alone and writes the rest as it stands ("%%" would show as "%%").
        axis = value_axis(peak * 1.1, f"%.{decimals}f %", whole=False)
        attach_horizontal(chart, series, names, axis)
        chart.legend().setVisible(False)
        table = TableData(
            (
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Category"),
                self.tr("Sold"),
                self.tr("Returned"),
                self.tr("Return rate"),
            ),
            tuple((p.sku, p.name, p.category, p.sold, p.returned, round(p.rate, 4)) for p in rows),
        )
        return self._content(chart, table)

    # --- Refunds --------------------------------------------------------------------------

    def lead_times(self, report: LeadTimeReport) -> ChartContent:
        """Refunds by days from notice to refund, on time and late, against the limit."""
        chart = new_chart(
            self.tr("Days from notice to refund (legal limit {days} days)").format(
                days=report.limit_days
            )
        )
        last = min(max([report.limit_days + 1, *(b.days for b in report.buckets)]), MAX_LEAD_DAYS)
        on_time = [0.0] * (last + 1)
        late = [0.0] * (last + 1)
        for bucket in report.buckets:
            at = min(bucket.days, last)
            on_time[at] += bucket.refunds - bucket.late
            late[at] += bucket.late
        series = QStackedBarSeries()
        for name, colour, values in (
            (self.tr("On time"), ON_TIME, on_time),
            (self.tr("Late"), LATE, late),
        ):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            bar_set.append(values)
            series.append(bar_set)
        series.setBarWidth(0.8)
        peak = max((a + b for a, b in zip(on_time, late, strict=True)), default=0)
        # Days are numbers: a value axis ticks every week (0, 7, 14, ...), where a category
        # axis would have to squeeze a label under each of up to 60 bars.
        x = QValueAxis()
        x.setRange(-0.5, last + 0.5)
        x.setTickType(QValueAxis.TickType.TicksDynamic)
        x.setTickAnchor(0)
        x.setTickInterval(7)
        x.setLabelFormat("%.0f")
        x.setTitleText(
            self.tr("days ({last} and more in the last column)").format(last=last)
            if any(b.days > last for b in report.buckets)
            else self.tr("days")
        )
        y = value_axis(peak, "%.0f")
        attach(chart, series, x, y)
        limit = QLineSeries()
        limit.setName(self.tr("Legal limit"))
        limit.append(report.limit_days + 0.5, 0)
        limit.append(report.limit_days + 0.5, y.max())
        pen = QPen(QColor(LATE))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(1.5)
        limit.setPen(pen)
        chart.addSeries(limit)
        limit.attachAxis(x)
        limit.attachAxis(y)
        table = TableData(
            (self.tr("Days"), self.tr("Refunds"), self.tr("Late")),
            tuple((b.days, b.refunds, b.late) for b in report.buckets),
        )
        return self._content(chart, table)

    def late_table(self, report: LeadTimeReport) -> TableData:
        """The late refunds as a table (for the list under the chart and its CSV)."""
        return TableData(
            (
                self.tr("Return"),
                self.tr("Kind"),
                self.tr("Notice"),
                self.tr("Due"),
                self.tr("Refunded on"),
                self.tr("Days late"),
                self.tr("Amount"),
            ),
            tuple(
                (
                    r.code,
                    code_label(labels.KINDS, r.kind),
                    r.notice_date,
                    r.due,
                    r.issued_on,
                    r.days_late,
                    r.total,
                )
                for r in report.late
            ),
        )

    # --- Value ----------------------------------------------------------------------------

    def value(self, report: ValueReport) -> ChartContent:
        """Value recovered against value written off, stacked by where the units went."""
        chart = new_chart(
            self.tr("Value recovered and written off ({currency})").format(
                currency=currency_symbol(SHOP_CURRENCY)
            )
        )
        series = QStackedBarSeries()
        recovered, written_off = self.tr("Recovered"), self.tr("Written off")
        for disposition in DISPOSITION_COLOURS:
            row = next((d for d in report.dispositions if d.disposition == disposition), None)
            bar_set = QBarSet(code_label(labels.DISPOSITIONS, disposition))
            bar_set.setColor(QColor(DISPOSITION_COLOURS[disposition]))
            amount = float(row.counted) if row else 0.0
            recovers = disposition in ("restock", "b_stock")
            bar_set.append([amount if recovers else 0.0, 0.0 if recovers else amount])
            series.append(bar_set)
        series.setBarWidth(0.5)
        peak = float(max(report.recovered, report.written_off))
        attach(
            chart,
            series,
            category_axis([recovered, written_off]),
            value_axis(peak, "%.0f", whole=False),
        )
        table = TableData(
            (
                self.tr("Disposition"),
                self.tr("Units"),
                self.tr("Value at price"),
                self.tr("Value counted"),
                self.tr("Counts as"),
            ),
            tuple(
                (
                    code_label(labels.DISPOSITIONS, d.disposition),
                    d.units,
                    d.at_price,
                    d.counted,
                    recovered if d.recovers else written_off,
                )
                for d in report.dispositions
            ),
        )
        return self._content(chart, table)

    def grades(self, report: ValueReport) -> ChartContent:
        """A pie of the grades of the inspected units."""
        chart = new_chart(self.tr("Grades of inspected units"))
        series = QPieSeries()
        total = report.units
        for grade in report.grades:
            share = grade.units / total if total else 0
            piece = series.append(
                f"{code_label(labels.GRADES, grade.grade)}: {grade.units} "
                f"({percent(share, self.lang)})",
                grade.units,
            )
            piece.setColor(QColor(GRADE_COLOURS.get(grade.grade, PALETTE[-1])))
        series.setPieSize(0.8)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        table = TableData(
            (self.tr("Grade"), self.tr("Units")),
            tuple((g.grade, g.units) for g in report.grades),
        )
        return self._content(chart, table)

    # --- Throughput -----------------------------------------------------------------------

    def throughput(self, rows: Sequence[ThroughputRow], by: GroupBy) -> ChartContent:
        """Returns processed per active hour, per user or station."""
        per_user = by is GroupBy.USER
        chart = new_chart(
            self.tr("Returns processed per hour, by user")
            if per_user
            else self.tr("Returns processed per hour, by station")
        )
        ordered = sorted(rows, key=lambda r: (r.returns_per_hour, r.key))
        series = QHorizontalBarSeries()
        bar_set = QBarSet(self.tr("Returns per active hour"))
        bar_set.setColor(QColor(PALETTE[0]))
        bar_set.append([round(r.returns_per_hour, 1) for r in ordered])
        series.append(bar_set)
        series.setBarWidth(min(0.8, 0.2 * max(len(rows), 1)))
        series.setLabelsVisible(True)
        peak = max((r.returns_per_hour for r in rows), default=0.0)
        names = [r.key or "–" for r in ordered]
        axis = value_axis(peak * 1.1, "%.1f" if peak < 10 else "%.0f", whole=False)
        attach_horizontal(chart, series, names, axis)
        chart.legend().setVisible(False)
        table = TableData(
            (
                self.tr("User") if per_user else self.tr("Station"),
                self.tr("Returns"),
                self.tr("Parcels"),
                self.tr("Units inspected"),
                self.tr("Refunds"),
                self.tr("Active hours"),
                self.tr("Returns per hour"),
            ),
            tuple(
                (
                    r.key,
                    r.returns,
                    r.parcels,
                    r.units_inspected,
                    r.refunds,
                    r.active_hours,
                    round(r.returns_per_hour, 2),
                )
                for r in rows
            ),
        )
        return self._content(chart, table)
