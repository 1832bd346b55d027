"""Stock: products with their levels per location (and what counts as sellable), the ledger of
movements, a product's own page (Enter or double-click), and supervised adjustments and moves
with a written reason (each a movement in the ledger)."""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.services import backoffice_stock as bs
from returns_app.services import users
from returns_app.services.backoffice_stock import LedgerFilter, ProductLevels, StockOverview
from returns_app.services.stock import MovementDTO
from returns_app.services.users import UserDTO
from ui.backoffice.common import (
    SORT_ROLE,
    EmptyHint,
    MessageLine,
    fit_columns,
    heading,
    name_of,
    place,
    report_error,
)
from ui.backoffice.product_page import (
    ProductPage,
    adjust_as_allowed,
    adjusted_text,
    needs_supervisor,
)
from ui.backoffice.return_models import MOVEMENT_REASONS
from ui.backoffice.return_page_view import table
from ui.backoffice.returns_list_view import NO_DATE, date_edit
from ui.backoffice.stock_dialogs import AdjustDialog
from ui.backoffice.stock_models import LedgerModel, StockLevelsModel
from ui.context import AppContext
from ui.style import Tone

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override


class StockWidget(QWidget):
    """Levels and the ledger, in two tabs; a product's page in their place when one is opened.

    Signals:
        database_problem(str): the database did not answer.
    """

    database_problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._seen = False  # read when built; again each time it comes back into view
        self.adjust_dialog: AdjustDialog | None = None
        self.approval: QWidget | None = None  # a supervisor's approval prompt, while open
        self.levels_model = StockLevelsModel(self)
        self.levels_proxy = QSortFilterProxyModel(self)
        self.levels_proxy.setSourceModel(self.levels_model)
        self.levels_proxy.setSortRole(SORT_ROLE)
        self.levels_proxy.setFilterKeyColumn(-1)
        self.levels_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ledger_model = LedgerModel(ctx, self)
        self._build()
        self._wire()
        self._on_session_changed(ctx.session.actor)
        self.reload()

    # --- Layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.overview = QWidget(self.stack)
        self.page = ProductPage(self._ctx, self.stack)
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.title = heading(self.tr("Stock"), self.overview)
        self.message = MessageLine(self.overview)
        self.tabs = QTabWidget(self.overview)
        levels = QWidget(self.tabs)
        self.search = QLineEdit(levels)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter products: SKU, name or category"))
        self.adjust = QPushButton(self.tr("Adjust stock…"), levels)
        self.open_product = QPushButton(self.tr("Open product"), levels)
        self.levels = table(levels, "stockLevels")
        self.levels.setAccessibleName(self.tr("Stock levels"))
        self.levels.setModel(self.levels_proxy)
        self.levels.setSortingEnabled(True)
        self.levels.sortByColumn(StockLevelsModel.COL_SKU, Qt.SortOrder.AscendingOrder)
        self.empty_hint = EmptyHint(
            self.levels,
            self.tr(
                "No stock yet. Import products (Import and export); graded returns and "
                "adjustments then show here."
            ),
        )
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.open_product)
        row.addWidget(self.adjust)
        lay = QVBoxLayout(levels)
        lay.addLayout(row)
        lay.addWidget(self.levels, 1)
        self.tabs.addTab(levels, self.tr("Levels per location"))
        ledger = QWidget(self.tabs)
        self.sku = QLineEdit(ledger)
        self.sku.setPlaceholderText(self.tr("SKU"))
        self.return_code = QLineEdit(ledger)
        self.return_code.setPlaceholderText(self.tr("Return code"))
        self.location = QComboBox(ledger)
        self.location.addItem(self.tr("All locations"), "")
        self.user = QComboBox(ledger)
        self.user.addItem(self.tr("All users"), None)
        self.date_from = date_edit(ledger, self.tr("Moved on or after"))
        self.date_to = date_edit(ledger, self.tr("Moved on or before"))
        self.ledger = table(ledger, "stockLedger")
        self.ledger.setModel(self.ledger_model)
        m = LedgerModel
        fit_columns(
            self.ledger,
            {
                m.COL_AT: "29.11.2026 14:05",
                m.COL_SKU: "CLO-0010-XL",
                m.COL_NAME: "Merino T-paita XL",
                m.COL_LOCATION: "Quarantine",  # a longer name is cut; its tooltip has it all
                m.COL_QTY: "+10",
                m.COL_BALANCE: "1000",
                m.COL_REASON: name_of(MOVEMENT_REASONS, "return_scrap"),
                m.COL_RETURN: "R00000123456",
                m.COL_USER: "supervisor",
            },
            stretch=m.COL_NOTE,
        )
        self.ledger.setColumnHidden(m.COL_STATION, True)  # room for the note; the audit log has it
        filters = QGridLayout()
        for i, (text, field) in enumerate(
            (
                (self.tr("Product"), self.sku),
                (self.tr("Location"), self.location),
                (self.tr("Return"), self.return_code),
                (self.tr("User"), self.user),
                (self.tr("From"), self.date_from),
                (self.tr("To"), self.date_to),
            )
        ):
            label = QLabel(text, ledger)
            label.setBuddy(field)
            filters.addWidget(label, i // 3, (i % 3) * 2)
            filters.addWidget(field, i // 3, (i % 3) * 2 + 1)
            filters.setColumnStretch((i % 3) * 2 + 1, 1)
        lay = QVBoxLayout(ledger)
        lay.addLayout(filters)
        lay.addWidget(self.ledger, 1)
        self.tabs.addTab(ledger, self.tr("Ledger"))
        self.refresh = QPushButton(self.tr("Refresh"), self.overview)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.refresh)
        layout = QVBoxLayout(self.overview)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def _wire(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.adjust.clicked.connect(self._on_adjust_clicked)
        self.levels.activated.connect(self._on_open_product_clicked)
        self.open_product.clicked.connect(self._on_open_product_clicked)
        self.page.back_requested.connect(self._on_page_back_requested)
        self.page.stock_changed.connect(self.reload)
        self.page.database_problem.connect(self.database_problem)
        self.levels.selectionModel().selectionChanged.connect(self._on_levels_selection_changed)
        self.refresh.clicked.connect(self.reload)
        for edit in (self.sku, self.return_code):
            edit.returnPressed.connect(self._on_ledger_filter_changed)
            edit.editingFinished.connect(self._on_ledger_filter_changed)
        for combo in (self.location, self.user):
            combo.currentIndexChanged.connect(self._on_ledger_filter_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_ledger_filter_changed)
        self.ledger_model.failed.connect(self._show_error)
        self._ctx.session.changed.connect(self._on_session_changed)

    # --- Reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the levels, the choices and the ledger again."""
        backend = self._ctx.backend

        def work() -> tuple[StockOverview, list[UserDTO]]:
            return (
                bs.stock_overview(backend.uow(readonly=True)),
                users.list_users(backend.uow(readonly=True)),
            )

        self._ctx.runner.run_db(work, self._on_loaded)
        self.ledger_model.set_filter(self.ledger_filter())

    def _on_loaded(self, result, error: BaseException | None) -> None:
        if error is not None:
            self._show_error(error)
            return
        overview, people = result
        self.levels_model.set_overview(overview)
        self._fit_levels()
        self._refill(self.location, [(place(l.name), l.code) for l in overview.locations])
        self._refill(self.user, [(u.username, u.id) for u in people])
        self._on_levels_selection_changed()

    def _fit_levels(self) -> None:
        """Text columns to their contents, number columns to their (two-line) header's
        longest line: twelve columns fit 1366 pixels without a sideways scroll."""
        m, header = self.levels_model, self.levels.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        # Long words (Finnish: "Päävarasto", "Varastosaldo") would push the product names
        # off the screen: a number column is at most seven digits wide, its header elided
        # and whole in its tooltip; the category column gives way to the product's name.
        widest = metrics.horizontalAdvance("9999999") + 18
        self.levels.resizeColumnToContents(m.COL_SKU)
        self.levels.resizeColumnToContents(m.COL_CATEGORY)
        header.resizeSection(m.COL_CATEGORY, min(header.sectionSize(m.COL_CATEGORY), widest + 20))
        for column in range(m.FIRST_LOCATION, m.columnCount()):
            title = str(m.headerData(column, Qt.Orientation.Horizontal) or "")
            longest = max(metrics.horizontalAdvance(line) for line in title.split("\n"))
            header.resizeSection(
                column, min(max(longest, metrics.horizontalAdvance("9999")) + 18, widest)
            )
        header.setSectionResizeMode(m.COL_NAME, QHeaderView.ResizeMode.Stretch)

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def ledger_filter(self) -> LedgerFilter:
        """The ledger filter the fields describe."""

        def day(d) -> date | None:
            return None if d == NO_DATE else d.toPython()

        return LedgerFilter(
            sku=self.sku.text().strip(),
            location_code=self.location.currentData() or "",
            return_code=self.return_code.text().strip(),
            user_id=self.user.currentData(),
            date_from=day(self.date_from.date()),
            date_to=day(self.date_to.date()),
        )

    def _on_ledger_filter_changed(self, *args) -> None:
        del args
        f = self.ledger_filter()
        if f != self.ledger_model.filter:
            self.ledger_model.set_filter(f)

    def _on_search_text_changed(self, text: str) -> None:
        self.levels_proxy.setFilterFixedString(text.strip())

    # --- Adjusting ------------------------------------------------------------------------

    def _selected_product(self) -> ProductLevels | None:
        rows = self.levels.selectionModel().selectedRows()
        if not rows:
            return None
        return self.levels_model.row(self.levels_proxy.mapToSource(rows[0]).row())

    def _on_session_changed(self, actor: Actor | None) -> None:
        """A clerk keeps the button; it says a supervisor approves in place."""
        needs = actor is not None and not actor.may("adjust_stock")
        self.adjust.setToolTip(needs_supervisor() if needs else "")
        self.adjust.setText(
            self.tr("Adjust stock… (needs a supervisor)") if needs else self.tr("Adjust stock…")
        )

    def _on_levels_selection_changed(self, *args) -> None:
        del args
        chosen = self._selected_product() is not None
        self.adjust.setEnabled(chosen)
        self.open_product.setEnabled(chosen)

    def _on_open_product_clicked(self, *args) -> None:
        del args
        product = self._selected_product()
        if product is not None:
            self.open_product_page(product.product_id)

    def open_product_page(self, product_id: int) -> None:
        """Show the page of the product with ``product_id`` in place of the overview."""
        self.page.show_product(product_id)
        self.stack.setCurrentWidget(self.page)
        self.page.move.setFocus()

    def _on_page_back_requested(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        self.levels.setFocus()

    def _on_adjust_clicked(self, *args) -> None:
        del args
        product = self._selected_product()
        if product is None:
            return
        self.adjust_dialog = AdjustDialog(
            product.sku, product.name, product.levels, list(self.levels_model.locations), self
        )
        self.adjust_dialog.accepted.connect(self._on_adjust_dialog_accepted)
        self.adjust_dialog.open()

    def _on_adjust_dialog_accepted(self) -> None:
        dialog = self.adjust_dialog
        assert dialog is not None
        self.approval = adjust_as_allowed(self._ctx, self, dialog, self._on_adjusted)

    def _on_adjusted(self, movement: MovementDTO | None, error: BaseException | None) -> None:
        if error is not None or movement is None:
            self._show_error(error or RuntimeError("no movement"))
            return
        self.message.say(adjusted_text(movement), Tone.GOOD)
        self.reload()

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.message, self.database_problem, error)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Read again when the area comes into view (stock moves at the desk meanwhile)."""
        super().showEvent(event)
        if not event.spontaneous() and self._seen:
            self.reload()
        self._seen = True
