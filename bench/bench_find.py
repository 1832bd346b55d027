"""Find-by-code and receive-a-parcel latency on a big database, with the raw indexed SQL
measured in the same run for comparison (goal: a find under 10 ms median).

    .venv/bin/python bench/bench_find.py --database sqlite:////tmp/bench/demo.sqlite3
    .venv/bin/python bench/bench_find.py --database \
        'postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dbench_demo'

Build the database first with bench/bench_demo.py (1,000,000 orders).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from sqlalchemy import event, func, select, text

from returns_app.persistence.models import Customer, Order, Return, Shipment
from returns_app.services import demo, queries, receiving
from returns_app.services.runtime import open_backend


def _stats(name: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    cpu = ""
    if samples is _LAST[0]:
        cpu_ms = sorted(s * 1000 for s in _LAST[1])
        cpu = f"   CPU median {statistics.median(cpu_ms):7.2f} ms"
    print(f"{name:<34} median {statistics.median(ms):7.2f} ms   p99 {p99:7.2f} ms   n={len(ms)}{cpu}")


_LAST: list[list[float]] = [[], []]  # the last samples timed, and their CPU seconds


def _time(fn, values) -> list[float]:
    """Wall-clock seconds per call (the CPU seconds are kept for :func:`_stats`: on a loaded
    machine they say more than the wall clock)."""
    out, cpu = [], []
    for v in values:
        t, c = time.perf_counter(), time.process_time()
        fn(v)
        out.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    _LAST[0], _LAST[1] = out, cpu
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--database", required=True)
    p.add_argument("--n", type=int, default=300)
    p.add_argument("--seed", type=int, default=3)
    args = p.parse_args()
    rng = random.Random(args.seed)
    backend = open_backend(args.database)
    with backend.engine.connect() as conn:
        orders = conn.scalar(select(func.count()).select_from(Order))
        max_order = conn.scalar(select(func.max(Order.id)))
        codes = list(conn.scalars(select(Return.code)))
        announced = list(conn.scalars(select(Return.code).where(Return.goods_state == "announced")))
        ids = [rng.randint(1, max_order) for _ in range(args.n)]
        numbers = [str(100000 + i) for i in ids]
        tracking = [t for t in conn.scalars(
            select(Shipment.tracking_number).where(Shipment.order_id.in_(ids[:200]),
                                                   Shipment.tracking_number.is_not(None)))]
        emails = list(conn.scalars(select(Customer.email).where(Customer.id.in_(ids[:200]))))
    print(f"{backend.display_url}: {orders:,} orders, {len(codes):,} returns")
    sample_codes = [rng.choice(codes) for _ in range(args.n)]

    def raw(sql):
        def run(value):
            with backend.engine.connect() as conn:
                conn.execute(text(sql), {"v": value}).all()
        return run

    for label, values, sql in (
        ("return code", sample_codes, "SELECT id FROM returns WHERE code = :v"),
        ("order number", numbers, "SELECT id FROM orders WHERE order_number = :v"),
        ("tracking number", tracking, "SELECT order_id FROM shipments WHERE tracking_number = :v"),
        ("customer e-mail", emails, "SELECT id FROM customers WHERE email = :v"),
    ):
        _time(lambda v: queries.find(backend.uow(readonly=True), v), values[:20])  # warm up
        _stats(f"find by {label}", _time(lambda v: queries.find(backend.uow(readonly=True), v), values))
        _stats(f"  raw indexed SQL ({label})", _time(raw(sql), values))

    actor = demo.demo_supervisor(backend.engine)
    todo = announced[: args.n]
    if todo:
        statements = []
        event.listen(backend.engine, "before_cursor_execute",
                     lambda *a: statements.append(1))
        _stats("receive a parcel (writes)",
               _time(lambda c: receiving.receive_parcel(backend.uow(), actor, c), todo))
        print(f"  {len(statements) / len(todo):.1f} statements per receive")
        _stats("  raw indexed SQL (return code)", _time(raw("SELECT id FROM returns WHERE code = :v"), todo))
        statements.clear()
        opened = _time(lambda c: queries.get_return(backend.uow(readonly=True), code=c), todo)
        _stats("open a return (get_return)", opened)
        print(f"  {len(statements) / len(todo):.1f} statements per open")
    else:
        print("no announced returns left to receive (build a fresh database)")
    backend.close()


if __name__ == "__main__":
    main()
