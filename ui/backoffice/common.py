"""What the back-office screens share: the table-model recipe, names people read for codes,
dates and money as a Finn writes them, and the message line every screen has."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

from returns_app.domain.calendar import HELSINKI, format_date
from returns_app.domain.states import GOODS_NAMES, MONEY_NAMES
from returns_app.i18n import QT_TRANSLATE_NOOP
from ui import style
from ui.context import AppContext
from ui.error_text import describe
from ui.money import money
from ui.shell import KeyBinding, KeyGroup
from ui.style import TONES, Tone

if sys.version_info >= (3, 12):
    from typing import override
else:
    from typing_extensions import override

__all__ = ["money"]  # re-exported: the back office writes euros as the desk does

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = "Backoffice"
LOADING = "…"

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

KINDS = {
    "withdrawal": QT_TRANSLATE_NOOP("Backoffice", "Withdrawal"),
    "defect_claim": QT_TRANSLATE_NOOP("Backoffice", "Defect claim"),
    "goodwill": QT_TRANSLATE_NOOP("Backoffice", "Goodwill"),
}
REASONS = {
    "does_not_fit": QT_TRANSLATE_NOOP("Backoffice", "Does not fit"),
    "not_as_described": QT_TRANSLATE_NOOP("Backoffice", "Not as described"),
    "changed_mind": QT_TRANSLATE_NOOP("Backoffice", "Changed mind"),
    "defective": QT_TRANSLATE_NOOP("Backoffice", "Defective"),
    "wrong_item_sent": QT_TRANSLATE_NOOP("Backoffice", "Wrong item sent"),
    "arrived_late": QT_TRANSLATE_NOOP("Backoffice", "Arrived late"),
    "other": QT_TRANSLATE_NOOP("Backoffice", "Other"),
}
REFUND_STATUSES = {
    "proposed": QT_TRANSLATE_NOOP("Backoffice", "Proposed"),
    "approved": QT_TRANSLATE_NOOP("Backoffice", "Approved"),
    "issued": QT_TRANSLATE_NOOP("Backoffice", "Issued"),
    "cancelled": QT_TRANSLATE_NOOP("Backoffice", "Cancelled"),
}
METHODS = {
    "original": QT_TRANSLATE_NOOP("Backoffice", "Original means of payment"),
    "bank_transfer": QT_TRANSLATE_NOOP("Backoffice", "Bank transfer"),
    "store_credit": QT_TRANSLATE_NOOP("Backoffice", "Store credit"),
}
LOCATION_KINDS = {
    "sellable": QT_TRANSLATE_NOOP("Backoffice", "Sellable"),
    "b_stock": QT_TRANSLATE_NOOP("Backoffice", "B-stock"),
    "quarantine": QT_TRANSLATE_NOOP("Backoffice", "Quarantine"),
    "scrap": QT_TRANSLATE_NOOP("Backoffice", "Scrap"),
    "supplier": QT_TRANSLATE_NOOP("Backoffice", "Back to supplier"),
}
ROLES = {
    "clerk": QT_TRANSLATE_NOOP("Backoffice", "Clerk"),
    "supervisor": QT_TRANSLATE_NOOP("Backoffice", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("Backoffice", "Administrator"),
}
URGENCY = {
    "overdue": QT_TRANSLATE_NOOP("Backoffice", "overdue"),
    "due_soon": QT_TRANSLATE_NOOP("Backoffice", "due soon"),
}
URGENCY_TONES = {"overdue": Tone.BAD, "due_soon": Tone.WARN}

RETURN_PAGE_KEYS = KeyGroup(
    QT_TRANSLATE_NOOP("Shortcuts", "Returns"),
    (
        KeyBinding(
            "back", ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Back to the list from a return")
        ),
        KeyBinding("open", ("Return",), QT_TRANSLATE_NOOP("Shortcuts", "Open the return selected")),
    ),
)


def tr(text: str) -> str:
    """Translate ``text`` in the back office's shared context."""
    return QCoreApplication.translate(CONTEXT, text)


def name_of(table: dict[str, str], code: str | None) -> str:
    """The translated name of ``code`` in ``table``; an unknown code (a shop's own return
    reason) is shown as it is."""
    if not code:
        return ""
    text = table.get(code)
    return tr(text) if text is not None else code


def goods_name(state: str) -> str:
    """The goods state in words."""
    return QCoreApplication.translate("states", GOODS_NAMES.get(state, state))


def money_name(state: str) -> str:
    """The money state in words."""
    return QCoreApplication.translate("states", MONEY_NAMES.get(state, state))


def day(d: date | None) -> str:
    """A date as Finns write it ("29.11.2026"); empty for None."""
    return format_date(d) if d is not None else ""


def moment(t: datetime | None) -> str:
    """A UTC moment in Finnish local time ("29.11.2026 14:05"); empty for None."""
    if t is None:
        return ""
    local = t.astimezone(HELSINKI)
    return f"{format_date(local.date())} {local:%H:%M}"


def tone_brush(tone: Tone | None, role: int) -> QBrush | None:
    """The background or text brush of ``tone`` for a table cell (None for no tone)."""
    if tone is None:
        return None
    colours = TONES[tone]
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(QColor(colours.background))
    return QBrush(QColor(colours.text))


