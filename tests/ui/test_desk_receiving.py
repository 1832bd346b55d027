"""The desk end to end on a real SQLite file: scan a parcel, check in items, mismatches."""

from __future__ import annotations

from datetime import date

# ruff: noqa: F811 - the fixtures come from desk_kit and are named as parameters
import pytest
from desk_kit import (  # noqa: F401 - fixtures
    BAD_CHECK_DIGIT,
    BOOK,
    SHIRT,
    STRANGER,
    beeps,
    clerk_desk,
    desk,
    keys,
    make_desk,
    printers,
    register,
)

from returns_app.scanning import format_return_code_for_people
from returns_app.services import orders, queries, receiving, shop_settings
from ui.context import AppContext, UserSession
from ui.desk.desk_view import PAGE_EMPTY, PAGE_OFFER, PAGE_RETURN
from ui.scan_feedback import FeedbackState
from ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

# Delivered so that the desk's day (25.11.2026) is still inside the withdrawal period.
IN_WINDOW = date(2026, 11, 20)


def test_scanning_a_return_code_opens_the_return_with_its_deadlines_in_words(
    desk, backend, actors, make_order
):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 2))
    desk.handle_scan(ret.code)
    v = desk.view
    assert v.pages.currentIndex() == PAGE_RETURN
    assert v.code.text() == format_return_code_for_people(ret.code)
    assert "Aino Laine" in v.customer.text() and order.order_number in v.customer.text()
    assert v.deadlines.text() == "notice given 15.11., refund due by 29.11., 4 days left"
    assert v.lines_model.rowCount() == 1
    assert desk.feedback.state is FeedbackState.SUCCESS
    assert "2 units expected" in desk.feedback.detail_text()
    assert desk.scan_field.hasFocus()


def test_a_parcel_found_by_its_tracking_number_opens_its_return(desk, backend, actors, make_order):
    order = make_order()
    ret = register(backend, actors.clerk, order)
    desk.handle_scan(order.shipments[0].tracking_number)
    assert desk.current_return is not None and desk.current_return.id == ret.id


def test_scanning_an_item_checks_it_in_and_hands_it_to_the_inspection_panel(
    desk, backend, actors, make_order
):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 2))
    desk.handle_scan(ret.code)
    desk.handle_scan(SHIRT)
    assert desk.feedback.state is FeedbackState.SUCCESS
    assert desk.feedback.title_text() == "Paita M: 1 of 2 received."
    assert desk.inspection.line is not None and desk.inspection.line.name == "Paita M"
    assert desk.inspection.hasFocus()
    saved = queries.get_return(backend.uow(), ret.id)
    assert saved.lines[0].qty_received == 1


def test_scans_queue_and_are_handled_in_order(desk, backend, actors, make_order):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 2))
    for code in (ret.code, SHIRT, SHIRT):
        desk.handle_scan(code)
    assert queries.get_return(backend.uow(), ret.id).lines[0].qty_received == 2


def test_an_item_not_on_the_return_is_shown_at_once_and_recorded(
    desk, backend, actors, make_order, beeps
):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 1))
    desk.handle_scan(ret.code)
    desk.handle_scan(BOOK)
    assert desk.feedback.state is FeedbackState.WARNING
    assert "not on this return" in desk.feedback.title_text()
    assert beeps
    assert "not on the return" in desk.view.mismatches.text()
    saved = queries.get_return(backend.uow(), ret.id)
    assert [d.kind for d in saved.discrepancies] == ["not_on_return"]


def test_an_extra_unit_is_recorded_as_extra(desk, backend, actors, make_order):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 1))
    desk.handle_scan(ret.code)
    desk.handle_scan(SHIRT)
    desk.handle_scan(SHIRT)
    assert desk.feedback.state is FeedbackState.WARNING
    assert [d.kind for d in queries.get_return(backend.uow(), ret.id).discrepancies] == ["extra"]


def test_a_mistyped_check_digit_is_an_error_and_nothing_is_recorded(
    desk, backend, actors, make_order, beeps
):
    order = make_order()
    ret = register(backend, actors.clerk, order)
    desk.handle_scan(ret.code)
    desk.handle_scan(BAD_CHECK_DIGIT)
    assert desk.feedback.state is FeedbackState.ERROR
    assert beeps
    saved = queries.get_return(backend.uow(), ret.id)
    assert saved.lines[0].qty_received == 0 and saved.discrepancies == ()


def test_an_item_scanned_before_any_parcel_asks_for_the_parcel(desk):
    desk.handle_scan(SHIRT)
    assert desk.feedback.state is FeedbackState.ERROR
    assert desk.feedback.title_text() == "Scan the parcel first"
    assert "No return still expects this product" in desk.feedback.detail_text()


