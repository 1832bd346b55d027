"""Working the outbox: claim a message, send it over SMTP, mark it sent. Exactly once.

Each message goes through three short transactions with the SMTP conversation between them:

1. **claim**: ``queued`` -> ``sending`` (with who and when), committed *before* anything is
   sent. On PostgreSQL the row is picked with ``FOR UPDATE SKIP LOCKED``, so two senders
   (two stations, or a station and ``returns-app mail send`` on a server) never pick the same
   row and never wait for each other; on SQLite the writing transaction holds the file's
   write lock (``BEGIN IMMEDIATE``) and the update is guarded (``WHERE state = 'queued'``)
   besides, so a second sender that got there first leaves it alone.
2. **send** with the row's own Message-ID (made when the row was written).
3. **mark** ``sent``.

A crash (power cut, kill -9) between 2 and 3 leaves the row ``sending`` although the server
may have taken the message. A later run finds it ``sending`` for longer than
:data:`SENDING_LEASE` and marks it ``in_doubt``: it is **never sent again blindly**. Why not
rely on the Message-ID to drop the duplicate? Because nothing on the way promises to: an SMTP
server accepts the same Message-ID twice, and few mailboxes fold duplicates. A customer who
gets "your refund is paid" twice worries; an administrator who sees one message "in doubt"
in the back office (with the time it was handed over) can look in the server's log and
choose *mark sent* or *resend*. That is rare (it takes a crash in a second's window), so the
human decision costs little.

A run connects and logs in *before* it claims anything. A problem of the server's (down,
login refused, the sender address refused) is nobody's message's fault: the run stops, the
messages stay queued and no try is counted against them; a message still queued
:data:`GIVE_UP_AFTER` after it was written fails with the reason. A station that has no SMTP
password in its keyring (the administrator saved it at another one) does not send at all.
A 4xx answer to one message is tried again later, with back-off (:data:`RETRY_DELAYS`); a 5xx
answer (no such mailbox) and the last try make the row ``failed`` with the server's words.

Each claim is stamped with the moment it is made (the database's clock on PostgreSQL), not
the run's start, so a live sender's row is never taken for a dead one's.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from sqlalchemy import select, update

from returns_app.domain.users import Actor
from returns_app.i18n import ReturnsError
from returns_app.persistence.models import OutboxMessage
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import clock
from returns_app.services.acting import authorize
from returns_app.services.errors import require
from returns_app.services.mail.outbox import sender_address
from returns_app.services.mail.smtp import (
    Refused,
    SmtpConfig,
    SmtpLink,
    Unknown,
    Unreachable,
    config_from,
    envelope_address,
)
from returns_app.services.shop_settings import read_settings

RETRY_DELAYS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=4),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# A row ``sending`` this long was left by a sender that died (an SMTP conversation times out
# after TIMEOUT_S seconds; a live sender marks its row long before this).
SENDING_LEASE = timedelta(minutes=10)
# A message the server could not take for this long (down, refusing us) is given up, with why.
GIVE_UP_AFTER = timedelta(days=3)
_monotonic = time.monotonic  # tests move it to make a run take minutes


@dataclass(frozen=True)
class Outgoing:
    """A claimed message, as read when it was claimed."""

    id: int
    kind: str
    return_id: int | None
    refund_id: int | None
    to_address: str
    subject: str
    text: str
    html: str
    attachment: str | None
    message_id: str
    attempts: int


@dataclass(frozen=True)
class SendReport:
    """What one run did; ``unreachable`` holds why the server could not be reached."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    in_doubt: int = 0
    unreachable: str = ""
    configured: bool = True
    no_password: bool = False


def _now(uow: UnitOfWork, given: datetime | None) -> datetime:
    return clock.now(uow, given)