class RowsModel(QAbstractTableModel, Generic[Row]):
    """The table-model recipe for a list of frozen rows held in full.

    A subclass names its columns with ``COL_*`` constants, lists their headers in
    ``HEADERS`` (marked with ``QT_TRANSLATE_NOOP`` in the subclass's own context, given as
    ``CONTEXT``) and implements :meth:`display`; :data:`SORT_ROLE` gives raw values for a
    ``QSortFilterProxyModel`` and :data:`ROW_ROLE` the row itself.
    """

    CONTEXT: ClassVar[str] = CONTEXT
    HEADERS: ClassVar[tuple[str, ...]] = ()
    NUMERIC: ClassVar[tuple[int, ...]] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows`` (replacing what was shown)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        """The rows shown, in model order."""
        return list(self._rows)

    def row(self, row: int) -> Row:
        """The row at ``row``."""
        return self._rows[row]

    def display(self, row: Row, column: int) -> str:
        """The text of a cell."""
        raise NotImplementedError

    def sort_value(self, row: Row, column: int) -> Any:
        """The raw value a cell sorts by (default: its text)."""
        return self.display(row, column)

    def tone(self, row: Row, column: int) -> Tone | None:
        """The colour of a cell, if it has one."""
        del row, column
        return None

    def tooltip(self, row: Row, column: int) -> str | None:
        """A longer text for a cell, if it has one."""
        del row, column
        return None

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return tone_brush(self.tone(row, column), role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None


class MessageLine(QLabel):
    """One line under a screen's title that says what just happened or went wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone: Tone | None = None
        self.setObjectName("messageLine")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    @property
    def tone(self) -> Tone | None:
        """The tone of the message shown (None when hidden)."""
        return self._tone if self.isVisibleTo(self.parentWidget()) else None

    def say(self, text: str, tone: Tone = Tone.INFO) -> None:
        """Show ``text`` in the colours of ``tone``."""
        self._tone = tone
        style.chip(self, text, tone)
        self.show()

    def clear_message(self) -> None:
        """Hide the message."""
        self.setText("")
        self.hide()


def fit_columns(
    view: QTableView,
    samples: dict[int, str],
    stretch: int | None = None,
    widest: int | None = None,
) -> None:
    """Size the columns of ``view`` to fit ``samples`` (and their headers) without reading
    the rows: a lazy table cannot measure rows it has not loaded. ``stretch`` takes the rest.
    With ``widest`` no column is wider (its text elided, whole in the tooltip), so one long
    word in one language never pushes the rest off the screen."""
    header = view.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    metrics = QFontMetrics(view.font())
    bold = QFont(header.font())
    bold.setBold(True)
    header_metrics = QFontMetrics(bold)
    model = view.model()
    for column, sample in samples.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(
            metrics.horizontalAdvance(sample) + 16,
            header_metrics.horizontalAdvance(title) + 30,  # room for the sort arrow
        )
        header.resizeSection(column, min(width, widest) if widest else width)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A screen's title."""
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    style.set_font(label, 2, bold=True)
    return label


def report_error(
    ctx: AppContext, line: MessageLine, database_problem, error: BaseException
) -> None:
    """Show a task's error on ``line``; a database failure is also signalled to the window."""
    problem = describe(error, ctx.backend)
    line.say(problem.text, Tone.BAD)
    if problem.database:
        database_problem.emit(problem.text)


class EmptyHint(QObject):
    """Says what to do when a table has no rows ("No returns yet: import orders…").

    A label over the table's viewport, shown while its model is empty; an empty list never
    just shows nothing.
    """

    def __init__(self, view: QTableView, text: str) -> None:
        super().__init__(view)
        self._view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setProperty("role", "muted")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        self._model = None
        self.watch()

    def set_text(self, text: str) -> None:
        """Change the hint (e.g. "nothing matches the filters" against "nothing yet")."""
        self.label.setText(text)

    def watch(self) -> None:
        """Follow the view's model (call again after ``setModel``)."""
        model = self._view.model()
        if model is not None and model is not self._model:
            for signal in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.layoutChanged,
            ):
                signal.connect(self.refresh)
            self._model = model
        self.refresh()

    def refresh(self, *args) -> None:
        """Show the hint while the model has no rows."""
        del args
        model = self._view.model()
        empty = model is None or model.rowCount() == 0
        self.label.setVisible(empty)
        self._place()

    def _place(self) -> None:
        rect = self._view.viewport().rect().adjusted(24, 24, -24, -24)
        self.label.setGeometry(rect)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False


# The locations the app seeds; a shop may rename them (then its own words show as typed).
SEEDED_PLACES = (
    QT_TRANSLATE_NOOP("locations", "Main stock"),
    QT_TRANSLATE_NOOP("locations", "B-stock"),
    QT_TRANSLATE_NOOP("locations", "Quarantine"),
    QT_TRANSLATE_NOOP("locations", "Scrap"),
    QT_TRANSLATE_NOOP("locations", "Back to supplier"),
    QT_TRANSLATE_NOOP("locations", "Held for the customer"),
)


def place(name: str) -> str:
    """A location's name in the reader's language when it is one the app seeded."""
    return QCoreApplication.translate("locations", name) if name else name
