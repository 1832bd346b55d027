"""Fixtures every ring shares: fresh databases (a SQLite file, or a PostgreSQL schema)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from returns_app.persistence import migrate
from returns_app.persistence.database import make_engine
from returns_app.services.runtime import Backend

PG_ENV = "RETURNS_TEST_DATABASE_URL"
PG_SKIP = f"{PG_ENV} is not set: no PostgreSQL to test against (.ci/run sets it)"


def pg_base_url() -> str | None:
    """The PostgreSQL URL the tests may use, or None."""
    return os.environ.get(PG_ENV) or None


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, _sqlite_template: Path) -> str:
    """A migrated SQLite file of this test's own."""
    path = tmp_path / "returns.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    return f"sqlite:///{path}"


def _pg_admin_conninfo(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    parts = [
        f"host={u.host or '127.0.0.1'}",
        f"port={u.port or 5432}",
        f"user={u.username or 'postgres'}",
        f"dbname={u.database or 'postgres'}",
    ]
    if u.password:
        parts.append(f"password={u.password}")
    return " ".join(parts)


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL on a PostgreSQL schema of this test's own (empty; dropped afterwards)."""
    base = pg_base_url()
    if base is None:
        pytest.skip(PG_SKIP)
    import psycopg

    schema = f"rt_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin_conninfo(base)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def pg_url(pg_schema_url: str) -> str:
    """A migrated PostgreSQL schema of this test's own."""
    engine = make_engine(pg_schema_url)
    migrate.upgrade(engine)
    engine.dispose()
    return pg_schema_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A migrated database of this test's own: once on SQLite, once on PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return request.getfixturevalue(name)


@pytest.fixture
def backend(db_url: str) -> Iterator[Backend]:
    """An open :class:`Backend` on a fresh database (SQLite and PostgreSQL)."""
    engine = make_engine(db_url)
    yield Backend(engine, db_url)
    engine.dispose()


@pytest.fixture
def sqlite_backend(sqlite_url: str) -> Iterator[Backend]:
    """An open :class:`Backend` on a fresh SQLite file only (fast, for UI tests)."""
    engine = make_engine(sqlite_url)
    yield Backend(engine, sqlite_url)
    engine.dispose()
