"""A product's page in the stock area: its units at each location (by name, sellable or not)
and its movements newest first; from here a supervisor moves or adjusts its units, and a
clerk asks a supervisor to approve the move in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services import stock, stock_moves
from returns_app.services.backoffice_stock import LedgerFilter
from returns_app.services.product_stock import LocationLevel, ProductStock, product_stock
from returns_app.services.stock import MovementDTO
from returns_app.services.stock_moves import StockMove
from ui.backoffice.common import (
    LOCATION_KINDS,
    MessageLine,
    RowsModel,
    fit_columns,
    heading,
    name_of,
    place,
    report_error,
)
from ui.backoffice.return_models import MOVEMENT_REASONS
from ui.backoffice.return_page_view import table
from ui.backoffice.stock_dialogs import AdjustDialog, MoveDialog
from ui.backoffice.stock_models import STANDINGS, LedgerModel
from ui.context import AppContext
from ui.signin import with_supervisor
from ui.style import Tone

NEEDS_SUPERVISOR = QT_TRANSLATE_NOOP("ProductPage", "Needs a supervisor's approval")


def needs_supervisor() -> str:
    """Why a clerk's stock button asks for a supervisor, in the reader's language."""
    return QCoreApplication.translate("ProductPage", NEEDS_SUPERVISOR)


def adjust_as_allowed(
    ctx: AppContext,
    parent: QWidget,
    dialog: AdjustDialog,
    done: Callable[[MovementDTO | None, BaseException | None], None],
) -> QWidget | None:
    """Adjust the stock as the adjust dialog says, as the signed-in user or a supervisor who
    approves it in place; ``done(movement, error)`` gets the result on the GUI thread. The
    dialog is read here, on the GUI thread."""
    sku, location = dialog.sku, dialog.location.currentData()
    quantity, reason = dialog.quantity.value(), dialog.reason.text().strip()
    backend = ctx.backend
    approval = QCoreApplication.translate(
        "StockWidget", "Adjust {sku} at {location} by {n:+d}: “{reason}”."
    ).format(sku=sku, location=dialog.location.currentText(), n=quantity, reason=reason)

    def run(actor: Actor) -> None:
        ctx.runner.run_db(
            lambda: stock.adjust_stock(backend.uow(), actor, sku, location, quantity, reason),
            done,
        )

    return with_supervisor(ctx, parent, "adjust_stock", approval, run)


class ProductLevelsModel(RowsModel[LocationLevel]):
    """A product's units per location."""

    CONTEXT = "ProductLevelsModel"
    COL_LOCATION, COL_UNITS, COL_STANDING, COL_KIND = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ProductLevelsModel", "Location"),
        QT_TRANSLATE_NOOP("ProductLevelsModel", "Units"),
        QT_TRANSLATE_NOOP("ProductLevelsModel", "Counts as"),
        QT_TRANSLATE_NOOP("ProductLevelsModel", "Kind"),
    )
    NUMERIC = (COL_UNITS,)

    def sort_value(self, row: LocationLevel, column: int) -> Any:
        return (place(row.location.name), row.quantity, row.standing, row.location.kind)[column]

    def display(self, row: LocationLevel, column: int) -> str:
        if column == self.COL_KIND:
            return name_of(LOCATION_KINDS, row.location.kind)
        if column == self.COL_STANDING:
            return name_of(STANDINGS, row.standing)
        return str(self.sort_value(row, column))

    def tooltip(self, row: LocationLevel, column: int) -> str | None:
        return row.location.code if column == self.COL_LOCATION else None


