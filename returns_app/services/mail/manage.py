"""What people do with the e-mails: list the ones that need a decision, resend, mark sent,
cancel, edit the wording (with a preview), and send a test message."""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from returns_app.documents.formatting import day, money
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import MailTemplate, OutboxMessage, Return
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit, clock, secrets
from returns_app.services.acting import authorize
from returns_app.services.errors import Conflict, InvalidInput, NotFound, require
from returns_app.services.mail import templates
from returns_app.services.mail.outbox import (
    GOODS_KEPT,
    METHOD_WORDS,
    new_message_id,
    sender_address,
    signature,
    template_for,
)
from returns_app.services.mail.sender import Outgoing, build_email
from returns_app.services.mail.smtp import (
    Refused,
    SmtpConfig,
    SmtpLink,
    Unknown,
    Unreachable,
    password_name,
)
from returns_app.services.shop_settings import ShopSettings, read_settings

PROBLEM_STATES = ("failed", "in_doubt")


def _msg(text: str, **params) -> Message:
    return Message("services", text, params)


@dataclass(frozen=True)
class MailDTO:
    """One message of the outbox, as the back office shows it."""

    id: int
    kind: str
    return_id: int | None
    return_code: str | None
    to_address: str
    language: str
    subject: str
    text: str
    html: str
    attachment: str | None
    message_id: str
    state: str
    attempts: int
    next_attempt_at: datetime
    last_error: str
    claimed_by: str | None
    claimed_at: datetime | None
    sent_at: datetime | None
    created_at: datetime


def _dto(row: OutboxMessage, code: str | None) -> MailDTO:
    return MailDTO(
        row.id,
        row.kind,
        row.return_id,
        code,
        row.to_address,
        row.language,
        row.subject,
        row.text,
        row.html,
        row.attachment,
        row.message_id,
        row.state,
        row.attempts,
        row.next_attempt_at,
        row.last_error,
        row.claimed_by,
        row.claimed_at,
        row.sent_at,
        row.created_at,
    )


def _listed(uow: UnitOfWork, query) -> list[MailDTO]:
    with uow:
        rows = uow.session.execute(
            query.add_columns(Return.code).outerjoin(Return, Return.id == OutboxMessage.return_id)
        ).all()
        return [_dto(row, code) for row, code in rows]


def messages_needing_a_decision(uow: UnitOfWork) -> list[MailDTO]:
    """Messages that failed or are in doubt, newest first (the back office's list)."""
    return _listed(
        uow,
        select(OutboxMessage)
        .where(OutboxMessage.state.in_(PROBLEM_STATES))
        .order_by(OutboxMessage.id.desc()),
    )


def messages_of_return(uow: UnitOfWork, return_id: int) -> list[MailDTO]:
    """Every message about one return, oldest first."""
    return _listed(
        uow,
        select(OutboxMessage)
        .where(OutboxMessage.return_id == return_id)
        .order_by(OutboxMessage.id),
    )


def outbox_counts(uow: UnitOfWork) -> dict[str, int]:
    """How many messages are in each state."""
    from sqlalchemy import func

    with uow:
        rows = uow.session.execute(
            select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)
        ).all()
        return {state: n for state, n in rows}


@dataclass(frozen=True)
class WaitingMail:
    """The messages still to go out, and the last reason a server gave for not taking them."""

    count: int
    reason: str


def waiting_mail(uow: UnitOfWork) -> WaitingMail:
    """How many messages wait in the outbox, and why the last try did not send them (if any):
    a server down or refusing us keeps them queued with its words, for the administrator."""
    with uow:
        count = uow.session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.state == "queued")
        )
        reason = uow.session.scalar(
            select(OutboxMessage.last_error)
            .where(OutboxMessage.state == "queued", OutboxMessage.last_error != "")
            .order_by(OutboxMessage.id)
            .limit(1)
        )
        return WaitingMail(count or 0, reason or "")


def _decided(uow: UnitOfWork, actor: Actor, message_id: int, allowed: tuple[str, ...]):
    row = uow.session.get(OutboxMessage, message_id, with_for_update=True)
    if row is None:
        raise NotFound(_msg(QT_TRANSLATE_NOOP("services", "That e-mail does not exist.")))
    if row.state not in allowed:
        raise Conflict(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "That e-mail is {state} now (someone else decided it). Reload the list.",
                ),
                state=row.state,
            )
        )
    return row


