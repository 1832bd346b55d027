"""The audit log's hash chain: each entry's hash covers its fields and the previous entry's hash.

Kept on SQLite only. A SQLite file can be opened by anyone who can read and write it, so the
database cannot stop a rewrite; the chain lets ``returns-app db verify`` find one. On
PostgreSQL the stations connect as a role that may only SELECT and INSERT on the log (see
``pg_roles``), so nobody but the owner can change it, and the owner could recompute a chain
that has no secret just as easily as rewrite the rows. Chaining there would also need every
writing transaction to queue up on one lock (two stations each appending to "the last entry"
would fork the chain); the only place that lock cannot deadlock with the documented order
(order -> return -> refund -> counters) is just before commit, so the entries would have to be
written at commit instead of when recorded, and a use case could no longer read back what it
recorded earlier in its own transaction (decisions and ``versions.who_did`` do).

The chain does not protect against someone who recomputes every hash after a rewrite: for that
``db verify`` prints the last entry's id and hash, and ``db verify --expect ID:HASH`` checks
that a hash written down earlier still stands.

SQLite keeps the chain in order by a trigger (migration 0007): an insert must carry the next
id (the current highest plus one) and the last entry's hash as ``prev_hash``, which also stops
``INSERT OR REPLACE``, ``REPLACE`` and ``INSERT ... ON CONFLICT DO UPDATE`` (their delete of the
old row does not fire delete triggers).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64
"""The ``prev_hash`` of the first entry."""

CHAINED_DIALECTS = frozenset({"sqlite"})
"""Databases whose audit log is hash-chained (see the module's docstring for why)."""

_VERSION = 1


def canonical(entry: Mapping[str, Any], prev_hash: str) -> bytes:
    """The bytes an entry's hash is taken over: its fields and the previous hash, as JSON.

    ``entry`` has the keys ``id, at, user_id, username, station, action, entity, entity_id,
    return_id, details`` with the values as stored (``at`` an aware datetime, ``details`` the
    JSON object). Times are UTC to the microsecond (what both databases keep); the details'
    keys are sorted, so the same entry read back gives the same bytes.
    """
    at: datetime = entry["at"]
    if at.tzinfo is None:  # SQLite returns naive UTC when read without the app's column type
        at = at.replace(tzinfo=UTC)
    fields = [
        _VERSION,
        entry["id"],
        at.astimezone(UTC).isoformat(timespec="microseconds"),
        entry["user_id"],
        entry["username"],
        entry["station"],
        entry["action"],
        entry["entity"],
        entry["entity_id"],
        entry["return_id"],
        entry["details"],
        prev_hash,
    ]
    text = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def entry_hash(entry: Mapping[str, Any], prev_hash: str) -> str:
    """The SHA-256 (hex) of :func:`canonical`."""
    return hashlib.sha256(canonical(entry, prev_hash)).hexdigest()


def is_chained(dialect_name: str) -> bool:
    """Tell whether a database of this kind keeps the chain."""
    return dialect_name in CHAINED_DIALECTS
