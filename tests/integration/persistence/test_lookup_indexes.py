"""The finds by tracking number and e-mail use their indexes (migration 0008) once the
planner has statistics, on SQLite and PostgreSQL; the statistics helper gives it them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event, insert, text

from returns_app.persistence.database import make_engine
from returns_app.persistence.models import Customer, Return
from returns_app.persistence.statistics import refresh_statistics
from returns_app.scanning.checkdigits import s10_check_digit
from returns_app.services import queries

RETURNS = 3000
WITH_TRACKING = 30  # the realistic shape: almost every return has no tracking number


def _s10(serial: int) -> str:
    digits = f"{serial:08d}"
    return f"JJ{digits}{s10_check_digit(digits)}FI"


def _fill(engine) -> str:
    """Customers and returns of the realistic shape; the tracking number of one return."""
    now = datetime(2026, 11, 20, 10, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            insert(Customer),
            [
                {"id": i, "name": f"Asiakas {i}", "email": f"asiakas{i}@example.fi"}
                for i in range(1, RETURNS + 1)
            ],
        )
        conn.execute(
            insert(Return),
            [
                {
                    "id": i,
                    "code": f"R-{i:06d}",
                    "kind": "withdrawal",
                    "customer_id": i,
                    "notice_date": date(2026, 11, 1 + i % 28),
                    "notice_at": now,
                    "return_tracking_number": _s10(10_000_000 + i) if i % 100 == 0 else None,
                }
                for i in range(1, RETURNS + 1)
            ],
        )
    return _s10(10_000_000 + 1500)


def _statement_of(backend, query: str, needle: str) -> tuple[str, object]:
    """The SQL (and parameters) the app really runs for ``query`` that contains ``needle``."""
    seen: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(backend.engine, "before_cursor_execute", capture)
    try:
        hits = queries.find(backend.uow(), query)
    finally:
        event.remove(backend.engine, "before_cursor_execute", capture)
    assert hits, f"the find of {query!r} found nothing"
    matching = [(s, p) for s, p in seen if needle in s]
    assert matching, f"no statement with {needle!r} among {[s for s, _ in seen]}"
    return matching[0]


def _plan(backend, statement: str, parameters) -> str:
    with backend.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            return "\n".join(str(row[-1]) for row in rows)
        conn.exec_driver_sql("SET enable_seqscan = off")
        return "\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + statement, parameters))


@pytest.fixture
def analysed(backend):
    tracking = _fill(backend.engine)
    assert refresh_statistics(backend.engine, ("customers", "returns"))
    return tracking


def test_statistics_are_taken_of_the_tables_asked_for(backend, analysed):
    with backend.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            stats = dict(
                conn.execute(text("SELECT idx, stat FROM sqlite_stat1 WHERE tbl='returns'")).all()
            )
            # The partial index holds only the returns with a tracking number.
            assert stats["ix_returns_tracking_number_present"].split()[0] == str(WITH_TRACKING)
        else:
            analysed_rows = conn.scalar(
                text(
                    "SELECT reltuples FROM pg_class WHERE relname = 'returns'"
                    " AND relnamespace = current_schema()::regnamespace"
                )
            )
            assert analysed_rows == RETURNS


def test_a_tracking_number_find_uses_the_partial_index(backend, analysed):
    statement, parameters = _statement_of(backend, analysed, "return_tracking_number =")
    plan = _plan(backend, statement, parameters)
    assert "ix_returns_tracking_number_present" in plan, plan


def test_an_email_find_uses_the_lower_email_index_and_ignores_case(backend, analysed):
    statement, parameters = _statement_of(backend, "Asiakas1234@Example.FI", "lower(")
    plan = _plan(backend, statement, parameters)
    assert "ix_customers_email_lower" in plan, plan
    with backend.engine.begin() as conn:  # an address kept as it was typed, in capitals
        conn.execute(text("UPDATE customers SET email = 'AINO@Example.fi' WHERE id = 7"))
    hits = queries.find(backend.uow(), "aino@example.fi")
    assert [h.id for h in hits if h.kind == "return"] == [7]


def test_statistics_refresh_never_fails_the_caller(tmp_path):
    from returns_app.persistence.database import make_engine

    path = tmp_path / "not-a-database.sqlite3"
    path.write_bytes(b"this is not an SQLite file" * 100)
    engine = make_engine(f"sqlite:///{path}")
    assert refresh_statistics(engine, ("returns",)) is False
    engine.dispose()
    with pytest.raises(ValueError, match="not tables of the app"):
        refresh_statistics(engine, ("sqlite_master",))


def _fts_segments(conn) -> int:
    """The segments of the trigram index: FTS5's structure record (id 10) starts with a
    4-byte cookie, then the number of levels and of segments (varints, one byte below 128)."""
    block = conn.exec_driver_sql("SELECT block FROM customers_fts_data WHERE id = 10").scalar()
    assert block[5] < 128
    return block[5]


def test_a_whole_refresh_merges_sqlites_trigram_index_and_names_are_still_found(sqlite_backend):
    engine = sqlite_backend.engine
    for batch in range(6):  # customers written in several transactions, as imports write them
        with engine.begin() as conn:
            conn.execute(
                insert(Customer),
                [
                    {"name": f"Aino Virtanen{batch}{i}", "email": f"a{batch}.{i}@example.fi"}
                    for i in range(50)
                ],
            )
    with engine.connect() as conn:
        assert _fts_segments(conn) > 1
    assert refresh_statistics(engine, ("customers",))  # an import's refresh: no merge
    with engine.connect() as conn:
        assert _fts_segments(conn) > 1
    assert refresh_statistics(engine)
    with engine.connect() as conn:
        assert _fts_segments(conn) == 1
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"virtanen3\"'"
        ).scalar()
    assert found == 50  # Virtanen30 ... Virtanen349, every one of the batch


@pytest.mark.postgres
def test_a_whole_refresh_on_postgresql_vacuums_the_schemas_tables(pg_url):
    """After the demo or a migration the pages are marked all-visible at once, so the
    reports' covering indexes are read alone even where autovacuum is off."""
    engine = make_engine(pg_url)
    try:
        assert refresh_statistics(engine)
        with engine.connect() as conn:
            vacuumed = conn.exec_driver_sql(
                "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables "
                "WHERE relname = 'returns' AND schemaname = current_schema()"
            ).scalar()
    finally:
        engine.dispose()
    assert vacuumed
