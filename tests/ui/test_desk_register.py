"""Registering a return from a phone call or an e-mail: find, pick, decide, print the label."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from desk_kit import FakePrinters, barcodes, keys, show_active

from returns_app.services import queries
from ui.desk.register_dialog import RegisterDialog
from ui.printing import PdfPages, PrintCenter

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

IN_TIME = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # the period ends 24.11.2026
LATE = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def printers() -> FakePrinters:
    return FakePrinters()


@pytest.fixture
def open_dialog(qtbot, printers):
    def make(ctx, now=IN_TIME, **kwargs) -> RegisterDialog:
        center = PrintCenter(ctx, lister=printers.lister, printer=printers.printer)
        dialog = RegisterDialog(ctx, center, now=now, **kwargs)
        show_active(qtbot, dialog)
        return dialog

    return make


@pytest.mark.parametrize(
    "what",
    ["order number", "e-mail", "phone", "tracking number"],
)
def test_the_order_is_found_by_anything_the_customer_can_tell(
    open_dialog, clerk_context, make_order, what
):
    order = make_order()
    text = {
        "order number": order.order_number,
        "e-mail": "aino.laine@example.fi",
        "phone": "040 123 4567",
        "tracking number": order.shipments[0].tracking_number,
    }[what]
    dialog = open_dialog(clerk_context)
    dialog.view.search.setText(text)
    keys(dialog.view.search, "Return")
    assert dialog.order is not None and dialog.order.id == order.id
    assert dialog.view.lines.rowCount() == 2


def test_several_orders_of_a_customer_are_listed_to_choose_from(
    open_dialog, clerk_context, make_order
):
    first, second = make_order(), make_order()
    dialog = open_dialog(clerk_context, search="Aino Laine")
    numbers = [dialog.view.hits.item(i).text() for i in range(dialog.view.hits.count())]
    assert any(first.order_number in n for n in numbers)
    assert any(second.order_number in n for n in numbers)
    assert dialog.order is None
    dialog.view.hits.itemActivated.emit(dialog.view.hits.currentItem())
    assert dialog.order is not None


def test_the_period_is_shown_open_with_its_reason_and_days_left(
    open_dialog, clerk_context, make_order
):
    order = make_order()
    dialog = open_dialog(clerk_context, order_id=order.id)
    assert dialog.view.period.text() == (
        "delivered 10.11.2026; the period ends 24.11.2026; open, 4 days left"
    )


def test_a_return_is_registered_with_the_chosen_lines_and_its_label_prints(
    open_dialog, clerk_context, backend, make_order, printers
):
    printers.names.append("Zebra")
    clerk_context.settings.set("printers/label", "Zebra")
    order = make_order()
    dialog = open_dialog(clerk_context, order_id=order.id)
    dialog.set_quantity(0, 5)  # more than bought: clamped to the 2 units
    dialog.set_quantity(1, 1)
    assert dialog.quantities() == {order.lines[0].id: 2, order.lines[1].id: 1}
    dialog.view.reason.setCurrentIndex(dialog.view.reason.findData("changed_mind"))
    keys(dialog.view.lines, "Ctrl+Enter")
    ret = dialog.registered_return
    assert ret is not None and dialog.view.pages.currentIndex() == 1
    saved = queries.get_return(backend.uow(), ret.id)
    assert [(l.qty_announced, l.reason_code) for l in saved.lines] == [
        (2, "changed_mind"),
        (1, "changed_mind"),
    ]
    keys(dialog.view.print_label, "Ctrl+P")
    assert printers.printed == [("Zebra", f"{ret.code}-label-100x150.pdf", printers.printed[0][2])]
    assert "Printed on Zebra" in dialog.view.print_status.text()


def test_space_toggles_a_line_between_all_and_none(open_dialog, clerk_context, make_order):
    order = make_order()
    dialog = open_dialog(clerk_context, order_id=order.id)
    dialog.view.lines.setCurrentCell(0, 0)
    keys(dialog.view.lines, "Space")
    assert dialog.quantities() == {order.lines[0].id: 2}
    keys(dialog.view.lines, "Space")
    assert dialog.quantities() == {}
    assert not dialog.view.register.isEnabled()


def test_without_a_label_printer_the_label_is_saved_as_a_pdf_to_email(
    open_dialog, clerk_context, make_order, tmp_path, monkeypatch
):
    order = make_order()
    dialog = open_dialog(clerk_context, order_id=order.id)
    dialog.set_quantity(0, 1)
    dialog.register()
    code = dialog.registered_return.code
    dialog.print_label()
    assert "No label printer is set" in dialog.view.print_status.text()
    assert "Printing" not in dialog.view.print_status.text()  # never both at once
    assert dialog.view.save_label.hasFocus()
    target = tmp_path / "label.pdf"
    monkeypatch.setattr("ui.printing.choose_pdf_path", lambda parent, name: str(target))
    keys(dialog.view.save_label, "Ctrl+S")
    assert str(target) in dialog.view.print_status.text()
    assert code in barcodes(PdfPages(target.read_bytes()).image(0, 203))


def test_an_expired_period_is_refused_with_the_reason_for_a_clerk(
    open_dialog, clerk_context, backend, make_order
):
    order = make_order()
    dialog = open_dialog(clerk_context, now=LATE, order_id=order.id)
    assert dialog.view.period.text().endswith("the period ended 24.11.2026, 9 days ago")
    dialog.set_quantity(0, 1)
    dialog.register()
    text = dialog.view.problem.text()
    assert "The rules do not allow this return" in text and "24.11.2026" in text
    assert "a supervisor approves it with their password" in text
    assert dialog.registered_return is None
    assert queries.get_order(backend.uow(), order.id).lines[0].already_returned == 0


def test_a_clerk_gets_a_supervisors_approval_for_an_override_in_the_dialog(
    open_dialog, clerk_context, backend, make_order, actors
):
    order = make_order()
    dialog = open_dialog(clerk_context, now=LATE, order_id=order.id)
    dialog.set_quantity(0, 1)
    dialog.view.override.setText("Customer was in hospital")
    dialog.register()
    prompt = dialog.approval_dialog
    assert prompt is not None and prompt.isVisible()
    assert "Customer was in hospital" in prompt.view.reason.text()
    users = [prompt.view.user.itemData(i) for i in range(prompt.view.user.count())]
    assert "clerk1" not in users  # only those who may override
    prompt.view.user.setCurrentIndex(users.index("supervisor1"))
    prompt.view.password.setText("wrong")
    prompt.view.sign_in.click()
    assert prompt.isVisible() and dialog.registered_return is None
    prompt.view.password.setText("secret-password")
    prompt.view.sign_in.click()
    ret = dialog.registered_return
    assert ret is not None and ret.override_reason == "Customer was in hospital"
    assert clerk_context.session.actor.username == "clerk1"  # the clerk stays signed in


def test_a_supervisor_overrides_an_expired_period_with_a_written_reason(
    open_dialog, app_context, backend, make_order
):
    order = make_order()
    dialog = open_dialog(app_context, now=LATE, order_id=order.id)
    dialog.set_quantity(0, 1)
    dialog.register()
    assert dialog.view.override.hasFocus()
    dialog.view.override.setText("Customer was in hospital")
    dialog.register()
    ret = dialog.registered_return
    assert ret is not None and ret.override_reason == "Customer was in hospital"


def test_a_defect_claim_is_never_refused_for_time(open_dialog, clerk_context, make_order):
    order = make_order()
    dialog = open_dialog(clerk_context, now=LATE, order_id=order.id)
    dialog.view.kind.setCurrentIndex(dialog.view.kind.findData("defect_claim"))
    assert dialog.view.remedy.isVisible()
    assert dialog.view.period.text().startswith("Defect claim: no 14-day limit")
    dialog.set_quantity(0, 1)
    dialog.register()
    assert dialog.registered_return.kind == "defect_claim"


def test_nothing_found_says_what_to_try(open_dialog, clerk_context, make_order):
    make_order()
    dialog = open_dialog(clerk_context, search="nobody@example.com")
    assert dialog.view.problem.isVisible()
    assert "Nothing found" in dialog.view.problem.text()


def test_ctrl_enter_right_after_typing_a_quantity_registers_it(
    open_dialog, clerk_context, make_order, qtbot
):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    order = make_order()
    dialog = open_dialog(clerk_context, order_id=order.id)
    table = dialog.view.lines
    table.setFocus()
    table.setCurrentCell(0, 4)
    QTest.keyClick(table, Qt.Key.Key_2)  # the cell editor opens with "2", not committed yet
    assert QApplication.focusWidget() is not table
    keys(QApplication.focusWidget(), "Ctrl+Return")
    ret = dialog.registered_return
    assert ret is not None and [line.qty_announced for line in ret.lines] == [2]
