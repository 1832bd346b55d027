"""Keep the Finnish and English catalogues in step with the code.

    python tools/translations.py update   # run pyside6-lupdate over returns_app/ and ui/
    python tools/translations.py check    # fail if a source string lacks a Finnish translation
    python tools/translations.py missing  # print the untranslated strings, one per line

The catalogues are Qt ``.ts`` files under resources/i18n/: the UI reads them through
``ui.translator`` and the CLI and documents through ``returns_app.i18n`` (no ``.qm`` build).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ("returns_app", "ui")


def ts_path(lang: str) -> Path:
    """The catalogue of ``lang``."""
    return I18N / f"returns_desk_{lang}.ts"


def sources() -> list[str]:
    """Every Python file lupdate reads."""
    files: list[str] = []
    for folder in SOURCES:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*.py"))
    return files


def update(target: Path | None = None, lang: str = "fi") -> Path:
    """Run lupdate into ``target`` (the catalogue by default); returns the file written."""
    out = target or ts_path(lang)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    cmd = [str(lupdate), *sources(), "-no-obsolete", "-locations", "none",
           "-target-language", "fi_FI" if lang == "fi" else "en_US", "-ts", str(out)]
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
    return out


def untranslated(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            node = msg.find("translation")
            forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
            text = " ".join(forms) if forms else (node.text or "") if node is not None else ""
            if node is None or not text.strip() or node.get("type") == "unfinished":
                missing.append((name, msg.findtext("source", "")))
    return missing


def main() -> int:
    """Command-line entry."""
    action = sys.argv[1] if len(sys.argv) > 1 else "check"
    if action == "update":
        for lang in ("fi", "en"):
            print(f"updated {update(lang=lang).relative_to(ROOT)}")
        return 0
    missing = untranslated(ts_path("fi"))
    if action == "missing":
        for ctx, text in missing:
            print(f"{ctx}\t{text}")
        return 0
    if missing:
        print(f"{len(missing)} strings have no Finnish translation; "
              "run 'python tools/translations.py missing'")
        return 1
    print("Finnish catalogue complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
