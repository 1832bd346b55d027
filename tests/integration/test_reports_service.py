"""The reports against a small data set computed by hand, on SQLite and PostgreSQL.

The data set is March 2026 at a shop selling shirts (40.00, clothing), boots (100.00, shoes)
and mugs (9.99, kitchen). Its rows sit on the edges that matter: an order placed at 00:30 on
1 March Helsinki time (still 28 February in UTC), another at 00:30 on 1 April (31 March in
UTC), a refund at 23:30 on 17 March (winter time, UTC+2) and one at 01:30 on 30 March
(summer time since 29 March, UTC+3), a rejected return that must never count, a cancelled
refund, a return the shop may still hold (art. 13(3)) and one whose customer proved dispatch.
Every expected number below is worked out in the comment next to it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
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
from returns_app.services import reports, sales_summary
from returns_app.services.audit import link_entry
from returns_app.services.reports import GroupBy, ReportFilter

MARCH = ReportFilter(date(2026, 3, 1), date(2026, 3, 31))
APRIL = ReportFilter(date(2026, 4, 1), date(2026, 4, 30))
TODAY = date(2026, 4, 5)


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@dataclass(frozen=True)
class Shop:
    """What the tests need to know about the data set."""

    returns: dict[str, int]


def build_march(backend) -> Shop:
    """Write the March 2026 data set with the ORM (timestamps chosen, not ``now``)."""
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
        boot = Product(
            sku="BOOT",
            name="Saapas",
            category="shoes",
            unit_price=Decimal("100.00"),
            vat_rate=Decimal("25.5"),
        )
        mug = Product(
            sku="MUG",
            name="Muki",
            category="kitchen",
            unit_price=Decimal("9.99"),
            vat_rate=Decimal("25.5"),
        )
        s.add_all([customer, shirt, boot, mug])
        s.flush()
        locations = {}
        for kind in ("sellable", "b_stock", "quarantine", "scrap", "supplier"):
            locations[kind] = s.scalars(select(Location).where(Location.kind == kind)).first()
            if locations[kind] is None:  # the first migration may not seed every kind
                locations[kind] = Location(code=f"T-{kind}", name=kind, kind=kind)
                s.add(locations[kind])
        s.flush()

        def order(number: str, at: datetime, *lines: tuple[Product, int]) -> list[OrderLine]:
            o = Order(order_number=number, customer_id=customer.id, ordered_at=at)
            s.add(o)
            s.flush()
            made = [
                OrderLine(
                    order_id=o.id,
                    line_no=i,
                    product_id=p.id,
                    sku=p.sku,
                    name=p.name,
                    quantity=q,
                    unit_price=p.unit_price,
                    vat_rate=p.vat_rate,
                )
                for i, (p, q) in enumerate(lines, start=1)
            ]
            s.add_all(made)
            s.flush()
            return made

        o1_shirt, o1_boot = order("1001", utc(3, 2, 10), (shirt, 10), (boot, 5))
        # 22:30 UTC on 28 Feb is 00:30 on 1 March in Helsinki: a March sale.
        o2_shirt, o2_mug = order("1002", utc(2, 28, 22, 30), (shirt, 10), (mug, 30))
        # 21:30 UTC on 31 March is 00:30 on 1 April in Helsinki (summer time): not March.
        order("1003", utc(3, 31, 21, 30), (shirt, 50))
        (o4_boot,) = order("1004", utc(2, 10, 12), (boot, 20))

        ids: dict[str, int] = {}

        def ret(
            code: str,
            kind: str,
            notice: date,
            station: str,
            *lines,
            goods="received",
            refund_due: date | None = None,
            proof: bool = False,
        ) -> list[ReturnLine]:
            r = Return(
                code=code,
                kind=kind,
                customer_id=customer.id,
                notice_date=notice,
                notice_at=datetime(notice.year, notice.month, notice.day, 8, tzinfo=UTC),
                goods_state=goods,
                station=station,
                refund_due=refund_due,
                proof_of_dispatch_at=utc(2, 27, 9) if proof else None,
            )
            s.add(r)
            s.flush()
            ids[code] = r.id
            made = [
                ReturnLine(
                    return_id=r.id,
                    order_line_id=ol.id,
                    qty_announced=q,
                    qty_received=q if goods != "announced" else 0,
                    reason_code=why,
                )
                for ol, q, why in lines
            ]
            s.add_all(made)
            s.flush()
            return made

        r1_shirt, r1_boot = ret(
            "R1",
            "withdrawal",
            date(2026, 3, 3),
            "DESK-1",
            (o1_shirt, 2, "does_not_fit"),
            (o1_boot, 1, "defective"),
            goods="inspected",
            refund_due=date(2026, 3, 17),
        )
        (r2_shirt,) = ret(
            "R2",
            "withdrawal",
            date(2026, 3, 3),
            "DESK-2",
            (o2_shirt, 1, "changed_mind"),
            goods="closed",
            refund_due=date(2026, 3, 17),
        )
        (r3_boot,) = ret(
            "R3",
            "defect_claim",
            date(2026, 3, 10),
            "DESK-1",
            (o4_boot, 2, "defective"),
            goods="inspected",
        )
        (r4_mug,) = ret(
            "R4",
            "goodwill",
            date(2026, 3, 16),
            "DESK-2",
            (o2_mug, 3, "changed_mind"),
            goods="inspected",
            refund_due=date(2026, 3, 30),
        )
        ret(
            "R5",
            "withdrawal",
            date(2026, 3, 20),
            "DESK-1",
            (o1_shirt, 1, "does_not_fit"),
            goods="announced",
            refund_due=date(2026, 4, 3),
        )
        ret(
            "R6",
            "withdrawal",
            date(2026, 3, 5),
            "DESK-2",
            (o1_shirt, 1, "does_not_fit"),
            goods="rejected",
        )
        ret(
            "R7",
            "withdrawal",
            date(2026, 2, 27),
            "DESK-1",
            (o4_boot, 1, "does_not_fit"),
            goods="closed",
            refund_due=date(2026, 3, 13),
        )
        ret(
            "R8",
            "withdrawal",
            date(2026, 3, 31),
            "DESK-2",
            (o2_shirt, 1, "does_not_fit"),
            goods="received",
            refund_due=date(2026, 4, 14),
        )
        # Due in March, unpaid: R10's goods never came (the shop may hold the refund), R11's
        # customer proved dispatch (the shop may not).
        ret(
            "R10",
            "withdrawal",
            date(2026, 2, 25),
            "DESK-1",
            (o4_boot, 1, "other"),
            goods="announced",
            refund_due=date(2026, 3, 11),
        )
        ret(
            "R11",
            "withdrawal",
            date(2026, 2, 26),
            "DESK-1",
            (o4_boot, 1, "other"),
            goods="announced",
            refund_due=date(2026, 3, 12),
            proof=True,
        )

        def refund(
            code: str,
            total: str,
            at: datetime | None,
            status: str = "issued",
            station: str = "DESK-1",
        ) -> None:
            amount = Decimal(total)
            s.add(
                Refund(
                    return_id=ids[code],
                    status=status,
                    items_amount=amount,
                    delivery_amount=Decimal(0),
                    deduction_amount=Decimal(0),
                    label_fee_amount=Decimal(0),
                    total=amount,
                    issued_at=at,
                    station=station,
                )
            )

        refund("R7", "100.00", utc(3, 2, 9))  # noticed 27.2., paid 2.3.: 3 days
        refund("R1", "180.00", utc(3, 10, 10))  # 3.3. -> 10.3.: 7 days
        # 21:30 UTC on 17 March is 23:30 in Helsinki (winter time): 14 days, just in time.
        refund("R2", "40.00", utc(3, 17, 21, 30), station="DESK-2")
        # 22:30 UTC on 29 March is 01:30 on the 30th (summer time): 20 days, late.
        refund("R3", "200.00", utc(3, 29, 22, 30))
        refund("R4", "29.97", None, status="cancelled")
        # 21:30 UTC on 31 March is 00:30 on 1 April: an April refund, 1 day after notice.
        refund("R8", "40.00", utc(3, 31, 21, 30), station="DESK-2")
        s.flush()

        def inspect(
            line: ReturnLine, unit: int, grade: str, disposition: str, at: datetime, station: str
        ) -> None:
            kind = "sellable" if disposition == "restock" else disposition
            s.add(
                Inspection(
                    return_line_id=line.id,
                    unit_no=unit,
                    grade=grade,
                    disposition=disposition,
                    location_id=locations[kind].id,
                    station=station,
                    created_at=at,
                )
            )

        inspect(r1_shirt, 1, "A", "restock", utc(3, 5, 7, 20), "DESK-1")
        inspect(r1_shirt, 2, "B", "b_stock", utc(3, 5, 7, 40), "DESK-1")
        inspect(r1_boot, 1, "C", "quarantine", utc(3, 5, 8, 5), "DESK-1")
        inspect(r2_shirt, 1, "D", "scrap", utc(3, 6, 13, 15), "DESK-2")
        inspect(r3_boot, 1, "B", "b_stock", utc(3, 12, 9, 30), "DESK-1")
        inspect(r3_boot, 2, "D", "supplier", utc(3, 31, 22, 30), "DESK-1")  # 1 April
        for unit, (grade, disposition, minute) in enumerate(
            (("B", "b_stock", 45), ("B", "b_stock", 50), ("A", "restock", 55)), start=1
        ):
            inspect(r4_mug, unit, grade, disposition, utc(3, 20, 13, minute), "DESK-2")

        def audit(user: str, station: str, action: str, code: str, at: datetime) -> None:
            entry = AuditEntry(
                username=user,
                station=station,
                action=action,
                entity="return",
                entity_id=ids[code],
                return_id=ids[code],
                at=at,
                details={},
            )
            link_entry(uow, entry)  # the next link of the log's chain (SQLite insists)
            s.add(entry)

        for action, code, at in (
            ("return_registered", "R1", utc(3, 3, 8)),  # not processing: ignored
            ("parcel_received", "R1", utc(3, 5, 7, 10)),
            ("unit_inspected", "R1", utc(3, 5, 7, 20)),
            ("unit_inspected", "R1", utc(3, 5, 7, 40)),
            ("unit_inspected", "R1", utc(3, 5, 8, 5)),
            ("refund_issued", "R1", utc(3, 10, 10)),
            ("parcel_received", "R3", utc(3, 12, 9)),
            ("unit_inspected", "R3", utc(3, 12, 9, 30)),
            ("unit_inspected", "R3", utc(3, 31, 22, 30)),  # 1 April in Helsinki
        ):
            audit("anna", "DESK-1", action, code, at)
        audit("anna", "DESK-2", "return_closed", "R2", utc(3, 18, 8))
        for action, code, at in (
            ("parcel_received", "R2", utc(3, 6, 13)),
            ("unit_inspected", "R2", utc(3, 6, 13, 15)),
            ("refund_issued", "R2", utc(3, 17, 21, 30)),
            ("item_checked_in", "R4", utc(3, 20, 13, 40)),
            ("unit_inspected", "R4", utc(3, 20, 13, 45)),
            ("unit_inspected", "R4", utc(3, 20, 13, 50)),
            ("unit_inspected", "R4", utc(3, 20, 14, 10)),
            ("parcel_received", "R6", utc(3, 5, 13)),  # rejected return: ignored
        ):
            audit("ben", "DESK-2", action, code, at)
        uow.session.flush()
        sales_summary.rebuild(uow.session)  # the rows above were written directly
        uow.commit()
    return Shop(ids)


@pytest.fixture
def shop(backend) -> Shop:
    return build_march(backend)


def ro(backend):
    return backend.uow(readonly=True)


# --- Volume ---------------------------------------------------------------------------------


def test_returns_per_day_count_each_kind_on_its_notice_day_and_fill_empty_days(backend, shop):
    volume = reports.returns_volume(ro(backend), MARCH)
    assert len(volume.buckets) == 31
    assert volume.buckets[0].start == date(2026, 3, 1)
    busy = {
        b.start.day: (b.withdrawal, b.defect_claim, b.goodwill, b.units)
        for b in volume.buckets
        if b.returns
    }
    # R1 (3 units) and R2 (1) on the 3rd; R3 (2) the 10th; R4 (3) the 16th; R5, R8 one each.
    # R6 is rejected and R7 was noticed in February.
    assert busy == {
        3: (2, 0, 0, 4),
        10: (0, 1, 0, 2),
        16: (0, 0, 1, 3),
        20: (1, 0, 0, 1),
        31: (1, 0, 0, 1),
    }
    assert (volume.returns, volume.units) == (6, 11)
    assert volume.by_kind() == {"withdrawal": 4, "defect_claim": 1, "goodwill": 1}


def test_returns_per_week_start_on_monday_and_cover_the_whole_period(backend, shop):
    volume = reports.returns_volume(ro(backend), MARCH, reports.Granularity.WEEK)
    weeks = [(b.start, b.returns, b.units) for b in volume.buckets]
    # 1 March 2026 is a Sunday, so the first week began on Monday 23 February.
    assert weeks == [
        (date(2026, 2, 23), 0, 0),
        (date(2026, 3, 2), 2, 4),
        (date(2026, 3, 9), 1, 2),
        (date(2026, 3, 16), 2, 4),
        (date(2026, 3, 23), 0, 0),
        (date(2026, 3, 30), 1, 1),
    ]


@pytest.mark.parametrize(
    ("overrides", "returns", "units"),
    [
        ({"kind": "withdrawal"}, 4, 6),  # R1 3, R2 1, R5 1, R8 1
        ({"category": "clothing"}, 4, 5),  # R1 counts its 2 shirts only
        ({"station": "DESK-2"}, 3, 5),  # R2 1, R4 3, R8 1
        ({"kind": "goodwill", "category": "shoes"}, 0, 0),
    ],
)
def test_volume_filters_narrow_returns_and_their_units(backend, shop, overrides, returns, units):
    f = ReportFilter(MARCH.date_from, MARCH.date_to, **overrides)
    volume = reports.returns_volume(ro(backend), f)
    assert (volume.returns, volume.units) == (returns, units)


# --- Reasons --------------------------------------------------------------------------------


def test_reasons_are_counted_in_units_most_first(backend, shop):
    rows = reports.return_reasons(ro(backend), MARCH)
    # changed_mind: R2 1 + R4 3; does_not_fit: R1 2 + R5 1 + R8 1; defective: R1 1 + R3 2.
    assert [(r.reason, r.lines, r.units) for r in rows] == [
        ("changed_mind", 2, 4),
        ("does_not_fit", 3, 4),
        ("defective", 2, 3),
    ]


def test_reasons_per_category_come_category_by_category(backend, shop):
    rows = reports.reasons_by_group(ro(backend), MARCH, GroupBy.CATEGORY)
    assert [(r.key, r.reason, r.units) for r in rows] == [
        ("clothing", "does_not_fit", 4),
        ("clothing", "changed_mind", 1),
        ("kitchen", "changed_mind", 3),
        ("shoes", "defective", 3),
    ]


def test_reasons_per_product_keep_only_the_products_with_most_units(backend, shop):
    rows = reports.reasons_by_group(ro(backend), MARCH, GroupBy.PRODUCT, limit=1)
    assert [(r.key, r.label, r.reason, r.units) for r in rows] == [
        ("SHIRT", "Paita", "does_not_fit", 4),
        ("SHIRT", "Paita", "changed_mind", 1),
    ]


# --- Products -------------------------------------------------------------------------------


def test_return_rate_follows_the_units_sold_in_the_helsinki_month(backend, shop):
    rates = reports.return_rates(ro(backend), MARCH, min_sold=1)
    # Sold in March (Helsinki days): shirts 10 + 10 (order 1003 is an April sale), boots 5,
    # mugs 30. Back from those sales: shirts 2 + 1 + 1 + 1 (R6 rejected), boots 1, mugs 3.
    assert [(p.sku, p.sold, p.returned) for p in rates] == [
        ("SHIRT", 20, 5),
        ("BOOT", 5, 1),
        ("MUG", 30, 3),
    ]
    assert [p.rate for p in rates] == [0.25, 0.2, 0.1]


def test_products_sold_too_few_times_are_not_rated(backend, shop):
    rates = reports.return_rates(ro(backend), MARCH, min_sold=20)
    assert [p.sku for p in rates] == ["SHIRT", "MUG"]  # 5 boots are too few to mean much


def test_return_rate_by_kind_counts_only_that_kind_of_return(backend, shop):
    f = ReportFilter(MARCH.date_from, MARCH.date_to, kind="goodwill")
    rates = reports.return_rates(ro(backend), f, min_sold=1)
    # Equal rates: the better sellers first.
    assert [(p.sku, p.returned) for p in rates] == [("MUG", 3), ("SHIRT", 0), ("BOOT", 0)]


# --- Refund lead time -----------------------------------------------------------------------


def test_refund_lead_times_count_helsinki_days_from_notice_to_refund(backend, shop):
    lead = reports.refund_lead_times(ro(backend), MARCH, today=TODAY)
    # R7 3 days, R1 7, R2 14 (23:30 Helsinki), R3 20 (01:30 Helsinki on the 30th): late.
    # R8's refund fell on 1 April in Helsinki; R4's was cancelled.
    assert [(b.days, b.refunds, b.late) for b in lead.buckets] == [
        (3, 1, 0),
        (7, 1, 0),
        (14, 1, 0),
        (20, 1, 1),
    ]
    assert (lead.issued, lead.issued_late) == (4, 1)
    assert lead.refunded_total == Decimal("520.00")
    assert lead.median_days == 10.5
    assert lead.on_time_share == 0.75


def test_late_refunds_list_paid_and_unpaid_ones_but_not_those_the_shop_may_hold(backend, shop):
    lead = reports.refund_lead_times(ro(backend), MARCH, today=TODAY)
    # R11: due 12.3., unpaid, dispatch proven: 24 days late on 5.4. R3: paid 30.3., due
    # (notice + 14) 24.3.: 6 days. R4: due 30.3., goods in, refund cancelled: 6 days.
    # R10 is due too, but its goods have not come and there is no proof of dispatch.
    assert [(r.code, r.days_late, r.issued_on) for r in lead.late] == [
        ("R11", 24, None),
        ("R3", 6, date(2026, 3, 30)),
        ("R4", 6, None),
    ]
    assert lead.open_overdue == 2
    assert lead.late[1].total == Decimal("200.00") and lead.late[0].total is None


def test_a_refund_after_midnight_helsinki_time_counts_in_the_next_month(backend, shop):
    lead = reports.refund_lead_times(ro(backend), APRIL, today=TODAY)
    assert [(b.days, b.refunds) for b in lead.buckets] == [(1, 1)]
    assert lead.refunded_total == Decimal("40.00")


def test_a_refund_is_late_from_the_first_instant_of_the_day_after_its_due_day(
    backend, actors, make_order
):
    """Exactly at Helsinki's midnight after the due day (22:00 UTC in winter, still the due
    day in UTC) a refund is one day late; a microsecond before, it is on time. SQLite first
    compares the stored UTC time with the due day, so this is where it could go wrong."""
    from datetime import timedelta

    from returns_app.services import returns as returns_service
    from returns_app.services.returns import LineRequest, RegisterReturn

    made = []
    for _ in range(2):
        order = make_order()
        cmd = RegisterReturn(
            "withdrawal",
            (LineRequest(order.lines[0].id, 1),),
            notice_at=datetime(2026, 11, 12, 10, 0, tzinfo=UTC),
        )
        made.append(returns_service.register_return(backend.uow(), actors.clerk, cmd))
    due = made[0].refund_due
    assert due == date(2026, 11, 26)
    midnight = datetime(due.year, due.month, due.day, 22, 0, tzinfo=UTC)  # 00:00 on the 27th
    with backend.uow() as uow:
        for ret, at in ((made[0], midnight), (made[1], midnight - timedelta(microseconds=1))):
            uow.session.add(
                Refund(
                    return_id=ret.id,
                    status="issued",
                    items_amount=Decimal("39.90"),
                    delivery_amount=Decimal(0),
                    deduction_amount=Decimal(0),
                    label_fee_amount=Decimal(0),
                    total=Decimal("39.90"),
                    issued_at=at,
                    station="DESK-1",
                )
            )
        uow.commit()
    f = ReportFilter(date(2026, 11, 1), date(2026, 11, 30))
    lead = reports.refund_lead_times(ro(backend), f, today=date(2026, 12, 7))
    assert [(b.days, b.refunds, b.late) for b in lead.buckets] == [(14, 1, 0), (15, 1, 1)]
    assert [(r.code, r.issued_on, r.days_late) for r in lead.late] == [
        (made[0].code, date(2026, 11, 27), 1)
    ]


def test_lead_times_by_the_issuing_station(backend, shop):
    f = ReportFilter(MARCH.date_from, MARCH.date_to, station="DESK-2")
    lead = reports.refund_lead_times(ro(backend), f, today=TODAY)
    assert [(b.days, b.refunds) for b in lead.buckets] == [(14, 1)]


# --- Value and grades -----------------------------------------------------------------------


def test_value_recovered_against_written_off_with_b_stock_at_half_price(backend, shop):
    value = reports.recovery_value(ro(backend), MARCH)
    rows = {d.disposition: (d.units, d.at_price, d.counted) for d in value.dispositions}
    # Restocked: a shirt 40.00 and a mug 9.99. B-stock: a shirt 40.00 -> 20.00, a boot
    # 100.00 -> 50.00, two mugs 9.99 -> 5.00 each (rounded per unit). R3's second boot was
    # inspected on 1 April in Helsinki.
    assert rows == {
        "restock": (2, Decimal("49.99"), Decimal("49.99")),
        "b_stock": (4, Decimal("159.98"), Decimal("80.00")),
        "quarantine": (1, Decimal("100.00"), Decimal("100.00")),
        "scrap": (1, Decimal("40.00"), Decimal("40.00")),
    }
    assert value.recovered == Decimal("129.99")
    assert value.written_off == Decimal("140.00")
    assert [(g.grade, g.units) for g in value.grades] == [("A", 2), ("B", 4), ("C", 1), ("D", 1)]


def test_the_b_stock_fraction_is_a_parameter(backend, shop):
    value = reports.recovery_value(ro(backend), MARCH, b_stock_fraction=Decimal("0.30"))
    assert value.recovered_b_stock == Decimal("48.00")  # 12.00 + 30.00 + 2 x 3.00


def test_value_by_the_inspecting_station_and_by_category(backend, shop):
    desk2 = ReportFilter(MARCH.date_from, MARCH.date_to, station="DESK-2")
    value = reports.recovery_value(ro(backend), desk2)
    assert (value.recovered, value.written_off) == (Decimal("19.99"), Decimal("40.00"))
    clothing = ReportFilter(MARCH.date_from, MARCH.date_to, category="clothing")
    value = reports.recovery_value(ro(backend), clothing)
    assert (value.recovered, value.written_off) == (Decimal("60.00"), Decimal("40.00"))


# --- Throughput -----------------------------------------------------------------------------


def test_throughput_per_user_counts_returns_in_active_hours(backend, shop):
    rows = reports.throughput(ro(backend), MARCH, GroupBy.USER)
    # anna: R1, R3 at DESK-1 and closing R2 at DESK-2, in 5 distinct clock hours.
    # ben: R2 and R4 in 4 hours; his scan of the rejected R6 does not count.
    assert [
        (r.key, r.returns, r.parcels, r.units_inspected, r.refunds, r.active_hours) for r in rows
    ] == [("anna", 3, 2, 4, 1, 5), ("ben", 2, 1, 4, 1, 4)]
    assert rows[0].returns_per_hour == pytest.approx(0.6)


def test_throughput_per_station(backend, shop):
    rows = reports.throughput(ro(backend), MARCH, GroupBy.STATION)
    assert [(r.key, r.returns, r.active_hours) for r in rows] == [
        ("DESK-1", 2, 4),
        ("DESK-2", 2, 5),
    ]


def test_throughput_for_one_kind_of_return(backend, shop):
    f = ReportFilter(MARCH.date_from, MARCH.date_to, kind="withdrawal")
    rows = reports.throughput(ro(backend), f, GroupBy.USER)
    assert [(r.key, r.returns) for r in rows] == [("anna", 2), ("ben", 1)]


# --- Options, filter, month -----------------------------------------------------------------


def test_options_offer_the_categories_and_stations_on_record(backend, shop):
    options = reports.report_options(ro(backend))
    assert options.categories == ("clothing", "kitchen", "shoes")
    assert options.stations == ("DESK-1", "DESK-2")
    assert options.first_day == date(2026, 2, 25)


def test_a_period_that_ends_before_it_starts_is_refused():
    from returns_app.services.errors import InvalidInput

    with pytest.raises(InvalidInput, match="ends"):
        ReportFilter(date(2026, 3, 2), date(2026, 3, 1))
    with pytest.raises(InvalidInput, match="kind"):
        ReportFilter(date(2026, 3, 1), date(2026, 3, 2), kind="exchange")


def test_helsinki_period_bounds_follow_summer_time():
    start, end = MARCH.utc_bounds()
    assert start == utc(2, 28, 22) and end == utc(3, 31, 21)


def test_the_monthly_pdf_shows_the_months_totals(backend, shop):
    summary = reports.monthly_summary(ro(backend), reports.month_filter(2026, 3), today=TODAY)
    assert summary.volume.returns == 6 and summary.lead.issued == 4
    pdf = reports.render_monthly_pdf(
        summary, lang="en", shop_name="Esimerkkikauppa Oy", created_at=utc(4, 5, 9)
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split()).replace("\xa0", " ")
    for expected in (
        "Returns report",
        "1 Mar 2026",
        "31 Mar 2026",
        "Esimerkkikauppa Oy",
        "11 units",
        "€520.00",
        "75%",
        "€129.99",
        "€140.00",
        "Paita (SHIRT)",
        "Changed mind",
        "anna",
    ):
        assert expected in text, expected
