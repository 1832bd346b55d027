"""Two returns of one order refunded by two stations at the same moment: the order, which owns
the limits, never gives back more than was paid, and its delivery at most once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from returns_app.i18n import ReturnsError
from returns_app.persistence.models import Refund, RefundLine
from returns_app.services import inspection, orders, receiving, refunds, returns
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
ISSUED = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
PAID = Decimal("39.90") * 2 - Decimal("0.01") + Decimal("5.90")  # the issue's example


def _two_returns(backend, actors, make_order):
    order = make_order(
        lines=(
            orders.LineInput(
                "SHIRT-M",
                "Paita M",
                2,
                Decimal("39.90"),
                Decimal("25.5"),
                gtin="06417084000019",
                discount=Decimal("0.01"),
            ),
        )
    )
    made = []
    for _ in range(2):
        ret = returns.register_return(
            backend.uow(),
            actors.clerk,
            RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 1),), notice_at=NOTICE),
        )
        receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
        receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
        inspection.inspect_unit(
            backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "A", "restock")
        )
        made.append(ret)
    return order, made


def _race(fns):
    barrier = threading.Barrier(len(fns))

    def run(fn):
        barrier.wait()
        try:
            return ("ok", fn())
        except ReturnsError as exc:
            return ("error", str(exc))

    with ThreadPoolExecutor(len(fns)) as pool:
        return list(pool.map(run, fns))


@pytest.mark.parametrize("rounds", [6])
def test_two_returns_of_one_order_at_once_never_refund_more_than_was_paid(
    backend, actors, make_order, rounds
):
    for _ in range(rounds):
        order, (a, b) = _two_returns(backend, actors, make_order)
        proposals = _race(
            [lambda r=r: refunds.propose_refund(backend.uow(), actors.clerk, r.id) for r in (a, b)]
        )
        ids = [p.id for kind, p in proposals if kind == "ok"]
        _race(
            [
                lambda i=i: refunds.issue_refund(backend.uow(), actors.supervisor, i, now=ISSUED)
                for i in ids
            ]
        )
        # whatever was refused is computed again and issued: the customer gets all of it
        for ret in (a, b):
            with backend.uow() as uow:
                issued = uow.session.scalar(
                    select(func.count(Refund.id)).where(
                        Refund.return_id == ret.id, Refund.status == "issued"
                    )
                )
            if not issued:
                p = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
                refunds.issue_refund(backend.uow(), actors.supervisor, p.id, now=ISSUED)
        with backend.uow() as uow:
            s = uow.session
            rows = s.execute(
                select(RefundLine.kind, func.sum(RefundLine.gross - RefundLine.deduction))
                .join(Refund, Refund.id == RefundLine.refund_id)
                .where(RefundLine.order_id == order.id, Refund.status == "issued")
                .group_by(RefundLine.kind)
            ).all()
        given = {kind: Decimal(str(total)) for kind, total in rows}
        assert given.get("delivery", Decimal("0")) == Decimal("5.90")  # once, not twice
        assert sum(given.values()) == PAID  # to the cent: all of it, never more


def test_issuing_checks_the_order_again_and_refuses_a_delivery_paid_twice(
    backend, actors, make_order
):
    order, (a, b) = _two_returns(backend, actors, make_order)
    first = refunds.propose_refund(backend.uow(), actors.clerk, a.id)
    second = refunds.propose_refund(backend.uow(), actors.clerk, b.id)
    assert second.delivery_amount == Decimal("5.90")
    refunds.issue_refund(backend.uow(), actors.supervisor, second.id, now=ISSUED)
    with backend.uow() as uow:  # a proposal computed on a picture that is no longer true
        s = uow.session
        refund = s.get(Refund, first.id)
        s.add(
            RefundLine(
                refund_id=refund.id,
                kind="delivery",
                order_id=order.id,
                description="Posti",
                quantity=0,
                gross=Decimal("5.90"),
                deduction=Decimal("0"),
                deduction_reason="",
                vat_rate=Decimal("25.5"),
                vat=Decimal("1.20"),
                net=Decimal("4.70"),
            )
        )
        refund.total += Decimal("5.90")
        uow.commit()
    with pytest.raises(ReturnsError, match="more than was paid"):
        refunds.issue_refund(backend.uow(), actors.supervisor, first.id, now=ISSUED)
    again = refunds.propose_refund(backend.uow(), actors.clerk, a.id)
    refunds.issue_refund(backend.uow(), actors.supervisor, again.id, now=ISSUED)
    with backend.uow() as uow:
        total = uow.session.scalar(select(func.sum(Refund.total)).where(Refund.status == "issued"))
    assert Decimal(str(total)) == PAID


def test_one_unknown_parcel_queued_at_many_stations_at_once_is_one_row(backend, actors):
    from returns_app.persistence.models import Parcel
    from returns_app.services import receiving

    results = _race(
        [
            lambda: receiving.queue_parcel(backend.uow(), actors.clerk, "UNKNOWN-LABEL-7")
            for _ in range(6)
        ]
    )
    assert sum(kind == "ok" for kind, _ in results) == 1
    refused = [text for kind, text in results if kind == "error"]
    assert refused and all("already in the unidentified queue: clerk1" in t for t in refused)
    with backend.uow() as uow:
        assert uow.session.scalar(select(func.count(Parcel.id))) == 1
