"""Every report against a straightforward reference computation, on SQLite and PostgreSQL.

The reports read only their period (the returns of the period through the notice-day index,
their lines and orders by key). Here a small mixed shop, four months of orders and returns
made from a fixed seed (every kind and state, several stations and users, lines without a
product or category, refunds and inspections at any hour of the day), is read back row by row
and each report worked out again in plain Python, the way its docstring states it: the two
must agree for every period and filter tried.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import select

from returns_app.domain.calendar import HELSINKI, notice_date_from_utc
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
from returns_app.services import reports, sales_summary
from returns_app.services.audit import link_entry
from returns_app.services.reports import (
    DispositionValue,
    GradeCount,
    Granularity,
    GroupBy,
    GroupReasonRow,
    LateRefund,
    LeadBucket,
    ProductRate,
    ReasonRow,
    ReportFilter,
    ThroughputRow,
    VolumeBucket,
)

TODAY = date(2026, 5, 20)
KINDS = ("withdrawal", "defect_claim", "goodwill")
GOODS = ("announced", "in_transit", "received", "inspected", "closed", "rejected")
MONEY = ("none", "proposed", "refunded", "part_refunded", "not_refundable")
REASONS = ("does_not_fit", "changed_mind", "defective", "not_as_described", "other")
STATIONS = ("DESK-1", "DESK-2", "DESK-3")
USERS = ("anna", "ben", "cecilia")
ACTIONS = (
    "return_registered",  # not processing: never counted
    "parcel_received",
    "parcel_matched",
    "item_checked_in",
    "unit_inspected",
    "refund_issued",
    "return_closed",
)
GRADES = {"A": "restock", "B": "b_stock", "C": "quarantine", "D": "scrap"}
PROCESSING = ACTIONS[1:]
PARCELS = ("parcel_received", "parcel_matched")

PERIODS = [
    ReportFilter(date(2026, 3, 1), date(2026, 3, 31)),
    ReportFilter(date(2026, 4, 1), date(2026, 4, 30)),
    ReportFilter(date(2026, 3, 15), date(2026, 5, 10)),
    ReportFilter(date(2026, 2, 1), date(2026, 6, 30)),
    ReportFilter(date(2026, 3, 29), date(2026, 3, 29)),  # summer time starts
]
NARROWED = [
    {"kind": "withdrawal"},
    {"category": "clothing"},
    {"station": "DESK-2"},
    {"kind": "defect_claim", "category": "shoes", "station": "DESK-1"},
]


def filters() -> list[ReportFilter]:
    march = PERIODS[0]
    return PERIODS + [ReportFilter(march.date_from, march.date_to, **n) for n in NARROWED]


# --- The shop ---------------------------------------------------------------------------------


@dataclass
class Rows:
    """The shop's rows as plain values, read back from the database."""

    products: dict[int, dict] = field(default_factory=dict)
    orders: dict[int, dict] = field(default_factory=dict)
    order_lines: dict[int, dict] = field(default_factory=dict)
    returns: dict[int, dict] = field(default_factory=dict)
    return_lines: dict[int, dict] = field(default_factory=dict)
    refunds: list[dict] = field(default_factory=list)
    inspections: list[dict] = field(default_factory=list)
    audit: list[dict] = field(default_factory=list)