def test_an_item_before_its_parcel_opens_the_only_return_expecting_it_unreceived(
    desk, backend, actors, make_order
):
    ret = register(backend, actors.clerk, make_order(), (0, 1))
    desk.handle_scan(SHIRT)
    assert desk.feedback.state is FeedbackState.WARNING
    assert desk.current_return.id == ret.id
    assert desk.view.pages.currentIndex() == PAGE_RETURN
    assert "Check the parcel is theirs" in desk.feedback.detail_text()
    saved = queries.get_return(backend.uow(), ret.id)
    assert saved.goods_state == "announced" and saved.lines[0].qty_received == 0
    desk.handle_scan(SHIRT)  # the clerk checked the parcel: the item is checked in now
    assert queries.get_return(backend.uow(), ret.id).lines[0].qty_received == 1


def test_an_item_before_its_parcel_names_every_return_expecting_it(
    desk, backend, actors, make_order
):
    first = register(backend, actors.clerk, make_order(), (0, 1))
    second = register(backend, actors.clerk, make_order(), (0, 1))
    desk.handle_scan(SHIRT)
    assert desk.feedback.state is FeedbackState.ERROR
    assert desk.current_return is None
    detail = desk.feedback.detail_text()
    assert "2 returns still expect this product" in detail
    assert detail.index(format_return_code_for_people(second.code)) < detail.index(
        format_return_code_for_people(first.code)
    )


@pytest.mark.parametrize(
    ("sequence", "kind", "quantity"),
    [("F6", "missing", 2), ("F7", "empty_box", 2), ("F8", "wrong_item", 1)],
)
def test_mismatch_keys_record_after_a_confirmation_and_say_what_next(
    desk, backend, actors, make_order, sequence, kind, quantity
):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 2))
    desk.handle_scan(ret.code)
    keys(desk.scan_field, sequence)
    box = desk.mismatch_confirm
    assert box is not None and box.isVisible()
    assert queries.get_return(backend.uow(), ret.id).discrepancies == ()  # not yet
    box.button(box.StandardButton.No).click()
    assert queries.get_return(backend.uow(), ret.id).discrepancies == ()
    keys(desk.scan_field, sequence)
    desk.mismatch_confirm.button(box.StandardButton.Yes).click()
    assert "Recorded." in desk.feedback.detail_text() and len(desk.feedback.detail_text()) > 20
    saved = queries.get_return(backend.uow(), ret.id)
    assert [(d.kind, d.quantity) for d in saved.discrepancies] == [(kind, quantity)]
    assert desk.feedback.state is FeedbackState.WARNING
    assert desk.view.mismatches.isVisible()


def test_missing_items_names_the_lines_still_expected(desk, backend, actors, make_order):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 2), (1, 1))
    desk.handle_scan(ret.code)
    desk.handle_scan(SHIRT)
    keys(desk.scan_field, "F6")
    desk.mismatch_confirm.button(desk.mismatch_confirm.StandardButton.Yes).click()
    saved = queries.get_return(backend.uow(), ret.id)
    assert sorted((d.return_line_id, d.quantity) for d in saved.discrepancies) == sorted(
        [(saved.lines[0].id, 1), (saved.lines[1].id, 1)]
    )
    assert desk.feedback.title_text() == "Missing: 2 units"


def test_an_item_without_a_barcode_is_checked_in_by_its_line(desk, backend, actors, make_order):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 1))
    desk.handle_scan(ret.code)
    keys(desk.scan_field, "F5")
    assert queries.get_return(backend.uow(), ret.id).lines[0].qty_received == 1


def test_an_unknown_code_is_offered_not_queued_and_registering_matches_it(
    desk, backend, actors, make_order
):
    order = make_order(delivered=IN_WINDOW)
    desk.handle_scan("JJ473124829FI")
    assert desk.view.pages.currentIndex() == PAGE_OFFER
    assert desk.feedback.state is FeedbackState.WARNING
    assert "Nothing matches JJ473124829FI" in desk.feedback.title_text()
    assert receiving.list_unidentified(backend.uow()) == []  # nothing stored by a scan alone
    keys(desk.scan_field, "Ctrl+N")
    dialog = desk.register_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.accept_scan(order.order_number)  # the clerk finds the packing slip
    dialog.set_quantity(0, 1)
    dialog.register()
    assert receiving.list_unidentified(backend.uow()) == []
    assert desk.current_return is not None
    assert desk.current_return.goods_state == "received"
    assert "matched" in desk.feedback.title_text()


def test_an_order_without_a_return_offers_to_register_one_and_receives_the_parcel(
    desk, backend, actors, make_order
):
    order = make_order(delivered=IN_WINDOW)
    desk.handle_scan(order.order_number)
    assert desk.view.pages.currentIndex() == PAGE_OFFER
    assert order.order_number in desk.feedback.title_text()
    keys(desk.scan_field, "Ctrl+N")
    dialog = desk.register_dialog
    assert dialog.order is not None and dialog.order.id == order.id
    dialog.set_quantity(0, 2)
    dialog.register()
    ret = desk.current_return
    assert ret is not None and ret.goods_state == "received"
    assert [p.scanned_code for p in ret.parcels] == [order.order_number]


