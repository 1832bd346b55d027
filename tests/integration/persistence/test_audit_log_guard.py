"""The audit log cannot be rewritten unnoticed, tried the way an attacker would try it.

SQLite: a raw ``sqlite3`` connection to the file (what anyone with the file has) tries every
statement that can replace or change a row; each is refused. Someone who drops the triggers
first can rewrite, and ``verify_audit_log`` names the first entry that no longer fits.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import bindparam, select, text
from sqlalchemy.exc import DBAPIError

from returns_app.domain.users import Actor
from returns_app.persistence import audit_chain, migrate
from returns_app.persistence.database import make_engine
from returns_app.persistence.models import AuditEntry
from returns_app.persistence.types import UTCDateTime
from returns_app.services import audit, users
from returns_app.services.audit_verify import Anchor, verify_audit_log
from returns_app.services.runtime import Backend

SETUP = Actor(None, "setup", "admin")  # whoever adds a database's first user
ROW = (
    "SELECT id, at, user_id, username, station, action, entity, entity_id, return_id, details,"
    " prev_hash, entry_hash FROM audit_log ORDER BY id"
)
COLUMNS = "id, at, username, station, action, entity, details, prev_hash, entry_hash"


@pytest.fixture
def sqlite_backend_with_log(sqlite_url):
    """A SQLite backend whose log holds six entries written by the app."""
    engine = make_engine(sqlite_url)
    backend = Backend(engine, sqlite_url)
    admin = users.add_user(backend.uow(), "admin1", "secret-password", "admin", actor=SETUP)
    actor = Actor(admin.id, "admin1", "admin", "DESK-1")
    details = [
        {"note": "Äiti soitti: paketti tulee huomenna ✓", "amount": "39.90"},
        {"nested": {"b": [1, 2.5, None], "a": True}, "ratio": 0.1},
        {},
        {"reason": "x" * 500},
    ]
    for i, d in enumerate(details, start=1):
        with backend.uow() as uow:
            audit.record(uow, actor, "note_added", "return", i, return_id=i, **d)
            uow.commit()
    yield backend
    engine.dispose()


def _raw(url: str) -> sqlite3.Connection:
    return sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)


def _rows(url: str) -> list[tuple]:
    with _raw(url) as conn:
        return conn.execute(ROW).fetchall()


def _check(backend: Backend, **kw):
    return verify_audit_log(backend.uow(readonly=True), **kw)


def _text(check) -> str:
    return "\n".join(m.render("en") for m in (*check.facts, *check.problems))


# Each tries to put a forged row where entry 2 is (or change it); the forger copies entry 2's
# own hashes, so only the rule "an insert must be the next entry" stands in the way.
_FORGED = "'2026-01-01 00:00:00.000000', 'mallory', '', 'note_added', 'return', '{}'"
ATTACKS = {
    "insert or replace": f"INSERT OR REPLACE INTO audit_log ({COLUMNS}) "
    f"VALUES (2, {_FORGED}, :prev, :hash)",
    "replace into": f"REPLACE INTO audit_log ({COLUMNS}) VALUES (2, {_FORGED}, :prev, :hash)",
    "insert on conflict do update": f"INSERT INTO audit_log ({COLUMNS}) "
    f"VALUES (2, {_FORGED}, :prev, :hash) "
    "ON CONFLICT (id) DO UPDATE SET username = excluded.username",
    "insert or ignore below the last id": f"INSERT OR IGNORE INTO audit_log ({COLUMNS}) "
    f"VALUES (0, {_FORGED}, :prev, :hash)",
    "insert without a place in the chain": "INSERT INTO audit_log "
    f"(at, username, station, action, entity, details) VALUES ({_FORGED})",
    "insert next id with a made-up link": f"INSERT INTO audit_log ({COLUMNS}) "
    f"VALUES (6, {_FORGED}, '{audit_chain.GENESIS}', :hash)",
    "update": "UPDATE audit_log SET username = 'mallory' WHERE id = 2",
    "update or replace": "UPDATE OR REPLACE audit_log SET id = 2 WHERE id = 3",
    "delete": "DELETE FROM audit_log WHERE id = 2",
}


@pytest.mark.parametrize("recursive_triggers", ["OFF", "ON"])
@pytest.mark.parametrize("attack", ATTACKS, ids=list(ATTACKS))
def test_sqlite_refuses_every_way_of_replacing_or_changing_an_entry(
    sqlite_backend_with_log, attack, recursive_triggers
):
    url = sqlite_backend_with_log.url
    before = _rows(url)
    assert len(before) == 5  # user_added and four notes
    prev, digest = before[1][-2:]
    with _raw(url) as conn:
        conn.execute(f"PRAGMA recursive_triggers = {recursive_triggers}")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(ATTACKS[attack], {"prev": prev, "hash": digest})
    assert _rows(url) == before
    assert _check(sqlite_backend_with_log).ok


def test_replacing_a_user_row_cannot_reach_the_log(sqlite_backend_with_log):
    """Nothing refers to the log, and its foreign key to users has no ON DELETE action."""
    url = sqlite_backend_with_log.url
    before = _rows(url)
    with _raw(url) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO users (id, username, display_name, role, password_hash,"
            " active, created_at) SELECT id, 'mallory', '', role, password_hash, active,"
            " created_at FROM users WHERE id = 1"
        )
        assert conn.execute("SELECT username FROM users WHERE id = 1").fetchone() == ("mallory",)
    assert _rows(url) == before
    assert _check(sqlite_backend_with_log).ok


def test_an_intact_log_verifies_and_names_its_last_entry(sqlite_backend_with_log):
    check = _check(sqlite_backend_with_log)
    last = _rows(sqlite_backend_with_log.url)[-1]
    assert check.ok and check.chained
    assert check.entries == 5 and check.last_id == 5 and check.last_hash == last[-1]
    assert "Entries: 5, chain intact." in _text(check)
    assert _check(sqlite_backend_with_log, expect=Anchor(5, last[-1])).ok


def _drop_guards(conn: sqlite3.Connection) -> None:
    for name in ("audit_log_no_update", "audit_log_no_delete", "audit_log_append_in_order"):
        conn.execute(f"DROP TRIGGER {name}")


REWRITES = {
    "changed details": (
        'UPDATE audit_log SET details = \'{"note": "nothing happened"}\' WHERE id = 3',
        "Audit entry 3 (",
        "has been changed",
    ),
    "changed time": (
        "UPDATE audit_log SET at = '2020-01-01 00:00:00.000000' WHERE id = 4",
        "Audit entry 4 (1.1.2020 02:00, note_added)",
        "has been changed",
    ),
    "removed from the middle": (
        "DELETE FROM audit_log WHERE id = 3",
        "Audit entry 4 (",
        "does not follow entry 2",
    ),
    "removed from the start": (
        "DELETE FROM audit_log WHERE id = 1",
        "Audit entry 2 (",
        "is the first in the log but does not start the chain",
    ),
    "moved to the end": (
        "UPDATE audit_log SET id = 99 WHERE id = 2",
        "Audit entry 3 (",
        "does not follow entry 1",
    ),
    "hash removed": (
        "UPDATE audit_log SET entry_hash = NULL WHERE id = 5",
        "Audit entry 5 (",
        "has no hash",
    ),
}


@pytest.mark.parametrize("rewrite", REWRITES, ids=list(REWRITES))
def test_a_rewrite_made_by_dropping_the_triggers_is_found_and_the_entry_named(
    sqlite_backend_with_log, rewrite
):
    sql, entry, what = REWRITES[rewrite]
    with _raw(sqlite_backend_with_log.url) as conn:
        _drop_guards(conn)
        conn.execute(sql)
    check = _check(sqlite_backend_with_log)
    assert not check.ok
    first = check.problems[0].render("en")
    assert entry in first and what in first, first
    assert "guard audit_log_append_in_order is missing" in _text(check)


def test_a_rewrite_that_recomputes_every_hash_is_caught_by_a_hash_noted_earlier(
    sqlite_backend_with_log,
):
    """The chain has no secret: whoever rewrites can rehash. A hash written down cannot."""
    backend = sqlite_backend_with_log
    noted = _check(backend)
    anchor = Anchor(noted.last_id, noted.last_hash)
    with _raw(backend.url) as conn:
        trigger_sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            " AND name IN ('audit_log_no_update', 'audit_log_no_delete', 'audit_log_append_in_order')"
        ).fetchall()
        _drop_guards(conn)
        conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 2")
        prev, rehashed = audit_chain.GENESIS, []
        with backend.engine.connect() as ec:
            for row in ec.execute(select(AuditEntry.__table__).order_by(AuditEntry.id)).mappings():
                digest = audit_chain.entry_hash(row, prev)
                rehashed.append((prev, digest, row["id"]))
                prev = digest
        conn.executemany(
            "UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?", rehashed
        )
        for (sql,) in trigger_sql:
            conn.execute(sql)
    assert _check(backend).ok  # the chain alone cannot tell
    caught = _check(backend, expect=anchor)
    assert not caught.ok
    assert f"Audit entry {anchor.entry_id} no longer has the hash" in _text(caught)


def test_cutting_off_the_newest_entries_is_caught_by_a_hash_noted_earlier(sqlite_backend_with_log):
    backend = sqlite_backend_with_log
    noted = _check(backend)
    with _raw(backend.url) as conn:
        _drop_guards(conn)
        conn.execute("DELETE FROM audit_log WHERE id >= 4")
    caught = _check(backend, expect=Anchor(noted.last_id, noted.last_hash))
    assert "Audit entry 5, noted earlier with hash" in _text(caught)
    assert "is missing: the log was cut short" in _text(caught)


def test_entries_recorded_together_in_one_transaction_and_after_a_rolled_back_savepoint_chain(
    sqlite_backend_with_log,
):
    backend = sqlite_backend_with_log
    actor = Actor(1, "admin1", "admin", "DESK-2")
    with backend.uow() as uow:
        audit.record(uow, actor, "a", "return", 1)
        audit.record(uow, actor, "b", "return", 1)
        savepoint = uow.session.begin_nested()
        audit.record(uow, actor, "rolled_back", "return", 1)
        uow.session.flush()
        savepoint.rollback()
        audit.record(uow, actor, "c", "return", 1, when=datetime(2026, 12, 1, tzinfo=UTC))
        uow.commit()
    check = _check(backend)
    assert check.ok, _text(check)
    actions = [r[5] for r in _rows(backend.url)]
    assert actions[-3:] == ["a", "b", "c"] and check.entries == 8


def test_two_stations_writing_at_once_keep_one_chain(sqlite_backend_with_log):
    url = sqlite_backend_with_log.url
    errors: list[BaseException] = []

    def station(n: int) -> None:
        engine = make_engine(url)
        backend = Backend(engine, url)
        try:
            for i in range(15):
                with backend.uow() as uow:
                    audit.record(uow, Actor(1, "admin1", "admin", f"DESK-{n}"), "tick", "x", i)
                    uow.commit()
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=station, args=(n,)) for n in (1, 2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    check = _check(sqlite_backend_with_log)
    assert check.ok and check.entries == 5 + 45


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.sqlite3'}"
    return request.getfixturevalue("pg_schema_url")


def test_entries_written_before_the_chain_are_chained_by_the_upgrade_and_survive_a_downgrade(
    empty_url,
):
    engine = make_engine(empty_url)
    backend = Backend(engine, empty_url)
    migrate.upgrade(engine, "0006")
    with engine.begin() as conn:
        for i, details in enumerate(('{"note": "Äiti ✓"}', '{"b": [1, 2.5], "a": null}', "{}")):
            conn.execute(
                text(
                    "INSERT INTO audit_log (at, username, station, action, entity, details)"
                    " VALUES (:at, 'old', 'DESK-1', 'note_added', 'return', :details)"
                ).bindparams(bindparam("at", type_=UTCDateTime())),
                {
                    "at": datetime(2026, 11, 12, 10, i, 7, 123456 * i, tzinfo=UTC),
                    "details": details,
                },
            )
    migrate.upgrade(engine)

    def problems(entries: int) -> list[str]:
        check = _check(backend)
        assert check.entries == entries
        said = [p.render("en") for p in check.problems]
        # On PostgreSQL the missing stations' role is reported too (this test makes none).
        return [p for p in said if "stations connect as the owner" not in p]

    assert problems(3) == []
    users.add_user(backend.uow(), "admin1", "secret-password", "admin", actor=SETUP)
    assert problems(4) == []  # the new entry (user_added) follows the chained old ones
    if engine.dialect.name == "sqlite":
        assert _check(backend).last_id == 4
    migrate.downgrade(engine, "0006")
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM audit_log")) == 4
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET username = 'mallory'"))  # 0001's guard stays
    migrate.upgrade(engine)
    assert problems(4) == []
    engine.dispose()
