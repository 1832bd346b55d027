"""Payouts: the movement of the money a refund owes (Paytrail, e-mail refund, bank transfer).

A refund (its credit note) records what is owed; a payout records the money leaving. The
payout's states and what the return's money shows are pure rules here:

``sending``  written and committed *before* the request goes out (persist before you pay);
``ok``       Paytrail answered that the refund went through;
``pending``  Paytrail took it but has not finished (or a bank transfer waits for its file
             and its upload);
``failed``   Paytrail (or the bank) refused; nothing was paid, another way may be tried;
``in_doubt`` the request may have gone out but no answer came (a timeout, a crash): never
             sent again; reconciled or decided by a supervisor with the facts;
``paid``     a bank transfer whose upload a clerk confirmed, or a payout a supervisor
             decided was paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from stdnum import iban as _iban
from stdnum.exceptions import ValidationError

from returns_app.domain.errors import DomainError
from returns_app.i18n import QT_TRANSLATE_NOOP, Message

METHODS = ("paytrail", "email_refund", "transfer")
STATES = ("sending", "ok", "pending", "failed", "in_doubt", "paid")
# A payout in one of these may have moved money (or will): a refund has at most one of them.
LIVE_STATES = ("sending", "ok", "pending", "in_doubt", "paid")
DONE_STATES = ("ok", "paid")
# The provider status of a decided payout whose decision Paytrail contradicts (decided not
# paid but Paytrail took or made the refund, or decided paid but Paytrail says it failed).
MISMATCH = "mismatch"

TRANSITIONS: dict[str, frozenset[str]] = {
    "sending": frozenset({"ok", "pending", "failed", "in_doubt"}),
    "pending": frozenset({"ok", "pending", "failed", "paid", "in_doubt"}),
    "in_doubt": frozenset({"ok", "pending", "failed", "paid"}),
    "ok": frozenset(),
    "paid": frozenset(),
    "failed": frozenset(),
}

STATE_NAMES = {
    "sending": QT_TRANSLATE_NOOP("payouts", "sending"),
    "ok": QT_TRANSLATE_NOOP("payouts", "paid"),
    "pending": QT_TRANSLATE_NOOP("payouts", "waiting for the payment service"),
    "failed": QT_TRANSLATE_NOOP("payouts", "failed"),
    "in_doubt": QT_TRANSLATE_NOOP("payouts", "in doubt"),
    "paid": QT_TRANSLATE_NOOP("payouts", "paid"),
}
METHOD_NAMES = {
    "paytrail": QT_TRANSLATE_NOOP("payouts", "Paytrail refund"),
    "email_refund": QT_TRANSLATE_NOOP("payouts", "Paytrail e-mail refund"),
    "transfer": QT_TRANSLATE_NOOP("payouts", "bank transfer"),
}

# What the return's money shows, from its refund and that refund's payout.
STAGES = ("proposed", "approved", "paying", "paid", "in_doubt", "failed", "mismatch")
STAGE_NAMES = {
    "proposed": QT_TRANSLATE_NOOP("payouts", "proposed"),
    "approved": QT_TRANSLATE_NOOP("payouts", "approved, not paid yet"),
    "paying": QT_TRANSLATE_NOOP("payouts", "paying"),
    "paid": QT_TRANSLATE_NOOP("payouts", "paid"),
    "in_doubt": QT_TRANSLATE_NOOP("payouts", "in doubt"),
    "failed": QT_TRANSLATE_NOOP("payouts", "payout failed"),
    "mismatch": QT_TRANSLATE_NOOP("payouts", "decision contradicted by Paytrail"),
}


class PayoutError(DomainError):
    """A payout rule was broken (a state change that cannot be, a wrong IBAN)."""


def state_name(state: str) -> Message:
    """The translatable name of a payout state."""
    return Message("payouts", STATE_NAMES[state])


def method_name(method: str) -> Message:
    """The translatable name of a payout method."""
    return Message("payouts", METHOD_NAMES[method])


def stage_name(stage: str) -> Message:
    """The translatable name of a money stage (what the refund queue shows)."""
    return Message("payouts", STAGE_NAMES[stage])


def payout_transition(current: str, target: str) -> str:
    """Return ``target`` if a payout may move there from ``current``, else raise."""
    if target not in TRANSITIONS[current]:
        raise PayoutError(
            Message(
                "payouts",
                QT_TRANSLATE_NOOP("payouts", "The payout is {current}; it cannot become {target}."),
                {"current": state_name(current), "target": state_name(target)},
            )
        )
    return target


def returned_transfer(state: str, method: str) -> str:
    """``failed`` for a paid bank transfer the bank sent back; any other payout raises (a
    Paytrail refund is settled by Paytrail's own answer, an unpaid transfer by its file)."""
    if method != "transfer" or state != "paid":
        raise PayoutError(
            Message(
                "payouts",
                QT_TRANSLATE_NOOP(
                    "payouts",
                    "Only a paid bank transfer can be returned by the bank; this payout is "
                    "{state}.",
                ),
                {"state": state_name(state)},
            )
        )
    return "failed"


def money_stage(refund_status: str | None, payout_state: str | None) -> str | None:
    """What the money of a refund shows: proposed, approved, paying, paid, in doubt, failed.

    An issued refund without a payout is "approved" (owed, not paid yet); ``None`` when there
    is no refund at all or it was cancelled.
    """
    if refund_status in (None, "cancelled"):
        return None
    if refund_status in ("proposed", "approved"):
        return refund_status
    if payout_state is None:
        return "approved"
    return {
        "sending": "paying",
        "pending": "paying",
        "ok": "paid",
        "paid": "paid",
        "in_doubt": "in_doubt",
        "failed": "failed",
    }[payout_state]


def contradicts(decided: str, paytrail_state: str | None) -> bool:
    """Whether what Paytrail says of a refund contradicts a supervisor's decision: decided not
    paid (``failed``) while Paytrail made or still makes it (``ok``, ``pending``), or decided
    ``paid`` while Paytrail says it failed."""
    if decided == "failed":
        return paytrail_state in ("ok", "pending")
    if decided == "paid":
        return paytrail_state == "failed"
    return False


def cents(amount: Decimal) -> int:
    """Euros with cents as the integer cents Paytrail takes (``12.30`` -> ``1230``)."""
    value = amount * 100
    if value != value.to_integral_value():
        raise PayoutError(
            Message(
                "payouts",
                QT_TRANSLATE_NOOP("payouts", "{amount} is not a sum in whole cents."),
                {"amount": str(amount)},
            )
        )
    return int(value)


@dataclass(frozen=True)
class ProviderAnswer:
    """What the payment service's answer means for the payout."""

    state: str
    message: str


def refund_answer(http_status: int, status: str, message: str = "") -> ProviderAnswer:
    """A Paytrail refund reply (HTTP status and the body's ``status``) as the payout's state.

    201 with ``ok``/``pending``/``fail`` is the documented answer; any other 4xx means the
    request was refused (nothing was paid). A 5xx is no answer: the refund may or may not have
    been made, so it is in doubt.
    """
    if http_status == 201:
        state = {"ok": "ok", "pending": "pending", "fail": "failed"}.get(status)
        return ProviderAnswer(state or "in_doubt", message or status)
    if 400 <= http_status < 500:
        return ProviderAnswer("failed", message)
    return ProviderAnswer("in_doubt", message)


def email_refund_answer(method: str, state: str) -> str:
    """An e-mail refund's ``ok`` only means Paytrail accepted the request and e-mailed the
    customer a link to claim the money: it waits (``pending``) until Paytrail says the refund
    is made (a reconcile) or a supervisor confirms it."""
    return "pending" if method == "email_refund" and state == "ok" else state


def status_answer(status: str) -> str | None:
    """A ``GET /payments/{id}`` status of a refund transaction as the payout's new state."""
    return {"ok": "ok", "fail": "failed", "pending": "pending", "delayed": "pending"}.get(status)


def valid_iban(value: str) -> str:
    """The IBAN in its compact form (upper case, no spaces), or raise with what is wrong."""
    compact = _iban.compact(value or "")
    try:
        return _iban.validate(compact)
    except ValidationError as exc:
        raise PayoutError(
            Message(
                "payouts",
                QT_TRANSLATE_NOOP(
                    "payouts",
                    "{iban} is not a valid IBAN ({why}). Check it with the customer; a "
                    "Finnish one has 18 characters and begins with FI.",
                ),
                {"iban": value, "why": str(exc)},
            )
        ) from exc


def format_iban(value: str) -> str:
    """An IBAN for people: in groups of four."""
    return _iban.format(value)
