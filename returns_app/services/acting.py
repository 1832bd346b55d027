"""Is the acting user still allowed to act? Checked inside every use case's transaction.

A station keeps the :class:`Actor` it signed in with, but an administrator may deactivate that
user (or change their role) at another station a moment later. The role carried by the actor is
therefore only the station's belief: each use case reads the user's row in its own transaction
and refuses with :class:`SignedOut` when the user is gone, deactivated or holds another role
now, so nothing is saved and the station goes back to sign-in.

:func:`check_actor` runs from :func:`returns_app.services.audit.record` (every change of a
return, money or stock writes an audit entry) and from :func:`authorize`, which use cases that
write no audit entry (documents, exports, proposals) call themselves. On PostgreSQL the row is
read ``FOR SHARE``: a deactivation waits until this use case has committed, and a use case that
starts after the deactivation committed sees it, so there is no moment where both hold.

A locked user (too many wrong passwords) keeps a session already signed in: the lock guards
the password, and a stranger's guesses at another station must not sign out the clerk at work.
"""

from __future__ import annotations

from sqlalchemy import select

from returns_app.domain.users import ROLE_NAMES, Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import User
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.errors import SignedOut, require

_CHECKED = "returns_app.acting.checked"
_SIGNING_IN = "returns_app.acting.signing_in"


def signing_in(uow: UnitOfWork) -> None:
    """Mark this transaction as a sign-in try: nobody is signed in yet.

    A refused try (and the lock after too many) is audited as done by whoever typed, who has
    no user id; :func:`check_actor` lets such an actor write in this transaction only. Only
    :func:`returns_app.services.users.authenticate` calls this.
    """
    assert uow.session is not None, "signing_in() outside 'with uow:'"
    uow.session.info[_SIGNING_IN] = True


def check_actor(uow: UnitOfWork, actor: Actor) -> None:
    """Raise :class:`SignedOut` unless ``actor`` is an active user with the role it claims.

    Checked once per transaction (the answer is kept in the session's ``info``).
    """
    s = uow.session
    assert s is not None, "check_actor() outside 'with uow:'"
    key = (actor.user_id, actor.role)
    checked = s.info.setdefault(_CHECKED, set())
    if key in checked:
        return
    if actor.user_id is None:
        if s.info.get(_SIGNING_IN):
            return  # the sign-in's own record of a try: nobody to check yet
        raise SignedOut(
            Message(
                "services",
                QT_TRANSLATE_NOOP(
                    "services",
                    "Only a signed-in user may do this. Sign in with your user name.",
                ),
            )
        )
    query = select(User.username, User.active, User.role).where(User.id == actor.user_id)
    if uow.dialect == "postgresql" and not uow.readonly:
        query = query.with_for_update(read=True)
    row = s.execute(query).one_or_none()
    if row is None or not row.active:
        raise SignedOut(
            Message(
                "services",
                QT_TRANSLATE_NOOP(
                    "services",
                    "User {user} has been deactivated by an administrator. Nothing was saved. "
                    "Sign in with another user.",
                ),
                {"user": actor.username},
            )
        )
    if row.role != actor.role:
        raise SignedOut(
            Message(
                "services",
                QT_TRANSLATE_NOOP(
                    "services",
                    "An administrator changed the role of {user} to {role}. Nothing was saved. "
                    "Sign in again.",
                ),
                {
                    "user": row.username,
                    "role": Message("users", ROLE_NAMES.get(row.role, row.role)),
                },
            )
        )
    checked.add(key)


def authorize(uow: UnitOfWork, actor: Actor, permission: str) -> None:
    """Inside a use case's transaction: the actor is still active, with a role that may."""
    check_actor(uow, actor)
    require(actor, permission)


def still_signed_in(uow: UnitOfWork, actor: Actor) -> None:
    """A station's periodic check: raise :class:`SignedOut` if ``actor`` may no longer act,
    so a user who only reads (searches, lists, reports) is signed out too."""
    with uow:
        check_actor(uow, actor)
