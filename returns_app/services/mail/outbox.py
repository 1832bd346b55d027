"""Writing customer e-mails into the outbox, inside the use case's own transaction.

:func:`queue_mail` is called by a use case (register, arrival, refund, rejection) before it
commits: the row is part of the same transaction, so a message exists if and only if the
change it reports committed, and a rolled-back use case leaves no mail behind. Nothing is
sent here; the sender (:mod:`returns_app.services.mail.sender`) works the outbox later.

Only when the shop switched the kind on (Settings -> E-mail) and the customer has an e-mail
address. The language is the customer's (``customers.lang``, from the order import) when the
app has a catalogue for it, else the shop's default mail language.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import datetime
from email.utils import getaddresses

from sqlalchemy import bindparam, event, select
from sqlalchemy.orm import Session, load_only

from returns_app.documents.formatting import day, money
from returns_app.domain.withdrawal import goods_due as due_goods
from returns_app.i18n import QT_TRANSLATE_NOOP, translate
from returns_app.persistence.models import (
    Deduction,
    Inspection,
    MailTemplate,
    OutboxMessage,
    Refund,
    Return,
    ReturnLine,
)
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning import format_return_code_for_people
from returns_app.services import clock
from returns_app.services.mail.templates import (
    LANGUAGES,
    Template,
    render,
    shipped_template,
)
from returns_app.services.shop_settings import ShopSettings, read_settings

CONTEXT = "mail"
ATTACHMENTS = {
    "return_registered": "return_label",
    "defect_registered": "return_label",
    "refund_issued": "credit_note",
}
# A defect claim is told in words of its own: no withdrawal deadlines (goods within 14 days,
# a refund by its due day), and the remedy (repair, replacement, ...) comes after the check.
# The shop's switch of the withdrawal's kind covers it.
DEFECT_KINDS = {"return_registered": "defect_registered", "parcel_arrived": "defect_arrived"}

METHOD_WORDS = {
    "original": QT_TRANSLATE_NOOP("mail", "to the means of payment you used"),
    "bank_transfer": QT_TRANSLATE_NOOP("mail", "by bank transfer"),
    "store_credit": QT_TRANSLATE_NOOP("mail", "as store credit"),
}
EXCEPTION_WORDS = {
    "personalised": QT_TRANSLATE_NOOP("mail", "made to your specifications or personalised"),
    "perishable": QT_TRANSLATE_NOOP("mail", "perishable"),
    "sealed_hygiene": QT_TRANSLATE_NOOP("mail", "a sealed hygiene product that has been unsealed"),
    "mixed_inseparably": QT_TRANSLATE_NOOP("mail", "inseparably mixed with other items"),
    "sealed_media": QT_TRANSLATE_NOOP("mail", "a sealed recording or software that was unsealed"),
    "newspaper": QT_TRANSLATE_NOOP("mail", "a newspaper or magazine"),
    "alcohol_market_price": QT_TRANSLATE_NOOP("mail", "alcohol priced by the market"),
}

# Called (with no arguments) after a transaction that queued a message commits: the app's
# sender wakes up at once instead of at its next minute. Listeners must be quick and
# thread-safe (the app's emits a queued Qt signal).
queued_listeners: list[Callable[[], None]] = []
_HOOKED = "returns_app.mail.hooked"


def _t(text: str, lang: str, **params) -> str:
    return translate(CONTEXT, text, lang).format(**params)


def mail_language(lang: str | None, settings: ShopSettings) -> str:
    """The customer's language if the app has a catalogue for it, else the shop's."""
    if lang in LANGUAGES:
        return lang
    return settings.mail_language if settings.mail_language in LANGUAGES else "fi"


def template_for(s: Session, kind: str, language: str) -> Template:
    """The administrator's wording of ``kind`` in ``language``, else the shipped one."""
    row = s.get(MailTemplate, (kind, language))
    if row is None:
        return shipped_template(kind, language)
    return Template(kind, language, row.subject, row.body, shipped=False)


def sender_address(settings: ShopSettings) -> str:
    """The From address: the mail setting, else the shop's e-mail."""
    return (settings.mail_from or settings.email or "").strip()


