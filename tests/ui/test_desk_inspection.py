"""Grading units with single keys, the item tag, the refund as units are graded, undo."""

from __future__ import annotations

# ruff: noqa: F811 - the fixtures come from desk_kit and are named as parameters
import pytest
from desk_kit import (  # noqa: F401 - fixtures
    SHIRT,
    beeps,
    clerk_desk,
    desk,
    keys,
    make_desk,
    press,
    printers,
    register,
)
from PySide6.QtCore import Qt

from returns_app.services import queries, stock
from ui.scan_feedback import FeedbackState

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _panel_state(desk):
    ret = desk.current_return
    return (desk.inspection.grade, desk.inspection.unsealed.isChecked(), len(ret.inspections))


def type_keys(qtbot, desk, *chars: str) -> None:
    """A person presses keys on the inspection panel (the scan router lets them through)."""
    for char in chars:
        key = {"\r": Qt.Key.Key_Return, "\b": Qt.Key.Key_Backspace}.get(char)
        before = _panel_state(desk)
        press(desk.inspection, key or Qt.Key(ord(char.upper())), char)
        # The router holds a key for the burst interval, then gives it to the panel.
        qtbot.waitUntil(lambda b=before: _panel_state(desk) != b, timeout=2000)


def _hygiene_order(make_order):
    """An order of one sealed hygiene item (not refunded once its seal is opened)."""
    from decimal import Decimal

    from returns_app.services import orders

    return make_order(
        lines=(
            orders.LineInput(
                "SHIRT-M",
                "Paita M",
                1,
                Decimal("39.90"),
                Decimal("25.5"),
                gtin="06417084000019",
                exception_category="sealed_hygiene",
            ),
        )
    )


def open_and_check_in(desk, backend, actors, make_order, quantity=2):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, quantity))
    desk.handle_scan(ret.code)
    for _ in range(quantity):
        desk.handle_scan(SHIRT)
    return ret


def test_two_keys_grade_a_unit_move_stock_and_print_its_tag(
    qtbot, desk, backend, actors, make_order, printers
):
    printers.names.append("Zebra")
    desk._ctx.settings.set("printers/tag", "Zebra")
    ret = open_and_check_in(desk, backend, actors, make_order)
    type_keys(qtbot, desk, "b")
    assert desk.inspection.grade == "B"
    type_keys(qtbot, desk, "q")
    saved = queries.get_return(backend.uow(), ret.id)
    assert [(i.grade, i.disposition) for i in saved.inspections] == [("B", "quarantine")]
    levels = {(l.sku, l.location_code): l.quantity for l in stock.stock_levels(backend.uow())}
    assert levels == {("SHIRT-M", "QUAR"): 1}
    assert desk.feedback.state is FeedbackState.SUCCESS
    assert (
        desk.feedback.title_text() == "Paita M, unit 1: B → Quarantine"
    )  # the place by name, never its code
    assert [name for name, _, _ in printers.printed] == ["Zebra"]
    assert printers.printed[0][1].endswith("-57x32.pdf")
    assert "Printed" in desk.view.last_document.text()
    assert not desk.view.notice.isVisible()


def test_enter_takes_the_suggested_place_for_the_grade(qtbot, desk, backend, actors, make_order):
    ret = open_and_check_in(desk, backend, actors, make_order, quantity=1)
    type_keys(qtbot, desk, "1", "\r")
    saved = queries.get_return(backend.uow(), ret.id)
    assert [(i.grade, i.disposition) for i in saved.inspections] == [("A", "restock")]
    assert saved.goods_state == "inspected"


def test_b_is_a_grade_first_and_b_stock_second(qtbot, desk, backend, actors, make_order):
    ret = open_and_check_in(desk, backend, actors, make_order, quantity=1)
    type_keys(qtbot, desk, "b", "b")
    saved = queries.get_return(backend.uow(), ret.id)
    assert [(i.grade, i.disposition) for i in saved.inspections] == [("B", "b_stock")]


def test_backspace_changes_the_grade_before_the_place_is_chosen(
    qtbot, desk, backend, actors, make_order
):
    ret = open_and_check_in(desk, backend, actors, make_order, quantity=1)
    type_keys(qtbot, desk, "c", "\b", "d", "s")
    saved = queries.get_return(backend.uow(), ret.id)
    assert [(i.grade, i.disposition) for i in saved.inspections] == [("D", "scrap")]