def recover_stale(uow: UnitOfWork, now: datetime) -> int:
    """Inside a unit of work: rows left ``sending`` by a dead sender become ``in_doubt``."""
    result = uow.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.state == "sending", OutboxMessage.claimed_at < now - SENDING_LEASE)
        .values(
            state="in_doubt",
            last_error="The sender stopped after handing the message to the server and "
            "before noting it sent. Check the server's log, then mark it sent or resend it.",
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


def give_up_old(uow: UnitOfWork, now: datetime) -> int:
    """Inside a unit of work: messages still queued :data:`GIVE_UP_AFTER` after they were
    written, and tried (it has a reason), fail with the last reason the server gave."""
    s = uow.session
    old = list(
        s.scalars(
            select(OutboxMessage).where(
                OutboxMessage.state == "queued",
                OutboxMessage.created_at < now - GIVE_UP_AFTER,
                OutboxMessage.last_error != "",
            )
        )
    )
    for row in old:
        row.state = "failed"
        row.last_error = f"Not sent within {GIVE_UP_AFTER.days} days: {row.last_error}"[:2000]
    return len(old)


def _due(uow: UnitOfWork, now: datetime) -> bool:
    return (
        uow.session.scalar(
            select(OutboxMessage.id)
            .where(OutboxMessage.state == "queued", OutboxMessage.next_attempt_at <= now)
            .limit(1)
        )
        is not None
    )


def _claim(uow: UnitOfWork, worker: str, now: datetime, at: datetime | None) -> Outgoing | None:
    """Claim the next message due at ``now``; ``claimed_at`` is ``at``, else the clock's now
    (the database's on PostgreSQL): the moment of this claim, not of the run's start."""
    with uow:
        s = uow.session
        query = (
            select(OutboxMessage)
            .where(OutboxMessage.state == "queued", OutboxMessage.next_attempt_at <= now)
            .order_by(OutboxMessage.id)  # in the order written: a customer reads them so
            .limit(1)
        )
        if uow.dialect == "postgresql":
            query = query.with_for_update(skip_locked=True)
        row = s.scalar(query)
        if row is None:
            return None
        # The guard: only a row still queued becomes ours (SQLite's write lock already
        # serialises senders; on PostgreSQL the row lock does; this says it in the data).
        claimed = s.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == row.id, OutboxMessage.state == "queued")
            .values(
                state="sending",
                claimed_by=worker[:120],
                claimed_at=clock.now(uow, at),
                attempts=OutboxMessage.attempts + 1,
            )
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount != 1:
            return None
        out = Outgoing(
            row.id,
            row.kind,
            row.return_id,
            row.refund_id,
            row.to_address,
            row.subject,
            row.text,
            row.html,
            row.attachment,
            row.message_id,
            row.attempts + 1,
        )
        uow.commit()
        return out


def _finish(uow: UnitOfWork, msg: Outgoing, worker: str, **values) -> None:
    # "sent" also over an administrator's Resend of a row marked in doubt meanwhile (Resend
    # keeps who claimed it): the customer has it, so it must not go out a second time.
    states = ["sending", "in_doubt"] + (["queued"] if values.get("state") == "sent" else [])
    with uow:
        uow.session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == msg.id,
                OutboxMessage.claimed_by == worker[:120],
                OutboxMessage.state.in_(states),
            )
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        uow.commit()


def _retry_or_fail(uow, msg: Outgoing, worker: str, now: datetime, reason: str) -> str:
    if msg.attempts >= MAX_ATTEMPTS:
        _finish(uow, msg, worker, state="failed", last_error=reason[:2000])
        return "failed"
    _finish(
        uow,
        msg,
        worker,
        state="queued",
        last_error=reason[:2000],
        next_attempt_at=now + RETRY_DELAYS[msg.attempts - 1],
    )
    return "retrying"


def _note_problem(uow: UnitOfWork, now: datetime, reason: str) -> None:
    """The server could not be reached: the due messages keep the reason (claimed by nobody)."""
    with uow:
        uow.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.state == "queued", OutboxMessage.next_attempt_at <= now)
            .values(last_error=reason[:2000])
            .execution_options(synchronize_session=False)
        )
        uow.commit()


def _release(uow: UnitOfWork, msg: Outgoing, worker: str, reason: str) -> None:
    """Put a claimed message back as it was: the server's problem counts no try against it."""
    with uow:
        uow.session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == msg.id,
                OutboxMessage.claimed_by == worker[:120],
                OutboxMessage.state == "sending",
            )
            .values(state="queued", attempts=msg.attempts - 1, last_error=reason[:2000])
            .execution_options(synchronize_session=False)
        )
        uow.commit()


def _attachment_of(uow: UnitOfWork, actor: Actor, msg: Outgoing) -> tuple[str, bytes] | None:
    """The PDF the message carries, from the documents kept in the database.

    Rendered (or read again) now rather than stored with the message: the label and the credit
    note are kept once in ``documents`` when first made, so the customer gets the very PDF the
    desk prints, and the outbox holds no second copy of each.
    """
    from returns_app.services import documents

    if msg.attachment == "return_label" and msg.return_id is not None:
        doc = documents.return_label_pdf(uow, actor, msg.return_id)
    elif msg.attachment == "credit_note" and msg.refund_id is not None:
        doc = documents.credit_note_pdf(uow, actor, msg.refund_id)
    else:
        return None
    return doc.name, doc.data


