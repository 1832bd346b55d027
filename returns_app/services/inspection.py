"""Grading each received unit and deciding where it goes; the decision moves stock."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from returns_app.domain.calendar import local_moment_text
from returns_app.domain.eligibility import exception_applies_at_inspection
from returns_app.domain.states import goods_name, goods_transition, is_open
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Inspection, OrderLine, ReturnLine, User
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit, stock
from returns_app.services.acting import authorize
from returns_app.services.dto import ReturnDTO
from returns_app.services.errors import Conflict, InvalidInput, NotFound, require
from returns_app.services.locking import lock_return
from returns_app.services.mail.outbox import queue_mail
from returns_app.services.queries import return_dto
from returns_app.services.refunds import propose_follow_up, refresh_open_proposal

GRADES = ("A", "B", "C", "D")
DISPOSITIONS = ("restock", "b_stock", "quarantine", "scrap", "supplier", "hold")
RESTOCKING = ("restock", "b_stock")


def _msg(text: str, **params) -> Message:
    return Message("services", text, params)


@dataclass(frozen=True)
class InspectUnit:
    """The command: grade and disposition of one unit of a return line."""

    return_line_id: int
    grade: str
    disposition: str
    unit_no: int | None = None  # None: the next unit not yet inspected
    location_code: str | None = None
    unsealed: bool = False
    note: str = ""


@dataclass(frozen=True)
class InspectResult:
    """The return after the inspection, and what the inspection decided."""

    ret: ReturnDTO
    inspection_id: int
    unit_no: int
    location_code: str
    exception_applies: bool
    location_name: str = ""


def inspect_unit(uow: UnitOfWork, actor: Actor, cmd: InspectUnit) -> InspectResult:
    """Record one unit's grade and disposition and move it into stock through the ledger.

    One inspection per unit (a unique key on line and unit number): a second station that
    inspects the same unit at the same moment gets a clear conflict, and stock moves once.
    """
    require(actor, "inspect")
    if cmd.grade not in GRADES:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "Choose a grade A, B, C or D.")))
    if cmd.disposition not in DISPOSITIONS:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "Choose where the unit goes.")))
    with uow:
        authorize(uow, actor, "inspect")
        s = uow.session
        line = s.get(ReturnLine, cmd.return_line_id)
        if line is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("services", "That line is not on this return.")))
        ret = lock_return(s, line.return_id)
        s.refresh(line)
        if not is_open(ret.goods_state):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP("services", "Return {code} is {state}."),
                    code=ret.code,
                    state=goods_name(ret.goods_state),
                )
            )
        done = set(
            s.scalars(select(Inspection.unit_no).where(Inspection.return_line_id == line.id))
        )
        unit_no = cmd.unit_no
        if unit_no is None:
            unit_no = next((n for n in range(1, line.qty_received + 1) if n not in done), None)
            if unit_no is None:
                raise Conflict(
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "services",
                            "Every received unit of this line is inspected already. "
                            "Check in the next unit first.",
                        )
                    )
                )
        if not 1 <= unit_no <= line.qty_received:
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "Unit {n} has not been received (received {received})."
                    ),
                    n=unit_no,
                    received=line.qty_received,
                )
            )
        if unit_no in done:
            who = s.execute(
                select(User.username, Inspection.station, Inspection.created_at)
                .outerjoin(User, User.id == Inspection.user_id)
                .where(Inspection.return_line_id == line.id, Inspection.unit_no == unit_no)
            ).first()
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "Unit {n} was already inspected by {user} at {station}, {when}."
                    ),
                    n=unit_no,
                    user=who[0] or "?",
                    station=who[1] or "?",
                    when=local_moment_text(who[2]),
                )
            )
        order_line = s.get(OrderLine, line.order_line_id)
        location = stock.location_for(s, cmd.disposition, cmd.location_code)
        inspection = Inspection(
            return_line_id=line.id,
            unit_no=unit_no,
            grade=cmd.grade,
            disposition=cmd.disposition,
            location_id=location.id,
            unsealed=cmd.unsealed,
            note=cmd.note,
            user_id=actor.user_id,
            station=actor.station,
        )
        s.add(inspection)
        s.flush()
        if order_line.product_id is not None:
            movement = stock.move(
                s,
                actor,
                order_line.product_id,
                location.id,
                1,
                f"return_{cmd.disposition}",
                return_id=ret.id,
                return_line_id=line.id,
                note=f"{ret.code} #{unit_no} {cmd.grade}",
            )
            inspection.movement_id = movement.id
        if cmd.disposition in RESTOCKING:
            line.qty_restocked += 1
        else:
            line.qty_written_off += 1
        s.flush()
        was = ret.goods_state
        _update_goods_state(s, ret)
        if was != "inspected" and ret.goods_state == "inspected":
            # Every unit that came is graded: now the customer can be told what arrived,
            # what was missing and what is not refunded (the "parcel arrived" e-mail).
            queue_mail(uow, "parcel_arrived", ret)
        excepted = ret.kind != "defect_claim" and exception_applies_at_inspection(
            order_line.exception_category, cmd.unsealed
        )
        audit.record(
            uow,
            actor,
            "unit_inspected",
            "inspection",
            inspection.id,
            return_id=ret.id,
            line=line.id,
            unit=unit_no,
            grade=cmd.grade,
            disposition=cmd.disposition,
            location=location.code,
            exception_applies=excepted,
        )
        s.flush()
        # The money follows the grade: an open proposal is computed again, and units that came
        # after a refund get their follow-up once every unit back is graded.
        refresh_open_proposal(uow, actor, ret)
        propose_follow_up(uow, actor, ret)
        dto = return_dto(s, ret)
        uow.commit()
        return InspectResult(dto, inspection.id, unit_no, location.code, excepted, location.name)


def _update_goods_state(s, ret) -> None:
    lines = list(s.scalars(select(ReturnLine).where(ReturnLine.return_id == ret.id)))
    inspected = s.scalar(
        select(func.count())
        .select_from(Inspection)
        .where(Inspection.return_line_id.in_([l.id for l in lines]))
    )
    received = sum(l.qty_received for l in lines)
    if received and inspected == received and ret.goods_state == "received":
        ret.goods_state = goods_transition(ret.goods_state, "inspected")
    elif inspected < received and ret.goods_state == "inspected":
        ret.goods_state = goods_transition(ret.goods_state, "received")


def undo_inspection(uow: UnitOfWork, actor: Actor, inspection_id: int) -> ReturnDTO:
    """Take back a mistaken inspection: a reversing stock movement, counters restored.

    The audit log keeps both the inspection and its undoing; nothing is erased from it.
    Not possible once the return's refund is issued.
    """
    require(actor, "inspect")
    with uow:
        authorize(uow, actor, "inspect")
        s = uow.session
        inspection = s.get(Inspection, inspection_id)
        if inspection is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("services", "That inspection does not exist.")))
        line = s.get(ReturnLine, inspection.return_line_id)
        ret = lock_return(s, line.return_id)
        if ret.money_state in ("refunded", "part_refunded") or not is_open(ret.goods_state):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "Return {code} is refunded or closed; the inspection stays."
                    ),
                    code=ret.code,
                )
            )
        order_line = s.get(OrderLine, line.order_line_id)
        if inspection.movement_id is not None and order_line.product_id is not None:
            stock.move(
                s,
                actor,
                order_line.product_id,
                inspection.location_id,
                -1,
                "return_undo",
                return_id=ret.id,
                return_line_id=line.id,
                note=f"undo {ret.code} #{inspection.unit_no}",
            )
        if inspection.disposition in RESTOCKING:
            line.qty_restocked -= 1
        else:
            line.qty_written_off -= 1
        details = {
            "line": line.id,
            "unit": inspection.unit_no,
            "grade": inspection.grade,
            "disposition": inspection.disposition,
        }
        s.delete(inspection)
        s.flush()
        _update_goods_state(s, ret)
        audit.record(
            uow,
            actor,
            "inspection_undone",
            "inspection",
            inspection_id,
            return_id=ret.id,
            **details,
        )
        refresh_open_proposal(uow, actor, ret)
        dto = return_dto(s, ret)
        uow.commit()
        return dto
