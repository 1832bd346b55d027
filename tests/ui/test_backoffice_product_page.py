"""A product's page in the stock area: its levels by name, its movements, and moving units
(a supervisor directly, a clerk through a supervisor's password), on the real runner too."""

from __future__ import annotations

import pytest
from desk_kit import pinned_clock, show_active
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from returns_app.services import stock
from ui.backoffice.product_page import ProductLevelsModel
from ui.backoffice.stock import StockWidget
from ui.backoffice.stock_dialogs import TO_CUSTOMER, MoveDialog
from ui.backoffice.stock_models import LedgerModel
from ui.context import AppContext, UserSession
from ui.signin import SignInDialog
from ui.style import Tone
from ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def quarantined(backend, actors, make_order):
    """Five shirts in quarantine and four books on the shelf."""
    make_order()
    stock.adjust_stock(backend.uow(), actors.supervisor, "SHIRT-M", "QUAR", 5, "Stocktake")
    stock.adjust_stock(backend.uow(), actors.supervisor, "BOOK-1", "MAIN", 4, "Stocktake")


@pytest.fixture
def threaded(qapp, backend, ui_settings, actors):
    """A supervisor's station on the app's real worker threads."""
    runner = TaskRunner()
    yield AppContext(backend, ui_settings, runner, UserSession(actors.supervisor), pinned_clock)
    runner.wait()


def _open_shirt_with_enter(qtbot, widget) -> None:
    """Select the shirt in the overview and press Enter, as a person would."""
    proxy = widget.levels_proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == 2)
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "SHIRT-M")
    widget.levels.setFocus()
    widget.levels.setCurrentIndex(proxy.index(row, 0))
    QTest.keyClick(widget.levels, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.page.levels_model.rowCount() == 1)
    assert widget.stack.currentWidget() is widget.page


def _page_levels(page) -> dict[str, tuple[str, str]]:
    m = page.levels_model
    return {
        m.index(r, m.COL_LOCATION).data(): (
            m.index(r, m.COL_STANDING).data(),
            m.index(r, m.COL_UNITS).data(),
        )
        for r in range(m.rowCount())
    }


def _movements(page) -> list[tuple[str, str, str, str, str]]:
    m, c = page.movements_model, LedgerModel
    return [
        tuple(
            m.index(r, col).data()
            for col in (c.COL_LOCATION, c.COL_QTY, c.COL_BALANCE, c.COL_REASON, c.COL_USER)
        )
        for r in range(m.rowCount())
    ]


def _fill_move(dialog: MoveDialog, source: str, target: str, units: int, reason: str) -> None:
    dialog.source.setCurrentIndex(dialog.source.findText(source, Qt.MatchFlag.MatchStartsWith))
    dialog.target.setCurrentIndex(dialog.target.findText(target))
    dialog.quantity.setValue(units)
    dialog.reason.setFocus()
    QTest.keyClicks(dialog.reason, reason)


def test_a_supervisor_moves_two_units_from_quarantine_to_scrap_on_the_real_runner(
    qtbot, threaded, quarantined
):
    widget = StockWidget(threaded)
    show_active(qtbot, widget)
    _open_shirt_with_enter(qtbot, widget)
    page = widget.page
    assert page.title.text() == "SHIRT-M – Paita M"
    assert _page_levels(page) == {"Quarantine": ("Not for sale", "5")}
    assert page.totals.text() == "On hand 5: sellable 0, not for sale 5."
    qtbot.waitUntil(lambda: page.movements_model.rowCount() == 1)
    assert page.needs.isHidden() and page.move.isEnabled()
    page.move.click()
    dialog = page.dialog
    assert isinstance(dialog, MoveDialog)
    assert [dialog.source.itemText(i) for i in range(dialog.source.count())] == ["Quarantine (5)"]
    targets = [dialog.target.itemText(i) for i in range(dialog.target.count())]
    assert "Quarantine" not in targets and targets[-1] == "Back to the customer"
    assert dialog.quantity.maximum() == 5 and not dialog.ok.isEnabled()  # no reason yet
    _fill_move(dialog, "Quarantine", "Scrap", 2, "Mould on the collar")
    assert dialog.ok.isEnabled()
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.tone == Tone.GOOD)
    assert page.message.text() == ("2 × SHIRT-M moved from Quarantine to Scrap; Scrap now holds 2.")
    qtbot.waitUntil(lambda: _page_levels(page).get("Scrap") == ("Not stock on hand", "2"))
    assert _page_levels(page)["Quarantine"] == ("Not for sale", "3")
    assert page.totals.text() == (
        "On hand 3: sellable 0, not for sale 3. Not stock on hand (scrapped, to the supplier): 2."
    )
    qtbot.waitUntil(lambda: page.movements_model.rowCount() == 3)
    assert _movements(page)[:2] == [
        ("Scrap", "+2", "2", "Moved", "supervisor1"),
        ("Quarantine", "-2", "3", "Moved", "supervisor1"),
    ]
    # Esc goes back to the overview, which read the levels again
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    page.movements.setFocus()
    QTest.keyClick(page.movements, Qt.Key.Key_Escape)
    assert widget.stack.currentWidget() is widget.overview
    qtbot.waitUntil(lambda: widget.levels_model.rowCount() == 2)


