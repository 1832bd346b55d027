"""``returns-app payments ...``: settle payouts and make the day's bank transfer file.

- ``payments reconcile``: ask Paytrail about every pending payout (and note what it says of
  those in doubt); a payout its station left ``sending`` is in doubt from now on. Never
  sends a refund. Paytrail's merchant id and secret come from ``RETURNS_PAYTRAIL_ACCOUNT``
  and ``RETURNS_PAYTRAIL_SECRET`` or the system keyring.
- ``payments list``: refunds issued and not paid yet, in doubt first.
- ``payments transfer-file [--date DATE] OUT``: every bank transfer waiting goes into a new
  SEPA credit transfer file (pain.001.001.03) written to ``OUT``.
- ``payments write-file ID OUT``: write a file again (the same payments).
- ``payments confirm-upload ID``: the file was uploaded to the bank; its refunds are paid.
- ``payments cancel-file ID --reason TEXT``: a supervisor cancels a file the bank refused
  (never confirmed); its transfers go into the next file, under a new message id.
- ``payments bank-returned RETURN --reason TEXT``: a supervisor records that the bank sent a
  paid transfer of the return back; it is failed and may be paid again.
- ``payments correct-transaction ORDER ID --reason TEXT``: a supervisor corrects an order's
  Paytrail transaction id (audited).

Each acts as a user (``--user`` or ``RETURNS_USER``), checked and audited like a station.
"""

from __future__ import annotations

import argparse
import sys

from returns_app.cli.common import open_engine, sign_in, uow_for, use_case
from returns_app.domain.calendar import format_date, parse_date
from returns_app.domain.payouts import stage_name
from returns_app.files import write_atomically
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError


