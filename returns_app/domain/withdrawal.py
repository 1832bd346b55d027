"""The withdrawal period and the deadlines that follow a notice (goods back, refund).

Sources: directive 2011/83/EU art. 9-16 and Regulation 1182/71 on counting (DOMAIN.md
section 1). Every function here is pure: the notice date and delivery dates come in as values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from returns_app.domain.calendar import add_months, next_working_day, period_end_after
from returns_app.domain.errors import InvalidDate
from returns_app.i18n import QT_TRANSLATE_NOOP, msg

WITHDRAWAL_DAYS = 14
NOT_INFORMED_EXTENSION_MONTHS = 12


class ReturnKind(StrEnum):
    """What the customer asks for; the clerk chooses it, the app never guesses."""

    WITHDRAWAL = "withdrawal"
    DEFECT_CLAIM = "defect_claim"
    GOODWILL = "goodwill"


class PeriodRule(StrEnum):
    """Which rule set the end of a withdrawal period."""

    STANDARD = "standard"
    NOT_INFORMED = "not_informed"  # art. 10(1): 12 months after the 14-day period
    INFORMED_LATE = "informed_late"  # art. 10(2): 14 days after the late information


@dataclass(frozen=True)
class WithdrawalPeriod:
    """A computed withdrawal period.

    Attributes:
        last_delivery: the day the consumer had the last of the goods (the period's start).
        nominal_end: the last day by counting alone, before moving off a non-working day.
        ends: the period ends at the end of this day (always a working day).
        rule: which rule gave ``ends``.
        informed_on: the day of late information, for :attr:`PeriodRule.INFORMED_LATE`.
    """

    last_delivery: date
    nominal_end: date
    ends: date
    rule: PeriodRule
    informed_on: date | None = None

    @property
    def moved(self) -> bool:
        """Whether the last day fell on a non-working day and moved to the next working day."""
        return self.ends != self.nominal_end


def _last_delivery(deliveries: Iterable[date]) -> date:
    days = list(deliveries)
    if not days:
        raise InvalidDate(msg("rules", QT_TRANSLATE_NOOP("rules", "The delivery date is missing.")))
    return max(days)


def withdrawal_period(
    deliveries: Sequence[date], informed: bool = True, informed_on: date | None = None
) -> WithdrawalPeriod:
    """Return the withdrawal period for goods delivered on ``deliveries``.

    The period runs 14 days from the **last** delivery (art. 9(2)(b)), not counting the day of
    delivery, and ends at the end of its last day, moved to the next working day when that is a
    Saturday, Sunday or Finnish public holiday (1182/71 art. 3(1), 3(4)).

    When the consumer was not informed of the right (``informed=False``), the period ends 12
    months after the end of the 14-day period (art. 10(1)). We take that end as the 14-day
    period's end *after* moving it off a non-working day (that is when the original period
    ended in law), add 12 calendar months (same day number, or the month's last day when the
    month is shorter, 1182/71 art. 3(2)(c)) and move the result to the next working day again.
    This reading is never less favourable to the consumer than starting from day 14.

    When ``informed_on`` is given, the consumer was informed on that day (art. 10(2)): the
    period ends 14 days later, counted and moved in the same way, but never before the
    ordinary 14-day period ends. Information given after the 12-month extension ran out
    changes nothing. ``informed_on`` implies late information whatever ``informed`` says.

    Raises:
        InvalidDate: ``deliveries`` is empty.
    """
    start = _last_delivery(deliveries)
    nominal = start + timedelta(days=WITHDRAWAL_DAYS)
    standard = WithdrawalPeriod(start, nominal, next_working_day(nominal), PeriodRule.STANDARD)
    if informed and informed_on is None:
        return standard
    extended_nominal = add_months(standard.ends, NOT_INFORMED_EXTENSION_MONTHS)
    extended = WithdrawalPeriod(
        start, extended_nominal, next_working_day(extended_nominal), PeriodRule.NOT_INFORMED
    )
    if informed_on is None or informed_on > extended.ends:
        return extended
    late_nominal = informed_on + timedelta(days=WITHDRAWAL_DAYS)
    late = WithdrawalPeriod(
        start, late_nominal, next_working_day(late_nominal), PeriodRule.INFORMED_LATE, informed_on
    )
    return late if late.ends > standard.ends else standard


def withdrawal_period_end(
    deliveries: Sequence[date], informed: bool = True, informed_on: date | None = None
) -> date:
    """Return the last day of the withdrawal period (see :func:`withdrawal_period`)."""
    return withdrawal_period(deliveries, informed, informed_on).ends


def notice_in_time(notice_date: date, period_ends: date) -> bool:
    """Return whether a notice given on ``notice_date`` (Helsinki day) is in time (art. 11).

    A notice before delivery is in time as well (art. 9(3)).
    """
    return notice_date <= period_ends


def goods_due(notice_date: date) -> date:
    """Return the last day for the consumer to send the goods back (art. 14(1)).

    This is the consumer's deadline, so it is counted like the withdrawal period (the notice
    day not counted, moved off a non-working day), the reading most favourable to them.
    """
    return period_end_after(notice_date, WITHDRAWAL_DAYS)


def refund_due(notice_date: date) -> date:
    """Return the last day for the shop to refund (art. 13(1)): 14 calendar days after notice.

    Deliberately **not** moved off weekends and holidays: this is the shop's own deadline, and
    paying by the plain count is always in time under any reading.
    """
    return notice_date + timedelta(days=WITHDRAWAL_DAYS)


def may_hold_refund(
    goods_received: bool, proof_of_dispatch: bool, shop_offered_collection: bool
) -> bool:
    """Return whether the shop may still hold back the refund (art. 13(3)).

    The shop may wait until it has the goods back or proof they were sent, whichever comes
    first, unless it offered to collect them itself.
    """
    return not (goods_received or proof_of_dispatch or shop_offered_collection)


def lateness(
    kind: str,
    notice_date: date,
    period_ends: date | None,
    goods_due_on: date | None,
    first_arrival: date | None,
    today: date,
    dispatched_on: date | None = None,
) -> tuple[str, ...]:
    """Say what is late about a return: ``"notice"`` (given after the withdrawal period) and
    ``"goods"`` (sent back after the 14 days of art. 14(1): arrived after the goods were due,
    or still not here after it).

    A defect claim is never late for either: it has no 14-day limit. The goods are judged by
    their arrival day, a reading against the consumer (they only have to *send* them in time),
    so the answer is a prompt for a supervisor to decide, never a refusal by itself. Proof
    that they were sent by the due day (``dispatched_on``) settles it: they are in time.
    """
    if kind == "defect_claim":
        return ()
    late: list[str] = []
    if period_ends is not None and notice_date > period_ends:
        late.append("notice")
    if goods_due_on is not None and not (dispatched_on and dispatched_on <= goods_due_on):
        seen = first_arrival if first_arrival is not None else today
        if seen > goods_due_on:
            late.append("goods")
    return tuple(late)
