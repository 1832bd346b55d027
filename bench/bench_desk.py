"""The receiving desk: cold start to a ready scan field, and scan-to-screen in the real window.

    .venv/bin/returns-app --database sqlite:////tmp/desk.sqlite3 demo --orders 3000
    .venv/bin/python bench/bench_desk.py --database /tmp/desk.sqlite3 [--starts 5] [--scans 50]
    .venv/bin/python bench/bench_desk.py --database /tmp/desk.sqlite3 --starts 10 --no-scans

Cold start: the app is spawned (offscreen) with ``RETURNS_BENCH_READY=1`` and signs in from
the environment; it prints the moment its scan field is ready and quits. Counted from just
before the process is spawned, so Python, Qt, the database and the window are all in it.
Each start's processor time (user + system, all threads) is reported too, and the floor: the
same interpreter loading SQLAlchemy's ORM and Qt Widgets, running one SELECT and showing a
focused line edit. Set ``PYTHONPYCACHEPREFIX`` where ``PYTHONDONTWRITEBYTECODE`` is set, or
every start compiles the project from source.

Scan-to-screen: the real main window with the real task runner (database work on its worker
thread) on a copy of the database. Each announced return's code is typed into the scan field,
then the clock runs from the terminating Enter until the desk shows that return and has
painted it. Both work on copies; the database given is never changed.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cold_starts(database: Path, runs: int, cpu: list[float] | None = None) -> list[float]:
    """Seconds from spawning the app to its scan field being ready, ``runs`` times.

    ``cpu`` gets each start's processor time (user + system, all threads, until the app has
    quit right after being ready): on a loaded machine it moves far less than the wall time.
    """
    times = []
    for _ in range(runs):
        work = Path(tempfile.mkdtemp())
        copy = work / "desk.sqlite3"
        shutil.copyfile(database, copy)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            RETURNS_BENCH_READY="1",
            RETURNS_BENCH_USER="clerk",
            RETURNS_BENCH_PASSWORD="demo-password",
            XDG_CONFIG_HOME=str(work / "config"),  # this station's settings: a fresh file
        )
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.time()
        proc = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--database", f"sqlite:///{copy}"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        ready = [
            line for line in proc.stdout.splitlines() if line.startswith("RETURNS_BENCH_READY")
        ]
        if not ready:
            raise SystemExit(f"the app did not report ready:\n{proc.stdout}\n{proc.stderr}")
        times.append(float(ready[0].split()[1]) - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if cpu is not None:
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        shutil.rmtree(work, ignore_errors=True)
    return times


# The floor of a cold start: the same interpreter loads SQLAlchemy's ORM and Qt Widgets, runs
# one SELECT on the database and shows a focused line edit, nothing else.
_BARE = """
import sys, time
import sqlalchemy, sqlalchemy.orm
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
engine = sqlalchemy.create_engine(sys.argv[1])
with engine.connect() as conn:
    conn.execute(sqlalchemy.text("SELECT 1")).scalar()
app = QApplication(sys.argv[:1])
field = QLineEdit()
field.show()
field.activateWindow()
field.setFocus()

def ready():
    if QApplication.focusWidget() is not field:
        QTimer.singleShot(5, ready)
        return
    print(f"RETURNS_BENCH_READY {time.time():.6f}", flush=True)
    app.quit()

ready()
app.exec()
"""


def bare_starts(database: Path, runs: int, cpu: list[float] | None = None) -> list[float]:
    """Like :func:`cold_starts` for the floor: ORM and Qt loaded, one query, a focused field."""
    times = []
    for _ in range(runs):
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.time()
        proc = subprocess.run(
            [sys.executable, "-c", _BARE, f"sqlite:///{database}"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        times.append(float(proc.stdout.split()[1]) - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if cpu is not None:
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return times


def scan_to_screen(database: Path, scans: int) -> list[float]:
    """Seconds from a scan's Enter to its return painted in the desk, per scan."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from returns_app.persistence.models import Return
    from returns_app.services import users
    from returns_app.services.runtime import open_backend
    from ui import style
    from ui.app import build_areas
    from ui.context import AppContext, UserSession
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.tasks import TaskRunner

    work = Path(tempfile.mkdtemp())
    copy = work / "desk.sqlite3"
    shutil.copyfile(database, copy)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    style.apply(app)
    backend = open_backend(f"sqlite:///{copy}")
    with backend.uow(readonly=True) as uow:
        codes = list(
            uow.session.scalars(
                select(Return.code).where(Return.goods_state == "announced").limit(scans)
            )
        )
    if len(codes) < scans:
        codes += _register_more(backend, scans - len(codes))
    ctx = AppContext(
        backend, Settings.at(str(work / "station.ini")), TaskRunner(app), UserSession()
    )
    ctx.session.sign_in(users.authenticate(backend.uow(), "clerk", "demo-password", "BENCH"))
    window = MainWindow(ctx, build_areas(ctx))
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    desk = window.area_widget("desk")
    field = desk.scan_field
    shown: list[str] = []
    desk.return_shown.connect(lambda ret: shown.append(ret.code if ret else ""))
    times = []
    for code in codes:
        field.setFocus()
        QTest.keyClicks(field, code)
        shown.clear()
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        while code not in shown:
            app.processEvents()
        desk.repaint()  # painted, not merely queued
        times.append(time.perf_counter() - start)
    window.close()
    ctx.runner.wait()
    backend.close()
    shutil.rmtree(work, ignore_errors=True)
    return times


def _register_more(backend, n: int) -> list[str]:
    """Register ``n`` more returns (defect claims: never refused for time) to scan."""
    from sqlalchemy import select

    from returns_app.persistence.models import Order, OrderLine, ReturnLine
    from returns_app.services import demo, queries, returns

    actor = demo.demo_supervisor(backend.engine)
    with backend.uow(readonly=True) as uow:
        returned = select(OrderLine.order_id).join(
            ReturnLine, ReturnLine.order_line_id == OrderLine.id
        )
        order_ids = list(
            uow.session.scalars(select(Order.id).where(Order.id.not_in(returned)).limit(n))
        )
    codes = []
    for order_id in order_ids:
        order = queries.get_order(backend.uow(readonly=True), order_id)
        cmd = returns.RegisterReturn(
            kind="defect_claim",
            lines=(returns.LineRequest(order.lines[0].id, 1, "defective"),),
            remedy="cancellation",
        )
        codes.append(returns.register_return(backend.uow(), actor, cmd).code)
    return codes


def _summary(name: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    return (
        f"{name}: median {statistics.median(ms):.0f} ms, p99 {p99:.0f} ms, "
        f"min {ms[0]:.0f} ms, max {ms[-1]:.0f} ms (n={len(ms)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=Path("/tmp/desk.sqlite3"))
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--scans", type=int, default=50)
    parser.add_argument("--no-scans", action="store_true", help="measure the cold start only")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    cpu: list[float] = []
    print(
        _summary("cold start to a ready scan field", cold_starts(args.database, args.starts, cpu))
    )
    print(_summary("  its processor time (user + system)", cpu))
    floor_cpu: list[float] = []
    print(
        _summary(
            "floor: ORM + Qt, one SELECT, a focused field",
            bare_starts(args.database, args.starts, floor_cpu),
        )
    )
    print(_summary("  its processor time (user + system)", floor_cpu))
    print(f"  load average {os.getloadavg()[0]:.2f} (1 min)")
    if not args.no_scans:
        print(_summary("scan to screen (real window)", scan_to_screen(args.database, args.scans)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
