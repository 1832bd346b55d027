"""Build a database of N orders with ``returns-app demo`` on SQLite and PostgreSQL; report the
time it took and the database's size.

    .venv/bin/python bench/bench_demo.py --orders 1000000 [--sqlite FILE] [--postgres URL]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import psycopg


def _run(url: str, orders: int, returns: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "ui.app", "--database", url, "demo", "--orders", str(orders),
         "--returns", str(returns)],
        check=True,
    )
    return time.perf_counter() - started


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--orders", type=int, default=1_000_000)
    p.add_argument("--returns", type=int, default=1000)
    p.add_argument("--sqlite", type=Path, default=Path("/tmp/bench/demo.sqlite3"))
    p.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
                   help="server URL; the bench uses a schema bench_demo there ('' to skip)")
    args = p.parse_args()

    args.sqlite.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{args.sqlite}{suffix}").unlink(missing_ok=True)
    took = _run(f"sqlite:///{args.sqlite}", args.orders, args.returns)
    size = sum(Path(f"{args.sqlite}{s}").stat().st_size
               for s in ("", "-wal") if Path(f"{args.sqlite}{s}").exists())
    print(f"SQLite:     {args.orders:,} orders in {took:7.1f} s, {size / 2**20:8.1f} MiB")

    if args.postgres:
        conninfo = args.postgres.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute("DROP SCHEMA IF EXISTS bench_demo CASCADE")
            conn.execute("CREATE SCHEMA bench_demo")
        url = f"{args.postgres}?options=-csearch_path%3Dbench_demo"
        took = _run(url, args.orders, args.returns)
        with psycopg.connect(conninfo) as conn:
            size = conn.execute(
                "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'bench_demo' AND c.relkind = 'r'"
            ).fetchone()[0]
        print(f"PostgreSQL: {args.orders:,} orders in {took:7.1f} s, {size / 2**20:8.1f} MiB")


if __name__ == "__main__":
    main()
