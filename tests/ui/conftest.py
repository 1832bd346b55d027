"""Fixtures for the UI tests: a real SQLite database, synchronous tasks, signed-in users."""

from __future__ import annotations

import pytest

from ui.context import AppContext, UserSession
from ui.settings import Settings
from ui.tasks import ImmediateRunner


@pytest.fixture
def backend(sqlite_backend):
    """UI tests run on SQLite only: the services are tested on PostgreSQL elsewhere."""
    return sqlite_backend


@pytest.fixture
def ui_settings(tmp_path) -> Settings:
    """This station's settings in a temporary INI file."""
    return Settings.at(str(tmp_path / "station.ini"))


@pytest.fixture
def app_context(qapp, backend, actors, ui_settings) -> AppContext:
    """A context with a supervisor signed in and tasks run at once."""
    return AppContext(backend, ui_settings, ImmediateRunner(), UserSession(actors.supervisor))


@pytest.fixture
def clerk_context(qapp, backend, actors, ui_settings) -> AppContext:
    """A context with a clerk signed in."""
    return AppContext(backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk))


