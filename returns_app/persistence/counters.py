"""Rows that several stations update at once: insert-if-missing, then lock and change.

Insert-if-missing is ``INSERT ... ON CONFLICT DO NOTHING`` on both databases, so the first
use of a row is safe too; the row is then locked (``SELECT ... FOR UPDATE`` on PostgreSQL;
SQLite's writing transactions are serial) until the caller's transaction ends.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session


def upsert_insert(executor: Any):
    """The dialect's ``insert`` (it has ``on_conflict_do_nothing/_do_update``) for a Session
    or a Connection."""
    bind = executor if hasattr(executor, "dialect") else executor.get_bind()
    if bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def locked_row(s: Session, model: type, defaults: dict[str, Any], **key: Any) -> Any:
    """The row of ``model`` with primary key ``key`` (made with ``defaults`` if missing),
    locked for the rest of the transaction and freshly read."""
    s.execute(upsert_insert(s)(model).values(**key, **defaults).on_conflict_do_nothing())
    stmt = select(model).filter_by(**key)
    if s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return s.scalar(stmt.execution_options(populate_existing=True))


def take_next(s: Session, model: type, **key: Any) -> int:
    """Increment the ``last_number`` of a counter row and return it (gap-free: a rolled-back
    transaction gives its number back)."""
    row = locked_row(s, model, {"last_number": 0}, **key)
    row.last_number += 1
    return row.last_number
