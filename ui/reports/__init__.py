"""The Reports area: charts of what returns cost the shop and why they happen."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.reports.reports_view import ReportsView
from ui.shell import Area


def areas(ctx: AppContext) -> list[Area]:
    """The Reports area."""
    del ctx

    def make(context: AppContext) -> QWidget:
        return ReportsView(context)

    return [Area("reports", QCoreApplication.translate("ReportsView", "Reports"), make, "F12")]


__all__ = ["ReportsView", "areas"]
