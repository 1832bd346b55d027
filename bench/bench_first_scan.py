"""The first parcel scan on a freshly opened engine, with and without the desk's warm-up.

    .venv/bin/returns-app --database sqlite:////tmp/first.sqlite3 demo --orders 2000
    .venv/bin/python bench/bench_first_scan.py --database /tmp/first.sqlite3 [--pairs 8]

Each pair opens two copies of the SQLite file (the file given is never changed) on new
engines, as a station that has just started: one receives an announced return at once, the
other first runs ``receiving.warm_up`` (what the desk does 0.2 s after it is shown). Then each
receives a second return, for the figure of a scan on a warm engine. Times are of
``receiving.receive_parcel`` alone (the database worker's share of a scan).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from returns_app.persistence.database import make_engine
from returns_app.persistence.models import Return
from returns_app.services import demo, receiving
from returns_app.services.runtime import Backend


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="a SQLite file made by `demo`")
    parser.add_argument("--pairs", type=int, default=8)
    args = parser.parse_args()
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.pairs):
            for mode in ("cold", "warm"):
                path = Path(folder) / f"{mode}.sqlite3"
                shutil.copyfile(args.database, path)
                url = f"sqlite:///{path}"
                backend = Backend(make_engine(url), url)
                try:
                    actor = demo.demo_supervisor(backend.engine)
                    with backend.uow(readonly=True) as uow:
                        codes = list(
                            uow.session.scalars(
                                select(Return.code)
                                .where(Return.goods_state == "announced")
                                .order_by(Return.id)
                            )
                        )
                    if len(codes) < 2:
                        raise SystemExit("the database needs two announced returns")
                    if mode == "warm":
                        receiving.warm_up(backend.uow(readonly=True), actor)
                    for label, code in (
                        (mode, codes[i % len(codes)]),
                        (f"{mode}, then", codes[-1 - i % len(codes)]),
                    ):
                        started = time.perf_counter()
                        receiving.receive_parcel(backend.uow(), actor, code)
                        times.setdefault(label, []).append((time.perf_counter() - started) * 1000)
                finally:
                    backend.engine.dispose()
    for label, ms in times.items():
        print(
            f"{label:12s} median {statistics.median(ms):6.1f} ms"
            f"  min {min(ms):6.1f}  max {max(ms):6.1f}  ({len(ms)} runs)"
        )


if __name__ == "__main__":
    main()
