"""The entry point of ``returns-app`` and ``main.py``: loads the app with the collector paused.

Starting the desk makes about half a million Python objects (SQLAlchemy, the models, Qt's
wrappers, the services' dataclasses) and frees almost none. Python's cyclic garbage collector
would walk them again and again while they are made: 0.15-0.2 s of a cold start. So it is
paused from here until the desk is shown (or the sign-in dialog, which may wait for hours);
then :func:`ui.app.collect_from_now_on` freezes what start-up made (a later collection, perhaps
in the middle of a scan, does not walk it again) and resumes it. A subcommand resumes it
before it runs (``returns_app.cli.main``).
"""

from __future__ import annotations

import gc
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app (or a subcommand), with the garbage collector paused while it loads."""
    gc.disable()
    # Once loaded, PySide6 reads the source of every module imported after it
    # (``inspect.getsource``, looking for its ``__feature__`` switches): ~0.1 s of CPU for
    # SQLAlchemy, the models and the services. Imported before any Qt module, they are not.
    import returns_app.cli  # noqa: F401
    import returns_app.services.users  # noqa: F401
    from ui.app import main as app_main

    return app_main(argv)
