"""Checking that the audit log is whole: its hash chain, its triggers and who may write it.

``returns-app db verify`` is a thin shell around :func:`verify_audit_log`. On SQLite the chain
is recomputed from the first entry (``persistence.audit_chain``); on both databases the
append-only triggers must be present and enabled; on PostgreSQL the stations' roles must not
be able to change the log (``persistence.pg_roles``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text

from returns_app.domain.calendar import local_moment_text
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence import audit_chain, pg_roles
from returns_app.persistence.models import AuditEntry
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.errors import InvalidInput

_BATCH = 5000
_FIELDS = (
    AuditEntry.id,
    AuditEntry.at,
    AuditEntry.user_id,
    AuditEntry.username,
    AuditEntry.station,
    AuditEntry.action,
    AuditEntry.entity,
    AuditEntry.entity_id,
    AuditEntry.return_id,
    AuditEntry.details,
    AuditEntry.prev_hash,
    AuditEntry.entry_hash,
)
# Each guard: its name and the words its definition must hold.
_SQLITE_GUARDS = {
    "audit_log_no_update": "BEFORE UPDATE ON AUDIT_LOG",
    "audit_log_no_delete": "BEFORE DELETE ON AUDIT_LOG",
    "audit_log_append_in_order": "BEFORE INSERT ON AUDIT_LOG",
}
_PG_GUARDS = {
    "audit_log_no_change": ("BEFORE", "UPDATE", "DELETE"),
    "audit_log_no_truncate": ("BEFORE", "TRUNCATE"),
}

_RESTORE = QT_TRANSLATE_NOOP(
    "audit",
    "Restore the database from a backup made before that entry and find out who could reach it.",
)


@dataclass(frozen=True)
class Anchor:
    """An entry's id and hash written down earlier, to check the log still has them."""

    entry_id: int
    entry_hash: str


@dataclass(frozen=True)
class AuditCheck:
    """The outcome of :func:`verify_audit_log`: facts always, problems when it is not whole."""

    entries: int
    chained: bool
    last_id: int | None
    last_hash: str | None
    roles_checked: tuple[str, ...]
    facts: tuple[Message, ...]
    problems: tuple[Message, ...]

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems


def verify_audit_log(
    uow: UnitOfWork, *, app_roles: Sequence[str] = (), expect: Anchor | None = None
) -> AuditCheck:
    """Walk the log in id order and report the first entry that breaks it, if any.

    Args:
        uow: a unit of work on the database (only read).
        app_roles: on PostgreSQL, the stations' roles to check; by default every role that
            may insert into the log, and the connected user unless it owns the tables.
        expect: an entry's id and hash noted earlier (``db verify`` prints them); a chain
            recomputed after a rewrite still breaks on this.
    """
    with uow:
        assert uow.session is not None
        s = uow.session
        count = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
        chained = audit_chain.is_chained(uow.dialect)
        problems: list[Message] = []
        broken: list[Message] = []
        last_id = last_hash = None
        if expect is not None and not chained:
            raise InvalidInput(
                Message(
                    "audit",
                    QT_TRANSLATE_NOOP(
                        "audit",
                        "--expect checks the hash chain, which only a SQLite database keeps.",
                    ),
                )
            )
        if chained:
            broken, last_id, last_hash = _walk_chain(_entries(s))
            problems += broken
        if expect is not None:
            problems += _check_anchor(s, expect)
        if uow.dialect == "sqlite":
            problems += _sqlite_guard_problems(s)
            roles: tuple[str, ...] = ()
        else:
            problems += _pg_guard_problems(s)
            roles, role_problems = _pg_role_problems(s.connection(), app_roles)
            problems += role_problems
    facts = _facts(count, chained, last_id, last_hash, roles, chain_ok=not broken)
    return AuditCheck(count, chained, last_id, last_hash, roles, facts, tuple(problems))


def _entries(s) -> Iterator[Any]:
    """Every entry in id order, read a batch at a time."""
    after = 0
    while True:
        rows = s.execute(
            select(*_FIELDS).where(AuditEntry.id > after).order_by(AuditEntry.id).limit(_BATCH)
        ).all()
        yield from rows
        if len(rows) < _BATCH:
            return
        after = rows[-1].id


def _walk_chain(rows) -> tuple[list[Message], int | None, str | None]:
    """Recompute the chain; the first problem (or none), the last entry's id and hash."""
    prev_id, prev_hash = None, audit_chain.GENESIS
    for row in rows:
        where = {"id": row.id, "when": local_moment_text(row.at), "action": row.action}
        if row.entry_hash is None or row.prev_hash is None:
            return (
                [
                    _problem(
                        QT_TRANSLATE_NOOP(
                            "audit",
                            "Audit entry {id} ({when}, {action}) has no hash: it was written around the "
                            "app. {restore}",
                        ),
                        where,
                    )
                ],
                None,
                None,
            )
        if audit_chain.entry_hash(row._mapping, row.prev_hash) != row.entry_hash:
            return (
                [
                    _problem(
                        QT_TRANSLATE_NOOP(
                            "audit",
                            "Audit entry {id} ({when}, {action}) has been changed: it no longer matches "
                            "its hash. {restore}",
                        ),
                        where,
                    )
                ],
                None,
                None,
            )
        if row.prev_hash != prev_hash:
            if prev_id is None:
                text_ = QT_TRANSLATE_NOOP(
                    "audit",
                    "Audit entry {id} ({when}, {action}) is the first in the log but does not "
                    "start the chain: entries before it were removed. {restore}",
                )
            else:
                text_ = QT_TRANSLATE_NOOP(
                    "audit",
                    "Audit entry {id} ({when}, {action}) does not follow entry {prev_id}: "
                    "entries between them were removed, inserted or reordered, or entry "
                    "{prev_id} was changed. {restore}",
                )
            return [_problem(text_, {**where, "prev_id": prev_id})], None, None
        prev_id, prev_hash = row.id, row.entry_hash
    return [], prev_id, (prev_hash if prev_id is not None else None)


