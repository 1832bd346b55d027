"""Time every report against a database: median and p99 of a few runs per report and period.

    .venv/bin/python bench/bench_reports.py URL [--runs 7] [--days 90 365] [--today 2026-11-23]

Each period is the ``--days`` days up to ``--today`` (default: today in Helsinki; the demo
spreads its orders over the last 64 days, so there every period covers them all). Each report
opens its own read-only unit of work, as the Reports area does; the first run of each report
is a warm-up and not counted. Beside the reports, the raw floor measured in the same run: a
bare ``count(*)`` of the returns noticed in the period (through the notice-day index), the
least any report of the period can cost. Prints the database's size and the load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text  # noqa: E402

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

LIMITS_S = {90: 0.3, 365: 1.0}  # the goals of issue 17: 300 ms at 90 days, 1 s at a year


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


def timed(run: Callable[[], object], runs: int) -> tuple[float, float]:
    """(median, p99) in seconds of ``runs`` runs after a warm-up."""
    run()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    times.sort()
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    return statistics.median(times), p99


def floor(backend: Backend, f: ReportFilter) -> Callable[[], object]:
    """The raw floor: count the returns noticed in the period, nothing else."""
    sql = text("SELECT count(*) FROM returns WHERE notice_date BETWEEN :a AND :b")

    def run() -> object:
        with backend.engine.connect() as conn:
            return conn.execute(sql, {"a": f.date_from, "b": f.date_to}).scalar()

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--days", type=int, nargs="+", default=[90, 365])
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    parser.add_argument("--only", default="", help="run only reports whose name contains this")
    args = parser.parse_args(argv)
    engine = make_engine(args.url)
    backend = Backend(engine, args.url)
    today = args.today or notice_date_from_utc(datetime.now(UTC))
    counts = sizes(backend)
    print(f"{engine.dialect.name}: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print(
        f"load average {os.getloadavg()[0]:.2f}; median and p99 of {args.runs} runs after a warm-up"
    )
    slow = 0
    for days in args.days:
        f = ReportFilter(today - timedelta(days=days - 1), today)
        limit = LIMITS_S.get(days, 1.0)
        floor_run = floor(backend, f)
        n = floor_run()
        fm, fp = timed(floor_run, args.runs)
        print(
            f"{days} days: {f.date_from} .. {f.date_to}, {n:,} returns noticed; goal {limit * 1000:.0f} ms"
        )
        print(f"  {'raw floor: count(*) of them':32s} {fm * 1000:9.1f} ms  p99 {fp * 1000:8.1f}")
        for name, run in cases(backend, f, today).items():
            if args.only and args.only not in name:
                continue
            median, p99 = timed(run, args.runs)
            slow += p99 >= limit
            flag = "" if p99 < limit else f"  <-- over {limit * 1000:.0f} ms"
            print(f"  {name:32s} {median * 1000:9.1f} ms  p99 {p99 * 1000:8.1f}{flag}")
    print(f"load average {os.getloadavg()[0]:.2f}")
    engine.dispose()
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
