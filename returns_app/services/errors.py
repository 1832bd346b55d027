"""Errors a service raises; each carries a translatable message that says what to do."""

from __future__ import annotations

from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError


class NotFound(ReturnsError):
    """Something asked for does not exist."""


class PermissionDenied(ReturnsError):
    """The signed-in user's role may not do this."""


class Conflict(ReturnsError):
    """Somebody else already did it (another station, a moment ago), or the state forbids it."""


class InvalidInput(ReturnsError):
    """The request itself is wrong (a quantity too large, a missing reason, ...)."""


def require(actor: Actor, permission: str) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` holds ``permission``."""
    if not actor.may(permission):
        raise PermissionDenied(
            Message(
                "services",
                QT_TRANSLATE_NOOP(
                    "services",
                    "{user} ({role}) may not do this ({permission}). Ask a supervisor to sign in.",
                ),
                {"user": actor.username, "role": actor.role, "permission": permission},
            )
        )
