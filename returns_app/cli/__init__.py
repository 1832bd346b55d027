"""The ``returns-app`` command: no arguments starts the desktop app; subcommands serve support.

Every subcommand lives in a module ``returns_app.cli.cmd_<name>`` that defines
``add_parser(subparsers)``; the parser it adds sets ``func`` to a callable
``run(args) -> int``. Errors a person can act on are :class:`returns_app.i18n.ReturnsError`
and are printed as one line with a non-zero exit.

The desktop start (no subcommand) never builds the full parser: importing every subcommand
pulls in ReportLab, the importers and Alembic, half a second spent only to read
``--database``. :func:`main` first reads the global options alone; anything else (a
subcommand, ``--help``, a mistake) goes to the full parser, so its help and its errors are
exactly those of :func:`build_parser`.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import pkgutil
import sys
from collections.abc import Callable, Sequence

from sqlalchemy.exc import DBAPIError

from returns_app import __version__
from returns_app.i18n import ReturnsError


class _NotGlobalOnly(Exception):
    """The arguments are more than the global options: the full parser must read them."""


class _GlobalParser(argparse.ArgumentParser):
    """The global options alone; instead of printing an error it hands over to the full one."""

    def error(self, message: str):  # type: ignore[override]
        raise _NotGlobalOnly(message)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL (default: $RETURNS_DATABASE_URL or a local SQLite file)",
    )
    parser.add_argument("--lang", choices=("en", "fi"), help="language of the messages")
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as NAME for commands that change or read the shop's data (default: "
        "$RETURNS_USER); the password is asked, or read from $RETURNS_PASSWORD",
    )


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with every ``cmd_*`` module's subcommand."""
    parser = argparse.ArgumentParser(
        prog="returns-app",
        description="Returns Desk. Without a command, starts the desktop app.",
    )
    _add_global_options(parser)
    parser.add_argument("--version", action="version", version=f"Returns Desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"{__name__}.{info.name}").add_parser(sub)
    return parser


def parse_desktop_args(argv: Sequence[str] | None = None) -> argparse.Namespace | None:
    """The arguments if they are global options only (the desktop start), else None.

    Builds no subcommand, so nothing heavy is imported; ``--help``, a subcommand or any
    mistake returns None and is left to :func:`build_parser`.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    parser = _GlobalParser(prog="returns-app", add_help=False, allow_abbrev=False)
    _add_global_options(parser)
    try:
        parsed, rest = parser.parse_known_args(args)
    except _NotGlobalOnly:
        return None
    if rest:
        return None
    parsed.command = None
    return parsed


def main(
    argv: Sequence[str] | None = None,
    desktop: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    """Run a subcommand, or ``desktop(args)`` when none is given; returns the exit code.

    The desktop entry point (``ui.app.main``) passes ``desktop``, since this package may not
    import Qt.
    """
    if desktop is not None:
        args = parse_desktop_args(argv)
        if args is not None:
            return desktop(args)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        if desktop is None:
            parser.print_help()
            return 0
        return desktop(args)
    from returns_app.cli.common import close_engines

    gc.enable()  # the entry point (ui.launch) paused it for the desktop's start
    try:
        return int(args.func(args) or 0)
    except ReturnsError as exc:
        print(f"returns-app: error: {exc.message.render(args.lang or 'en')}", file=sys.stderr)
        return 2
    except DBAPIError as exc:
        first = str(getattr(exc, "orig", exc)).strip().splitlines() or ["?"]
        print(f"returns-app: database error: {first[0]}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("returns-app: interrupted", file=sys.stderr)
        return 130
    finally:
        close_engines()
