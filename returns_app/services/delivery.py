"""Correct an order's delivery day from the customer's proof (the withdrawal period runs
from it): an estimated day, or a wrong one, is replaced by the day the customer shows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from returns_app.domain.calendar import format_date, notice_date_from_utc
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Order, Shipment
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit, clock
from returns_app.services.acting import authorize
from returns_app.services.dto import OrderDTO
from returns_app.services.errors import InvalidInput, NotFound, require
from returns_app.services.orders import known_delivery
from returns_app.services.queries import order_dto
from returns_app.services.text import clean_text


def _msg(text: str, **params) -> Message:
    return Message("services", text, params)


def correct_delivery_day(
    uow: UnitOfWork,
    actor: Actor,
    order_id: int,
    delivered_on: date,
    proof: str,
    *,
    shipment_id: int | None = None,
    return_id: int | None = None,
    today: date | None = None,
) -> OrderDTO:
    """Set the day the customer got the order's goods, from their proof (``proof`` says
    what it is: a tracking event, a message from the carrier...).

    ``shipment_id`` names the shipment whose day is wrong (a known day too). Without it the
    shipments with no day or an estimated one take ``delivered_on``; a day known from a
    delivery event is never moved by a correction meant for another parcel (the period runs
    from the last delivery, so moving a known later day would shorten it). An order with no
    shipment gets one. The day is marked as corrected: no re-import replaces it. Audited on
    the order (and on ``return_id`` when corrected from a return, so its timeline shows it).
    """
    require(actor, "register_return")
    proof = clean_text(proof).strip()
    if len(proof) < 3:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "Write what shows the delivery day (a tracking event, the carrier's "
                    "message, the customer's receipt).",
                )
            )
        )
    with uow:
        authorize(uow, actor, "register_return")
        s = uow.session
        today = today or notice_date_from_utc(clock.now(uow))
        if delivered_on > today:
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "The delivery day {day} is in the future; check the date."
                    ),
                    day=format_date(delivered_on),
                )
            )
        stmt = (
            select(Order)
            .where(Order.id == order_id)
            .options(selectinload(Order.shipments), selectinload(Order.lines))
            .execution_options(populate_existing=True)
        )
        if s.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(of=Order)  # the first lock of the one lock order
        order = s.scalar(stmt)
        if order is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("services", "No such order.")))
        targets = _shipments_to_correct(order, shipment_id)
        shipped = min(
            (notice_date_from_utc(sh.shipped_at) for sh in targets if sh.shipped_at),
            default=None,
        )
        if shipped is not None and delivered_on < shipped:
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The goods left on {shipped}; they cannot have arrived before that "
                        "({day}).",
                    ),
                    shipped=format_date(shipped),
                    day=format_date(delivered_on),
                )
            )
        ordered = notice_date_from_utc(order.ordered_at)
        if delivered_on < ordered:
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The order was placed on {ordered}; the goods cannot have arrived "
                        "before that ({day}).",
                    ),
                    ordered=format_date(ordered),
                    day=format_date(delivered_on),
                )
            )
        before = [sh.delivered_on for sh in targets]
        was_estimated = any(sh.delivery_estimated for sh in targets)
        if not targets:
            s.add(Shipment(order_id=order.id, delivered_on=delivered_on, delivery_corrected=True))
        for sh in targets:
            sh.delivered_on = delivered_on
            sh.delivery_estimated = False
            sh.delivery_corrected = True
        audit.record(
            uow,
            actor,
            "delivery_corrected",
            "order",
            order.id,
            return_id=return_id,
            order=order.order_number,
            shipment=", ".join(sh.tracking_number or "" for sh in targets) or None,
            old=max((d.isoformat() for d in before if d), default=None),
            new=delivered_on.isoformat(),
            was_estimated=was_estimated,
            proof=proof[:500],
        )
        s.flush()
        s.refresh(order)
        dto = order_dto(s, order)
        uow.commit()
        return dto


def _shipments_to_correct(order: Order, shipment_id: int | None) -> list[Shipment]:
    """The shipments a correction sets (see :func:`correct_delivery_day`)."""
    if shipment_id is not None:
        named = [sh for sh in order.shipments if sh.id == shipment_id]
        if not named:
            raise NotFound(
                _msg(QT_TRANSLATE_NOOP("services", "That shipment is not one of this order's."))
            )
        return named
    open_ = [sh for sh in order.shipments if not known_delivery(sh)]
    if open_ or len(order.shipments) <= 1:
        return open_ or list(order.shipments)
    raise InvalidInput(
        _msg(
            QT_TRANSLATE_NOOP(
                "services",
                "Order {number} has several shipments with known delivery days: choose the "
                "shipment whose day is wrong.",
            ),
            number=order.order_number,
        )
    )
