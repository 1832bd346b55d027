"""PostgreSQL: the stations' role cannot rewrite the audit log, yet can do every day's work.

An attacker with the stations' credentials opens a second connection as that role and tries
what would empty, change or unguard the log; each is refused with "insufficient privilege"
and the rows stay as they were. The same role then runs a return from registration to an
issued refund through the services.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import text

from returns_app.domain.users import Actor
from returns_app.persistence import migrate, pg_roles
from returns_app.persistence.database import DatabaseError, make_engine
from returns_app.services import (
    audit,
    inspection,
    orders,
    queries,
    receiving,
    refunds,
    returns,
    users,
)
from returns_app.services.audit_verify import verify_audit_log
from returns_app.services.returns import LineRequest, RegisterReturn
from returns_app.services.runtime import Backend

pytestmark = pytest.mark.postgres


def _conninfo(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    options = u.query.get("options", "")
    return (
        f"host={u.host} port={u.port or 5432} user={u.username} dbname={u.database} "
        f"options='{options}'"
    )


def _log(url: str) -> list[tuple]:
    with psycopg.connect(_conninfo(url)) as conn:
        return conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()


def _write_entries(url: str) -> None:
    engine = make_engine(url)
    backend = Backend(engine, url)
    admin = users.add_user(
        backend.uow(), "admin1", "secret-password", "admin", actor=Actor(None, "setup", "admin")
    )
    with backend.uow() as uow:
        audit.record(uow, Actor(admin.id, "admin1", "admin", "DESK-1"), "note_added", "return", 1)
        uow.commit()
    engine.dispose()


def _verify(url: str):
    engine = make_engine(url)
    try:
        return verify_audit_log(Backend(engine, url).uow(readonly=True))
    finally:
        engine.dispose()


ATTACKS = [
    "TRUNCATE audit_log",
    "TRUNCATE audit_log CASCADE",
    "DROP TRIGGER audit_log_no_change ON audit_log",
    "DROP TRIGGER audit_log_no_truncate ON audit_log",
    "ALTER TABLE audit_log DISABLE TRIGGER ALL",
    "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change",
    "UPDATE audit_log SET username = 'mallory'",
    "DELETE FROM audit_log",
    "INSERT INTO audit_log (id, at, username, station, action, entity, details) "
    "VALUES (1, now(), 'mallory', '', 'x', 'x', '{}') ON CONFLICT (id) DO UPDATE "
    "SET username = excluded.username",
    "DROP TABLE audit_log",
    "ALTER TABLE audit_log RENAME TO audit_log_old",
    "ALTER TABLE audit_log ADD COLUMN forged text",
    "CREATE TABLE audit_log_copy (id int)",
    "CREATE FUNCTION pass() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql",
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS "
    "$$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql",
    "SELECT setval(pg_get_serial_sequence('audit_log', 'id'), 1)",
    "UPDATE alembic_version SET version_num = '0001'",
    "DELETE FROM alembic_version",
    "TRUNCATE orders CASCADE",
    # The log's summary for the throughput report is kept by its trigger alone.
    "UPDATE processing_hours SET refunds = refunds + 100",
    "DELETE FROM processing_hours",
    "INSERT INTO processing_hours VALUES (now(), 'mallory', 'X', 1, 0, 0, 99)",
    "CREATE OR REPLACE FUNCTION processing_hours_add() RETURNS trigger AS "
    "$$ BEGIN RETURN NULL; END $$ LANGUAGE plpgsql",
]


def test_the_stations_role_cannot_empty_change_or_unguard_the_log(pg_url, app_role, as_role):
    _write_entries(as_role(pg_url, app_role))
    before = _log(pg_url)
    assert len(before) == 2
    allowed = []
    for attack in ATTACKS:
        with psycopg.connect(_conninfo(as_role(pg_url, app_role))) as conn:
            try:
                conn.execute(attack)
            except psycopg.errors.InsufficientPrivilege:
                continue
            allowed.append(attack)
    assert allowed == []
    with psycopg.connect(_conninfo(as_role(pg_url, app_role))) as conn:
        conn.execute("GRANT UPDATE ON audit_log TO PUBLIC")  # only a warning: nothing granted
    assert _log(pg_url) == before
    check = _verify(pg_url)
    assert check.ok and check.roles_checked == (app_role,)


def test_even_the_owner_cannot_truncate_the_log_without_first_dropping_its_guard(pg_url):
    _write_entries(pg_url)
    with psycopg.connect(_conninfo(pg_url)) as conn:
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            conn.execute("TRUNCATE audit_log")
    assert len(_log(pg_url)) == 2


def test_a_return_runs_from_registration_to_refund_as_the_stations_role(pg_url, app_role, as_role):
    url = as_role(pg_url, app_role)
    engine = make_engine(url)
    try:
        assert migrate.prepare_for_app(engine).state == "current"
        _return_to_refund(Backend(engine, url))
    finally:
        engine.dispose()
    with psycopg.connect(_conninfo(pg_url)) as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY id")]
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        summed = conn.execute(
            "SELECT username, station, sum(parcels), sum(units_inspected), sum(refunds)"
            " FROM processing_hours GROUP BY username, station"
        ).fetchall()
    assert actions[0] == "user_added" and "refund_issued" in actions
    # The trigger kept the throughput summary, though the role may only read it.
    assert summed == [("admin1", "DESK-1", 1, 1, 1)]
    assert version == migrate.head_revision()


def _return_to_refund(backend: Backend) -> None:
    """The day's work on one return, through the services: every kind of write the app does
    (rows, counters, upserts, row locks, sequences, the log)."""
    users.add_user(
        backend.uow(), "admin1", "secret-password", "admin", actor=Actor(None, "setup", "admin")
    )
    actor = users.authenticate(backend.uow(), "admin1", "secret-password", station="DESK-1")
    order = orders.save_order(
        backend.uow(),
        orders.OrderInput(
            order_number="5001",
            customer=orders.CustomerInput("Aino", "aino@example.fi", "", "K 1", "00100", "HKI"),
            lines=(
                orders.LineInput(
                    "S", "Paita", 2, Decimal("39.90"), Decimal("25.5"), gtin="06417084000019"
                ),
            ),
            ordered_at=datetime(2026, 11, 5, tzinfo=UTC),
            shipments=(orders.ShipmentInput("JJ473124829FI", "posti", date(2026, 11, 10)),),
            delivery_method="Posti",
            delivery_price=Decimal("5.90"),
        ),
        actor,
    )
    line_id = queries.get_order(backend.uow(), order.order_id).lines[0].id
    ret = returns.register_return(
        backend.uow(),
        actor,
        RegisterReturn(
            "withdrawal",
            (LineRequest(line_id, 1),),
            notice_at=datetime(2026, 11, 12, tzinfo=UTC),
        ),
    )
    receiving.receive_parcel(backend.uow(), actor, ret.code)
    receiving.check_in_item(backend.uow(), actor, ret.id, code="06417084000019")
    inspection.inspect_unit(
        backend.uow(), actor, inspection.InspectUnit(ret.lines[0].id, "A", "restock")
    )
    proposal = refunds.propose_refund(backend.uow(), actor, ret.id)
    assert refunds.issue_refund(backend.uow(), actor, proposal.id).status == "issued"


def test_a_station_on_a_database_that_is_behind_asks_for_the_owner(
    pg_url, app_role, as_role, monkeypatch
):
    engine = make_engine(as_role(pg_url, app_role))
    monkeypatch.setattr(migrate, "head_revision", lambda: "0099_next")
    monkeypatch.setattr(
        migrate, "known_revisions", lambda: {migrate.current_revision(engine), "0099_next"}
    )
    with pytest.raises(DatabaseError) as refused:
        migrate.prepare_for_app(engine)
    assert "'returns-app db upgrade' as the database owner" in refused.value.message.render("en")
    assert "omistaja" in refused.value.message.render("fi")
    engine.dispose()


def test_a_station_on_an_empty_database_asks_for_the_owner_instead_of_failing_on_ddl(
    pg_url, make_role, as_role
):
    owner = make_engine(pg_url)
    migrate.downgrade(owner, "base")
    with owner.begin() as conn:
        conn.exec_driver_sql("DROP TABLE alembic_version")
    role = make_role(grant=False)
    with owner.begin() as conn:
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {pg_roles.current_schema(conn)} TO {role}")
    station = make_engine(as_role(pg_url, role))
    with pytest.raises(DatabaseError, match="may not create tables") as refused:
        migrate.prepare_for_app(station)
    assert "as the database owner" in refused.value.message.render("en")
    assert migrate.schema_status(owner).state == "empty"
    station.dispose()
    owner.dispose()


def test_a_station_whose_role_was_never_granted_is_told_who_must_grant_it(
    pg_url, make_role, as_role
):
    role = make_role(grant=False)
    station = make_engine(as_role(pg_url, role))
    with pytest.raises(DatabaseError) as refused:
        migrate.prepare_for_app(station)
    said = refused.value.message.render("en")
    assert f"'returns-app db grant-app-role {role}' as the database owner" in said
    owner = make_engine(pg_url)
    with owner.begin() as conn:  # may use the schema, still cannot read the tables
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {pg_roles.current_schema(conn)} TO {role}")
    with pytest.raises(DatabaseError) as refused:
        migrate.prepare_for_app(station)
    said = refused.value.message.render("en")
    assert f"Database user {role} may not read Returns Desk's tables" in said
    station.dispose()
    owner.dispose()


def test_upgrade_grants_the_stations_role_the_tables_a_migration_adds(pg_url, make_role):
    owner = make_engine(pg_url)
    migrate.downgrade(owner, "0002")  # sales_daily arrives in 0003
    role = make_role()
    migrate.upgrade(owner)
    with owner.connect() as conn:
        assert conn.scalar(
            text("SELECT has_table_privilege(:r, 'sales_daily', 'INSERT')"), {"r": role}
        )
        assert pg_roles.role_problems(conn, role) == []
        assert not conn.scalar(
            text("SELECT has_table_privilege(:r, 'audit_log', 'UPDATE')"), {"r": role}
        )
    owner.dispose()


def test_verify_names_a_role_that_may_change_the_log_and_grant_app_role_repairs_it(
    pg_url, app_role
):
    owner = make_engine(pg_url)
    backend = Backend(owner, pg_url)
    with owner.begin() as conn:
        conn.exec_driver_sql(f"GRANT UPDATE (username), TRUNCATE ON audit_log TO {app_role}")
        conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
    check = verify_audit_log(backend.uow(readonly=True))
    said = [p.render("en") for p in check.problems]
    assert any("guard audit_log_no_change is missing or disabled" in p for p in said), said
    assert any(f"role {app_role} has UPDATE, TRUNCATE on table audit_log" in p for p in said), said
    pg_roles.grant_app_role(owner, app_role)
    with owner.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")
    assert verify_audit_log(backend.uow(readonly=True)).ok
    owner.dispose()


def test_verify_says_so_when_the_stations_connect_as_the_owner(pg_url):
    check = _verify(pg_url)
    assert not check.ok
    assert "stations connect as the owner" in check.problems[0].render("en")


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("superuser", "is a superuser, may create roles"),
        ("createrole", "is a superuser, may create roles"),
        ("owner member", "may act as its owner"),
        ("owns a table", "owns something in this database"),
        ("bad name", "cannot be a role name"),
        ("myself", "is the role you are connected as"),
    ],
)
def test_grant_app_role_refuses_a_role_that_could_rewrite_the_log(pg_url, make_role, kind, words):
    owner = make_engine(pg_url)
    with owner.connect() as conn:
        me = conn.scalar(text("SELECT current_user"))
    if kind == "superuser":
        role = make_role(grant=False, sql="CREATE ROLE {role} LOGIN SUPERUSER")
    elif kind == "createrole":
        role = make_role(grant=False, sql="CREATE ROLE {role} LOGIN CREATEROLE")
    elif kind == "owner member":
        role = make_role(grant=False, sql=f"CREATE ROLE {{role}} LOGIN IN ROLE {me}")
    elif kind == "owns a table":
        role = make_role(grant=False)
        with owner.begin() as conn:
            conn.exec_driver_sql(f"CREATE TABLE stray_{role} (a int)")
            conn.exec_driver_sql(f"ALTER TABLE stray_{role} OWNER TO {role}")
    elif kind == "bad name":
        role = 'x"; DROP TABLE audit_log; --'
    else:
        role = me
    with pytest.raises(DatabaseError) as refused:
        pg_roles.grant_app_role(owner, role, login=True)
    assert words in refused.value.message.render("en")
    with owner.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM audit_log")) == 0  # still there
    owner.dispose()


_PROCESSING_ENTRY = (
    "INSERT INTO audit_log (at, username, station, action, entity, entity_id, return_id, details)"
    " VALUES (now(), 'aino', 'DESK-1', 'parcel_received', 'parcel', 1, 7, '{}')"
)


def _summarised(url: str) -> list[tuple]:
    with psycopg.connect(_conninfo(url)) as conn:
        return conn.execute(
            "SELECT username, return_id, parcels FROM processing_hours ORDER BY 1"
        ).fetchall()


def test_a_temporary_table_of_a_station_cannot_stand_in_for_the_summary(pg_url, app_role, as_role):
    """The summary's trigger runs as the owner. Were the session's temporary schema on its
    search path (first, as it is unless named last), a station's temporary
    ``processing_hours``, with a trigger of the station's own, would run as the owner."""
    with psycopg.connect(_conninfo(as_role(pg_url, app_role))) as conn:
        conn.execute(
            "CREATE TEMP TABLE processing_hours (hour timestamptz, username text, station text,"
            " return_id int, parcels int, units_inspected int, refunds int,"
            " PRIMARY KEY (hour, username, station, return_id))"
        )
        conn.execute(_PROCESSING_ENTRY)
        conn.commit()
        assert conn.execute("SELECT count(*) FROM pg_temp.processing_hours").fetchone() == (0,)
    assert _summarised(pg_url) == [("aino", 7, 1)]
    with psycopg.connect(_conninfo(pg_url)) as conn:
        (config,) = conn.execute(
            "SELECT proconfig FROM pg_proc WHERE proname = 'processing_hours_add'"
            " AND pronamespace = current_schema()::regnamespace"
        ).fetchone()
    assert config[0].startswith("search_path=") and config[0].endswith(", pg_temp"), config


def test_an_entry_a_station_writes_while_the_summary_is_built_is_summarised(pg_url):
    """``db upgrade`` to 0017 while a station is running: its entry, written before the
    backfill read the log and committed after, is in the summary (the migration waits)."""
    import threading

    engine = make_engine(pg_url)
    migrate.downgrade(engine, "0016")
    upgraded = threading.Event()
    with psycopg.connect(_conninfo(pg_url)) as station:
        station.execute(_PROCESSING_ENTRY)  # not committed yet
        worker = threading.Thread(
            target=lambda: (migrate.upgrade(engine), upgraded.set()), daemon=True
        )
        worker.start()
        assert not upgraded.wait(1.0)  # the migration waits for the station
        station.commit()
    worker.join(60)
    engine.dispose()
    assert upgraded.is_set()
    assert _summarised(pg_url) == [("aino", 7, 1)]
