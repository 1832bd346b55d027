"""What a screen says when a task failed: the service's own words, or a calm generic text.

Services raise :class:`~returns_app.i18n.ReturnsError` with a message that says what to do.
A database that does not answer surfaces as the driver's error (the UI may not import
SQLAlchemy, so it is recognised by its class name) and is told as "cannot reach the
database"; anything else is a bug: it is logged with its traceback and shown generically.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from returns_app.i18n import ReturnsError
from returns_app.services.errors import SignedOut
from returns_app.services.runtime import Backend, unreachable
from ui.logs import current_log_file
from ui.translator import render

log = logging.getLogger(__name__)

# A database that cannot be used, or that stopped answering (a timeout, a stalled network).
DATABASE_ERRORS = frozenset({"DatabaseError", "DatabaseNotAnswering"})


@dataclass(frozen=True)
class Problem:
    """A failure, in words.

    Attributes:
        text: what to show.
        database: the database did not answer (the status bar should say so).
        expected: a rule or a person's mistake, not a bug.
        signed_out: the user was deactivated or given another role meanwhile (the station
            goes back to sign-in).
        held_elsewhere: another station holds what this one needed (a lock wait ran out):
            trying again in a moment is the answer.
    """

    text: str
    database: bool = False
    expected: bool = True
    signed_out: bool = False
    held_elsewhere: bool = False


def is_database_error(exc: BaseException) -> bool:
    """Tell whether ``exc`` is the database driver failing (connection lost, locked, …)."""
    return any(
        cls.__name__ == "DBAPIError" and cls.__module__.startswith("sqlalchemy")
        for cls in type(exc).__mro__
    )


def describe(exc: BaseException, backend: Backend | None = None) -> Problem:
    """Turn a task's error into a :class:`Problem` (logging the unexpected ones)."""
    if isinstance(exc, ReturnsError):
        # By name: the UI may not import the persistence layer that defines them.
        database = any(c.__name__ in DATABASE_ERRORS for c in type(exc).__mro__)
        return Problem(
            render(exc.message),
            database=database,
            signed_out=isinstance(exc, SignedOut),
            held_elsewhere=any(c.__name__ == "StationBusy" for c in type(exc).__mro__),
        )
    if is_database_error(exc):
        log.warning("database error: %s", exc)
        if backend is not None:
            return Problem(render(unreachable(backend.engine, exc).message), database=True)
        return Problem(
            QCoreApplication.translate(
                "ErrorText", "The database does not answer. Nothing was saved; try again."
            ),
            database=True,
        )
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    log_file = current_log_file()
    if log_file is None:
        text = QCoreApplication.translate(
            "ErrorText", "Something went wrong ({error}). The details are in the log."
        ).format(error=type(exc).__name__)
    else:
        text = QCoreApplication.translate(
            "ErrorText", "Something went wrong ({error}). The details are in the log file {file}."
        ).format(error=type(exc).__name__, file=log_file)
    return Problem(text, expected=False)