def _as_dict(obj, *names: str) -> dict:
    return {n: getattr(obj, n) for n in names}


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def build_shop(backend, seed: int = 17) -> Rows:
    rng = random.Random(seed)
    with backend.uow() as uow:
        s = uow.session
        customer = Customer(name="Mixed Shop Customer")
        s.add(customer)
        catalogue = [
            ("SHIRT", "Paita", "clothing", "40.00"),
            ("DRESS", "Mekko", "clothing", "79.90"),
            ("BOOT", "Saapas", "shoes", "100.00"),
            ("SANDAL", "Sandaali", "shoes", "35.50"),
            ("MUG", "Muki", "kitchen", "9.99"),
            ("GIFT", "Lahjakortti", "", "25.00"),  # a product without a category
        ]
        products = [
            Product(
                sku=sku,
                name=name,
                category=cat,
                unit_price=Decimal(price),
                vat_rate=Decimal("25.5"),
            )
            for sku, name, cat, price in catalogue
        ]
        s.add_all(products)
        location = s.scalars(select(Location)).first()
        if location is None:
            location = Location(code="T-MAIN", name="main", kind="sellable")
            s.add(location)
        s.flush()

        order_lines: list[tuple[OrderLine, datetime]] = []
        start = datetime(2026, 2, 1, tzinfo=UTC)
        for n in range(90):
            at = start + timedelta(
                days=rng.randint(0, 115), hours=rng.randint(0, 23), minutes=rng.randint(0, 59)
            )
            o = Order(order_number=f"M{n:04d}", customer_id=customer.id, ordered_at=at)
            s.add(o)
            s.flush()
            for line_no, p in enumerate(rng.sample(products, rng.randint(1, 3)), start=1):
                free_text = rng.random() < 0.08  # an imported line not linked to a product
                ol = OrderLine(
                    order_id=o.id,
                    line_no=line_no,
                    product_id=None if free_text else p.id,
                    sku=p.sku if not free_text else "FREE",
                    name=p.name if not free_text else "Vapaa rivi",
                    quantity=rng.randint(1, 4),
                    unit_price=p.unit_price,
                    vat_rate=p.vat_rate,
                )
                s.add(ol)
                order_lines.append((ol, at))
        s.flush()

        for n in range(70):
            chosen = rng.sample(order_lines, rng.randint(1, 2))
            ordered = max(at for _, at in chosen)
            notice = notice_date_from_utc(ordered) + timedelta(days=rng.randint(0, 25))
            kind = rng.choice(KINDS)
            r = Return(
                code=f"Q{n:04d}",
                kind=kind,
                customer_id=customer.id,
                notice_date=notice,
                notice_at=datetime.combine(notice, time(8), UTC),
                goods_state=rng.choice(GOODS),
                money_state=rng.choice(MONEY),
                station=rng.choice(STATIONS),
                refund_due=None
                if kind == "defect_claim" or rng.random() < 0.1
                else notice + timedelta(days=14 + rng.choice((0, 0, 3))),
                proof_of_dispatch_at=datetime.combine(notice, time(12), UTC)
                if rng.random() < 0.3
                else None,
            )
            s.add(r)
            s.flush()
            lines = []
            for ol, _ in chosen:
                qty = rng.randint(1, ol.quantity)
                line = ReturnLine(
                    return_id=r.id,
                    order_line_id=ol.id,
                    qty_announced=qty,
                    qty_received=qty,
                    reason_code=rng.choice(REASONS),
                )
                s.add(line)
                lines.append(line)
            s.flush()
            base = datetime.combine(notice, time(6), UTC)

            def later(days: int, base: datetime = base) -> datetime:
                return base + timedelta(
                    days=rng.randint(0, days),
                    hours=rng.randint(0, 23),
                    minutes=rng.randint(0, 59),
                )

            for line in lines:
                for unit in range(1, line.qty_announced + 1):
                    if rng.random() < 0.6:
                        grade = rng.choice("ABCD")
                        disposition = GRADES[grade] if rng.random() < 0.8 else "supplier"
                        s.add(
                            Inspection(
                                return_line_id=line.id,
                                unit_no=unit,
                                grade=grade,
                                disposition=disposition,
                                location_id=location.id,
                                station=rng.choice(STATIONS),
                                created_at=later(12),
                            )
                        )
            for _ in range(rng.choice((0, 1, 1, 1, 2))):
                status = rng.choice(("issued", "issued", "issued", "cancelled", "proposed"))
                amount = Decimal(rng.randint(100, 20000)) / 100
                if status == "proposed" and s.scalar(
                    select(Refund.id).where(Refund.return_id == r.id, Refund.status == status)
                ):
                    continue
                s.add(
                    Refund(
                        return_id=r.id,
                        status=status,
                        items_amount=amount,
                        delivery_amount=Decimal(0),
                        deduction_amount=Decimal(0),
                        label_fee_amount=Decimal(0),
                        total=amount,
                        issued_at=later(30) if status == "issued" else None,
                        station=rng.choice(STATIONS),
                    )
                )
                s.flush()
            for _ in range(rng.randint(1, 6)):
                entry = AuditEntry(
                    username=rng.choice(USERS),
                    station=rng.choice(STATIONS),
                    action=rng.choice(ACTIONS),
                    entity="return",
                    entity_id=r.id,
                    return_id=r.id,
                    at=later(30),
                    details={},
                )
                link_entry(uow, entry)
                s.add(entry)
                s.flush()
        sales_summary.rebuild(s)
        uow.commit()
    return read_rows(backend)


