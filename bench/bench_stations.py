"""20 stations on one PostgreSQL: scanning parcels and items, grading and refunding at once.

Each station is a process of its own with its own engine and user. For ``--seconds`` each
works through returns of its own (scan the parcel, scan the item, grade it, propose and issue
the refund). Prints the scan latency (parcel and item scans:
p50/p95/p99), refunds issued, clean refusals (``ReturnsError``) and raw errors (anything
else: must be 0)::

    .venv/bin/python bench/bench_stations.py --url postgresql+psycopg://postgres@127.0.0.1/test \\
        [--stations 20] [--seconds 30] [--returns 40]

Works in a schema of its own (created and dropped).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import statistics
import time
import traceback
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from urllib.parse import quote

import psycopg
from sqlalchemy.engine import make_url

from returns_app.domain.users import Actor
from returns_app.i18n import ReturnsError
from returns_app.persistence import migrate
from returns_app.persistence.database import make_engine
from returns_app.persistence.models import Product
from returns_app.services import inspection, orders, receiving, refunds, returns, users
from returns_app.services.returns import LineRequest, RegisterReturn
from returns_app.services.runtime import Backend

SHIRT = "06417084000019"


def _seed(url: str, stations: int, per_station: int) -> list[dict]:
    backend = Backend(make_engine(url), url)
    setup = Actor(None, "setup", "admin")
    admin = users.add_user(backend.uow(), "admin", "bench-password", "admin", actor=setup)
    admin_actor = Actor(admin.id, "admin", "admin", "SETUP")
    with backend.uow() as uow:
        uow.session.add(
            Product(sku="SHIRT-M", gtin=SHIRT, name="Paita M", unit_price=Decimal("39.90"),
                    vat_rate=Decimal("25.5"))
        )  # fmt: skip
        uow.commit()
    now = datetime.now(UTC)
    plans = []
    for k in range(stations):
        user = users.add_user(backend.uow(), f"desk{k}", "bench-password", "supervisor",
                              actor=admin_actor)  # fmt: skip
        codes = []
        for j in range(per_station):
            number = f"B{k:02d}{j:04d}"
            saved = orders.save_order(
                backend.uow(),
                orders.OrderInput(
                    order_number=number,
                    customer=orders.CustomerInput("Aino Laine", f"a{k}.{j}@example.fi", None,
                                                  "Katu 1", "00100", "Helsinki"),
                    lines=(orders.LineInput("SHIRT-M", "Paita M", 1, Decimal("39.90"),
                                            Decimal("25.5"), gtin=SHIRT),),
                    ordered_at=now - timedelta(days=5),
                    shipments=(orders.ShipmentInput(f"TRK{number}", "posti",
                                                    (now - timedelta(days=3)).date()),),
                    delivery_method="Posti",
                    delivery_price=Decimal("5.90"),
                    payment_reference=f"PAY-{number}",
                ),
                admin_actor,
            )  # fmt: skip
            line_id = _first_line(backend, saved.order_id)
            ret = returns.register_return(
                backend.uow(), admin_actor,
                RegisterReturn("withdrawal", (LineRequest(line_id, 1, "does_not_fit"),)),
            )  # fmt: skip
            codes.append((ret.id, ret.code))
        plans.append({"user": user.id, "name": user.username, "k": k, "returns": codes})
    backend.close()
    return plans


def _first_line(backend: Backend, order_id: int) -> int:
    from returns_app.services import queries

    return queries.get_order(backend.uow(readonly=True), order_id).lines[0].id


def _station(
    url: str, plan: dict, seconds: float, start_at: float, out: mp.Queue, pause: float = 0.0
) -> None:
    backend = Backend(make_engine(url), url)
    actor = Actor(plan["user"], plan["name"], "supervisor", f"DESK-{plan['k']}")
    scans: list[float] = []
    issued = clean = raw = 0
    raw_texts: list[str] = []
    rng = random.Random(plan["k"])  # clerks do not move in step: each has a pace of their own
    time.sleep(max(0.0, start_at - time.time()) + rng.uniform(0, pause))
    end = time.time() + seconds

    def breath() -> None:
        time.sleep(pause * rng.uniform(0.5, 1.5))

    for return_id, code in plan["returns"]:
        if time.time() > end:
            break
        try:
            t = time.perf_counter()
            receiving.receive_parcel(backend.uow(), actor, code)
            scans.append(time.perf_counter() - t)
            breath()  # the clerk takes the item out of the parcel
            t = time.perf_counter()
            unit = receiving.check_in_item(backend.uow(), actor, return_id, code=SHIRT)
            scans.append(time.perf_counter() - t)
            breath()  # looks at it and presses a grade
            inspection.inspect_unit(backend.uow(), actor,
                                    inspection.InspectUnit(unit.return_line_id, "A", "restock"))  # fmt: skip
            proposal = refunds.propose_refund(backend.uow(), actor, return_id)
            refunds.issue_refund(backend.uow(), actor, proposal.id,
                                 idempotency_key=uuid.uuid4().hex)  # fmt: skip
            issued += 1
            breath()  # the next parcel
        except ReturnsError:
            clean += 1
        except Exception:  # noqa: BLE001 - counting what a clerk must never see
            raw += 1
            raw_texts.append(traceback.format_exc(limit=3))
    backend.close()
    out.put({"scans": scans, "issued": issued, "clean": clean, "raw": raw, "texts": raw_texts[:3]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="a PostgreSQL URL (a schema is made in it)")
    parser.add_argument("--stations", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--returns", type=int, default=40, help="returns seeded per station")
    parser.add_argument(
        "--pause",
        type=float,
        default=0.0,
        help="seconds a clerk takes between steps (0: every station scans non-stop)",
    )
    args = parser.parse_args()
    base = make_url(args.url)
    admin = f"host={base.host} port={base.port or 5432} user={base.username} dbname={base.database}"
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in args.url else "?"
    url = f"{args.url}{sep}options={quote(f'-csearch_path={schema}')}"
    try:
        engine = make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        t = time.perf_counter()
        plans = _seed(url, args.stations, args.returns)
        print(f"seeded {args.stations} x {args.returns} returns in {time.perf_counter() - t:.1f} s")
        out: mp.Queue = mp.Queue()
        start_at = time.time() + 2
        procs = [mp.Process(target=_station, args=(url, p, args.seconds, start_at, out, args.pause))
                 for p in plans]  # fmt: skip
        for p in procs:
            p.start()
        results = [out.get() for _ in procs]
        for p in procs:
            p.join()
        scans = sorted(s for r in results for s in r["scans"])
        q = statistics.quantiles(scans, n=100) if len(scans) > 1 else [0.0] * 99
        print(
            json.dumps(
                {
                    "stations": args.stations,
                    "scans": len(scans),
                    "scan_p50_ms": round(q[49] * 1000, 1),
                    "scan_p95_ms": round(q[94] * 1000, 1),
                    "scan_p99_ms": round(q[98] * 1000, 1),
                    "refunds_issued": sum(r["issued"] for r in results),
                    "clean_refusals": sum(r["clean"] for r in results),
                    "raw_errors": sum(r["raw"] for r in results),
                }
            )
        )
        for text in (t for r in results for t in r["texts"]):
            print(text)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


if __name__ == "__main__":
    main()
