"""The refund panel: the proposal, a supervisor's approval where the rules ask, issuing once,
the refund slip; and the desk when the database does not answer."""

from __future__ import annotations

# ruff: noqa: F811 - the fixtures come from desk_kit and are named as parameters
from decimal import Decimal

import pytest
from desk_kit import (  # noqa: F401 - fixtures
    NOW,
    SHIRT,
    beeps,
    clerk_desk,
    desk,
    keys,
    make_desk,
    pinned_clock,
    printers,
    register,
)
from PySide6.QtWidgets import QLabel
from sqlalchemy import create_engine

from returns_app.services import queries, receiving, refunds
from returns_app.services.runtime import Backend
from ui.context import AppContext, UserSession
from ui.desk.desk_view import PAGE_REFUND, PAGE_RETURN
from ui.scan_feedback import FeedbackState
from ui.tasks import ImmediateRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def received_return(backend, actors, make_order, units=1):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, units))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT, quantity=units)
    return ret


def issued_refunds(backend, return_id):
    ret = queries.get_return(backend.uow(), return_id)
    return ret.refund if ret.refund and ret.refund.status == "issued" else None


def test_ctrl_r_shows_the_proposal_and_ctrl_enter_issues_it_once_with_its_slip(
    desk, backend, actors, make_order, printers
):
    printers.names.append("Office")
    desk._ctx.settings.set("printers/a4", "Office")
    ret = received_return(backend, actors, make_order)
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "Ctrl+R")
    panel = desk.refund_panel
    assert desk.view.pages.currentIndex() == PAGE_REFUND
    assert panel.total.text() == "Total €39.90"
    assert panel.due.text() == "Refund due by 29.11., 4 days left"
    assert panel.issue_button.hasFocus()
    keys(panel.issue_button, "Ctrl+Return")
    issued = issued_refunds(backend, ret.id)
    assert issued is not None and issued.total == Decimal("39.90")
    assert desk.feedback.title_text() == "Refunded €39.90"
    assert [name for name, _, _ in printers.printed] == ["Office"]
    assert printers.printed[0][1] == f"{issued.credit_note_number}-a4.pdf"
    assert not panel.issue_button.isEnabled()
    keys(panel.issue_button, "Ctrl+Return")  # a second press does nothing
    assert issued_refunds(backend, ret.id).credit_note_number == issued.credit_note_number
    assert desk.view.money_state.text() == "refunded"


def test_esc_goes_back_from_the_refund_panel_to_the_items(desk, backend, actors, make_order):
    ret = received_return(backend, actors, make_order)
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "Ctrl+R")
    keys(desk.refund_panel.issue_button, "Esc")
    assert desk.view.pages.currentIndex() == PAGE_RETURN
    assert desk.scan_field.hasFocus()


def test_a_clerk_needs_a_supervisors_password_to_issue_a_refund_with_a_deduction(
    clerk_desk, backend, actors, make_order, qtbot
):
    ret = received_return(backend, actors, make_order)
    refunds.add_deduction(
        backend.uow(), actors.supervisor, ret.lines[0].id, Decimal("10.00"), "Worn outdoors"
    )
    desk = clerk_desk
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "Ctrl+R")
    panel = desk.refund_panel
    assert panel.total.text() == "Total €29.90"
    assert panel.approval.isVisible()
    keys(panel.issue_button, "Ctrl+Return")
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    users = [dialog.view.user.itemData(i) for i in range(dialog.view.user.count())]
    assert users == ["admin1", "supervisor1"]  # only those who may approve
    dialog.view.user.setCurrentIndex(users.index("supervisor1"))
    dialog.view.password.setText("wrong-password")
    dialog.view.sign_in.click()
    assert "Wrong user name or password" in dialog.view.message.text()
    assert issued_refunds(backend, ret.id) is None
    dialog.view.password.setText("secret-password")
    dialog.view.sign_in.click()
    issued = issued_refunds(backend, ret.id)
    assert issued is not None and issued.total == Decimal("29.90")
    assert desk._ctx.session.actor.username == "clerk1"  # the clerk stays signed in


def test_a_refund_slip_without_an_a4_printer_can_be_saved_as_a_pdf(
    desk, backend, actors, make_order, tmp_path, monkeypatch
):
    ret = received_return(backend, actors, make_order)
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "Ctrl+R")
    keys(desk.refund_panel.issue_button, "Ctrl+Return")
    assert "No A4 printer is set" in desk.view.notice_text.text()
    target = tmp_path / "slip.pdf"
    monkeypatch.setattr("ui.printing.choose_pdf_path", lambda parent, name: str(target))
    desk.view.notice_save.click()
    assert target.read_bytes().startswith(b"%PDF")


