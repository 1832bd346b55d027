"""Moving units between locations (quarantine to scrap, B-stock to main, held units back to
the customer, anything to the supplier), each move two ledger movements in one transaction.

Concurrency: both level rows are locked in the order of their location ids before the source
is read (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's writing transactions are serial),
so two stations moving from the same source wait for each other, the second reads what the
first left, and a level never goes below zero. Locking in one order keeps two opposite moves
(A to B and B to A at once) from deadlocking.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.counters import locked_row
from returns_app.persistence.models import Location, Product, Return, StockLevel
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning.classify import classify
from returns_app.services import audit
from returns_app.services.acting import authorize
from returns_app.services.errors import Conflict, InvalidInput, NotFound, require
from returns_app.services.stock import MovementDTO, move, movement_dto

MOVED = "moved"  # the reason code of both movements of a move between locations
TO_CUSTOMER = "to_customer"  # the reason code of units that leave for the customer


def _msg(text: str, **params) -> Message:
    return Message("services", text, params)


@dataclass(frozen=True)
class StockMove:
    """A move done: the movement out of the source and the one into the target (None when
    the units left the warehouse for the customer)."""

    product_id: int
    sku: str
    quantity: int
    out: MovementDTO
    into: MovementDTO | None

    @property
    def audited(self) -> MovementDTO:
        """The movement the audit entry names (into the target, else the outgoing one)."""
        return self.into or self.out


def move_stock(
    uow: UnitOfWork,
    actor: Actor,
    sku_or_product_id: str | int,
    from_location_id: int,
    to_location_id: int | None,
    quantity: int,
    reason: str,
    note: str = "",
    *,
    return_code: str = "",
) -> StockMove:
    """Move ``quantity`` units from one location to another (``to_location_id`` None: back
    to the customer, one outgoing movement), with a written reason (supervisor).

    ``return_code`` names the return the units belong to (e.g. units held for its customer);
    the movements and the audit entry then carry it.
    """
    require(actor, "adjust_stock")
    reason, note = reason.strip(), note.strip()
    if not isinstance(quantity, int) or quantity <= 0:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "Move at least one unit.")))
    if not reason:
        raise InvalidInput(
            _msg(QT_TRANSLATE_NOOP("services", "Write the reason for moving the units."))
        )
    if from_location_id == to_location_id:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services", "The units are already there: choose another location to move to."
                )
            )
        )
    with uow:
        authorize(uow, actor, "adjust_stock")
        s = uow.session
        product = _product(s, sku_or_product_id)
        source = _active_location(s, from_location_id)
        target = _active_location(s, to_location_id) if to_location_id is not None else None
        return_id = _return_id(s, return_code)
        # Lock both levels in one order, then read the source as it is now.
        levels = {
            lid: locked_row(s, StockLevel, {"quantity": 0}, product_id=product.id, location_id=lid)
            for lid in sorted(l.id for l in (source, target) if l is not None)
        }
        held = levels[source.id].quantity
        if held <= 0:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP("services", "{location} holds no {sku}: nothing to move."),
                    location=source.name,
                    sku=product.sku,
                )
            )
        if held < quantity:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "{location} holds {held} of {sku}, not {quantity}. Move at most {held}.",
                    ),
                    location=source.name,
                    held=held,
                    sku=product.sku,
                    quantity=quantity,
                )
            )
        text = f"{reason} – {note}" if note else reason
        code = MOVED if target is not None else TO_CUSTOMER
        out = move(s, actor, product.id, source.id, -quantity, code, note=text, return_id=return_id)
        into = (
            move(s, actor, product.id, target.id, quantity, MOVED, note=text, return_id=return_id)
            if target is not None
            else None
        )
        audit.record(
            uow,
            actor,
            "stock_moved",
            "stock_movement",
            (into or out).id,
            return_id=return_id,
            sku=product.sku,
            quantity=quantity,
            **{"from": source.code, "to": target.code if target is not None else None},
            reason=reason,
            note=note,
        )
        result = StockMove(
            product.id,
            product.sku,
            quantity,
            movement_dto(out, product.sku, source.code, actor.username, source.name),
            movement_dto(into, product.sku, target.code, actor.username, target.name)
            if into is not None and target is not None
            else None,
        )
        uow.commit()
        return result


def _product(s: Session, sku_or_product_id: str | int) -> Product:
    if isinstance(sku_or_product_id, int):
        product = s.get(Product, sku_or_product_id)
    else:
        product = s.scalar(select(Product).where(Product.sku == sku_or_product_id.strip()))
    if product is None:
        raise NotFound(
            _msg(
                QT_TRANSLATE_NOOP("services", "No product {product}. Check the SKU."),
                product=sku_or_product_id,
            )
        )
    return product


def _active_location(s: Session, location_id: int) -> Location:
    location = s.get(Location, location_id)
    if location is None:
        raise NotFound(
            _msg(QT_TRANSLATE_NOOP("services", "That location does not exist. Refresh the list."))
        )
    if not location.active:
        raise Conflict(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services", "{location} is no longer in use. Choose an active location."
                ),
                location=location.name,
            )
        )
    return location


def _return_id(s: Session, return_code: str) -> int | None:
    if not return_code.strip():
        return None
    scan = classify(return_code)
    code = scan.value if scan.kind == "return_code" else return_code.strip().upper()
    return_id = s.scalar(select(Return.id).where(Return.code == code))
    if return_id is None:
        raise NotFound(
            _msg(
                QT_TRANSLATE_NOOP("services", "No return {code}. Check the return code."),
                code=code,
            )
        )
    return return_id
