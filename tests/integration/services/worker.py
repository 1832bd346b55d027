"""A separate process for the concurrency and crash tests: ``python worker.py URL ACTION ...``.

Prints one JSON line with the outcome. With ``--hang-in refund_issued`` it stops (sleeps)
inside the transaction, just before commit, after printing ``READY`` — to be killed.
"""

from __future__ import annotations

import json
import sys
import time

from returns_app.domain.users import Actor
from returns_app.i18n import ReturnsError
from returns_app.persistence.database import make_engine
from returns_app.services import audit, inspection, receiving, refunds, stock
from returns_app.services.runtime import Backend


def main() -> None:
    url, action, *rest = sys.argv[1:]
    hang = None
    if "--hang-in" in rest:
        hang = rest[rest.index("--hang-in") + 1]
        original = audit.record

        def record(uow, actor, act, *a, **kw):
            original(uow, actor, act, *a, **kw)
            if act == hang:
                uow.session.flush()
                print("READY", flush=True)
                time.sleep(120)

        audit.record = record
    backend = Backend(make_engine(url), url)
    actor = Actor(int(rest[0]), rest[1], "supervisor", f"PROC-{rest[2]}")
    ok = errors = 0
    try:
        if action == "issue":
            refund_id = int(rest[3])
            try:
                refunds.issue_refund(backend.uow(), actor, refund_id)
                ok += 1
            except ReturnsError:
                errors += 1
        elif action == "receive":
            receiving.receive_parcel(backend.uow(), actor, rest[3])
            ok += 1
        elif action == "inspect":
            inspection.inspect_unit(
                backend.uow(), actor, inspection.InspectUnit(int(rest[3]), "A", "restock", 1)
            )
            ok += 1
        elif action == "adjust":
            sku, rounds = rest[3], int(rest[4])
            for i in range(rounds):
                stock.adjust_stock(backend.uow(), actor, sku, "MAIN", 1 if i % 3 else -1, "race")
                ok += 1
    finally:
        backend.close()
    print(json.dumps({"ok": ok, "errors": errors}), flush=True)


if __name__ == "__main__":
    main()
