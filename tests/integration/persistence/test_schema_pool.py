"""The tests' PostgreSQL schemas are used again (tests/conftest.py, ``_PgSchemas``): a schema
given back must be exactly what a fresh copy of the migrated template is, and one whose
definition a test changed must never be given to another test."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from returns_app.persistence.database import make_engine
from returns_app.persistence.models import AuditEntry, Location, User, VatRate
from returns_app.services import users
from returns_app.services.runtime import Backend
from tests.conftest import make_actors

pytestmark = pytest.mark.postgres


def _url(pool, schema: str) -> str:
    from tests.conftest import _schema_url

    return _schema_url(pool.base, schema)


def _seen(url: str) -> dict[str, object]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {
                "users": conn.scalar(select(func.count()).select_from(User)),
                "audit": conn.scalar(select(func.count()).select_from(AuditEntry)),
                "locations": conn.scalar(select(func.count()).select_from(Location)),
                "vat_rates": conn.scalar(select(func.count()).select_from(VatRate)),
                "version": conn.scalar(text("SELECT version_num FROM alembic_version")),
            }
    finally:
        engine.dispose()


def test_a_schema_given_back_is_as_a_fresh_copy_with_its_ids_from_one_again(_pg_schemas):
    if _pg_schemas is None:
        pytest.skip("pg_dump is not installed: every test migrates a schema of its own")
    schema = _pg_schemas.take()
    url = _url(_pg_schemas, schema)
    fresh = _seen(url)
    backend = Backend(make_engine(url), url)
    actors = make_actors(backend)
    users.add_user(backend.uow(), "temp", "secret-password", "clerk", actor=actors.admin)
    backend.engine.dispose()
    assert _seen(url)["users"] == 4 and _seen(url)["audit"] >= 4
    _pg_schemas.give_back(schema)
    assert _pg_schemas.take() == schema  # the same schema again...
    assert _seen(url) == fresh  # ...with the template's rows only
    backend = Backend(make_engine(url), url)
    assert make_actors(backend).admin.user_id == 1  # and its sequences where they began
    backend.engine.dispose()
    _pg_schemas.give_back(schema)


def test_a_schema_whose_definition_a_test_changed_is_dropped(_pg_schemas):
    if _pg_schemas is None:
        pytest.skip("pg_dump is not installed: every test migrates a schema of its own")
    schema = _pg_schemas.take()
    conn = _pg_schemas._admin()
    conn.execute(f'ALTER TABLE "{schema}".audit_log DISABLE TRIGGER audit_log_no_change')
    _pg_schemas.give_back(schema)
    assert schema not in _pg_schemas.free
    gone = conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (schema,))
    assert gone.fetchone()[0] == 0
    other = _pg_schemas.take()
    assert other != schema
    conn.execute(f'GRANT SELECT ON "{other}".users TO PUBLIC')  # a grant is a change too
    _pg_schemas.give_back(other)
    assert other not in _pg_schemas.free


@pytest.mark.parametrize(
    "change",
    [
        'CREATE TABLE "{s}".stray (id int)',
        'CREATE INDEX stray_ix ON "{s}".orders (delivery_price)',
        "ALTER TABLE \"{s}\".orders ALTER COLUMN delivery_method SET DEFAULT 'x'",
        'ALTER TABLE "{s}".orders ADD CONSTRAINT stray_check CHECK (delivery_price >= 0)',
        'ALTER TABLE "{s}".orders OWNER TO pg_database_owner',
        'CREATE SEQUENCE "{s}".stray_seq',
    ],
)
def test_an_object_added_or_altered_in_a_schema_has_it_dropped(_pg_schemas, change):
    if _pg_schemas is None:
        pytest.skip("pg_dump is not installed: every test migrates a schema of its own")
    schema = _pg_schemas.take()
    conn = _pg_schemas._admin()
    conn.execute(change.format(s=schema))
    _pg_schemas.give_back(schema)
    assert schema not in _pg_schemas.free
