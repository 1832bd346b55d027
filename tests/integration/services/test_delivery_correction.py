"""A clerk corrects an estimated delivery day from the customer's proof: audited, and the
withdrawal period then runs from the day the customer got the goods."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from returns_app.persistence.models import AuditEntry
from returns_app.services import delivery, orders, queries, timeline
from returns_app.services.errors import InvalidInput

TODAY = date(2026, 11, 30)


@pytest.fixture
def estimated(make_order):
    shipped = datetime(2026, 11, 5, 12, tzinfo=UTC)
    return make_order(
        shipments=(
            orders.ShipmentInput("JJ123456785FI", "posti", date(2026, 11, 9), shipped, True),
        )
    )


def test_an_estimated_day_is_marked_and_corrected_from_the_proof(backend, actors, estimated):
    assert estimated.period_estimated and estimated.period_ends == date(2026, 11, 23)
    fixed = delivery.correct_delivery_day(
        backend.uow(),
        actors.clerk,
        estimated.id,
        date(2026, 11, 12),
        "Posti tracking: delivered to parcel locker 12.11. 16:04",
        today=TODAY,
    )
    assert not fixed.period_estimated
    assert [(s.delivered_on, s.delivery_estimated) for s in fixed.shipments] == [
        (date(2026, 11, 12), False)
    ]
    assert fixed.period_ends == date(2026, 11, 26)
    with backend.uow(readonly=True) as uow:
        entry = uow.session.scalar(
            select(AuditEntry).where(AuditEntry.action == "delivery_corrected")
        )
        assert entry.user_id == actors.clerk.user_id
        assert entry.details["old"] == "2026-11-09" and entry.details["new"] == "2026-11-12"
        assert entry.details["was_estimated"] is True


def test_the_return_timeline_reads_the_correction_as_a_sentence(backend, actors, estimated):
    from returns_app.services import returns
    from returns_app.services.returns import LineRequest, RegisterReturn

    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "withdrawal",
            (LineRequest(estimated.lines[0].id, 1, "does_not_fit"),),
            notice_at=datetime(2026, 11, 20, 10, tzinfo=UTC),
        ),
    )
    delivery.correct_delivery_day(
        backend.uow(),
        actors.clerk,
        estimated.id,
        date(2026, 11, 12),
        "carrier's SMS",
        return_id=ret.id,
        today=TODAY,
    )
    entries = timeline.timeline(backend.uow(), ret.id)
    texts = [e.sentence.render("en") for e in entries]
    assert any(
        f"set the delivery day of order {estimated.order_number} to 12.11.2026 "
        "(was estimated 9.11.2026) from: carrier's SMS" in t
        for t in texts
    ), texts


@pytest.mark.parametrize(
    ("day", "proof", "words"),
    [
        (date(2026, 11, 12), "", "Write what shows the delivery day"),
        (date(2026, 12, 24), "tracking", "in the future"),
        (date(2026, 11, 1), "tracking", "cannot have arrived before that"),
    ],
)
def test_a_correction_without_proof_or_with_an_impossible_day_is_refused(
    backend, actors, estimated, day, proof, words
):
    with pytest.raises(InvalidInput, match=words):
        delivery.correct_delivery_day(
            backend.uow(), actors.clerk, estimated.id, day, proof, today=TODAY
        )
    assert queries.get_order(backend.uow(), estimated.id).period_estimated


# --- issue 15 review: corrections and re-imports -------------------------------------------

SHOPIFY_HEAD = (
    "Name,Email,Financial Status,Fulfilled at,Currency,Subtotal,Shipping,Taxes,Total,"
    "Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
    "Billing Name,Billing Address1,Billing City,Billing Zip,Billing Country,Tax 1 Name,"
    "Tax 1 Value,Refunded Amount\n"
)


def _shopify(fulfilled: str) -> bytes:
    return (
        SHOPIFY_HEAD + f"#3001,a@example.fi,paid,{fulfilled},EUR,39.90,5.90,9.38,45.80,Posti,"
        "2026-11-02 10:00:00 +0200,1,Paita,39.90,SHIRT-M,Aino,Katu 1,Helsinki,00100,FI,"
        "FI VAT 25.5%,9.31,0.00\n"
    ).encode()


def _only_order_id(backend) -> int:
    from returns_app.persistence.models import Order

    with backend.uow(readonly=True) as uow:
        return uow.session.scalar(select(Order.id))


def test_a_re_import_of_an_unfulfilled_order_keeps_the_clerks_corrected_day(backend, actors):
    from returns_app.services.importing.run import import_orders

    assert import_orders(backend.uow(), _shopify(""), "shopify", actor=actors.admin).ok
    oid = _only_order_id(backend)
    delivery.correct_delivery_day(
        backend.uow(), actors.clerk, oid, date(2026, 11, 6), "Posti SMS", today=TODAY
    )
    again = import_orders(backend.uow(), _shopify(""), "shopify", actor=actors.admin)
    assert again.ok and again.unchanged == 1, again
    o = queries.get_order(backend.uow(readonly=True), oid)
    assert [(s.delivered_on, s.delivery_corrected) for s in o.shipments] == [
        (date(2026, 11, 6), True)
    ]


def test_a_shipping_day_stored_as_delivery_before_0011_is_estimated_again_on_re_import(
    backend, actors, make_order
):
    from returns_app.services.importing.run import import_orders

    shipped = datetime(2026, 11, 3, 8, tzinfo=UTC)
    # as imported before 0011: Fulfilled at's day stored as the delivery day, not marked
    make_order(
        order_number="3001",
        shipments=(orders.ShipmentInput(None, "", date(2026, 11, 3), shipped, False),),
    )
    report = import_orders(
        backend.uow(), _shopify("2026-11-03 10:00:00 +0200"), "shopify", actor=actors.admin
    )
    assert report.ok, report.errors
    o = queries.get_order(backend.uow(readonly=True), _only_order_id(backend))
    (shipment,) = o.shipments
    assert shipment.delivered_on > date(2026, 11, 3) and shipment.delivery_estimated
    assert o.period_estimated


def test_correcting_one_parcel_never_moves_a_known_later_delivery(backend, actors, make_order):
    o = make_order(
        shipments=(
            orders.ShipmentInput(
                "JJ473124829FI", "posti", date(2026, 11, 20), datetime(2026, 11, 17, 8, tzinfo=UTC)
            ),
            orders.ShipmentInput(
                "JJ123456785FI",
                "posti",
                date(2026, 11, 12),
                datetime(2026, 11, 9, 8, tzinfo=UTC),
                True,
            ),
        )
    )
    fixed = delivery.correct_delivery_day(
        backend.uow(), actors.clerk, o.id, date(2026, 11, 11), "Posti SMS", today=TODAY
    )
    days = {s.tracking_number: (s.delivered_on, s.delivery_estimated) for s in fixed.shipments}
    assert days == {
        "JJ473124829FI": (date(2026, 11, 20), False),
        "JJ123456785FI": (date(2026, 11, 11), False),
    }
    assert fixed.period_ends == o.period_ends  # still from the last delivery, 20.11.


def test_a_known_but_wrong_day_of_a_named_shipment_can_be_corrected(backend, actors, make_order):
    o = make_order(
        shipments=(
            orders.ShipmentInput(
                "JJ473124829FI", "posti", date(2026, 11, 20), datetime(2026, 11, 17, 8, tzinfo=UTC)
            ),
            orders.ShipmentInput(
                "JJ123456785FI", "posti", date(2026, 11, 12), datetime(2026, 11, 9, 8, tzinfo=UTC)
            ),
        )
    )
    with pytest.raises(InvalidInput, match="choose the shipment"):
        delivery.correct_delivery_day(
            backend.uow(), actors.clerk, o.id, date(2026, 11, 21), "Posti SMS", today=TODAY
        )
    later = next(s for s in o.shipments if s.tracking_number == "JJ473124829FI")
    fixed = delivery.correct_delivery_day(
        backend.uow(),
        actors.clerk,
        o.id,
        date(2026, 11, 21),
        "Customer's receipt from the parcel locker",
        shipment_id=later.id,
        today=TODAY,
    )
    days = {s.tracking_number: s.delivered_on for s in fixed.shipments}
    assert days == {"JJ473124829FI": date(2026, 11, 21), "JJ123456785FI": date(2026, 11, 12)}


def test_a_day_before_the_helsinki_shipping_day_is_refused(backend, actors, make_order):
    # 22:30 UTC on 8.11. is already 9.11. in Helsinki
    o = make_order(
        shipments=(
            orders.ShipmentInput(
                "JJ123456785FI",
                "posti",
                date(2026, 11, 11),
                datetime(2026, 11, 8, 22, 30, tzinfo=UTC),
                True,
            ),
        )
    )
    with pytest.raises(InvalidInput, match="left on"):
        delivery.correct_delivery_day(
            backend.uow(), actors.clerk, o.id, date(2026, 11, 8), "Posti SMS", today=TODAY
        )


def test_a_late_withdrawal_on_an_estimated_day_says_so_and_how_to_correct_it(
    backend, actors, estimated
):
    from returns_app.i18n import ReturnsError
    from returns_app.services import returns
    from returns_app.services.returns import LineRequest, RegisterReturn

    # estimated delivery 9.11.: the period ended 23.11.; notice on 25.11.
    with pytest.raises(ReturnsError) as refused:
        returns.register_return(
            backend.uow(),
            actors.clerk,
            RegisterReturn(
                "withdrawal",
                (LineRequest(estimated.lines[0].id, 1, "does_not_fit"),),
                notice_at=datetime(2026, 11, 25, 10, tzinfo=UTC),
            ),
        )
    text = refused.value.message.render("en")
    assert "ended on 23.11.2026" in text
    assert "delivery day 9.11.2026 is only estimated" in text
    assert "corrects the delivery day" in text
