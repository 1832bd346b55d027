"""Fixtures for the UI tests: a real SQLite database, synchronous tasks, signed-in users."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ui.context import AppContext, UserSession
from ui.settings import Settings
from ui.tasks import ImmediateRunner

_MODIFIER_KEYS = (
    ("ShiftModifier", "Key_Shift"),
    ("ControlModifier", "Key_Control"),
    ("AltModifier", "Key_Alt"),
    ("MetaModifier", "Key_Meta"),
)


@pytest.fixture(autouse=True)
def _no_key_left_held(request):
    """After each UI test, let go of any modifier key it left held.

    A shortcut that opens a dialog (Ctrl+Shift+U) takes the focus before its keys are let
    go, so the application goes on believing Shift is down; in the next test in the same
    process a table's ``selectRow`` then extends a selection from nowhere and selects
    nothing. Which test follows which depends on how the files are shared between workers.
    """
    yield
    if "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    def held() -> list[tuple[str, str]]:
        mods = QGuiApplication.keyboardModifiers()
        return [(m, k) for m, k in _MODIFIER_KEYS if mods & getattr(Qt.KeyboardModifier, m)]

    if not held():
        return  # (the keypad flag of a last keypad key is not a key held down)
    sink = QWidget()
    for _modifier, key in held():
        QTest.keyRelease(sink, getattr(Qt.Key, key))
    sink.deleteLater()
    assert not held()


@pytest.fixture
def backend(sqlite_backend):
    """UI tests run on SQLite only: the services are tested on PostgreSQL elsewhere."""
    return sqlite_backend


@pytest.fixture
def ui_settings(tmp_path) -> Settings:
    """This station's settings in a temporary INI file (sound off: no audio device here;
    the player is tested with a fake effect in test_sound.py)."""
    settings = Settings.at(str(tmp_path / "station.ini"))
    settings.set("sound/enabled", False)
    settings.set("station/name", "DESK-1")  # the default is the computer's name
    return settings


# The screens' clock: make_order delivers on 10.11.2026, so on 25.11. the withdrawal period
# (ended 24.11.) is over and a notice given on 15.11. makes the refund due on 29.11. Screens
# read the time only from their context, so no UI test depends on the day it runs.
UI_NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def ui_clock():
    """The moment every screen in a test sees (pinned; tests may replace the fixture)."""
    return lambda: UI_NOW


@pytest.fixture
def app_context(qapp, backend, actors, ui_settings, ui_clock) -> AppContext:
    """A context with a supervisor signed in and tasks run at once."""
    return AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.supervisor), ui_clock
    )


@pytest.fixture
def clerk_context(qapp, backend, actors, ui_settings, ui_clock) -> AppContext:
    """A context with a clerk signed in."""
    return AppContext(backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk), ui_clock)


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp):
    """The app always installs its catalogue; English brings the plural forms ("1 unit")."""
    from PySide6.QtCore import QCoreApplication

    from ui.translator import CatalogueTranslator

    translator = CatalogueTranslator("en", qapp)
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(params=["en", "fi"])
def app_language(request, qapp):
    """The app as a station runs it (ui.app): its catalogue, locale and fonts for a 768 px
    high screen, in Finnish and in English; put back afterwards."""
    from PySide6.QtCore import QCoreApplication

    from ui import style
    from ui.app import set_locale
    from ui.translator import install_language

    translator = install_language(request.param) if request.param != "en" else None
    set_locale(request.param)
    font, sheet = qapp.font(), qapp.styleSheet()
    style.apply(qapp, style.screen_scale(768 - 40))
    yield request.param
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    style.apply(qapp, 1.0)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    set_locale("en")
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
