"""The return page decides: reject, close, reopen, notes, late and excepted units accepted by
override, proof of dispatch, a proposal cancelled, what is owed refunded. Every flow runs on
the app's real worker thread; a clerk gets a supervisor's approval in place; a decision on a
stale page is refused with who changed the return and when."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from desk_kit import pinned_clock
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from returns_app.persistence.models import AuditEntry
from returns_app.services import inspection, orders, queries, receiving, refunds
from returns_app.services import returns as returns_service
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.backoffice.reason_dialog import ReasonDialog
from ui.backoffice.return_page import ReturnPage
from ui.context import AppContext, UserSession
from ui.signin import SignInDialog
from ui.style import Tone
from ui.tasks import TaskRunner

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)
SHIRT = "6417084000019"

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _station(backend, ui_settings, actor):
    runner = TaskRunner()
    return runner, AppContext(backend, ui_settings, runner, UserSession(actor), pinned_clock)


@pytest.fixture
def station(qapp, backend, ui_settings, actors):
    """Factory: a station with the real worker thread and ``actor`` signed in."""
    runners = []

    def make(actor):
        runner, ctx = _station(backend, ui_settings, actor)
        runners.append(runner)
        return ctx

    yield make
    for runner in runners:
        runner.wait()


def _register(backend, actors, order, qty=1):
    cmd = RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, qty),), notice_at=NOTICE)
    return returns_service.register_return(backend.uow(), actors.clerk, cmd)


def _graded(backend, actors, order, qty=1, disposition="restock", unsealed=False):
    ret = _register(backend, actors, order, qty)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    for _ in range(qty):
        checked = receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT)
        inspection.inspect_unit(
            backend.uow(),
            actors.clerk,
            inspection.InspectUnit(checked.return_line_id, "A", disposition, unsealed=unsealed),
        )
    return ret


def _page(qtbot, ctx, return_id, today=TODAY):
    page = ReturnPage(ctx, today=lambda: today)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.show_return(return_id)
    qtbot.waitUntil(lambda: page.data is not None and page.data.ret.id == return_id, timeout=5000)
    return page


def _reloaded(qtbot, page, predicate):
    try:
        qtbot.waitUntil(lambda: page.data is not None and predicate(page.data.ret), timeout=5000)
    except qtbot.TimeoutError:
        ret = page.data.ret if page.data is not None else None
        shown = None if ret is None else (ret.goods_state, ret.money_state, ret.refund)
        pytest.fail(f"the page did not reload: it says {page.view.message.text()!r}; {shown}")


def _open_dialog(qtbot, page, key) -> ReasonDialog:
    button = page.actions.buttons[key]
    assert button.isVisible() and button.isEnabled(), key
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.actions._dialog, ReasonDialog), timeout=2000)
    return page.actions._dialog


def _decide(qtbot, page, key, text="") -> None:
    dialog = _open_dialog(qtbot, page, key)
    if text:
        QTest.keyClicks(dialog.editor, text)
    assert dialog.ok.isEnabled()
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def _confirm(qtbot, page, words: str) -> None:
    """The money question before a refund is paid: it names the amount and who; Yes."""
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: isinstance(page.actions._dialog, QMessageBox), timeout=2000)
    box = page.actions._dialog
    assert words in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()


def _said(qtbot, page, words: str) -> None:
    qtbot.waitUntil(lambda: words in page.view.message.text(), timeout=5000)


def _timeline_actions(backend, return_id) -> list[tuple[str, str]]:
    with backend.uow(readonly=True) as uow:
        return [
            (e.action, e.username)
            for e in uow.session.scalars(
                select(AuditEntry).where(AuditEntry.return_id == return_id).order_by(AuditEntry.id)
            )
        ]


def test_a_supervisor_rejects_a_return_with_a_reason_for_the_customer(
    qtbot, station, backend, actors, make_order
):
    ret = _register(backend, actors, make_order())
    page = _page(qtbot, station(actors.supervisor), ret.id)
    assert set(page.actions.visible_actions()) >= {"reject", "close", "note", "proof"}
    assert "reopen" not in page.actions.visible_actions()
    dialog = _open_dialog(qtbot, page, "reject")
    assert not dialog.ok.isEnabled()  # nothing written yet: nothing to tell the customer
    assert "Write it first" in dialog.hint.text()
    QTest.keyClicks(dialog.editor, "Bought in the shop, not online")
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    _said(qtbot, page, "rejected")
    _reloaded(qtbot, page, lambda r: r.goods_state == "rejected")
    assert page.view.goods.text() == "rejected"
    assert "Bought in the shop, not online" in page.view.decisions.text()
    assert page.actions.visible_actions() == ["reopen", "note"]  # a mistake can be undone
    assert _timeline_actions(backend, ret.id)[-1] == ("return_rejected", "supervisor1")


def test_close_then_reopen_with_a_reason_and_a_note_lands_in_the_timeline(
    qtbot, station, backend, actors, make_order
):
    ret = _graded(backend, actors, make_order())
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, now=pinned_clock())
    page = _page(qtbot, station(actors.supervisor), ret.id)
    _decide(qtbot, page, "close", "All done")
    _reloaded(qtbot, page, lambda r: r.goods_state == "closed")
    assert "reopen" in page.actions.visible_actions()
    assert "close" not in page.actions.visible_actions()
    _decide(qtbot, page, "reopen", "Customer sent a second parcel")
    _said(qtbot, page, "reopened")
    _reloaded(qtbot, page, lambda r: r.goods_state == "inspected")
    _decide(qtbot, page, "note", "Called the customer at 14:00")
    _said(qtbot, page, "Note added")
    assert [a for a, _ in _timeline_actions(backend, ret.id)][-3:] == [
        "return_closed",
        "return_reopened",
        "note_added",
    ]
    qtbot.waitUntil(
        lambda: page.view.timeline.model.rowCount() == len(_timeline_actions(backend, ret.id))
    )


def test_a_clerk_rejects_with_a_supervisors_password_typed_in_place(
    qtbot, station, backend, actors, make_order
):
    ret = _register(backend, actors, make_order())
    page = _page(qtbot, station(actors.clerk), ret.id)
    button = page.actions.buttons["reject"]
    assert button.isEnabled() and "(supervisor)" in button.text()
    assert "may not reject returns" in button.toolTip()
    assert page.actions.why.isVisible()
    assert "(supervisor)" not in page.actions.buttons["close"].text()  # a clerk may close
    _decide(qtbot, page, "reject", "Wrong shop")
    qtbot.waitUntil(lambda: isinstance(page.actions._dialog, SignInDialog), timeout=2000)
    approval = page.actions._dialog
    qtbot.waitUntil(lambda: approval.view.user.count() > 0 and approval.view.sign_in.isEnabled())
    assert "Wrong shop" in approval.view.reason.text()
    users = [approval.view.user.itemData(i) for i in range(approval.view.user.count())]
    approval.view.user.setCurrentIndex(users.index("supervisor1"))
    QTest.keyClicks(approval.view.password, "secret-password")
    QTest.keyClick(approval.view.password, Qt.Key.Key_Return)
    _reloaded(qtbot, page, lambda r: r.goods_state == "rejected")
    assert _timeline_actions(backend, ret.id)[-1] == ("return_rejected", "supervisor1")


def test_a_decision_on_a_stale_page_says_who_changed_the_return_and_shows_it_as_it_is(
    qtbot, station, backend, actors, make_order
):
    ret = _register(backend, actors, make_order())
    mine = _page(qtbot, station(actors.supervisor), ret.id)
    theirs = _page(qtbot, station(actors.admin), ret.id)
    _decide(qtbot, theirs, "reject", "Not ours")
    _reloaded(qtbot, theirs, lambda r: r.goods_state == "rejected")
    _decide(qtbot, mine, "close", "Customer kept it")
    _said(qtbot, mine, "admin1 (DESK-1) changed this return at")
    _reloaded(qtbot, mine, lambda r: r.goods_state == "rejected")
    assert mine.view.goods.text() == "rejected"
    decided = [a for a, _ in _timeline_actions(backend, ret.id) if a.startswith("return_")]
    assert decided == ["return_registered", "return_rejected"]


def _hygiene_order(make_order):
    return make_order(
        lines=(
            orders.LineInput(
                "SHIRT-M",
                "Paita M",
                2,
                Decimal("39.90"),
                Decimal("25.5"),
                gtin="06417084000019",
                exception_category="sealed_hygiene",
            ),
        )
    )


def test_an_excepted_unit_is_accepted_and_what_is_owed_is_refunded_from_the_page(
    qtbot, station, backend, actors, make_order
):
    ret = _graded(backend, actors, _hygiene_order(make_order), 2, "hold", unsealed=True)
    page = _page(qtbot, station(actors.supervisor), ret.id)
    assert "accept_unit" in page.actions.visible_actions()
    assert "refund_owed" not in page.actions.visible_actions()  # nothing owed yet
    dialog = _open_dialog(qtbot, page, "accept_unit")
    assert dialog.choice.count() == 2 and "unit 1" in dialog.choice.itemText(0)
    QTest.keyClicks(dialog.editor, "Seal broke in transit")
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    _reloaded(qtbot, page, lambda r: r.units_owed == 1)
    assert "1 excepted unit accepted by override" in page.view.decisions.text()
    QTest.mouseClick(page.actions.buttons["refund_owed"], Qt.MouseButton.LeftButton)
    _said(qtbot, page, "is proposed")
    _reloaded(qtbot, page, lambda r: r.refund is not None and r.refund.status == "proposed")
    issue = page.actions.buttons["issue"]
    assert "39" in issue.text()
    QTest.mouseClick(issue, Qt.MouseButton.LeftButton)
    _confirm(qtbot, page, "Refund €39.90 to Aino Laine")
    _said(qtbot, page, "credit note")
    _reloaded(qtbot, page, lambda r: r.money_state == "refunded")
    assert queries.get_return(backend.uow(), ret.id).refunded_total == Decimal("39.90")


def test_a_proposal_is_cancelled_with_a_reason_and_proof_of_dispatch_is_recorded(
    qtbot, station, backend, actors, make_order
):
    ret = _register(backend, actors, make_order(), 1)
    page = _page(qtbot, station(actors.supervisor), ret.id)
    _decide(qtbot, page, "proof", "JJ123456785FI")
    _said(qtbot, page, "Proof of dispatch recorded")
    _reloaded(qtbot, page, lambda r: r.proof_of_dispatch_at is not None)
    assert "JJ123456785FI" in page.view.tracking.text()
    refunds.propose_refund(backend.uow(), actors.clerk, ret.id)  # another station proposes
    page.show_return(ret.id)
    _reloaded(qtbot, page, lambda r: r.refund is not None and r.refund.status == "proposed")
    _decide(qtbot, page, "cancel_refund", "Customer wants a replacement")
    _said(qtbot, page, "cancelled")
    _reloaded(qtbot, page, lambda r: r.money_state == "none")
    assert _timeline_actions(backend, ret.id)[-1][0] == "refund_cancelled"


def test_a_late_return_is_accepted_with_a_written_override(
    qtbot, station, backend, actors, make_order
):
    ret = _register(backend, actors, make_order())
    late = date.fromordinal(ret.goods_due.toordinal() + 2)
    page = _page(qtbot, station(actors.supervisor), ret.id, today=late)
    assert "Late: the goods were due" in page.view.decisions.text()
    dialog = _open_dialog(qtbot, page, "accept_late")
    assert "the goods were due" in dialog.prompt.text()
    assert "have not come back" in dialog.prompt.text()
    QTest.keyClicks(dialog.editor, "Posti held it")
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    _reloaded(qtbot, page, lambda r: r.late_accepted == "Posti held it")
    assert "Late return accepted by supervisor1: Posti held it" in page.view.decisions.text()
    assert "Late:" not in page.view.decisions.text()
    assert "accept_late" not in page.actions.visible_actions()


def test_what_the_rules_said_at_registration_reads_in_the_readers_language(
    qtbot, station, backend, actors, make_order, app_language
):
    ret = _register(backend, actors, make_order())
    page = _page(qtbot, station(actors.supervisor), ret.id)
    text = page.view.decisions.text()
    if app_language == "fi":
        assert "peruuttamisajan sisällä" in text and "withdrawal period" not in text
    else:
        assert "within the withdrawal period" in text


def _approve_in_prompt(qtbot, page, user="supervisor1"):
    qtbot.waitUntil(lambda: isinstance(page.actions._dialog, SignInDialog), timeout=2000)
    approval = page.actions._dialog
    qtbot.waitUntil(lambda: approval.view.user.count() > 0 and approval.view.sign_in.isEnabled())
    users = [approval.view.user.itemData(i) for i in range(approval.view.user.count())]
    approval.view.user.setCurrentIndex(users.index(user))
    QTest.keyClicks(approval.view.password, "secret-password")
    QTest.keyClick(approval.view.password, Qt.Key.Key_Return)


def test_a_clerk_issues_a_refund_a_supervisor_approves_in_place_and_the_note_prints(
    qtbot, station, backend, actors, make_order
):
    from returns_app.services import shop_settings

    shop_settings.save_settings(backend.uow(), actors.admin, refund_approval_limit="10.00")
    ret = _graded(backend, actors, make_order())
    refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    printed = []
    page = _page(qtbot, station(actors.clerk), ret.id)
    page.set_print_document(printed.append)
    issue = page.actions.buttons["issue"]
    assert "(supervisor)" in issue.text() and "may not approve refunds" in issue.toolTip()
    QTest.mouseClick(issue, Qt.MouseButton.LeftButton)
    _confirm(qtbot, page, "Refund €39.90 to Aino Laine")
    _approve_in_prompt(qtbot, page)
    _said(qtbot, page, "credit note")
    _reloaded(qtbot, page, lambda r: r.money_state == "refunded")
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=5000)
    assert printed[0].kind == "credit_note"
    log = _timeline_actions(backend, ret.id)
    assert ("refund_approved", "supervisor1") in log and log[-1] == ("refund_issued", "clerk1")


@pytest.mark.parametrize(
    ("state", "shown", "hidden"),
    [
        ("announced", {"reject", "close"}, set()),
        ("received", {"reject"}, {"close"}),  # a parcel in: grade it before closing
        ("inspected", {"refund_owed"}, {"reject", "close"}),  # graded: refunded, not rejected
        ("refunded", {"close"}, {"reject"}),  # paid: now it may close
    ],
)
def test_reject_and_close_are_offered_only_where_the_goods_may_go(
    qtbot, app_context, backend, actors, make_order, state, shown, hidden
):
    order = make_order()
    if state in ("inspected", "refunded"):
        ret = _graded(backend, actors, order)
        if state == "refunded":
            proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
            refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, now=pinned_clock())
            state = "inspected"
    else:
        ret = _register(backend, actors, order)
        if state == "received":
            receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    page = ReturnPage(app_context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show_return(ret.id)
    assert page.data.ret.goods_state == state
    visible = set(page.actions.visible_actions())
    assert shown <= visible and not (hidden & visible)


def test_a_refused_decision_says_why_on_the_page_and_changes_nothing(
    qtbot, station, backend, actors, make_order
):
    ret = _register(backend, actors, make_order())
    page = _page(qtbot, station(actors.supervisor), ret.id)
    _decide(qtbot, page, "proof", "hello")
    _said(qtbot, page, "is not a tracking number")
    assert page.view.message.tone == Tone.BAD
    assert queries.get_return(backend.uow(), ret.id).proof_of_dispatch_at is None
    assert "proof" in page.actions.visible_actions()  # still there to do it right


def test_a_clerk_corrects_an_estimated_delivery_day_from_the_customers_proof(
    qtbot, station, backend, actors, make_order
):
    shipped = datetime(2026, 11, 6, 12, tzinfo=UTC)
    order = make_order(
        shipments=(
            orders.ShipmentInput("JJ123456785FI", "posti", date(2026, 11, 10), shipped, True),
        )
    )
    ret = _register(backend, actors, order)
    page = _page(qtbot, station(actors.clerk), ret.id)
    assert "(from an estimated delivery day)" in page.view.dates.text()
    dialog = _open_dialog(qtbot, page, "delivery")
    assert "JJ123456785FI · 10.11.2026, estimated" in dialog.choice.currentText()
    assert dialog.date.date().toPython() == date(2026, 11, 10)
    # any day from the order day to today, nothing outside it
    assert dialog.date.minimumDate().toPython() == date(2026, 11, 5)
    assert dialog.date.maximumDate().toPython() == page.actions._today()
    dialog.date.setDate(QDate(2026, 11, 12))
    QTest.keyClicks(dialog.editor, "Posti tracking: delivered 12.11.")
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    _said(qtbot, page, f"Delivery day of order {order.order_number} set to")
    _reloaded(qtbot, page, lambda r: not r.period_estimated)
    assert "estimated" not in page.view.dates.text()
    fixed = queries.get_order(backend.uow(), order.id)
    assert [(s.delivered_on, s.delivery_estimated) for s in fixed.shipments] == [
        (date(2026, 11, 12), False)
    ]
    # a known day can still be corrected, with proof
    assert "delivery" in page.actions.visible_actions()
    assert _timeline_actions(backend, ret.id)[-1] == ("delivery_corrected", "clerk1")
