"""Stale screens and mixed operations on one return from many stations: every refusal is a
clean ``ReturnsError``, no return ends stuck, at most one refund is issued per return, and the
returns of one order add up to what was paid, to the cent, in whatever order they are decided."""

from __future__ import annotations

import random
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from race_kit import PAID, graded_return, issue_order
from sqlalchemy import func, select

from returns_app.i18n import ReturnsError
from returns_app.persistence.models import Refund, RefundLine, Return
from returns_app.services import orders, queries, refunds
from returns_app.services.retry import retrying

ISSUED = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
OPEN_STATE = {"proposed": "proposed", "approved": "approved"}


def _state(backend, return_id: int) -> tuple[str, Counter]:
    with backend.uow(readonly=True) as uow:
        s = uow.session
        money = s.scalar(select(Return.money_state).where(Return.id == return_id))
        refunds_ = Counter(s.scalars(select(Refund.status).where(Refund.return_id == return_id)))
    return money, refunds_


def _consistent(money: str, statuses: Counter) -> bool:
    """The money state says what the refunds are: one open refund at most, and it is named."""
    open_ = [s for s in ("proposed", "approved") if statuses[s]]
    if statuses["proposed"] + statuses["approved"] > 1 or statuses["issued"] > 1:
        return False
    if open_:
        return money == open_[0]
    return money == ("refunded" if statuses["issued"] else "none")


def _given(backend, order_id: int) -> Decimal:
    with backend.uow(readonly=True) as uow:
        total = uow.session.scalar(
            select(func.sum(RefundLine.gross - RefundLine.deduction))
            .join(Refund, Refund.id == RefundLine.refund_id)
            .where(RefundLine.order_id == order_id, Refund.status == "issued")
        )
    return Decimal(str(total or 0))


def _finish(backend, actors, return_id: int) -> None:
    """Whatever the race left, the return can still be proposed and issued (never stuck)."""
    money, statuses = _state(backend, return_id)
    if statuses["issued"]:
        return
    p = refunds.propose_refund(backend.uow(), actors.clerk, return_id)
    refunds.issue_refund(backend.uow(), actors.supervisor, p.id, now=ISSUED)


def _screen(backend, return_id: int) -> tuple[int, int | None]:
    """What a station's screen shows: the return's version and its open refund."""
    dto = queries.get_return(backend.uow(readonly=True), return_id)
    with backend.uow(readonly=True) as uow:
        refund = queries.open_refund(uow.session, return_id)
        return dto.version, refund.id if refund else None


def test_stale_screens_proposing_and_cancelling_never_leave_a_return_stuck(
    backend, actors, make_order
):
    order = issue_order(make_order, qty=1)
    ret = graded_return(backend, actors, order.lines[0].id)
    outcomes: Counter = Counter()
    raw: list[str] = []
    for round_ in range(50):
        screens = [_screen(backend, ret.id)] * 4  # four stations look at one moment, then act
        barrier = threading.Barrier(4)

        def station(i: int, screens=screens, round_=round_, barrier=barrier) -> str:
            version, refund_id = screens[i]
            barrier.wait()
            try:
                if (i + round_) % 2 == 0 or refund_id is None:
                    refunds.propose_refund(
                        backend.uow(), actors.clerk, ret.id, expected_version=version
                    )
                else:
                    refunds.cancel_refund(
                        backend.uow(),
                        actors.supervisor,
                        refund_id,
                        "stale",
                        expected_version=version,
                    )
                return "ok"
            except ReturnsError:
                return "refused"
            except Exception as exc:  # a driver's error or an IllegalTransition escaping
                raw.append(repr(exc)[:200])
                return "raw"

        with ThreadPoolExecutor(4) as pool:
            outcomes.update(pool.map(station, range(4)))
        money, statuses = _state(backend, ret.id)
        assert _consistent(money, statuses), (round_, money, statuses)
        with pytest.raises(ReturnsError):  # a screen from before this round is refused...
            if screens[0][1] is not None:
                refunds.cancel_refund(
                    backend.uow(), actors.supervisor, screens[0][1], expected_version=screens[0][0]
                )
            else:
                refunds.propose_refund(
                    backend.uow(), actors.clerk, ret.id, expected_version=screens[0][0] - 1
                )
        assert _state(backend, ret.id) == (money, statuses)  # ...and changes nothing
    assert not raw and outcomes["ok"] >= 50 and outcomes["refused"] > 0, (outcomes, raw[:3])
    _finish(backend, actors, ret.id)
    assert _given(backend, order.id) == Decimal("39.89") + Decimal("5.90")  # once, whole


