"""One clock for every station: on PostgreSQL the moments that decide deadlines are the
server's, however wrong a station's own clock is; on SQLite the station's is the only one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import time_machine
from sqlalchemy import func, select

from returns_app.persistence.models import Parcel, Refund, Return
from returns_app.services import clock, inspection, receiving, refunds, returns
from returns_app.services.returns import LineRequest, RegisterReturn

SHIRT = "6417084000019"


def _server_now(backend) -> datetime:
    with backend.uow(readonly=True) as uow:
        return clock.now(uow)


def test_a_station_a_day_fast_records_the_servers_time_for_notice_arrival_and_refund(
    backend, actors, make_order
):
    real = _server_now(backend)
    order = make_order(
        delivered=(real - timedelta(days=3)).date(), ordered_at=real - timedelta(days=6)
    )
    station = real + timedelta(days=1)
    with time_machine.travel(station, tick=True):
        cmd = RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),))
        ret = returns.register_return(backend.uow(), actors.clerk, cmd)
        receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
        unit = receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT)
        inspection.inspect_unit(
            backend.uow(), actors.clerk, inspection.InspectUnit(unit.return_line_id, "A", "restock")
        )
        proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
        refunds.issue_refund(backend.uow(), actors.clerk, proposal.id)
        assert datetime.now(UTC) - real > timedelta(hours=23)  # the station's clock is off
    with backend.uow(readonly=True) as uow:
        s = uow.session
        notice = s.scalar(select(Return.notice_at).where(Return.id == ret.id))
        arrival = s.scalar(select(func.min(Parcel.scanned_at)).where(Parcel.return_id == ret.id))
        issued = s.scalar(select(Refund.issued_at).where(Refund.id == proposal.id))
    expected = real if backend.engine.dialect.name == "postgresql" else station
    for moment in (notice, arrival, issued):
        assert abs(moment - expected) < timedelta(minutes=5), (moment, expected)


def test_an_explicit_moment_still_wins_on_every_database(backend, actors, make_order):
    order = make_order()
    pinned = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
    cmd = RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 1),), notice_at=pinned)
    ret = returns.register_return(backend.uow(), actors.clerk, cmd)
    with backend.uow(readonly=True) as uow:
        assert uow.session.scalar(select(Return.notice_at).where(Return.id == ret.id)) == pinned
