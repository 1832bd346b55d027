"""The monthly returns summary on one A4 page: key figures, returns per day, reasons,
products, refunds on time and throughput.

Data in, PDF bytes out. Labels of codes (kinds, reasons, grades) arrive translated in the
data; the page's own captions are translated here from the "report_summary" context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from returns_app.documents.fonts import BOLD, REGULAR, ellipsize, fit_size, width
from returns_app.documents.formatting import NBSP, day, group_for_people, money
from returns_app.documents.pdf import new_canvas
from returns_app.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "report_summary"

TITLE = QT_TRANSLATE_NOOP("report_summary", "Returns report")
PERIOD = QT_TRANSLATE_NOOP("report_summary", "Period {start} – {end}")
FILTERS = QT_TRANSLATE_NOOP("report_summary", "Only: {filters}")
RETURNS = QT_TRANSLATE_NOOP("report_summary", "Returns")
UNITS = QT_TRANSLATE_NOOP("report_summary", "{n} units")
REFUNDED = QT_TRANSLATE_NOOP("report_summary", "Refunded")
REFUNDS_N = QT_TRANSLATE_NOOP("report_summary", "{n} refunds")
ON_TIME = QT_TRANSLATE_NOOP("report_summary", "Refunds on time")
MEDIAN = QT_TRANSLATE_NOOP("report_summary", "median {days} days")
NO_REFUNDS = QT_TRANSLATE_NOOP("report_summary", "no refunds")
RECOVERED = QT_TRANSLATE_NOOP("report_summary", "Value recovered")
B_STOCK_AT = QT_TRANSLATE_NOOP("report_summary", "of which B-stock {value}")
WRITTEN_OFF = QT_TRANSLATE_NOOP("report_summary", "Written off")
AT_PRICE = QT_TRANSLATE_NOOP("report_summary", "at unit price")
PER_DAY = QT_TRANSLATE_NOOP("report_summary", "Returns per day")
WHY = QT_TRANSLATE_NOOP("report_summary", "Why customers return (units)")
BY_KIND = QT_TRANSLATE_NOOP("report_summary", "Returns by kind")
GRADES = QT_TRANSLATE_NOOP("report_summary", "Grades of inspected units")
PRODUCTS = QT_TRANSLATE_NOOP("report_summary", "Highest return rates (units sold in the period)")
PRODUCT = QT_TRANSLATE_NOOP("report_summary", "Product")
SOLD = QT_TRANSLATE_NOOP("report_summary", "Sold")
RETURNED = QT_TRANSLATE_NOOP("report_summary", "Returned")
RATE = QT_TRANSLATE_NOOP("report_summary", "Rate")
REFUNDS = QT_TRANSLATE_NOOP("report_summary", "Refunds against the 14-day limit")
ISSUED = QT_TRANSLATE_NOOP("report_summary", "Refunds issued")
ISSUED_LATE = QT_TRANSLATE_NOOP("report_summary", "Issued late")
OVERDUE = QT_TRANSLATE_NOOP("report_summary", "Unpaid past the due day")
MEDIAN_DAYS = QT_TRANSLATE_NOOP("report_summary", "Median days to refund")
THROUGHPUT = QT_TRANSLATE_NOOP("report_summary", "Throughput")
USER = QT_TRANSLATE_NOOP("report_summary", "User")
HOURS = QT_TRANSLATE_NOOP("report_summary", "Hours")
PER_HOUR = QT_TRANSLATE_NOOP("report_summary", "Per hour")
NOTHING = QT_TRANSLATE_NOOP("report_summary", "Nothing in this period.")
LATEST_LATE = QT_TRANSLATE_NOOP("report_summary", "Most overdue")
DAYS_LATE = QT_TRANSLATE_NOOP("report_summary", "{days} days late")
UNPAID = QT_TRANSLATE_NOOP("report_summary", "unpaid")
FOOTNOTE = QT_TRANSLATE_NOOP(
    "report_summary",
    "Values at the unit price paid, VAT included; B-stock at {share} of it. Rejected returns "
    "are not counted. Made {when}.",
)

# One colour per return kind, the same as in the app's charts.
KIND_COLOURS = (HexColor("#2f6db5"), HexColor("#d9822b"), HexColor("#3f9a5a"))
BAR = HexColor("#2f6db5")
GOOD = HexColor("#3f9a5a")
BAD = HexColor("#c0392b")
GREY = HexColor("#666666")
LIGHT = HexColor("#e6e6e6")
INK = HexColor("#1a1a1a")

PAGE_W, PAGE_H = A4
MARGIN = 40.0
CONTENT_W = PAGE_W - 2 * MARGIN


@dataclass(frozen=True)
class SummaryRow:
    """A labelled figure, with a second figure where the table has one."""

    label: str
    value: int
    other: int | None = None


@dataclass(frozen=True)
class DayCount:
    """Returns on one day, per kind (in the order of ``ReportSummaryData.by_kind``)."""

    day: date
    counts: tuple[int, ...]


@dataclass(frozen=True)
class ReportSummaryData:
    """Everything on the page, as plain values; labels already in the page's language."""

    shop_name: str
    date_from: date
    date_to: date
    returns: int
    units: int
    by_kind: tuple[SummaryRow, ...]
    daily: tuple[DayCount, ...]
    reasons: tuple[SummaryRow, ...]
    refunds_issued: int
    refunds_late: int
    refunded_total: Decimal
    open_overdue: int
    median_days: float | None
    recovered_full: Decimal
    recovered_b_stock: Decimal
    written_off: Decimal
    b_stock_fraction: Decimal
    grades: tuple[SummaryRow, ...]
    top_products: tuple[SummaryRow, ...]  # value: returned, other: sold
    throughput: tuple[SummaryRow, ...]  # value: returns, other: active hours
    late: tuple[SummaryRow, ...] = ()  # label: return code, value: days late, other: 1 = unpaid
    filters: tuple[str, ...] = ()
    created_at: datetime = field(default_factory=lambda: datetime(2026, 1, 1, tzinfo=UTC))