def new_message_id(settings: ShopSettings) -> str:
    """A Message-ID made once per outbox row: every attempt to send it carries the same one."""
    domain = sender_address(settings).rpartition("@")[2]
    if not re.fullmatch(r"[A-Za-z0-9.-]+", domain or ""):
        domain = "returns-desk.invalid"
    return f"<{uuid.uuid4().hex}@{domain}>"


def signature(settings: ShopSettings, lang: str) -> str:
    """The shop's name, address, business ID and contact details, one per line."""
    lines = [
        settings.shop_name,
        settings.street,
        f"{settings.postal_code} {settings.city}".strip(),
        _t(QT_TRANSLATE_NOOP("mail", "Business ID {id}"), lang, id=settings.business_id)
        if settings.business_id
        else "",
    ]
    contact = [c for c in (settings.email, settings.phone) if c]
    if contact:
        lines.append(" · ".join(contact))
    return "\n".join(line for line in lines if line.strip())


def usable_address(address: str) -> tuple[str, str]:
    """The one address to send to, or ``("", why)`` when ``address`` is not exactly one.

    A customer field with two addresses, a display name and line breaks, or a stray comma
    must never reach the server as one recipient (or a header of its own).
    """
    if "\r" in address or "\n" in address:
        return "", "The customer's e-mail address has a line break in it."
    found = [a for _name, a in getaddresses([address]) if a]
    if len(found) != 1:
        return "", f"The customer's e-mail address field holds {len(found)} addresses: {address}"
    one = found[0]
    local, at, domain = one.rpartition("@")
    if not at or not local or "." not in domain or any(c.isspace() for c in one):
        return "", f"The customer's e-mail address is not usable: {address}"
    return one, ""


_UNSENT_INSTRUCTIONS = select(OutboxMessage.id).where(
    OutboxMessage.return_id == bindparam("return_id"),
    OutboxMessage.kind.in_(("return_registered", "defect_registered")),
    OutboxMessage.state == "queued",
)


def cancel_unsent_instructions(uow: UnitOfWork, actor, return_id: int) -> int:
    """Inside a unit of work: the return's "send us the parcel" e-mails not yet sent are
    cancelled (the parcel has arrived); returns how many."""
    from returns_app.services import audit

    s = uow.session
    # Every received parcel asks, and almost always there is none: the ids alone first
    # (a third of the cost of loading the messages, even without their text and HTML).
    ids = list(s.scalars(_UNSENT_INSTRUCTIONS, {"return_id": return_id}))
    if not ids:
        return 0
    rows = list(
        s.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.id.in_(ids), OutboxMessage.state == "queued")
            .options(load_only(OutboxMessage.kind, OutboxMessage.state, OutboxMessage.last_error))
        )
    )
    for row in rows:
        row.state = "cancelled"
        row.last_error = "The parcel arrived before the instructions went out."
        audit.record(
            uow,
            actor,
            "mail_cancelled",
            "mail",
            row.id,
            return_id=return_id,
            kind=row.kind,
            why="parcel_arrived",
        )
    return len(rows)


def _units(rows: list[tuple[int, str]], lang: str, none: str | None = None) -> str:
    rows = [(q, name) for q, name in rows if q > 0]
    if not rows:
        return none if none is not None else _t(QT_TRANSLATE_NOOP("mail", "nothing"), lang)
    return "\n".join(f"- {q} × {name}" for q, name in rows)


def _lines(s: Session, ret: Return) -> list[ReturnLine]:
    return list(
        s.scalars(select(ReturnLine).where(ReturnLine.return_id == ret.id).order_by(ReturnLine.id))
    )


def _common(s: Session, ret: Return, lines: list[ReturnLine], settings: ShopSettings) -> dict:
    orders = dict.fromkeys(l.order_line.order.order_number for l in lines)
    return {
        "customer_name": ret.customer.name,
        "return_code": format_return_code_for_people(ret.code),
        "order_number": ", ".join(orders),
        "shop_name": settings.shop_name,
    }


def _registered(s, ret, lines, settings, lang, **_) -> dict:
    due = ret.goods_due or due_goods(ret.notice_date)
    return {
        "items": _units([(l.qty_announced, l.order_line.name) for l in lines], lang),
        "goods_due": day(due, lang),
        "return_address": "\n".join(
            (
                settings.shop_name,
                settings.return_street,
                f"{settings.return_postal_code} {settings.return_city}",
            )
        ),
    }


