"""Unidentified parcels: the code is followed to its return, a discard is a supervisor's
decision with a reason, and two stations deciding one parcel at once are told who won."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from sqlalchemy import select, text

from returns_app.domain.users import Actor
from returns_app.i18n import ReturnsError
from returns_app.persistence.models import AuditEntry, Parcel
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning.checkdigits import s10_check_digit
from returns_app.services import receiving, returns, users
from returns_app.services.errors import Conflict, InvalidInput, PermissionDenied
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)


def _s10(n: int) -> str:
    digits = f"{n % 10**8:08d}"
    return f"JJ{digits}{s10_check_digit(digits)}FI"


def _register(backend, actor, order, **extra):
    cmd = RegisterReturn(
        "withdrawal", (LineRequest(order.lines[0].id, 1),), notice_at=NOTICE, **extra
    )
    return returns.register_return(backend.uow(), actor, cmd)


def _queued(backend, actor, code: str) -> int:
    return receiving.queue_parcel(backend.uow(), actor, code).id


def _parcel(backend, parcel_id: int) -> SimpleNamespace:
    """The parcel's row as it is in the database now."""
    with backend.uow(readonly=True) as uow:
        p = uow.session.get(Parcel, parcel_id)
        return SimpleNamespace(status=p.status, note=p.note, resolved_by=p.resolved_by)


def _audit(backend, action: str) -> list[dict]:
    with backend.uow(readonly=True) as uow:
        return [
            e.details
            for e in uow.session.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            )
        ]


# --- Following the code -------------------------------------------------------------------


def test_a_return_code_proposes_that_return_with_its_customer_order_and_items(
    backend, actors, make_order
):
    order = make_order()
    ret = _register(backend, actors.clerk, order)
    pid = _queued(backend, actors.clerk, ret.code)
    got = receiving.suggest_match(backend.uow(readonly=True), pid)
    assert (got.kind, got.found_by, got.ret.id) == ("return", "return_code", ret.id)
    assert got.ret.customer.name == "Aino Laine"
    assert got.ret.order_numbers == (order.order_number,)
    assert [(line.name, line.qty_announced) for line in got.ret.lines] == [("Paita M", 1)]
    assert str(got.message) == f"The parcel's code is return {ret.code}."


def test_a_return_tracking_number_proposes_its_return(backend, actors, make_order):
    order = make_order()
    tracking = _s10(77001234)
    ret = _register(backend, actors.clerk, order, return_tracking_number=tracking)
    pid = _queued(backend, actors.clerk, tracking)
    got = receiving.suggest_match(backend.uow(readonly=True), pid)
    assert (got.kind, got.found_by, got.ret.id) == ("return", "return_tracking", ret.id)
    assert str(got.message) == (
        f"The parcel's code is the return tracking number of return {ret.code}."
    )


def test_a_delivery_tracking_number_leads_through_the_order_to_its_open_return(
    backend, actors, make_order
):
    order = make_order()
    ret = _register(backend, actors.clerk, order)
    pid = _queued(backend, actors.clerk, order.shipments[0].tracking_number)
    got = receiving.suggest_match(backend.uow(readonly=True), pid)
    assert (got.kind, got.found_by, got.ret.id) == ("return", "shipment_tracking", ret.id)
    assert str(got.message) == (
        f"The parcel's code is the tracking number of order {order.order_number}'s delivery; "
        f"its open return is {ret.code}."
    )


def test_a_delivery_tracking_number_of_an_order_without_return_says_to_register_one(
    backend, actors, make_order
):
    order = make_order()
    pid = _queued(backend, actors.clerk, order.shipments[0].tracking_number)
    got = receiving.suggest_match(backend.uow(readonly=True), pid)
    assert (got.kind, got.found_by, got.ret) == ("order", "shipment_tracking", None)
    assert got.order.id == order.id
    assert str(got.message) == (
        f"Order {order.order_number} (Aino Laine) has no open return. Register the return "
        "first; then match the parcel to it."
    )


def test_an_order_number_proposes_the_orders_open_return(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order)
    pid = _queued(backend, actors.clerk, order.order_number)
    got = receiving.suggest_match(backend.uow(readonly=True), pid)
    assert (got.kind, got.found_by, got.ret.id) == ("return", "order_number", ret.id)
    assert str(got.message) == (
        f"The parcel's code is order number {order.order_number}; its open return is {ret.code}."
    )


def test_a_code_that_names_nothing_says_to_search_by_hand(backend, actors):
    pid = receiving.receive_parcel(backend.uow(), actors.clerk, "UNKNOWN-LABEL-7").parcel_id
    got = receiving.suggest_match(backend.uow(readonly=True), pid)
    assert (got.kind, got.ret, got.order) == ("none", None, None)
    assert "names no return or order" in str(got.message)


