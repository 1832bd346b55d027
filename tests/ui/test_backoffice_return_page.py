"""A return's page: everything about one return, its timeline, and printing a document again."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel

from returns_app.scanning import format_return_code_for_people
from returns_app.services import documents, inspection, receiving, refunds
from returns_app.services import returns as returns_service
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.backoffice.return_page import ReturnPage
from ui.backoffice.returns_area import ReturnsArea
from ui.style import Tone

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

# The offscreen platform cannot size real windows (dialogs); nothing to see there.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def refunded(backend, actors, make_order):
    """A shirt returned, received, graded B, refunded with a credit note printed."""
    order = make_order()
    cmd = RegisterReturn(
        "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
    )
    ret = returns_service.register_return(backend.uow(), actors.clerk, cmd)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "B", "b_stock")
    )
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    issued = refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, now=NOW)
    documents.credit_note_pdf(backend.uow(), actors.clerk, issued.id)
    return ret


def _page(qtbot, app_context, **kw):
    page = ReturnPage(app_context, today=lambda: date(2026, 11, 20), **kw)
    qtbot.addWidget(page)
    return page


def test_the_page_shows_lines_parcels_inspections_stock_refund_documents_and_timeline(
    qtbot, app_context, refunded
):
    page = _page(qtbot, app_context)
    page.show_return(refunded.id)
    v = page.view
    assert v.code.text().replace(" ", "") == refunded.code
    assert v.money.text() == "refunded" and v.goods.text() == "inspected"
    assert "Aino Laine" in v.customer.text()
    assert page.lines_model.rowCount() == 1
    assert page.lines_model.index(0, page.lines_model.COL_REASON).data() == "Does not fit"
    assert page.parcels_model.rowCount() == 1
    assert page.inspections_model.index(0, 0).data() == "Paita M"
    assert page.inspections_model.index(0, page.inspections_model.COL_DISPOSITION).data() == (
        "B-stock"
    )
    # Locations by name, never by code (BSTOCK)
    assert page.inspections_model.index(0, page.inspections_model.COL_LOCATION).data() == (
        "B-stock"
    )
    assert page.movements_model.index(0, page.movements_model.COL_LOCATION).data() == "B-stock"
    assert page.movements_model.index(0, page.movements_model.COL_REASON).data() == (
        "Return graded to B-stock"
    )
    assert [m.quantity for m in page.movements_model.rows()] == [1]
    assert "39,90" in v.refund_summary.text() or "39.90" in v.refund_summary.text()
    assert "credit note HL2026-000001" in v.refund_summary.text()
    assert [d.kind for d in page.documents_model.rows()] == ["credit_note"]
    code = format_return_code_for_people(refunded.code)
    assert [page.view.timeline.model.index(r, 1).data() for r in range(3)] == [
        f"clerk1 (DESK-3) registered the return {code} (withdrawal) for 1 x Paita M",
        f"clerk1 (DESK-3) received a parcel, scanned as {code}",
        "clerk1 (DESK-3) checked in 1 x Paita M (1 of 1 received)",
    ]
    assert v.discrepancies.isHidden()
    assert v.deadline.isHidden()  # refunded: no deadline left to watch


def test_every_table_of_the_page_passes_the_model_tester(
    qtmodeltester, qtbot, app_context, refunded
):
    page = _page(qtbot, app_context)
    page.show_return(refunded.id)
    for model in (
        page.lines_model,
        page.parcels_model,
        page.discrepancies_model,
        page.inspections_model,
        page.movements_model,
        page.refund_model,
        page.documents_model,
        page.view.timeline.model,
        page.view.timeline.proxy,
    ):
        qtmodeltester.check(model)


def test_a_printed_document_can_be_printed_again(qtbot, app_context, refunded):
    printed = []
    page = _page(qtbot, app_context, print_document=printed.append)
    page.show_return(refunded.id)
    assert not page.view.print_again.isEnabled()
    page.view.documents.selectionModel().select(
        page.view.documents.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.view.print_again.isEnabled()
    page.view.print_again.click()
    assert [d.name for d in printed] == ["HL2026-000001-a4.pdf"]
    assert printed[0].data.startswith(b"%PDF")
    assert "sent to print" in page.view.message.text()


def test_without_a_printer_hook_print_again_stays_off(qtbot, app_context, refunded):
    page = _page(qtbot, app_context)
    page.show_return(refunded.id)
    page.view.documents.selectRow(0)
    assert not page.view.print_again.isEnabled()


def test_an_open_return_shows_how_long_is_left_for_the_refund(
    qtbot, app_context, backend, actors, make_order
):
    order = make_order()
    cmd = RegisterReturn("withdrawal", (LineRequest(order.lines[1].id, 1),), notice_at=NOTICE)
    ret = returns_service.register_return(backend.uow(), actors.clerk, cmd)
    page = ReturnPage(app_context, today=lambda: date(2026, 11, 28))
    page.show_return(ret.id)
    assert not page.view.deadline.isHidden()
    assert page.view.deadline.text() == "Refund: 1 day left"
    assert page.view.refund_summary.text() == "No refund yet."


def test_a_return_that_does_not_exist_is_said_in_words(qtbot, app_context):
    page = _page(qtbot, app_context)
    page.show_return(424242)
    assert "No return with code 424242" in page.view.message.text()
    assert page.view.message.tone == Tone.BAD


def test_the_area_opens_a_return_from_the_list_and_goes_back(qtbot, app_context, refunded):
    area = ReturnsArea(app_context)
    qtbot.addWidget(area)
    area.list.view.table.activated.emit(area.list.model.index(0, 0))
    assert area.stack.currentWidget() is area.page
    assert area.page.view.code.text().replace(" ", "") == refunded.code
    area.page.view.back.click()
    assert area.stack.currentWidget() is area.list