def resend(uow: UnitOfWork, actor: Actor, message_id: int, *, now: datetime | None = None) -> None:
    """Queue a failed or in-doubt message again, with the same Message-ID (admin)."""
    require(actor, "manage_mail")
    with uow:
        authorize(uow, actor, "manage_mail")
        row = _decided(uow, actor, message_id, PROBLEM_STATES)
        was = row.state
        row.state = "queued"
        row.attempts = 0
        row.next_attempt_at = clock.now(uow, now)
        # claimed_by stays: a sender still alive that then finds the message taken marks it
        # sent instead of leaving it to go out a second time.
        row.claimed_at = None
        row.last_error = ""
        audit.record(
            uow,
            actor,
            "mail_resent",
            "mail",
            row.id,
            return_id=row.return_id,
            kind=row.kind,
            was=was,
        )
        uow.commit()


def mark_sent(
    uow: UnitOfWork, actor: Actor, message_id: int, *, now: datetime | None = None
) -> None:
    """Note that an in-doubt (or failed) message did reach the customer (admin)."""
    require(actor, "manage_mail")
    with uow:
        authorize(uow, actor, "manage_mail")
        row = _decided(uow, actor, message_id, PROBLEM_STATES)
        was = row.state
        row.state = "sent"
        row.sent_at = row.claimed_at or clock.now(uow, now)
        audit.record(
            uow,
            actor,
            "mail_marked_sent",
            "mail",
            row.id,
            return_id=row.return_id,
            kind=row.kind,
            was=was,
        )
        uow.commit()


def cancel(uow: UnitOfWork, actor: Actor, message_id: int) -> None:
    """Never send a queued, failed or in-doubt message (admin)."""
    require(actor, "manage_mail")
    with uow:
        authorize(uow, actor, "manage_mail")
        row = _decided(uow, actor, message_id, ("queued",) + PROBLEM_STATES)
        row.state = "cancelled"
        audit.record(
            uow, actor, "mail_cancelled", "mail", row.id, return_id=row.return_id, kind=row.kind
        )
        uow.commit()


# --- Templates ---------------------------------------------------------------------------


def get_template(uow: UnitOfWork, kind: str, language: str) -> templates.Template:
    """The wording in use for ``kind`` in ``language``."""
    _check_kind(kind, language)
    with uow:
        return template_for(uow.session, kind, language)


def _check_kind(kind: str, language: str) -> None:
    if kind not in templates.KINDS or language not in templates.LANGUAGES:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "Unknown kind of e-mail.")))


def save_template(
    uow: UnitOfWork, actor: Actor, kind: str, language: str, subject: str, body: str
) -> templates.Template:
    """Keep an administrator's wording; every placeholder must be one the message fills."""
    require(actor, "manage_mail")
    _check_kind(kind, language)
    templates.check_template(kind, subject, body)
    with uow:
        authorize(uow, actor, "manage_mail")
        row = uow.session.get(MailTemplate, (kind, language))
        if row is None:
            row = MailTemplate(kind=kind, language=language, subject="", body="")
            uow.session.add(row)
        row.subject = subject.strip()
        row.body = body.strip("\n")
        row.updated_by = actor.user_id
        row.updated_at = clock.now(uow)
        audit.record(
            uow,
            actor,
            "mail_template_changed",
            "mail_template",
            None,
            kind=kind,
            language=language,
        )
        uow.commit()
        return templates.Template(kind, language, row.subject, row.body, shipped=False)


def reset_template(uow: UnitOfWork, actor: Actor, kind: str, language: str) -> templates.Template:
    """Go back to the shipped wording."""
    require(actor, "manage_mail")
    _check_kind(kind, language)
    with uow:
        authorize(uow, actor, "manage_mail")
        row = uow.session.get(MailTemplate, (kind, language))
        if row is not None:
            uow.session.delete(row)
            audit.record(
                uow,
                actor,
                "mail_template_reset",
                "mail_template",
                None,
                kind=kind,
                language=language,
            )
        uow.commit()
    return templates.shipped_template(kind, language)


