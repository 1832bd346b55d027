"""Users: add, sign in, deactivate, reset a password."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from returns_app.domain.users import ROLES, Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import User
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit
from returns_app.services.acting import authorize
from returns_app.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied, require
from returns_app.services.passwords import hash_password, verify_password

MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class UserDTO:
    """A user as the screens show them (never the hash)."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool


def _dto(user: User) -> UserDTO:
    return UserDTO(user.id, user.username, user.display_name, user.role, user.active)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            Message(
                "users",
                QT_TRANSLATE_NOOP("users", "A password needs at least {n} characters."),
                {"n": MIN_PASSWORD_LENGTH},
            )
        )


def count_users(uow: UnitOfWork) -> int:
    """Return how many users exist (the first one may be added without signing in)."""
    with uow:
        return uow.session.scalar(select(func.count()).select_from(User)) or 0


def add_user(
    uow: UnitOfWork,
    username: str,
    password: str,
    role: str,
    *,
    display_name: str = "",
    actor: Actor,
) -> UserDTO:
    """Create a user; only an admin may, except for the very first user of a database.

    The first user of an empty database is added by whoever starts it (``actor`` may then be
    nobody's, user id None) and is audited as having added themselves.
    """
    username = username.strip()
    if not username:
        raise InvalidInput(Message("users", QT_TRANSLATE_NOOP("users", "Give a user name.")))
    if role not in ROLES:
        raise InvalidInput(
            Message(
                "users",
                QT_TRANSLATE_NOOP(
                    "users", "Unknown role '{role}'. Use clerk, supervisor or admin."
                ),
                {"role": role},
            )
        )
    _check_password(password)
    with uow:
        s = uow.session
        first = (s.scalar(select(func.count()).select_from(User)) or 0) == 0
        if not first:
            authorize(uow, actor, "manage_users")
        if s.scalar(select(User.id).where(func.lower(User.username) == username.lower())):
            raise Conflict(
                Message(
                    "users",
                    QT_TRANSLATE_NOOP("users", "The user name '{name}' is taken."),
                    {"name": username},
                )
            )
        user = User(
            username=username,
            display_name=display_name or username,
            role=role,
            password_hash=hash_password(password),
            active=True,
        )
        s.add(user)
        s.flush()
        if first:
            actor = Actor(user.id, user.username, user.role, actor.station)
        audit.record(uow, actor, "user_added", "user", user.id, username=username, role=role)
        uow.commit()
        return _dto(user)


def create_first_admin(
    uow: UnitOfWork, username: str, password: str, station: str = ""
) -> Actor:
    """On a database without users: create its first administrator and sign them in.

    Refused once any user exists (a second station that got there first wins; this one is
    told to sign in), so this is never a way around the administrator.
    """
    taken = Conflict(
        Message(
            "users",
            QT_TRANSLATE_NOOP("users", "This database has users already. Sign in with yours."),
        )
    )
    if count_users(uow) > 0:
        raise taken
    # Nobody's rights: if another station made the first user a moment ago, add_user
    # refuses this one instead of creating a second administrator.
    nobody = Actor(None, "first-start", "clerk", station)
    try:
        add_user(uow, username, password, "admin", actor=nobody)
    except PermissionDenied as exc:
        raise taken from exc
    return authenticate(uow, username, password, station)


def authenticate(uow: UnitOfWork, username: str, password: str, station: str = "") -> Actor:
    """Return the :class:`Actor` for a right user name and password, else raise."""
    with uow:
        user = uow.session.scalar(
            select(User).where(func.lower(User.username) == username.strip().lower())
        )
        if user is None or not verify_password(password, user.password_hash):
            raise PermissionDenied(
                Message(
                    "users",
                    QT_TRANSLATE_NOOP("users", "Wrong user name or password. Try again."),
                )
            )
        if not user.active:
            raise PermissionDenied(
                Message(
                    "users",
                    QT_TRANSLATE_NOOP(
                        "users", "User '{name}' is deactivated. Ask an administrator."
                    ),
                    {"name": user.username},
                )
            )
        actor = Actor(user.id, user.username, user.role, station)
        audit.record(uow, actor, "signed_in", "user", user.id)
        uow.commit()
        return actor


def list_users(uow: UnitOfWork) -> list[UserDTO]:
    """Return every user, sorted by name."""
    with uow:
        return [_dto(u) for u in uow.session.scalars(select(User).order_by(User.username))]


def _get(uow: UnitOfWork, user_id: int) -> User:
    user = uow.session.get(User, user_id, with_for_update=uow.dialect == "postgresql")
    if user is None:
        raise NotFound(Message("users", QT_TRANSLATE_NOOP("users", "No such user.")))
    return user


def set_active(uow: UnitOfWork, actor: Actor, user_id: int, active: bool) -> UserDTO:
    """Activate or deactivate a user (admin only; nobody deactivates themselves)."""
    require(actor, "manage_users")
    if user_id == actor.user_id and not active:
        raise InvalidInput(
            Message("users", QT_TRANSLATE_NOOP("users", "You cannot deactivate yourself."))
        )
    with uow:
        authorize(uow, actor, "manage_users")
        user = _get(uow, user_id)
        user.active = active
        audit.record(uow, actor, "user_active" if active else "user_deactivated", "user", user.id)
        uow.commit()
        return _dto(user)


def reset_password(uow: UnitOfWork, actor: Actor, user_id: int, password: str) -> None:
    """Set a new password (admin only)."""
    require(actor, "manage_users")
    _check_password(password)
    with uow:
        authorize(uow, actor, "manage_users")
        user = _get(uow, user_id)
        user.password_hash = hash_password(password)
        audit.record(uow, actor, "password_reset", "user", user.id)
        uow.commit()
