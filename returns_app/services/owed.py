"""What a return still owes: units back but not yet refunded, units still expected.

Shared by the refunds (a follow-up refund covers what the earlier ones did not) and by every
read of a return (the desk and the back office say what is still owed).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from returns_app.domain.eligibility import exception_applies_at_inspection
from returns_app.domain.states import is_open, money_transition
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Inspection, OrderLine, Refund, Return, ReturnLine


def _msg(text: str, **params) -> Message:
    return Message("services", text, params)


def issued_refunds(s: Session, return_id: int) -> list[Refund]:
    """The refunds of a return already issued, oldest first (a first one and follow-ups)."""
    return list(
        s.scalars(
            select(Refund)
            .where(Refund.return_id == return_id, Refund.status == "issued")
            .options(selectinload(Refund.lines))
            .order_by(Refund.id)
        )
    )


def units_refunded(refunds: list[Refund]) -> dict[int, int]:
    """Units per order line that these refunds paid back."""
    out: dict[int, int] = {}
    for refund in refunds:
        for row in refund.lines:
            if row.kind == "item" and row.order_line_id is not None:
                out[row.order_line_id] = out.get(row.order_line_id, 0) + row.quantity
    return out


# A defect claim settled by repair, replacement or a price reduction owes no units back.
NO_UNITS_OWED = ("repair", "replacement", "price_reduction")


def _excluded(s: Session, ret: Return, lines: list[ReturnLine]) -> dict[int, int]:
    """Units per return line that an art. 16 exception excludes once inspected (one query),
    unless a supervisor accepted the unit anyway."""
    if ret.kind == "defect_claim" or not lines:
        return {}
    rows = s.execute(
        select(Inspection.return_line_id, Inspection.unsealed, OrderLine.exception_category)
        .join(ReturnLine, ReturnLine.id == Inspection.return_line_id)
        .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
        .where(
            Inspection.return_line_id.in_([l.id for l in lines]),
            # A supervisor's written override accepts the unit despite the exception.
            Inspection.exception_override.is_(None),
        )
    )
    out: dict[int, int] = {}
    for line_id, unsealed, category in rows:
        if category and exception_applies_at_inspection(category, unsealed):
            out[line_id] = out.get(line_id, 0) + 1
    return out


def units_to_refund(
    s: Session, ret: Return, lines: list[ReturnLine], done: dict[int, int]
) -> tuple[dict[int, int], list[Message]]:
    """Units per order line: received ones (or announced ones given proof of dispatch),
    less units an exception excludes once inspected (an unsealed hygiene item), less the
    units ``done`` (per order line) that refunds of this return already paid back."""
    notes: list[Message] = []
    out: dict[int, int] = {}
    received_any = any(l.qty_received for l in lines)
    done = dict(done)
    excluded = _excluded(s, ret, lines)
    for line in lines:
        units = line.qty_received if received_any else line.qty_announced
        if excluded.get(line.id):
            units -= excluded[line.id]
            notes.append(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "{n} unit(s) opened from a sealed package are not refunded "
                        "(the exception applies).",
                    ),
                    n=excluded[line.id],
                )
            )
        paid_back = min(max(units, 0), done.get(line.order_line_id, 0))
        done[line.order_line_id] = done.get(line.order_line_id, 0) - paid_back
        units -= paid_back
        if units > 0:
            out[line.order_line_id] = out.get(line.order_line_id, 0) + units
    return out, notes


def money_left(
    s: Session,
    ret: Return,
    lines: list[ReturnLine] | None = None,
    issued: list[Refund] | None = None,
) -> tuple[int, int]:
    """(units back and not yet refunded or excluded, units announced and still expected).

    A unit refunded already (on a proof of dispatch, say) is neither owed nor expected, and a
    defect claim repaired, replaced or reduced in price owes no units at all.
    """
    if ret.kind == "defect_claim" and ret.remedy in NO_UNITS_OWED:
        return 0, 0
    if lines is None:
        lines = list(s.scalars(select(ReturnLine).where(ReturnLine.return_id == ret.id)))
    if issued is None:
        issued = issued_refunds(s, ret.id)
    refunded = units_refunded(issued)
    owed = 0
    if any(l.qty_received for l in lines) or ret.proof_of_dispatch_at is not None:
        units, _ = units_to_refund(s, ret, lines, refunded)
        owed = sum(units.values())
    expected, left = 0, dict(refunded)
    for line in lines:
        paid = min(left.get(line.order_line_id, 0), line.qty_announced)
        left[line.order_line_id] = left.get(line.order_line_id, 0) - paid
        expected += max(0, line.qty_announced - max(line.qty_received, paid))
    return owed, expected


def settle_money_state(s: Session, ret: Return) -> None:
    """After an issue or an arrival: "refunded" only while nothing more is owed or expected."""
    if ret.money_state not in ("refunded", "part_refunded"):
        return
    owed, expected = money_left(s, ret)
    if expected and not is_open(ret.goods_state):
        expected = 0  # a closed return expects nothing more
    target = "part_refunded" if owed or expected else "refunded"
    if target != ret.money_state:
        ret.money_state = money_transition(ret.money_state, target)
