"""Stock: levels per location, the ledger page by page with filters, supervised adjustments."""

from __future__ import annotations

import pytest
from desk_kit import NOTICE, pinned_clock
from PySide6.QtCore import QModelIndex, Qt

from returns_app.services import inspection, receiving, stock
from returns_app.services import returns as returns_service
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.backoffice.stock import StockWidget
from ui.backoffice.stock_models import LedgerModel, StockLevelsModel
from ui.context import AppContext, UserSession
from ui.style import Tone
from ui.tasks import ImmediateRunner

# The offscreen platform cannot size real windows (dialogs); nothing to see there.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def moved(backend, actors, make_order):
    """Books counted in twice and a shirt returned, graded and scrapped."""
    make_order()
    stock.adjust_stock(backend.uow(), actors.supervisor, "BOOK-1", "MAIN", 5, "Stocktake")
    stock.adjust_stock(backend.uow(), actors.supervisor, "BOOK-1", "MAIN", -1, "Damaged")
    order = make_order()
    cmd = RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 1),), notice_at=NOTICE)
    ret = returns_service.register_return(backend.uow(), actors.clerk, cmd)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "D", "scrap")
    )
    return ret


def _levels(widget) -> dict[str, dict[str, str]]:
    """{sku: {location name or total ("Sellable", "Not for sale", "On hand"): text shown}}."""
    m = widget.levels_model
    columns = range(m.FIRST_LOCATION, m.columnCount())
    names = {c: m.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ") for c in columns}
    return {
        m.index(r, m.COL_SKU).data(): {names[c]: m.index(r, c).data() for c in columns}
        for r in range(m.rowCount())
    }


def test_levels_show_each_location_by_name_with_sellable_and_on_hand_totals(
    qtbot, app_context, actors, backend, moved
):
    stock.adjust_stock(backend.uow(), actors.supervisor, "BOOK-1", "QUAR", 2, "Wet")
    stock.adjust_stock(backend.uow(), actors.supervisor, "BOOK-1", "BSTOCK", 1, "Dented")
    widget = StockWidget(app_context)
    qtbot.addWidget(widget)
    levels = _levels(widget)
    assert levels["BOOK-1"]["Main stock"] == "4" and levels["BOOK-1"]["B-stock"] == "1"
    assert levels["BOOK-1"]["Quarantine"] == "2"
    assert (levels["BOOK-1"]["Sellable"], levels["BOOK-1"]["Not for sale"]) == ("5", "2")
    assert levels["BOOK-1"]["On hand"] == "7"
    # a scrapped unit shows at Scrap, but it is not stock on hand
    assert levels["SHIRT-M"]["Scrap"] == "1" and levels["SHIRT-M"]["Main stock"] == ""
    assert levels["SHIRT-M"]["On hand"] == "0"
    m = widget.levels_model
    headers = [
        m.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ")
        for c in range(m.columnCount())
    ]
    assert headers.index("On hand") < headers.index("Scrap")  # gone units stand apart
    assert "not stock on hand" in m.headerData(
        m.col_total, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert not any(code in headers for code in ("MAIN", "QUAR", "SCRAP", "BSTOCK"))
    widget.search.setText("paita")
    assert widget.levels_proxy.rowCount() == 1


def test_the_stock_models_pass_the_model_tester(qtmodeltester, app_context, moved):
    widget = StockWidget(app_context)
    qtmodeltester.check(widget.levels_model)
    paged = LedgerModel(app_context, page=1)
    paged.reload()
    qtmodeltester.check(paged)
    paged.fetchMore(QModelIndex())  # a full last page: one more (empty) read ends it
    assert paged.rowCount() == 3 and not paged.canFetchMore(QModelIndex())
    assert isinstance(widget.levels_model, StockLevelsModel)


def test_the_ledger_reads_a_page_at_a_time_newest_first(app_context, moved):
    model = LedgerModel(app_context, page=2)
    model.reload()
    assert [r.quantity for r in model.rows()] == [1, -1]
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert [r.quantity for r in model.rows()] == [1, -1, 5]
    assert model.index(0, LedgerModel.COL_RETURN).data() == moved.code
    assert model.index(1, LedgerModel.COL_QTY).data() == "-1"
    assert model.index(1, LedgerModel.COL_REASON).data() == "Manual adjustment"
    assert model.index(0, LedgerModel.COL_LOCATION).data() == "Scrap"
    assert model.index(0, LedgerModel.COL_REASON).data() == "Return scrapped"
    assert model.index(1, LedgerModel.COL_LOCATION).data() == "Main stock"


def test_the_ledger_filters_by_product_location_return_and_user(qtbot, app_context, actors, moved):
    widget = StockWidget(app_context)
    qtbot.addWidget(widget)

    def quantities():
        return [r.quantity for r in widget.ledger_model.rows()]

    assert quantities() == [1, -1, 5]
    widget.sku.setText("BOOK-1")
    widget.sku.editingFinished.emit()
    assert quantities() == [-1, 5]
    widget.sku.clear()
    widget.sku.editingFinished.emit()
    assert widget.location.itemText(widget.location.findData("SCRAP")) == "Scrap"
    widget.location.setCurrentIndex(widget.location.findData("SCRAP"))
    assert quantities() == [1]
    widget.location.setCurrentIndex(0)
    widget.user.setCurrentIndex(widget.user.findData(actors.supervisor.user_id))
    assert quantities() == [-1, 5]
    widget.user.setCurrentIndex(0)
    widget.return_code.setText(moved.code.lower())
    widget.return_code.editingFinished.emit()
    assert quantities() == [1]


def test_a_supervisor_adjusts_stock_with_a_reason(qtbot, app_context, moved):
    widget = StockWidget(app_context)
    qtbot.addWidget(widget)
    assert widget.adjust.isVisibleTo(widget) and not widget.adjust.isEnabled()
    row = next(
        r
        for r in range(widget.levels_proxy.rowCount())
        if widget.levels_proxy.index(r, 0).data() == "BOOK-1"
    )
    widget.levels.selectRow(row)
    widget.adjust.click()
    dialog = widget.adjust_dialog
    ok = dialog.buttons.buttons()[0]
    dialog.location.setCurrentIndex(dialog.location.findData("MAIN"))
    dialog.quantity.setValue(2)
    assert not ok.isEnabled()  # no reason yet
    dialog.reason.setText("Found two behind the shelf")
    assert ok.isEnabled()
    dialog.accept()
    assert widget.message.text() == "BOOK-1 at Main stock: +2, now 6."
    assert widget.message.tone == Tone.GOOD
    assert _levels(widget)["BOOK-1"]["Main stock"] == "6"
    assert widget.ledger_model.rows()[0].note == "Found two behind the shelf"


def test_a_clerks_adjust_button_stays_and_says_a_supervisor_approves(
    qtbot, backend, actors, ui_settings, moved
):
    ctx = AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk), clock=pinned_clock
    )
    widget = StockWidget(ctx)
    qtbot.addWidget(widget)
    assert widget.levels_model.rowCount() == 2
    assert widget.adjust.isVisibleTo(widget)
    widget.levels.selectRow(0)
    assert widget.adjust.isEnabled()
    assert widget.adjust.text() == "Adjust stock… (needs a supervisor)"
    assert widget.adjust.toolTip() == "Needs a supervisor's approval"
