"""Time every report against a database: the median of a few runs per report.

    .venv/bin/python bench/bench_reports.py URL [--runs 5] [--days 90] [--today 2026-11-23]

The period is the ``--days`` days up to ``--today`` (default: today in Helsinki), which on a
demo database covers every order (the demo spreads them over 60 days). Each report opens
its own read-only unit of work, as the Reports area does; the first run of each report is a
warm-up and not counted. Prints one line per report and the database's size.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from returns_app.domain.calendar import notice_date_from_utc  # noqa: E402
from returns_app.persistence.database import make_engine  # noqa: E402
from returns_app.persistence.models import (  # noqa: E402
    AuditEntry,
    Inspection,
    Order,
    OrderLine,
    Refund,
    Return,
)
from returns_app.services import reports  # noqa: E402
from returns_app.services.reports import Granularity, GroupBy, ReportFilter  # noqa: E402
from returns_app.services.runtime import Backend  # noqa: E402

LIMIT_S = 1.0


def cases(backend: Backend, f: ReportFilter, today: date) -> dict[str, Callable[[], object]]:
    """The reports as the Reports area asks for them."""
    uow = lambda: backend.uow(readonly=True)  # noqa: E731
    month = reports.month_filter(today.year, today.month)
    return {
        "returns_volume (day)": lambda: reports.returns_volume(uow(), f),
        "returns_volume (week)": lambda: reports.returns_volume(uow(), f, Granularity.WEEK),
        "return_reasons": lambda: reports.return_reasons(uow(), f),
        "reasons_by_group (category)": lambda: reports.reasons_by_group(uow(), f),
        "reasons_by_group (product)": lambda: reports.reasons_by_group(uow(), f, GroupBy.PRODUCT),
        "return_rates": lambda: reports.return_rates(uow(), f),
        "return_rates (clothing)": lambda: reports.return_rates(
            uow(), ReportFilter(f.date_from, f.date_to, category="clothing")
        ),
        "refund_lead_times": lambda: reports.refund_lead_times(uow(), f, today=today),
        "recovery_value": lambda: reports.recovery_value(uow(), f),
        "throughput (user)": lambda: reports.throughput(uow(), f, GroupBy.USER),
        "throughput (station)": lambda: reports.throughput(uow(), f, GroupBy.STATION),
        "report_options": lambda: reports.report_options(uow()),
        "monthly_summary": lambda: reports.monthly_summary(uow(), month, today=today),
    }


def sizes(backend: Backend) -> dict[str, int]:
    """Row counts of the tables the reports read."""
    with backend.engine.connect() as conn:
        return {
            model.__tablename__: conn.scalar(select(func.count()).select_from(model)) or 0
            for model in (Order, OrderLine, Return, Refund, Inspection, AuditEntry)
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    args = parser.parse_args(argv)
    engine = make_engine(args.url)
    backend = Backend(engine, args.url)
    today = args.today or notice_date_from_utc(datetime.now(UTC))
    f = ReportFilter(today - timedelta(days=args.days - 1), today)
    counts = sizes(backend)
    print(f"{engine.dialect.name}: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print(f"period {f.date_from} .. {f.date_to}, median of {args.runs} runs after a warm-up")
    slow = 0
    for name, run in cases(backend, f, today).items():
        run()
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        slow += median >= LIMIT_S
        flag = "" if median < LIMIT_S else "  <-- over 1 s"
        print(f"  {name:30s} {median * 1000:9.1f} ms  (max {max(times) * 1000:.1f}){flag}")
    engine.dispose()
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
