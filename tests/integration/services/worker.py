"""A separate process for the concurrency and crash tests: ``python worker.py URL ACTION ...``.

Prints one JSON line with the outcome. With ``--hang-in refund_issued`` it stops (sleeps)
inside the transaction, just before commit, after printing ``READY`` — to be killed.

``station`` keeps running as one station (its own engine and connection pool): it reads a
job (one JSON line) from stdin, answers ``READY``, waits for ``GO`` (so that every station
starts at the same moment), runs the job's use cases through ``retrying`` as a station's task
runner does, and prints one JSON line: what succeeded, the clean refusals (``ReturnsError``)
and anything else that escaped (``raw``, which a station would show as a crash).
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from datetime import datetime

from returns_app.domain.users import Actor
from returns_app.i18n import ReturnsError
from returns_app.persistence.database import make_engine
from returns_app.services import audit, inspection, queries, receiving, refunds, stock
from returns_app.services.retry import retrying
from returns_app.services.runtime import Backend


class Station:
    """One station's jobs; counts every outcome by use case."""

    def __init__(self, backend: Backend, clerk: Actor, supervisor: Actor) -> None:
        self.backend, self.clerk, self.supervisor = backend, clerk, supervisor
        self.out: dict = {"ok": {}, "refused": {}, "raw": []}

    def attempt(self, kind: str, fn: Callable[[], object]) -> object | None:
        try:
            result = retrying(fn)
        except ReturnsError as exc:
            self.out["refused"].setdefault(kind, []).append(str(exc))
            return None
        except Exception as exc:  # a driver's error or an IllegalTransition escaping
            self.out["raw"].append(f"{kind}: {type(exc).__name__}: {exc}"[:400])
            return None
        self.out["ok"][kind] = self.out["ok"].get(kind, 0) + 1
        return result

    def screen(self, return_id: int) -> tuple[int, int | None]:
        """What the station's screen shows: the return's version and its open refund."""
        version = queries.get_return(self.backend.uow(readonly=True), return_id).version
        with self.backend.uow(readonly=True) as uow:
            refund = queries.open_refund(uow.session, return_id)
            return version, refund.id if refund else None

    def propose(self, job: dict, versions: list[int | None]) -> None:
        """Propose the refund of each return in turn (with the version the screen showed, if
        it showed one: a return changed meanwhile is refused instead of replaced)."""
        for return_id, version in zip(job["returns"], versions, strict=True):
            self.attempt(
                "propose",
                lambda r=return_id, v=version: refunds.propose_refund(
                    self.backend.uow(), self.clerk, r, expected_version=v
                ),
            )

    def issue(self, now: datetime, shown: list[int | None]) -> None:
        """Issue each refund the screen showed, in turn."""
        for refund_id in filter(None, shown):
            self.attempt(
                "issue",
                lambda r=refund_id: refunds.issue_refund(
                    self.backend.uow(), self.supervisor, r, now=now
                ),
            )

    def mixed(self, job: dict, now: datetime, seen: tuple[int, int | None]) -> None:
        """Random operations on one return, each on what the screen showed just before
        (the first one on the screen seen before ``GO``, the same at every station)."""
        rng, return_id = random.Random(job["seed"]), job["return"]
        for n in range(job["ops"]):
            kind = rng.choice(("propose", "propose", "approve", "cancel", "issue", "issue"))
            if n:
                seen = self.attempt("screen", lambda: self.screen(return_id)) or seen
            version, refund_id = seen
            if kind == "propose":
                expected = version if rng.random() < 0.5 else None
                self.attempt(kind, lambda e=expected: self.act("propose", return_id, e, None, now))
            elif refund_id is not None:
                self.attempt(
                    kind,
                    lambda k=kind, v=version, r=refund_id: self.act(k, return_id, v, r, now),
                )

    def act(self, kind: str, return_id: int, version, refund_id, now: datetime) -> object:
        uow = self.backend.uow
        if kind == "propose":
            return refunds.propose_refund(uow(), self.clerk, return_id, expected_version=version)
        if kind == "approve":
            return refunds.approve_refund(uow(), self.supervisor, refund_id)
        if kind == "cancel":  # with the version the screen showed
            return refunds.cancel_refund(
                uow(), self.supervisor, refund_id, "mixed", expected_version=version
            )
        return refunds.issue_refund(uow(), self.supervisor, refund_id, now=now)


def serve(backend: Backend, clerk: Actor, supervisor: Actor) -> None:
    """Run jobs from stdin until it closes: job line, ``READY``, ``GO``, one result line."""
    with backend.engine.connect() as conn:  # open the pool before the first race
        conn.exec_driver_sql("SELECT 1")
    while line := sys.stdin.readline():
        job = json.loads(line)
        station = Station(backend, clerk, supervisor)
        now = datetime.fromisoformat(job["now"])
        if job["kind"] == "mixed":
            seen = station.screen(job["return"])
        elif job["kind"] == "issue":  # the open refund each return's screen shows
            shown = [station.screen(return_id)[1] for return_id in job["returns"]]
        elif job.get("screen"):  # a proposal made from the return's page
            versions = [station.screen(return_id)[0] for return_id in job["returns"]]
        else:
            versions = [None] * len(job["returns"])
        print("READY", flush=True)
        if sys.stdin.readline().strip() != "GO":
            return
        if job["kind"] == "mixed":
            station.mixed(job, now, seen)
        elif job["kind"] == "propose":
            station.propose(job, versions)
        else:
            station.issue(now, shown)
        print(json.dumps(station.out), flush=True)


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
        if action == "station":
            serve(backend, Actor(int(rest[3]), rest[4], "clerk", f"PROC-{rest[2]}"), actor)
            return
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
