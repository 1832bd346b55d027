"""``returns-app window``: the withdrawal period for given delivery dates, in words or JSON."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime

from returns_app.domain.calendar import (
    format_date,
    holiday_name,
    notice_date_from_utc,
    parse_date,
    weekday_name,
)
from returns_app.domain.delivery import DEFAULT_TRANSIT_DAYS, add_working_days
from returns_app.domain.withdrawal import (
    PeriodRule,
    WithdrawalPeriod,
    goods_due,
    notice_in_time,
    refund_due,
    withdrawal_period,
)
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, msg, translate


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``window``."""
    parser = sub.add_parser(
        "window",
        help="show when the withdrawal period ends and whether a notice is in time",
        description="Dates are 2026-01-02 or 2.1.2026. Notices count by the Helsinki day.",
    )
    parser.add_argument(
        "--delivered",
        action="append",
        metavar="DATE",
        help="day the goods were delivered; repeat for several shipments (the last counts)",
    )
    parser.add_argument(
        "--shipped",
        metavar="DATE",
        help="without --delivered: the day the goods left; the delivery day is estimated "
        "from it and --transit-days, and marked as estimated",
    )
    parser.add_argument(
        "--transit-days",
        type=int,
        default=DEFAULT_TRANSIT_DAYS,
        metavar="N",
        help=f"working days in transit for --shipped (default {DEFAULT_TRANSIT_DAYS})",
    )
    parser.add_argument(
        "--notified", metavar="DATE", help="day of the notice (default: today in Helsinki)"
    )
    parser.add_argument(
        "--not-informed",
        action="store_true",
        help="the customer was not told about the right of withdrawal (12-month extension)",
    )
    parser.add_argument(
        "--informed-on", metavar="DATE", help="day the customer was told about it, late"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of words")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, now: datetime | None = None) -> int:
    """Print the period, whether the notice is in time, and the due dates."""
    if not args.delivered and not args.shipped:
        raise SystemExit("window: give --delivered DATE, or --shipped DATE to estimate it")
    estimated = not args.delivered
    if estimated:
        deliveries = [add_working_days(parse_date(args.shipped), args.transit_days)]
    else:
        deliveries = [parse_date(text) for text in args.delivered]
    informed_on = parse_date(args.informed_on) if args.informed_on else None
    if args.notified:
        notice = parse_date(args.notified)
    else:
        notice = notice_date_from_utc(now or datetime.now(UTC))
    period = withdrawal_period(deliveries, not args.not_informed, informed_on)
    in_time = notice_in_time(notice, period.ends)
    if args.json:
        data = _as_json(period, notice, in_time)
        data["delivery_estimated"] = estimated
        print(json.dumps(data, indent=2))
    else:
        lang = args.lang or "en"
        lines = _in_words(period, notice, in_time, lang)
        if estimated:
            lines.insert(0, _estimated(deliveries[0], parse_date(args.shipped), args.transit_days))
        for line in lines:
            print(line.render(lang))
    return 0


def _estimated(delivered: date, shipped: date, days: int) -> Message:
    return msg(
        "cli",
        QT_TRANSLATE_NOOP(
            "cli",
            "The delivery day {date} is estimated: shipped {shipped} plus {days} working days "
            "in transit. Correct it from the customer's proof before deciding with it.",
        ),
        date=format_date(delivered),
        shipped=format_date(shipped),
        days=days,
    )


def _as_json(period: WithdrawalPeriod, notice: date, in_time: bool) -> dict[str, object]:
    return {
        "period_ends": period.ends.isoformat(),
        "notice_date": notice.isoformat(),
        "notice_in_time": in_time,
        "goods_due": goods_due(notice).isoformat() if in_time else None,
        "refund_due": refund_due(notice).isoformat() if in_time else None,
        "last_delivery": period.last_delivery.isoformat(),
        "period_rule": str(period.rule),
        "informed_on": period.informed_on.isoformat() if period.informed_on else None,
    }


def _day(d: date, lang: str) -> dict[str, str]:
    return {"weekday": translate("calendar", weekday_name(d), lang), "date": format_date(d)}


def _in_words(period: WithdrawalPeriod, notice: date, in_time: bool, lang: str) -> list[Message]:
    lines: list[Message] = []
    if period.rule is PeriodRule.NOT_INFORMED:
        lines.append(
            msg(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The customer was not told about the right of withdrawal, "
                    "so the period is extended by 12 months.",
                ),
            )
        )
    elif period.rule is PeriodRule.INFORMED_LATE and period.informed_on is not None:
        lines.append(
            msg(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The customer was told about the right of withdrawal on {date}, "
                    "so the period ends 14 days after that.",
                ),
                date=format_date(period.informed_on),
            )
        )
    if period.moved:
        lines.append(_moved(period.nominal_end, lang))
    lines.append(
        msg(
            "cli",
            QT_TRANSLATE_NOOP("cli", "The withdrawal period ends at the end of {weekday} {date}."),
            **_day(period.ends, lang),
        )
    )
    if not in_time:
        lines.append(
            msg(
                "cli",
                QT_TRANSLATE_NOOP("cli", "A notice given on {weekday} {date} is too late."),
                **_day(notice, lang),
            )
        )
        return lines
    lines.append(
        msg(
            "cli",
            QT_TRANSLATE_NOOP("cli", "A notice given on {weekday} {date} is in time."),
            **_day(notice, lang),
        )
    )
    lines.append(
        msg(
            "cli",
            QT_TRANSLATE_NOOP("cli", "The customer must send the goods back by {weekday} {date}."),
            **_day(goods_due(notice), lang),
        )
    )
    lines.append(
        msg(
            "cli",
            QT_TRANSLATE_NOOP("cli", "The refund is due by {weekday} {date}."),
            **_day(refund_due(notice), lang),
        )
    )
    return lines


def _moved(nominal_end: date, lang: str) -> Message:
    """Explain why the period did not end on the day the count gave."""
    holiday = holiday_name(nominal_end)
    if holiday is None:
        return msg(
            "cli",
            QT_TRANSLATE_NOOP(
                "cli",
                "The count ends on {weekday} {date}, so the period moves to the next working day.",
            ),
            **_day(nominal_end, lang),
        )
    return msg(
        "cli",
        QT_TRANSLATE_NOOP(
            "cli",
            "The count ends on {weekday} {date}, {holiday}, "
            "so the period moves to the next working day.",
        ),
        holiday=translate("calendar", holiday, lang),
        **_day(nominal_end, lang),
    )