def test_without_a_tag_printer_the_tag_is_kept_and_save_as_pdf_is_offered(
    qtbot, desk, backend, actors, make_order, tmp_path, monkeypatch
):
    open_and_check_in(desk, backend, actors, make_order, quantity=1)
    type_keys(qtbot, desk, "a", "r")
    v = desk.view
    assert v.notice.isVisible()
    assert "No tag printer is set" in v.notice_text.text()
    target = tmp_path / "tag.pdf"
    monkeypatch.setattr("ui.printing.choose_pdf_path", lambda parent, name: str(target))
    keys(desk.scan_field, "Ctrl+S")
    assert target.read_bytes().startswith(b"%PDF")
    assert not v.notice.isVisible()


def test_the_refund_proposal_follows_the_units_as_they_are_graded(
    qtbot, desk, backend, actors, make_order
):
    open_and_check_in(desk, backend, actors, make_order, quantity=2)
    assert desk.view.refund_summary.text() == "No refund computed yet."
    type_keys(qtbot, desk, "a", "r")
    assert desk.view.refund_summary.text() == "Refund proposed: €79.80"
    assert desk.current_return.refund is not None


def test_an_opened_hygiene_seal_is_not_refunded_and_says_so(
    qtbot, desk, backend, actors, make_order
):
    order = _hygiene_order(make_order)
    ret = register(backend, actors.clerk, order, (0, 1))
    desk.handle_scan(ret.code)
    desk.handle_scan(SHIRT)
    type_keys(qtbot, desk, "u", "a", "s")
    assert desk.feedback.state is FeedbackState.WARNING
    assert "not refunded" in desk.feedback.detail_text()
    assert queries.get_return(backend.uow(), ret.id).inspections[0].unsealed


def test_ctrl_z_undoes_the_last_inspection_and_moves_the_stock_back(
    qtbot, desk, backend, actors, make_order
):
    ret = open_and_check_in(desk, backend, actors, make_order, quantity=2)
    type_keys(qtbot, desk, "a", "r")
    type_keys(qtbot, desk, "d", "s")
    keys(desk.scan_field, "Ctrl+Z")
    saved = queries.get_return(backend.uow(), ret.id)
    assert [(i.grade, i.disposition) for i in saved.inspections] == [("A", "restock")]
    levels = {(l.sku, l.location_code): l.quantity for l in stock.stock_levels(backend.uow())}
    assert levels == {("SHIRT-M", "MAIN"): 1}
    assert desk.feedback.title_text().startswith("Undone: Paita M, unit 2")
    assert desk.inspection.line is not None  # grade it again


def test_undo_with_nothing_inspected_says_so(desk, backend, actors, make_order):
    open_and_check_in(desk, backend, actors, make_order, quantity=1)
    keys(desk.scan_field, "Ctrl+Z")
    assert desk.feedback.title_text() == "Nothing to undo"


def test_grade_keys_do_nothing_when_no_unit_waits(qtbot, desk, backend, actors, make_order):
    order = make_order()
    ret = register(backend, actors.clerk, order)
    desk.handle_scan(ret.code)
    desk.scan_router.uninstall()  # the key goes straight to the panel
    desk.inspection.setFocus()
    press(desk.inspection, Qt.Key.Key_A, "a")
    assert desk.inspection.grade is None
    assert queries.get_return(backend.uow(), ret.id).inspections == ()


def test_a_unit_that_is_not_refunded_is_held_for_the_customer_not_restocked(
    qtbot, desk, backend, actors, make_order
):
    order = _hygiene_order(make_order)
    ret = register(backend, actors.clerk, order, (0, 1))
    desk.handle_scan(ret.code)
    desk.handle_scan(SHIRT)
    type_keys(qtbot, desk, "u", "a")
    panel = desk.inspection
    assert panel.suggested() == "hold"
    assert "Not refunded" in panel.step.text() and "sent back to the customer" in panel.step.text()
    type_keys(qtbot, desk, "\r")  # Enter takes the suggestion
    saved = queries.get_return(backend.uow(), ret.id)
    assert [(i.grade, i.disposition) for i in saved.inspections] == [("A", "hold")]
    levels = {(l.sku, l.location_code): l.quantity for l in stock.stock_levels(backend.uow())}
    assert levels == {("SHIRT-M", "HOLD"): 1}  # never back in sellable stock


def test_a_sealed_item_still_sealed_is_restocked_as_usual(qtbot, desk, backend, actors, make_order):
    order = _hygiene_order(make_order)
    ret = register(backend, actors.clerk, order, (0, 1))
    desk.handle_scan(ret.code)
    desk.handle_scan(SHIRT)
    type_keys(qtbot, desk, "a")
    assert desk.inspection.suggested() == "restock"
