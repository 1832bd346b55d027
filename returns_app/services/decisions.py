"""A supervisor's decisions on a return that the desk does not take: reopen a closed return,
accept a late return or an excepted unit with a written override, and internal notes.

(Reject, close, proof of dispatch: :mod:`returns_app.services.returns`; cancel a proposal and
refund what is owed: :mod:`returns_app.services.refunds`.) Every decision names the version of
the return it was taken on, so two supervisors deciding at once never overwrite each other:
the second is told who changed the return and when.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from returns_app.domain.calendar import notice_date_from_utc
from returns_app.domain.eligibility import exception_applies_at_inspection
from returns_app.domain.states import goods_name, goods_transition, is_open, money_transition
from returns_app.domain.users import Actor
from returns_app.domain.withdrawal import lateness
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import (
    AuditEntry,
    Inspection,
    OrderLine,
    Parcel,
    Return,
    ReturnLine,
    User,
)
from returns_app.persistence.types import utcnow
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit, stock
from returns_app.services.acting import authorize
from returns_app.services.dto import ReturnDTO
from returns_app.services.errors import Conflict, InvalidInput, NotFound, require
from returns_app.services.locking import lock_return
from returns_app.services.owed import settle_money_state
from returns_app.services.queries import load_return, return_dto
from returns_app.services.refunds import propose_follow_up, refresh_open_proposal
from returns_app.services.text import clean_text
from returns_app.services.versions import check_version

MAX_TEXT = 2000


def _msg(text: str, **params) -> Message:
    return Message("services", text, params)


def _written(text: str, missing: str) -> str:
    """The reason or note as written, or refuse an empty or overlong one."""
    text = clean_text(text)
    if not text:
        raise InvalidInput(_msg(missing))
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services", "Keep it under {n} characters; the log keeps what matters."
                ),
                n=MAX_TEXT,
            )
        )
    return text


def reopen_return(
    uow: UnitOfWork,
    actor: Actor,
    return_id: int,
    reason: str,
    *,
    expected_version: int | None = None,
) -> ReturnDTO:
    """Reopen a closed or rejected return (supervisor), with a reason.

    A closed return's goods go back to inspected (units came back) or announced (none did);
    units never sent back are expected again, so a refunded return whose units are still out
    owes them again. A rejected return (a mistake, or the parcel came after all) goes back to
    received or announced, and its money from "nothing to refund" to "no refund yet".
    """
    require(actor, "reopen_return")
    why = _written(reason, QT_TRANSLATE_NOOP("services", "Write why the return is reopened."))
    with uow:
        authorize(uow, actor, "reopen_return")
        s = uow.session
        ret = lock_return(s, return_id)
        check_version(s, ret, expected_version)
        if ret.goods_state not in ("closed", "rejected"):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "Only a closed or rejected return can be reopened; this one is {state}.",
                    ),
                    state=goods_name(ret.goods_state),
                )
            )
        received = s.scalar(
            select(func.coalesce(func.sum(ReturnLine.qty_received), 0)).where(
                ReturnLine.return_id == ret.id
            )
        )
        parcels = s.scalar(select(func.count()).where(Parcel.return_id == ret.id))
        if ret.goods_state == "closed":
            target = "inspected" if received else "announced"
        else:
            target = "received" if received or parcels else "announced"
            ret.money_state = money_transition(ret.money_state, "none")
        ret.goods_state = goods_transition(ret.goods_state, target)
        ret.closed_at = None
        ret.decision_reason = None  # the decision that closed it stays in the timeline
        settle_money_state(s, ret)
        audit.record(uow, actor, "return_reopened", "return", ret.id, return_id=ret.id, reason=why)
        dto = return_dto(s, ret)
        uow.commit()
        return dto


def add_note(uow: UnitOfWork, actor: Actor, return_id: int, text: str) -> ReturnDTO:
    """Add an internal note to a return (never shown to the customer); it is kept in the
    return's timeline with who wrote it, where and when."""
    require(actor, "add_note")
    note = _written(text, QT_TRANSLATE_NOOP("services", "Write the note first."))
    with uow:
        authorize(uow, actor, "add_note")
        s = uow.session
        ret = load_return(s, return_id)
        audit.record(uow, actor, "note_added", "return", ret.id, return_id=ret.id, text=note)
        dto = return_dto(s, ret)
        uow.commit()
        return dto


def rule_notes(uow: UnitOfWork, return_id: int) -> tuple[Message, ...]:
    """What the return rules said when the return was registered (in the reader's words)."""
    with uow:
        details = uow.session.scalar(
            select(AuditEntry.details)
            .where(AuditEntry.return_id == return_id, AuditEntry.action == "return_registered")
            .order_by(AuditEntry.id)
            .limit(1)
        )
    return tuple(Message(c, t, p) for c, t, p in (details or {}).get("reasons", []))


def _username(s, user_id: int | None) -> str:
    user = s.get(User, user_id) if user_id else None
    return (user.display_name or user.username) if user else "—"


def _first_arrival(s, return_id: int) -> date | None:
    first = s.scalar(select(func.min(Parcel.scanned_at)).where(Parcel.return_id == return_id))
    return notice_date_from_utc(first) if first is not None else None


def late_points(s, ret: Return, today: date) -> tuple[str, ...]:
    """What is late about ``ret`` today ("notice", "goods"); see :func:`lateness`."""
    return lateness(
        ret.kind,
        ret.notice_date,
        ret.period_ends,
        ret.goods_due,
        _first_arrival(s, ret.id),
        today,
        notice_date_from_utc(ret.proof_of_dispatch_at) if ret.proof_of_dispatch_at else None,
    )


