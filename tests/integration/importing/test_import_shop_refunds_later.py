"""A refund or cancellation made in the web shop after an order was imported reaches the desk
on the next import (issue 15 review)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from import_helpers import DATA
from sqlalchemy import select

from returns_app.i18n import ReturnsError
from returns_app.persistence.models import Order
from returns_app.services import refunds, returns
from returns_app.services.importing import import_orders
from returns_app.services.returns import LineRequest, RegisterReturn

D = Decimal
WEBTOFFEE = (DATA / "webtoffee_orders.csv").read_text(encoding="utf-8")
SHOPIFY_HEAD = (
    "Name,Email,Financial Status,Fulfilled at,Cancelled at,Currency,Subtotal,Shipping,Taxes,"
    "Total,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
    "Lineitem sku,Billing Name,Billing Address1,Billing City,Billing Zip,Billing Country,"
    "Tax 1 Name,Tax 1 Value,Refunded Amount\n"
)


def _shopify(status="paid", cancelled="", refunded="0.00") -> bytes:
    return (
        SHOPIFY_HEAD + f"#3001,a@example.fi,{status},,{cancelled},EUR,39.90,5.90,9.38,45.80,"
        "Posti,2026-11-02 10:00:00 +0200,1,Paita,39.90,SHIRT-M,Aino,Katu 1,Helsinki,00100,FI,"
        f"FI VAT 25.5%,9.31,{refunded}\n"
    ).encode()


def _stored(backend, number: str) -> tuple[str, Decimal]:
    with backend.uow(readonly=True) as uow:
        o = uow.session.scalar(select(Order).where(Order.order_number == number))
        return o.shop_payment_status, o.refunded_in_shop


def test_a_woocommerce_order_refunded_in_the_shop_after_import_is_refunded_on_the_desk_too(
    backend, actors
):
    assert import_orders(backend.uow(), WEBTOFFEE.encode(), actor=actors.admin).ok
    again = WEBTOFFEE.replace("2026-03-02 09:14:00,wc-completed", "2026-03-02 09:14:00,wc-refunded")
    assert again != WEBTOFFEE
    report = import_orders(backend.uow(), again.encode(), actor=actors.admin)
    assert report.ok, report.errors
    assert report.updated == 1
    # refunded in full: the order's total
    assert _stored(backend, "4101") == ("refunded", D("55.70"))


def test_a_woocommerce_order_refunded_in_the_shop_before_import_is_still_not_imported(
    backend, actors
):
    text = WEBTOFFEE.replace("2026-03-02 09:14:00,wc-completed", "2026-03-02 09:14:00,wc-refunded")
    report = import_orders(backend.uow(), text.encode(), actor=actors.admin)
    assert report.ok, report.errors
    with backend.uow(readonly=True) as uow:
        assert uow.session.scalar(select(Order).where(Order.order_number == "4101")) is None
    assert report.skipped == 2  # the cancelled 4103 and the refunded 4101


def test_webtoffees_refund_items_are_a_partial_refund_made_in_the_shop(backend, actors):
    assert import_orders(backend.uow(), WEBTOFFEE.encode(), actor=actors.admin).ok
    header, first, *rest = WEBTOFFEE.splitlines()
    column = header.split(",").index("refund_items")
    # the order's cells before refund_items hold no quoted commas in this sample
    cells = first.split(",")
    assert cells[column] == ""
    cells[column] = "amount:10.00|reason:Broken|date:2026-03-10 12:00:00;amount:2.50|reason:|date:"
    text = "\n".join([header, ",".join(cells), *rest]) + "\n"
    report = import_orders(backend.uow(), text.encode(), actor=actors.admin)
    assert report.ok, report.errors
    assert _stored(backend, "4101") == ("partially_refunded", D("12.50"))


def test_a_shopify_order_cancelled_and_refunded_after_import_cannot_be_refunded_again(
    backend, actors
):
    assert import_orders(backend.uow(), _shopify(), "shopify", actor=actors.admin).ok
    later = _shopify("refunded", "2026-11-05 10:00:00 +0200", "45.80")
    report = import_orders(backend.uow(), later, "shopify", actor=actors.admin)
    assert report.ok, report.errors
    assert (report.updated, report.skipped) == (1, 0)
    assert _stored(backend, "3001") == ("refunded", D("45.80"))
    with backend.uow(readonly=True) as uow:
        line_id = uow.session.scalar(select(Order).where(Order.order_number == "3001")).lines[0].id
    from datetime import UTC, datetime

    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "withdrawal",
            (LineRequest(line_id, 1, "does_not_fit"),),
            notice_at=datetime(2026, 11, 12, 10, tzinfo=UTC),
        ),
    )
    returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id)
    # the shop's refund is taken off: nothing more is paid for the shirt
    assert refunds.propose_refund(backend.uow(), actors.clerk, ret.id).total == D("0.00")


def test_a_shopify_order_cancelled_before_import_is_skipped(backend, actors):
    report = import_orders(
        backend.uow(),
        _shopify("voided", "2026-11-05 10:00:00 +0200"),
        "shopify",
        actor=actors.admin,
    )
    assert report.ok, report.errors
    assert (report.created, report.skipped) == (0, 1)


@pytest.mark.parametrize("status", ["pending", "authorized", "expired", "voided"])
def test_an_order_whose_money_never_arrived_in_the_shop_cannot_be_refunded(backend, actors, status):
    from datetime import UTC, datetime

    report = import_orders(backend.uow(), _shopify(status), "shopify", actor=actors.admin)
    assert report.ok, report.errors
    assert _stored(backend, "3001") == (status, D("0.00"))
    with backend.uow(readonly=True) as uow:
        line_id = uow.session.scalar(select(Order).where(Order.order_number == "3001")).lines[0].id
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "withdrawal",
            (LineRequest(line_id, 1, "does_not_fit"),),
            notice_at=datetime(2026, 11, 12, 10, tzinfo=UTC),
        ),
    )
    returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id)
    with pytest.raises(ReturnsError) as refused:
        refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    text = refused.value.message.render("en")
    assert "nothing was paid, so nothing is refunded" in text
    if status != "voided":
        assert f"'{status}'" in text
