"""The desktop start reads its options and opens a current database without the heavy modules.

Importing every subcommand (ReportLab, python-barcode, the importers) to read ``--database``,
and Alembic with Mako to read one version row, cost a station 0.7 s at each start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from returns_app.cli import main
from returns_app.persistence import migrate
from returns_app.persistence.database import DatabaseError, make_engine
from returns_app.services import users
from returns_app.services.runtime import open_backend

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("reportlab", "barcode", "alembic", "mako", "openpyxl")

# The real entry point (``ui.app.main``) with the window replaced by opening the database
# the way the app does; prints what the desktop got and which heavy modules were loaded.
_START = """
import json, sys
import ui.app
from returns_app.services.runtime import open_backend

seen = {}

def desktop(args):
    backend = open_backend(args.database, station="COLD")
    seen["database"] = args.database
    seen["kind"] = backend.kind
    backend.close()
    return 0

ui.app.run = desktop
code = ui.app.main(sys.argv[1:])
heavy = sorted({name.split(".")[0] for name in sys.modules} & set(%r))
print(json.dumps({"code": code, "seen": seen, "heavy": heavy}))
"""


# The real start, signed in from the environment (the benchmark's way), to the moment the
# scan field has the focus: which modules that only printing, importing, exporting, payouts,
# reports or sending e-mail need were loaded by then.
NOT_BEFORE_THE_DESK = (
    "reportlab",
    "barcode",
    "PIL",
    "alembic",
    "mako",
    "openpyxl",
    "returns_app.documents.credit_note",
    "returns_app.documents.label",
    "returns_app.documents.tag",
    "returns_app.documents.zpl",
    "returns_app.services.importing",
    "returns_app.services.exporting",
    "returns_app.services.payouts",
    "returns_app.services.reports",
    "returns_app.services.mail.sender",
    "returns_app.services.mail.smtp",
    "ui.reports.reports_view",
    "ui.backoffice.returns_area",
)

_READY = """
import json, sys
import ui.app

HEAVY = %r
original = ui.app._report_when_ready
seen = {}

def report(app, window, give_up):
    from PySide6.QtWidgets import QApplication

    field = getattr(window.area_widget("desk"), "scan_field", None)
    if "loaded" not in seen and field is not None and QApplication.focusWidget() is field:
        seen["loaded"] = sorted(
            n for n in sys.modules if any(n == h or n.startswith(h + ".") for h in HEAVY)
        )
        seen["area"] = window.current_area
    original(app, window, give_up)

ui.app._report_when_ready = report
code = ui.app.main(sys.argv[1:])
print(json.dumps({"code": code, **seen}))
"""


def _python(code: str, *argv: str, env: dict, timeout: int = 120):
    """Run ``code`` in a fresh interpreter from the checkout; it must exit 0."""
    proc = subprocess.run(
        [sys.executable, "-c", code, *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc


def _last_json(proc) -> dict:
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _start(*argv: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return _last_json(_python(_START % (HEAVY,), *argv, env=env, timeout=60))


def test_desktop_start_on_a_current_database_loads_no_reportlab_alembic_or_mako(db_url):
    result = _start("--database", db_url, "--lang", "fi")
    assert result["code"] == 0
    assert result["seen"]["database"] == db_url
    assert result["seen"]["kind"] == ("local" if db_url.startswith("sqlite") else "shared")
    assert result["heavy"] == []


def test_an_empty_local_database_is_still_migrated_at_start(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    result = _start("--database", url)
    assert result["code"] == 0 and "alembic" in result["heavy"]
    engine = make_engine(url)
    assert migrate.schema_status(engine).state == "current"
    engine.dispose()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {"database": None, "lang": None, "user": None}),
        (["--database", "sqlite:///x.db"], {"database": "sqlite:///x.db"}),
        (["--lang", "fi", "--user", "aino"], {"lang": "fi", "user": "aino"}),
        (["--database=sqlite:///y.db"], {"database": "sqlite:///y.db"}),
    ],
)
def test_global_options_alone_start_the_desktop_with_them(argv, expected):
    got = []
    assert main(argv, desktop=lambda args: got.append(args) or 7) == 7
    (args,) = got
    assert args.command is None
    for name, value in expected.items():
        assert getattr(args, name) == value


def test_help_still_lists_every_subcommand_and_does_not_start_the_desktop(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"], desktop=lambda args: pytest.fail("the desktop started"))
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for name in ("db", "demo", "export", "import", "print", "scan", "user", "window"):
        assert f"    {name}" in out


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (["--lang", "sv"], "argument --lang: invalid choice: 'sv'"),
        (["--database"], "argument --database: expected one argument"),
        (["nonsense"], "argument COMMAND: invalid choice: 'nonsense'"),
    ],
)
def test_a_mistake_gets_the_full_parsers_usage_and_error(capsys, argv, error):
    with pytest.raises(SystemExit) as exit_:
        main(argv, desktop=lambda args: pytest.fail("the desktop started"))
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "usage: returns-app [-h] [--database URL]" in err and "COMMAND ..." in err
    assert error in err


def test_a_subcommand_after_global_options_still_runs(capsys):
    code = main(
        ["--lang", "en", "window", "--delivered", "18.12.2025", "--json"],
        desktop=lambda args: pytest.fail("the desktop started"),
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out)


def test_head_revision_constant_is_alembics_head():
    assert migrate.HEAD_REVISION == migrate.alembic_head_revision()
    assert migrate.head_revision() == migrate.alembic_head_revision()


def test_two_version_rows_are_refused_with_a_message(db_url):
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0099')"))
    with pytest.raises(DatabaseError) as error:
        migrate.schema_status(engine)
    head = migrate.head_revision()
    assert f"more than one schema version ({head}, 0099)" in error.value.message.render("en")
    engine.dispose()


def _signed_in_from_the_environment(url: str, tmp_path: Path) -> dict:
    """An admin in the database at ``url``, and the environment of a start that signs them
    in from it (the benchmark's way) and says when its scan field is ready."""
    backend = open_backend(url)
    users.create_first_admin(backend.uow(), "aino", "a-long-enough-password", "COLD")
    backend.close()
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        RETURNS_LOG_DIR=str(tmp_path / "logs"),
        RETURNS_BENCH_READY="1",
        RETURNS_BENCH_USER="aino",
        RETURNS_BENCH_PASSWORD="a-long-enough-password",
    )


