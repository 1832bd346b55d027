"""Deadlines in plain words: "notice given 3.11., refund due by 17.11., 4 days left".

Counted from today in Helsinki (the day a Finnish clerk lives in), never from the computer's
time zone. Every text is translatable (context ``DeskWording``); the functions take ``today``
so the tests can pin it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from returns_app.domain.calendar import format_date, non_working_reason, notice_date_from_utc
from returns_app.domain.withdrawal import WITHDRAWAL_DAYS
from returns_app.services.dto import OrderDTO, ReturnDTO
from ui.style import Tone

CONTEXT = "DeskWording"
NBSP = "\u00a0"
SOON_DAYS = 2  # this many days left or fewer is shown in the warning colour


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def helsinki_today(now: datetime | None = None) -> date:
    """Today's date in Helsinki."""
    return notice_date_from_utc(now or datetime.now(UTC))


def short_date(d: date, today: date) -> str:
    """A date as Finns write it, without the year when it is this year's: "3.11." ."""
    return f"{d.day}.{d.month}." if d.year == today.year else format_date(d)


@dataclass(frozen=True)
class Wording:
    """A text and how urgent it is."""

    text: str
    tone: Tone


def days_left(due: date, today: date) -> Wording:
    """ "4 days left", "1 day left", "due today", "1 day overdue", "2 days overdue"."""
    n = (due - today).days
    if n > 1:
        return Wording(
            QCoreApplication.translate("DeskWording", "{n} days left").format(n=n),
            Tone.WARN if n <= SOON_DAYS else Tone.NEUTRAL,
        )
    if n == 1:
        return Wording(QCoreApplication.translate("DeskWording", "1 day left"), Tone.WARN)
    if n == 0:
        return Wording(QCoreApplication.translate("DeskWording", "due today"), Tone.WARN)
    if n == -1:
        return Wording(QCoreApplication.translate("DeskWording", "1 day overdue"), Tone.BAD)
    return Wording(
        QCoreApplication.translate("DeskWording", "{n} days overdue").format(n=-n), Tone.BAD
    )


def return_deadlines(ret: ReturnDTO, today: date) -> Wording:
    """The deadlines of a return in one line, e.g.
    "notice given 3.11., refund due by 17.11., 4 days left"."""
    parts = [
        QCoreApplication.translate("DeskWording", "notice given {date}").format(
            date=short_date(ret.notice_date, today)
        )
    ]
    tone = Tone.NEUTRAL
    if ret.money_state == "refunded" and ret.refund is not None and ret.refund.issued_at:
        issued = notice_date_from_utc(ret.refund.issued_at)
        parts.append(
            QCoreApplication.translate("DeskWording", "refunded {date}").format(
                date=short_date(issued, today)
            )
        )
        tone = Tone.GOOD
    elif ret.money_state == "not_refundable":
        parts.append(QCoreApplication.translate("DeskWording", "nothing to refund"))
    elif ret.refund_due is not None:
        left = days_left(ret.refund_due, today)
        parts.append(
            QCoreApplication.translate("DeskWording", "refund due by {date}").format(
                date=short_date(ret.refund_due, today)
            )
        )
        parts.append(left.text)
        tone = left.tone
    elif ret.kind == "defect_claim":
        parts.append(QCoreApplication.translate("DeskWording", "defect claim: no 14-day limit"))
    return Wording(", ".join(parts), tone)


def goods_deadline(ret: ReturnDTO, today: date) -> Wording | None:
    """When the goods are still expected: "goods due back by 17.11., 4 days left"."""
    if ret.goods_state != "announced" or ret.goods_due is None:
        return None
    left = days_left(ret.goods_due, today)
    text = QCoreApplication.translate("DeskWording", "goods due back by {date}").format(
        date=short_date(ret.goods_due, today)
    )
    return Wording(f"{text}, {left.text}", left.tone)


def _calendar_name(name: str) -> str:
    return QCoreApplication.translate("calendar", name)


def withdrawal_period(order: OrderDTO, today: date) -> Wording:
    """Whether the order's withdrawal period is open, and why, e.g.
    "delivered 18.12.2025; the period ends 2.1.2026 (day 14, 1.1.2026, is New Year's Day);
    open, 3 days left"."""
    deliveries = [s.delivered_on for s in order.shipments if s.delivered_on is not None]
    if not deliveries or order.period_ends is None:
        return Wording(
            QCoreApplication.translate(
                "DeskWording", "not delivered yet: the withdrawal period has not started"
            ),
            Tone.INFO,
        )
    delivered = max(deliveries)
    ends = order.period_ends
    n = (ends - today).days
    if n < 0:
        template = QCoreApplication.translate(
            "DeskWording", "delivered {delivered}; the period ended {ends}"
        )
    else:
        template = QCoreApplication.translate(
            "DeskWording", "delivered {delivered}; the period ends {ends}"
        )
    delivered_text = format_date(delivered)
    if order.period_estimated:
        # Shipping day + transit days, not a delivery event: the clerk checks it with the
        # customer's proof before it decides anything.
        delivered_text = QCoreApplication.translate(
            "DeskWording", "{day} (estimated from shipping; correct it from the proof)"
        ).format(day=delivered_text)
    text = template.format(delivered=delivered_text, ends=format_date(ends))
    nominal = date.fromordinal(delivered.toordinal() + WITHDRAWAL_DAYS)
    if not order.consumer_informed:
        text += " " + QCoreApplication.translate(
            "DeskWording",
            "(extended by 12 months: the customer was not told of the right of withdrawal)",
        )
    elif ends != nominal and (reason := non_working_reason(nominal)) is not None:
        text += " " + QCoreApplication.translate(
            "DeskWording", "(day 14, {day}, is {reason})"
        ).format(day=format_date(nominal), reason=_calendar_name(reason))
    if n < 0:
        ago = (
            QCoreApplication.translate("DeskWording", "1 day ago")
            if n == -1
            else QCoreApplication.translate("DeskWording", "{n} days ago").format(n=-n)
        )
        return Wording(f"{text}, {ago}", Tone.BAD)
    left = days_left(ends, today)
    return Wording(
        f"{text}; "
        + QCoreApplication.translate("DeskWording", "open, {left}").format(left=left.text),
        Tone.WARN if left.tone is Tone.WARN else Tone.GOOD,
    )


def _finnish() -> bool:
    return QLocale().language() == QLocale.Language.Finnish


def percent(rate: Decimal) -> str:
    """A VAT rate: "25,5 %" or "25.5%"."""
    text = format(rate.normalize(), "f")
    return f"{text.replace('.', ',')}{NBSP}%" if _finnish() else f"{text}%"
