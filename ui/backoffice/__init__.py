"""The back office: the returns list and a return's page, the refund queue, stock, the
unidentified parcels, settings and users.

:func:`areas` gives the main window its areas (name ``"ui.backoffice"`` in
``ui.shell.EXTRA_AREAS``). Widgets that the main window may want to hear from offer
``database_problem(str)``; the settings area also offers ``database_switched(object)``: the
new, open :class:`~returns_app.services.runtime.Backend` to swap in (see
:func:`ui.backoffice.database_settings.switch_database`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from returns_app.i18n import QT_TRANSLATE_NOOP
from ui.context import AppContext
from ui.shell import Area, KeyGroup

if TYPE_CHECKING:
    from returns_app.services.documents import StoredDocument

CONTEXT = "Backoffice"
ROLE_OF_KIND = {"return_label": "label", "item_tag": "tag"}  # everything else: A4


def printer_for(ctx: AppContext, parent: QWidget):
    """A ``print_document(doc)`` callback that prints on this station's printer for the
    document's kind and offers "Save as PDF…" when it cannot."""
    from ui.printing import DocumentRole, PrintCenter, PrintOutcome

    center = PrintCenter(ctx, parent)

    def print_document(doc: StoredDocument) -> None:
        role = DocumentRole(ROLE_OF_KIND.get(doc.kind, "a4"))

        def done(outcome: PrintOutcome | None, problem) -> None:
            if outcome is not None and not outcome.printed:
                center.offer_save(outcome, parent)

        center.print_stored(doc, role, done)

    return print_document


def _returns(ctx: AppContext) -> QWidget:
    from ui.backoffice.returns_area import ReturnsArea

    area = ReturnsArea(ctx)
    area.page.set_print_document(printer_for(ctx, area))
    return area


def _refunds(ctx: AppContext) -> QWidget:
    from ui.backoffice.refund_queue import RefundQueueWidget

    widget = RefundQueueWidget(ctx)
    widget.set_print_document(printer_for(ctx, widget))
    return widget


def _stock(ctx: AppContext) -> QWidget:
    from ui.backoffice.stock import StockWidget

    return StockWidget(ctx)


def _unidentified(ctx: AppContext) -> QWidget:
    from ui.backoffice.unidentified import UnidentifiedWidget

    return UnidentifiedWidget(ctx)


def _settings(ctx: AppContext) -> QWidget:
    from ui.backoffice.settings_page import SettingsPage

    return SettingsPage(ctx)


def _users(ctx: AppContext) -> QWidget:
    from ui.backoffice.users_page import UsersPage

    return UsersPage(ctx)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def areas(ctx: AppContext) -> list[Area]:
    """The back office's areas, in the order of their tabs."""
    del ctx
    from ui.backoffice.common import RETURN_PAGE_KEYS

    keys: tuple[KeyGroup, ...] = (RETURN_PAGE_KEYS,)
    return [
        Area(
            "returns",
            _tr(QT_TRANSLATE_NOOP("Backoffice", "Returns")),
            _returns,
            "Ctrl+Shift+F",
            key_groups=keys,
        ),
        Area("refunds", _tr(QT_TRANSLATE_NOOP("Backoffice", "Refund queue")), _refunds),
        Area("stock", _tr(QT_TRANSLATE_NOOP("Backoffice", "Stock")), _stock),
        Area(
            "unidentified",
            _tr(QT_TRANSLATE_NOOP("Backoffice", "Unidentified parcels")),
            _unidentified,
        ),
        Area("settings", _tr(QT_TRANSLATE_NOOP("Backoffice", "Settings")), _settings),
        Area(
            "users",
            _tr(QT_TRANSLATE_NOOP("Backoffice", "Users")),
            _users,
            permission="manage_users",
        ),
    ]
