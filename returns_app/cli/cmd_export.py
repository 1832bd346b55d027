"""``returns-app export refunds|stock``: credit notes for accounting, stock movements.

``export refunds --from DATE --to DATE --format csv OUT`` writes one CSV (``-`` for standard
output); ``--format finvoice`` writes one Finvoice 3.0 file per credit note into the folder
``OUT``. ``export stock --from DATE --to DATE OUT`` writes the stock movements as CSV. Dates
are Helsinki days, inclusive, written 2026-01-31 or 31.1.2026.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from returns_app.cli.common import open_engine, sign_in, uow_for, use_case
from returns_app.domain.calendar import format_date, parse_date
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.services.exporting import (
    REFUND_FORMATS,
    ExportResult,
    export_refunds,
    export_stock_movements,
    save,
)


def _date(text: str):
    try:
        return parse_date(text)
    except ReturnsError as exc:
        raise argparse.ArgumentTypeError(exc.message.render()) from None


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``export refunds`` and ``export stock``."""
    parser = sub.add_parser("export", help="export credit notes or stock movements")
    esub = parser.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    refunds = esub.add_parser(
        "refunds",
        help="refunds issued in a period: CSV for accounting, or Finvoice 3.0 credit notes",
    )
    refunds.add_argument("--format", choices=REFUND_FORMATS, default="csv")
    refunds.add_argument(
        "--decimal",
        choices=("comma", "dot"),
        default="comma",
        help="decimal separator of the CSV (default: comma, as Finnish tools expect)",
    )
    stock = esub.add_parser("stock", help="stock movements in a period as CSV")
    for p in (refunds, stock):
        p.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
        p.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE")
        p.add_argument(
            "out",
            metavar="OUT",
            help="the CSV file ('-' for standard output), or the folder for Finvoice files",
        )
        p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export and write the file(s)."""
    engine = open_engine(args)
    actor = sign_in(args, engine)
    if args.export_what == "refunds":
        result = use_case(
            lambda: export_refunds(
                uow_for(engine, readonly=True),
                actor,
                args.start,
                args.end,
                args.format,
                decimal="," if args.decimal == "comma" else ".",
            )
        )
        folder = args.format == "finvoice"
    else:
        result = use_case(
            lambda: export_stock_movements(
                uow_for(engine, readonly=True), actor, args.start, args.end
            )
        )
        folder = False
    written = write(result, args.out, folder)
    period = f"{format_date(args.start)}–{format_date(args.end)}"
    if args.export_what == "refunds":
        text = Message(
            "cli",
            QT_TRANSLATE_NOOP(
                "cli", "{count} credit note(s) for {period}, {total} EUR in all, written to {out}."
            ),
            {"count": result.count, "period": period, "total": result.total, "out": written},
        )
    else:
        text = Message(
            "cli",
            QT_TRANSLATE_NOOP("cli", "{count} stock movement(s) for {period} written to {out}."),
            {"count": result.count, "period": period, "out": written},
        )
    print(text.render(args.lang or "en"), file=sys.stderr if args.out == "-" else sys.stdout)
    return 0


def write(result: ExportResult, out: str, folder: bool) -> str:
    """Write ``result`` to ``out`` (a file, ``-`` for standard output, or a folder)."""
    if out == "-" and not folder:
        sys.stdout.buffer.write(result.files[0].data)
        sys.stdout.flush()
        return "standard output"
    return str(save(result, Path(out), folder))