MIXED_THREADS = 8  # stations


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_mixed_refund_operations_from_eight_stations_give_only_clean_conflicts(
    backend, actors, make_order
):
    outcomes: Counter = Counter()
    raw: list[str] = []
    for round_ in range(4):
        order = issue_order(make_order)
        line_id = order.lines[0].id
        pair = [graded_return(backend, actors, line_id) for _ in range(2)]
        barrier = threading.Barrier(MIXED_THREADS)

        def station(i: int, pair=pair, round_=round_, barrier=barrier) -> list[str]:
            rng = random.Random(round_ * 100 + i)
            ret = pair[i % 2]
            barrier.wait()
            out = []
            for _ in range(4):
                kind = rng.choice("ppacii")

                def act(kind=kind, ret=ret, rng=rng):
                    version, refund_id = _screen(backend, ret.id)
                    if kind == "p":
                        return refunds.propose_refund(
                            backend.uow(),
                            actors.clerk,
                            ret.id,
                            expected_version=version if rng.random() < 0.5 else None,
                        )
                    if refund_id is None:
                        return None
                    if kind == "a":
                        return refunds.approve_refund(backend.uow(), actors.supervisor, refund_id)
                    if kind == "c":
                        return refunds.cancel_refund(
                            backend.uow(),
                            actors.supervisor,
                            refund_id,
                            "mixed",
                            expected_version=version,
                        )
                    return refunds.issue_refund(
                        backend.uow(), actors.supervisor, refund_id, now=ISSUED
                    )

                try:
                    retrying(act)  # as the stations' task runner does
                    out.append("ok")
                except ReturnsError:
                    out.append("refused")
                except Exception as exc:
                    raw.append(repr(exc)[:300])
                    out.append("raw")
            return out

        with ThreadPoolExecutor(MIXED_THREADS) as pool:
            for result in pool.map(station, range(MIXED_THREADS)):
                outcomes.update(result)
        for ret in pair:
            money, statuses = _state(backend, ret.id)
            assert statuses["issued"] <= 1 and _consistent(money, statuses), (money, statuses)
            _finish(backend, actors, ret.id)
        assert _given(backend, order.id) == PAID  # to the cent, never more
    assert not raw, raw[:3]
    assert outcomes["ok"] and outcomes["refused"], outcomes


@pytest.mark.parametrize("seed", range(4))
def test_the_returns_of_an_order_add_up_to_what_was_paid_whatever_order_they_are_decided_in(
    backend, actors, make_order, seed
):
    rng = random.Random(seed)
    shirts, discount = rng.randint(2, 3), Decimal(rng.choice(["0.01", "1.33"]))
    order_discount = Decimal(rng.choice(["0.01", "3.17"]))
    order = make_order(
        lines=(
            orders.LineInput(
                "SHIRT-M",
                "Paita M",
                shirts,
                Decimal("39.90"),
                Decimal("25.5"),
                gtin="06417084000019",
                discount=discount,
            ),
            orders.LineInput(
                "BOOK-1",
                "Kirja",
                1,
                Decimal("24.90"),
                Decimal("14"),
                gtin="00012345678905",
                discount=Decimal("0.07"),
            ),
        ),
        order_discount=order_discount,
    )
    rets = [
        graded_return(backend, actors, line.id)
        for line in order.lines
        for _ in range(line.quantity)
    ]
    proposal: dict[int, int] = {}
    for _ in range(3 * len(rets)):  # propose, issue and cancel in a random order
        ret, kind = rng.choice(rets), rng.choice("ppic")
        try:
            if kind == "p":
                proposal[ret.id] = refunds.propose_refund(backend.uow(), actors.clerk, ret.id).id
            elif kind == "i" and ret.id in proposal:
                refunds.issue_refund(backend.uow(), actors.supervisor, proposal[ret.id], now=ISSUED)
            elif kind == "c" and ret.id in proposal:
                refunds.cancel_refund(backend.uow(), actors.supervisor, proposal[ret.id])
        except ReturnsError:
            pass  # a stale proposal or one already issued: refused cleanly
    for ret in rets:
        _finish(backend, actors, ret.id)
    paid = shirts * Decimal("39.90") - discount + Decimal("24.83") - order_discount
    paid += Decimal("5.90")  # the delivery, once
    assert _given(backend, order.id) == paid
