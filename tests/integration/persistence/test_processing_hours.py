"""The audit log's summary per clock hour, user, station and return (migration 0017) is the
log's processing entries summed, whoever writes them: the services, an entry seeded with its
own time, on an hour's last microsecond or first, from a session in a half-hour time zone;
and a migration from 0016 builds the same summary from the log alone."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text

from returns_app.domain.users import Actor
from returns_app.persistence import migrate
from returns_app.persistence.models import AuditEntry, ProcessingHour
from returns_app.persistence.processing_hours import PROCESSING_ACTIONS
from returns_app.services import audit, inspection, receiving, refunds
from returns_app.services import returns as returns_service
from returns_app.services.audit import link_entry
from returns_app.services.returns import LineRequest, RegisterReturn

T = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)


def _summary(backend) -> dict[tuple, tuple[int, int, int]]:
    with backend.engine.connect() as conn:
        rows = conn.execute(
            select(ProcessingHour.__table__).order_by(*ProcessingHour.__table__.primary_key)
        ).mappings()
        return {
            (r["hour"], r["username"], r["station"], r["return_id"]): (
                r["parcels"],
                r["units_inspected"],
                r["refunds"],
            )
            for r in rows
        }


def _expected(backend) -> dict[tuple, tuple[int, int, int]]:
    """The log summed in Python: the summary's definition."""
    with backend.engine.connect() as conn:
        entries = conn.execute(select(AuditEntry.__table__)).mappings().all()
    sums: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    for e in entries:
        if e["return_id"] is None or e["action"] not in PROCESSING_ACTIONS:
            continue
        hour = e["at"].replace(minute=0, second=0, microsecond=0)
        counts = sums[(hour, e["username"], e["station"], e["return_id"])]
        counts[0] += e["action"] in ("parcel_received", "parcel_matched")
        counts[1] += e["action"] == "unit_inspected"
        counts[2] += e["action"] == "refund_issued"
    return {k: tuple(v) for k, v in sums.items()}


def _seed(backend, *entries: tuple[datetime, str, str, str, int | None], zone: str = "") -> None:
    with backend.uow() as uow:
        if zone:
            uow.session.execute(text(f"SET LOCAL TIME ZONE '{zone}'"))
        for at, user, station, action, return_id in entries:
            entry = AuditEntry(
                username=user,
                station=station,
                action=action,
                entity="return",
                entity_id=return_id,
                return_id=return_id,
                at=at,
                details={},
            )
            link_entry(uow, entry)
            uow.session.add(entry)
            uow.session.flush()
        uow.commit()


def _a_day_of_work(backend, actors, make_order) -> int:
    order = make_order()
    ret = returns_service.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 2),), notice_at=T),
    )
    desk = Actor(actors.clerk.user_id, actors.clerk.username, actors.clerk.role, "DESK-2")
    receiving.receive_parcel(backend.uow(), desk, ret.code)
    for _ in range(2):
        receiving.check_in_item(backend.uow(), desk, ret.id, code=ret.lines[0].gtin or "")
        inspection.inspect_unit(
            backend.uow(), desk, inspection.InspectUnit(ret.lines[0].id, "A", "restock")
        )
    proposal = refunds.propose_refund(backend.uow(), actors.supervisor, ret.id)
    refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id)
    with backend.uow() as uow:  # an entry of no return: not processing
        audit.record(uow, actors.admin, "note_added", "settings", None)
        uow.commit()
    return ret.id


def test_the_summary_is_the_log_summed_per_hour_however_entries_are_written(
    backend, actors, make_order
):
    rid = _a_day_of_work(backend, actors, make_order)
    last_microsecond = T + timedelta(hours=1) - timedelta(microseconds=1)
    _seed(
        backend,
        (last_microsecond, "aino", "DESK-1", "unit_inspected", rid),
        (T + timedelta(hours=1), "aino", "DESK-1", "unit_inspected", rid),
        (T + timedelta(minutes=5), "aino", "DESK-1", "parcel_matched", rid),
        (T + timedelta(minutes=6), "aino", "DESK-1", "item_checked_in", rid),
        (T + timedelta(minutes=7), "aino", "DESK-1", "note_added", rid),  # not processing
        (T + timedelta(minutes=8), "aino", "DESK-1", "refund_issued", None),  # no return
        (T + timedelta(minutes=9), "aino", "DESK-3", "refund_issued", rid),
        (T + timedelta(minutes=9), "eero", "DESK-1", "return_closed", rid),
    )
    if backend.engine.dialect.name == "postgresql":
        # A session in a half-hour zone: the hour is still the UTC hour.
        _seed(
            backend,
            (T + timedelta(minutes=15), "aino", "DESK-1", "unit_inspected", rid),
            zone="Asia/Kolkata",
        )

    summary = _summary(backend)
    assert summary == _expected(backend)
    aino = summary[(T, "aino", "DESK-1", rid)]
    assert aino[0] == 1  # the matched parcel
    assert aino[1] == (2 if backend.engine.dialect.name == "postgresql" else 1)  # 10:59:59.999999
    assert summary[(T + timedelta(hours=1), "aino", "DESK-1", rid)] == (0, 1, 0)
    assert summary[(T, "eero", "DESK-1", rid)] == (0, 0, 0)  # closing counts as an hour
    assert not any(key[3] is None for key in summary)
    desk2 = [counts for key, counts in summary.items() if key[2] == "DESK-2"]
    assert [sum(c[1] for c in desk2), sum(c[0] for c in desk2)] == [2, 1]


def test_a_migration_from_0016_builds_the_summary_from_the_log(backend, actors, make_order):
    rid = _a_day_of_work(backend, actors, make_order)
    _seed(backend, (T + timedelta(days=40), "aino", "DESK-1", "unit_inspected", rid))
    before = _summary(backend)
    assert len(before) >= 3 and before == _expected(backend)

    migrate.downgrade(backend.engine, "0016")
    with backend.engine.connect() as conn:
        tables = conn.dialect.get_table_names(conn)
    assert "processing_hours" not in tables
    _seed(backend, (T + timedelta(days=41), "eero", "DESK-1", "parcel_received", rid))

    migrate.upgrade(backend.engine)
    after = _summary(backend)
    assert after == _expected(backend)
    assert after == before | {(T + timedelta(days=41), "eero", "DESK-1", rid): (1, 0, 0)}