def test_a_code_of_a_rejected_return_is_not_proposed_for_matching(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order)
    returns.reject_return(backend.uow(), actors.supervisor, ret.id, "Not ours")
    pid = _queued(backend, actors.clerk, ret.code)
    got = receiving.suggest_match(backend.uow(readonly=True), pid)
    assert (got.kind, got.ret.id) == ("closed", ret.id)
    assert f"leads to return {ret.code}, which is rejected" in str(got.message)


def test_the_proposed_return_matches_and_the_audit_names_the_code(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order)
    code = order.shipments[0].tracking_number
    pid = _queued(backend, actors.clerk, code)
    got = receiving.suggest_match(backend.uow(readonly=True), pid)
    matched = receiving.match_parcel(backend.uow(), actors.clerk, pid, got.ret.id)
    assert (matched.id, matched.goods_state) == (ret.id, "received")
    assert _parcel(backend, pid).status == "matched"
    assert _audit(backend, "parcel_matched") == [{"code": code}]
    assert receiving.list_unidentified(backend.uow(readonly=True)) == []


# --- Who queued it ----------------------------------------------------------------------


def test_the_queue_names_who_queued_each_parcel_and_where(backend, actors):
    dto = users.add_user(
        backend.uow(),
        "aino",
        "secret-password",
        "clerk",
        display_name="Aino Virtanen",
        actor=actors.admin,
    )
    aino = Actor(dto.id, "aino", "clerk", "DESK-9")
    receiving.receive_parcel(backend.uow(), aino, "UNKNOWN-LABEL-7")
    (parcel,) = receiving.list_unidentified(backend.uow(readonly=True))
    assert (parcel.display_name, parcel.username, parcel.station) == (
        "Aino Virtanen",
        "aino",
        "DESK-9",
    )


# --- Discarding -------------------------------------------------------------------------


def test_a_clerk_cannot_discard_a_parcel_and_nothing_changes(backend, actors):
    pid = receiving.receive_parcel(backend.uow(), actors.clerk, "UNKNOWN-LABEL-7").parcel_id
    with pytest.raises(PermissionDenied, match="clerk1 .* may not"):
        receiving.discard_parcel(backend.uow(), actors.clerk, pid, "Sent back")
    assert _parcel(backend, pid).status == "unidentified"
    assert _audit(backend, "parcel_discarded") == []


def test_a_discard_needs_a_reason(backend, actors):
    pid = receiving.receive_parcel(backend.uow(), actors.clerk, "UNKNOWN-LABEL-7").parcel_id
    with pytest.raises(InvalidInput, match="Write what was done with the parcel"):
        receiving.discard_parcel(backend.uow(), actors.supervisor, pid, "   ")
    assert _parcel(backend, pid).status == "unidentified"


def test_a_supervisors_discard_keeps_the_reason_and_the_code(backend, actors):
    pid = receiving.receive_parcel(backend.uow(), actors.clerk, "UNKNOWN-LABEL-7").parcel_id
    receiving.discard_parcel(backend.uow(), actors.supervisor, pid, " Refused, sent back ")
    parcel = _parcel(backend, pid)
    assert (parcel.status, parcel.note, parcel.resolved_by) == (
        "discarded",
        "Refused, sent back",
        actors.supervisor.user_id,
    )
    assert _audit(backend, "parcel_discarded") == [
        {"reason": "Refused, sent back", "code": "UNKNOWN-LABEL-7"}
    ]


def test_a_parcel_decided_elsewhere_says_who_where_and_what(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order)
    first = receiving.receive_parcel(backend.uow(), actors.clerk, "UNKNOWN-LABEL-7").parcel_id
    second = receiving.receive_parcel(backend.uow(), actors.clerk, "UNKNOWN-LABEL-8").parcel_id
    receiving.match_parcel(backend.uow(), actors.clerk, first, ret.id)
    receiving.discard_parcel(backend.uow(), actors.supervisor, second, "Sent back")
    with pytest.raises(
        Conflict,
        match=rf"Parcel UNKNOWN-LABEL-7 was already matched to return {ret.code} by clerk1 "
        r"at DESK-3, \d",
    ):
        receiving.discard_parcel(backend.uow(), actors.supervisor, first, "Sent back")
    with pytest.raises(
        Conflict,
        match=r"Parcel UNKNOWN-LABEL-8 was already discarded by supervisor1 at DESK-2, .*"
        "\u201cSent back\u201d",
    ):
        receiving.match_parcel(backend.uow(), actors.clerk, second, ret.id)
    with pytest.raises(Conflict, match="already discarded by supervisor1"):
        receiving.suggest_match(backend.uow(readonly=True), second)