def read_rows(backend) -> Rows:
    rows = Rows()
    with backend.uow(readonly=True) as uow:
        s = uow.session
        for p in s.scalars(select(Product)):
            rows.products[p.id] = _as_dict(p, "id", "sku", "name", "category")
        for o in s.scalars(select(Order)):
            rows.orders[o.id] = {"ordered_at": _aware(o.ordered_at)}
        for ol in s.scalars(select(OrderLine)):
            rows.order_lines[ol.id] = _as_dict(
                ol, "order_id", "product_id", "sku", "name", "quantity", "unit_price"
            )
        for r in s.scalars(select(Return)):
            rows.returns[r.id] = _as_dict(
                r,
                "id",
                "code",
                "kind",
                "notice_date",
                "goods_state",
                "money_state",
                "station",
                "refund_due",
                "proof_of_dispatch_at",
            )
        for rl in s.scalars(select(ReturnLine)):
            rows.return_lines[rl.id] = _as_dict(
                rl, "return_id", "order_line_id", "qty_announced", "reason_code"
            )
        for f in s.scalars(select(Refund)):
            rows.refunds.append(
                {
                    **_as_dict(f, "return_id", "status", "total", "station"),
                    "issued_at": _aware(f.issued_at),
                }
            )
        for i in s.scalars(select(Inspection)):
            rows.inspections.append(
                {
                    **_as_dict(i, "return_line_id", "grade", "disposition", "station"),
                    "created_at": _aware(i.created_at),
                }
            )
        for a in s.scalars(select(AuditEntry).where(AuditEntry.return_id.is_not(None))):
            rows.audit.append(
                {**_as_dict(a, "username", "station", "action", "return_id"), "at": _aware(a.at)}
            )
    return rows


# --- The reference: each report by hand ----------------------------------------------------------


def counted(r: dict, f: ReportFilter) -> bool:
    return r["goods_state"] != "rejected" and (f.kind is None or r["kind"] == f.kind)


def in_bounds(moment: datetime | None, f: ReportFilter) -> bool:
    start, end = f.utc_bounds()
    return moment is not None and start <= moment < end


def category_of(rows: Rows, order_line_id: int) -> str | None:
    pid = rows.order_lines[order_line_id]["product_id"]
    return None if pid is None else rows.products[pid]["category"]


def has_line_in(rows: Rows, return_id: int, category: str) -> bool:
    return any(
        rl["return_id"] == return_id and category_of(rows, rl["order_line_id"]) == category
        for rl in rows.return_lines.values()
    )


def period_lines(rows: Rows, f: ReportFilter) -> list[tuple[dict, dict]]:
    """(return, line) of the counted returns noticed in the period, with the filters."""
    out = []
    for rl in rows.return_lines.values():
        r = rows.returns[rl["return_id"]]
        if not (f.date_from <= r["notice_date"] <= f.date_to and counted(r, f)):
            continue
        if f.category is not None and category_of(rows, rl["order_line_id"]) != f.category:
            continue
        if f.station is not None and r["station"] != f.station:
            continue
        out.append((r, rl))
    return out