def test_a_clerk_moves_units_once_a_supervisor_types_their_password(
    qtbot, backend, ui_settings, actors, quarantined
):
    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.clerk), pinned_clock)
    widget = StockWidget(ctx)
    show_active(qtbot, widget)
    _open_shirt_with_enter(qtbot, widget)
    page = widget.page
    assert page.move.isEnabled() and page.needs.text() == "Needs a supervisor's approval"
    assert page.move.toolTip() == "Needs a supervisor's approval"
    page.move.click()
    _fill_move(page.dialog, "Quarantine", "Back to the customer", 1, "Not returnable")
    assert page.dialog.return_code.isVisibleTo(page.dialog)
    page.dialog.ok.click()
    prompt = page.dialog
    assert isinstance(prompt, SignInDialog)
    qtbot.waitUntil(lambda: prompt.view.sign_in.isEnabled() and prompt.view.user.count() > 0)
    assert "Move 1 × SHIRT-M from Quarantine (5) to Back to the customer" in (
        prompt.view.reason.text()
    )
    users = [prompt.view.user.itemData(i) for i in range(prompt.view.user.count())]
    assert "clerk1" not in users
    prompt.view.user.setCurrentIndex(users.index("supervisor1"))
    prompt.view.password.setFocus()
    QTest.keyClicks(prompt.view.password, "secret-password")
    QTest.keyClick(prompt.view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.tone is not None, timeout=5000)
    assert page.message.text() == "1 × SHIRT-M sent from Quarantine back to the customer."
    qtbot.waitUntil(lambda: _page_levels(page) == {"Quarantine": ("Not for sale", "4")})
    qtbot.waitUntil(lambda: page.movements_model.rowCount() == 2)
    assert _movements(page)[0] == (
        "Quarantine",
        "-1",
        "4",
        "Sent back to the customer",
        "supervisor1",
    )
    assert ctx.session.actor.username == "clerk1"  # the clerk stays signed in
    runner.wait()


def test_a_move_refused_by_the_service_is_said_on_the_page(
    qtbot, app_context, backend, actors, quarantined
):
    widget = StockWidget(app_context)
    qtbot.addWidget(widget)
    shirt = next(p for p in widget.levels_model.rows() if p.sku == "SHIRT-M")
    widget.open_product_page(shirt.product_id)
    page = widget.page
    page.move.click()
    dialog = page.dialog
    _fill_move(dialog, "Quarantine", "Scrap", 5, "All mouldy")
    # meanwhile another station moved three of them
    quar = next(l.location.id for l in dialog.product.levels)
    main = next(l.id for l in dialog.product.locations if l.code == "MAIN")
    from returns_app.services.stock_moves import move_stock

    move_stock(backend.uow(), actors.supervisor, "SHIRT-M", quar, main, 3, "Fine after all")
    dialog.accept()
    assert page.message.tone == Tone.BAD
    assert page.message.text() == "Quarantine holds 2 of SHIRT-M, not 5. Move at most 2."
    assert _page_levels(page)["Quarantine"] == ("Not for sale", "5")  # not read again yet
    page.refresh.click()
    assert _page_levels(page) == {
        "Main stock": ("For sale", "3"),
        "Quarantine": ("Not for sale", "2"),
    }


def test_the_move_dialog_offers_only_locations_holding_units_and_the_customer(
    qtbot, app_context, quarantined
):
    widget = StockWidget(app_context)
    qtbot.addWidget(widget)
    book = next(p for p in widget.levels_model.rows() if p.sku == "BOOK-1")
    widget.open_product_page(book.product_id)
    widget.page.move.click()
    dialog = widget.page.dialog
    assert [dialog.source.itemText(i) for i in range(dialog.source.count())] == ["Main stock (4)"]
    dialog.target.setCurrentIndex(dialog.target.findData(TO_CUSTOMER))
    assert dialog.target_id() is None and dialog.return_code.isVisibleTo(dialog)
    dialog.target.setCurrentIndex(dialog.target.findText("Scrap"))
    assert not dialog.return_code.isVisibleTo(dialog)
    dialog.quantity.setValue(9)
    assert dialog.quantity.value() == 4  # no more than the source holds
    dialog.reject()
    QApplication.processEvents()


def test_the_product_levels_model_passes_the_model_tester(qtmodeltester, app_context, quarantined):
    widget = StockWidget(app_context)
    shirt = next(p for p in widget.levels_model.rows() if p.sku == "SHIRT-M")
    widget.open_product_page(shirt.product_id)
    assert isinstance(widget.page.levels_model, ProductLevelsModel)
    qtmodeltester.check(widget.page.levels_model)
    qtmodeltester.check(widget.levels_model)
