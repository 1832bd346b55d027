"""Planner statistics upkeep: after a bulk write, tell the database what its tables hold.

Without statistics a planner guesses; with stale ones (taken on an empty table) it guesses
wrong at a million rows. Bulk writes (an import, demo data, a migration) are followed by
:func:`refresh_statistics`, which never fails the work it follows: a refusal (a busy SQLite
file, a PostgreSQL role that does not own the tables) is logged and the app goes on with the
statistics it had.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import Engine, inspect

from returns_app.persistence.models import Base

log = logging.getLogger(__name__)

#: Rows SQLite's ANALYZE reads per index at most: seconds become milliseconds at a million
#: rows, and the estimates stay good enough for choosing an index (SQLite's recommendation).
SQLITE_ANALYSIS_LIMIT = 1000
#: SQLite's trigram index of customer names and e-mails (migration 0013).
FTS_TABLE = "customers_fts"


def refresh_statistics(engine: Engine, tables: Iterable[str] | None = None) -> bool:
    """Refresh the planner statistics of ``tables`` (the app's tables the database has, when
    None).

    SQLite: ``ANALYZE`` of each table (bounded by ``analysis_limit``), then
    ``PRAGMA optimize`` (alone it would skip them: before SQLite 3.46 it analyses only tables
    the same connection has queried); for the whole database, the trigram index is merged
    into one segment too. PostgreSQL: ``ANALYZE`` of the tables (``VACUUM (ANALYZE)`` for the
    whole database), by name in the URL's schema (never the whole database, which may hold
    other schemas). Runs outside the use case's transaction. True when it ran.
    """
    known = set(Base.metadata.tables)
    if tables is not None:
        names = sorted(set(tables))
        unknown = [name for name in names if name not in known]
        if unknown:
            raise ValueError(f"not tables of the app: {unknown!r}")
    try:
        if tables is None:
            names = sorted(known & set(inspect(engine).get_table_names()))
        if not names:
            return True
        with engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}")
                for name in names:
                    conn.exec_driver_sql(f'ANALYZE "{name}"')
                conn.exec_driver_sql("PRAGMA optimize")
                if tables is None and inspect(conn).has_table(FTS_TABLE):
                    # After a whole build (the demo, a migration): the trigram index written
                    # row by row is many segments, and each search reads every one of them;
                    # merged into one, a name is found three times faster. Seconds at
                    # 300,000 customers, so not after every import.
                    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('optimize')")
            elif tables is not None:
                conn.exec_driver_sql("ANALYZE " + ", ".join(f'"{name}"' for name in names))
        if engine.dialect.name == "postgresql" and tables is None:
            # After a whole build (the demo, a migration) VACUUM as well: it marks the pages
            # all-visible, so the reports' covering indexes are read alone at once (an
            # index-only scan) rather than after autovacuum gets round to them, if it runs.
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM (ANALYZE) " + ", ".join(f'"{name}"' for name in names))
    except Exception:  # noqa: BLE001 - statistics are an optimisation; never fail the use case
        log.warning("Could not refresh the planner statistics", exc_info=True)
        return False
    return True
