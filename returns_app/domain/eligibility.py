"""Whether a return may be registered: timing by kind, and the art. 16 exceptions per line.

Sources: directive 2011/83/EU art. 9-16 (DOMAIN.md section 1). Pure: the notice date and the
delivery dates come in as values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from returns_app.domain.calendar import add_months, format_date, period_end_after
from returns_app.domain.withdrawal import (
    PeriodRule,
    ReturnKind,
    WithdrawalPeriod,
    goods_due,
    notice_in_time,
    refund_due,
    withdrawal_period,
)
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, msg

DEFECT_PRESUMPTION_MONTHS = 12


class ExceptionCategory(StrEnum):
    """Art. 16 exceptions to the right of withdrawal, kept as a category on the product."""

    NONE = "none"
    PERSONALISED = "personalised"
    PERISHABLE = "perishable"
    SEALED_HYGIENE = "sealed_hygiene"
    MIXED_INSEPARABLY = "mixed_inseparably"
    SEALED_MEDIA = "sealed_media"
    NEWSPAPER = "newspaper"
    ALCOHOL_MARKET_PRICE = "alcohol_market_price"


ONCE_UNSEALED = frozenset({ExceptionCategory.SEALED_HYGIENE, ExceptionCategory.SEALED_MEDIA})
"""Exceptions that apply only once the seal is broken, so they are decided at inspection."""


def exception_applies_at_inspection(category: ExceptionCategory | str, unsealed: bool) -> bool:
    """Return whether the art. 16 exception of ``category`` excludes an inspected item.

    The "once unsealed" kinds (sealed hygiene goods, sealed media) are excluded only when the
    seal is broken; the others always; :attr:`ExceptionCategory.NONE` never.
    """
    category = ExceptionCategory(category)
    if category is ExceptionCategory.NONE:
        return False
    if category in ONCE_UNSEALED:
        return unsealed
    return True


_EXCEPTION_REASONS: dict[ExceptionCategory, str] = {
    ExceptionCategory.PERSONALISED: QT_TRANSLATE_NOOP(
        "rules",
        "{item} was made to the customer's specifications or clearly personalised, "
        "so it cannot be withdrawn.",
    ),
    ExceptionCategory.PERISHABLE: QT_TRANSLATE_NOOP(
        "rules", "{item} can deteriorate or expire rapidly, so it cannot be withdrawn."
    ),
    ExceptionCategory.SEALED_HYGIENE: QT_TRANSLATE_NOOP(
        "rules",
        "{item} cannot be withdrawn once unsealed, for health or hygiene reasons: "
        "check the seal at inspection.",
    ),
    ExceptionCategory.MIXED_INSEPARABLY: QT_TRANSLATE_NOOP(
        "rules",
        "{item} is inseparably mixed with other items after delivery, so it cannot be withdrawn.",
    ),
    ExceptionCategory.SEALED_MEDIA: QT_TRANSLATE_NOOP(
        "rules",
        "{item} is a sealed recording or software that cannot be withdrawn once unsealed: "
        "check the seal at inspection.",
    ),
    ExceptionCategory.NEWSPAPER: QT_TRANSLATE_NOOP(
        "rules", "{item} is a newspaper, periodical or magazine, so it cannot be withdrawn."
    ),
    ExceptionCategory.ALCOHOL_MARKET_PRICE: QT_TRANSLATE_NOOP(
        "rules",
        "{item} is an alcoholic drink whose value depends on the market, "
        "so it cannot be withdrawn.",
    ),
}


@dataclass(frozen=True)
class LineToAssess:
    """One order line in a return being registered.

    Attributes:
        line_id: the order line's id.
        category: the product's art. 16 exception category.
        label: what the clerk calls the item in messages (product name); defaults to the id.
    """

    line_id: str | int
    category: ExceptionCategory | str = ExceptionCategory.NONE
    label: str | None = None


@dataclass(frozen=True)
class LineAssessment:
    """The verdict on one line.

    Attributes:
        excluded: an exception already keeps this line out of the return.
        recheck_at_inspection: a "once unsealed" exception: decide when the item is graded.
        reason: why, to read to the customer; ``None`` when nothing applies.
    """

    line_id: str | int
    category: ExceptionCategory
    excluded: bool
    recheck_at_inspection: bool
    reason: Message | None


@dataclass(frozen=True)
class Assessment:
    """Whether a return may be registered, why, and the dates the decision rests on.

    ``period_ends`` is the statutory withdrawal period's end (``None`` for defect claims and
    before delivery); ``goodwill_ends`` the shop's voluntary period's end (goodwill only);
    ``goods_due`` and ``refund_due`` are set when a withdrawal or goodwill return is allowed.
    """

    kind: ReturnKind
    allowed: bool
    reasons: tuple[Message, ...]
    notice_date: date
    last_delivery: date | None
    period_ends: date | None = None
    period_rule: PeriodRule | None = None
    goodwill_ends: date | None = None
    goods_due: date | None = None
    refund_due: date | None = None
    lines: tuple[LineAssessment, ...] = ()


def _assess_line(line: LineToAssess, kind: ReturnKind) -> LineAssessment:
    category = ExceptionCategory(line.category)
    if kind is ReturnKind.DEFECT_CLAIM or category is ExceptionCategory.NONE:
        # A defective item may be claimed whatever its category.
        return LineAssessment(line.line_id, category, False, False, None)
    label = line.label if line.label is not None else str(line.line_id)
    reason = msg("rules", _EXCEPTION_REASONS[category], item=label)
    recheck = category in ONCE_UNSEALED
    return LineAssessment(line.line_id, category, not recheck, recheck, reason)


def assess_return(
    kind: ReturnKind | str,
    notice_date: date,
    deliveries: Sequence[date],
    lines: Sequence[LineToAssess] = (),
    *,
    informed: bool = True,
    informed_on: date | None = None,
    goodwill_days: int | None = None,
    delivery_estimated: bool = False,
) -> Assessment:
    """Decide whether a return of ``kind`` noticed on ``notice_date`` may be registered.

    Args:
        kind: withdrawal, defect claim or goodwill return, as chosen by the clerk.
        notice_date: the Helsinki day of the notice (see ``notice_date_from_utc``).
        deliveries: days the goods were delivered; empty when not delivered yet.
        lines: the lines returned, with their products' exception categories.
        informed, informed_on: see :func:`withdrawal_period`.
        goodwill_days: the shop's voluntary return period in days; ``None`` or 0 = none.
        delivery_estimated: the last delivery day is estimated from the shipping day, not
            known; a refusal for time then says so and how to correct it.

    Withdrawals are allowed when the notice is in time and at least one line is not excluded
    by an art. 16 exception; a notice before delivery is in time (art. 9(3)). Defect claims are
    never rejected for time, and exceptions do not apply to them. Goodwill returns are allowed
    when the notice is within ``goodwill_days`` of the last delivery, counted like the
    withdrawal period; the art. 16 exceptions apply to them too (**Policy**).
    """
    kind = ReturnKind(kind)
    assessed = tuple(_assess_line(line, kind) for line in lines)
    last = max(deliveries) if deliveries else None
    if kind is ReturnKind.DEFECT_CLAIM:
        return _assess_defect(notice_date, last, assessed)
    reasons: list[Message] = []
    period = withdrawal_period(deliveries, informed, informed_on) if last else None
    in_time, goodwill_ends = _check_time(kind, notice_date, period, goodwill_days, reasons)
    if not in_time and delivery_estimated and last is not None:
        reasons.append(
            msg(
                "rules",
                QT_TRANSLATE_NOOP(
                    "rules",
                    "The delivery day {day} is only estimated from the shipping day. If the "
                    "customer got the goods later (a tracking event, the carrier's message), "
                    "a supervisor registers the return with that proof as the reason and then "
                    "corrects the delivery day on the return's page.",
                ),
                day=format_date(last),
            )
        )
    reasons.extend(line.reason for line in assessed if line.reason is not None)
    all_excluded = bool(assessed) and all(line.excluded for line in assessed)
    if all_excluded:
        reasons.append(
            msg("rules", QT_TRANSLATE_NOOP("rules", "None of the items can be returned."))
        )
    allowed = in_time and not all_excluded
    return Assessment(
        kind=kind,
        allowed=allowed,
        reasons=tuple(reasons),
        notice_date=notice_date,
        last_delivery=last,
        period_ends=period.ends if period else None,
        period_rule=period.rule if period else None,
        goodwill_ends=goodwill_ends,
        goods_due=goods_due(notice_date) if allowed else None,
        refund_due=refund_due(notice_date) if allowed else None,
        lines=assessed,
    )


def _check_time(
    kind: ReturnKind,
    notice_date: date,
    period: WithdrawalPeriod | None,
    goodwill_days: int | None,
    reasons: list[Message],
) -> tuple[bool, date | None]:
    """Append the timing reasons; return (notice in time, goodwill period end)."""
    if period is None:
        reasons.append(
            msg(
                "rules",
                QT_TRANSLATE_NOOP(
                    "rules", "The goods have not been delivered yet, so the notice is in time."
                ),
            )
        )
        return True, None
    if period.rule is PeriodRule.NOT_INFORMED:
        reasons.append(
            msg(
                "rules",
                QT_TRANSLATE_NOOP(
                    "rules",
                    "The customer was not told about the right of withdrawal, "
                    "so the period is extended by 12 months.",
                ),
            )
        )
    elif period.rule is PeriodRule.INFORMED_LATE:
        reasons.append(
            msg(
                "rules",
                QT_TRANSLATE_NOOP(
                    "rules",
                    "The customer was told about the right of withdrawal only on {informed_on}, "
                    "so the period ends 14 days after that.",
                ),
                informed_on=format_date(period.informed_on or period.nominal_end),
            )
        )
    dates = {"notice_date": format_date(notice_date), "period_ends": format_date(period.ends)}
    statutory = notice_in_time(notice_date, period.ends)
    if kind is ReturnKind.WITHDRAWAL:
        text = (
            QT_TRANSLATE_NOOP(
                "rules",
                "The notice given on {notice_date} is within the withdrawal period, "
                "which ends on {period_ends}.",
            )
            if statutory
            else QT_TRANSLATE_NOOP(
                "rules",
                "The withdrawal period ended on {period_ends}; the notice was given on {notice_date}.",
            )
        )
        reasons.append(msg("rules", text, **dates))
        return statutory, None
    return _check_goodwill(notice_date, period, goodwill_days, statutory, dates, reasons)


def _check_goodwill(
    notice_date: date,
    period: WithdrawalPeriod,
    goodwill_days: int | None,
    statutory: bool,
    dates: dict[str, str],
    reasons: list[Message],
) -> tuple[bool, date | None]:
    if statutory:
        # The clerk chose goodwill; point out that the law gives the customer more.
        reasons.append(
            msg(
                "rules",
                QT_TRANSLATE_NOOP(
                    "rules",
                    "The notice given on {notice_date} is also within the statutory withdrawal "
                    "period, which ends on {period_ends}.",
                ),
                **dates,
            )
        )
    if not goodwill_days:
        reasons.append(
            msg(
                "rules",
                QT_TRANSLATE_NOOP("rules", "This shop does not offer goodwill returns."),
            )
        )
        return False, None
    ends = period_end_after(period.last_delivery, goodwill_days)
    params = {"days": goodwill_days, "goodwill_ends": format_date(ends), **dates}
    in_time = notice_in_time(notice_date, ends)
    text = (
        QT_TRANSLATE_NOOP(
            "rules",
            "The notice given on {notice_date} is within the shop's {days}-day return period, "
            "which ends on {goodwill_ends}.",
        )
        if in_time
        else QT_TRANSLATE_NOOP(
            "rules",
            "The shop's {days}-day return period ended on {goodwill_ends}; "
            "the notice was given on {notice_date}.",
        )
    )
    reasons.append(msg("rules", text, **params))
    return in_time, ends


def _assess_defect(
    notice_date: date, last: date | None, lines: tuple[LineAssessment, ...]
) -> Assessment:
    reasons = [
        msg(
            "rules",
            QT_TRANSLATE_NOOP(
                "rules",
                "A defect claim has no 14-day limit, and the shop pays for the return.",
            ),
        )
    ]
    if last is not None and notice_date > add_months(last, DEFECT_PRESUMPTION_MONTHS):
        reasons.append(
            msg(
                "rules",
                QT_TRANSLATE_NOOP(
                    "rules",
                    "The goods were delivered on {delivered}, more than a year ago: a defect is "
                    "no longer presumed to have existed at delivery, but the claim is valid.",
                ),
                delivered=format_date(last),
            )
        )
    return Assessment(
        kind=ReturnKind.DEFECT_CLAIM,
        allowed=True,
        reasons=tuple(reasons),
        notice_date=notice_date,
        last_delivery=last,
        lines=lines,
    )
