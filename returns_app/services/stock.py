"""The stock ledger: every change of stock is a movement, and the level is their sum.

Concurrency: the level row of (product, location) is locked (``SELECT ... FOR UPDATE`` on
PostgreSQL; SQLite's writing transactions are serial) before it is read and written, so two
stations moving the same product never lose a movement. Insert-if-missing uses
``ON CONFLICT DO NOTHING`` so the first movement of a product at a location is safe too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.counters import locked_row
from returns_app.persistence.models import Location, Product, StockLevel, StockMovement, User
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit
from returns_app.services.acting import authorize
from returns_app.services.errors import InvalidInput, NotFound, require

DISPOSITION_LOCATION_KIND = {
    "restock": "sellable",
    "b_stock": "b_stock",
    "quarantine": "quarantine",
    "scrap": "scrap",
    "supplier": "supplier",
    "hold": "quarantine",  # not for sale: held to be sent back to the customer
}
# Where a disposition goes when no location is chosen and the kind's first is not meant.
DISPOSITION_DEFAULT_CODE = {"hold": "HOLD"}


@dataclass(frozen=True)
class StockLevelDTO:
    """A product's quantity at a location."""

    product_id: int
    sku: str
    name: str
    location_code: str
    quantity: int


@dataclass(frozen=True)
class MovementDTO:
    """One line of the ledger."""

    id: int
    sku: str
    location_code: str
    quantity: int
    balance_after: int
    reason: str
    note: str
    return_id: int | None
    username: str
    station: str
    created_at: datetime
    location_name: str = ""


@dataclass(frozen=True)
class LocationDTO:
    """A stock location."""

    id: int
    code: str
    name: str
    kind: str


def move(
    s: Session,
    actor: Actor,
    product_id: int,
    location_id: int,
    quantity: int,
    reason: str,
    *,
    note: str = "",
    return_id: int | None = None,
    return_line_id: int | None = None,
) -> StockMovement:
    """Add a movement and update the level in the caller's transaction."""
    if quantity == 0:
        raise InvalidInput(
            Message("stock", QT_TRANSLATE_NOOP("stock", "A movement of 0 units moves nothing."))
        )
    level = locked_row(
        s, StockLevel, {"quantity": 0}, product_id=product_id, location_id=location_id
    )
    level.quantity += quantity
    movement = StockMovement(
        product_id=product_id,
        location_id=location_id,
        quantity=quantity,
        balance_after=level.quantity,
        reason=reason,
        note=note,
        return_id=return_id,
        return_line_id=return_line_id,
        user_id=actor.user_id,
        station=actor.station,
    )
    s.add(movement)
    s.flush()
    return movement


def location_for(s: Session, disposition: str, code: str | None = None) -> Location:
    """The location a disposition sends a unit to (a chosen code, or the kind's first)."""
    kind = DISPOSITION_LOCATION_KIND[disposition]
    code = code or DISPOSITION_DEFAULT_CODE.get(disposition)
    stmt = select(Location).where(Location.active.is_(True))
    stmt = stmt.where(Location.code == code) if code else stmt.where(Location.kind == kind)
    location = s.scalar(stmt.order_by(Location.id).limit(1))
    if location is None or location.kind != kind:
        raise NotFound(
            Message(
                "stock",
                QT_TRANSLATE_NOOP(
                    "stock", "No active {kind} location {code}. Add one in Settings."
                ),
                {"kind": kind, "code": code or ""},
            )
        )
    return location


