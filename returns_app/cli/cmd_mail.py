"""``returns-app mail send``: work the e-mail outbox once (for a scheduler on a server).

Signs in like ``import`` (``--user``/``RETURNS_USER``, the password asked or from
``RETURNS_PASSWORD``). The SMTP password comes from the system keyring, or from
``RETURNS_SMTP_PASSWORD`` on a server without one. Exit code 0 when nothing failed,
1 when a message failed or is in doubt, 2 when the server could not be reached or this
computer has no SMTP password (then nothing is claimed).
"""

from __future__ import annotations

import argparse
import json
import os

from returns_app.cli.common import cli_station, open_engine, sign_in, uow_for, use_case
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.services.mail.sender import send_outbox
from returns_app.services.mail.smtp import config_from
from returns_app.services.shop_settings import load_settings


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Add ``mail send``."""
    parser = sub.add_parser("mail", help="send the customers' e-mails waiting in the outbox")
    msub = parser.add_subparsers(dest="mail_what", metavar="WHAT", required=True)
    send = msub.add_parser("send", help="send what is due in the outbox once, then stop")
    send.add_argument("--json", action="store_true", help="print the counts as JSON")
    send.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Send what is due and print what happened."""
    engine = open_engine(args)
    actor = sign_in(args, engine)
    settings = load_settings(uow_for(engine, readonly=True))
    config = config_from(settings, password=os.environ.get("RETURNS_SMTP_PASSWORD"))
    lang = args.lang or "en"
    if config.configured and config.username and not config.password:
        print(
            Message(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "No password for the SMTP user {user} on this computer: nothing was sent "
                    "and no e-mail was touched. Save it here (Settings -> E-mail) or set "
                    "RETURNS_SMTP_PASSWORD.",
                ),
                {"user": config.username},
            ).render(lang)
        )
        return 2
    worker = f"{cli_station()}#{os.getpid()}"
    report = use_case(lambda: send_outbox(uow_for(engine), actor, worker=worker, config=config))
    if args.json:
        print(json.dumps(report.__dict__, ensure_ascii=False))
    elif not report.configured:
        print(
            Message(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli", "No SMTP server is set (Settings -> E-mail); nothing was sent."
                ),
            ).render(lang)
        )
    else:
        print(
            Message(
                "cli",
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Sent {sent}, to retry later {retrying}, failed {failed}, in doubt {doubt}.",
                ),
                {
                    "sent": report.sent,
                    "retrying": report.retrying,
                    "failed": report.failed,
                    "doubt": report.in_doubt,
                },
            ).render(lang)
        )
        if report.unreachable:
            print(
                Message(
                    "cli",
                    QT_TRANSLATE_NOOP("cli", "The server could not be reached: {reason}"),
                    {"reason": report.unreachable},
                ).render(lang)
            )
    if report.unreachable:
        return 2
    return 1 if report.failed or report.in_doubt else 0