class ProductPage(QWidget):
    """One product's levels and movements, with Move units… and Adjust stock….

    Signals:
        back_requested(): the user wants the stock overview again (button or Esc).
        stock_changed(): units were moved or adjusted here.
        database_problem(str): the database did not answer.
    """

    back_requested = Signal()
    stock_changed = Signal()
    database_problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.product: ProductStock | None = None
        self.dialog: QWidget | None = None  # the move/adjust dialog or the approval prompt
        self.levels_model = ProductLevelsModel(self)
        self.movements_model = LedgerModel(ctx, self)
        self._build()
        self._wire()
        self._on_session_changed(ctx.session.actor)

    def _build(self) -> None:
        self.back = QPushButton(self.tr("← Back to stock"), self)
        self.title = heading("", self)
        self.refresh = QPushButton(self.tr("Refresh"), self)
        self.message = MessageLine(self)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.move = QPushButton(self.tr("&Move units…"), self)
        self.adjust = QPushButton(self.tr("&Adjust stock…"), self)
        self.needs = QLabel(self)
        self.needs.setProperty("role", "muted")
        self.levels = table(self, "productLevels")
        self.levels.setModel(self.levels_model)
        m = ProductLevelsModel
        fit_columns(
            self.levels,
            {
                m.COL_LOCATION: "Held for the customer",
                m.COL_UNITS: "10000",
                m.COL_STANDING: name_of(STANDINGS, "not_on_hand"),
            },
            stretch=m.COL_KIND,
        )
        self.movements = table(self, "productMovements")
        self.movements.setModel(self.movements_model)
        lm = LedgerModel
        fit_columns(
            self.movements,
            {
                lm.COL_AT: "29.11.2026 14:05",
                lm.COL_LOCATION: "Held for the customer",
                lm.COL_QTY: "+10",
                lm.COL_BALANCE: "1000",
                lm.COL_REASON: name_of(MOVEMENT_REASONS, "return_supplier"),
                lm.COL_RETURN: "R00000123456",
                lm.COL_USER: "supervisor",
                lm.COL_STATION: "DESK-10",
            },
            stretch=lm.COL_NOTE,
        )
        for column in (lm.COL_SKU, lm.COL_NAME):
            self.movements.setColumnHidden(column, True)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh)
        actions = QHBoxLayout()
        actions.addWidget(self.totals, 1)
        actions.addWidget(self.needs)
        actions.addWidget(self.move)
        actions.addWidget(self.adjust)
        movements = QLabel(self.tr("Movements, newest first"), self)
        movements.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(self.levels, 1)
        layout.addWidget(movements)
        layout.addWidget(self.movements, 2)

    def _wire(self) -> None:
        self.back.clicked.connect(self.back_requested)
        self.refresh.clicked.connect(self.reload)
        self.move.clicked.connect(self._on_move_clicked)
        self.adjust.clicked.connect(self._on_adjust_clicked)
        self.levels.activated.connect(self._on_move_clicked)
        self.movements_model.failed.connect(self._show_error)
        self._ctx.session.changed.connect(self._on_session_changed)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)

    # --- Reading --------------------------------------------------------------------------

    def show_product(self, product_id: int) -> None:
        """Read and show the product with ``product_id``."""
        self.message.clear_message()
        self._read(product_id)

    def reload(self) -> None:
        """Read the product shown again."""
        if self.product is not None:
            self._read(self.product.product_id)

    def _read(self, product_id: int) -> None:
        backend = self._ctx.backend
        self._ctx.runner.run_db(
            lambda: product_stock(backend.uow(readonly=True), product_id), self._on_loaded
        )

    def _on_loaded(self, product: ProductStock | None, error: BaseException | None) -> None:
        if error is not None or product is None:
            self._show_error(error or RuntimeError("no product"))
            return
        self.product = product
        self.title.setText(f"{product.sku} – {product.name}")
        self.levels_model.set_rows(product.levels)
        t = product.totals
        text = self.tr("On hand {on_hand}: sellable {sellable}, not for sale {not_sellable}.")
        text = text.format(on_hand=t.on_hand, sellable=t.sellable, not_sellable=t.not_sellable)
        if t.not_on_hand:
            text += " " + self.tr("Not stock on hand (scrapped, to the supplier): {n}.").format(
                n=t.not_on_hand
            )
        self.totals.setText(text)
        self.movements_model.set_filter(LedgerFilter(sku=product.sku))

    # --- Acting ---------------------------------------------------------------------------

    def _on_session_changed(self, actor: Actor | None) -> None:
        """A clerk keeps the buttons; they say a supervisor approves in place."""
        needs = actor is not None and not actor.may("adjust_stock")
        text = needs_supervisor() if needs else ""
        self.needs.setText(text)
        self.needs.setVisible(needs)
        for button in (self.move, self.adjust):
            button.setToolTip(text)

    def _selected_location(self) -> int | None:
        rows = self.levels.selectionModel().selectedRows()
        return self.levels_model.row(rows[0].row()).location.id if rows else None

    def _on_move_clicked(self, *args) -> None:
        del args
        if self.product is None:
            return
        dialog = MoveDialog(self.product, self, from_id=self._selected_location())
        dialog.accepted.connect(lambda: self._on_move_dialog_accepted(dialog))
        self.dialog = dialog
        dialog.open()

    def _on_move_dialog_accepted(self, dialog: MoveDialog) -> None:
        product, source, target = dialog.product, dialog.source_id(), dialog.target_id()
        quantity, reason = dialog.quantity.value(), dialog.reason.text().strip()
        note, code = dialog.note.text().strip(), dialog.return_code.text().strip()
        if target is not None:
            code = ""
        backend = self._ctx.backend
        approval = self.tr("Move {n} × {sku} from {source} to {target}: “{reason}”.").format(
            n=quantity,
            sku=product.sku,
            source=dialog.source.currentText(),
            target=dialog.target.currentText(),
            reason=reason,
        )

        def run(actor: Actor) -> None:
            self._ctx.runner.run_db(
                lambda: stock_moves.move_stock(
                    backend.uow(),
                    actor,
                    product.product_id,
                    source,
                    target,
                    quantity,
                    reason,
                    note,
                    return_code=code,
                ),
                self._on_moved,
            )

        self.dialog = with_supervisor(self._ctx, self, "adjust_stock", approval, run)

    def _on_moved(self, done: StockMove | None, error: BaseException | None) -> None:
        if error is not None or done is None:
            self._show_error(error or RuntimeError("no move"))
            return
        if done.into is None:
            text = self.tr("{n} × {sku} sent from {source} back to the customer.")
        else:
            text = self.tr(
                "{n} × {sku} moved from {source} to {target}; {target} now holds {held}."
            )
        self.message.say(
            text.format(
                n=done.quantity,
                sku=done.sku,
                source=place(done.out.location_name),
                target=place(done.into.location_name) if done.into else "",
                held=done.into.balance_after if done.into else 0,
            ),
            Tone.GOOD,
        )
        self.reload()
        self.stock_changed.emit()

    def _on_adjust_clicked(self) -> None:
        product = self.product
        if product is None:
            return
        held = {l.location.code: l.quantity for l in product.levels}
        dialog = AdjustDialog(product.sku, product.name, held, list(product.locations), self)
        dialog.accepted.connect(lambda: self._on_adjust_dialog_accepted(dialog))
        self.dialog = dialog
        dialog.open()

    def _on_adjust_dialog_accepted(self, dialog: AdjustDialog) -> None:
        self.dialog = adjust_as_allowed(self._ctx, self, dialog, self._on_adjusted)

    def _on_adjusted(self, movement: MovementDTO | None, error: BaseException | None) -> None:
        if error is not None or movement is None:
            self._show_error(error or RuntimeError("no movement"))
            return
        self.message.say(adjusted_text(movement), Tone.GOOD)
        self.reload()
        self.stock_changed.emit()

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.message, self.database_problem, error)


def adjusted_text(movement: MovementDTO) -> str:
    """What an adjustment did ("BOOK-1 at Main stock: +2, now 6.")."""
    return QCoreApplication.translate(
        "StockWidget", "{sku} at {location}: {quantity:+d}, now {balance}."
    ).format(
        sku=movement.sku,
        location=place(movement.location_name) or movement.location_code,
        quantity=movement.quantity,
        balance=movement.balance_after,
    )
