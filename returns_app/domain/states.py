"""The two state machines of a return: the goods and the money move separately.

Goods:  announced -> received -> inspected -> closed, and rejected from announced or received.
        (received also from announced when the parcel scanned in is the first news of it.)
        A closed or rejected return may be reopened by a supervisor: back to where its goods
        were (a rejected one's money from not_refundable to none).
Money:  none -> proposed -> approved -> refunded; proposed/approved -> none (cancelled);
        none -> not_refundable (rejected or nothing to refund); proposed -> refunded when no
        supervisor approval is needed. A refund that leaves money owed or units still expected
        ends in part_refunded instead; a follow-up refund goes part_refunded -> proposed -> ...
        and a unit arriving after the refund moves refunded -> part_refunded. "refunded" thus
        always means: nothing more is owed.
"""

from __future__ import annotations

from returns_app.domain.errors import DomainError
from returns_app.i18n import QT_TRANSLATE_NOOP, Message

GOODS_TRANSITIONS: dict[str, frozenset[str]] = {
    "announced": frozenset({"received", "rejected", "closed"}),
    "received": frozenset({"received", "inspected", "rejected"}),
    "inspected": frozenset({"inspected", "received", "closed"}),
    # A supervisor may reopen a closed or rejected return (with a reason): back to where its
    # goods were.
    "closed": frozenset({"announced", "inspected"}),
    "rejected": frozenset({"announced", "received"}),
}

MONEY_TRANSITIONS: dict[str, frozenset[str]] = {
    "none": frozenset({"proposed", "not_refundable"}),
    "proposed": frozenset({"proposed", "approved", "refunded", "part_refunded", "none"}),
    "approved": frozenset({"refunded", "part_refunded", "none"}),
    "refunded": frozenset({"part_refunded"}),
    "part_refunded": frozenset({"proposed", "refunded"}),
    "not_refundable": frozenset({"proposed", "none"}),  # none: a rejection reopened
}

GOODS_NAMES = {
    "announced": QT_TRANSLATE_NOOP("states", "announced"),
    "received": QT_TRANSLATE_NOOP("states", "received"),
    "inspected": QT_TRANSLATE_NOOP("states", "inspected"),
    "closed": QT_TRANSLATE_NOOP("states", "closed"),
    "rejected": QT_TRANSLATE_NOOP("states", "rejected"),
}
MONEY_NAMES = {
    "none": QT_TRANSLATE_NOOP("states", "no refund yet"),
    "proposed": QT_TRANSLATE_NOOP("states", "refund proposed"),
    "approved": QT_TRANSLATE_NOOP("states", "refund approved"),
    "refunded": QT_TRANSLATE_NOOP("states", "refunded"),
    "part_refunded": QT_TRANSLATE_NOOP("states", "partly refunded, more owed"),
    "not_refundable": QT_TRANSLATE_NOOP("states", "nothing to refund"),
}


def goods_name(state: str) -> Message:
    """The translatable name of a goods state."""
    return Message("states", GOODS_NAMES[state])


def money_name(state: str) -> Message:
    """The translatable name of a money state."""
    return Message("states", MONEY_NAMES[state])


class IllegalTransition(DomainError):
    """A state change the state machine does not allow."""


def goods_transition(current: str, target: str) -> str:
    """Return ``target`` if the goods may move there from ``current``, else raise."""
    if target not in GOODS_TRANSITIONS[current]:
        raise IllegalTransition(
            Message(
                "states",
                QT_TRANSLATE_NOOP(
                    "states", "The goods of this return are {current}; they cannot become {target}."
                ),
                {"current": goods_name(current), "target": goods_name(target)},
            )
        )
    return target


def money_transition(current: str, target: str) -> str:
    """Return ``target`` if the money may move there from ``current``, else raise."""
    if target not in MONEY_TRANSITIONS[current]:
        raise IllegalTransition(
            Message(
                "states",
                QT_TRANSLATE_NOOP(
                    "states",
                    "The money of this return is '{current}'; it cannot become '{target}'.",
                ),
                {"current": money_name(current), "target": money_name(target)},
            )
        )
    return target


def is_open(goods_state: str) -> bool:
    """Tell whether a return still needs work on its goods."""
    return goods_state not in ("closed", "rejected")