def _problem(text_: str, params: dict[str, Any]) -> Message:
    return Message("audit", text_, {**params, "restore": Message("audit", _RESTORE)})


def _check_anchor(s, expect: Anchor) -> list[Message]:
    stored = s.execute(
        select(AuditEntry.entry_hash).where(AuditEntry.id == expect.entry_id)
    ).first()
    params = {"id": expect.entry_id, "hash": expect.entry_hash}
    if stored is None:
        return [
            _problem(
                QT_TRANSLATE_NOOP(
                    "audit",
                    "Audit entry {id}, noted earlier with hash {hash}, is missing: the log was cut "
                    "short. {restore}",
                ),
                params,
            )
        ]
    if stored.entry_hash != expect.entry_hash.lower():
        return [
            _problem(
                QT_TRANSLATE_NOOP(
                    "audit",
                    "Audit entry {id} no longer has the hash {hash} noted earlier: the log up to it "
                    "was rewritten. {restore}",
                ),
                params,
            )
        ]
    return []


def _guard_missing(name: str) -> Message:
    return Message(
        "audit",
        QT_TRANSLATE_NOOP(
            "audit",
            "The audit log's guard {trigger} is missing or disabled, so entries can be "
            "changed. Find out who could reach the database and restore it from a backup.",
        ),
        {"trigger": name},
    )


def _sqlite_guard_problems(s) -> list[Message]:
    found = dict(
        s.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            )
        ).all()
    )
    problems = []
    for name, event in _SQLITE_GUARDS.items():
        sql = " ".join((found.get(name) or "").upper().split())
        if event not in sql or "RAISE(ABORT" not in sql:
            problems.append(_guard_missing(name))
    return problems


def _pg_guard_problems(s) -> list[Message]:
    rows = s.execute(
        text(
            "SELECT t.tgname, t.tgenabled, pg_get_triggerdef(t.oid), p.prosrc"
            " FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid"
            " WHERE t.tgrelid = to_regclass(quote_ident(current_schema()) || '.audit_log')"
            " AND NOT t.tgisinternal"
        )
    ).all()
    found = {name: (enabled, definition, source) for name, enabled, definition, source in rows}
    problems = []
    for name, events in _PG_GUARDS.items():
        enabled, definition, source = found.get(name, ("D", "", ""))
        when = set(definition.split(" ON ", 1)[0].split())  # e.g. BEFORE DELETE OR UPDATE
        # 'O' fires in normal sessions, 'A' always; 'D' is disabled, 'R' only on replicas.
        works = enabled in ("O", "A") and when.issuperset(events)
        if not works or not re.search(r"RAISE\s+EXCEPTION", source, re.IGNORECASE):
            problems.append(_guard_missing(name))
    return problems


def _pg_role_problems(conn, asked: Sequence[str]) -> tuple[tuple[str, ...], list[Message]]:
    """The roles checked and what each may do that it must not."""
    roles = list(asked)
    if not roles:
        roles = pg_roles.app_roles(conn)
        me = conn.scalar(text("SELECT current_user"))
        owner = conn.scalar(
            text(
                "SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class"
                " WHERE oid = to_regclass(quote_ident(current_schema()) || '.audit_log')"
            )
        )
        if not owner and me not in roles:
            roles.append(me)
        if not roles:
            return (), [
                Message(
                    "audit",
                    QT_TRANSLATE_NOOP(
                        "audit",
                        "No database role but the owner may write the audit log, so the "
                        "stations connect as the owner, who can rewrite it. Make a role for "
                        "them with 'returns-app db grant-app-role ROLE' and let them "
                        "connect with it.",
                    ),
                )
            ]
    problems = [p for role in roles for p in pg_roles.role_problems(conn, role)]
    return tuple(roles), problems


def _facts(
    count: int,
    chained: bool,
    last_id: int | None,
    last_hash: str | None,
    roles: tuple[str, ...],
    *,
    chain_ok: bool,
) -> tuple[Message, ...]:
    facts = []
    if chained and chain_ok:
        facts.append(
            Message(
                "audit",
                QT_TRANSLATE_NOOP("audit", "Entries: {count}, chain intact."),
                {"count": count},
            )
        )
        if last_id is not None:
            facts.append(
                Message(
                    "audit",
                    QT_TRANSLATE_NOOP(
                        "audit",
                        "Last entry {id}, hash {hash}. Note them down: 'returns-app db verify "
                        "--expect {id}:{hash}' later proves the log up to it is unchanged.",
                    ),
                    {"id": last_id, "hash": last_hash},
                )
            )
    elif chained:
        facts.append(
            Message(
                "audit",
                QT_TRANSLATE_NOOP("audit", "Entries: {count}; the log is not whole."),
                {"count": count},
            )
        )
    else:
        facts.append(
            Message(
                "audit",
                QT_TRANSLATE_NOOP(
                    "audit",
                    "Entries: {count}. On PostgreSQL the database's roles keep the log: only "
                    "its owner may change it (the hash chain is kept on SQLite).",
                ),
                {"count": count},
            )
        )
    if roles:
        facts.append(
            Message(
                "audit",
                QT_TRANSLATE_NOOP("audit", "Rights checked for the stations' roles: {roles}."),
                {"roles": ", ".join(roles)},
            )
        )
    return tuple(facts)
