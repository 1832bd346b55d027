"""The Reports area: charts of what returns cost the shop and why they happen.

The view (and the report services behind it) is imported when the area is first shown, not
at the desk's cold start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.shell import Area

if TYPE_CHECKING:
    from ui.reports.reports_view import ReportsView


def areas(ctx: AppContext) -> list[Area]:
    """The Reports area."""
    del ctx

    def make(context: AppContext) -> QWidget:
        from ui.reports.reports_view import ReportsView

        return ReportsView(context)

    return [Area("reports", QCoreApplication.translate("ReportsView", "Reports"), make, "F12")]


def __getattr__(name: str) -> Any:
    if name == "ReportsView":
        from ui.reports.reports_view import ReportsView

        return ReportsView
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ReportsView", "areas"]
