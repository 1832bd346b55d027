"""A station paying a refund out, as a separate process the tests can kill -9 at any step.

``python payout_worker.py DB_URL PAYTRAIL_URL REFUND_ID USER_ID USERNAME STATION [--stop-at STEP]
[--wait-go]``

``--stop-at`` prints ``STOPPED STEP`` and sleeps (to be killed) at a step of
:func:`paying.pay_refund` (``start``, ``committed``, ``answered``) or inside one of its
transactions just before the commit (``tx:payout_started``, ``tx:payout_ok``: the audit entry
is written and flushed, nothing committed). ``--wait-go`` prints ``READY`` and waits for a
``GO`` line (so that many stations start at once). The outcome is one JSON line.
"""

from __future__ import annotations

import json
import sys
import time

from returns_app.domain.users import Actor
from returns_app.i18n import ReturnsError
from returns_app.persistence.database import make_engine
from returns_app.services import audit
from returns_app.services.payouts import paying
from returns_app.services.payouts.paytrail import Paytrail, PaytrailConfig
from returns_app.services.runtime import Backend

ACCOUNT, SECRET = "375917", "SAIPPUAKAUPPIAS"


def _stop(step: str) -> None:
    print(f"STOPPED {step}", flush=True)
    time.sleep(120)


def main() -> None:
    db_url, paytrail_url, refund_id, user_id, username, station, *rest = sys.argv[1:]
    stop = rest[rest.index("--stop-at") + 1] if "--stop-at" in rest else None
    if stop and stop.startswith("tx:"):
        original = audit.record

        def record(uow, actor, action, *a, **kw):
            original(uow, actor, action, *a, **kw)
            if action == stop[3:]:
                uow.session.flush()
                _stop(stop)

        audit.record = record
    backend = Backend(make_engine(db_url), db_url)
    actor = Actor(int(user_id), username, "clerk", station)
    client = Paytrail(PaytrailConfig(ACCOUNT, SECRET, paytrail_url, timeout=10))
    with backend.engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    if "--wait-go" in rest:
        print("READY", flush=True)
        if sys.stdin.readline().strip() != "GO":
            return

    def checkpoint(step: str) -> None:
        if step == stop:
            _stop(step)

    try:
        dto = paying.pay_refund(backend.uow(), actor, int(refund_id), client, checkpoint=checkpoint)
        out = {"state": dto.state}
    except ReturnsError as exc:
        out = {"refused": type(exc).__name__, "why": str(exc)}
    except Exception as exc:  # a crash a station would show
        out = {"raw": f"{type(exc).__name__}: {exc}"[:400]}
    finally:
        backend.close()
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
