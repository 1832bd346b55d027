"""What the subcommands share: opening the database the way the user asked."""

from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy import Engine

from returns_app.persistence.database import make_engine
from returns_app.persistence.migrate import prepare_for_app
from returns_app.persistence.uow import UnitOfWork

_OPENED: list[Engine] = []


def open_engine(args: argparse.Namespace, *, migrate: bool = True) -> Engine:
    """Return the engine for ``--database`` (or the default), ready for the app's schema.

    Every engine opened here is disposed by :func:`close_engines` when the command ends.
    """
    engine = make_engine(getattr(args, "database", None))
    _OPENED.append(engine)
    if migrate:
        prepare_for_app(engine)
    return engine


def close_engines() -> None:
    """Close the connections of every engine the command opened."""
    while _OPENED:
        _OPENED.pop().dispose()


def uow_for(engine: Engine, *, readonly: bool = False) -> UnitOfWork:
    """Return a fresh unit of work on ``engine``."""
    return UnitOfWork(engine, readonly=readonly)


def read_secret(prompt: str) -> str:
    """Ask for a password on the terminal, or read one line from standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")
