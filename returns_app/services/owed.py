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
    for line in lines:
        units = line.qty_received if received_any else line.qty_announced
        if ret.kind != "defect_claim":
            category = s.get(OrderLine, line.order_line_id).exception_category
            excluded = [
                i
                for i in s.scalars(select(Inspection).where(Inspection.return_line_id == line.id))
                if exception_applies_at_inspection(category, i.unsealed)
            ]
            if excluded:
                units -= len(excluded)
                notes.append(
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "services",
                            "{n} unit(s) opened from a sealed package are not refunded "
                            "(the exception applies).",
                        ),
                        n=len(excluded),
                    )
                )
        paid_back = min(units, done.get(line.order_line_id, 0))
        done[line.order_line_id] = done.get(line.order_line_id, 0) - paid_back
        units -= paid_back
        if units > 0:
            out[line.order_line_id] = out.get(line.order_line_id, 0) + units
    return out, notes


def money_left(s: Session, ret: Return) -> tuple[int, int]:
    """(units received and not yet refunded or excluded, units announced and still expected)."""
    lines = list(s.scalars(select(ReturnLine).where(ReturnLine.return_id == ret.id)))
    issued = issued_refunds(s, ret.id)
    units, _ = units_to_refund(s, ret, lines, units_refunded(issued))
    if not any(l.qty_received for l in lines) and ret.proof_of_dispatch_at is None:
        units = {}  # nothing back yet: nothing owed before the goods or a proof come
    expected = sum(max(0, l.qty_announced - l.qty_received) for l in lines)
    if issued and not any(l.qty_received for l in lines):
        expected = 0  # refunded on proof of dispatch: the parcel owes no more money
    return sum(units.values()), expected


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