def _arrived(s, ret, lines, settings, lang, **_) -> dict:
    by_line = {l.id: l for l in lines}
    held: dict[int, int] = {}
    for inspection in s.scalars(
        select(Inspection).where(
            Inspection.return_line_id.in_(by_line), Inspection.disposition == "hold"
        )
    ):
        if not inspection.exception_override:
            held[inspection.return_line_id] = held.get(inspection.return_line_id, 0) + 1
    refused = []
    for line_id, n in held.items():
        line = by_line[line_id].order_line
        why = EXCEPTION_WORDS.get(line.exception_category)
        reason = translate(CONTEXT, why, lang) if why else ""
        refused.append(
            f"- {n} × {line.name}"
            + (
                ": "
                + _t(
                    QT_TRANSLATE_NOOP(
                        "mail",
                        "cannot be returned under the right of withdrawal ({why}); we keep it "
                        "for you",
                    ),
                    lang,
                    why=reason,
                )
                if reason
                else ""
            )
        )
    for d in s.scalars(
        select(Deduction).where(
            Deduction.return_line_id.in_(by_line), Deduction.approved_by.is_not(None)
        )
    ):
        line = by_line[d.return_line_id].order_line
        refused.append(
            f"- {line.name}: "
            + _t(
                QT_TRANSLATE_NOOP("mail", "{amount} deducted for diminished value: {why}"),
                lang,
                amount=money(d.amount, lang),
                why=d.justification,
            )
        )
    due = ret.refund_due
    return {
        "received_items": _units([(l.qty_received, l.order_line.name) for l in lines], lang),
        "missing_items": _units(
            [(l.qty_announced - l.qty_received, l.order_line.name) for l in lines], lang
        ),
        "not_accepted": "\n".join(refused) or _t(QT_TRANSLATE_NOOP("mail", "nothing"), lang),
        "refund_due": day(due, lang) if due else "",
        "refund_state": refund_sentence(ret.money_state, due, lang),
    }


def refund_sentence(money_state: str, due, lang: str) -> str:
    """What the arrival mail says of the money: by the return's money state, never an empty
    date (refunded on a proof of dispatch before the parcel came, nothing owed, or a due day)."""
    if money_state == "refunded":
        return _t(QT_TRANSLATE_NOOP("mail", "Your refund has already been recorded."), lang)
    if money_state == "not_refundable":
        return _t(QT_TRANSLATE_NOOP("mail", "There is nothing to refund for this return."), lang)
    if money_state == "part_refunded" and due:
        return _t(
            QT_TRANSLATE_NOOP(
                "mail",
                "Part of your refund has already been recorded; we will refund the rest by "
                "{date} at the latest.",
            ),
            lang,
            date=day(due, lang),
        )
    if due:
        return _t(
            QT_TRANSLATE_NOOP("mail", "We will refund you by {date} at the latest."),
            lang,
            date=day(due, lang),
        )
    return _t(
        QT_TRANSLATE_NOOP("mail", "We will tell you about the refund in a separate e-mail."), lang
    )


def _refunded(s, ret, lines, settings, lang, refund: Refund | None = None, **_) -> dict:
    assert refund is not None
    method = METHOD_WORDS.get(refund.method)
    return {
        "deductions": deductions_text(s, refund, lang),
        "amount": money(refund.total, lang),
        "payment_method": translate(CONTEXT, method, lang) if method else refund.method,
        "credit_note_number": refund.credit_note_number or "",
    }


def deductions_text(s: Session, refund: Refund, lang: str) -> str:
    """The approved deductions this refund made, each with its reason, under a lead-in
    sentence; empty when it made none (the customer is always told why money was kept)."""
    ids = list((refund.breakdown or {}).get("deductions") or [])
    if not ids:
        return ""
    rows = list(s.scalars(select(Deduction).where(Deduction.id.in_(ids)).order_by(Deduction.id)))
    if not rows:
        return ""
    lines = [
        "- "
        + _t(
            QT_TRANSLATE_NOOP("mail", "{amount} for {item}: {reason}"),
            lang,
            amount=money(d.amount, lang),
            item=s.get(ReturnLine, d.return_line_id).order_line.name,
            reason=d.justification,
        )
        for d in rows
    ]
    lead = _t(
        QT_TRANSLATE_NOOP(
            "mail", "We deducted from the refund for the diminished value of the goods:"
        ),
        lang,
    )
    return lead + "\n" + "\n".join(lines)