def _date(text: str):
    try:
        return parse_date(text)
    except ReturnsError as exc:
        raise argparse.ArgumentTypeError(exc.message.render()) from None


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``payments reconcile|list|transfer-file|write-file|confirm-upload``."""
    parser = sub.add_parser("payments", help="settle refund payouts, make bank transfer files")
    psub = parser.add_subparsers(dest="payments_what", metavar="WHAT", required=True)
    psub.add_parser("reconcile", help="ask Paytrail about pending and doubtful payouts")
    psub.add_parser("list", help="refunds issued and not paid yet")
    made = psub.add_parser("transfer-file", help="the day's SEPA transfer file (pain.001)")
    made.add_argument("--date", type=_date, help="requested execution day (default: today)")
    made.add_argument("out", metavar="OUT", help="the XML file to write")
    again = psub.add_parser("write-file", help="write a transfer file again")
    again.add_argument("file_id", type=int, metavar="ID")
    again.add_argument("out", metavar="OUT")
    done = psub.add_parser("confirm-upload", help="a transfer file was uploaded to the bank")
    done.add_argument("file_id", type=int, metavar="ID")
    cancel = psub.add_parser("cancel-file", help="cancel a transfer file the bank refused")
    cancel.add_argument("file_id", type=int, metavar="ID")
    cancel.add_argument("--reason", required=True, help="what the bank said")
    back = psub.add_parser("bank-returned", help="the bank returned a paid transfer")
    back.add_argument("code", metavar="RETURN", help="the return's code")
    back.add_argument("--reason", required=True, help="what the bank said")
    fix = psub.add_parser("correct-transaction", help="correct an order's Paytrail id")
    fix.add_argument("order", metavar="ORDER", help="the order's number")
    fix.add_argument("transaction_id", metavar="ID", help="Paytrail's transaction id")
    fix.add_argument("--reason", required=True, help="why it is corrected")
    for p in (parser, *psub.choices.values()):
        p.set_defaults(func=run)


def _say(args: argparse.Namespace, text: str, **params: object) -> None:
    print(Message("cli", text, params).render(args.lang or "en"))


def run(args: argparse.Namespace) -> int:
    """Run the chosen payments command."""
    from returns_app.services.payouts import paying, transfers, views
    from returns_app.services.payouts.paytrail import Paytrail, load_config

    engine = open_engine(args)
    actor = sign_in(args, engine)
    what = args.payments_what
    if what == "reconcile":
        client = Paytrail(load_config())
        r = use_case(lambda: paying.reconcile_payouts(uow_for(engine), actor, client))
        _say(
            args,
            QT_TRANSLATE_NOOP(
                "cli",
                "{checked} payout(s) checked: {paid} paid, {failed} failed, {pending} still "
                "waiting, {doubt} in doubt (a supervisor decides), {unreachable} not reached.",
            ),
            checked=r.checked,
            paid=r.paid,
            failed=r.failed,
            pending=r.still_pending,
            doubt=r.in_doubt,
            unreachable=r.unreachable,
        )
        for note in r.notes:
            print(note.render(args.lang or "en"), file=sys.stderr)
        return 1 if r.unreachable else 0
    if what == "list":
        for row in views.payout_queue(uow_for(engine, readonly=True)):
            stage = stage_name(row.stage).render(args.lang or "en")
            print(
                f"{row.return_code}\t{row.credit_note_number or ''}\t{row.total}\t{stage}\t"
                f"{row.customer_name}"
            )
        return 0
    if what == "confirm-upload":
        f = use_case(lambda: transfers.confirm_upload(uow_for(engine), actor, args.file_id))
        _say(
            args,
            QT_TRANSLATE_NOOP(
                "cli", "Upload of {file} confirmed: {count} refund(s) paid, {total} EUR."
            ),
            file=f.message_id,
            count=f.payments,
            total=f.total,
        )
        return 0
    if what in ("cancel-file", "bank-returned", "correct-transaction"):
        return _settle_by_hand(args, engine, actor)
    if what == "transfer-file":
        f = use_case(
            lambda: transfers.create_transfer_file(uow_for(engine), actor, execution_date=args.date)
        )
    else:
        f = use_case(lambda: transfers.transfer_file(uow_for(engine), actor, args.file_id))
    write_atomically(args.out, f.xml)
    _say(
        args,
        QT_TRANSLATE_NOOP(
            "cli",
            "Transfer file {id} ({file}): {count} payment(s), {total} EUR, to be paid on {day}, "
            "written to {out}. Upload it to the bank, then run 'returns-app payments "
            "confirm-upload {id}'.",
        ),
        id=f.id,
        file=f.message_id,
        count=f.payments,
        total=f.total,
        day=format_date(f.execution_date),
        out=args.out,
    )
    return 0


def _settle_by_hand(args: argparse.Namespace, engine, actor) -> int:
    """A supervisor's corrections: cancel a refused file, a returned transfer, a wrong id."""
    from returns_app.services import queries
    from returns_app.services.payouts import paying, transfers, views

    what = args.payments_what
    if what == "cancel-file":
        again = use_case(
            lambda: transfers.cancel_transfer_file(
                uow_for(engine), actor, args.file_id, args.reason
            )
        )
        _say(
            args,
            QT_TRANSLATE_NOOP(
                "cli",
                "Transfer file {id} cancelled: never upload it. {count} transfer(s) wait for "
                "the next file.",
            ),
            id=args.file_id,
            count=len(again),
        )
        return 0
    if what == "bank-returned":
        ret = use_case(lambda: queries.get_return(uow_for(engine, readonly=True), code=args.code))
        paid = [
            p
            for p in views.payouts_of_return(uow_for(engine, readonly=True), ret.id)
            if p.method == "transfer" and p.state == "paid"
        ]
        if not paid:
            print(
                Message(
                    "cli",
                    QT_TRANSLATE_NOOP("cli", "Return {code} has no paid bank transfer."),
                    {"code": args.code},
                ).render(args.lang or "en"),
                file=sys.stderr,
            )
            return 1
        p = use_case(
            lambda: transfers.record_bank_return(uow_for(engine), actor, paid[-1].id, args.reason)
        )
        _say(
            args,
            QT_TRANSLATE_NOOP(
                "cli", "The transfer of {amount} EUR of {code} is recorded as returned by the bank."
            ),
            amount=p.amount,
            code=p.return_code,
        )
        return 0
    kept = use_case(
        lambda: paying.correct_transaction_id(
            uow_for(engine), actor, args.order, args.transaction_id, args.reason
        )
    )
    _say(
        args,
        QT_TRANSLATE_NOOP("cli", "Order {order}: Paytrail transaction id is now {id}."),
        order=args.order,
        id=kept,
    )
    return 0
