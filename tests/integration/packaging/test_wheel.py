"""The built wheel works on its own: installed into a fresh virtual environment outside the
source tree, it renders a label and a credit note with the embedded font, speaks Finnish,
migrates an empty SQLite database and has both entry points.

The new environment gets the dependencies (PySide6, ReportLab, …) from this test's own
environment through a ``.pth`` file naming its site-packages, which takes a second instead of
a download. A ``.pth`` file in a folder that was itself added by a ``.pth`` is not read, so
the editable install of the checkout (its import hook lives in such a file) stays out: the
test checks that ``returns_app`` and its resources come from the installed copy.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from returns_app import __version__
from returns_app.persistence.migrate import head_revision

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ("returns_app", "ui", "resources", "pyproject.toml", "setup.py", "README.md")
BIN = "Scripts" if os.name == "nt" else "bin"
EXE = ".exe" if os.name == "nt" else ""

# Run inside the new environment: where the code and the resources come from, a label and a
# credit note rendered and read back, a Finnish text from the Qt translator.
PROBE = r"""
import io, json, sys
import returns_app, ui
from returns_app.resources import font_path, is_installed, resources_dir
from returns_app.documents.credit_note import render_credit_note
from returns_app.documents.label import render_return_label
from returns_app.documents.samples import sample_credit_note, sample_return_label
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from ui.translator import install_language

def fonts(pdf):
    reader = PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            for descendant in font.get("/DescendantFonts", []):
                names.add(str(descendant.get_object()["/BaseFont"]))
    return sorted(names), "".join(page.extract_text() for page in reader.pages)

label = render_return_label(sample_return_label())
note = render_credit_note(sample_credit_note())
app = QApplication(sys.argv[:1])
install_language("fi")
print(json.dumps({
    "returns_app": returns_app.__file__,
    "ui": ui.__file__,
    "resources": str(resources_dir()),
    "installed": is_installed(),
    "font": str(font_path()),
    "label": fonts(label),
    "note": fonts(note),
    "qt_fi": QCoreApplication.translate("MainWindow", "Nobody signed in"),
}))
"""


def _run(args, *, env, cwd, timeout=60) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{args}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh virtual environment (outside the source tree) with the wheel installed."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    dist = base / "dist"
    pip = [sys.executable, "-m", "pip"]
    _run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", dist, source],
        env=env,
        cwd=base,
        timeout=120,
    )
    (wheel,) = dist.glob("returns_desk-*.whl")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], env=env, cwd=base)
    python = venv / BIN / f"python{EXE}"
    _run(
        [*pip, "--python", python, "install", "--no-deps", "--no-index", "-q", wheel],
        env=env,
        cwd=base,
    )
    site = _run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        env=env,
        cwd=base,
    ).stdout.strip()
    ours = sysconfig.get_paths()["purelib"]
    Path(site, "returns_desk_test_dependencies.pth").write_text(ours + "\n", encoding="utf-8")
    home = base / "home"
    home.mkdir()
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "USERPROFILE": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "RETURNS_LOG_DIR": str(home / "logs"),
    }
    env.pop("RETURNS_DATABASE_URL", None)
    return {"venv": venv, "python": python, "env": env, "cwd": home, "wheel": wheel}


def test_the_wheel_carries_the_resources_and_the_alembic_template(installed):
    import zipfile

    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file():
            relative = path.relative_to(ROOT / "resources").as_posix()
            assert f"returns_app/_resources/{relative}" in names
    assert "returns_app/persistence/migrations/script.py.mako" in names
    assert f"returns_desk-{__version__}.dist-info/METADATA" in names


def test_the_installed_app_renders_documents_with_the_embedded_font_and_speaks_finnish(
    installed,
):
    out = _run([installed["python"], "-c", PROBE], env=installed["env"], cwd=installed["cwd"])
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    venv = str(installed["venv"].resolve())
    for key in ("returns_app", "ui", "resources", "font"):
        assert str(Path(probe[key]).resolve()).startswith(venv), (key, probe[key])
        assert not str(Path(probe[key]).resolve()).startswith(str(ROOT)), (key, probe[key])
    assert probe["installed"]
    for document in ("label", "note"):
        fonts, text = probe[document]
        assert any(name.endswith("DejaVuSans") for name in fonts), (document, fonts)
        assert any(name.endswith("DejaVuSans-Bold") for name in fonts), (document, fonts)
        assert "Äijälä Örjan" in text
    assert probe["qt_fi"] == "Kukaan ei ole kirjautunut"


def test_the_installed_command_speaks_finnish_and_migrates_an_empty_database(installed):
    script = installed["venv"] / BIN / f"returns-app{EXE}"
    env, cwd = installed["env"], installed["cwd"]
    out = _run([script, "--lang", "fi", "window", "--delivered", "2025-12-18"], env=env, cwd=cwd)
    assert "Peruuttamisaika päättyy perjantaina 2.1.2026" in out.stdout
    version = _run([script, "--version"], env=env, cwd=cwd).stdout
    assert version.strip() == f"Returns Desk {__version__}"
    url = f"sqlite:///{cwd / 'station.sqlite3'}"
    _run([script, "--database", url, "db", "upgrade"], env=env, cwd=cwd)
    info = _run([script, "--database", url, "db", "info"], env=env, cwd=cwd).stdout
    assert f"Schema:   {head_revision()} (this app: {head_revision()}, current)" in info


def test_the_gui_entry_point_is_installed_beside_the_command(installed):
    scripts = installed["venv"] / BIN
    assert (scripts / f"returns-desk{EXE}").exists()
    assert (scripts / f"returns-app{EXE}").exists()