def sample_values(
    kind: str, language: str, shop_name: str, return_address: str = ""
) -> dict[str, str]:
    """Made-up values for the template editor's preview."""
    from returns_app.i18n import translate

    fi = language == "fi"
    values = {
        "customer_name": "Aino Laine",
        "return_code": "R000 0012 348",
        "order_number": "100234",
        "shop_name": shop_name,
        "items": "- 1 × "
        + ("Paita M" if fi else "Shirt M")
        + "\n- 1 × "
        + ("Kirja" if fi else "Book"),
        "goods_due": day(date(2026, 12, 21), language),
        "return_address": return_address or f"{shop_name}\nVarastokatu 1\n00100 Helsinki",
        "received_items": "- 1 × " + ("Paita M" if fi else "Shirt M"),
        "missing_items": "- 1 × " + ("Kirja" if fi else "Book"),
        "not_accepted": translate("mail", "nothing", language),
        "refund_due": day(date(2026, 12, 21), language),
        "amount": money(Decimal("39.90"), language),
        "payment_method": translate("mail", METHOD_WORDS["original"], language),
        "credit_note_number": "HL2026-000042",
        "reason": "The shirt has been worn and washed."
        if not fi
        else "Paitaa on käytetty ja pesty.",
        "goods_fate": translate("mail", GOODS_KEPT, language),
    }
    return {k: v for k, v in values.items() if k in templates.PLACEHOLDERS[kind]}


def preview(
    uow: UnitOfWork, kind: str, language: str, subject: str, body: str
) -> templates.Rendered:
    """The message as a customer would read it, with made-up values (nothing is saved)."""
    _check_kind(kind, language)
    with uow:
        settings = read_settings(uow)
    return preview_with(settings, kind, language, subject, body)


def preview_with(
    settings: ShopSettings, kind: str, language: str, subject: str, body: str
) -> templates.Rendered:
    """:func:`preview` with the shop's settings already read (the editor's live preview).

    Raises :class:`InvalidInput` saying what is wrong with a draft that cannot be filled.
    """
    draft = templates.Template(kind, language, subject, body, shipped=False)
    address = "\n".join(
        (
            settings.shop_name,
            settings.return_street,
            f"{settings.return_postal_code} {settings.return_city}",
        )
    )
    values = sample_values(kind, language, settings.shop_name, address)
    try:
        return templates.render(draft, values, signature(settings, language))
    except (ValueError, IndexError, KeyError, AttributeError):
        templates.check_template(kind, subject, body)  # says what is wrong
        raise


# --- A test message ----------------------------------------------------------------------


def send_test_message(uow: UnitOfWork, actor: Actor, to_address: str, config: SmtpConfig) -> None:
    """Send a short message now with ``config`` (not through the outbox); raise
    :class:`InvalidInput` with the server's words when it does not go."""
    require(actor, "manage_settings")
    if "@" not in to_address:
        raise InvalidInput(
            _msg(QT_TRANSLATE_NOOP("services", "Write the address to send the test message to."))
        )
    with uow:
        authorize(uow, actor, "manage_settings")
        settings = read_settings(uow)
        now = clock.now(uow)
    from returns_app.i18n import translate

    lang = settings.mail_language
    text = translate(
        "mail",
        QT_TRANSLATE_NOOP(
            "mail", "This is a test message from Returns Desk. The e-mail settings work."
        ),
        lang,
    )
    rendered = templates.Rendered(
        translate("mail", QT_TRANSLATE_NOOP("mail", "Returns Desk test message"), lang),
        text + "\n\n-- \n" + signature(settings, lang) + "\n",
        f"<p>{text}</p>",
    )
    msg = Outgoing(
        0,
        "test",
        None,
        None,
        to_address.strip(),
        rendered.subject,
        rendered.text,
        rendered.html,
        None,
        new_message_id(settings),
        1,
    )
    email = build_email(msg, settings.shop_name, sender_address(settings), now)
    link = SmtpLink(config)
    try:
        link.send(email)
    except (Unreachable, Refused, Unknown, smtplib.SMTPException) as exc:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "services",
                    "The test message was not sent: {reason}. Check the server, port, security "
                    "and password.",
                ),
                reason=str(exc),
            )
        ) from exc
    finally:
        link.close()


def set_smtp_password(
    uow: UnitOfWork, actor: Actor, host: str, username: str, password: str
) -> None:
    """An administrator keeps the mail server's password in this computer's keyring (an empty
    one forgets it). The audit log says who changed it, never the password."""
    require(actor, "manage_settings")
    with uow:
        authorize(uow, actor, "manage_settings")
        secrets.set_secret(password_name(host, username), password)
        audit.record(
            uow,
            actor,
            "smtp_password_changed",
            "settings",
            None,
            host=host.strip().lower(),
            username=username.strip(),
        )
        uow.commit()