def test_an_order_parcel_can_be_put_in_the_unidentified_queue_with_one_key(
    desk, backend, actors, make_order
):
    order = make_order()
    desk.handle_scan(order.order_number)
    assert desk.view.offer_queue.isVisibleTo(desk.view)
    keys(desk.scan_field, "F9")
    box = desk.queue_confirm
    assert box is not None and box.isVisible() and order.order_number in box.text()
    assert receiving.list_unidentified(backend.uow()) == []  # not before the clerk confirms
    box.button(box.StandardButton.Yes).click()
    assert desk.view.pages.currentIndex() == PAGE_EMPTY
    assert "queued" in desk.feedback.title_text()
    queue = receiving.list_unidentified(backend.uow())
    assert [p.scanned_code for p in queue] == [order.order_number]


def test_an_unknown_label_is_queued_only_after_f9_and_a_confirmation(desk, backend):
    desk.handle_scan("UNKNOWN-LABEL-7")
    assert "Nothing matches UNKNOWN-LABEL-7" in desk.feedback.title_text()
    keys(desk.scan_field, "F9")
    desk.queue_confirm.button(desk.queue_confirm.StandardButton.No).click()
    assert receiving.list_unidentified(backend.uow()) == []
    keys(desk.scan_field, "F9")
    desk.queue_confirm.button(desk.queue_confirm.StandardButton.Yes).click()
    assert [p.scanned_code for p in receiving.list_unidentified(backend.uow())] == [
        "UNKNOWN-LABEL-7"
    ]


@pytest.mark.parametrize("misread", ["a", "ab12", "x#%&/()", "R0000009998", "6417084000017"])
def test_a_misread_is_a_red_scan_again_and_never_a_record(desk, backend, misread):
    desk.handle_scan(misread)
    assert desk.feedback.state is FeedbackState.ERROR
    text = desk.feedback.title_text() + " " + desk.feedback.detail_text()
    assert "correctly" in text or "Check digit" in text or "check digit" in text
    assert receiving.list_unidentified(backend.uow()) == []
    keys(desk.scan_field, "F9")  # nothing to queue
    assert receiving.list_unidentified(backend.uow()) == []


def test_a_well_formed_return_code_that_does_not_exist_is_said_by_its_number(desk, backend):
    desk.handle_scan("R0000009997")
    assert desk.feedback.state is FeedbackState.ERROR
    assert "Return R000 0009 997 not found" in desk.feedback.title_text()
    assert receiving.list_unidentified(backend.uow()) == []


def test_a_parcel_scanned_twice_opens_the_return_and_says_who_received_it(
    desk, backend, actors, make_order
):
    order = make_order()
    ret = register(backend, actors.clerk, order)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    desk.handle_scan(ret.code)
    assert desk.current_return is not None and desk.current_return.id == ret.id
    assert desk.feedback.state is FeedbackState.WARNING
    assert "already received by clerk1" in desk.feedback.detail_text()


def test_a_scan_while_the_register_dialog_is_open_searches_in_it(desk, backend, actors, make_order):
    order = make_order()
    keys(desk.scan_field, "Ctrl+N")
    desk.handle_scan(order.order_number)
    assert desk.register_dialog.order is not None
    assert desk.register_dialog.order.id == order.id
    assert desk.current_return is None


def test_a_scanner_burst_into_the_inspection_panel_is_a_scan_not_grades(
    desk, backend, actors, make_order, qtbot
):
    from desk_kit import press
    from PySide6.QtCore import Qt

    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 2))
    other = register(backend, actors.clerk, make_order(), (1, 1))
    desk.handle_scan(ret.code)
    desk.handle_scan(SHIRT)
    assert desk.inspection.hasFocus()
    # The scanner types "R…" (R is restock, B a grade) at scanner speed, then Enter.
    for char in other.code:
        press(desk.inspection, Qt.Key(ord(char.upper())), char)
    press(desk.inspection, Qt.Key.Key_Return, "\r")
    qtbot.waitUntil(lambda: desk.current_return.id == other.id)
    assert queries.get_return(backend.uow(), ret.id).inspections == ()


def test_a_shops_eight_digit_order_number_is_an_order_not_a_misread_ean(
    make_desk, app_context, backend, actors, make_order
):
    shop_settings.save_settings(backend.uow(), actors.admin, order_number_max_digits=8)
    order = make_order(order_number="12345678", delivered=IN_WINDOW)  # a failing EAN-8
    desk = make_desk(app_context)
    desk.handle_scan("12345678")
    assert desk.view.pages.currentIndex() == PAGE_OFFER
    assert order.order_number in desk.feedback.title_text()


def test_a_dhl_waybill_opens_the_return_of_the_order_it_delivered_on_the_real_runner(
    qtbot, make_desk, backend, actors, make_order, ui_settings, ui_clock
):
    shipment = orders.ShipmentInput("3318810025", "dhl", IN_WINDOW)
    ret = register(backend, actors.clerk, make_order(shipments=(shipment,)))
    runner = TaskRunner()
    desk = make_desk(AppContext(backend, ui_settings, runner, UserSession(actors.clerk), ui_clock))
    desk.handle_scan("3318810025")
    qtbot.waitUntil(lambda: desk.current_return is not None)
    assert desk.current_return.id == ret.id
    runner.wait()
