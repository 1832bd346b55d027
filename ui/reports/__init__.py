"""The Reports area: charts of what returns cost the shop and why they happen."""

from ui.reports.reports_view import ReportsView

__all__ = ["ReportsView"]
