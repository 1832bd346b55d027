"""A return's timeline on screen: one sentence a row in local time, filtered by kind."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton

from returns_app.domain.money import money_param
from returns_app.domain.users import Actor
from returns_app.i18n import Message
from returns_app.services import inspection, receiving, refunds, users
from returns_app.services import returns as returns_service
from returns_app.services.returns import LineRequest, RegisterReturn
from returns_app.services.timeline import TimelineEntry
from ui.backoffice.return_models import TimelineModel, movement_reason, render
from ui.backoffice.return_page import ReturnPage
from ui.backoffice.timeline_panel import TimelinePanel
from ui.context import AppContext, UserSession
from ui.tasks import TaskRunner

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _entry(n, at, kind, sentence, who="Aino", station="DESK-2") -> TimelineEntry:
    return TimelineEntry(
        id=n,
        at=at,
        username="aino",
        station=station,
        action="x",
        entity="return",
        entity_id=None,
        who=who,
        kind=kind,
        sentence=Message("timeline", sentence),
    )


ENTRIES = [
    _entry(1, datetime(2025, 12, 30, 9, 0, tzinfo=UTC), "decision", "registered the return"),
    _entry(2, datetime(2026, 11, 12, 12, 3, tzinfo=UTC), "goods",
           "graded 1 x Farkut Slim L as B and moved it to B-stock"),
    _entry(3, datetime(2026, 11, 13, 8, 30, tzinfo=UTC), "money",
           "proposed a refund", who="Sanna", station="OFFICE"),
    _entry(4, datetime(2026, 11, 14, 7, 0, tzinfo=UTC), "decision", "closed the return",
           who="", station=""),
]  # fmt: skip


@pytest.fixture
def panel(qtbot) -> TimelinePanel:
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.set_entries(ENTRIES, TODAY)
    return panel


def test_each_row_reads_as_a_sentence_in_helsinki_time_with_who_and_station(panel):
    assert panel.sentences() == [
        "30.12.2025 11:00 Aino (DESK-2) registered the return",
        "12.11. 14:03 Aino (DESK-2) graded 1 x Farkut Slim L as B and moved it to B-stock",
        "13.11. 10:30 Sanna (OFFICE) proposed a refund",
        "14.11. 09:00 someone closed the return",
    ]
    when = panel.proxy.index(1, TimelineModel.COL_AT)
    assert when.data(Qt.ItemDataRole.ToolTipRole) == "12.11.2026 14:03"
    what = panel.proxy.index(1, TimelineModel.COL_WHAT)
    assert what.data(Qt.ItemDataRole.ToolTipRole) == what.data()
    assert panel.count.text() == ""


def test_the_filter_shows_goods_money_or_decisions_only(qtbot, panel):
    seen = []
    panel.kind_changed.connect(seen.append)
    qtbot.mouseClick(panel.findChild(QPushButton, "timelineGoods"), Qt.MouseButton.LeftButton)
    assert [s.split(" ", 2)[2] for s in panel.sentences()] == [
        "Aino (DESK-2) graded 1 x Farkut Slim L as B and moved it to B-stock"
    ]
    assert panel.kind() == "goods" and panel.count.text() == "1 of 4 entries"
    panel.set_kind("money")
    assert [s.endswith("proposed a refund") for s in panel.sentences()] == [True]
    panel.set_kind("decision")
    assert len(panel.sentences()) == 2
    panel.set_kind("")
    assert len(panel.sentences()) == 4 and panel.count.text() == ""
    assert seen == ["goods", "money", "decision", ""]
    assert panel.findChild(QPushButton, "timelineAll").isChecked()


def test_a_filter_that_leaves_nothing_says_so(qtbot):
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.set_entries(ENTRIES[:1], TODAY)
    panel.set_kind("money")
    assert panel.sentences() == []
    assert panel._empty.label.text() == "Nothing of this kind has happened to this return."
    panel.set_entries([], TODAY)
    assert panel._empty.label.text() == "Nothing has been recorded about this return yet."


def test_the_timeline_model_and_its_filter_pass_the_model_tester(qtmodeltester, panel):
    qtmodeltester.check(panel.model)
    panel.set_kind("decision")
    qtmodeltester.check(panel.proxy)


def test_money_in_a_sentence_follows_the_reader_s_language(qapp):
    from ui.app import set_locale

    message = Message(
        "timeline",
        "approved the refund of {amount}",
        {"amount": money_param(Decimal("1234.50"))},
    )
    assert render(message) == "approved the refund of €1,234.50"
    before = QLocale()
    set_locale("fi")
    try:
        assert render(message) == "approved the refund of 1\u00a0234,50\u00a0€"
    finally:
        QLocale.setDefault(before)


def test_a_movement_reason_without_a_name_reads_as_words_not_as_a_code(qapp):
    assert movement_reason("return_b_stock") == "Return graded to B-stock"
    assert movement_reason("to_customer") == "Sent back to the customer"
    assert movement_reason("recount_after_flood") == "recount after flood"


def test_on_the_real_threaded_runner_the_page_shows_the_story_and_filters_it(
    qtbot, backend, actors, ui_settings, ui_clock, make_order
):
    dto = users.add_user(
        backend.uow(), "aino", "secret-password", "clerk", actor=actors.admin, display_name="Aino"
    )
    aino = Actor(dto.id, "aino", "clerk", "DESK-2")
    order = make_order()
    cmd = RegisterReturn(
        "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
    )
    ret = returns_service.register_return(backend.uow(), aino, cmd)
    receiving.receive_parcel(backend.uow(), aino, ret.code)
    receiving.check_in_item(backend.uow(), aino, ret.id, code="6417084000019")
    inspection.inspect_unit(
        backend.uow(), aino, inspection.InspectUnit(ret.lines[0].id, "B", "b_stock")
    )
    proposal = refunds.propose_refund(backend.uow(), aino, ret.id)

    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.supervisor), ui_clock)
    page = ReturnPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.show_return(ret.id)
    timeline = page.view.timeline
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 5, timeout=10_000)
    whats = [s.split(" ", 2)[2] for s in timeline.sentences()]
    assert whats[3] == "Aino (DESK-2) graded 1 x Paita M as B and moved it to B-stock"
    assert whats[4] == f"Aino (DESK-2) proposed a refund of €{proposal.total}"
    page.view.tabs.setCurrentWidget(timeline.parentWidget())
    qtbot.mouseClick(timeline.findChild(QPushButton, "timelineMoney"), Qt.MouseButton.LeftButton)
    assert [s.split(" ", 2)[2] for s in timeline.sentences()] == [whats[4]]
    assert timeline.count.text() == "1 of 5 entries"
    # Something new happens to the money; a refresh shows it and keeps the reader's filter
    refunds.cancel_refund(backend.uow(), actors.supervisor, proposal.id)
    page.view.refresh.click()
    qtbot.waitUntil(lambda: len(timeline.sentences()) == 2, timeout=10_000)
    assert timeline.sentences()[1].endswith(
        f"supervisor1 (DESK-2) cancelled the refund of €{proposal.total}"
    )
    for row in range(timeline.model.rowCount()):
        text = timeline.model.index(row, 1).data()
        assert "_" not in text and "{" not in text and "[" not in text, text
    runner.wait()
