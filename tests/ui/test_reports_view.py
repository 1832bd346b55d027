"""The Reports area on a small SQLite data set: charts, filters, exports and the PDF.

"Today" is Friday 20 March 2026, so "This month" is 1–20 March. In March: a withdrawal of
two shirts (3.3., refunded after 7 days, one restocked, one to B-stock), a defect claim on a
mug (5.3., refunded after 14 days, scrapped) and a goodwill return of a shirt (5.3., not in
yet). In February a withdrawal of a mug, refunded 18 days after its notice: late.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlalchemy import select

from returns_app.persistence.models import (
    AuditEntry,
    Customer,
    Inspection,
    Location,
    Order,
    OrderLine,
    Product,
    Refund,
    Return,
    ReturnLine,
)
from returns_app.services import sales_summary
from returns_app.services.audit import link_entry
from ui.reports import ReportsView
from ui.reports.export import TableData, write_csv
from ui.tasks import ImmediateRunner, TaskRunner

TODAY = date(2026, 3, 20)


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


@pytest.fixture
def shop(backend) -> None:
    """Write the data set described above."""
    with backend.uow() as uow:
        s = uow.session
        customer = Customer(name="Aino Laine")
        shirt = Product(
            sku="SHIRT",
            name="Paita",
            category="clothing",
            unit_price=Decimal("40.00"),
            vat_rate=Decimal("25.5"),
        )
        mug = Product(
            sku="MUG",
            name="Muki",
            category="kitchen",
            unit_price=Decimal("10.00"),
            vat_rate=Decimal("25.5"),
        )
        s.add_all([customer, shirt, mug])
        s.flush()
        where = {loc.kind: loc.id for loc in s.scalars(select(Location))}

        def line(number: str, when: datetime, product: Product, qty: int) -> OrderLine:
            order = Order(order_number=number, customer_id=customer.id, ordered_at=when)
            s.add(order)
            s.flush()
            ol = OrderLine(
                order_id=order.id,
                line_no=1,
                product_id=product.id,
                sku=product.sku,
                name=product.name,
                quantity=qty,
                unit_price=product.unit_price,
                vat_rate=product.vat_rate,
            )
            s.add(ol)
            s.flush()
            return ol

        shirts = line("2001", at(3, 2), shirt, 30)
        mugs = line("2002", at(3, 2), mug, 25)
        old_mugs = line("2000", at(2, 1), mug, 5)

        def ret(code, kind, notice, station, ol, qty, reason, goods, due=None):
            r = Return(
                code=code,
                kind=kind,
                customer_id=customer.id,
                notice_date=notice,
                notice_at=datetime.combine(notice, datetime.min.time(), UTC),
                goods_state=goods,
                station=station,
                refund_due=due,
            )
            s.add(r)
            s.flush()
            rl = ReturnLine(
                return_id=r.id,
                order_line_id=ol.id,
                qty_announced=qty,
                qty_received=qty if goods != "announced" else 0,
                reason_code=reason,
            )
            s.add(rl)
            s.flush()
            return r, rl

        ra, ra_line = ret(
            "RA",
            "withdrawal",
            date(2026, 3, 3),
            "DESK-1",
            shirts,
            2,
            "does_not_fit",
            "inspected",
            date(2026, 3, 17),
        )
        rb, rb_line = ret(
            "RB", "defect_claim", date(2026, 3, 5), "DESK-2", mugs, 1, "defective", "inspected"
        )
        ret(
            "RC",
            "goodwill",
            date(2026, 3, 5),
            "DESK-1",
            shirts,
            1,
            "changed_mind",
            "announced",
            date(2026, 3, 19),
        )
        rd, _ = ret(
            "RD",
            "withdrawal",
            date(2026, 2, 10),
            "DESK-1",
            old_mugs,
            1,
            "changed_mind",
            "closed",
            date(2026, 2, 24),
        )
        for r, total, when, station in (
            (ra, "80.00", at(3, 10), "DESK-1"),
            (rb, "10.00", at(3, 19), "DESK-2"),
            (rd, "10.00", at(2, 28), "DESK-1"),
        ):
            amount = Decimal(total)
            s.add(
                Refund(
                    return_id=r.id,
                    status="issued",
                    items_amount=amount,
                    delivery_amount=Decimal(0),
                    deduction_amount=Decimal(0),
                    label_fee_amount=Decimal(0),
                    total=amount,
                    issued_at=when,
                    station=station,
                )
            )
        for rl, unit, grade, disposition, kind in (
            (ra_line, 1, "A", "restock", "sellable"),
            (ra_line, 2, "B", "b_stock", "b_stock"),
            (rb_line, 1, "D", "scrap", "scrap"),
        ):
            s.add(
                Inspection(
                    return_line_id=rl.id,
                    unit_no=unit,
                    grade=grade,
                    disposition=disposition,
                    location_id=where[kind],
                    station="DESK-1",
                    created_at=at(3, 9),
                )
            )
        for user, station, action, r, when in (
            ("anna", "DESK-1", "parcel_received", ra, at(3, 9, 8)),
            ("anna", "DESK-1", "unit_inspected", ra, at(3, 9, 9)),
            ("ben", "DESK-2", "unit_inspected", rb, at(3, 9, 9)),
        ):
            entry = AuditEntry(
                username=user,
                station=station,
                action=action,
                entity="return",
                entity_id=r.id,
                return_id=r.id,
                at=when,
                details={},
            )
            link_entry(uow, entry)  # the next link of the log's chain (SQLite insists)
            s.add(entry)
        uow.session.flush()
        sales_summary.rebuild(uow.session)  # the rows above were written directly
        uow.commit()


class CountingRunner(ImmediateRunner):
    """Runs at once, and counts the database tasks."""

    def __init__(self) -> None:
        super().__init__()
        self.db_tasks = 0

    def run_db(self, fn, done) -> None:
        self.db_tasks += 1
        self._run(fn, done)


class HeldRunner(ImmediateRunner):
    """Keeps database tasks until ``deliver()``, like a slow database."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list = []

    def run_db(self, fn, done) -> None:
        self.held.append((fn, done))

    def deliver(self) -> None:
        held, self.held = self.held, []
        for fn, done in held:
            self._run(fn, done)