def test_the_desk_is_ready_for_a_scan_before_printing_importing_or_reports_are_loaded(
    db_url, tmp_path
):
    env = _signed_in_from_the_environment(db_url, tmp_path)
    proc = _python(_READY % (NOT_BEFORE_THE_DESK,), "--database", db_url, env=env)
    assert "RETURNS_BENCH_READY" in proc.stdout and "focus=1" in proc.stdout
    result = _last_json(proc)
    assert result["code"] == 0
    assert result["area"] == "desk"  # signed in, the scan field has the focus
    assert result["loaded"] == []


# A sign-in that checks a password (the app builds its window meanwhile), then is cancelled.
_CANCELLED = """
import gc, json, sys
import ui.launch
import ui.main_window
import ui.signin
from PySide6.QtWidgets import QDialog

seen = {"built": 0, "closed": 0, "shown": 0}
Window = ui.main_window.MainWindow


class Watched(Window):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        seen["built"] += 1

    def closeEvent(self, event):
        seen["closed"] += 1
        super().closeEvent(event)

    def show(self):
        seen["shown"] += 1
        super().show()


class Cancelled(ui.signin.SignInDialog):
    def exec(self):
        seen["collecting"] = gc.isenabled()  # the dialog may wait for hours
        self.checking.emit()  # as after Enter, before the answer
        return QDialog.DialogCode.Rejected


ui.main_window.MainWindow = Watched
ui.signin.SignInDialog = Cancelled
code = ui.launch.main(sys.argv[1:])
print(json.dumps({"code": code, **seen}))
"""


def test_a_sign_in_cancelled_after_a_check_closes_the_window_built_meanwhile(sqlite_url, tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        RETURNS_LOG_DIR=str(tmp_path / "logs"),
    )
    result = _last_json(_python(_CANCELLED, "--database", sqlite_url, env=env))
    assert result == {"code": 0, "built": 1, "closed": 1, "shown": 0, "collecting": True}


# The real entry point (``ui.launch.main``, what ``returns-app`` and ``main.py`` run), signed in
# from the environment: is the collector paused while the desk is built, and resumed, with
# what start-up made frozen, once it is shown? A subcommand runs with it resumed.
_COLLECTOR = """
import gc, json, sys
import ui.launch
import ui.app

seen = {}
build_areas = ui.app.build_areas

def watched(ctx):
    seen["collecting_while_built"] = gc.isenabled()
    return build_areas(ctx)

ui.app.build_areas = watched
if sys.argv[1] == "--subcommand":
    code = ui.launch.main(["--database", sys.argv[2], "db", "info"])
else:
    code = ui.launch.main(sys.argv[1:])
print(json.dumps({"code": code, "collecting": gc.isenabled(),
                  "frozen": gc.get_freeze_count(), **seen}))
"""


def test_the_collector_waits_while_the_desk_is_built_and_then_skips_what_start_up_made(
    sqlite_url, tmp_path
):
    env = _signed_in_from_the_environment(sqlite_url, tmp_path)
    desk = _last_json(_python(_COLLECTOR, "--database", sqlite_url, env=env))
    assert desk["code"] == 0
    assert desk["collecting_while_built"] is False
    assert desk["collecting"] is True
    assert desk["frozen"] > 100_000  # SQLAlchemy, Qt's wrappers, the models and services

    command = _last_json(_python(_COLLECTOR, "--subcommand", sqlite_url, env=env))
    assert command["code"] == 0
    assert command["collecting"] is True and command["frozen"] == 0
