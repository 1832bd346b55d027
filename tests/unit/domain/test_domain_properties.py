"""Property tests: the rules hold for any dates, orders and sequences of partial returns."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from returns_app.domain.calendar import (
    HELSINKI,
    add_months,
    is_working_day,
    notice_date_from_utc,
)
from returns_app.domain.money import allocate, is_whole_cents, split_gross, vat_breakdown
from returns_app.domain.refund import (
    Deduction,
    DeliveryRefund,
    Order,
    OrderLine,
    PriorRefunds,
    RefundPolicy,
    compute_refund,
)
from returns_app.domain.withdrawal import notice_in_time, withdrawal_period

FAST = settings(max_examples=200, deadline=None)
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2150, 12, 31))
RATES = st.sampled_from([Decimal(r) for r in ("0", "10", "13.5", "14", "24", "25.5")])


def cents(min_value: int = 0, max_value: int = 50_000) -> st.SearchStrategy[Decimal]:
    return st.integers(min_value, max_value).map(lambda c: Decimal(c) / 100)


@FAST
@given(st.lists(DAYS, min_size=1, max_size=4))
def test_the_period_ends_on_the_first_working_day_from_day_fourteen(deliveries: list[date]) -> None:
    period = withdrawal_period(deliveries)
    day_14 = max(deliveries) + timedelta(days=14)
    assert day_14 <= period.ends <= day_14 + timedelta(days=5)
    assert is_working_day(period.ends)
    skipped = (day_14 + timedelta(days=n) for n in range((period.ends - day_14).days))
    assert not any(is_working_day(day) for day in skipped)


@FAST
@given(DAYS, st.one_of(st.none(), DAYS))
def test_a_consumer_not_informed_never_gets_less_than_the_ordinary_period(
    delivered: date, informed_on: date | None
) -> None:
    standard = withdrawal_period([delivered]).ends
    period = withdrawal_period([delivered], informed=False, informed_on=informed_on)
    assert period.ends >= standard
    assert is_working_day(period.ends)
    if informed_on is None:
        assert period.ends >= add_months(standard, 12)


@FAST
@given(DAYS)
def test_a_notice_at_2330_helsinki_on_the_last_day_is_in_time_and_at_0030_is_late(
    delivered: date,
) -> None:
    ends = withdrawal_period([delivered]).ends
    last_minute = datetime.combine(ends, time(23, 30), HELSINKI).astimezone(UTC)
    next_morning = datetime.combine(ends + timedelta(days=1), time(0, 30), HELSINKI)
    assert notice_in_time(notice_date_from_utc(last_minute), ends)
    assert not notice_in_time(notice_date_from_utc(next_morning.astimezone(UTC)), ends)


@FAST
@given(cents(-100_000, 100_000), RATES)
def test_vat_and_net_are_whole_cents_adding_up_to_the_gross(gross: Decimal, rate: Decimal) -> None:
    net, vat = split_gross(gross, rate)
    assert is_whole_cents(net) and is_whole_cents(vat)
    assert net + vat == gross
    assert abs(vat - gross * rate / (100 + rate)) <= Decimal("0.005")


@FAST
@given(cents(0, 100_000), st.lists(cents(0, 100_000), min_size=1, max_size=8))
def test_an_allocation_sums_exactly_and_stays_within_a_cent_of_each_share(
    total: Decimal, weights: list[Decimal]
) -> None:
    parts = allocate(total, weights)
    assert sum(parts, Decimal(0)) == total
    assert all(is_whole_cents(part) and part >= 0 for part in parts)
    whole = sum(weights, Decimal(0))
    if whole:
        for part, weight in zip(parts, weights, strict=True):
            assert abs(part - total * weight / whole) < Decimal("0.01")


@st.composite
def orders(draw: st.DrawFn) -> Order:
    lines = []
    for index in range(draw(st.integers(1, 4))):
        quantity = draw(st.integers(1, 5))
        price = draw(cents(0, 30_000))
        discount = draw(cents(0, int(quantity * price * 100)))
        lines.append(OrderLine(f"L{index}", quantity, price, draw(RATES), discount))
    gross = sum((line.gross for line in lines), Decimal(0))
    paid = draw(cents(0, 3_000))
    return Order(
        lines=tuple(lines),
        discount=draw(cents(0, int(gross * 100))),
        delivery_paid=paid,
        cheapest_delivery=draw(st.one_of(st.none(), cents(0, 3_000))),
        delivery_vat_rate=draw(RATES),
    )


@st.composite
def return_sequences(draw: st.DrawFn, order: Order) -> list[dict[str, int]]:
    """Split every unit of the order into 1-5 returns (some units may never come back)."""
    steps: list[dict[str, int]] = [{} for _ in range(draw(st.integers(1, 5)))]
    for line in order.lines:
        for _ in range(draw(st.integers(0, line.quantity))):
            step = steps[draw(st.integers(0, len(steps) - 1))]
            step[str(line.line_id)] = step.get(str(line.line_id), 0) + 1
    return steps


@FAST
@given(st.data())
def test_refunds_across_partial_returns_never_exceed_what_was_paid(data: st.DataObject) -> None:
    order = data.draw(orders())
    steps = data.draw(return_sequences(order))
    policy = RefundPolicy(
        delivery_refund=data.draw(st.sampled_from(list(DeliveryRefund))),
        label_fee=data.draw(cents(0, 1_000)),
    )
    kind = data.draw(st.sampled_from(["withdrawal", "goodwill"]))
    paid = order.paid_per_line()
    prior = PriorRefunds()
    total = Decimal(0)
    deducted = Decimal(0)
    for step in steps:
        deductions = [
            Deduction(line_id, data.draw(cents(0, 5_000)), "Used.", data.draw(st.booleans()))
            for line_id in step
            if data.draw(st.booleans())
        ]
        refund = compute_refund(
            order,
            step,
            kind=kind,
            prior=prior,
            deductions=deductions,
            policy=policy,
            label_fee_disclosed=data.draw(st.booleans()),
        )
        rows = refund.rows
        assert all(
            is_whole_cents(value)
            for row in rows
            for value in (row.gross, row.deduction, row.refund, row.vat, row.net)
        )
        assert all(row.vat + row.net == row.refund for row in rows)
        assert all(vat.taxable + vat.vat == vat.gross for vat in refund.vat)
        assert sum((vat.gross for vat in refund.vat), Decimal(0)) == refund.total
        assert sum((vat.vat for vat in refund.vat), Decimal(0)) == refund.total_vat
        assert refund.total >= 0
        assert all(row.refund >= 0 for row in refund.lines)
        total += refund.total
        deducted += sum((row.deduction for row in refund.lines), Decimal(0))
        prior = prior.after(refund)
        for line_id, amount in prior.amounts.items():
            assert amount <= paid[line_id]
        assert prior.delivery <= order.refundable_delivery()
        assert total <= order.total_paid
    returned_all = all(prior.units.get(line.line_id, 0) == line.quantity for line in order.lines)
    if returned_all:
        # Everything came back: every cent paid is refunded except the deductions.
        assert sum(prior.amounts.values(), Decimal(0)) + deducted == sum(paid.values())
        assert prior.delivery == order.refundable_delivery()


@FAST
@given(st.lists(st.tuples(RATES, cents(-10_000, 10_000)), max_size=10))
def test_a_vat_breakdown_adds_up_to_its_items(items: list[tuple[Decimal, Decimal]]) -> None:
    rows = vat_breakdown(items)
    assert sum((row.gross for row in rows), Decimal(0)) == sum(
        (gross for _, gross in items), Decimal(0)
    )
    assert all(row.taxable + row.vat == row.gross for row in rows)
