"""Deadlines in plain words, counted from today in Helsinki; and the lines table model."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from returns_app.services.dto import CustomerDTO, OrderDTO, RefundDTO, ReturnDTO, ShipmentDTO
from ui.desk.lines_model import COL_EXPECTED, ROW_ROLE, SORT_ROLE, ReturnLinesModel
from ui.desk.wording import (
    Wording,
    days_left,
    helsinki_today,
    return_deadlines,
    short_date,
    withdrawal_period,
)
from ui.money import money
from ui.style import Tone

CUSTOMER = CustomerDTO(1, "Aino Laine", None, None, "Koulukatu 1", "00100", "Helsinki", "FI", "fi")
TODAY = date(2026, 11, 13)


def a_return(**changes) -> ReturnDTO:
    base = ReturnDTO(
        id=1,
        code="R00000000017",
        kind="withdrawal",
        customer=CUSTOMER,
        order_numbers=("100001",),
        notice_date=date(2026, 11, 3),
        goods_state="announced",
        money_state="none",
        remedy=None,
        period_ends=date(2026, 11, 24),
        goods_due=date(2026, 11, 17),
        refund_due=date(2026, 11, 17),
        override_reason=None,
        decision_reason=None,
        return_tracking_number=None,
        proof_of_dispatch_at=None,
        created_at=datetime(2026, 11, 3, 9, 0, tzinfo=UTC),
        closed_at=None,
        station="DESK-1",
        lines=(),
    )
    return replace(base, **changes)


def an_order(delivered: date | None, ends: date | None, informed: bool = True) -> OrderDTO:
    return OrderDTO(
        id=1,
        order_number="100001",
        ordered_at=datetime(2025, 12, 10, 9, 0, tzinfo=UTC),
        customer=CUSTOMER,
        payment_method="card",
        delivery_method="Posti",
        delivery_price=Decimal("5.90"),
        consumer_informed=informed,
        lines=(),
        shipments=(ShipmentDTO("posti", "JJ473124829FI", delivered),),
        period_ends=ends,
    )


def test_the_issue_example_reads_as_written():
    wording = return_deadlines(a_return(), TODAY)
    assert wording.text == "notice given 3.11., refund due by 17.11., 4 days left"
    assert wording.tone is Tone.NEUTRAL


@pytest.mark.parametrize(
    ("due", "text", "tone"),
    [
        (date(2026, 11, 20), "7 days left", Tone.NEUTRAL),
        (date(2026, 11, 15), "2 days left", Tone.WARN),
        (date(2026, 11, 14), "1 day left", Tone.WARN),
        (date(2026, 11, 13), "due today", Tone.WARN),
        (date(2026, 11, 12), "1 day overdue", Tone.BAD),
        (date(2026, 11, 11), "2 days overdue", Tone.BAD),
    ],
)
def test_days_left_and_overdue(due, text, tone):
    assert days_left(due, TODAY) == Wording(text, tone)


def test_an_overdue_refund_is_red():
    wording = return_deadlines(a_return(), date(2026, 11, 19))
    assert wording.text.endswith("2 days overdue")
    assert wording.tone is Tone.BAD


def test_a_refunded_return_says_when_it_was_refunded():
    refund = RefundDTO(
        1, 1, "R1", "issued", "original", "", *(Decimal("1"),) * 5, False, "HL2026-000001",
        datetime(2026, 11, 9, 8, 0, tzinfo=UTC), datetime(2026, 11, 10, 22, 30, tzinfo=UTC),
        "clerk", date(2026, 11, 17), (), (),
    )  # fmt: skip
    wording = return_deadlines(a_return(money_state="refunded", refund=refund), TODAY)
    # 22:30 UTC on 10.11. is already 11.11. in Helsinki.
    assert wording.text == "notice given 3.11., refunded 11.11."
    assert wording.tone is Tone.GOOD


def test_a_defect_claim_has_no_fourteen_day_limit():
    wording = return_deadlines(a_return(kind="defect_claim", refund_due=None), TODAY)
    assert wording.text == "notice given 3.11., defect claim: no 14-day limit"


def test_dates_of_another_year_carry_the_year():
    assert short_date(date(2025, 12, 18), date(2026, 1, 2)) == "18.12.2025"
    assert short_date(date(2026, 1, 2), date(2026, 1, 2)) == "2.1."


def test_example_a_names_the_holiday_that_moved_the_end():
    order = an_order(date(2025, 12, 18), date(2026, 1, 2))
    wording = withdrawal_period(order, date(2025, 12, 30))
    assert wording.text == (
        "delivered 18.12.2025; the period ends 2.1.2026 "
        "(day 14, 1.1.2026, is New Year's Day); open, 3 days left"
    )
    assert wording.tone is Tone.GOOD


def test_a_closed_period_says_how_long_ago_it_ended():
    wording = withdrawal_period(an_order(date(2025, 12, 18), date(2026, 1, 2)), date(2026, 1, 7))
    assert (
        wording.text
        == "delivered 18.12.2025; the period ended 2.1.2026 (day 14, 1.1.2026, is New Year's Day), 5 days ago"
    )
    assert wording.tone is Tone.BAD


def test_a_customer_not_informed_has_the_period_extended_and_told_why():
    wording = withdrawal_period(
        an_order(date(2026, 11, 10), date(2027, 11, 24), informed=False), TODAY
    )
    assert "(extended by 12 months" in wording.text


def test_an_undelivered_order_has_no_period_yet():
    assert withdrawal_period(an_order(None, None), TODAY).text.startswith("not delivered yet")


def test_today_is_helsinkis_day_not_utcs():
    assert helsinki_today(datetime(2026, 11, 12, 22, 30, tzinfo=UTC)) == date(2026, 11, 13)


def test_money_reads_in_english_by_default():
    assert money(Decimal("1234.5")) == "€1,234.50"


def test_the_lines_model_passes_the_model_tester(qtmodeltester, backend, actors, make_order):
    from desk_kit import register

    from returns_app.services import queries, receiving

    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 2), (1, 1))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    model = ReturnLinesModel()
    model.set_return(queries.get_return(backend.uow(), ret.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, COL_EXPECTED).data(SORT_ROLE) == 1
    assert model.index(1, COL_EXPECTED).data(SORT_ROLE) == 1
    assert model.index(0, 0).data(ROW_ROLE).name == "Paita M"


def test_the_deadlines_and_money_read_in_finnish(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.app import set_locale
    from ui.translator import install_language

    before = QLocale()
    translator = install_language("fi")
    set_locale("fi")
    try:
        assert return_deadlines(a_return(), TODAY).text == (
            "ilmoitettu 3.11., hyvitettävä viimeistään 17.11., 4 päivää jäljellä"
        )
        assert money(Decimal("1234.5")) == "1\u00a0234,50\u00a0€"
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def test_an_estimated_delivery_day_says_so_where_it_decides_the_period():
    from dataclasses import replace

    order = replace(an_order(date(2025, 12, 18), date(2026, 1, 2)), period_estimated=True)
    wording = withdrawal_period(order, date(2025, 12, 30))
    assert wording.text.startswith(
        "delivered 18.12.2025 (estimated from shipping; correct it from the proof); "
        "the period ends 2.1.2026"
    )


def test_money_in_another_currency_names_it():
    assert money(Decimal("1234.50"), "SEK") == "SEK\u00a01,234.50"
    assert money(Decimal("-5"), "EUR") == "\u2212€5.00"
