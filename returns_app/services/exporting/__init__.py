"""Exports for accounting and inventory: credit notes (CSV, Finvoice 3.0), stock movements."""

from __future__ import annotations

from datetime import date

from returns_app.domain.users import Actor
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.exporting.common import ExportFile, ExportResult, save
from returns_app.services.exporting.finvoice import export_finvoice
from returns_app.services.exporting.refunds_csv import export_refunds_csv
from returns_app.services.exporting.stock_csv import export_stock_movements

REFUND_FORMATS = ("csv", "finvoice")


def export_refunds(
    uow: UnitOfWork, actor: Actor, start: date, end: date, fmt: str = "csv", *, decimal: str = ","
) -> ExportResult:
    """The refunds issued in a period as ``fmt`` (``csv`` or ``finvoice``)."""
    if fmt == "finvoice":
        return export_finvoice(uow, actor, start, end)
    if fmt == "csv":
        return export_refunds_csv(uow, actor, start, end, decimal=decimal)
    raise ValueError(f"unknown refund export format {fmt!r}")


__all__ = [
    "REFUND_FORMATS",
    "ExportFile",
    "ExportResult",
    "export_finvoice",
    "export_refunds",
    "export_refunds_csv",
    "export_stock_movements",
    "save",
]
