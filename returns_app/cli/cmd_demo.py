"""``returns-app demo``: fill a database with realistic demo data."""

from __future__ import annotations

import argparse
import sys
import time

from sqlalchemy import func, select

from returns_app.cli.common import open_engine, uow_for
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.persistence.models import Order
from returns_app.services import demo, users

MAX_ORDERS = 1_000_000


def _orders(text: str) -> int:
    value = int(text)
    if not 0 <= value <= MAX_ORDERS:
        raise argparse.ArgumentTypeError(f"give 0 to {MAX_ORDERS:,}")
    return value


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``demo``."""
    p = sub.add_parser("demo", help="fill the database with realistic demo data")
    p.add_argument("--orders", type=_orders, default=2000, metavar="N", help="up to 1,000,000")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument(
        "--returns",
        type=int,
        default=None,
        metavar="N",
        help="returns at every stage (default: 15%% of the orders)",
    )
    p.add_argument("--if-empty", action="store_true", help="do nothing if orders exist")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Generate the data and say how long it took."""
    engine = open_engine(args, long=True)
    with engine.connect() as conn:
        existing = conn.scalar(select(func.count()).select_from(Order)) or 0
    if existing and args.if_empty:
        demo.ensure_demo_users(engine)
        print(f"The database has {existing} orders already; no demo data added.")
        return 0
    if users.count_users(uow_for(engine, readonly=True)):
        # The demo writes orders without signing in and acts as its own demo users: that is
        # for a new database only, never one where real people work.
        if args.if_empty:
            print("The database has users already; no demo data added.")
            return 0
        raise ReturnsError(
            Message(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Demo data goes only into a new database, and this one has users. "
                    "Choose an empty database with --database.",
                ),
            )
        )
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done:,}/{total:,} orders", end="", file=sys.stderr, flush=True)

    made_users = demo.ensure_demo_users(engine)
    try:
        summary = demo.generate(
            engine, args.orders, args.seed, progress=progress, returns=args.returns
        )
    except ValueError as exc:
        raise ReturnsError(
            Message(
                "cli", QT_TRANSLATE_NOOP("cli", "Demo data failed: {error}"), {"error": str(exc)}
            )
        ) from exc
    took = time.perf_counter() - started
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Demo data: {summary.orders:,} orders with {summary.order_lines:,} lines, "
        f"{summary.customers:,} customers, {summary.products} products, "
        f"{summary.returns} returns in {took:.1f} s."
    )
    if made_users:
        print(f"Demo users {', '.join(made_users)} with password '{demo.DEMO_PASSWORD}'.")
    return 0
