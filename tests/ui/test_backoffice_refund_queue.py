"""The refund queue: by legal deadline, marked when late, approve, issue, batch issue, print."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from desk_kit import pinned_clock
from PySide6.QtCore import QItemSelectionModel, Qt

from returns_app.services import receiving, refunds
from returns_app.services import returns as returns_service
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.backoffice.refund_queue import RefundQueueWidget
from ui.backoffice.refund_queue_model import RefundQueueModel
from ui.context import AppContext, UserSession
from ui.style import Tone
from ui.tasks import ImmediateRunner

TODAY = date(2026, 11, 28)

# The offscreen platform cannot size real windows (dialogs); nothing to see there.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _proposed(backend, actor, order, notice_day=15, line=0, receive=True):
    cmd = RegisterReturn(
        "withdrawal",
        (LineRequest(order.lines[line].id, 1, "does_not_fit"),),
        notice_at=datetime(2026, 11, notice_day, 10, tzinfo=UTC),
    )
    ret = returns_service.register_return(backend.uow(), actor, cmd)
    if receive:
        receiving.receive_parcel(backend.uow(), actor, ret.code)
        receiving.check_in_item(
            backend.uow(), actor, ret.id, return_line_id=ret.lines[0].id, quantity=1
        )
    return ret, refunds.propose_refund(backend.uow(), actor, ret.id)


@pytest.fixture
def queue(backend, actors, make_order):
    """Three refunds: overdue (due 27.11.), due soon (due 29.11.) but held, later (due 4.12.)."""
    return [
        _proposed(backend, actors.clerk, make_order(), 13),
        _proposed(backend, actors.clerk, make_order(), 15, receive=False),
        _proposed(backend, actors.clerk, make_order(), 20),
    ]


def _widget(qtbot, ctx, **kw):
    widget = RefundQueueWidget(ctx, today=lambda: TODAY, **kw)
    qtbot.addWidget(widget)
    return widget


def _select(widget, *rows):
    sel = widget.table.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(
            widget.proxy.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_the_queue_is_by_deadline_with_overdue_red_and_due_soon_amber(qtbot, app_context, queue):
    widget = _widget(qtbot, app_context)
    m = widget.model
    assert [r.return_code for r in m.rows()] == [ret.code for ret, _ in queue]
    due = [m.index(r, m.COL_DUE) for r in range(3)]
    assert "overdue" in due[0].data() and "due soon" in due[1].data()
    assert due[0].data(Qt.ItemDataRole.BackgroundRole).color().name() == "#c0262d"
    assert due[1].data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f5b800"
    assert due[2].data(Qt.ItemDataRole.BackgroundRole) is None
    assert m.index(1, m.COL_GOODS).data() == "held: not back yet"
    assert widget.count.text() == "3 waiting · 1 overdue · 1 due within 2 days"


def test_the_queue_model_passes_the_model_tester(qtmodeltester, qtbot, app_context, queue):
    widget = _widget(qtbot, app_context)
    qtmodeltester.check(widget.model)
    assert isinstance(widget.model, RefundQueueModel)


def test_a_clerk_issues_one_refund_and_its_credit_note_is_printed(
    qtbot, backend, actors, ui_settings, queue
):
    printed = []
    ctx = AppContext(backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk), clock=pinned_clock)
    widget = _widget(qtbot, ctx, print_document=printed.append)
    assert widget.approve.isHidden() and widget.batch.isHidden()
    _select(widget, 1)
    assert not widget.issue.isEnabled()  # held: the goods are not back
    _select(widget, 0)
    assert widget.issue.isEnabled()
    widget.issue.click()
    dialog = widget.issue_dialog
    dialog.method.setCurrentIndex(dialog.method.findData("bank_transfer"))
    dialog.reference.setText("FI-REF-1")
    dialog.accept()
    assert "credit note HL2026-000001" in widget.message.text()
    assert widget.message.tone == Tone.GOOD
    assert [r.return_code for r in widget.model.rows()] == [queue[1][0].code, queue[2][0].code]
    assert [d.name for d in printed] == ["HL2026-000001-a4.pdf"]
    issued = refunds.issue_refund  # the refund is issued once; a second attempt is refused
    with pytest.raises(Exception, match="Already refunded"):
        issued(backend.uow(), actors.clerk, queue[0][1].id)


def test_a_supervisor_approves_and_batch_issues_and_hears_what_failed(
    qtbot, app_context, backend, queue
):
    widget = _widget(qtbot, app_context)
    assert widget.approve.isVisibleTo(widget) and widget.batch.isVisibleTo(widget)
    _select(widget, 0, 1, 2)
    widget.approve.click()
    assert "3 refund(s) approved" in widget.message.text()
    assert {r.status for r in widget.model.rows()} == {"approved"}
    _select(widget, 0, 1, 2)
    assert widget.batch.isEnabled()
    widget.batch.click()
    assert len(widget.issue_dialog.rows) == 2  # the held one is left out
    widget.issue_dialog.accept()
    assert "2 refund(s) issued" in widget.message.text()
    assert [r.return_code for r in widget.model.rows()] == [queue[1][0].code]


def test_a_failed_issue_says_why_and_keeps_the_refund_in_the_queue(
    qtbot, app_context, backend, actors, queue
):
    widget = _widget(qtbot, app_context)
    _select(widget, 0)
    widget.issue.click()
    refunds.issue_refund(backend.uow(), actors.clerk, queue[0][1].id)  # another station
    widget.issue_dialog.accept()
    assert "Already refunded by clerk1" in widget.message.text()
    assert widget.message.tone == Tone.BAD
    assert len(widget.model.rows()) == 2


def test_a_clerk_cannot_issue_what_needs_a_supervisor(
    qtbot, backend, actors, ui_settings, make_order
):
    from returns_app.services import shop_settings

    shop_settings.save_settings(backend.uow(), actors.admin, refund_approval_limit="10.00")
    _proposed(backend, actors.clerk, make_order(), 20)
    ctx = AppContext(backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk), clock=pinned_clock)
    widget = _widget(qtbot, ctx)
    assert widget.model.index(0, RefundQueueModel.COL_STATUS).data() == (
        "Needs a supervisor's approval"
    )
    _select(widget, 0)
    assert not widget.issue.isEnabled()
    assert "supervisor must approve" in widget.issue.toolTip()


def test_double_clicking_a_refund_asks_to_open_its_return(qtbot, app_context, queue):
    widget = _widget(qtbot, app_context)
    with qtbot.waitSignal(widget.open_return_requested) as opened:
        widget.table.activated.emit(widget.proxy.index(2, 0))
    assert opened.args == [queue[2][0].id]
