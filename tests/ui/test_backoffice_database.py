"""Choosing the database: test it, switch to it without restarting, and keep the password
in the PostgreSQL passfile or the keyring, never in the settings."""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

import pytest
from desk_kit import pinned_clock

from returns_app.services.runtime import open_backend
from ui.backoffice.database_settings import DatabaseSettings, switch_database
from ui.backoffice.db_secrets import KeyringStore, PassFile, Server, connection_url
from ui.context import AppContext, UserSession
from ui.style import Tone
from ui.tasks import ImmediateRunner

# The offscreen platform cannot size real windows (dialogs); nothing to see there.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

SERVER = Server("db.shop.local", 5432, "returns", "desk")


@pytest.fixture
def admin_context(qapp, backend, actors, ui_settings) -> AppContext:
    return AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.admin), clock=pinned_clock
    )


@pytest.fixture
def passfile(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "home" / ".pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


def _settings_text(settings) -> str:
    settings._q.sync()
    path = Path(settings._q.fileName())
    return path.read_text(encoding="utf-8") if path.exists() else ""


# --- The passfile and the keyring ---------------------------------------------------------


def test_the_passfile_keeps_other_lines_escapes_colons_and_is_private(passfile):
    passfile.parent.mkdir(parents=True)
    passfile.write_text("# mine\nother:5432:*:me:keep-this\n", encoding="utf-8")
    store = PassFile()
    store.store(SERVER, "pa:ss\\word")
    store.store(SERVER, "new:one")  # replaces, never duplicates
    lines = passfile.read_text(encoding="utf-8").splitlines()
    assert lines == [
        "# mine",
        "other:5432:*:me:keep-this",
        "db.shop.local:5432:returns:desk:new\\:one",
    ]
    assert store.lookup(SERVER) == "new:one"
    assert stat.S_IMODE(os.stat(passfile).st_mode) == 0o600
    assert PassFile().lookup(Server("db.shop.local", 5433, "returns", "desk")) is None


def test_the_keyring_store_keeps_the_password_under_the_server(monkeypatch):
    kept = {}

    class FakeKeyring:
        def set_password(self, service, account, password):
            kept[(service, account)] = password

        def get_password(self, service, account):
            return kept.get((service, account))

    store = KeyringStore(FakeKeyring())
    store.store(SERVER, "s3cret")
    assert kept == {("ReturnsDesk database", "desk@db.shop.local:5432/returns"): "s3cret"}
    assert store.lookup(SERVER) == "s3cret"


def test_the_start_url_of_a_shared_database_has_no_password_with_the_passfile(ui_settings):
    ui_settings.set("database/kind", "shared")
    ui_settings.set("database/pg_host", "db.shop.local")
    ui_settings.set("database/pg_database", "returns")
    ui_settings.set("database/pg_user", "desk")
    assert connection_url(ui_settings) == "postgresql+psycopg://desk@db.shop.local:5432/returns"
    ui_settings.set("database/kind", "local")
    ui_settings.set("database/sqlite_path", "/srv/returns.sqlite3")
    assert connection_url(ui_settings) == "sqlite:////srv/returns.sqlite3"


# --- Testing and switching ----------------------------------------------------------------


def test_testing_a_local_file_says_what_is_in_it(qtbot, admin_context, backend, make_order):
    make_order()
    widget = DatabaseSettings(admin_context)
    qtbot.addWidget(widget)
    assert backend.display_url in widget.current.text()
    widget.local.setChecked(True)
    widget.path.setText(backend.engine.url.database)
    widget.test.click()
    assert widget.message.text() == "Connected: 1 orders and 0 returns."
    assert widget.message.tone == Tone.GOOD


def test_switching_to_a_new_local_file_sets_it_up_without_restarting(
    qtbot, admin_context, ui_settings, tmp_path
):
    widget = DatabaseSettings(admin_context)
    target = tmp_path / "other" / "station.sqlite3"
    widget.local.setChecked(True)
    widget.path.setText(str(target))
    widget.test.click()
    assert "empty" in widget.message.text()
    with qtbot.waitSignal(widget.database_switched) as switched:
        widget.use.click()
    new = switched.args[0]
    try:
        assert new.url == f"sqlite:///{target}" and target.exists()
        assert ui_settings.get("database/kind") == "local"
        assert ui_settings.get("database/sqlite_path") == str(target)
        assert ui_settings.get("database/url") == f"sqlite:///{target}"
        old = switch_database(admin_context, new)
        assert admin_context.backend is new and old is not new
    finally:
        new.close()


def test_a_server_that_does_not_answer_is_said_and_nothing_is_saved(
    qtbot, admin_context, ui_settings, passfile
):
    widget = DatabaseSettings(admin_context)
    widget.shared.setChecked(True)
    widget.host.setText("127.0.0.1")
    widget.port.setValue(1)
    widget.database.setText("returns")
    widget.user.setText("desk")
    widget.password.setText("typed-secret")
    widget.use.click()
    assert "Cannot reach the database" in widget.message.text()
    assert widget.message.tone == Tone.BAD
    assert ui_settings.get("database/kind") == "local"
    assert not passfile.exists()
    assert "typed-secret" not in _settings_text(ui_settings)


def test_a_shared_database_needs_server_database_and_user(qtbot, admin_context):
    widget = DatabaseSettings(admin_context)
    widget.shared.setChecked(True)
    widget.host.clear()
    widget.test.click()
    assert widget.message.text() == "Give the server, the database and the user."


@pytest.fixture
def pg_database():
    """A fresh, empty PostgreSQL database (the settings name a database, not a schema)."""
    from tests.conftest import pg_base_url

    base = pg_base_url()
    if base is None:
        pytest.skip("RETURNS_TEST_DATABASE_URL is not set")
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base)
    name = f"rt_bo_{uuid.uuid4().hex[:10]}"
    admin = f"host={url.host} port={url.port or 5432} user={url.username} dbname={url.database}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield url, name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.postgres
def test_switching_to_a_shared_server_keeps_the_password_in_the_passfile_only(
    qtbot, admin_context, ui_settings, passfile, pg_database
):
    url, name = pg_database
    widget = DatabaseSettings(admin_context)
    widget.shared.setChecked(True)
    widget.host.setText(url.host)
    widget.port.setValue(url.port or 5432)
    widget.database.setText(name)
    widget.user.setText(url.username)
    widget.password.setText("typed-secret")
    widget.store.setCurrentIndex(widget.store.findData("passfile"))
    widget.test.click()
    assert "empty" in widget.message.text()
    with qtbot.waitSignal(widget.database_switched) as switched:
        widget.use.click()
    new = switched.args[0]
    try:
        assert new.kind == "shared" and name in new.display_url
        assert "typed-secret" not in new.url  # opened the way the next start will
        assert PassFile().lookup(Server(url.host, url.port or 5432, name, url.username)) == (
            "typed-secret"
        )
        assert stat.S_IMODE(os.stat(passfile).st_mode) == 0o600
        assert "typed-secret" not in _settings_text(ui_settings)
        assert widget.password.text() == ""
        assert ui_settings.get("database/kind") == "shared"
        again = open_backend(connection_url(ui_settings))  # as the next start opens it
        assert again.kind == "shared"
        again.close()
    finally:
        new.close()
