"""The returns list at 200,000 returns: time to first rows and to a filtered search, on SQLite
and PostgreSQL, through the services and through the real Qt model (worker thread included).

    .venv/bin/python bench/bench_backoffice.py                       # both, built if missing
    .venv/bin/python bench/bench_backoffice.py --postgres ''         # SQLite only
    .venv/bin/python bench/bench_backoffice.py --rebuild --returns 200000 --orders 150000

The database is built here: demo orders (``demo.generate`` with no returns), then returns and
their lines written in bulk with Core inserts (making 200,000 through the services would take
hours), spread over a year, every state and kind, a third of them with a refund.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path

import psycopg
from sqlalchemy import func, insert, select, text, update

from returns_app.persistence import migrate
from returns_app.persistence.database import make_engine
from returns_app.persistence.models import (
    Customer,
    Order,
    OrderLine,
    Refund,
    Return,
    ReturnCodeSequence,
    ReturnLine,
)
from returns_app.persistence.statistics import refresh_statistics
from returns_app.scanning.return_code import make_return_code
from returns_app.services import backoffice as bo
from returns_app.services import demo
from returns_app.services.runtime import Backend, open_backend

STATES = (  # (goods, money, weight)
    ("announced", "none", 20),
    ("received", "none", 10),
    ("inspected", "proposed", 8),
    ("inspected", "approved", 2),
    ("closed", "refunded", 55),
    ("rejected", "not_refundable", 5),
)
REASONS = ("does_not_fit", "changed_mind", "not_as_described", "defective", "other")
CHUNK = 10_000


def build(backend: Backend, orders: int, returns: int, seed: int = 8) -> None:
    """Fill the database with ``orders`` demo orders and ``returns`` bulk-written returns."""
    engine = backend.engine
    with engine.connect() as conn:
        have_orders = conn.scalar(select(func.count()).select_from(Order)) or 0
        have_returns = conn.scalar(select(func.count()).select_from(Return)) or 0
    if have_orders < orders:
        t = time.perf_counter()
        demo.generate(engine, orders - have_orders, seed, returns=0)
        print(f"  {orders - have_orders:,} demo orders in {time.perf_counter() - t:.1f} s")
    if have_returns >= returns:
        return
    rng = random.Random(seed)
    t = time.perf_counter()
    with engine.connect() as conn:
        lines: dict[int, list[tuple[int, int]]] = {}
        for oid, lid, qty in conn.execute(
            select(OrderLine.order_id, OrderLine.id, OrderLine.quantity)
        ):
            lines.setdefault(oid, []).append((lid, qty))
        customer = dict(conn.execute(select(Order.id, Order.customer_id)).all())
        next_id = (conn.scalar(select(func.max(Return.id))) or 0) + 1
        next_line = (conn.scalar(select(func.max(ReturnLine.id))) or 0) + 1
        next_refund = (conn.scalar(select(func.max(Refund.id))) or 0) + 1
    order_ids = list(lines)
    today = datetime.now(UTC).date()
    states = [s for s in STATES for _ in range(s[2])]
    todo = returns - have_returns
    for start in range(0, todo, CHUNK):
        ret_rows, line_rows, refund_rows = [], [], []
        for i in range(start, min(todo, start + CHUNK)):
            rid = next_id + i
            oid = rng.choice(order_ids)
            goods, money, _ = rng.choice(states)
            notice = today - timedelta(days=rng.randint(0, 365))
            at = datetime.combine(notice, dtime(rng.randint(6, 20), rng.randint(0, 59)), UTC)
            kind = rng.choices(("withdrawal", "defect_claim", "goodwill"), (80, 12, 8))[0]
            ret_rows.append(
                {
                    "id": rid,
                    "code": make_return_code(rid),
                    "kind": kind,
                    "customer_id": customer[oid],
                    "notice_date": notice,
                    "notice_at": at,
                    "goods_state": goods,
                    "money_state": money,
                    "remedy": "cancellation" if kind == "defect_claim" else None,
                    "note": "",
                    "return_tracking_number": None,
                    "label_fee": Decimal("0.00"),
                    "return_postage": Decimal("0.00"),
                    "refund_due": notice + timedelta(days=14),
                    "goods_due": notice + timedelta(days=14),
                    "period_ends": notice + timedelta(days=10),
                    "station": f"DESK-{rng.randint(1, 4)}",
                    "created_at": at,
                    "closed_at": at + timedelta(days=5) if goods == "closed" else None,
                    "version": 1,
                }
            )
            received = goods not in ("announced", "rejected")
            for lid, qty in rng.sample(lines[oid], k=rng.randint(1, min(2, len(lines[oid])))):
                n = rng.randint(1, qty)
                line_rows.append(
                    {
                        "id": next_line,
                        "return_id": rid,
                        "order_line_id": lid,
                        "qty_announced": n,
                        "qty_received": n if received else 0,
                        "qty_restocked": 0,
                        "qty_written_off": 0,
                        "reason_code": rng.choice(REASONS),
                        "reason_text": "",
                    }
                )
                next_line += 1
            if money in ("proposed", "approved", "refunded"):
                total = Decimal(rng.randint(500, 30000)) / 100
                status = "issued" if money == "refunded" else money
                seq = next_refund
                refund_rows.append(
                    {
                        "id": next_refund,
                        "return_id": rid,
                        "status": status,
                        "method": "original",
                        "payment_reference": "",
                        "items_amount": total,
                        "delivery_amount": Decimal("0.00"),
                        "deduction_amount": Decimal("0.00"),
                        "label_fee_amount": Decimal("0.00"),
                        "total": total,
                        "breakdown": {},
                        "needs_supervisor": False,
                        "credit_note_number": f"HLB-{seq:08d}" if status == "issued" else None,
                        "credit_note_year": 1999 if status == "issued" else None,
                        "credit_note_seq": seq if status == "issued" else None,
                        "created_at": at,
                        "issued_at": at + timedelta(days=3) if status == "issued" else None,
                        "station": "",
                        "version": 1,
                    }
                )
                next_refund += 1
        with engine.begin() as conn:
            conn.execute(insert(Return), ret_rows)
            conn.execute(insert(ReturnLine), line_rows)
            if refund_rows:
                conn.execute(insert(Refund), refund_rows)
    last = next_id + todo - 1
    with engine.begin() as conn:
        if conn.scalar(select(func.count()).select_from(ReturnCodeSequence)):
            conn.execute(update(ReturnCodeSequence).values(last_number=last))
        else:
            conn.execute(insert(ReturnCodeSequence).values(id=1, last_number=last))
        if engine.dialect.name == "postgresql":
            for table in ("returns", "return_lines", "refunds"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT MAX(id) FROM {table}))"
                )
            conn.exec_driver_sql("ANALYZE")
        else:
            conn.exec_driver_sql("ANALYZE")
    print(f"  {todo:,} returns written in bulk in {time.perf_counter() - t:.1f} s")


def _ms(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    return f"median {statistics.median(ms):7.1f} ms   p99 {p99:7.1f} ms"


def first_page(backend: Backend, f: bo.ReturnsFilter, sort: str = "created", offset: int = 0):
    """What the list's first task does: count and one page of ids (the search looked up once
    where the services can: ``first_page``), then their rows."""
    if offset == 0 and hasattr(bo, "first_page"):
        page = bo.first_page(backend.uow(readonly=True), f, sort, True, 200)
        total, ids = page.total, page.ids
    else:
        total = bo.count_returns(backend.uow(readonly=True), f)
        ids = bo.return_ids(backend.uow(readonly=True), f, sort, True, offset, 200)
    rows = bo.return_rows(backend.uow(readonly=True), ids)
    return total, rows


def _cases(backend: Backend) -> list[tuple[str, bo.ReturnsFilter, str, int]]:
    with backend.engine.connect() as conn:
        code = conn.scalar(select(Return.code).order_by(Return.id.desc()).limit(1))
        email, phone = conn.execute(
            select(Customer.email, Customer.phone)
            .join(Return, Return.customer_id == Customer.id)
            .order_by(Return.id.desc())
            .limit(1)
        ).one()
        number = conn.scalar(
            select(Order.order_number)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .join(ReturnLine, ReturnLine.order_line_id == OrderLine.id)
            .limit(1)
        )
    everything = bo.ReturnsFilter()
    return [
        ("first rows, no filter (newest first)", everything, "created", 0),
        ("state = inspected", bo.ReturnsFilter(goods_states=("inspected",)), "created", 0),
        ("refund overdue", bo.ReturnsFilter(due="overdue"), "refund_due", 0),
        ("refund due within 2 days", bo.ReturnsFilter(due="due_soon"), "refund_due", 0),
        (
            "kind + station + reason",
            bo.ReturnsFilter(kind="defect_claim", station="DESK-2", reason="defective"),
            "created",
            0,
        ),
        (
            "last 30 days",
            bo.ReturnsFilter(date_from=bo.today_in_finland() - timedelta(days=30)),
            "created",
            0,
        ),
        ("search: return code", bo.ReturnsFilter(text=code), "created", 0),
        ("search: order number", bo.ReturnsFilter(text=number), "created", 0),
        ("search: customer name part", bo.ReturnsFilter(text="mäkelä"), "created", 0),
        ("search: e-mail start", bo.ReturnsFilter(text="aino.korhonen"), "created", 0),
        ("search: last name", bo.ReturnsFilter(text="virtanen"), "created", 0),
        ("search: first + part of last", bo.ReturnsFilter(text="aino virt"), "created", 0),
        ("search: e-mail (another case)", bo.ReturnsFilter(text=email.upper()), "created", 0),
        (
            "search: e-mail part, one customer",
            bo.ReturnsFilter(text=email.split("@")[0]),
            "created",
            0,
        ),
        ("search: phone", bo.ReturnsFilter(text=phone), "created", 0),
        ("search: short ('Ai')", bo.ReturnsFilter(text="Ai"), "created", 0),
        ("sorted by customer name", everything, "customer", 0),
        ("deep page (row 100,000)", everything, "created", 100_000),
    ]


def bench_services(backend: Backend, runs: int, searches_only: bool = False) -> None:
    for label, f, sort, offset in _cases(backend):
        if searches_only and not label.startswith("search"):
            continue
        cold = time.perf_counter()
        total, rows = first_page(backend, f, sort, offset)
        cold = time.perf_counter() - cold
        samples = []
        for _ in range(runs):
            t = time.perf_counter()
            first_page(backend, f, sort, offset)
            samples.append(time.perf_counter() - t)
        print(f"  {label:<40} {total:>8,} hits  first {cold * 1000:7.1f} ms   {_ms(samples)}")
        if label.startswith("search") and f.text:
            _raw_floor(backend, f.text, runs)


RAW_SEARCH = {
    "sqlite": "SELECT rowid FROM customers_fts WHERE customers_fts MATCH :v",
    "postgresql": "SELECT id FROM customers WHERE name ILIKE :v OR email ILIKE :v",
}


def _raw_floor(backend: Backend, query: str, runs: int) -> None:
    """The raw indexed statement at the heart of a search, in the same run: the customers
    whose name or e-mail holds the text (trigram index), or the e-mail / phone / code /
    order number looked up on its own index."""
    dialect = backend.engine.dialect.name
    words = [w for w in query.split() if len(w) >= 3]
    digits = "".join(ch for ch in query if ch.isdigit() or ch == "+")
    if "@" in query:
        sql, value = "SELECT id FROM customers WHERE lower(email) = :v", query.lower()
    elif len(digits) >= 6 and query.startswith("+"):
        sql, value = "SELECT id FROM customers WHERE phone = :v", query
    elif query[:1].isupper() and query[-1].isdigit():
        sql, value = "SELECT id FROM returns WHERE code = :v", query
    elif query.isdigit():
        sql, value = "SELECT id FROM orders WHERE order_number = :v", query
    elif words:
        sql = RAW_SEARCH[dialect]
        if dialect == "sqlite":
            value = " AND ".join(f'"{w}"' for w in words)
        else:
            if len(words) > 1:
                print(f"  {'  raw indexed SQL':<40} n/a (two words)")
                return
            value = f"%{words[0]}%"
    else:
        sql = "SELECT id FROM customers WHERE name >= :v AND name < :v || 'zzzz'"
        value = query
    try:
        samples = []
        for _ in range(runs + 3):
            t = time.perf_counter()
            with backend.engine.connect() as conn:
                conn.execute(text(sql), {"v": value}).all()
            samples.append(time.perf_counter() - t)
    except Exception as exc:  # noqa: BLE001 - no trigram index before migration 0013
        print(f"  {'  raw indexed SQL':<40} n/a ({type(exc).__name__})")
        return
    print(f"  {'  raw indexed SQL':<40} {'':>8}       {'':>19}   {_ms(samples[3:])}")


def bench_model(backend: Backend, runs: int) -> None:
    """The real model on a real worker thread: from setting the filter to the first rows."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.backoffice.returns_list import ReturnsListModel
    from ui.context import AppContext, UserSession
    from ui.settings import Settings
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings.at(str(Path("/tmp/bench_backoffice_station.ini")))
    ctx = AppContext(
        backend, settings, TaskRunner(app), UserSession(demo.demo_supervisor(backend.engine))
    )
    model = ReturnsListModel(ctx)

    def until_rows(action: Callable[[], None]) -> float:
        loop = QEventLoop()
        model.page_loaded.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        t = time.perf_counter()
        action()
        loop.exec()
        took = time.perf_counter() - t
        model.page_loaded.disconnect(loop.quit)
        assert model.rowCount() > 0 or model.total == 0
        return took

    for label, f in (
        ("model: first rows, no filter", bo.ReturnsFilter()),
        ("model: search customer name part", bo.ReturnsFilter(text="mäkelä")),
        ("model: refund overdue", bo.ReturnsFilter(due="overdue")),
    ):
        samples = [until_rows(lambda f=f: model.set_filter(f)) for _ in range(runs)]
        print(f"  {label:<40} {model.total:>8,} hits                    {_ms(samples)}")
    ctx.runner.wait()
    del app


