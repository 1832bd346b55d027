"""About (Shift+F1) names the version, the database and its schema; an unexpected error names
the log file and hands over a crash report without passwords."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtGui import QGuiApplication

from returns_app import __version__
from returns_app.persistence.migrate import head_revision
from ui.about import AboutDialog, app_icon
from ui.context import AppContext, UserSession
from ui.crash_dialog import CrashDialog
from ui.error_text import describe
from ui.logs import crash_report, current_log_file, start_logging, stop_logging
from ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def logging_to(tmp_path):
    """The app's log, in a temporary folder, removed afterwards."""
    path = start_logging(tmp_path / "logs")
    yield path
    stop_logging()


def test_about_names_the_version_the_database_kind_and_its_schema_version(
    qtbot, backend, actors, ui_settings, logging_to
):
    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.clerk))
    dialog = AboutDialog(ctx, log_file=str(logging_to))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.schema_label.text() != "checking…")
    runner.wait()
    assert dialog.name_label.text() == f"Returns Desk {__version__}"
    assert dialog.database_label.text() == "SQLite, local file"
    assert dialog.schema_label.text() == f"{head_revision()} (current)"
    assert dialog.log_label.text() == str(logging_to)
    assert dialog.station_label.text() == "DESK-1"


def test_the_app_icon_has_every_size_a_desktop_asks_for(qapp):
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def _raise(error: BaseException):
    try:
        raise error
    except BaseException:  # noqa: BLE001 - the test wants its traceback
        return sys.exc_info()


def test_a_crash_report_has_the_traceback_version_platform_and_last_log_lines_but_no_password(
    logging_to,
):
    url = "postgresql+psycopg://returns_station:hunter2@db.example/returns"
    logging.getLogger("returns_desk").info("connecting to %s", url)
    logging.getLogger("returns_desk").info("settings password=hunter2 saved")
    report = crash_report(
        *_raise(RuntimeError(f"lost {url}")), version="9.9", platform="TestOS", station="DESK-1"
    )
    assert "RuntimeError: lost postgresql+psycopg://returns_station:***@db.example" in report
    assert "Version: 9.9" in report and "Platform: TestOS" in report
    assert "Station: DESK-1" in report
    assert "connecting to postgresql+psycopg://returns_station:***@db.example/returns" in report
    assert "hunter2" not in report
    assert "hunter2" not in logging_to.read_text(encoding="utf-8")


def test_the_log_file_rotates_instead_of_growing_without_end(tmp_path, monkeypatch):
    monkeypatch.setattr("ui.logs.MAX_BYTES", 2_000)
    path = start_logging(tmp_path)
    try:
        for i in range(200):
            logging.getLogger("returns_desk").info("scan %d of a long shift", i)
    finally:
        stop_logging()
    assert (tmp_path / "returns-desk.log.1").exists()
    assert path.stat().st_size <= 2_000
    assert len(list(tmp_path.glob("returns-desk.log.*"))) == 5  # the oldest are dropped
    assert (tmp_path / "faults.log").exists()  # faulthandler writes hard crashes here


def test_an_unexpected_error_names_the_log_file(qapp, logging_to):
    problem = describe(ValueError("bug"))
    assert problem.text == (
        f"Something went wrong (ValueError). The details are in the log file {logging_to}."
    )
    assert not problem.expected


def test_the_crash_dialog_copies_and_saves_the_report(qtbot, tmp_path, logging_to):
    saved = tmp_path / "report.txt"
    dialog = CrashDialog(
        "Returns Desk met an error",
        "the report\n",
        current_log_file(),
        choose_file=lambda: str(saved),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(logging_to) in dialog.log_label.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "the report\n"
    assert dialog.status_label.text() == "The report is on the clipboard."
    dialog.save_button.click()
    assert saved.read_text(encoding="utf-8") == "the report\n"
    assert dialog.status_label.text() == f"The report is saved in {saved}."