def accept_late(
    uow: UnitOfWork,
    actor: Actor,
    return_id: int,
    reason: str,
    *,
    today: date | None = None,
    expected_version: int | None = None,
) -> ReturnDTO:
    """Accept a late notice or goods sent back late, in writing (supervisor).

    The acceptance and its signer are kept on the return (and in its timeline); the return
    is no longer flagged late. Nothing about the money changes: sending the goods late does
    not forfeit the refund (only the sending counts, not the arrival), so the flag is a
    supervisor's prompt to look, never a block.
    """
    require(actor, "override")
    why = _written(reason, QT_TRANSLATE_NOOP("services", "Write why the late return is accepted."))
    today = today or notice_date_from_utc(utcnow())
    with uow:
        authorize(uow, actor, "override")
        s = uow.session
        ret = lock_return(s, return_id)
        check_version(s, ret, expected_version)
        if not is_open(ret.goods_state):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "This return is {state}; accepting it late would change nothing. "
                        "Reopen it first if it was closed by mistake.",
                    ),
                    state=goods_name(ret.goods_state),
                )
            )
        if ret.late_accepted:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "{who} already accepted this late return: \u201c{reason}\u201d."
                    ),
                    who=_username(s, ret.late_accepted_by),
                    reason=ret.late_accepted,
                )
            )
        late = late_points(s, ret, today)
        if not late:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "This return is not late: the notice and the goods are in time. "
                        "Nothing to accept.",
                    )
                )
            )
        ret.late_accepted = why
        ret.late_accepted_by = actor.user_id
        audit.record(
            uow,
            actor,
            "late_accepted",
            "return",
            ret.id,
            return_id=ret.id,
            reason=why,
            late=list(late),
        )
        dto = return_dto(s, ret)
        uow.commit()
        return dto


def _release_held_unit(s, actor: Actor, ret: Return, inspection: Inspection) -> str | None:
    """A unit held to be sent back to the customer is refunded now, so it is the shop's: it
    leaves HOLD for quarantine (not for sale until someone decides), never to be shipped back
    to a customer who has the money. Returns the code of the location it went to."""
    if inspection.disposition != "hold":
        return None
    quarantine = stock.location_for(s, "quarantine")
    if inspection.movement_id is not None:
        product_id = s.scalar(
            select(OrderLine.product_id)
            .join(ReturnLine, ReturnLine.order_line_id == OrderLine.id)
            .where(ReturnLine.id == inspection.return_line_id)
        )
        note = f"{ret.code} #{inspection.unit_no} {inspection.grade}"
        for location_id, qty in ((inspection.location_id, -1), (quarantine.id, 1)):
            stock.move(
                s,
                actor,
                product_id,
                location_id,
                qty,
                "return_quarantine",
                note=note,
                return_id=ret.id,
                return_line_id=inspection.return_line_id,
            )
    inspection.disposition = "quarantine"
    inspection.location_id = quarantine.id
    return quarantine.code


def override_exception(
    uow: UnitOfWork,
    actor: Actor,
    inspection_id: int,
    reason: str,
    *,
    expected_version: int | None = None,
) -> ReturnDTO:
    """Accept one inspected unit that an art. 16 exception keeps out of the refund (an
    unsealed hygiene item, say), with a written override (supervisor).

    The unit is then refunded like any other: an open proposal is computed again, and a
    return already refunded owes it (a follow-up refund is proposed once every unit is graded).
    """
    require(actor, "override")
    why = _written(
        reason,
        QT_TRANSLATE_NOOP("services", "Write why the unit is accepted despite the exception."),
    )
    with uow:
        authorize(uow, actor, "override")
        s = uow.session
        return_id = s.scalar(
            select(ReturnLine.return_id)
            .join(Inspection, Inspection.return_line_id == ReturnLine.id)
            .where(Inspection.id == inspection_id)
        )
        if return_id is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("services", "No such inspected unit.")))
        ret = lock_return(s, return_id)
        check_version(s, ret, expected_version)
        inspection, category = s.execute(
            select(Inspection, OrderLine.exception_category)
            .join(ReturnLine, ReturnLine.id == Inspection.return_line_id)
            .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
            .where(Inspection.id == inspection_id)
            .execution_options(populate_existing=True)
        ).one()
        if ret.goods_state == "rejected":
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services", "This return is rejected; none of its units is refunded."
                    )
                )
            )
        if ret.kind == "defect_claim" or not exception_applies_at_inspection(
            category or "none", inspection.unsealed
        ):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "No exception keeps this unit out of the refund; there is nothing to "
                        "override.",
                    )
                )
            )
        if inspection.exception_override is not None:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "{who} already accepted this unit: \u201c{reason}\u201d.",
                    ),
                    who=_username(s, inspection.exception_override_by),
                    reason=inspection.exception_override,
                )
            )
        inspection.exception_override = why
        inspection.exception_override_by = actor.user_id
        moved_to = _release_held_unit(s, actor, ret, inspection)
        s.flush()
        settle_money_state(s, ret)
        refresh_open_proposal(uow, actor, ret)
        propose_follow_up(uow, actor, ret)
        audit.record(
            uow,
            actor,
            "exception_overridden",
            "inspection",
            inspection.id,
            return_id=ret.id,
            line=inspection.return_line_id,
            unit=inspection.unit_no,
            reason=why,
            moved_to=moved_to,
        )
        dto = return_dto(s, ret)
        uow.commit()
        return dto


__all__ = [
    "accept_late",
    "add_note",
    "late_points",
    "override_exception",
    "reopen_return",
    "rule_notes",
]
