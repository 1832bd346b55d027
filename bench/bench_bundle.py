"""Smoke-test the one-folder bundle that ``make dist`` builds, and measure it.

    python bench/bench_bundle.py [--bundle dist/returns-desk] [--runs 5]

Checks, each failing the script (exit 1) if it does not hold: ``--version`` prints this
source tree's version; a new SQLite database is migrated and filled with demo data; a return
label is printed to PDF with the embedded DejaVu font; the desktop app starts offscreen,
signs in and has its scan field ready. Reports the bundle's size and its start time: the
first start after the build (files not yet in the page cache if the build ran long ago) and
the median of the next runs. Runs on Windows too (``returns-desk.exe``).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from returns_app import __version__  # noqa: E402

EXE = "returns-desk.exe" if os.name == "nt" else "returns-desk"


def folder_size(path: Path) -> int:
    """Bytes in every file under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def run(exe: Path | list[str], *args: str, env: dict[str, str], timeout: float = 120) -> str:
    """Run the bundle (or another command); its output, or the script stops with it."""
    command = [str(exe)] if isinstance(exe, Path) else list(exe)
    done = subprocess.run(
        [*command, *args],
        env=env,
        cwd=env["HOME"],  # not the source tree: `python -c` would import it
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        sys.exit(f"FAILED: {' '.join(args)}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def start_seconds(exe: Path | list[str], url: str, env: dict[str, str]) -> float:
    """Seconds from starting the desktop app until its scan field has the focus."""
    bench = env | {
        "RETURNS_BENCH_READY": "1",
        "RETURNS_BENCH_USER": "admin",
        "RETURNS_BENCH_PASSWORD": "demo-password",
    }
    started = time.time()
    out = run(exe, "--database", url, env=bench)
    line = next((s for s in out.splitlines() if s.startswith("RETURNS_BENCH_READY")), "")
    if not line or "focus=1" not in line:
        sys.exit(f"FAILED: the desktop app did not get ready:\n{out}")
    return float(line.split()[1]) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "returns-desk")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--python",
        help="also time the app installed in this Python (e.g. the wheel's venv), to compare",
    )
    args = parser.parse_args()
    args.bundle = Path(os.path.abspath(args.bundle))  # the runs start in a temporary folder
    exe = args.bundle / EXE
    if not exe.exists():
        sys.exit(f"no bundle at {exe}: run `make dist` first")
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        home = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "RETURNS_"))}
        env |= {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "USERPROFILE": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "APPDATA": str(home / "appdata"),
            "LOCALAPPDATA": str(home / "localappdata"),
        }
        version = run(exe, "--version", env=env).strip()
        if version != f"Returns Desk {__version__}":
            sys.exit(f"FAILED: --version said {version!r}, the source is {__version__}")
        db = home / "station.sqlite3"
        url = f"sqlite:///{db.as_posix()}"
        run(exe, "--database", url, "demo", "--orders", "30", env=env)
        with sqlite3.connect(db) as conn:
            (code,) = conn.execute("SELECT code FROM returns ORDER BY id LIMIT 1").fetchone()
        label = home / "label.pdf"
        signed = env | {"RETURNS_PASSWORD": "demo-password"}
        run(
            exe,
            "--database",
            url,
            "--user",
            "admin",
            "print",
            "label",
            code,
            "--out",
            str(label),
            env=signed,
        )
        pdf = label.read_bytes()
        if not pdf.startswith(b"%PDF") or b"DejaVuSans" not in pdf:
            sys.exit("FAILED: the label is not a PDF with the embedded DejaVu font")
        first = start_seconds(exe, url, env)
        rest = [start_seconds(exe, url, env) for _ in range(max(args.runs - 1, 1))]
        installed = []
        if args.python:
            python = os.path.abspath(args.python)  # not resolved: a venv's python is a link
            command = [python, "-c", "import sys; from ui.launch import main; sys.exit(main())"]
            installed = [start_seconds(command, url, env) for _ in range(max(args.runs - 1, 1))]
    size = folder_size(args.bundle)
    print(f"bundle:        {args.bundle}")
    print(f"version:       {version}")
    print(
        f"size:          {size / 1e6:.0f} MB in {sum(1 for f in args.bundle.rglob('*') if f.is_file())} files"
    )
    print(f"label:         {len(pdf):,} bytes, DejaVu embedded")
    print(f"first start:   {first:.2f} s (to the scan field, signed in)")
    print(f"warm start:    {statistics.median(rest):.2f} s (median of {len(rest)})")
    if installed:
        print(
            f"installed:     {statistics.median(installed):.2f} s (median of {len(installed)}, {args.python})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
