"""Stock movements of a period as CSV, for the shop's inventory system.

One row per movement of the ledger, oldest first: when (ISO 8601 with the Helsinki
offset, and the day), what (SKU, GTIN, name), where (location code and kind), how many
(signed quantity and the balance after it), why (reason, return code, note) and who.
Semicolon-delimited UTF-8 with a BOM, like the credit-note CSV; quantities are whole units.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from returns_app.domain.calendar import HELSINKI
from returns_app.domain.users import Actor
from returns_app.persistence.models import Location, Product, Return, StockMovement, User
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.acting import authorize
from returns_app.services.errors import require
from returns_app.services.exporting.common import (
    ExportFile,
    ExportResult,
    day_text,
    period_bounds,
)
from returns_app.services.exporting.csv_safe import csv_bytes

HEADER = (
    "movement_id",
    "created_at",
    "date",
    "sku",
    "gtin",
    "product_name",
    "location_code",
    "location_kind",
    "quantity",
    "balance_after",
    "reason",
    "return_code",
    "username",
    "station",
    "note",
)
NUMERIC = frozenset(("movement_id", "quantity", "balance_after"))
"""The columns that hold numbers; every other cell is text (see ``csv_safe``)."""


def export_stock_movements(uow: UnitOfWork, actor: Actor, start: date, end: date) -> ExportResult:
    """The movements made from ``start`` to ``end`` (Helsinki days) as one CSV."""
    require(actor, "export")
    first, after = period_bounds(start, end)
    stmt = (
        select(StockMovement, Product, Location, Return.code, User.username)
        .join(Product, Product.id == StockMovement.product_id)
        .join(Location, Location.id == StockMovement.location_id)
        .outerjoin(Return, Return.id == StockMovement.return_id)
        .outerjoin(User, User.id == StockMovement.user_id)
        .where(StockMovement.created_at >= first, StockMovement.created_at < after)
        .order_by(StockMovement.id)
    )
    rows = []
    with uow:
        authorize(uow, actor, "export")
        for m, product, location, code, username in uow.session.execute(stmt):
            local = m.created_at.astimezone(HELSINKI)
            rows.append(
                [
                    m.id,
                    local.isoformat(timespec="seconds"),
                    day_text(local.date()),
                    product.sku,
                    product.gtin or "",
                    product.name,
                    location.code,
                    location.kind,
                    m.quantity,
                    m.balance_after,
                    m.reason,
                    code or "",
                    username or "",
                    m.station,
                    m.note,
                ]
            )
    name = f"stock-movements-{start.isoformat()}-{end.isoformat()}.csv"
    return ExportResult((ExportFile(name, csv_bytes(HEADER, rows, numeric=NUMERIC)),), len(rows))
