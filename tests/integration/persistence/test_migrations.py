"""Migrations run from empty to head and back, keeping rows, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from returns_app.persistence import migrate
from returns_app.persistence.database import DatabaseError, make_engine


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return request.getfixturevalue("pg_schema_url")


def test_an_empty_database_migrates_to_head_with_reference_data(empty_url):
    engine = make_engine(empty_url)
    assert migrate.schema_status(engine).state == "empty"
    migrate.upgrade(engine)
    assert migrate.schema_status(engine).state == "current"
    with engine.connect() as conn:
        kinds = set(conn.scalars(text("SELECT kind FROM locations")))
        assert kinds == {"sellable", "b_stock", "quarantine", "scrap", "supplier"}
        assert (
            conn.scalar(
                text("SELECT rate FROM vat_rates WHERE category='general' AND valid_to IS NULL")
            )
            == 25.5
        )
    engine.dispose()


def test_downgrade_and_upgrade_keep_rows_of_the_surviving_schema(empty_url):
    engine = make_engine(empty_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (name, street, postal_code, city, country, lang)"
                " VALUES ('Aino', 'Koulukatu 1', '00100', 'Helsinki', 'FI', 'fi')"
            )
        )
    head = migrate.head_revision()
    migrate.upgrade(engine, head)  # idempotent at head
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT name FROM customers")) == "Aino"
    migrate.downgrade(engine, "base")
    assert migrate.schema_status(engine).state == "empty"
    migrate.upgrade(engine)
    assert migrate.schema_status(engine).state == "current"
    engine.dispose()


def test_a_database_newer_than_the_app_is_refused_untouched(empty_url):
    engine = make_engine(empty_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseError, match="newer than this app"):
        migrate.prepare_for_app(engine)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == "9999_future"
    engine.dispose()


def test_a_local_file_is_migrated_on_start(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert migrate.prepare_for_app(engine).state == "current"
    engine.dispose()


@pytest.mark.postgres
def test_a_shared_database_that_is_behind_asks_for_db_upgrade(pg_schema_url, monkeypatch):
    engine = make_engine(pg_schema_url)
    migrate.upgrade(engine, "0001")
    # This app pretends to know a newer head than the database has.
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002_next")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {"0001", "0002_next"})
    with pytest.raises(DatabaseError, match="returns-app db upgrade"):
        migrate.prepare_for_app(engine)
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()


def test_a_local_file_one_version_behind_is_backed_up_then_upgraded_keeping_rows(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (name, street, postal_code, city, country, lang)"
                " VALUES ('Aino', 'Koulukatu 1', '00100', 'Helsinki', 'FI', 'fi')"
            )
        )
    assert migrate.schema_status(engine).state == "behind"
    assert migrate.prepare_for_app(engine).state == "current"
    backups = list(tmp_path.glob("old.sqlite3.before-*.bak"))
    assert len(backups) == 1
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT name FROM customers")) == "Aino"
    engine.dispose()