def test_a_refund_is_held_until_the_goods_are_back_and_the_panel_says_why(
    desk, backend, actors, make_order
):
    order = make_order()
    ret = register(backend, actors.clerk, order, (1, 1))
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    desk.show_return(queries.get_return(backend.uow(), ret.id))
    keys(desk.scan_field, "Ctrl+R")
    assert desk.refund_panel.refund.id == proposal.id
    keys(desk.refund_panel.issue_button, "Ctrl+Return")
    assert "proof of dispatch" in desk.refund_panel.notice.text()
    assert desk.feedback.state is FeedbackState.ERROR
    assert issued_refunds(backend, ret.id) is None


def test_an_unreachable_database_is_said_plainly_and_nothing_is_half_written(
    make_desk, qapp, actors, ui_settings, tmp_path, beeps
):
    gone = f"sqlite:///{tmp_path}/no/such/dir/returns.sqlite3"
    backend = Backend(create_engine(gone), gone)
    ctx = AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk), clock=pinned_clock
    )
    desk = make_desk(ctx)
    problems = []
    desk.database_problem.connect(problems.append)
    desk.handle_scan("R0000012348")
    assert desk.feedback.state is FeedbackState.ERROR
    assert desk.feedback.title_text() == "Database unreachable: nothing was saved"
    assert "Cannot reach the database" in desk.feedback.detail_text()
    assert problems and beeps
    assert desk.current_return is None
    assert desk.scan_field.hasFocus()
    desk.handle_scan("R0000012348")  # scanning again fails the same clear way
    assert desk.feedback.title_text() == "Database unreachable: nothing was saved"
    backend.close()


def test_the_deadlines_turn_red_when_the_refund_is_overdue(
    make_desk, app_context, backend, actors, make_order
):
    from datetime import timedelta

    from ui.desk.desk import DeskWidget

    ret = received_return(backend, actors, make_order)
    late = DeskWidget(app_context, now=lambda: NOW + timedelta(days=6))
    late.show_return(queries.get_return(backend.uow(), ret.id))
    assert late.view.deadlines.text() == "notice given 15.11., refund due by 29.11., 2 days overdue"
    assert "#c0262d" in late.view.deadlines.styleSheet()
    late.deleteLater()


def test_a_clerks_pending_deduction_is_shown_and_blocks_issuing_until_a_supervisor_decides(
    clerk_desk, backend, actors, make_order
):
    ret = received_return(backend, actors, make_order)
    refunds.add_deduction(
        backend.uow(), actors.clerk, ret.lines[0].id, Decimal("10.00"), "Worn outdoors"
    )
    desk = clerk_desk
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "Ctrl+R")
    panel = desk.refund_panel
    assert panel.pending.isVisible()
    assert "Deduction €10.00 on Paita M waits for a supervisor" in panel.pending.text()
    assert panel.total.text() == "Total €39.90"
    keys(panel.issue_button, "Ctrl+Return")
    assert issued_refunds(backend, ret.id) is None  # never the full amount past the deduction
    assert "A deduction waits for a supervisor" in panel.notice.text()
    panel.approve_deduction_button.click()
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    users = [dialog.view.user.itemData(i) for i in range(dialog.view.user.count())]
    dialog.view.user.setCurrentIndex(users.index("supervisor1"))
    dialog.view.password.setText("secret-password")
    dialog.view.sign_in.click()
    assert not panel.pending.isVisible()
    assert panel.total.text() == "Total €29.90"
    assert desk._ctx.session.actor.username == "clerk1"


def test_a_supervisor_drops_a_pending_deduction_and_the_full_amount_is_issued(
    desk, backend, actors, make_order
):
    ret = received_return(backend, actors, make_order)
    refunds.add_deduction(
        backend.uow(), actors.clerk, ret.lines[0].id, Decimal("10.00"), "Worn outdoors"
    )
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "Ctrl+R")
    panel = desk.refund_panel
    panel.drop_deduction_button.click()
    assert not panel.pending.isVisible() and panel.total.text() == "Total €39.90"
    keys(panel.issue_button, "Ctrl+Return")
    assert issued_refunds(backend, ret.id).total == Decimal("39.90")


def test_the_panel_says_what_is_still_expected_and_a_later_unit_brings_a_follow_up(
    desk, backend, actors, make_order
):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 2))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT)
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "Ctrl+R")
    panel = desk.refund_panel
    assert "1 unit still expected" in panel.outstanding.text()
    assert "not graded yet" in panel.notes.text()
    keys(panel.issue_button, "Ctrl+Return")
    after = queries.get_return(backend.uow(), ret.id)
    assert after.money_state == "part_refunded" and after.refunded_total == Decimal("39.90")
    assert "Refunded so far: €39.90 (1 credit note)" in panel.outstanding.text()
    assert panel.state.text() == "partly refunded, more owed"  # never "refunded" yet
    assert "unit(s)" not in panel.notes.text()  # said once, above, in the right plural
    # the second shirt arrives: money is owed again, and the follow-up pays it
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT)
    desk.handle_scan(ret.code)
    assert desk.view.pages.currentIndex() == PAGE_RETURN  # a new scan closed the panel
    keys(desk.scan_field, "Ctrl+R")
    assert desk.refund_panel.total.text() == "Total €39.90"
    keys(desk.refund_panel.issue_button, "Ctrl+Return")
    final = queries.get_return(backend.uow(), ret.id)
    assert final.money_state == "refunded" and final.refunded_total == Decimal("79.80")