def percent_text(share: float, lang: str) -> str:
    """A share 0..1 as ``87 %`` (fi) or ``87%`` (en), one decimal under 10 %."""
    value = share * 100
    text = f"{value:.1f}" if 0 < value < 10 else f"{value:.0f}"
    if lang == "fi":
        return text.replace(".", ",") + NBSP + "%"
    return text + "%"


def number_text(value: float, lang: str, decimals: int = 1) -> str:
    """A decimal number with the language's decimal mark (whole numbers without decimals)."""
    text = str(int(value)) if float(value).is_integer() else f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "fi" else text


def render_summary(data: ReportSummaryData, lang: str = "en") -> bytes:
    """Return the one-page summary as PDF bytes (the same data gives the same bytes)."""

    def tr(text: str, **params: object) -> str:
        return translate(CONTEXT, text, lang).format(**params)

    canvas, buffer = new_canvas(
        A4, title=tr(TITLE), author=data.shop_name, created_at=data.created_at, lang=lang
    )
    page = _Page(canvas, data, lang, tr)
    page.draw()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class _Page:
    """Draws the page top to bottom; ``y`` is the top of what comes next."""

    def __init__(self, canvas: Canvas, data: ReportSummaryData, lang: str, tr) -> None:
        self.c = canvas
        self.d = data
        self.lang = lang
        self.tr = tr
        self.y = PAGE_H - MARGIN

    def draw(self) -> None:
        self._header()
        self._figures()
        self._per_day()
        self._reasons_kinds_grades()
        self._products()
        self._refunds_and_throughput()
        self._footer()

    # --- pieces ---------------------------------------------------------------------------

    def _header(self) -> None:
        d, c = self.d, self.c
        self.y -= 18
        self._text(MARGIN, self.y, self.tr(TITLE), BOLD, 18)
        shop = ellipsize(d.shop_name, REGULAR, 10, CONTENT_W / 2)
        c.setFont(REGULAR, 10)
        c.drawRightString(PAGE_W - MARGIN, self.y, shop)
        self.y -= 16
        period = self.tr(PERIOD, start=day(d.date_from, self.lang), end=day(d.date_to, self.lang))
        self._text(MARGIN, self.y, period, REGULAR, 11)
        if d.filters:
            c.setFont(REGULAR, 9)
            c.setFillColor(GREY)
            c.drawRightString(
                PAGE_W - MARGIN, self.y, self.tr(FILTERS, filters=", ".join(d.filters))
            )
            c.setFillColor(INK)
        self.y -= 14

    def _figures(self) -> None:
        d = self.d
        on_time = (
            percent_text((d.refunds_issued - d.refunds_late) / d.refunds_issued, self.lang)
            if d.refunds_issued
            else "–"
        )
        median = (
            self.tr(MEDIAN, days=number_text(d.median_days, self.lang))
            if d.median_days is not None
            else self.tr(NO_REFUNDS)
        )
        boxes = (
            (self.tr(RETURNS), str(d.returns), self.tr(UNITS, n=d.units), INK),
            (
                self.tr(REFUNDED),
                money(d.refunded_total, self.lang),
                self.tr(REFUNDS_N, n=d.refunds_issued),
                INK,
            ),
            (self.tr(ON_TIME), on_time, median, BAD if d.refunds_late else GOOD),
            (
                self.tr(RECOVERED),
                money(d.recovered_full + d.recovered_b_stock, self.lang),
                self.tr(B_STOCK_AT, value=money(d.recovered_b_stock, self.lang)),
                GOOD,
            ),
            (self.tr(WRITTEN_OFF), money(d.written_off, self.lang), self.tr(AT_PRICE), BAD),
        )
        gap = 6.0
        box_w = (CONTENT_W - gap * (len(boxes) - 1)) / len(boxes)
        box_h = 50.0
        top = self.y
        for i, (caption, value, sub, colour) in enumerate(boxes):
            x = MARGIN + i * (box_w + gap)
            self.c.setFillColor(HexColor("#f4f6f8"))
            self.c.setStrokeColor(LIGHT)
            self.c.rect(x, top - box_h, box_w, box_h, stroke=1, fill=1)
            self.c.setFillColor(colour)
            self.c.rect(x, top - box_h, 3, box_h, stroke=0, fill=1)
            self._text(
                x + 8, top - 13, ellipsize(caption, REGULAR, 8, box_w - 12), REGULAR, 8, GREY
            )
            size = 14.0
            while size > 9 and width(value, BOLD, size) > box_w - 12:
                size -= 0.5
            self._text(x + 8, top - 31, value, BOLD, size)
            small = fit_size(sub, REGULAR, 7, box_w - 12, 5.5)
            self._text(
                x + 8, top - 43, ellipsize(sub, REGULAR, small, box_w - 12), REGULAR, small, GREY
            )
        self.y = top - box_h - 18

    def _per_day(self) -> None:
        d, c = self.d, self.c
        self._heading(self.tr(PER_DAY))
        legend_x = PAGE_W - MARGIN
        c.setFont(REGULAR, 7.5)
        for row, colour in reversed(list(zip(d.by_kind, KIND_COLOURS, strict=False))):
            text = f"{row.label} {row.value}"
            legend_x -= width(text, REGULAR, 7.5)
            c.setFillColor(INK)
            c.drawString(legend_x, self.y + 12, text)
            legend_x -= 11
            c.setFillColor(colour)
            c.rect(legend_x, self.y + 11.5, 8, 7, stroke=0, fill=1)
            legend_x -= 10
        height, axis_w = 150.0, 24.0
        bottom = self.y - height
        plot_x, plot_w = MARGIN + axis_w, CONTENT_W - axis_w
        peak = max((sum(day_.counts) for day_ in d.daily), default=0)
        scale_max = _nice_max(peak)
        c.setFont(REGULAR, 7)
        for step in range(5):
            value = scale_max * step / 4
            y = bottom + height * step / 4
            c.setStrokeColor(LIGHT)
            c.line(plot_x, y, plot_x + plot_w, y)
            c.setFillColor(GREY)
            c.drawRightString(plot_x - 4, y - 2.5, f"{value:g}")
        n = max(len(d.daily), 1)
        slot = plot_w / n
        bar_w = max(slot * 0.7, 0.5)
        label_every = max(1, round(n / 16))
        for i, day_ in enumerate(d.daily):
            x = plot_x + i * slot + (slot - bar_w) / 2
            y = bottom
            for count, colour in zip(day_.counts, KIND_COLOURS, strict=False):
                if count and scale_max:
                    h = height * count / scale_max
                    c.setFillColor(colour)
                    c.rect(x, y, bar_w, h, stroke=0, fill=1)
                    y += h
            if i % label_every == 0:
                c.setFillColor(GREY)
                c.drawCentredString(x + bar_w / 2, bottom - 9, f"{day_.day.day}.{day_.day.month}.")
        c.setStrokeColor(GREY)
        c.line(plot_x, bottom, plot_x + plot_w, bottom)
        self.y = bottom - 26

    def _reasons_kinds_grades(self) -> None:
        d = self.d
        top = self.y
        left_w = CONTENT_W * 0.58
        self._heading(self.tr(WHY))
        self._bars(MARGIN, self.y, left_w - 16, d.reasons[:7], BAR)
        left_end = self.y - 13 * max(min(len(d.reasons), 7), 1)
        right_x = MARGIN + left_w
        right_w = CONTENT_W - left_w
        y = top
        self._heading(self.tr(BY_KIND), x=right_x, y=y)
        y -= 4
        for row in d.by_kind:
            y -= 12
            self._pair(right_x, y, right_w, row.label, str(row.value))
        y -= 20
        self._heading(self.tr(GRADES), x=right_x, y=y)
        y -= 4
        total = sum(g.value for g in d.grades)
        if not d.grades:
            y -= 12
            self._text(right_x, y, self.tr(NOTHING), REGULAR, 8, GREY)
        for g in d.grades:
            y -= 12
            share = percent_text(g.value / total, self.lang) if total else ""
            self._pair(right_x, y, right_w, g.label, f"{g.value}  ({share})")
        self.y = min(left_end, y) - 22

    def _products(self) -> None:
        d = self.d
        self._heading(self.tr(PRODUCTS))
        cols = (CONTENT_W * 0.64, CONTENT_W * 0.12, CONTENT_W * 0.12, CONTENT_W * 0.12)
        heads = (self.tr(PRODUCT), self.tr(SOLD), self.tr(RETURNED), self.tr(RATE))
        rows = [
            (
                p.label,
                str(p.other),
                str(p.value),
                percent_text(p.value / p.other, self.lang) if p.other else "",
            )
            for p in d.top_products
        ]
        self._table(cols, heads, rows)

    def _refunds_and_throughput(self) -> None:
        d = self.d
        top = self.y
        half = CONTENT_W / 2 - 10
        self._heading(self.tr(REFUNDS))
        y = self.y - 4
        median = number_text(d.median_days, self.lang) if d.median_days is not None else "–"
        for caption, value in (
            (self.tr(ISSUED), str(d.refunds_issued)),
            (self.tr(ISSUED_LATE), str(d.refunds_late)),
            (self.tr(OVERDUE), str(d.open_overdue)),
            (self.tr(MEDIAN_DAYS), median),
        ):
            y -= 12
            self._pair(MARGIN, y, half, caption, value)
        if d.late:
            y -= 20
            self._text(MARGIN, y, self.tr(LATEST_LATE), BOLD, 8.5)
            y -= 2
            for row in d.late:
                y -= 12
                status = self.tr(DAYS_LATE, days=row.value)
                if row.other:
                    status = f"{status}, {self.tr(UNPAID)}"
                self._pair(MARGIN, y, half, group_for_people(row.label), status)
        left_end = y
        right_x = MARGIN + CONTENT_W / 2 + 10
        self.y = top
        self._heading(self.tr(THROUGHPUT), x=right_x)
        rows = [
            (
                t.label,
                str(t.value),
                str(t.other or 0),
                number_text(t.value / t.other, self.lang) if t.other else "–",
            )
            for t in d.throughput
        ]
        self._table(
            (half * 0.4, half * 0.2, half * 0.2, half * 0.2),
            (self.tr(USER), self.tr(RETURNS), self.tr(HOURS), self.tr(PER_HOUR)),
            rows,
            x=right_x,
        )
        self.y = min(self.y, left_end - 10)

    def _footer(self) -> None:
        when = self.d.created_at
        stamp = f"{day(when.date(), self.lang)} {when:%H:%M} UTC"
        share = percent_text(float(self.d.b_stock_fraction), self.lang)
        note = self.tr(FOOTNOTE, when=stamp, share=share)
        self._text(MARGIN, MARGIN - 12, ellipsize(note, REGULAR, 7, CONTENT_W), REGULAR, 7, GREY)

    # --- drawing helpers ------------------------------------------------------------------

    def _text(
        self, x: float, y: float, text: str, font: str, size: float, colour: Color = INK
    ) -> None:
        self.c.setFont(font, size)
        self.c.setFillColor(colour)
        self.c.drawString(x, y, text)
        self.c.setFillColor(INK)

    def _heading(self, text: str, *, x: float = MARGIN, y: float | None = None) -> None:
        at = self.y if y is None else y
        self._text(x, at, text, BOLD, 10)
        if y is None:
            self.y -= 8

    def _pair(self, x: float, y: float, w: float, caption: str, value: str) -> None:
        self._text(x, y, ellipsize(caption, REGULAR, 8, w - 60), REGULAR, 8)
        self.c.setFont(BOLD, 8)
        self.c.drawRightString(x + w, y, value)

    def _bars(
        self, x: float, y: float, w: float, rows: Sequence[SummaryRow], colour: Color
    ) -> None:
        if not rows:
            self._text(x, y - 12, self.tr(NOTHING), REGULAR, 8, GREY)
            return
        label_w = w * 0.42
        peak = max(r.value for r in rows) or 1
        for i, row in enumerate(rows):
            line_y = y - 12 - i * 13
            self._text(x, line_y, ellipsize(row.label, REGULAR, 8, label_w - 4), REGULAR, 8)
            bar_w = (w - label_w - 30) * row.value / peak
            self.c.setFillColor(colour)
            self.c.rect(x + label_w, line_y - 1.5, max(bar_w, 0.5), 8.5, stroke=0, fill=1)
            self._text(x + label_w + bar_w + 4, line_y, str(row.value), REGULAR, 8)

    def _table(
        self,
        cols: Sequence[float],
        heads: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        x: float = MARGIN,
    ) -> None:
        c = self.c
        y = self.y - 6
        c.setFillColor(GREY)
        c.setFont(BOLD, 7.5)
        self._cells(x, y - 8, cols, heads, BOLD, 7.5, GREY)
        y -= 12
        c.setStrokeColor(LIGHT)
        c.line(x, y, x + sum(cols), y)
        if not rows:
            y -= 11
            self._text(x, y, self.tr(NOTHING), REGULAR, 8, GREY)
        for row in rows:
            y -= 11
            self._cells(x, y, cols, row, REGULAR, 8, INK)
        self.y = y - 18

    def _cells(
        self,
        x: float,
        y: float,
        cols: Sequence[float],
        cells: Sequence[str],
        font: str,
        size: float,
        colour: Color,
    ) -> None:
        self.c.setFont(font, size)
        self.c.setFillColor(colour)
        for i, (w, text) in enumerate(zip(cols, cells, strict=True)):
            if i == 0:
                self.c.drawString(x, y, ellipsize(text, font, size, w - 6))
            else:
                self.c.drawRightString(x + w, y, text)
            x += w
        self.c.setFillColor(INK)


def _nice_max(peak: int) -> float:
    """A round axis maximum at or above ``peak`` that divides into four steps."""
    if peak <= 0:
        return 4.0
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if step * 4 >= peak:
            return float(step * 4)
    return float(peak)
