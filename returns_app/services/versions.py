"""A decision names the version of the return it was decided on; if someone changed the
return meanwhile (another supervisor, another station), the decision is refused and the user
is told who changed it and when, instead of one decision silently overwriting the other."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_app.domain.calendar import local_moment_text
from returns_app.domain.money import MoneyParam
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import AuditEntry, Return, User
from returns_app.services.errors import Conflict


def who_did(s: Session, *conditions) -> dict[str, str] | None:
    """Who made the newest audit entry matching ``conditions``, where and when (Helsinki
    time), as message parameters ``who``, ``station``, ``when``; None without one."""
    row = s.execute(
        select(AuditEntry.username, AuditEntry.station, AuditEntry.at, User.display_name)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(*conditions)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    username, station, at, display_name = row
    return {
        "who": display_name or username,
        "station": station or "—",
        "when": local_moment_text(at),
    }


def changed_meanwhile(s: Session, return_id: int) -> Conflict:
    """The conflict to raise when a return changed under a decision: who, where and when."""
    done = who_did(s, AuditEntry.return_id == return_id)
    if done is None:
        return Conflict(
            Message(
                "services",
                QT_TRANSLATE_NOOP(
                    "services",
                    "This return changed while you were deciding. Look at it again (it is "
                    "shown as it is now) and decide again if it is still needed.",
                ),
            )
        )
    return Conflict(
        Message(
            "services",
            QT_TRANSLATE_NOOP(
                "services",
                "{who} ({station}) changed this return at {when} while you were deciding. "
                "Look at it again (it is shown as it is now) and decide again if it is still "
                "needed.",
            ),
            done,
        )
    )


def stored_message(m: Message) -> list:
    """A message as JSON: context, text and plain parameters (nested messages in English)."""
    params = {
        # an amount keeps the Finnish writing it always had in stored messages
        k: v
        if isinstance(v, int | str)
        else v.render("fi")
        if isinstance(v, MoneyParam)
        else str(v)
        for k, v in m.params.items()
    }
    return [m.context, m.text, params]


def check_version(s: Session, ret: Return, expected_version: int | None) -> None:
    """Refuse a decision taken on an older version of ``ret`` (locked by the caller)."""
    if expected_version is not None and ret.version != expected_version:
        raise changed_meanwhile(s, ret.id)
