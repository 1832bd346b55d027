"""What the subcommands share: opening the database the way the user asked."""

from __future__ import annotations

import argparse
import getpass
import os
import socket
import sys
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine

from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.persistence.database import make_engine
from returns_app.persistence.migrate import prepare_for_app
from returns_app.persistence.uow import UnitOfWork
from returns_app.persistence.waits import DEFAULT_TIMEOUTS, LONG_TIMEOUTS
from returns_app.services.retry import retrying

T = TypeVar("T")

_OPENED: list[Engine] = []


def open_engine(args: argparse.Namespace, *, migrate: bool = True, long: bool = False) -> Engine:
    """Return the engine for ``--database`` (or the default), ready for the app's schema.

    Its connections are named ``cli@<computer>``; ``long`` gives a command whose statements
    may run for minutes (an import, an upgrade, demo data) PostgreSQL timeouts to match.
    Every engine opened here is disposed by :func:`close_engines` when the command ends.
    """
    engine = make_engine(
        getattr(args, "database", None),
        station=cli_station(),
        timeouts=LONG_TIMEOUTS if long else DEFAULT_TIMEOUTS,
    )
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


def use_case(fn: Callable[[], T]) -> T:
    """Run one use case (``fn`` opens its own unit of work) as a station does: one that lost
    a deadlock or a serialization race is run again a few times before it is a conflict."""
    return retrying(fn)


def read_secret(prompt: str) -> str:
    """Ask for a password on the terminal, or read one line from standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def cli_station() -> str:
    """The station name a command signs in with: ``cli@`` and the computer's name."""
    return f"cli@{socket.gethostname()}"[:80]


def sign_in(args: argparse.Namespace, engine: Engine) -> Actor:
    """Sign in the person (or the service account of a scheduled job) running the command.

    The user comes from ``--user`` or ``$RETURNS_USER``, the password from
    ``$RETURNS_PASSWORD`` or the terminal (standard input when it is not a terminal). What the
    command does is then checked against that user's role and audited under their name at
    station ``cli@<computer>``; nobody acts as an administrator by default.
    """
    from returns_app.services.users import authenticate

    name = getattr(args, "user", None) or os.environ.get("RETURNS_USER", "")
    if not name.strip():
        raise ReturnsError(
            Message(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Sign in first: give --user NAME (or set RETURNS_USER). The password is "
                    "asked, or read from RETURNS_PASSWORD.",
                ),
            )
        )
    password = os.environ.get("RETURNS_PASSWORD")
    if password is None:
        password = read_secret(f"Password for {name}: ")
    return use_case(lambda: authenticate(uow_for(engine), name, password, station=cli_station()))
