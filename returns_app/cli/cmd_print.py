"""``returns-app print label|tag|slip``: a return label, an item tag or a credit note as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select

from returns_app.cli.common import open_engine, sign_in, uow_for, use_case
from returns_app.files import write_atomically
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.persistence.models import Inspection, ReturnLine
from returns_app.services import documents, queries


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``print`` and its three documents."""
    p = sub.add_parser("print", help="write a return label, item tag or credit note as PDF")
    psub = p.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    label = psub.add_parser("label", help="the return label of a return")
    label.add_argument("return_code", metavar="RETURN_CODE")
    label.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    label.add_argument("--size", choices=documents.LABEL_SIZES, default="100x150")
    label.set_defaults(func=run_label)
    tag = psub.add_parser("tag", help="the tag of an inspected unit of a return line")
    tag.add_argument("return_code", metavar="RETURN_CODE")
    tag.add_argument("line", type=int, metavar="LINE", help="the return line, 1 for the first")
    tag.add_argument("--unit", type=int, default=None, help="the unit (default: the last graded)")
    tag.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    tag.add_argument("--size", choices=documents.TAG_SIZES, default="57x32")
    tag.set_defaults(func=run_tag)
    slip = psub.add_parser("slip", help="the credit note of an issued refund")
    slip.add_argument("number", metavar="CREDIT_NOTE_NUMBER")
    slip.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    slip.add_argument("--format", choices=documents.SLIP_FORMATS, default="a4")
    slip.set_defaults(func=run_slip)


def _write(out: Path, doc: documents.StoredDocument) -> int:
    write_atomically(out, doc.data, parents=True)
    print(f"Wrote {doc.name} to {out} ({len(doc.data):,} bytes).")
    return 0


def run_label(args: argparse.Namespace) -> int:
    """Write the return label."""
    engine = open_engine(args)
    actor = sign_in(args, engine)
    ret = queries.get_return(uow_for(engine, readonly=True), code=args.return_code)
    return _write(
        args.out,
        use_case(lambda: documents.return_label_pdf(uow_for(engine), actor, ret.id, args.size)),
    )


def run_tag(args: argparse.Namespace) -> int:
    """Write the item tag of a graded unit."""
    engine = open_engine(args)
    actor = sign_in(args, engine)
    ret = queries.get_return(uow_for(engine, readonly=True), code=args.return_code)
    if not 1 <= args.line <= len(ret.lines):
        raise ReturnsError(
            Message(
                "cli",
                QT_TRANSLATE_NOOP("cli", "Return {code} has lines 1 to {n}."),
                {"code": ret.code, "n": len(ret.lines)},
            )
        )
    line_id = ret.lines[args.line - 1].id
    with uow_for(engine, readonly=True) as uow:
        stmt = select(Inspection.id).join(ReturnLine, ReturnLine.id == Inspection.return_line_id)
        stmt = stmt.where(Inspection.return_line_id == line_id)
        if args.unit is not None:
            stmt = stmt.where(Inspection.unit_no == args.unit)
        inspection_id = uow.session.scalar(stmt.order_by(Inspection.id.desc()).limit(1))
    if inspection_id is None:
        raise ReturnsError(
            Message(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli", "No graded unit on line {line} of {code}: inspect it first."
                ),
                {"line": args.line, "code": ret.code},
            )
        )
    return _write(
        args.out,
        use_case(lambda: documents.item_tag_pdf(uow_for(engine), actor, inspection_id, args.size)),
    )


def run_slip(args: argparse.Namespace) -> int:
    """Write the credit note."""
    engine = open_engine(args)
    actor = sign_in(args, engine)
    refund_id = documents.refund_id_by_credit_note(uow_for(engine, readonly=True), args.number)
    return _write(
        args.out,
        use_case(lambda: documents.credit_note_pdf(uow_for(engine), actor, refund_id, args.format)),
    )
