"""Real-shaped exports import into SQLite and PostgreSQL, and importing again changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from import_helpers import DATA, counts, load_products
from sqlalchemy import select

from returns_app.persistence.models import AuditEntry
from returns_app.services import queries
from returns_app.services.importing import import_orders

D = Decimal


def order(backend, number: str):
    hits = [h for h in queries.find(backend.uow(readonly=True), number) if h.kind == "order"]
    assert hits, f"order {number} not found"
    return queries.get_order(backend.uow(readonly=True), hits[0].id)


def lines_of(o) -> list[tuple]:
    return [(l.sku, l.quantity, l.unit_price, l.discount, l.vat_rate) for l in o.lines]


def test_a_shopify_export_imports_with_its_line_items_taxes_and_fulfilment(backend, actors):
    load_products(backend, actors.admin)
    report = import_orders(backend.uow(), DATA / "shopify_orders.csv", actor=actors.admin)
    assert report.ok and report.written
    assert (report.format, report.records, report.created, report.skipped) == ("shopify", 5, 4, 1)
    first = order(backend, "#1001")
    assert first.customer.name == "Aino Virtanen" and first.customer.postal_code == "00100"
    assert first.ordered_at == datetime(2026, 3, 2, 12, 12, 45, tzinfo=UTC)
    assert lines_of(first) == [
        ("MER-0003-M", 2, D("39.90"), D("0.00"), D("25.50")),
        ("VIL-0006", 1, D("14.90"), D("0.00"), D("25.50")),
    ]
    assert first.delivery_price == D("5.90") and first.delivery_method == "Posti SmartPOST"
    # "Fulfilled at" (Tue 3.3.) is the day it left: delivery estimated from Posti SmartPOST's
    # 2 transit days (working days), and marked as estimated
    assert [(s.delivered_on, s.delivery_estimated) for s in first.shipments] == [
        (date(2026, 3, 5), True)
    ]
    assert first.period_estimated
    mixed = order(backend, "#1002")
    # two tax rates on the order: each line's rate comes from the product table
    assert lines_of(mixed) == [
        ("KEI-0009", 1, D("29.90"), D("2.99"), D("13.50")),
        ("PIP-0019", 1, D("24.90"), D("2.49"), D("25.50")),
    ]
    assert order(backend, "#1004").customer.email == "matti.meikalainen@example.fi"
    assert order(backend, "#1004").shipments == ()  # not fulfilled: delivery day unknown
    assert lines_of(order(backend, "#1005"))[0][4] == D("10.00")
    assert not [h for h in queries.find(backend.uow(), "#1003") if h.kind == "order"]
    assert first.order_number == "1001"


def test_a_woocommerce_export_turns_net_amounts_into_prices_with_vat(backend, actors):
    report = import_orders(backend.uow(), DATA / "woocommerce_orders.csv", actor=actors.admin)
    assert report.ok, report.errors
    assert (report.format, report.created, report.skipped) == ("woocommerce", 3, 1)
    coupon = order(backend, "4102")
    assert lines_of(coupon) == [
        ("ROM-0010", 1, D("24.90"), D("2.48"), D("13.50")),
        ("KUU-0011", 1, D("99.00"), D("9.91"), D("25.50")),
    ]
    assert coupon.lines[0].name == "Romaani: Kesäyö"
    assert coupon.delivery_price == D("5.90")
    assert coupon.customer.name == "Onni Salminen"
    assert coupon.shipments == ()


def test_both_woocommerce_layouts_describe_the_same_orders(backend, actors):
    import_orders(backend.uow(), DATA / "woocommerce_orders.csv", actor=actors.admin)
    before = counts(backend)
    again = import_orders(
        backend.uow(), DATA / "woocommerce_orders_one_row_per_item.csv", actor=actors.admin
    )
    assert again.ok and (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert counts(backend) == before


def test_our_csv_and_json_formats_import_with_shipments_and_defaults(backend, actors):
    load_products(backend, actors.admin)
    assert import_orders(backend.uow(), DATA / "orders.csv", actor=actors.admin).ok
    assert import_orders(backend.uow(), DATA / "orders.json", actor=actors.admin).ok
    first = order(backend, "20001")
    assert lines_of(first)[2] == ("VIL-0006", 2, D("14.90"), D("2.98"), D("25.50"))
    assert sorted(s.tracking_number for s in first.shipments) == ["JJ123456785FI", "JJ473124829FI"]
    assert first.lines[0].gtin == "06417084000033"
    hygiene = order(backend, "20002")
    assert hygiene.lines[0].exception_category == "sealed_hygiene"  # from the product
    assert hygiene.lines[0].vat_rate == D("25.50")
    assert hygiene.ordered_at == datetime(2026, 2, 11, 7, 30, tzinfo=UTC)
    from_json = order(backend, "30001")
    assert lines_of(from_json)[1] == ("ROM-0010", 2, D("24.90"), D("4.98"), D("13.50"))
    assert [s.delivered_on for s in from_json.shipments] == [date(2026, 2, 23)]
    assert order(backend, "30002").consumer_informed is False


@pytest.mark.parametrize(
    "sample",
    [
        "shopify_orders.csv",
        "woocommerce_orders.csv",
        "woocommerce_orders_one_row_per_item.csv",
        "orders.csv",
        "orders.json",
    ],
)
def test_importing_the_same_file_again_changes_nothing(backend, sample, actors):
    load_products(backend, actors.admin)
    first = import_orders(backend.uow(), DATA / sample, actor=actors.admin)
    assert first.ok and first.created > 0
    before = counts(backend)
    again = import_orders(backend.uow(), DATA / sample, actor=actors.admin)
    assert again.ok
    assert (again.created, again.updated, again.unchanged) == (0, 0, first.created)
    assert counts(backend) == before


def test_an_updated_order_is_updated_not_duplicated(backend, actors):
    load_products(backend, actors.admin)
    import_orders(backend.uow(), DATA / "orders.csv", actor=actors.admin)
    text = (DATA / "orders.csv").read_text(encoding="utf-8-sig")
    changed = text.replace("Posti kotiinkuljetus", "Matkahuolto").replace(";2;14,90;", ";1;14,90;")
    before = counts(backend)
    report = import_orders(backend.uow(), changed.encode(), actor=actors.admin)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    assert counts(backend) == before
    updated = order(backend, "20001")
    assert updated.delivery_method == "Matkahuolto"
    assert updated.lines[2].quantity == 1


def test_an_import_is_recorded_once_in_the_audit_log(backend, actors):
    import_orders(
        backend.uow(), DATA / "woocommerce_orders.csv", filename="woo.csv", actor=actors.admin
    )
    with backend.uow(readonly=True) as uow:
        details = [
            e.details
            for e in uow.session.scalars(
                select(AuditEntry).where(AuditEntry.action == "orders_imported")
            )
        ]
    assert len(details) == 1
    assert details[0]["created"] == 3 and details[0]["file"] == "woo.csv"


def _refund_everything(backend, actors, o, units):
    from returns_app.services import receiving, refunds, returns
    from returns_app.services.returns import LineRequest, RegisterReturn

    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "withdrawal",
            tuple(LineRequest(l.id, units, "does_not_fit") for l in o.lines),
            notice_at=datetime(2026, 3, 14, 10, tzinfo=UTC),
        ),
    )
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    for rl in ret.lines:
        receiving.check_in_item(
            backend.uow(), actors.clerk, ret.id, return_line_id=rl.id, quantity=units
        )
    return refunds.propose_refund(backend.uow(), actors.clerk, ret.id)


def test_shopify_tax_lines_of_0_00_set_no_rate_and_shop_refunds_are_carried_in(backend, actors):
    load_products(backend, actors.admin)
    report = import_orders(
        backend.uow(), DATA / "shopify_refunds_and_taxes.csv", actor=actors.admin
    )
    assert report.ok, report.errors
    assert (report.records, report.created, report.skipped) == (5, 5, 0)
    # GB VAT 20% with 0.00: no VAT was charged, so none is refunded
    uk = order(backend, "#2001")
    assert [l.vat_rate for l in uk.lines] == [D("0.00")]
    # GST 10% 0.00 beside FI VAT 25.5% 12.33: the Finnish rate was the one charged
    assert {l.vat_rate for l in order(backend, "#2002").lines} == {D("25.50")}
    partly = order(backend, "#2003")
    assert (partly.shop_payment_status, partly.refunded_in_shop) == (
        "partially_refunded",
        D("39.90"),
    )
    whole = order(backend, "#2004")
    assert (whole.shop_payment_status, whole.refunded_in_shop) == ("refunded", D("20.80"))
    assert order(backend, "#2005").shop_payment_status == "voided"


def test_an_order_refunded_in_the_shop_is_never_refunded_past_what_was_paid(backend, actors):
    from returns_app.i18n import ReturnsError

    load_products(backend, actors.admin)
    import_orders(backend.uow(), DATA / "shopify_refunds_and_taxes.csv", actor=actors.admin)
    # 85.70 paid, 39.90 refunded in the shop: both shirts and the delivery give 45.80 more
    assert _refund_everything(backend, actors, order(backend, "#2003"), 2).total == D("45.80")
    # refunded in full in the shop: the units are settled, nothing more is paid
    assert _refund_everything(backend, actors, order(backend, "#2004"), 1).total == D("0.00")
    with pytest.raises(ReturnsError, match="voided"):
        _refund_everything(backend, actors, order(backend, "#2005"), 1)


def test_what_the_shop_refunded_is_taken_off_the_first_refund_at_the_desk(backend, actors):
    load_products(backend, actors.admin)
    import_orders(backend.uow(), DATA / "shopify_refunds_and_taxes.csv", actor=actors.admin)
    # the shop paid back 39.90 without saying for what: the first shirt back is that one
    proposal = _refund_everything(backend, actors, order(backend, "#2003"), 1)
    assert proposal.total == D("0.00")
    assert any("already paid back" in n.render("en") for n in proposal.notes)


def test_a_delivery_column_is_the_delivery_day_and_fulfilment_only_an_estimate(backend, actors):
    load_products(backend, actors.admin)
    import_orders(backend.uow(), DATA / "shopify_refunds_and_taxes.csv", actor=actors.admin)
    delivered = order(backend, "#2002")
    assert [(s.delivered_on, s.delivery_estimated) for s in delivered.shipments] == [
        (date(2026, 3, 16), False)
    ]
    assert not delivered.period_estimated
    # Thu 12.3. + 2 working days (Posti SmartPOST) = Mon 16.3., estimated
    estimated = order(backend, "#2003")
    assert [(s.delivered_on, s.delivery_estimated) for s in estimated.shipments] == [
        (date(2026, 3, 16), True)
    ]
    assert estimated.period_estimated and estimated.period_ends == date(2026, 3, 30)


def test_a_webtoffee_export_describes_the_same_orders_as_woocommerces_own(backend, actors):
    first = import_orders(backend.uow(), DATA / "woocommerce_orders.csv", actor=actors.admin)
    assert first.ok, first.errors
    before = counts(backend)
    again = import_orders(backend.uow(), DATA / "webtoffee_orders.csv", actor=actors.admin)
    assert again.ok, again.errors
    assert (again.format, again.created, again.updated, again.unchanged, again.skipped) == (
        "woocommerce",
        0,
        0,
        3,
        1,
    )
    assert counts(backend) == before


def test_a_webtoffee_export_alone_reads_items_discounts_and_phones(backend, actors):
    report = import_orders(backend.uow(), DATA / "webtoffee_orders.csv", actor=actors.admin)
    assert report.ok, report.errors
    coupon = order(backend, "4102")
    assert lines_of(coupon) == [
        ("ROM-0010", 1, D("24.90"), D("2.48"), D("13.50")),
        ("KUU-0011", 1, D("99.00"), D("9.91"), D("25.50")),
    ]
    assert coupon.lines[0].name == "Romaani: Kesäyö"
    # the apostrophe a spreadsheet put before +358 is no part of the number
    assert order(backend, "4101").customer.phone == "+358407001122"


def test_a_woocommerce_completion_day_is_when_it_left_and_delivery_is_estimated(backend, actors):
    lines = (DATA / "woocommerce_orders.csv").read_text(encoding="utf-8").splitlines()
    # Mon 2.3.2026 completed; Posti SmartPOST: 2 working days in transit
    text = "\n".join([lines[0] + ",date_completed", lines[1] + ",2026-03-02 15:00:00", *lines[2:]])
    report = import_orders(backend.uow(), (text + "\n").encode(), actor=actors.admin)
    assert report.ok, report.errors
    shipped = order(backend, "4101")
    assert [(s.delivered_on, s.delivery_estimated) for s in shipped.shipments] == [
        (date(2026, 3, 4), True)
    ]