def adjust_stock(
    uow: UnitOfWork, actor: Actor, sku: str, location_code: str, quantity: int, reason: str
) -> MovementDTO:
    """A supervised manual adjustment (counted stock differs), with a written reason."""
    require(actor, "adjust_stock")
    if not reason.strip():
        raise InvalidInput(
            Message("stock", QT_TRANSLATE_NOOP("stock", "Write the reason for the adjustment."))
        )
    with uow:
        authorize(uow, actor, "adjust_stock")
        s = uow.session
        product = s.scalar(select(Product).where(Product.sku == sku))
        location = s.scalar(select(Location).where(Location.code == location_code))
        if product is None or location is None:
            raise NotFound(
                Message("stock", QT_TRANSLATE_NOOP("stock", "Unknown product or location."))
            )
        m = move(s, actor, product.id, location.id, quantity, "adjustment", note=reason)
        audit.record(
            uow,
            actor,
            "stock_adjusted",
            "stock_movement",
            m.id,
            sku=sku,
            location=location_code,
            quantity=quantity,
            reason=reason,
        )
        dto = movement_dto(m, product.sku, location.code, actor.username, location.name)
        uow.commit()
        return dto


def movement_dto(
    m: StockMovement, sku: str, location: str, username: str, location_name: str = ""
) -> MovementDTO:
    """The DTO of a movement (with the code and name of its location)."""
    return MovementDTO(
        m.id,
        sku,
        location,
        m.quantity,
        m.balance_after,
        m.reason,
        m.note,
        m.return_id,
        username,
        m.station,
        m.created_at,
        location_name,
    )


def list_locations(uow: UnitOfWork) -> list[LocationDTO]:
    """Every active location."""
    with uow:
        return [
            LocationDTO(l.id, l.code, l.name, l.kind)
            for l in uow.session.scalars(
                select(Location).where(Location.active.is_(True)).order_by(Location.id)
            )
        ]


def stock_levels(uow: UnitOfWork, sku: str | None = None) -> list[StockLevelDTO]:
    """Levels per product and location (non-zero ones)."""
    with uow:
        stmt = (
            select(Product.id, Product.sku, Product.name, Location.code, StockLevel.quantity)
            .join(Product, Product.id == StockLevel.product_id)
            .join(Location, Location.id == StockLevel.location_id)
            .where(StockLevel.quantity != 0)
            .order_by(Product.sku, Location.code)
        )
        if sku:
            stmt = stmt.where(Product.sku == sku)
        return [StockLevelDTO(*row) for row in uow.session.execute(stmt)]


def ledger(
    uow: UnitOfWork,
    *,
    sku: str | None = None,
    location_code: str | None = None,
    return_id: int | None = None,
    limit: int = 500,
) -> list[MovementDTO]:
    """Movements, newest first, filtered."""
    with uow:
        stmt = (
            select(StockMovement, Product.sku, Location.code, User.username, Location.name)
            .join(Product, Product.id == StockMovement.product_id)
            .join(Location, Location.id == StockMovement.location_id)
            .outerjoin(User, User.id == StockMovement.user_id)
            .order_by(StockMovement.id.desc())
            .limit(limit)
        )
        if sku:
            stmt = stmt.where(Product.sku == sku)
        if location_code:
            stmt = stmt.where(Location.code == location_code)
        if return_id is not None:
            stmt = stmt.where(StockMovement.return_id == return_id)
        return [movement_dto(m, p, l, u or "", n) for m, p, l, u, n in uow.session.execute(stmt)]


def ledger_sum_mismatches(uow: UnitOfWork) -> list[tuple[int, int, int, int]]:
    """(product, location, level, ledger sum) where the level is not the ledger's sum."""
    with uow:
        sums = dict(
            ((p, l), int(q))
            for p, l, q in uow.session.execute(
                select(
                    StockMovement.product_id,
                    StockMovement.location_id,
                    func.sum(StockMovement.quantity),
                ).group_by(StockMovement.product_id, StockMovement.location_id)
            )
        )
        out = []
        for level in uow.session.scalars(select(StockLevel)):
            total = sums.pop((level.product_id, level.location_id), 0)
            if total != level.quantity:
                out.append((level.product_id, level.location_id, level.quantity, total))
        out += [(p, l, 0, q) for (p, l), q in sums.items()]
        return out
