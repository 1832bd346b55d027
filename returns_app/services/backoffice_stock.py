"""The back office's stock views: products with their levels per location, the ledger page
by page, and the locations themselves (added and deactivated in Settings)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from returns_app.domain.stock import StockTotals, totals
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import (
    LOCATION_KINDS,
    Location,
    Product,
    Return,
    StockLevel,
    StockMovement,
    User,
)
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning.classify import MAX_SCAN_LENGTH, classify, clean_input
from returns_app.services import audit
from returns_app.services.acting import authorize
from returns_app.services.backoffice import day_start
from returns_app.services.errors import Conflict, InvalidInput, require


def _msg(text: str, **params) -> Message:
    return Message("backoffice", text, params)


@dataclass(frozen=True)
class LocationInfo:
    """A stock location, active or not."""

    id: int
    code: str
    name: str
    kind: str
    active: bool


@dataclass(frozen=True)
class ProductLevels:
    """A product with its quantity at each location (location code -> units)."""

    product_id: int
    sku: str
    gtin: str | None
    name: str
    category: str
    active: bool
    levels: Mapping[str, int]
    totals: StockTotals = StockTotals()

    @property
    def total(self) -> int:
        """Units at every location together."""
        return sum(self.levels.values())


@dataclass(frozen=True)
class StockOverview:
    """The products and the locations their levels refer to."""

    locations: tuple[LocationInfo, ...]
    products: tuple[ProductLevels, ...]


def _location_info(l: Location) -> LocationInfo:
    return LocationInfo(l.id, l.code, l.name, l.kind, l.active)


def all_locations(uow: UnitOfWork) -> list[LocationInfo]:
    """Every location, inactive ones too."""
    with uow:
        return [
            _location_info(l) for l in uow.session.scalars(select(Location).order_by(Location.id))
        ]


def stock_overview(uow: UnitOfWork, search: str = "", limit: int = 5000) -> StockOverview:
    """Products (by SKU) with their levels per location; ``search`` matches SKU, GTIN or name."""
    with uow:
        s = uow.session
        locations = [_location_info(l) for l in s.scalars(select(Location).order_by(Location.id))]
        code_of = {l.id: l.code for l in locations}
        kind_of = {l.code: l.kind for l in locations}
        stmt = select(Product).order_by(Product.sku).limit(limit)
        text = clean_input(search)[:MAX_SCAN_LENGTH]  # no NUL reaches SQL
        if text:
            stmt = stmt.where(
                or_(
                    Product.sku.icontains(text, autoescape=True),
                    Product.name.icontains(text, autoescape=True),
                    Product.gtin == text.zfill(14) if text.isdigit() else Product.gtin == text,
                )
            )
        products = list(s.scalars(stmt))
        levels: dict[int, dict[str, int]] = {}
        if products:
            for pid, lid, qty in s.execute(
                select(StockLevel.product_id, StockLevel.location_id, StockLevel.quantity).where(
                    StockLevel.product_id.in_([p.id for p in products]), StockLevel.quantity != 0
                )
            ):
                levels.setdefault(pid, {})[code_of[lid]] = qty
        return StockOverview(
            tuple(locations),
            tuple(
                ProductLevels(
                    p.id,
                    p.sku,
                    p.gtin,
                    p.name,
                    p.category,
                    p.active,
                    levels.get(p.id, {}),
                    totals((kind_of[c], q) for c, q in levels.get(p.id, {}).items()),
                )
                for p in products
            ),
        )


@dataclass(frozen=True)
class LedgerFilter:
    """Which movements the ledger shows; empty fields do not filter."""

    sku: str = ""
    location_code: str = ""
    return_code: str = ""
    user_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class LedgerRow:
    """One movement of the ledger, with what the back office shows beside it."""

    id: int
    created_at: datetime
    sku: str
    product_name: str
    location_code: str
    quantity: int
    balance_after: int
    reason: str
    note: str
    return_id: int | None
    return_code: str | None
    username: str
    station: str
    location_name: str = ""


def ledger_page(
    uow: UnitOfWork, f: LedgerFilter, before_id: int | None = None, limit: int = 200
) -> list[LedgerRow]:
    """Movements newest first, ``limit`` at a time: pass the last id seen as ``before_id``."""
    stmt = (
        select(
            StockMovement,
            Product.sku,
            Product.name,
            Location.code,
            Return.code,
            User.username,
            Location.name,
        )
        .join(Product, Product.id == StockMovement.product_id)
        .join(Location, Location.id == StockMovement.location_id)
        .outerjoin(Return, Return.id == StockMovement.return_id)
        .outerjoin(User, User.id == StockMovement.user_id)
        .order_by(StockMovement.id.desc())
        .limit(limit)
    )
    if before_id is not None:
        stmt = stmt.where(StockMovement.id < before_id)
    if f.sku.strip():
        stmt = stmt.where(Product.sku == f.sku.strip())
    if f.location_code:
        stmt = stmt.where(Location.code == f.location_code)
    if f.return_code.strip():
        scan = classify(f.return_code)
        code = scan.value if scan.kind == "return_code" else f.return_code.strip().upper()
        stmt = stmt.where(Return.code == code)
    if f.user_id is not None:
        stmt = stmt.where(StockMovement.user_id == f.user_id)
    if f.date_from:
        stmt = stmt.where(StockMovement.created_at >= day_start(f.date_from))
    if f.date_to:
        stmt = stmt.where(StockMovement.created_at < day_start(f.date_to + timedelta(days=1)))
    with uow:
        return [
            LedgerRow(
                m.id,
                m.created_at,
                sku,
                name,
                loc,
                m.quantity,
                m.balance_after,
                m.reason,
                m.note,
                m.return_id,
                code,
                user or "",
                m.station,
                location_name,
            )
            for m, sku, name, loc, code, user, location_name in uow.session.execute(stmt)
        ]


@dataclass(frozen=True)
class LocationInput:
    """A location to add (``id`` None) or change."""

    code: str
    name: str
    kind: str
    active: bool = True
    id: int | None = None


def save_location(uow: UnitOfWork, actor: Actor, data: LocationInput) -> LocationInfo:
    """Add or change a stock location (admin). Locations are deactivated, never deleted: the
    ledger refers to them."""
    require(actor, "manage_settings")
    code = data.code.strip().upper()
    if not code or not data.name.strip():
        raise InvalidInput(
            _msg(QT_TRANSLATE_NOOP("backoffice", "Give the location a code and a name."))
        )
    if data.kind not in LOCATION_KINDS:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("backoffice", "Unknown kind of location.")))
    with uow:
        authorize(uow, actor, "manage_settings")
        s = uow.session
        clash = s.scalar(select(Location).where(Location.code == code))
        if clash is not None and clash.id != data.id:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP("backoffice", "There is already a location {code}."),
                    code=code,
                )
            )
        if data.id is None:
            location = Location(code=code, name=data.name.strip(), kind=data.kind, active=True)
            s.add(location)
        else:
            location = _existing_location(s, data.id)
            if not data.active and location.active:
                _check_can_deactivate(s, location)
            location.code, location.name = code, data.name.strip()
            location.kind, location.active = data.kind, data.active
        s.flush()
        audit.record(
            uow,
            actor,
            "location_saved",
            "location",
            location.id,
            code=code,
            kind=data.kind,
            active=location.active,
        )
        info = _location_info(location)
        uow.commit()
        return info


def _existing_location(s: Session, location_id: int) -> Location:
    location = s.get(Location, location_id)
    if location is None:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("backoffice", "No such location.")))
    return location


def _check_can_deactivate(s: Session, location: Location) -> None:
    units = s.scalar(
        select(func.coalesce(func.sum(StockLevel.quantity), 0)).where(
            StockLevel.location_id == location.id
        )
    )
    if units:
        raise Conflict(
            _msg(
                QT_TRANSLATE_NOOP(
                    "backoffice",
                    "{code} still holds {units} units. Move them before deactivating it.",
                ),
                code=location.code,
                units=units,
            )
        )
    others = s.scalar(
        select(func.count())
        .select_from(Location)
        .where(
            Location.kind == location.kind, Location.active.is_(True), Location.id != location.id
        )
    )
    if not others:
        raise Conflict(
            _msg(
                QT_TRANSLATE_NOOP(
                    "backoffice",
                    "{code} is the last active location of its kind; inspection needs one.",
                ),
                code=location.code,
            )
        )
