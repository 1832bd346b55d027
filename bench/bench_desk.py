"""The receiving desk: cold start to a ready scan field, and scan-to-screen in the real window.

    .venv/bin/returns-app --database sqlite:////tmp/desk.sqlite3 demo --orders 3000
    .venv/bin/python bench/bench_desk.py --database /tmp/desk.sqlite3 [--starts 5] [--scans 50]
    .venv/bin/python bench/bench_desk.py --starts 0 --scans 200 \
        --database 'postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dscan_1m'
    .venv/bin/python bench/bench_desk.py --database /tmp/desk.sqlite3 --starts 10 --no-scans

Cold start: the app is spawned (offscreen) with ``RETURNS_BENCH_READY=1`` and signs in from
the environment; it prints the moment its scan field is ready and quits. Counted from just
before the process is spawned, so Python, Qt, the database and the window are all in it.
Each start's processor time (user + system, all threads) is reported too, and the floor: the
same interpreter loading SQLAlchemy's ORM and Qt Widgets, running one SELECT and showing a
focused line edit. Each start runs with bytecode cached, as an installed app does: the
children run without ``PYTHONDONTWRITEBYTECODE`` (set on some development machines, where
every start otherwise compiled the project and its libraries from source: 1.44 s instead of
0.72 s, and the floor 1.27 s instead of 0.37 s, on the same machine), and one start is made
before the measured ones.

Scan-to-screen: the real main window with the real task runner (database work on its worker
thread) on a copy of the database. Each announced return's code is typed into the scan field,
then the clock runs from the terminating Enter until the desk shows that return and has
painted it. The status bar's timer runs meanwhile (every ``--status-every`` seconds instead
of 30, so that a run of a few seconds meets it many times: its heartbeat and the signed-in
check run as in the real window). The raw indexed SQL of the same codes (``SELECT id FROM
returns WHERE code = ?``) is measured in the same run, as the floor.

A SQLite database is worked on as a copy (the file given is never changed); a PostgreSQL URL
is used as it is: its announced returns are received (build a schema for the bench).
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


def _child_env(**extra: str) -> dict[str, str]:
    """The environment of a started app: bytecode written and read (see the docstring)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    }
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return {**env, **extra}


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
        env = _child_env(
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
        env = _child_env()
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


def _is_url(database: str) -> bool:
    return "://" in database


def scan_to_screen(
    database: str, scans: int, status_every: float
) -> tuple[list[float], list[float], list[float]]:
    """Seconds from a scan's Enter to its return painted in the desk, per scan; the CPU
    seconds the process spent on it (all threads: less sensitive to a loaded machine than
    the wall clock); and the raw indexed SQL of the same codes."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select, text

    from returns_app.persistence.models import Return
    from returns_app.services import users
    from returns_app.services.runtime import open_backend
    from ui import style
    from ui.app import build_areas, collect_from_now_on
    from ui.context import AppContext, UserSession
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.tasks import TaskRunner

    work = Path(tempfile.mkdtemp())
    if _is_url(database):
        url = database
    else:
        copy = work / "desk.sqlite3"
        shutil.copyfile(database, copy)
        # Written back now: otherwise the kernel writes the copy (1.4 GB at a million orders)
        # back during the scans, and a WAL checkpoint's fsync waits for it (0.5 s stalls).
        os.sync()
        url = f"sqlite:///{copy}"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    style.apply(app)
    backend = open_backend(url, station="BENCH")
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
    window = MainWindow(ctx, build_areas(ctx), refresh_ms=int(status_every * 1000))
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    collect_from_now_on()  # as the app does once its desk is shown (ui.launch)
    desk = window.area_widget("desk")
    field = desk.scan_field
    shown: list[str] = []
    waiting = QEventLoop()

    def on_shown(ret) -> None:
        shown.append(ret.code if ret else "")
        waiting.quit()

    desk.return_shown.connect(on_shown)
    times, cpu = [], []  # wall clock; CPU of the whole process (every thread)
    for code in codes:
        field.setFocus()
        QTest.keyClicks(field, code)
        shown.clear()
        start, cpu_start = time.perf_counter(), time.process_time()
        QTest.keyClick(field, Qt.Key.Key_Return)
        # Wait as the app does (an event loop that sleeps until something happens): a loop
        # spinning processEvents() would hold the GIL against the database worker.
        while code not in shown:
            waiting.exec()
        desk.repaint()  # painted, not merely queued
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    window.close()
    ctx.runner.wait()
    floor = []
    for code in codes:
        start = time.perf_counter()
        with backend.engine.connect() as conn:
            conn.execute(text("SELECT id FROM returns WHERE code = :c"), {"c": code}).all()
        floor.append(time.perf_counter() - start)
    backend.close()
    shutil.rmtree(work, ignore_errors=True)
    return times, cpu, floor


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
        f"{name}: median {statistics.median(ms):.1f} ms, p99 {p99:.1f} ms, "
        f"min {ms[0]:.1f} ms, max {ms[-1]:.1f} ms (n={len(ms)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database", default="/tmp/desk.sqlite3", help="a SQLite file or a PostgreSQL URL"
    )
    parser.add_argument("--starts", type=int, default=5, help="cold starts (SQLite only; 0: none)")
    parser.add_argument("--scans", type=int, default=50)
    parser.add_argument(
        "--status-every", type=float, default=1.0, help="the status bar's timer, in seconds"
    )
    parser.add_argument("--no-scans", action="store_true", help="measure the cold start only")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    if args.starts and not _is_url(args.database):
        cold_starts(Path(args.database), 1)  # writes the bytecode the measured starts read
        bare_starts(Path(args.database), 1)
        cpu: list[float] = []
        starts = cold_starts(Path(args.database), args.starts, cpu)
        print(_summary("cold start to a ready scan field", starts))
        print(_summary("  its processor time (user + system)", cpu))
        floor_cpu: list[float] = []
        print(
            _summary(
                "floor: ORM + Qt, one SELECT, a focused field",
                bare_starts(Path(args.database), args.starts, floor_cpu),
            )
        )
        print(_summary("  its processor time (user + system)", floor_cpu))
    if not args.no_scans:
        times, cpu, floor = scan_to_screen(args.database, args.scans, args.status_every)
        print(
            _summary(
                f"scan to screen (real window, status bar every {args.status_every:g} s)", times
            )
        )
        print(_summary("  CPU per scan (all threads)", cpu))
        print(_summary("  raw indexed SQL (SELECT id FROM returns WHERE code = ?)", floor))
    return 0


if __name__ == "__main__":
    sys.exit(main())