class FailingRunner(ImmediateRunner):
    """Every database task fails."""

    def run_db(self, fn, done) -> None:
        done(None, RuntimeError("the disk is on fire"))


@pytest.fixture
def saved(tmp_path):
    """Where exports go: the file dialog is replaced by this chooser, which remembers."""

    class Chooser:
        def __init__(self) -> None:
            self.asked: list[str] = []

        def __call__(self, suggested: str, _filter: str) -> str:
            self.asked.append(suggested)
            return str(tmp_path / suggested)

    return Chooser()


@pytest.fixture
def make_view(qtbot, app_context, shop, saved):
    def make(runner=None) -> ReportsView:
        if runner is not None:
            app_context.runner = runner
        view = ReportsView(app_context, choose_path=saved, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        return view

    return make


def values(bar_set) -> list[float]:
    return [bar_set.at(i) for i in range(bar_set.count())]


def test_the_view_opens_on_this_month_with_every_chart_drawn(make_view):
    view = make_view()
    assert view.filters.report_filter().date_from == date(2026, 3, 1)
    assert view.kpis["returns"].text() == "3"
    assert view.kpis["units"].text() == "4"
    kinds = view.volume_panel.content.bar_sets
    assert [s.label() for s in kinds] == ["Withdrawal", "Defect claim", "Goodwill"]
    assert all(s.count() == 20 for s in kinds)  # 1-20 March, a bar a day
    assert values(kinds[0])[2] == 1 and values(kinds[1])[4] == 1 and values(kinds[2])[4] == 1
    assert view.reasons_panel.content.chart.series()[0].count() == 3  # three reasons
    rates = view.rates_panel.content.bar_sets[0]
    assert values(rates) == [4.0, 10.0]  # mugs 1/25, shirts 3/30 (the highest at the top)
    # The products are named in full beside their bars, not shortened to "..."
    (names,) = view.rates_panel.content.chart.axes(Qt.Orientation.Vertical)
    assert not names.truncateLabels() and len(names.categories()) == 2
    value = view.value_panel.content.bar_sets
    assert [(s.label(), values(s)) for s in value if any(values(s))] == [
        ("Restocked", [40.0, 0.0]),
        ("B-stock", [20.0, 0.0]),
        ("Scrapped", [0.0, 10.0]),
    ]
    assert view.grades_panel.content.chart.series()[0].count() == 3
    # anna: RA in two clock hours; ben: RB in one (the fastest at the top).
    assert values(view.throughput_panel.content.bar_sets[0]) == [0.5, 1.0]
    # Ticks every 0.25 are labelled so (with one decimal they read 0.3, 0.5, 0.8, 1.0, 1.3).
    (rate_axis,) = view.throughput_panel.content.chart.axes(Qt.Orientation.Horizontal)
    assert (rate_axis.max(), rate_axis.tickCount(), rate_axis.labelFormat()) == (1.25, 6, "%.2f")


def test_money_follows_the_language_the_ui_runs_in_not_the_saved_setting(
    make_view, app_context
):
    """``--lang en`` at a station saved as Finnish: the reports write money in English, as
    every other screen does (they read the saved setting and wrote ``0,00 €``)."""
    app_context.settings.set("ui/language", "fi")  # QLocale is English: the UI runs in English
    view = make_view()
    assert view.kpis["refunded"].text().startswith("€")
    assert "," not in view.kpis["refunded"].text().split(".")[-1]


def test_choosing_last_month_reads_every_report_again(make_view, qtbot):
    runner = CountingRunner()
    view = make_view(runner)
    before = runner.db_tasks
    with qtbot.waitSignal(view.refreshed):
        view.filters.last_month_button.click()
    assert runner.db_tasks - before == 7  # one task per report, not one per date field
    assert view.volume_panel.content.bar_sets[0].count() == 28  # February 2026
    assert view.kpis["returns"].text() == "1"
    assert view.late_table.rowCount() == 1
    assert view.late_table.item(0, 0).text() == "RD"
    assert view.late_table.item(0, 5).data(0) == 4  # paid 28.2., due 24.2.


def test_a_long_period_is_shown_in_weeks(make_view):
    view = make_view()
    view.filters.last_90_button.click()
    assert view.volume_panel.content.chart.title() == "Returns per week"
    assert view.volume_panel.content.bar_sets[0].count() == 14  # Mondays 15.12.-16.3.


def test_filters_narrow_every_chart(make_view):
    view = make_view()
    view.filters.kind_combo.setCurrentIndex(view.filters.kind_combo.findData("defect_claim"))
    assert view.kpis["returns"].text() == "1"
    assert view.reasons_panel.content.table.rows == (("Defective", "defective", 1, 1),)
    station = view.filters.station_combo
    assert [station.itemText(i) for i in range(station.count())][1:] == ["DESK-1", "DESK-2"]
    station.setCurrentIndex(station.findData("DESK-1"))
    assert view.kpis["returns"].text() == "0"


def test_an_answer_to_an_older_request_is_dropped(make_view, qtbot):
    runner = HeldRunner()
    view = make_view(runner)
    view.filters.last_month_button.click()  # a second request while the first is pending
    with qtbot.waitSignal(view.refreshed):
        runner.deliver()
    assert view.kpis["returns"].text() == "1"  # February, not March


def test_export_csv_writes_the_rows_behind_the_chart(make_view, qtbot, saved):
    view = make_view()
    with qtbot.waitSignal(view.exported) as written:
        view.volume_panel.csv_button.click()
    assert saved.asked == ["returns-per-day-2026-03-01_2026-03-20.csv"]
    with open(written.args[0], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Day", "Withdrawal", "Defect claim", "Goodwill", "Returns", "Units"]
    assert len(rows) == 21
    assert rows[3] == ["2026-03-03", "1", "0", "0", "1", "2"]


def test_export_csv_of_the_value_chart_keeps_money_exact(make_view, qtbot):
    view = make_view()
    with qtbot.waitSignal(view.exported) as written:
        view.value_panel.csv_button.click()
    with open(written.args[0], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1:] == [
        ["Restocked", "1", "40.00", "40.00", "Recovered"],
        ["B-stock", "1", "40.00", "20.00", "Recovered"],
        ["Scrapped", "1", "10.00", "10.00", "Written off"],
    ]


def test_the_late_refunds_list_exports_as_csv(make_view, qtbot):
    view = make_view()
    view.filters.last_month_button.click()
    with qtbot.waitSignal(view.exported) as written:
        view.late_csv_button.click()
    with open(written.args[0], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1] == ["RD", "Withdrawal", "2026-02-10", "2026-02-24", "2026-02-28", "4", "10.00"]


FORMULA = ("=", "+", "-", "@", "\t", "\r")  # OWASP "CSV Injection"


def _poison(backend) -> set[str]:
    """Give the shop's products and users texts a spreadsheet would run; return them."""
    texts = {
        "SHIRT": ('=HYPERLINK("http://x","y")', "+1+1", "@SUM(A1)"),
        "MUG": ("\t=1", "-2+3", "\r=1"),
    }
    with backend.uow() as uow:
        for product in uow.session.scalars(select(Product)):
            product.name, product.sku, product.category = texts[product.sku]
        ra = uow.session.scalar(select(Return).where(Return.code == "RA"))
        entry = AuditEntry(  # the audit log is append-only: a user with such a name at work
            username="-1+1",
            station="DESK-1",
            action="unit_inspected",
            entity="return",
            entity_id=ra.id,
            return_id=ra.id,
            at=at(3, 9, 11),
            details={},
        )
        link_entry(uow, entry)  # the next link of the log's chain (SQLite insists)
        uow.session.add(entry)
        uow.commit()
    return {"-1+1", *(t for group in texts.values() for t in group)}


def _cells_are_safe(rows: list[list[str]], poisoned: set[str], numeric: set[int]) -> set[str]:
    """Check every cell; return the formula starts of the shop's texts that were written."""
    starts = set()
    for row in rows[1:]:
        for i, cell in enumerate(row):
            if i in numeric:
                assert cell[:1].isdigit() and Decimal(cell) >= 0, cell
                continue
            assert not cell.startswith(FORMULA), cell
            if cell.startswith("'"):  # only a stored text that starts a formula, given back
                assert cell[1:] in poisoned and cell[1:].startswith(FORMULA), cell
                starts.add(cell[1])
    return starts


def test_report_csvs_write_the_shops_texts_as_text_never_as_formulas(make_view, qtbot, backend):
    poisoned = _poison(backend)
    view = make_view()
    with qtbot.waitSignal(view.exported) as written:
        view.rates_panel.csv_button.click()
    with open(written.args[0], encoding="utf-8-sig", newline="") as f:
        rates = list(csv.reader(f))
    assert rates[0] == ["SKU", "Product", "Category", "Sold", "Returned", "Return rate"]
    assert {(r[0], r[1], r[2]) for r in rates[1:]} == {
        ("'+1+1", '\'=HYPERLINK("http://x","y")', "'@SUM(A1)"),
        ("'-2+3", "'\t=1", "'\r=1"),
    }
    starts = _cells_are_safe(rates, poisoned, {3, 4, 5})
    view.throughput_combo.setCurrentIndex(0)  # by user
    with qtbot.waitSignal(view.exported) as written:
        view.throughput_panel.csv_button.click()
    with open(written.args[0], encoding="utf-8-sig", newline="") as f:
        throughput = list(csv.reader(f))
    assert "'-1+1" in [r[0] for r in throughput[1:]]
    starts |= _cells_are_safe(throughput, poisoned, set(range(1, 7)))
    assert starts == set(FORMULA)


def test_a_report_csv_keeps_negative_numbers_as_numbers_and_neutralises_text(tmp_path):
    table = TableData(
        ("Text", "Amount", "Units", "Rate", "Day"),
        (
            ("-12.50", Decimal("-12.50"), -3, -0.25, date(2026, 3, 1)),
            ("=1+1", Decimal("4.00"), None, 1.5, None),
        ),
    )
    path = write_csv(str(tmp_path / "t.csv"), table)
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1:] == [
        ["'-12.50", "-12.50", "-3", "-0.25", "2026-03-01"],
        ["'=1+1", "4.00", "", "1.5", ""],
    ]


def test_export_png_writes_the_chart_as_a_picture(make_view, qtbot):
    view = make_view()  # grab() paints a hidden widget too (showing one warns offscreen)
    with qtbot.waitSignal(view.exported) as written:
        view.lead_panel.png_button.click()
    image = QImage(written.args[0])
    assert not image.isNull()
    assert image.width() > 300 and image.height() > 200


@pytest.fixture
def finnish_ui():
    """The UI running in Finnish (as ``ui.app`` sets it at start), English again afterwards."""
    from ui.app import set_locale

    set_locale("fi")
    yield
    set_locale("en")


def test_charts_write_numbers_as_the_ui_language_does(make_view, finnish_ui):
    view = make_view()  # Finnish: 0,25 on the throughput axis, not 0.25
    for panel in (view.throughput_panel, view.rates_panel, view.volume_panel):
        chart = panel.content.chart
        assert chart.localizeNumbers() and chart.locale().decimalPoint() == ","
    # Localised, Qt writes nothing at all for "%d": every value axis says "%.Nf".
    for name in ("volume", "groups", "rates", "lead", "value", "throughput"):
        for axis in getattr(view, f"{name}_panel").content.chart.axes():
            if type(axis) is QValueAxis:  # not its QCategoryAxis subclass (named ranges)
                assert re.match(r"%\.\df", axis.labelFormat()), (name, axis.labelFormat())
    # Localised, Qt writes the format's text as it stands around the number: one "%".
    (rates_axis,) = view.rates_panel.content.chart.axes(Qt.Orientation.Horizontal)
    assert rates_axis.labelFormat().endswith(" %") and "%%" not in rates_axis.labelFormat()


def test_the_monthly_pdf_summary_shows_the_months_totals(make_view, qtbot, saved, finnish_ui):
    view = make_view()  # the UI runs in Finnish: the summary is written in Finnish
    with qtbot.waitSignal(view.exported) as written:
        view.pdf_button.click()
    assert saved.asked == ["returns-2026-03.pdf"]
    with open(written.args[0], "rb") as f:
        reader = PdfReader(io.BytesIO(f.read()))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split()).replace("\xa0", " ")
    # Refunded 80.00 + 10.00, both in time; recovered 40.00 + 20.00; scrapped 10.00.
    for expected in (
        "1.3.2026",
        "31.3.2026",
        "90,00 €",
        "100 %",
        "60,00 €",
        "10,00 €",
        "Paita (SHIRT)",
    ):
        assert expected in text, expected


def test_a_database_error_is_shown_not_raised(make_view, qtbot):
    view = make_view(FailingRunner())
    assert "the disk is on fire" in view.status.text()
    with qtbot.waitSignal(view.failed):
        view.filters.this_month_button.click()


def test_reports_are_read_off_the_gui_thread(qtbot, app_context, shop):
    runner = TaskRunner()
    app_context.runner = runner
    view = ReportsView(app_context, today=lambda: TODAY)
    qtbot.addWidget(view)
    try:
        qtbot.waitUntil(lambda: view.kpis["returns"].text() == "3", timeout=10_000)
        with qtbot.waitSignal(view.refreshed, timeout=10_000):
            view.filters.last_month_button.click()
        assert view.kpis["returns"].text() == "1"
    finally:
        assert runner.wait()
