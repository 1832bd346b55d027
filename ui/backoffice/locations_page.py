"""Stock locations: add one, rename it, deactivate it (never delete: the ledger names it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.services import backoffice_stock as bs
from returns_app.services.backoffice_stock import LocationInfo, LocationInput
from ui.backoffice.common import LOCATION_KINDS, MessageLine, RowsModel, name_of, report_error
from ui.backoffice.return_page_view import table
from ui.context import AppContext
from ui.style import Tone


class LocationsModel(RowsModel[LocationInfo]):
    """Every location, inactive ones too."""

    CONTEXT = "LocationsModel"
    COL_CODE, COL_NAME, COL_KIND, COL_ACTIVE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("LocationsModel", "Code"),
        QT_TRANSLATE_NOOP("LocationsModel", "Name"),
        QT_TRANSLATE_NOOP("LocationsModel", "Kind"),
        QT_TRANSLATE_NOOP("LocationsModel", "In use"),
    )

    def sort_value(self, row: LocationInfo, column: int) -> Any:
        return (row.code, row.name, row.kind, row.active)[column]

    def display(self, row: LocationInfo, column: int) -> str:
        if column == self.COL_KIND:
            return name_of(LOCATION_KINDS, row.kind)
        if column == self.COL_ACTIVE:
            return self.tr("yes") if row.active else self.tr("no")
        return str(self.sort_value(row, column))


class LocationsWidget(QWidget):
    """The locations and a form to add or change one (administrators).

    Signals:
        database_problem(str): the database did not answer.
    """

    database_problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._editing: int | None = None
        self.model = LocationsModel(self)
        self.table = table(self, "locations")
        self.table.setModel(self.model)
        self.code = QLineEdit(self)
        self.code.setMaxLength(40)
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for code in LOCATION_KINDS:
            self.kind.addItem(name_of(LOCATION_KINDS, code), code)
        self.active = QCheckBox(self.tr("In use"), self)
        self.active.setChecked(True)
        self.new = QPushButton(self.tr("New location"), self)
        self.save = QPushButton(self.tr("Save location"), self)
        self.message = MessageLine(self)
        self.readonly_note = QLabel(self.tr("Only an administrator can change locations."), self)
        self.readonly_note.setProperty("role", "muted")
        self.form_box = QGroupBox(self.tr("New location"), self)
        form = QFormLayout(self.form_box)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        form.addRow(buttons)
        side = QVBoxLayout()
        side.addWidget(self.form_box)
        side.addWidget(self.readonly_note)
        side.addWidget(self.message)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.new.clicked.connect(self._on_new_clicked)
        self.save.clicked.connect(self._on_save_clicked)
        ctx.session.changed.connect(self._on_session_changed)
        self._on_session_changed(ctx.session.actor)
        self.reload()

    def reload(self) -> None:
        """Read the locations again."""
        backend = self._ctx.backend
        self._ctx.runner.run_db(
            lambda: bs.all_locations(backend.uow(readonly=True)), self._on_loaded
        )

    def _on_loaded(self, rows: list[LocationInfo] | None, error: BaseException | None) -> None:
        if error is not None or rows is None:
            self._show_error(error or RuntimeError("no locations"))
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _on_session_changed(self, actor: Actor | None) -> None:
        editable = actor is not None and actor.may("manage_settings")
        self.form_box.setEnabled(editable)
        self.readonly_note.setVisible(not editable)

    def _on_table_selection_changed(self, *args) -> None:
        del args
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        location = self.model.row(rows[0].row())
        self._editing = location.id
        self.form_box.setTitle(self.tr("Change {code}").format(code=location.code))
        self.code.setText(location.code)
        self.name.setText(location.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(location.kind)))
        self.active.setChecked(location.active)

    def _on_new_clicked(self) -> None:
        self.table.clearSelection()
        self._editing = None
        self.form_box.setTitle(self.tr("New location"))
        self.code.clear()
        self.name.clear()
        self.kind.setCurrentIndex(0)
        self.active.setChecked(True)
        self.code.setFocus()

    def _on_save_clicked(self) -> None:
        data = LocationInput(
            self.code.text(),
            self.name.text(),
            self.kind.currentData(),
            self.active.isChecked(),
            self._editing,
        )
        backend, actor = self._ctx.backend, self._ctx.actor
        self._ctx.runner.run_db(
            lambda: bs.save_location(backend.uow(), actor, data), self._on_saved
        )

    def _on_saved(self, location: LocationInfo | None, error: BaseException | None) -> None:
        if error is not None or location is None:
            self._show_error(error or RuntimeError("not saved"))
            return
        self._editing = location.id
        self.message.say(self.tr("Location {code} saved.").format(code=location.code), Tone.GOOD)
        self.reload()

    def _show_error(self, error: BaseException) -> None:
        report_error(self._ctx, self.message, self.database_problem, error)
