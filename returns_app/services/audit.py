"""The append-only audit log: every change of a return, stock or money writes one entry."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from returns_app.domain.users import Actor
from returns_app.persistence import audit_chain
from returns_app.persistence.models import AuditEntry
from returns_app.persistence.types import utcnow
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import live
from returns_app.services.acting import check_actor
from returns_app.services.text import clean_text

_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")  # PostgreSQL: no NUL


def record(
    uow: UnitOfWork,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    return_id: int | None = None,
    **details: Any,
) -> None:
    """Add an audit entry to the current transaction (it commits or rolls back with it).

    The acting user must still be active with the role they signed in with: otherwise
    :class:`~returns_app.services.errors.SignedOut` is raised and the use case rolls back.
    """
    assert uow.session is not None
    check_actor(uow, actor)
    entry = AuditEntry(
        user_id=actor.user_id,
        username=clean_text(actor.username)[:80],  # as typed at a failed sign-in: no NULs
        station=clean_text(actor.station)[:80],
        action=action,
        entity=entity,
        entity_id=entity_id,
        return_id=return_id,
        details={k: _jsonable(v) for k, v in details.items()},
    )
    link_entry(uow, entry)
    uow.session.add(entry)
    live.announce(uow, actor.station, action, entity, return_id)


def link_entry(uow: UnitOfWork, entry: AuditEntry) -> None:
    """On a chained database (SQLite), make ``entry`` the next link after the last entry.

    :func:`record` calls it; whatever else writes an entry (a test seeding history with its
    own times) must call it before adding the entry, or SQLite refuses the insert.

    The writing unit of work began with ``BEGIN IMMEDIATE``, so this transaction holds the
    write lock and the last entry cannot change under it; entries recorded earlier in the same
    transaction may not be flushed yet and count too. The database's insert trigger refuses
    anything but the next id with the last hash, so a mistake here fails loudly instead of
    forking the chain. See ``persistence.audit_chain`` for why PostgreSQL is not chained.
    """
    assert uow.session is not None
    if not audit_chain.is_chained(uow.dialect):
        return
    s = uow.session
    with s.no_autoflush:
        stored = s.execute(
            select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
    links = [(o.id, o.entry_hash) for o in s.new if isinstance(o, AuditEntry) and o.id]
    if stored is not None:
        links.append((stored.id, stored.entry_hash))
    last_id, last_hash = max(links, key=lambda link: link[0], default=(0, None))
    entry.id = last_id + 1
    if entry.at is None:
        entry.at = utcnow()  # the hash covers the time, so it is fixed here, not at flush
    if entry.details is None:
        entry.details = {}
    entry.prev_hash = last_hash or audit_chain.GENESIS
    entry.entry_hash = audit_chain.entry_hash(
        {
            "id": entry.id,
            "at": entry.at,
            "user_id": entry.user_id,
            "username": entry.username,
            "station": entry.station,
            "action": entry.action,
            "entity": entry.entity,
            "entity_id": entry.entity_id,
            "return_id": entry.return_id,
            "details": entry.details,
        },
        entry.prev_hash,
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, str):
        return clean_text(value) if _UNSTORABLE.search(value) else value
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)
