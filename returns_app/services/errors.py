"""Errors a service raises; each carries a translatable message that says what to do."""

from __future__ import annotations

from returns_app.domain.users import PERMISSION_NAMES, ROLE_NAMES, Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError


class NotFound(ReturnsError):
    """Something asked for does not exist."""


class PermissionDenied(ReturnsError):
    """The signed-in user's role may not do this."""


class SignedOut(PermissionDenied):
    """The acting user was deactivated (or their role changed) since they signed in: the
    station must sign in again before anything else is done."""


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
                    "{user} ({role}) may not {permission}. Ask a supervisor to sign in.",
                ),
                {
                    "user": actor.username,
                    "role": Message("users", ROLE_NAMES.get(actor.role, actor.role)),
                    "permission": Message("users", PERMISSION_NAMES[permission]),
                },
            )
        )
