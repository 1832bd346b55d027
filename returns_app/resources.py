"""The one place that knows where files under ``resources/`` live.

In the repository they are in the top-level ``resources/`` folder (the product card: fonts,
translation catalogues, sounds, icons, mail templates). The build maps that folder into the
package as ``returns_app/_resources`` (``setup.py`` and ``pyproject.toml``: package-dir and
package-data ``**/*``), so everything under it ships in the wheel and in the bundle, and an
installed app finds it through :mod:`importlib.resources`, never next to a source tree.

A source checkout (an editable install, or ``PYTHONPATH`` pointing at a checkout) has no
``returns_app/_resources``; there the checkout's own ``resources/`` is used, which is the
folder the editable install maps too. Looking at the package beside this module first (and
not importing ``returns_app._resources`` by name) keeps a second checkout on ``PYTHONPATH``
from reading another checkout's files through the editable install's import hook.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

PACKAGED = "_resources"  # the folder's name inside the installed package


def _as_path(item: Traversable) -> Path:
    """A real file-system path for ``item`` (extracted once if the package is zipped)."""
    if isinstance(item, Path):
        return item
    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return stack.enter_context(resources.as_file(item))


def _locate() -> Path:
    packaged = resources.files("returns_app").joinpath(PACKAGED)
    if packaged.is_dir():
        return _as_path(packaged)
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        "Returns Desk's resources are missing: neither returns_app/_resources (an installed "
        f"app) nor {checkout} (a source checkout) exists; reinstall the app."
    )


_ROOT = _locate()


def resources_dir() -> Path:
    """Return the folder holding everything from ``resources/`` (installed or checkout)."""
    return _ROOT


def resource_path(*parts: str) -> Path:
    """Return the path of ``resources/<parts...>`` (e.g. ``resource_path("icons", "x.svg")``)."""
    return _ROOT.joinpath(*parts)


def is_installed() -> bool:
    """Tell whether the resources come from an installed package (not a source checkout)."""
    return _ROOT.name == PACKAGED


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


def icon_path(name: str = "returns-desk.svg") -> Path:
    """Return the path of an icon under ``resources/icons`` (the app icon by default)."""
    return _ROOT / "icons" / name