# --- Two stations at once ---------------------------------------------------------------


def test_two_stations_deciding_one_parcel_at_once_one_wins_the_other_is_told_who(
    backend, actors, make_order
):
    ret = _register(backend, actors.clerk, make_order())
    for n in range(4):
        pid = receiving.receive_parcel(backend.uow(), actors.clerk, f"UNKNOWN-LABEL-{n}").parcel_id
        barrier = threading.Barrier(2)

        def decide(i, pid=pid, barrier=barrier):
            barrier.wait()
            try:
                if i == 0:
                    receiving.match_parcel(backend.uow(), actors.clerk, pid, ret.id)
                else:
                    receiving.discard_parcel(backend.uow(), actors.supervisor, pid, "Sent back")
                return ("ok", "")
            except ReturnsError as exc:
                return ("error", str(exc))

        with ThreadPoolExecutor(2) as pool:
            outcomes = list(pool.map(decide, range(2)))
        assert [o for o, _ in outcomes].count("ok") == 1
        (told,) = [t for o, t in outcomes if o == "error"]
        assert "was already matched" in told or "was already discarded" in told
        assert _parcel(backend, pid).status in ("matched", "discarded")
    decided = len(_audit(backend, "parcel_matched")) + len(_audit(backend, "parcel_discarded"))
    assert decided == 4


class _HeldCommit(UnitOfWork):
    """A unit of work that stops just before its commit until released: its row locks stay
    held, so a second station really waits for it."""

    def __init__(self, engine, holding: threading.Event, release: threading.Event) -> None:
        super().__init__(engine)
        self._holding, self._release = holding, release

    def commit(self) -> None:
        self._holding.set()
        assert self._release.wait(20)
        super().commit()


def _waiting_on_a_lock(backend) -> int:
    with backend.engine.connect() as conn:
        return conn.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND datname = current_database()"
            )
        )


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)  # row locks: PostgreSQL's
def test_on_postgresql_the_second_station_waits_for_the_first_then_is_told_who_matched(
    backend, actors, make_order
):
    ret = _register(backend, actors.clerk, make_order())
    pid = receiving.receive_parcel(backend.uow(), actors.clerk, "UNKNOWN-LABEL-7").parcel_id
    holding, release = threading.Event(), threading.Event()
    desk5 = Actor(actors.clerk.user_id, "clerk1", "clerk", "DESK-5")
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(
            receiving.match_parcel,
            _HeldCommit(backend.engine, holding, release),
            desk5,
            pid,
            ret.id,
        )
        assert holding.wait(20)  # station 1 holds the parcel's row, not yet committed
        second = pool.submit(
            receiving.discard_parcel, backend.uow(), actors.supervisor, pid, "Sent back"
        )
        try:
            deadline = time.monotonic() + 20
            while _waiting_on_a_lock(backend) == 0:  # station 2 really waits for station 1
                assert time.monotonic() < deadline, "the second station never waited"
                time.sleep(0.02)
            assert not second.done()
        finally:  # a failed check never leaves station 1 holding its row
            release.set()
        assert first.result(20).goods_state == "received"
        with pytest.raises(
            Conflict,
            match=rf"Parcel UNKNOWN-LABEL-7 was already matched to return {ret.code} by "
            r"clerk1 at DESK-5, \d+\.\d+\.2\d{3} \d\d:\d\d\.",
        ):
            second.result(20)
    assert _parcel(backend, pid).status == "matched"
    assert _audit(backend, "parcel_discarded") == []


def test_a_partly_arrived_return_still_takes_the_rest_of_its_goods(backend, actors, make_order):
    """Two shirts announced, one back and graded: the return is "inspected" while the other
    shirt is on its way. A parcel labelled with the order number belongs to it, both in the
    queue's proposal and at the desk; once every unit is back and graded it does not."""
    from returns_app.services import inspection

    order = make_order()
    cmd = RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 2),), notice_at=NOTICE)
    ret = returns.register_return(backend.uow(), actors.clerk, cmd)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    checked = receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(checked.return_line_id, "A", "restock")
    )
    pid = _queued(backend, actors.clerk, order.order_number)
    got = receiving.suggest_match(backend.uow(readonly=True), pid)
    assert (got.kind, got.ret.id, got.ret.goods_state) == ("return", ret.id, "inspected")
    scanned = receiving.receive_parcel(backend.uow(), actors.clerk, order.order_number)
    assert (scanned.kind, scanned.ret.id) == ("return", ret.id)
    checked = receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(checked.return_line_id, "A", "restock")
    )
    assert receiving.receive_parcel(backend.uow(), actors.clerk, order.order_number).kind == (
        "order"  # everything back and graded: another parcel of the order is a new return
    )
