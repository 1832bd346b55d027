"""One product's stock as its page shows it: the units at each location, by name, and what
they count as (sellable, not for sale, not stock on hand)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from returns_app.domain.stock import NOT_ON_HAND, StockTotals, standing, totals
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Location, Product, StockLevel
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.backoffice_stock import LocationInfo, all_locations
from returns_app.services.errors import NotFound


@dataclass(frozen=True)
class LocationLevel:
    """The units of a product at one location; ``standing`` is what they count as
    (see :mod:`returns_app.domain.stock`)."""

    location: LocationInfo
    quantity: int
    standing: str


@dataclass(frozen=True)
class ProductStock:
    """A product, its non-zero levels (stock on hand first, each part in location order),
    their totals, and every active location (where units may be moved to)."""

    product_id: int
    sku: str
    gtin: str | None
    name: str
    category: str
    levels: tuple[LocationLevel, ...]
    totals: StockTotals
    locations: tuple[LocationInfo, ...]

    def held_at(self, location_id: int) -> int:
        """Units at ``location_id`` (0 when none)."""
        return next((l.quantity for l in self.levels if l.location.id == location_id), 0)


def product_stock(uow: UnitOfWork, product_id: int) -> ProductStock:
    """The stock of the product with ``product_id``."""
    locations = {l.id: l for l in all_locations(uow)}
    with uow:
        s = uow.session
        product = s.get(Product, product_id)
        if product is None:
            raise NotFound(
                Message(
                    "services",
                    QT_TRANSLATE_NOOP("services", "That product no longer exists. Refresh."),
                )
            )
        rows = s.execute(
            select(StockLevel.location_id, StockLevel.quantity)
            .join(Location, Location.id == StockLevel.location_id)
            .where(StockLevel.product_id == product_id, StockLevel.quantity != 0)
            .order_by(Location.id)
        )
        levels = tuple(
            sorted(
                (
                    LocationLevel(locations[lid], qty, standing(locations[lid].kind))
                    for lid, qty in rows
                ),
                key=lambda l: l.standing == NOT_ON_HAND,  # stable: location order within
            )
        )
        return ProductStock(
            product.id,
            product.sku,
            product.gtin,
            product.name,
            product.category,
            levels,
            totals((l.location.kind, l.quantity) for l in levels),
            tuple(l for l in locations.values() if l.active),
        )
