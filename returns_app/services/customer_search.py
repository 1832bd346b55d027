"""Finding customers by part of a name or an e-mail, from a trigram index (migration 0013).

One word of three or more characters must occur in the name or the e-mail; several words must
all occur in the name, in any case and in any order ("virtanen aino" finds Aino Virtanen). Ä,
ö and å are letters of their own, as in the Finnish alphabet: "mäkelä" and "MÄKELÄ" find
Mäkelä, "makela" does not (an e-mail address written without them does, as it contains
"makela"). The words are looked up in the trigram index: SQLite's FTS5 table
``customers_fts``, PostgreSQL's ``pg_trgm`` GIN indexes, which ``ILIKE '%word%'`` uses.

A text whose words are all shorter than three characters has no trigram: it is a prefix of the
name ("Ai" finds Aino Virtanen), looked up on the ordinary index of ``customers.name``, as
typed and with its first letters in capitals.
"""

from __future__ import annotations

import re
from functools import cache

from sqlalchemy import (
    Connection,
    Select,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session

from returns_app.persistence.models import Customer

MIN_TRIGRAM = 3
MIN_PREFIX = 2

# The FTS5 table of migration 0013 (SQLite only; its rowid is the customer's id).
_FTS = table("customers_fts", column("rowid"))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def words_of(text: str) -> list[str]:
    """The words of a search text that a trigram index can look up (three characters or more)."""
    return [w for w in text.split() if len(w) >= MIN_TRIGRAM]


def searchable(text: str) -> bool:
    """Whether ``text`` can be looked up as part of a name or an e-mail."""
    return bool(words_of(text)) or len(text.strip()) >= MIN_PREFIX


def matching_customers(s: Session, text: str, limit: int | None) -> Select | None:
    """A select of the ids of the customers whose name or e-mail contains every word of
    ``text`` (or whose name starts with it, for a text too short for trigrams), newest
    customers first, at most ``limit`` (all when None); None when the text is too short."""
    found = _statement(s.get_bind().dialect.name, text)
    if found is None:
        return None
    stmt, params = found
    stmt = stmt.params(params)
    return stmt if limit is None else stmt.limit(limit)


def customers_found(conn: Connection, text: str, limit: int) -> tuple[Select | None, dict]:
    """A select of the ids of the newest ``limit`` customers :func:`matching_customers`
    finds for ``text``, with its parameters, for a statement that reads what they have on
    the database (``(None, {})``: the text is too short to look up).

    A text that looks like the start of an e-mail address ("aino.virtanen12") is first
    looked up as that, on the ``lower(email)`` index: one probe, where the trigrams of a
    long text each list a good part of the customers. What it finds is given by id."""
    if _EMAIL_START.fullmatch(text):
        start = text.lower()
        ids = list(
            conn.scalars(_EMAIL_STARTS, {"start": start, "end": start + _MAX_CHAR, "limit": limit})
        )
        if ids:
            return _GIVEN, {"given": ids}
    found = _statement(conn.dialect.name, text)
    if found is None:
        return None, {}
    stmt, params = found
    return _limited(stmt), {**params, "limit": limit}


@cache
def _limited(stmt: Select) -> Select:
    return stmt.limit(bindparam("limit"))


def _statement(dialect: str, text: str) -> tuple[Select, dict[str, object]] | None:
    words = words_of(text)
    if words:
        if dialect == "sqlite":
            match = " AND ".join(_fts_phrase(w) for w in words)
            # Several words are a name ("aino virt"); one may be part of an e-mail too.
            return _FTS_MATCH, {"match": f"name : ({match})" if len(words) > 1 else match}
        return _trigram_ilike(len(words)), {
            f"w{i}": f"%{_escape_like(w)}%" for i, w in enumerate(words)
        }
    prefix = " ".join(text.split())
    if len(prefix) < MIN_PREFIX:
        return None
    # A range on the B-tree of customers.name (SQLite's LIKE ignores case and so cannot use
    # it): as typed, with capitals ("ai" -> "Ai") and in capitals.
    spellings = list(dict.fromkeys((prefix, prefix.title(), prefix.upper())))
    return _name_prefix(len(spellings)), {f"p{i}": p for i, p in enumerate(spellings)}


_FTS_MATCH = (
    select(_FTS.c.rowid.label("id"))
    .where(literal_column("customers_fts").op("MATCH")(bindparam("match")))
    .order_by(_FTS.c.rowid.desc())
)


@cache
def _trigram_ilike(words: int) -> Select:
    """PostgreSQL: ``pg_trgm``'s GIN indexes. One word: in the name or the e-mail, newest
    first (the planner reads the primary key backwards for a common name, the index for a
    rare one). Several words: all in the name, read from the index ("id + 0" keeps the
    planner from walking the primary key past tens of thousands of single-word matches)."""
    if words == 1:
        pattern = bindparam("w0")
        return (
            select(Customer.id)
            .where(
                or_(
                    Customer.name.ilike(pattern, escape="\\"),
                    Customer.email.ilike(pattern, escape="\\"),
                )
            )
            .order_by(Customer.id.desc())
        )
    return (
        select(Customer.id)
        .where(*(Customer.name.ilike(bindparam(f"w{i}"), escape="\\") for i in range(words)))
        .order_by((Customer.id + 0).desc())
    )


@cache
def _name_prefix(spellings: int) -> Select:
    return (
        select(Customer.id)
        .where(
            or_(
                *(
                    and_(
                        Customer.name >= bindparam(f"p{i}"),
                        Customer.name < bindparam(f"p{i}") + _MAX_CHAR,
                    )
                    for i in range(spellings)
                )
            )
        )
        .order_by(Customer.id.desc())
    )


_MAX_CHAR = "\U0010ffff"
_GIVEN = select(Customer.id).where(Customer.id.in_(bindparam("given", expanding=True)))
# Letters or digits joined by the dots, dashes, underscores and pluses of an address, with
# a digit or one of those in it (a plain word is a name).
_EMAIL_START = re.compile(r"(?=\S*[0-9._+-])[\w][\w.+-]{3,}")
_EMAIL_STARTS = (
    select(Customer.id)
    .where(
        func.lower(Customer.email) >= bindparam("start"),
        func.lower(Customer.email) < bindparam("end"),
    )
    .order_by(Customer.id.desc())
    .limit(bindparam("limit"))
)
