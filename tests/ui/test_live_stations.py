"""Two stations on one database: what one does shows at the other without a click.

"This station" is a real desk, refund queue and return page on the real threaded runner with
the real listener; "the other station" works through the services as another clerk at
another desk, as a second computer would. On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import time
from datetime import date

import pytest
from desk_kit import (  # noqa: F401 - fixtures
    SHIRT,
    beeps,
    make_desk,
    pinned_clock,
    printers,
    register,
)
from PySide6.QtWidgets import QApplication

from returns_app.persistence.database import make_engine
from returns_app.services import queries, receiving, refunds
from returns_app.services.live import ChangeSet
from returns_app.services.runtime import Backend
from ui.backoffice.refund_queue import RefundQueueWidget
from ui.backoffice.return_page import ReturnPage
from ui.context import AppContext, UserSession
from ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

HERE = "DESK-9"
SEEN_WITHIN_S = 2.0  # the issue asks for "within a second"; the test leaves room for a slow CI
TODAY = date(2026, 11, 25)


@pytest.fixture
def backend(db_url):
    """These tests run on both databases (the UI tests' default is SQLite only)."""
    engine = make_engine(db_url)
    yield Backend(engine, db_url)
    engine.dispose()


@pytest.fixture
def station(qapp, backend, actors, ui_settings):
    """This station: a supervisor at DESK-9, the threaded runner, listening for changes."""
    ui_settings.set("station/name", HERE)
    runner = TaskRunner()
    here = dataclasses.replace(actors.supervisor, station=HERE)
    ctx = AppContext(backend, ui_settings, runner, UserSession(here), pinned_clock)
    ctx.listen_for_changes()
    assert ctx.live.listener is not None and ctx.live.listener.listening.wait(5)
    yield ctx
    ctx.live.stop()
    runner.wait()


def _seen(qtbot, condition, what: str) -> float:
    """Wait (without any input) until ``condition`` holds; return the seconds it took."""
    started = time.monotonic()
    qtbot.waitUntil(condition, timeout=int(SEEN_WITHIN_S * 1000) + 3000)
    took = time.monotonic() - started
    print(f"seen: {what} after {took:.2f} s")  # the figures, with -s
    assert took < SEEN_WITHIN_S, f"{what} took {took:.2f} s"
    return took


def _idle(qtbot, ctx):
    qtbot.waitUntil(lambda: ctx.runner.wait(0))


def test_a_parcel_and_a_refund_at_another_station_appear_on_the_open_return_and_the_queue(
    qtbot, request, station, backend, actors, make_order
):
    ret = register(backend, actors.clerk, make_order(), (0, 1))
    desk = request.getfixturevalue("make_desk")(station)
    desk.show_return(queries.get_return(backend.uow(readonly=True), ret.id))
    queue = RefundQueueWidget(station, today=lambda: TODAY)
    page = ReturnPage(station, today=lambda: TODAY)
    for widget in (queue, page):
        qtbot.addWidget(widget)
    page.show_return(ret.id)
    qtbot.waitUntil(lambda: page.data is not None)
    _idle(qtbot, station)
    assert queue.model.rows() == []
    desk.scan_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.scan_field)
    desk.scan_field.setText("JJ1234")  # the clerk is typing the next code

    other = actors.clerk  # DESK-3
    receiving.receive_parcel(backend.uow(), other, ret.code)
    receiving.check_in_item(backend.uow(), other, ret.id, code=SHIRT, quantity=1)
    _seen(qtbot, lambda: desk.current_return.lines[0].qty_received == 1, "the parcel on the desk")
    _seen(
        qtbot,
        lambda: page.data.ret.lines[0].qty_received == 1,
        "the parcel on the return page",
    )

    refund = refunds.propose_refund(backend.uow(), other, ret.id)
    _seen(
        qtbot,
        lambda: [r.refund_id for r in queue.model.rows()] == [refund.id],
        "the proposal in the refund queue",
    )
    issued = refunds.issue_refund(backend.uow(), actors.supervisor, refund.id)  # DESK-2
    _seen(qtbot, lambda: queue.model.rows() == [], "the issued refund leaving the queue")
    _seen(
        qtbot,
        lambda: (
            desk.current_return.money_state == "refunded"
            and issued.credit_note_number in desk.view.refund_summary.text()
        ),
        "the issued refund on the desk",
    )
    # Nothing the clerk was doing was lost.
    assert QApplication.focusWidget() is desk.scan_field
    assert desk.scan_field.text() == "JJ1234"
    _idle(qtbot, station)


def test_a_change_heard_while_a_unit_is_half_graded_waits_until_the_clerk_is_done(
    qtbot, request, station, backend, actors, make_order
):
    ret = register(backend, actors.clerk, make_order(), (0, 2))
    receiving.receive_parcel(backend.uow(), station.actor, ret.code)
    receiving.check_in_item(backend.uow(), station.actor, ret.id, code=SHIRT, quantity=1)
    desk = request.getfixturevalue("make_desk")(station)
    desk.show_return(queries.get_return(backend.uow(readonly=True), ret.id))
    assert desk.inspection.line is not None
    desk.inspection.choose_grade("B")  # grade chosen; the disposition key comes next

    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT, quantity=1)
    qtbot.waitUntil(lambda: desk._stale, timeout=5000)  # heard ...
    qtbot.wait(800)  # ... and, while the clerk decides, not shown over their grade
    assert desk.inspection.grade == "B"
    assert desk.current_return.lines[0].qty_received == 1
    desk.inspection.back()  # the clerk takes the grade back: now it can be shown
    qtbot.waitUntil(lambda: desk.current_return.lines[0].qty_received == 2, timeout=3000)
    _idle(qtbot, station)


def test_the_stations_own_changes_bring_no_second_reading(
    qtbot, station, backend, actors, make_order
):
    ours = register(backend, actors.clerk, make_order(), (0, 1))
    theirs = register(backend, actors.clerk, make_order(), (0, 1))
    heard: list[ChangeSet] = []
    station.live.changed.connect(heard.append)
    qtbot.waitUntil(lambda: any(theirs.id in c.return_ids for c in heard), timeout=5000)
    heard.clear()  # the two registrations made elsewhere were heard
    receiving.receive_parcel(backend.uow(), station.actor, ours.code)  # made here
    receiving.receive_parcel(backend.uow(), actors.clerk, theirs.code)  # elsewhere, afterwards
    qtbot.waitUntil(lambda: any(theirs.id in c.return_ids for c in heard), timeout=5000)
    assert all(ours.id not in c.return_ids for c in heard)
