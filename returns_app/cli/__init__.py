"""The ``returns-app`` command: no arguments starts the desktop app; subcommands serve support.

Every subcommand lives in a module ``returns_app.cli.cmd_<name>`` that defines
``add_parser(subparsers)``; the parser it adds sets ``func`` to a callable
``run(args) -> int``. Errors a person can act on are :class:`returns_app.i18n.ReturnsError`
and are printed as one line with a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from returns_app.i18n import ReturnsError


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with every ``cmd_*`` module's subcommand."""
    parser = argparse.ArgumentParser(
        prog="returns-app",
        description="Returns Desk. Without a command, starts the desktop app.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL (default: $RETURNS_DATABASE_URL or a local SQLite file)",
    )
    parser.add_argument("--lang", choices=("en", "fi"), help="language of the messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"{__name__}.{info.name}").add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``returns-app``; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        from returns_app.cli.desktop import start_desktop

        return start_desktop(args)
    try:
        return int(args.func(args) or 0)
    except ReturnsError as exc:
        print(f"returns-app: error: {exc.message.render(args.lang or 'en')}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("returns-app: interrupted", file=sys.stderr)
        return 130
