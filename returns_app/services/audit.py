"""The append-only audit log: every change of a return, stock or money writes one entry."""

from __future__ import annotations

from typing import Any

from returns_app.domain.users import Actor
from returns_app.persistence.models import AuditEntry
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.acting import check_actor


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
    uow.session.add(
        AuditEntry(
            user_id=actor.user_id,
            username=actor.username,
            station=actor.station,
            action=action,
            entity=entity,
            entity_id=entity_id,
            return_id=return_id,
            details={k: _jsonable(v) for k, v in details.items()},
        )
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
