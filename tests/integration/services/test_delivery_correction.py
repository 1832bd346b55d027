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
