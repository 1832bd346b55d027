"""What About says about the database: its kind and schema version, and no password."""

from __future__ import annotations

from returns_app.persistence.migrate import head_revision
from returns_app.services.runtime import about_database, database_identity


def test_about_names_the_database_kind_and_its_schema_version(backend):
    info = about_database(backend)
    assert info.reachable
    assert info.schema == info.app_schema == head_revision()
    if backend.kind == "local":
        assert info.engine_name == "SQLite"
    else:
        assert info.engine_name == "PostgreSQL"
    assert info.display_url == backend.display_url


def test_a_database_that_does_not_answer_is_said_so_not_raised(tmp_path):
    from returns_app.persistence.database import make_engine
    from returns_app.services.runtime import Backend

    url = "postgresql+psycopg://station:secret@127.0.0.1:9/returns?connect_timeout=1"
    info = about_database(Backend(make_engine(url), url))
    assert not info.reachable and info.schema is None
    assert "secret" not in info.display_url


def test_the_identity_of_a_database_hides_its_password_and_resolves_a_file(tmp_path):
    assert "secret" not in database_identity("postgresql+psycopg://u:secret@db/returns")
    assert database_identity(f"sqlite:///{tmp_path}/./a.sqlite3") == database_identity(
        f"sqlite:///{tmp_path}/a.sqlite3"
    )
