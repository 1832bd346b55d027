"""The desk on a stalled network: it says it is waiting, counts the scans behind, keeps them."""

# ruff: noqa: F811 - the fixtures come from desk_kit and are named as parameters

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from desk_kit import beeps, make_desk, printers, register  # noqa: F401 - fixtures
from PySide6.QtTest import QTest
from sqlalchemy.engine import make_url
from stall_proxy import StallProxy

from returns_app.persistence.database import make_engine
from returns_app.persistence.waits import Timeouts
from returns_app.services.runtime import Backend
from ui.context import AppContext, UserSession
from ui.desk import desk as desk_module
from ui.tasks import TaskRunner

pytestmark = [
    pytest.mark.postgres,
    # The offscreen platform says so when a label grows; nothing to do with the desk.
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]

SHIRT = "6417084000019"


@pytest.fixture
def proxy(pg_url: str) -> Iterator[StallProxy]:
    url = make_url(pg_url)
    stall = StallProxy((url.host or "127.0.0.1", url.port or 5432))
    yield stall
    stall.close()


@pytest.fixture
def backend(pg_url: str, proxy: StallProxy) -> Iterator[Backend]:
    """A PostgreSQL station behind the proxy (timeouts short enough for the clerk's 3 s)."""
    url = make_url(pg_url).set(host="127.0.0.1", port=proxy.port)
    rendered = url.render_as_string(hide_password=False)
    engine = make_engine(rendered, station="DESK-1", timeouts=Timeouts(statement=1.5, lock=1))
    yield Backend(engine, rendered)
    engine.dispose()


def test_a_stalled_database_is_told_and_the_scans_are_kept_for_a_retry(
    qtbot, make_desk, backend, actors, make_order, ui_settings, ui_clock, proxy, monkeypatch
):
    monkeypatch.setattr(desk_module, "SLOW_AFTER_MS", 800)
    ret = register(backend, actors.clerk, make_order())
    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.clerk), ui_clock)
    desk = make_desk(ctx)

    proxy.stall()
    started = time.monotonic()
    desk.handle_scan(ret.code)
    desk.handle_scan(SHIRT)  # scanned while the first waits
    qtbot.waitUntil(lambda: "slow to answer" in desk.view.busy.text(), timeout=2000)
    assert "1 more scan waiting" in desk.view.busy.text()
    assert "Your scan is kept" in desk.view.busy.text()

    qtbot.waitUntil(lambda: not desk.busy, timeout=3000)
    assert time.monotonic() - started < 3.5
    assert desk.feedback.title_text() == "Database unreachable: nothing was saved"
    assert desk.feedback.detail_text() == (
        "The database is not answering. Nothing was saved; check the network and try again."
    )
    assert desk.held_scans == [ret.code, SHIRT]
    assert desk.view.retry.isVisible()
    assert desk.view.retry.text() == "Try the 2 kept scans again (F11)"

    # The network is back: one key (F11, or a click) handles both scans, in their order.
    proxy.resume()
    QTest.keyClick(desk.scan_field, desk_module.Qt.Key.Key_F11)
    qtbot.waitUntil(
        lambda: desk.current_return is not None and desk.current_return.lines[0].qty_received == 1,
        timeout=10_000,
    )
    assert desk.held_scans == []
    assert not desk.view.retry.isVisible()
    runner.wait()


def test_a_return_held_by_another_station_keeps_the_scan_for_f11(
    qtbot, make_desk, backend, actors, make_order, ui_settings, ui_clock, pg_url
):
    """DESK-2 holds the return (a lock): the scan is not lost; it is kept, the clerk is told
    who is working on it, and F11 takes it through once DESK-2 is done."""
    import psycopg

    ret = register(backend, actors.clerk, make_order())
    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.clerk), ui_clock)
    desk = make_desk(ctx)
    url = make_url(pg_url)  # the test's own schema travels in the options
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, dbname=url.database,
        application_name="returns-desk DESK-2", options=url.query.get("options", ""),
    ) as desk_2:  # fmt: skip
        desk_2.execute("SELECT id FROM returns WHERE id = %s FOR UPDATE", (ret.id,))
        desk.handle_scan(ret.code)
        qtbot.waitUntil(lambda: desk.held_scans == [ret.code], timeout=8000)
        assert desk.feedback.title_text() == "Busy at another station: scan kept"
        assert "(DESK-2)" in desk.feedback.detail_text()
        assert desk.view.retry.isVisible()
        desk_2.rollback()
    QTest.keyClick(desk.scan_field, desk_module.Qt.Key.Key_F11)
    qtbot.waitUntil(
        lambda: desk.current_return is not None and desk.current_return.code == ret.code,
        timeout=8000,
    )
    assert desk.held_scans == []
    runner.wait()