def test_the_first_ctrl_r_on_the_real_runner_leaves_ctrl_enter_and_f_keys_working(
    qtbot, make_desk, backend, actors, make_order, ui_settings
):
    from PySide6.QtWidgets import QApplication

    from ui.tasks import TaskRunner

    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.supervisor), pinned_clock)
    desk = make_desk(ctx)
    ret = received_return(backend, actors, make_order)
    desk.handle_scan(ret.code)
    qtbot.waitUntil(lambda: desk.current_return is not None and not desk._busy)
    keys(desk.scan_field, "Ctrl+R")
    panel = desk.refund_panel
    # Ctrl+Enter pressed at once, while the proposal is still being computed, is not lost
    # to the scan field: the focus is in the panel.
    assert QApplication.focusWidget() is not desk.scan_field
    qtbot.waitUntil(lambda: panel.refund is not None and panel.issue_button.isEnabled())
    keys(QApplication.focusWidget(), "Ctrl+Return")
    qtbot.waitUntil(lambda: issued_refunds(backend, ret.id) is not None, timeout=5000)
    qtbot.waitUntil(lambda: not desk._busy)
    runner.wait()
    # after issuing, the desk's keys work again: F3 closes the panel, back to the scan field
    assert QApplication.focusWidget() is desk.scan_field
    keys(QApplication.focusWidget(), "F3")
    assert desk.view.pages.currentIndex() == PAGE_RETURN
    keys(QApplication.focusWidget(), "F10")  # close the return: refused, ungraded unit
    qtbot.waitUntil(lambda: not desk._busy)
    assert "not inspected yet" in desk.feedback.title_text()
    runner.wait()
    qtbot.wait(50)  # callbacks the workers queued reach the GUI thread before teardown


def test_a_not_printed_line_of_one_return_is_gone_when_the_next_return_opens(
    desk, backend, actors, make_order
):
    ret = received_return(backend, actors, make_order)
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "Ctrl+R")
    keys(desk.refund_panel.issue_button, "Ctrl+Return")  # no A4 printer: not printed
    assert "Not printed" in desk.view.last_document.text()
    other = received_return(backend, actors, make_order)
    desk.handle_scan(other.code)
    assert desk.view.last_document.text() == ""
    assert not desk.view.notice.isVisible()


def _shop_refunded_return(backend, actors, make_order):
    order = make_order(refunded_in_shop=Decimal("10.00"), shop_payment_status="partially_refunded")
    ret = register(backend, actors.clerk, order, (0, 1))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT)
    return order, ret


def test_the_refund_panel_says_what_the_web_shop_already_refunded(
    desk, backend, actors, make_order
):
    order, ret = _shop_refunded_return(backend, actors, make_order)
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "Ctrl+R")
    panel = desk.refund_panel
    assert panel.outstanding.isVisible()
    assert (
        f"Order {order.order_number}: the web shop already refunded €10.00"
        in panel.outstanding.text()
    )
    # the shop's 10.00 is taken off the desk's refund: never paid back twice
    assert panel.total.text() == "Total €29.90"


def test_the_shop_refund_shows_on_the_real_runner_too(
    qtbot, make_desk, backend, actors, make_order, ui_settings
):
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.supervisor), pinned_clock)
    desk = make_desk(ctx)
    order, ret = _shop_refunded_return(backend, actors, make_order)
    desk.handle_scan(ret.code)
    qtbot.waitUntil(lambda: desk.current_return is not None and not desk._busy)
    keys(desk.scan_field, "Ctrl+R")
    panel = desk.refund_panel
    qtbot.waitUntil(lambda: panel.refund is not None)
    assert "already refunded €10.00" in panel.outstanding.text()
    runner.wait()
    qtbot.wait(50)  # callbacks the workers queued reach the GUI thread before teardown


def test_a_krona_order_is_refunded_in_kronor_on_the_panel(desk, backend, actors, make_order):
    order = make_order(currency="SEK")
    ret = register(backend, actors.clerk, order, (0, 1))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT)
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "Ctrl+R")
    assert desk.refund_panel.total.text() == "Total SEK\u00a039.90"
    assert "€" not in desk.refund_panel.vat.text()


def test_a_krona_orders_deduction_is_asked_in_kronor_and_its_shop_refund_too(
    qtbot, desk, backend, actors, make_order
):
    from ui.desk.deduction_dialog import DeductionDialog

    order = make_order(
        currency="SEK", refunded_in_shop=Decimal("10.00"), shop_payment_status="partially_refunded"
    )
    ret = register(backend, actors.clerk, order, (0, 1))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT)
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "Ctrl+R")
    assert "already refunded SEK\u00a010.00" in desk.refund_panel.outstanding.text()
    dialog = DeductionDialog(desk.current_return)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "Amount (SEK)" in labels and not any("€" in t for t in labels)