def _pg_schema_url(server: str, schema: str, rebuild: bool) -> str:
    conninfo = server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        if rebuild:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    return f"{server}?options=-csearch_path%3D{schema}"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--returns", type=int, default=200_000)
    p.add_argument("--orders", type=int, default=150_000)
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--rebuild", action="store_true", help="start from empty databases")
    p.add_argument("--searches-only", action="store_true", help="only the searches, no model")
    p.add_argument("--pg-schema", default="bench_bo", help="the PostgreSQL schema to use")
    p.add_argument("--sqlite", default="/tmp/bench/backoffice.sqlite3", help="file ('' to skip)")
    p.add_argument(
        "--postgres",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="server URL; the bench uses a schema bench_bo there ('' to skip)",
    )
    args = p.parse_args()

    targets = []
    if args.sqlite:
        sqlite = Path(args.sqlite)
        sqlite.parent.mkdir(parents=True, exist_ok=True)
        if args.rebuild:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{sqlite}{suffix}").unlink(missing_ok=True)
        targets.append(("SQLite", f"sqlite:///{sqlite}"))
    if args.postgres:
        targets.append(("PostgreSQL", _pg_schema_url(args.postgres, args.pg_schema, args.rebuild)))
    for name, url in targets:
        engine = make_engine(url)
        migrate.upgrade(engine)  # a bench database built before a new index gets it now
        # Planner statistics, as a database in use has them (PRAGMA optimize, autovacuum):
        # without them SQLite may sort 77,000 rows to show 200. The app's tables only: a
        # plain ANALYZE on PostgreSQL reads every schema of the database (and times out).
        refresh_statistics(engine)
        engine.dispose()
        backend = open_backend(url)
        print(f"{name}: {backend.display_url}")
        build(backend, args.orders, args.returns)
        with backend.engine.connect() as conn:
            n = conn.scalar(select(func.count()).select_from(Return))
        print(f"  {n:,} returns; services (count + 200 ids + their rows), {args.runs} runs:")
        print(f"  load average {' '.join(open('/proc/loadavg').read().split()[:3])}")
        bench_services(backend, args.runs, args.searches_only)
        if not args.searches_only:
            bench_model(backend, max(3, args.runs // 3))
        backend.close()


if __name__ == "__main__":
    main()
