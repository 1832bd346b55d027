"""Who worked on which return in which clock hour, kept from the audit log (migration 0017).

The throughput report counts, per user or station, the distinct returns processed, the
parcels, inspected units and refunds, and the distinct clock hours worked. Read from the audit
log that is every processing entry of the period: 760,000 a year at a million orders, over a
second to read, however indexed. ``processing_hours`` has one row per clock hour (UTC; whole
hours are whole hours in every zone Finland uses), user, station and return, with that hour's
counts; every figure of the report follows from it exactly (distinct returns and hours are
distinct values of its key columns), filtered by the return's kind and category as before.

A trigger on the audit log adds to it, whoever writes the entry (the services, the demo's bulk
copy, a test seeding history). The log is append-only, so the summary only ever grows. On
PostgreSQL the trigger's function runs as the tables' owner (``SECURITY DEFINER``, with a
search path a station cannot write to) and the stations' role may only read the summary, as it
may only read and append to the log: nobody at a station can inflate a colleague's throughput.
:func:`fill` is the migration's backfill, behind :func:`hold_the_log`.
"""

from __future__ import annotations

from sqlalchemy import Connection

PROCESSING_ACTIONS = (
    "parcel_received",
    "parcel_matched",
    "item_checked_in",
    "unit_inspected",
    "refund_issued",
    "return_closed",
)
_ACTIONS_SQL = ", ".join(f"'{a}'" for a in PROCESSING_ACTIONS)

_COUNTS = (
    "CASE WHEN {e}.action IN ('parcel_received', 'parcel_matched') THEN 1 ELSE 0 END",
    "CASE WHEN {e}.action = 'unit_inspected' THEN 1 ELSE 0 END",
    "CASE WHEN {e}.action = 'refund_issued' THEN 1 ELSE 0 END",
)
# The hour as each database stores a time: SQLite as SQLAlchemy writes it
# ('YYYY-MM-DD HH:MM:SS.ffffff', so the period's bounds compare as text), PostgreSQL as a
# timestamptz truncated in UTC (the session's zone must not matter).
_HOUR = {
    "sqlite": "substr({e}.at, 1, 13) || ':00:00.000000'",
    "postgresql": "date_trunc('hour', {e}.at, 'UTC')",
}
_COLUMNS = "hour, username, station, return_id, parcels, units_inspected, refunds"
_KEY = "hour, username, station, return_id"
_ADD = (
    "parcels = processing_hours.parcels + excluded.parcels, "
    "units_inspected = processing_hours.units_inspected + excluded.units_inspected, "
    "refunds = processing_hours.refunds + excluded.refunds"
)


def _values(dialect: str, e: str, *, named: bool = False) -> str:
    values = [_HOUR[dialect].format(e=e), f"{e}.username", f"{e}.station", f"{e}.return_id"]
    values += [c.format(e=e) for c in _COUNTS]
    if named:
        values = [f"{v} AS {name}" for v, name in zip(values, _COLUMNS.split(", "), strict=True)]
    return ", ".join(values)


SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER processing_hours_add AFTER INSERT ON audit_log
    WHEN new.return_id IS NOT NULL AND new.action IN ({_ACTIONS_SQL}) BEGIN
        INSERT INTO processing_hours ({_COLUMNS}) VALUES ({_values("sqlite", "new")})
        ON CONFLICT ({_KEY}) DO UPDATE SET {_ADD};
    END""",
)


def _pg_triggers(schema: str) -> tuple[str, ...]:
    """The function and trigger on PostgreSQL, for the tables of ``schema`` (quoted).

    The function runs as the owner, so it names its table with the schema and searches
    nothing a station could write: with ``pg_temp`` anywhere but last (or a path of
    ``"$user", public``, where the session's own temporary schema comes first), a station
    could create a temporary ``processing_hours`` with a trigger of its own and have it run
    as the owner, who may drop the audit log's guards. (``processing_hours.parcels`` in the
    update names the insert's target row, not a table looked up on the path.)"""
    table = f"{schema}.processing_hours"
    return (
        f"""CREATE FUNCTION {schema}.processing_hours_add() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
        BEGIN
            INSERT INTO {table} ({_COLUMNS}) VALUES ({_values("postgresql", "NEW")})
            ON CONFLICT ({_KEY}) DO UPDATE SET {_ADD};
            RETURN NULL;
        END $$""",
        f"REVOKE ALL ON FUNCTION {schema}.processing_hours_add() FROM PUBLIC",
        f"""CREATE TRIGGER processing_hours_add AFTER INSERT ON {schema}.audit_log
        FOR EACH ROW WHEN (NEW.return_id IS NOT NULL AND NEW.action IN ({_ACTIONS_SQL}))
        EXECUTE FUNCTION {schema}.processing_hours_add()""",
    )


DROP = {
    "sqlite": ("DROP TRIGGER processing_hours_add",),
    "postgresql": (
        "DROP TRIGGER processing_hours_add ON audit_log",
        "DROP FUNCTION processing_hours_add()",
    ),
}


def create_triggers(conn: Connection) -> None:
    """Create the trigger that keeps the summary (in the migration)."""
    if conn.dialect.name == "sqlite":
        statements = SQLITE_TRIGGERS
    else:
        schema = conn.exec_driver_sql("SELECT quote_ident(current_schema())").scalar_one()
        statements = _pg_triggers(schema)
    for statement in statements:
        conn.exec_driver_sql(statement)


def hold_the_log(conn: Connection) -> None:
    """PostgreSQL: keep stations from adding to the log until the migration commits, so that
    no entry falls between the backfill's snapshot and the trigger (a station that is
    running during ``db upgrade`` waits for it instead). SQLite has one writer anyway."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE")


def fill(conn: Connection) -> None:
    """Summarise every processing entry already in the log (set-based; the table is empty)."""
    dialect = conn.dialect.name
    conn.exec_driver_sql(
        f"INSERT INTO processing_hours ({_COLUMNS}) "
        f"SELECT {_KEY}, sum(parcels), sum(units_inspected), sum(refunds) FROM ("
        f"SELECT {_values(dialect, 'e', named=True)} FROM audit_log e "
        f"WHERE e.return_id IS NOT NULL AND e.action IN ({_ACTIONS_SQL})"
        ") AS entries "
        f"GROUP BY {_KEY}"
    )