GOODS_KEPT = QT_TRANSLATE_NOOP(
    "mail",
    "We keep the goods we received for you. Reply to this e-mail to have them sent back "
    "to you (at your cost) or to agree on collecting them.",
)
GOODS_NOT_SENT = QT_TRANSLATE_NOOP(
    "mail",
    "Please do not send the goods. If you already sent them, we will send them back to you.",
)


def _rejected(s, ret, lines, settings, lang, **_) -> dict:
    received = any(l.qty_received for l in lines)
    fate = GOODS_KEPT if received else GOODS_NOT_SENT
    return {"reason": ret.decision_reason or "", "goods_fate": translate(CONTEXT, fate, lang)}


_VALUES = {
    "return_registered": _registered,
    "parcel_arrived": _arrived,
    "refund_issued": _refunded,
    "return_rejected": _rejected,
    "defect_registered": _registered,
    "defect_arrived": _arrived,
}


def _wake_after_commit(session: Session) -> None:
    if session.info.get(_HOOKED):
        return
    session.info[_HOOKED] = True

    def wake(_session: Session) -> None:
        _session.info.pop(_HOOKED, None)
        for listener in list(queued_listeners):
            listener()

    event.listen(session, "after_commit", wake, once=True)


def message_values(
    s: Session, kind: str, ret: Return, settings: ShopSettings, lang: str, refund=None
) -> dict[str, str]:
    """Every placeholder's value for ``kind`` about ``ret`` in ``lang``."""
    lines = _lines(s, ret)
    values = _common(s, ret, lines, settings)
    values.update(_VALUES[kind](s, ret, lines, settings, lang, refund=refund))
    return values


def queue_mail(
    uow: UnitOfWork,
    kind: str,
    ret: Return,
    *,
    refund: Refund | None = None,
    now: datetime | None = None,
) -> OutboxMessage | None:
    """Write the ``kind`` e-mail about ``ret`` into the outbox (this transaction), if the shop
    sends that kind and the customer has an address; returns the row or ``None``."""
    s = uow.session
    assert s is not None, "queue_mail() outside 'with uow:'"
    settings = read_settings(uow)
    if not getattr(settings, f"mail_{kind}"):
        return None
    raw = (ret.customer.email or "").strip()
    if "@" not in raw:
        return None
    address, unusable = usable_address(raw)
    if ret.kind == "defect_claim":
        kind = DEFECT_KINDS.get(kind, kind)
    s.flush()
    lang = mail_language(ret.customer.lang, settings)
    values = message_values(s, kind, ret, settings, lang, refund=refund)
    rendered = render(template_for(s, kind, lang), values, signature(settings, lang))
    said = s.scalar(
        select(OutboxMessage.text)
        .where(
            OutboxMessage.return_id == ret.id,
            OutboxMessage.kind == kind,
            OutboxMessage.state != "cancelled",
        )
        .order_by(OutboxMessage.id.desc())
        .limit(1)
    )
    if said == rendered.text:
        # Nothing new to tell: an inspection undone and graded the same again, a return
        # reopened and rejected for the same reason. The customer reads it once.
        return None
    moment = clock.now(uow, now)
    row = OutboxMessage(
        kind=kind,
        return_id=ret.id,
        refund_id=refund.id if refund is not None else None,
        to_address=(address or raw)[:200],
        language=lang,
        subject=rendered.subject[:300],
        text=rendered.text,
        html=rendered.html,
        attachment=ATTACHMENTS.get(kind),
        message_id=new_message_id(settings),
        # An address no server could take fails at once, with why, for the back office.
        state="failed" if unusable else "queued",
        attempts=0,
        next_attempt_at=moment,
        last_error=unusable,
        # When it was written (the clock's, even for a back-dated use case): a message is
        # given up by its age in the outbox, and a notice dated last week is not that.
        created_at=clock.now(uow),
    )
    s.add(row)
    s.flush()
    _wake_after_commit(s)
    return row


__all__ = ["queue_mail", "queued_listeners", "template_for", "message_values", "signature"]