def build_email(
    msg: Outgoing,
    from_name: str,
    from_address: str,
    now: datetime,
    attachment=None,
    reply_to: str = "",
) -> EmailMessage:
    """The MIME message: plain text and HTML alternatives, the PDF, the stable Message-ID.

    ``reply_to`` (the shop's own address) when the mail goes out from another one: the
    messages ask the customer to reply, and the reply must reach customer service.
    """
    email = EmailMessage()
    email["Subject"] = msg.subject
    email["From"] = formataddr((from_name, from_address))
    try:
        email["To"] = envelope_address(msg.to_address)  # a domain like kylä.fi in IDNA form
    except Refused:
        email["To"] = msg.to_address  # sending refuses it, and says why (SmtpLink.send)
    if reply_to and reply_to.lower() != from_address.lower():
        email["Reply-To"] = reply_to
    email["Message-ID"] = msg.message_id
    email["Date"] = format_datetime(now)
    # Quoted-printable keeps the message 7-bit: any server takes it, 8BITMIME or not.
    email.set_content(msg.text, cte="quoted-printable")
    email.add_alternative(msg.html, subtype="html", cte="quoted-printable")
    if attachment is not None:
        name, data = attachment
        email.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return email


def send_outbox(
    uow: UnitOfWork,
    actor: Actor,
    *,
    worker: str,
    config: SmtpConfig | None = None,
    now: datetime | None = None,
    limit: int = 100,
    after_accept: Callable[[Outgoing], None] | None = None,
    stop: threading.Event | None = None,
) -> SendReport:
    """Send what is due in the outbox, one message at a time (see the module's docstring).

    ``worker`` names this sender in the rows it claims (station and process). ``config``
    defaults to the shop's SMTP settings with the password from the keyring.
    ``after_accept`` runs after the server took a message and before it is marked sent
    (tests put a crash there). ``stop``, once set, ends the run before the next message.
    """
    require(actor, "send_mail")
    with uow:
        authorize(uow, actor, "send_mail")
        moment = _now(uow, now)
        settings = read_settings(uow)
        doubt = recover_stale(uow, moment)
        expired = give_up_old(uow, moment)
        due = _due(uow, moment)
        uow.commit()
    config = config or config_from(settings)
    counts = {"sent": 0, "retrying": 0, "failed": expired, "in_doubt": doubt}
    if not config.configured:
        return SendReport(configured=False, **counts)
    if config.username and not config.password:
        # The password is in another station's keyring: sending from here would only fail
        # every message's tries. That station (or `mail send` with the password) sends.
        return SendReport(no_password=True, **counts)
    if not due:
        return SendReport(**counts)
    from_address = sender_address(settings)
    started = _monotonic()

    def claim_moment() -> datetime | None:
        # The caller's moment moved on by the run's own time; else the database's clock.
        if now is None:
            return None
        return now + timedelta(seconds=_monotonic() - started)

    link = SmtpLink(config)
    try:
        try:
            link.open()  # connect and log in before claiming anything
        except Unreachable as exc:
            _note_problem(uow, moment, str(exc))
            return SendReport(unreachable=str(exc), **counts)
        for _ in range(limit):
            if stop is not None and stop.is_set():  # the app quits: never inside a message
                break
            msg = _claim(uow, worker, moment, claim_moment())
            if msg is None:
                break
            try:
                attachment = _attachment_of(uow, actor, msg)
                email = build_email(
                    msg, settings.shop_name, from_address, moment, attachment, settings.email
                )
            except ReturnsError as exc:
                counts[_retry_or_fail(uow, msg, worker, moment, exc.message.render())] += 1
                continue
            except (ValueError, TypeError, LookupError) as exc:  # a header it cannot write
                counts[_retry_or_fail(uow, msg, worker, moment, f"{exc}")] += 1
                continue
            try:
                link.send(email, msg.to_address)
            except Unreachable as exc:  # also ServerRefused: the server's problem, not this one's
                _release(uow, msg, worker, str(exc))
                _note_problem(uow, moment, str(exc))
                return SendReport(unreachable=str(exc), **counts)
            except Refused as exc:
                if exc.permanent:
                    _finish(uow, msg, worker, state="failed", last_error=exc.reason[:2000])
                    counts["failed"] += 1
                else:
                    counts[_retry_or_fail(uow, msg, worker, moment, exc.reason)] += 1
                continue
            except Unknown as exc:
                _finish(
                    uow,
                    msg,
                    worker,
                    state="in_doubt",
                    last_error=f"The connection broke while the message was handed over: {exc}",
                )
                counts["in_doubt"] += 1
                continue
            if after_accept is not None:
                after_accept(msg)
            _finish(uow, msg, worker, state="sent", sent_at=claim_moment() or moment, last_error="")
            counts["sent"] += 1
    finally:
        link.close()
    return SendReport(**counts)
