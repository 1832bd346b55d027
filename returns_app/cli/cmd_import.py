"""``returns-app import orders|products|tracking FILE``: bring a shop's export (or a carrier's
tracking events, for delivery days) into the database.

All or nothing: a file with errors imports nothing, and every error is listed with its line
and column; ``--partial`` imports the valid records and lists the rest. Ctrl+C cancels and
writes nothing. The exit code is 0 without errors, 1 with errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from returns_app.cli.common import open_engine, sign_in, uow_for, use_case
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.services.importing import (
    FORMATS,
    ImportReport,
    import_orders,
    import_products,
    import_tracking_events,
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``import orders``, ``import products`` and ``import tracking``."""
    parser = sub.add_parser(
        "import",
        help="import orders or products from a file",
        description="Encodings (UTF-8, Windows-1252), delimiters (comma, semicolon) and "
        "decimal commas are recognised. See docs/formats.md.",
    )
    isub = parser.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    orders = isub.add_parser(
        "orders",
        help="orders from a Shopify or WooCommerce export, or our CSV or JSON format",
    )
    orders.add_argument("file", type=Path, metavar="FILE")
    orders.add_argument(
        "--format", choices=FORMATS, help="the file's format (default: recognised from it)"
    )
    products = isub.add_parser("products", help="products from a CSV")
    products.add_argument("file", type=Path, metavar="FILE")
    tracking = isub.add_parser(
        "tracking",
        help="delivery days from a carrier's tracking events (CSV: tracking_number, event, time)",
    )
    tracking.add_argument("file", type=Path, metavar="FILE")
    for p in (orders, products, tracking):
        p.add_argument(
            "--partial",
            action="store_true",
            help="import the valid records even when others have errors",
        )
        p.add_argument("--json", action="store_true", help="print the report as JSON")
        p.set_defaults(func=run)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{done * 100 // total:3d} %", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Import the file and print the report."""
    if not args.file.is_file():
        raise ReturnsError(
            Message(
                "cli",
                QT_TRANSLATE_NOOP("cli", "No such file: {path}"),
                {"path": str(args.file)},
            )
        )
    engine = open_engine(args, long=True)
    common = dict(allow_partial=args.partial, actor=sign_in(args, engine), progress=_progress)
    if args.import_what == "orders":
        report = use_case(lambda: import_orders(uow_for(engine), args.file, args.format, **common))
    elif args.import_what == "tracking":
        report = use_case(lambda: import_tracking_events(uow_for(engine), args.file, **common))
    else:
        report = use_case(lambda: import_products(uow_for(engine), args.file, **common))
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    lang = args.lang or "en"
    if args.json:
        print(json.dumps(as_json(report, lang), indent=2, ensure_ascii=False))
    else:
        print(report.summary().render(lang))
        for error in report.errors:
            print(f"  {error.render(lang)}")
    return 0 if report.ok else 1


def as_json(report: ImportReport, lang: str = "en") -> dict[str, object]:
    """The report as JSON-ready values."""
    return {
        "kind": report.kind,
        "format": report.format,
        "encoding": report.encoding,
        "delimiter": report.delimiter,
        "records": report.records,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "skipped": report.skipped,
        "written": report.written,
        "errors": [
            {
                "line": e.line,
                "column": e.column,
                "record": e.record,
                "message": e.message.render(lang),
            }
            for e in report.errors
        ],
    }