def ref_volume(rows: Rows, f: ReportFilter, granularity: Granularity) -> tuple[VolumeBucket, ...]:
    def bucket(day: date) -> date:
        return day if granularity is Granularity.DAY else day - timedelta(days=day.weekday())

    returns: dict[date, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    units: dict[date, int] = defaultdict(int)
    for r, rl in period_lines(rows, f):
        returns[bucket(r["notice_date"])][r["kind"]].add(r["id"])
        units[bucket(r["notice_date"])] += rl["qty_announced"]
    first, out = bucket(f.date_from), []
    day = first
    while day <= f.date_to:
        kinds = {k: len(v) for k, v in returns.get(day, {}).items()}
        out.append(VolumeBucket(day, **kinds, units=units.get(day, 0)))
        day += timedelta(days=1 if granularity is Granularity.DAY else 7)
    return tuple(out)


def ref_reasons(rows: Rows, f: ReportFilter) -> tuple[ReasonRow, ...]:
    lines: dict[str, int] = defaultdict(int)
    units: dict[str, int] = defaultdict(int)
    for _, rl in period_lines(rows, f):
        lines[rl["reason_code"]] += 1
        units[rl["reason_code"]] += rl["qty_announced"]
    order = sorted(units, key=lambda k: (-units[k], k))
    return tuple(ReasonRow(k, lines[k], units[k]) for k in order)


def ref_reasons_by_group(
    rows: Rows, f: ReportFilter, by: GroupBy, limit: int
) -> tuple[GroupReasonRow, ...]:
    units: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    by_reason: dict[tuple[str, str], int] = defaultdict(int)
    for _, rl in period_lines(rows, f):
        ol = rows.order_lines[rl["order_line_id"]]
        if by is GroupBy.CATEGORY:
            key = category_of(rows, rl["order_line_id"]) or ""
            shown = key
        else:
            key, shown = ol["sku"], ol["name"]
        units[key] += rl["qty_announced"]
        names[key] = min(names.get(key, shown), shown)
        by_reason[(key, rl["reason_code"])] += rl["qty_announced"]
    top = sorted(units, key=lambda k: (-units[k], k))[:limit]
    out = []
    for key in top:
        reasons = sorted(
            ((reason, u) for (k, reason), u in by_reason.items() if k == key),
            key=lambda x: (-x[1], x[0]),
        )
        out += [GroupReasonRow(key, names[key], reason, u) for reason, u in reasons]
    return tuple(out)


def ref_rates(rows: Rows, f: ReportFilter, min_sold: int, limit: int) -> tuple[ProductRate, ...]:
    sold: dict[int, int] = defaultdict(int)
    returned: dict[int, int] = defaultdict(int)
    for ol in rows.order_lines.values():
        if ol["product_id"] is not None and in_bounds(rows.orders[ol["order_id"]]["ordered_at"], f):
            sold[ol["product_id"]] += ol["quantity"]
    for rl in rows.return_lines.values():
        r = rows.returns[rl["return_id"]]
        ol = rows.order_lines[rl["order_line_id"]]
        if ol["product_id"] is None or not counted(r, f):
            continue
        if f.station is not None and r["station"] != f.station:
            continue
        if in_bounds(rows.orders[ol["order_id"]]["ordered_at"], f):
            returned[ol["product_id"]] += rl["qty_announced"]
    rated = [
        ProductRate(pid, p["sku"], p["name"], p["category"], sold[pid], returned.get(pid, 0))
        for pid, p in rows.products.items()
        if sold.get(pid, 0) >= min_sold and (f.category is None or p["category"] == f.category)
    ]
    rated.sort(key=lambda p: (-(p.returned / p.sold), -p.sold, p.sku))
    return tuple(rated[:limit])


def ref_lead(rows: Rows, f: ReportFilter, today: date):
    def due(r: dict) -> date:
        return r["refund_due"] or r["notice_date"] + timedelta(days=14)

    def narrowed(r: dict, station: str | None) -> bool:
        if not counted(r, f):
            return False
        if f.station is not None and station != f.station:
            return False
        return f.category is None or has_line_in(rows, r["id"], f.category)

    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    total, late = Decimal(0), []
    for refund in rows.refunds:
        r = rows.returns[refund["return_id"]]
        if refund["status"] != "issued" or not in_bounds(refund["issued_at"], f):
            continue
        if not narrowed(r, refund["station"]):
            continue
        on = refund["issued_at"].astimezone(HELSINKI).date()
        days = (on - r["notice_date"]).days
        is_late = days > (due(r) - r["notice_date"]).days
        counts[days][0] += 1
        counts[days][1] += is_late
        total += refund["total"]
        if is_late:
            late.append(
                LateRefund(
                    r["id"],
                    r["code"],
                    r["kind"],
                    r["notice_date"],
                    due(r),
                    on,
                    days,
                    refund["total"],
                )
            )
    paid = {x["return_id"] for x in rows.refunds if x["status"] == "issued"}
    last_due = min(f.date_to, today - timedelta(days=1))
    open_rows = [
        r
        for r in rows.returns.values()
        if narrowed(r, r["station"])
        and f.date_from <= due(r) <= last_due
        and r["id"] not in paid
        and r["money_state"] not in ("refunded", "not_refundable")
        and (r["goods_state"] in ("received", "inspected", "closed") or r["proof_of_dispatch_at"])
    ]
    late += [
        LateRefund(
            r["id"],
            r["code"],
            r["kind"],
            r["notice_date"],
            due(r),
            None,
            (today - r["notice_date"]).days,
            None,
        )
        for r in open_rows
    ]
    late.sort(key=lambda x: (-x.days_late, x.code))
    buckets = tuple(LeadBucket(d, n, n_late) for d, (n, n_late) in sorted(counts.items()))
    return buckets, total.quantize(Decimal("0.01")), len(open_rows), tuple(late)


def ref_value(rows: Rows, f: ReportFilter, fraction: Decimal):
    units: dict[str, int] = defaultdict(int)
    at_price: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    counted_value: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
    grades: dict[str, int] = defaultdict(int)
    for i in rows.inspections:
        rl = rows.return_lines[i["return_line_id"]]
        r = rows.returns[rl["return_id"]]
        if not (in_bounds(i["created_at"], f) and counted(r, f)):
            continue
        if f.station is not None and i["station"] != f.station:
            continue
        if f.category is not None and category_of(rows, rl["order_line_id"]) != f.category:
            continue
        price = rows.order_lines[rl["order_line_id"]]["unit_price"]
        value = price
        if i["disposition"] == "b_stock":
            value = (price * fraction).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        units[i["disposition"]] += 1
        at_price[i["disposition"]] += price
        counted_value[i["disposition"]] += value
        grades[i["grade"]] += 1
    known = ("restock", "b_stock", "quarantine", "scrap", "supplier")
    order = [d for d in known if d in units] + sorted(set(units) - set(known))
    return (
        tuple(DispositionValue(d, units[d], at_price[d], counted_value[d]) for d in order),
        tuple(GradeCount(g, grades[g]) for g in sorted(grades)),
    )


def ref_throughput(rows: Rows, f: ReportFilter, by: GroupBy) -> tuple[ThroughputRow, ...]:
    per: dict[str, dict] = defaultdict(
        lambda: {"returns": set(), "parcels": 0, "units": 0, "refunds": 0, "hours": set()}
    )
    for a in rows.audit:
        r = rows.returns.get(a["return_id"])
        if r is None or a["action"] not in PROCESSING or not in_bounds(a["at"], f):
            continue
        if not counted(r, f) or (f.station is not None and a["station"] != f.station):
            continue
        if f.category is not None and not has_line_in(rows, r["id"], f.category):
            continue
        into = per[a["username"] if by is GroupBy.USER else a["station"]]
        into["returns"].add(r["id"])
        into["parcels"] += a["action"] in PARCELS
        into["units"] += a["action"] == "unit_inspected"
        into["refunds"] += a["action"] == "refund_issued"
        into["hours"].add(a["at"].astimezone(UTC).replace(minute=0, second=0, microsecond=0))
    out = [
        ThroughputRow(k, len(v["returns"]), v["parcels"], v["units"], v["refunds"], len(v["hours"]))
        for k, v in per.items()
    ]
    out.sort(key=lambda t: (-t.returns, t.key))
    return tuple(out)


# --- The comparisons ------------------------------------------------------------------------------


@pytest.fixture
def rows(backend) -> Rows:
    return build_shop(backend)


def ro(backend):
    return backend.uow(readonly=True)


def test_the_mixed_shop_has_something_in_every_report(rows):
    march = PERIODS[0]
    assert len(period_lines(rows, march)) > 10
    assert sum(b.returns for b in ref_volume(rows, march, Granularity.DAY)) > 5
    assert ref_lead(rows, march, TODAY)[0] and ref_value(rows, march, Decimal("0.5"))[0]
    assert ref_throughput(rows, march, GroupBy.USER)
    assert any(p.returned for p in ref_rates(rows, march, 1, 15))


@pytest.mark.parametrize("granularity", [Granularity.DAY, Granularity.WEEK])
def test_volume_matches_the_reference(backend, rows, granularity):
    for f in filters():
        got = reports.returns_volume(ro(backend), f, granularity)
        assert got.buckets == ref_volume(rows, f, granularity), f


def test_reasons_match_the_reference(backend, rows):
    for f in filters():
        assert reports.return_reasons(ro(backend), f) == ref_reasons(rows, f), f


@pytest.mark.parametrize("by", [GroupBy.CATEGORY, GroupBy.PRODUCT])
def test_reasons_by_group_match_the_reference(backend, rows, by):
    for f in filters():
        for limit in (2, 10):
            got = reports.reasons_by_group(ro(backend), f, by, limit)
            assert got == ref_reasons_by_group(rows, f, by, limit), (f, limit)


def test_return_rates_match_the_reference(backend, rows):
    for f in filters():
        for min_sold in (1, 8):
            got = reports.return_rates(ro(backend), f, min_sold=min_sold)
            assert got == ref_rates(rows, f, min_sold, 15), (f, min_sold)


def test_refund_lead_times_match_the_reference(backend, rows):
    for f in filters():
        got = reports.refund_lead_times(ro(backend), f, today=TODAY)
        buckets, total, open_overdue, late = ref_lead(rows, f, TODAY)
        assert (got.buckets, got.refunded_total, got.open_overdue) == (
            buckets,
            total,
            open_overdue,
        ), f
        assert got.late == late, f


def test_recovery_value_matches_the_reference(backend, rows):
    for f in filters():
        got = reports.recovery_value(ro(backend), f, b_stock_fraction=Decimal("0.35"))
        assert (got.dispositions, got.grades) == ref_value(rows, f, Decimal("0.35")), f


@pytest.mark.parametrize("by", [GroupBy.USER, GroupBy.STATION])
def test_throughput_matches_the_reference(backend, rows, by):
    for f in filters():
        assert reports.throughput(ro(backend), f, by) == ref_throughput(rows, f, by), f


def test_report_options_match_the_reference(backend, rows):
    options = reports.report_options(ro(backend))
    assert options.categories == tuple(
        sorted({p["category"] for p in rows.products.values() if p["category"]})
    )
    with backend.uow(readonly=True) as uow:
        stations = set(uow.session.scalars(select(AuditEntry.station)))
    assert options.stations == tuple(sorted(s for s in stations if s))
    assert options.first_day == min(r["notice_date"] for r in rows.returns.values())


# --- What the reports read ------------------------------------------------------------------------


def statements(backend, run) -> list[str]:
    """The SQL statements ``run()`` sends (the reports' queries, not the transaction's)."""
    from sqlalchemy import event

    seen: list[str] = []

    def record(conn, cursor, statement, *args) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append(statement)

    event.listen(backend.engine, "before_cursor_execute", record)
    try:
        run()
    finally:
        event.remove(backend.engine, "before_cursor_execute", record)
    return seen


def test_reports_read_the_period_once_and_order_lines_only_to_group_by_product(backend, rows):
    march = PERIODS[0]
    for run in (
        lambda: reports.returns_volume(ro(backend), march),
        lambda: reports.returns_volume(ro(backend), march, Granularity.WEEK),
        lambda: reports.return_reasons(ro(backend), march),
    ):
        (sql,) = statements(backend, run)
        assert "order_lines" not in sql and "FROM returns JOIN return_lines" in sql
    clothing = ReportFilter(march.date_from, march.date_to, category="clothing")
    (sql,) = statements(backend, lambda: reports.return_reasons(ro(backend), clothing))
    assert "order_lines" not in sql and "JOIN products" in sql  # the line's product copy
    # Return rates and recovery value read no order line either (migration 0016).
    for run in (
        lambda: reports.return_rates(ro(backend), march),
        lambda: reports.return_rates(ro(backend), clothing),
        lambda: reports.recovery_value(ro(backend), march),
        lambda: reports.reasons_by_group(ro(backend), march),
    ):
        assert not any("order_lines" in sql for sql in statements(backend, run))
    # Reasons by group: one pass (it took two); lead times: three (five).
    assert len(statements(backend, lambda: reports.reasons_by_group(ro(backend), march))) == 1
    lead = statements(backend, lambda: reports.refund_lead_times(ro(backend), march, today=TODAY))
    assert len(lead) == 3
    # The overdue list probes each candidate's refunds (not a list of every issued one), and
    # its candidates are the unpaid money states (read from that index on SQLite).
    assert "NOT (EXISTS" in lead[2] and "returns.money_state IN" in lead[2], lead[2]
    if backend.engine.dialect.name == "postgresql":
        # Nor is it read in notice-day index order (which walked every return).
        assert "returns.notice_date + " in lead[2], lead[2]
    else:
        # Each refund's lead day is worked out once, not for the select, group and lateness.
        assert lead[0].startswith("WITH issued AS MATERIALIZED"), lead[0]
        with backend.engine.connect() as conn:
            plan = " | ".join(
                row[-1]
                for row in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + lead[2].replace("?", "NULL")
                )
            )
        assert "ix_returns_money_state_refund_due" in plan and "SCAN refunds" not in plan, plan
    # The stations come from an index walk, not a DISTINCT over the whole log.
    (sql,) = [
        s
        for s in statements(backend, lambda: reports.report_options(ro(backend)))
        if "audit_log" in s
    ]
    assert "RECURSIVE" in sql and "DISTINCT" not in sql
