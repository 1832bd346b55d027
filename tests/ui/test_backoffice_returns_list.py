"""The returns list: a lazy model over the database, filters, search, sorting, opening."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from desk_kit import pinned_clock
from PySide6.QtCore import QModelIndex, Qt

from returns_app.i18n import Message, ReturnsError
from returns_app.services import returns as returns_service
from returns_app.services.backoffice import ReturnsFilter
from returns_app.services.orders import CustomerInput
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.backoffice import returns_model
from ui.backoffice.common import LOADING, ROW_ROLE, SORT_ROLE
from ui.backoffice.returns_list import ReturnsListWidget
from ui.backoffice.returns_model import (
    COL_CODE,
    COL_CUSTOMER,
    COL_DUE,
    COL_ORDERS,
    ReturnsListModel,
)
from ui.context import AppContext, UserSession
from ui.style import Tone
from ui.tasks import TaskRunner

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)

# The offscreen platform cannot size real windows (dialogs); nothing to see there.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def register(backend, actor, order, kind="withdrawal", reason="does_not_fit", **kw):
    cmd = RegisterReturn(
        kind=kind,
        lines=(LineRequest(order.lines[0].id, 1, reason),),
        notice_at=kw.pop("notice_at", NOTICE),
        remedy="cancellation" if kind == "defect_claim" else None,
        **kw,
    )
    return returns_service.register_return(backend.uow(), actor, cmd)


@pytest.fixture
def many_returns(backend, actors, make_order):
    """Seven returns: five of Aino Laine, two of Väinö Mäkelä (one a defect claim)."""
    made = [register(backend, actors.clerk, make_order()) for _ in range(5)]
    vaino = CustomerInput("Väinö Mäkelä", "vaino@example.fi", "+358409876543")
    made.append(register(backend, actors.supervisor, make_order(customer=vaino)))
    made.append(
        register(backend, actors.supervisor, make_order(customer=vaino), kind="defect_claim")
    )
    return made


def test_the_lazy_model_passes_the_model_tester_while_paging(
    qtmodeltester, app_context, many_returns
):
    model = ReturnsListModel(app_context, page=3)
    model.reload()
    assert model.rowCount() == 3 and model.total == 7
    qtmodeltester.check(model)  # fetches the other pages on the way
    assert model.rowCount() == 7
    assert not model.canFetchMore(QModelIndex())


def test_the_first_page_comes_at_once_and_more_on_fetch_more(app_context, many_returns):
    model = ReturnsListModel(app_context, page=3)
    model.reload()
    assert [model.return_id(r) for r in range(3)] == [r.id for r in many_returns[::-1][:3]]
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 7 and not model.canFetchMore(QModelIndex())
    row = model.index(6, COL_CODE).data(ROW_ROLE)
    assert row.code == many_returns[0].code and row.customer_name == "Aino Laine"


def test_rows_pushed_out_of_the_cache_show_dots_then_come_back(
    qtbot, app_context, many_returns, monkeypatch
):
    monkeypatch.setattr(returns_model, "CACHE_ROWS", 3)
    model = ReturnsListModel(app_context, page=3)
    model.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    first = model.index(0, COL_CODE)
    assert first.data() == LOADING and first.data(ROW_ROLE) is None
    with qtbot.waitSignal(model.dataChanged, timeout=2000):
        pass
    assert first.data() == many_returns[-1].code


def test_sorting_asks_the_database_again(app_context, many_returns):
    model = ReturnsListModel(app_context)
    model.reload()
    model.sort(COL_CUSTOMER, Qt.SortOrder.DescendingOrder)
    names = [model.index(r, COL_CUSTOMER).data(SORT_ROLE) for r in range(model.rowCount())]
    assert names == ["Väinö Mäkelä"] * 2 + ["Aino Laine"] * 5
    model.sort(COL_ORDERS, Qt.SortOrder.AscendingOrder)  # not a database column: ignored
    assert model.sort_column == COL_CUSTOMER


def test_an_overdue_refund_is_marked_in_red_with_a_word(app_context, backend, actors, make_order):
    register(backend, actors.clerk, make_order(), notice_at=datetime(2026, 11, 2, tzinfo=UTC))
    model = ReturnsListModel(app_context)
    model.reload()
    cell = model.index(0, COL_DUE)
    assert "overdue" in cell.data()
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#c0262d"


def test_the_list_filters_by_kind_and_searches_by_name(qtbot, app_context, many_returns):
    widget = ReturnsListWidget(app_context, search_delay_ms=10)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 7
    assert widget.view.count.text() == "7 returns"
    widget.view.kind.setCurrentIndex(widget.view.kind.findData("defect_claim"))
    assert widget.model.rowCount() == 1 and widget.view.count.text() == "1 return"
    widget.view.kind.setCurrentIndex(0)
    widget.view.search.setText("mäkelä")  # typed: the search waits for a pause
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    widget.view.clear.click()
    assert widget.view.search.text() == "" and widget.model.rowCount() == 7


def test_the_reason_and_station_filters_offer_what_the_database_has(app_context, many_returns):
    widget = ReturnsListWidget(app_context)
    stations = [widget.view.station.itemData(i) for i in range(widget.view.station.count())]
    assert stations == ["", "DESK-2", "DESK-3"]
    widget.view.station.setCurrentIndex(1)
    assert widget.model.rowCount() == 2
    reasons = [widget.view.reason.itemText(i) for i in range(widget.view.reason.count())]
    assert "Does not fit" in reasons


def test_a_search_for_a_return_code_opens_the_return(qtbot, app_context, many_returns):
    widget = ReturnsListWidget(app_context)
    qtbot.addWidget(widget)
    target = many_returns[2]
    widget.view.search.setText(target.code.lower())
    with qtbot.waitSignal(widget.open_requested) as opened:
        qtbot.keyClick(widget.view.search, Qt.Key.Key_Return)
    assert opened.args == [target.id]


def test_a_search_that_finds_nothing_says_so(qtbot, app_context, many_returns):
    widget = ReturnsListWidget(app_context)
    widget.view.search.setText("nobody like this")
    qtbot.keyClick(widget.view.search, Qt.Key.Key_Return)
    assert widget.model.rowCount() == 0
    assert "Nothing found" in widget.view.message.text()
    assert widget.view.message.tone == Tone.WARN


def test_activating_a_row_opens_its_return(qtbot, app_context, many_returns):
    widget = ReturnsListWidget(app_context)
    with qtbot.waitSignal(widget.open_requested) as opened:
        widget.view.table.activated.emit(widget.model.index(1, 0))
    assert opened.args == [many_returns[-2].id]


def test_a_database_that_fails_is_said_in_words(qtbot, app_context, many_returns, monkeypatch):
    widget = ReturnsListWidget(app_context)
    from returns_app.persistence.database import DatabaseError  # noqa: F401 (test only)

    def broken(*args, **kwargs):
        raise ReturnsError(Message("t", "The database is gone."))

    monkeypatch.setattr("returns_app.services.backoffice.first_page", broken)
    with qtbot.waitSignal(widget.model.failed):
        widget.view.refresh.click()
    assert widget.view.message.text() == "The database is gone."
    assert widget.view.message.tone == Tone.BAD


def test_on_a_worker_thread_the_last_filter_wins_and_rows_arrive_later(
    qtbot, backend, actors, ui_settings, many_returns
):
    runner = TaskRunner()
    ctx = AppContext(
        backend, ui_settings, runner, UserSession(actors.supervisor), clock=pinned_clock
    )
    model = ReturnsListModel(ctx)
    model.set_filter(ReturnsFilter(kind="goodwill"))
    model.set_filter(ReturnsFilter(kind="defect_claim"))
    assert model.rowCount() == 0 and model.loading  # nothing waits on the GUI thread
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 1)
    assert model.index(0, COL_CODE).data(ROW_ROLE).kind == "defect_claim"
    assert model.total == 1
    runner.wait()
