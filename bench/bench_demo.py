"""Build a database of N orders with ``returns-app demo`` on SQLite and PostgreSQL; report the
time it took and the database's size.

    .venv/bin/python bench/bench_demo.py --orders 1000000 [--returns N] [--sqlite FILE]
        [--postgres URL] [--schema NAME]

Without ``--returns`` the demo's default: about 15 % of the orders come back.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import psycopg


def _run(url: str, orders: int, returns: int | None) -> float:
    started = time.perf_counter()
    # ui.app has no __main__: call its main() (``-m ui.app`` would run nothing).
    command = [sys.executable, "-c", "import sys; from ui.launch import main; sys.exit(main())",
               "--database", url, "demo", "--orders", str(orders)]
    if returns is not None:
        command += ["--returns", str(returns)]
    subprocess.run(command, check=True)
    return time.perf_counter() - started


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--orders", type=int, default=1_000_000)
    p.add_argument("--returns", type=int, default=None)
    p.add_argument("--sqlite", type=Path, default=Path("/tmp/bench/demo.sqlite3"))
    p.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
                   help="server URL; the bench uses a schema there ('' to skip)")
    p.add_argument("--schema", default="bench_demo", help="the PostgreSQL schema (dropped first)")
    p.add_argument("--skip-sqlite", action="store_true")
    args = p.parse_args()

    if not args.skip_sqlite:
        args.sqlite.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.sqlite}{suffix}").unlink(missing_ok=True)
        took = _run(f"sqlite:///{args.sqlite}", args.orders, args.returns)
        size = sum(Path(f"{args.sqlite}{s}").stat().st_size
                   for s in ("", "-wal") if Path(f"{args.sqlite}{s}").exists())
        print(f"SQLite:     {args.orders:,} orders in {took:7.1f} s, {size / 2**20:8.1f} MiB",
              flush=True)

    if args.postgres:
        conninfo = args.postgres.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {args.schema} CASCADE")
            conn.execute(f"CREATE SCHEMA {args.schema}")
        url = f"{args.postgres}?options=-csearch_path%3D{args.schema}"
        took = _run(url, args.orders, args.returns)
        with psycopg.connect(conninfo) as conn:
            size = conn.execute(
                "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = %s AND c.relkind = 'r'", (args.schema,)
            ).fetchone()[0]
        print(f"PostgreSQL: {args.orders:,} orders in {took:7.1f} s, {size / 2**20:8.1f} MiB")


if __name__ == "__main__":
    main()
