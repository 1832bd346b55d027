"""The one place that knows where files under ``resources/`` live."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """Return the ``resources/`` folder."""
    return _ROOT


def i18n_dir() -> Path:
    """Return the folder with the ``.ts`` translation sources (and built ``.qm`` files)."""
    return _ROOT / "i18n"


def sound_path(kind: str) -> Path:
    """Return the WAV of one of the desk's sounds ("success", "warning", "error")."""
    return _ROOT / "sounds" / f"{kind}.wav"


def font_path(name: str = "DejaVuSans.ttf") -> Path:
    """Return the path of a bundled font (DejaVu covers ä, ö, å and €)."""
    return _ROOT / "fonts" / name


def mail_template_path(kind: str, lang: str) -> Path:
    """Return the shipped wording of one kind of customer e-mail in ``lang`` ("fi", "en").

    The file's first line is ``Subject: ...``, then an empty line, then the body; both may
    hold ``{placeholders}`` (see ``returns_app.services.mail.templates``).
    """
    return _ROOT / "mail" / lang / f"{kind}.txt"
