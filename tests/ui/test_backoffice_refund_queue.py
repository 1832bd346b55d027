"""The refund queue: by legal deadline, marked when late, approve, issue, batch issue, print."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from desk_kit import pinned_clock
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from returns_app.persistence.models import AuditEntry
from returns_app.services import backoffice as bo
from returns_app.services import receiving, refunds, shop_settings
from returns_app.services import returns as returns_service
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.backoffice.refund_queue import RefundQueueWidget
from ui.backoffice.refund_queue_model import RefundQueueModel
from ui.context import AppContext, UserSession
from ui.style import TONES, Tone
from ui.tasks import ImmediateRunner, TaskRunner

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
    assert m.index(1, m.COL_ISSUE).data() == "No goods back yet and no proof of dispatch"
    assert m.index(0, m.COL_ISSUE).data() == "Ready to issue"
    assert m.index(0, m.COL_ISSUE).data(Qt.ItemDataRole.BackgroundRole).color().name() == (
        TONES[Tone.GOOD].background
    )
    assert widget.count.text() == "3 waiting · 1 overdue · 1 due within 2 days"


def test_the_queue_model_passes_the_model_tester(qtmodeltester, qtbot, app_context, queue):
    widget = _widget(qtbot, app_context)
    qtmodeltester.check(widget.model)
    assert isinstance(widget.model, RefundQueueModel)


def test_a_clerk_issues_one_refund_and_its_credit_note_is_printed(
    qtbot, backend, actors, ui_settings, queue
):
    printed = []
    ctx = AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk), clock=pinned_clock
    )
    widget = _widget(qtbot, ctx, print_document=printed.append)
    _select(widget, 1)
    assert not widget.issue.isEnabled()  # held: the goods are not back, and it says so
    assert widget.issue.toolTip() == (
        "Cannot be issued now: No goods back yet and no proof of dispatch."
    )
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
    assert len(widget.issue_dialog.rows) == 2  # the held one is not tried
    assert "cannot be issued now, so skipped: 1." in widget.issue_dialog.summary.text()
    widget.issue_dialog.accept()
    assert "Issued: 2, €79.80 in all." in widget.message.text()
    issued, skipped = widget.summary_dialog.lines()
    assert [line.split(" · ")[0] for line in issued] == [queue[0][0].code, queue[2][0].code]
    assert skipped == [
        f"{queue[1][0].code} · Aino Laine: No goods back yet and no proof of dispatch"
    ]
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


def test_what_needs_a_supervisor_says_so_and_a_clerk_is_offered_the_approval_in_place(
    qtbot, backend, actors, ui_settings, make_order
):
    from returns_app.services import shop_settings

    shop_settings.save_settings(backend.uow(), actors.admin, refund_approval_limit="10.00")
    _proposed(backend, actors.clerk, make_order(), 20)
    ctx = AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk), clock=pinned_clock
    )
    widget = _widget(qtbot, ctx)
    assert widget.model.index(0, RefundQueueModel.COL_ISSUE).data() == (
        "Needs a supervisor's approval"
    )
    assert widget.model.index(0, RefundQueueModel.COL_STATUS).data() == "Proposed"
    _select(widget, 0)
    for button in (widget.issue, widget.approve):
        assert button.isEnabled() and button.isVisibleTo(widget)
        assert button.toolTip().startswith("Needs a supervisor's approval")
    assert widget.approve.text() == "Approve (supervisor)…"
    assert widget.batch.text() == "Issue selected (supervisor)…"
    widget.issue.click()
    widget.issue_dialog.accept()
    prompt = widget.approval_dialog
    assert prompt.isVisible() and "needs a supervisor's approval" in prompt.view.reason.text()
    prompt.reject()  # nobody came: nothing issued
    assert [r.status for r in widget.model.rows()] == ["proposed"]


def test_double_clicking_a_refund_asks_to_open_its_return(qtbot, app_context, queue):
    widget = _widget(qtbot, app_context)
    with qtbot.waitSignal(widget.open_return_requested) as opened:
        widget.table.activated.emit(widget.proxy.index(2, 0))
    assert opened.args == [queue[2][0].id]


# --- Why a row waits, in words ------------------------------------------------------------


def _row(reasons=(), units_expected=0, status="proposed"):
    return bo.RefundQueueRow(
        refund_id=1,
        return_id=1,
        return_code="R1000005",
        kind="withdrawal",
        customer_name="Aino Laine",
        status=status,
        method="original",
        total=Decimal("39.90"),
        needs_supervisor=bo.NEEDS_APPROVAL in reasons,
        created_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
        refund_due=date(2026, 11, 29),
        urgency="",
        reasons=tuple(reasons),
        units_expected=units_expected,
    )


@pytest.mark.parametrize(
    ("reasons", "expected", "text", "tone"),
    [
        ((), 0, "Ready to issue", Tone.GOOD),
        ((bo.UNITS_EXPECTED,), 1, "Ready to issue\nUnits still expected: 1", Tone.GOOD),
        ((bo.NEEDS_APPROVAL,), 0, "Needs a supervisor's approval", Tone.INFO),
        (
            (bo.NEEDS_APPROVAL, bo.DEDUCTION_PENDING, bo.UNITS_EXPECTED),
            2,
            "Needs a supervisor's approval\nDeduction pending a supervisor's decision\n"
            "Units still expected: 2",
            Tone.WARN,
        ),
        ((bo.GOODS_NOT_BACK,), 2, "No goods back yet and no proof of dispatch", Tone.WARN),
    ],
)
def test_each_row_says_in_words_why_it_waits_or_that_it_is_ready(
    qapp, reasons, expected, text, tone
):
    model = RefundQueueModel()
    model.set_rows([_row(reasons, expected)])
    cell = model.index(0, model.COL_ISSUE)
    assert cell.data() == text
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == TONES[tone].background
    assert cell.data(Qt.ItemDataRole.ToolTipRole)  # the longer reason, never empty
    assert model.headerData(model.COL_ISSUE, Qt.Orientation.Horizontal) == "Can it be issued?"


# --- A clerk and the supervisor's approval in place ----------------------------------------


def _approve_in_prompt(prompt, user="supervisor1", password="secret-password"):
    prompt.view.user.setCurrentIndex(prompt.view.user.findData(user))
    prompt.view.password.setText(password)
    prompt.view.sign_in.click()


def _audit(backend, action):
    with backend.uow(readonly=True) as uow:
        return list(
            uow.session.execute(
                select(AuditEntry.username, AuditEntry.entity_id).where(AuditEntry.action == action)
            ).all()
        )


def test_a_clerk_approves_with_a_supervisors_password_and_the_approval_is_the_supervisors(
    qtbot, backend, actors, ui_settings, make_order
):
    shop_settings.save_settings(backend.uow(), actors.admin, refund_approval_limit="10.00")
    _, refund = _proposed(backend, actors.clerk, make_order(), 20)
    ctx = AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk), clock=pinned_clock
    )
    widget = _widget(qtbot, ctx)
    _select(widget, 0)
    widget.approve.click()
    assert (
        widget.approval_dialog.view.reason.text()
        == "Approve the selected refunds (1), €39.90 in all."
    )
    _approve_in_prompt(widget.approval_dialog)
    assert "1 refund(s) approved" in widget.message.text()
    assert [r.status for r in widget.model.rows()] == ["approved"]
    assert widget.model.index(0, RefundQueueModel.COL_ISSUE).data() == "Ready to issue"
    assert _audit(backend, "refund_approved") == [("supervisor1", refund.id)]
    assert ctx.session.actor.username == "clerk1"  # the clerk stays signed in


def test_a_clerk_issues_a_refund_that_needs_approval_once_a_supervisor_signs_it(
    qtbot, backend, actors, ui_settings, make_order
):
    shop_settings.save_settings(backend.uow(), actors.admin, refund_approval_limit="10.00")
    _, refund = _proposed(backend, actors.clerk, make_order(), 20)
    ctx = AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk), clock=pinned_clock
    )
    widget = _widget(qtbot, ctx)
    _select(widget, 0)
    widget.issue.click()
    widget.issue_dialog.accept()
    _approve_in_prompt(widget.approval_dialog, password="wrong")
    assert widget.approval_dialog.isVisible() and widget.model.rows()[0].status == "proposed"
    _approve_in_prompt(widget.approval_dialog)
    assert "credit note HL2026-000001" in widget.message.text()
    assert widget.model.rows() == []
    assert _audit(backend, "refund_approved") == [("supervisor1", refund.id)]
    assert _audit(backend, "refund_issued") == [("clerk1", refund.id)]


# --- Batch issue on the real threaded runner ---------------------------------------------


@pytest.fixture
def threaded_runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait()


def _threaded_widget(qtbot, backend, ui_settings, actor, runner, rows):
    ctx = AppContext(backend, ui_settings, runner, UserSession(actor), clock=pinned_clock)
    widget = _widget(qtbot, ctx)
    qtbot.waitUntil(lambda: len(widget.model.rows()) == rows)
    return widget


def test_a_batch_issues_what_it_can_shows_progress_and_lists_what_it_skipped_and_why(
    qtbot, backend, actors, ui_settings, make_order, threaded_runner
):
    shop_settings.save_settings(backend.uow(), actors.admin, refund_approval_limit="50.00")
    ready, ready_refund = _proposed(backend, actors.clerk, make_order(), 13)
    deducted, _ = _proposed(backend, actors.clerk, make_order(), 14)
    refunds.add_deduction(
        backend.uow(), actors.clerk, deducted.lines[0].id, Decimal("10.00"), "Worn outdoors"
    )
    big = returns_service.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "withdrawal",
            (LineRequest(make_order().lines[0].id, 2, "does_not_fit"),),
            notice_at=datetime(2026, 11, 15, 10, tzinfo=UTC),
        ),
    )
    receiving.receive_parcel(backend.uow(), actors.clerk, big.code)
    receiving.check_in_item(
        backend.uow(), actors.clerk, big.id, return_line_id=big.lines[0].id, quantity=2
    )
    big_refund = refunds.propose_refund(backend.uow(), actors.clerk, big.id)
    elsewhere, elsewhere_refund = _proposed(backend, actors.clerk, make_order(), 20)
    widget = _threaded_widget(qtbot, backend, ui_settings, actors.supervisor, threaded_runner, 4)
    m = widget.model
    texts = {r.return_code: m.index(i, m.COL_ISSUE).data() for i, r in enumerate(m.rows())}
    assert texts[big.code] == "Needs a supervisor's approval"
    assert texts[deducted.code] == "Deduction pending a supervisor's decision"
    assert texts[ready.code] == texts[elsewhere.code] == "Ready to issue"
    _select(widget, 0, 1, 2, 3)
    widget.batch.click()
    dialog = widget.issue_dialog
    assert [r.return_code for r in dialog.rows] == [ready.code, big.code, elsewhere.code]
    assert "approves the ones that need a supervisor's approval (1)" in dialog.summary.text()
    refunds.issue_refund(  # another station, on the day the screens see (the note's year)
        backend.uow(), actors.clerk, elsewhere_refund.id, now=datetime(2026, 11, 25, 9, tzinfo=UTC)
    )
    shown = []
    widget.progress.valueChanged.connect(lambda v: shown.append(widget.progress.format()))
    dialog.accept()
    assert widget.progress.isVisibleTo(widget) and not widget.batch.isEnabled()  # busy
    qtbot.waitUntil(lambda: widget.summary_dialog is not None, timeout=10_000)
    assert shown == ["0 of 3 done", "1 of 3 done", "2 of 3 done", "3 of 3 done"]
    summary = widget.summary_dialog
    assert summary.isVisible() and not widget.progress.isVisibleTo(widget)
    assert summary.result.text() == "Issued: 2, €119.70 in all. Skipped: 2, see why below."
    issued, skipped = summary.lines()
    assert issued == [
        f"{ready.code} · Aino Laine · €39.90 · credit note HL2026-000002",
        f"{big.code} · Aino Laine · €79.80 · credit note HL2026-000003",
    ]
    assert skipped[0] == (
        f"{deducted.code} · Aino Laine: Deduction pending a supervisor's decision"
    )
    assert skipped[1].startswith(f"{elsewhere.code} · Aino Laine: Already refunded by clerk1")
    assert widget.message.text() == summary.result.text()
    qtbot.waitUntil(lambda: [r.return_code for r in widget.model.rows()] == [deducted.code])
    assert sorted(_audit(backend, "refund_issued")) == sorted(
        [
            ("clerk1", elsewhere_refund.id),
            ("supervisor1", ready_refund.id),
            ("supervisor1", big_refund.id),
        ]
    )


def test_a_clerk_batch_issues_once_a_supervisor_types_their_password_on_the_real_runner(
    qtbot, backend, actors, ui_settings, make_order, threaded_runner
):
    one, one_refund = _proposed(backend, actors.clerk, make_order(), 13)
    two, two_refund = _proposed(backend, actors.clerk, make_order(), 20)
    widget = _threaded_widget(qtbot, backend, ui_settings, actors.clerk, threaded_runner, 2)
    _select(widget, 0, 1)
    assert widget.batch.isEnabled() and widget.batch.text() == "Issue selected (supervisor)…"
    assert widget.batch.toolTip().startswith("Needs a supervisor's approval")
    widget.batch.click()
    widget.issue_dialog.accept()
    prompt = widget.approval_dialog
    qtbot.waitUntil(lambda: prompt.view.sign_in.isEnabled() and prompt.view.user.count() > 0)
    assert prompt.view.reason.text() == "Issue the selected refunds (2), €79.80 in all, as a batch."
    prompt.view.user.setCurrentIndex(prompt.view.user.findData("supervisor1"))
    prompt.view.password.setFocus()
    QTest.keyClicks(prompt.view.password, "secret-password")
    QTest.keyClick(prompt.view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.summary_dialog is not None, timeout=10_000)
    issued, skipped = widget.summary_dialog.lines()
    assert [line.split(" · ")[0] for line in issued] == [one.code, two.code] and skipped == []
    assert widget.message.text() == "Issued: 2, €79.80 in all."
    qtbot.waitUntil(lambda: widget.model.rows() == [])
    assert sorted(_audit(backend, "refund_issued")) == [
        ("supervisor1", one_refund.id),
        ("supervisor1", two_refund.id),
    ]
    assert widget._ctx.session.actor.username == "clerk1"


def test_a_batch_that_fails_as_a_whole_lists_every_refund_not_tried_with_the_reason(
    qtbot, app_context, backend, actors, queue
):
    from ui.backoffice.refund_batch import BatchRun

    rows = [r for r in bo.refund_queue(backend.uow(readonly=True)) if r.issuable]
    run = BatchRun(app_context, actors.clerk, rows, method=None, now=pinned_clock())
    with qtbot.waitSignal(run.finished) as done:
        run.start()
    outcome = done.args[0]
    assert outcome.issued == [] and outcome.error is not None
    assert [s.return_code for s in outcome.skipped] == [r.return_code for r in rows]
    assert all(s.reason and "approve" in s.reason.lower() for s in outcome.skipped)
    assert len(bo.refund_queue(backend.uow(readonly=True))) == 3  # nothing issued
