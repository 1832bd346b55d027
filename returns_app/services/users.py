"""Users: add, sign in (guarded against guessing), deactivate, unlock, reset a password."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from returns_app.domain.signin import locks, seconds_to_wait
from returns_app.domain.users import ROLES, Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import User
from returns_app.persistence.types import utcnow
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit, passwords
from returns_app.services.acting import authorize, signing_in
from returns_app.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied, require
from returns_app.services.text import clean_text

MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class UserDTO:
    """A user as the screens show them (never the hash)."""

    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked: bool = False  # after too many wrong passwords; an administrator unlocks


def _dto(user: User) -> UserDTO:
    return UserDTO(
        user.id,
        user.username,
        user.display_name,
        user.role,
        user.active,
        user.locked_at is not None,
    )


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            Message(
                "users",
                QT_TRANSLATE_NOOP("users", "A password needs at least {n} characters."),
                {"n": MIN_PASSWORD_LENGTH},
            )
        )


def _id_of(s, name: str) -> int | None:
    """The id of the user called ``name`` in any case, else None.

    Compared in Python (``casefold``): SQLite's ``lower()`` folds ASCII letters only, so
    "Äijä" would never match "äijä" there. The table holds a shop's staff, a few rows; known
    and unknown names cost the same.
    """
    wanted = name.strip().casefold()
    for user_id, username in s.execute(select(User.id, User.username)):
        if username.casefold() == wanted:
            return user_id
    return None


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
        if _id_of(s, username) is not None:
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
            password_hash=passwords.hash_password(password),
            active=True,
        )
        s.add(user)
        s.flush()
        if first:
            actor = Actor(user.id, user.username, user.role, actor.station)
        audit.record(uow, actor, "user_added", "user", user.id, username=username, role=role)
        uow.commit()
        return _dto(user)


def create_first_admin(uow: UnitOfWork, username: str, password: str, station: str = "") -> Actor:
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


# Why a sign-in was refused, as its audit entry says (``details["reason"]``).
REFUSAL_REASONS = ("wrong_password", "unknown_name", "locked", "deactivated", "throttled")

_WRONG = Message("users", QT_TRANSLATE_NOOP("users", "Wrong user name or password. Try again."))


def authenticate(
    uow: UnitOfWork,
    username: str,
    password: str,
    station: str = "",
    *,
    now: datetime | None = None,
) -> Actor:
    """Return the :class:`Actor` for a right user name and password, else raise.

    Against guessing:

    * An unknown name is refused with the words of a wrong password, after verifying the
      password against a dummy hash of the same cost, so neither the answer nor its time
      tells whether the name exists. Locked and deactivated users are verified as well.
    * Wrong passwords in a row are counted per user (the row is locked while counting, so
      two stations failing at once both count): after a few the next try must wait, longer
      each time, and is refused without checking the password; after more the user is
      locked until an administrator unlocks them (:mod:`returns_app.domain.signin`).
      A locked user is told so whatever password was typed (otherwise the answer would
      change on the right one). These two answers do say that the name exists; unknown names
      have no row to count in, and the sign-in window lists the active users' names anyway,
      so hiding them would protect nothing and leave the real user puzzled.
    * Every refusal writes an audit entry (``signin_failed``, with the name tried, the
      station and one of :data:`REFUSAL_REASONS`; never the password), committed although
      the sign-in is refused; locking the user writes ``user_locked`` too.
    * A right password starts the count again and replaces a hash made with older settings
      (scrypt, or argon2id with weaker parameters) by one with the current ones.

    Args:
        now: the moment of the try (UTC; default: the clock), for the waits.
    """
    now = now or utcnow()
    typed = clean_text(username)  # a pasted NUL or control character is no part of a name
    with uow:
        signing_in(uow)
        s = uow.session
        user_id = _id_of(s, typed)
        query = select(User).where(User.id == (user_id or 0))
        user = s.scalar(query.with_for_update() if uow.dialect == "postgresql" else query)
        if user is None:
            passwords.verify_nobody(password)
            _count_failure(uow, 0, now)
            raise _refused(uow, typed, None, station, "unknown_name", _WRONG)
        if user.locked_at is not None:
            passwords.verify_password(password, user.password_hash)  # the same time either way
            raise _refused(uow, user.username, user.id, station, "locked", _locked(user))
        wait = seconds_to_wait(user.failed_signins, user.last_failed_at, now)
        if wait:
            raise _refused(
                uow, user.username, user.id, station, "throttled", _wait(wait), wait=wait
            )
        if not passwords.verify_password(password, user.password_hash):
            failures = _count_failure(uow, user.id, now) or 0
            message = _WRONG
            if locks(failures) and not _last_admin(s, user):
                user.locked_at = now
                audit.record(
                    uow,
                    _stranger(user.username, station),
                    "user_locked",
                    "user",
                    user.id,
                    failures=failures,
                )
                message = _locked(user)
            raise _refused(
                uow, user.username, user.id, station, "wrong_password", message, failures=failures
            )
        if not user.active:
            raise _refused(
                uow,
                user.username,
                user.id,
                station,
                "deactivated",
                Message(
                    "users",
                    QT_TRANSLATE_NOOP(
                        "users", "User '{name}' is deactivated. Ask an administrator."
                    ),
                    {"name": user.username},
                ),
            )
        user.failed_signins = 0
        user.last_failed_at = None
        rehashed = passwords.needs_rehash(user.password_hash)
        if rehashed:
            user.password_hash = passwords.hash_password(password)
        actor = Actor(user.id, user.username, user.role, station)
        audit.record(
            uow, actor, "signed_in", "user", user.id, **({"rehashed": True} if rehashed else {})
        )
        uow.commit()
        return actor


def _stranger(username: str, station: str) -> Actor:
    """Whoever typed at the sign-in: not signed in, so no user id and the least rights; the
    audit entry names the user tried (as typed when unknown, cut to the column's length)."""
    return Actor(None, username[:80], "clerk", station)


def _last_admin(s, user: User) -> bool:
    """Whether ``user`` is the only administrator who can still sign in.

    Such a user is never locked, only made to wait (at most a minute between tries): the
    sign-in window lists the names, and otherwise anyone at a station could lock out every
    administrator for good, with nobody left to unlock them.
    """
    if user.role != "admin":
        return False
    others = s.scalar(
        select(func.count())
        .select_from(User)
        .where(
            User.role == "admin",
            User.active.is_(True),
            User.locked_at.is_(None),
            User.id != user.id,
        )
    )
    return not others


def _count_failure(uow: UnitOfWork, user_id: int, now: datetime) -> int | None:
    """One more wrong password in a row for user ``user_id`` (0: nobody); returns the count.

    ``n = n + 1`` in the database (and the row is locked on PostgreSQL), so two stations
    failing at the same moment both count. An unknown name runs the same statement, which
    counts nothing (None): the database does the same work for both, so it shows in no time.
    """
    return uow.session.execute(
        update(User)
        .where(User.id == user_id)
        .values(failed_signins=User.failed_signins + 1, last_failed_at=now)
        .returning(User.failed_signins)
        .execution_options(synchronize_session=False)
    ).scalar()


def _refused(
    uow: UnitOfWork,
    username: str,
    user_id: int | None,
    station: str,
    reason: str,
    message: Message,
    **details: object,
) -> PermissionDenied:
    """Audit a refused sign-in and commit it (with the count); returns the error to raise."""
    audit.record(
        uow,
        _stranger(username, station),
        "signin_failed",
        "user",
        user_id,
        reason=reason,
        **details,
    )
    uow.commit()
    return PermissionDenied(message)


def _locked(user: User) -> Message:
    return Message(
        "users",
        QT_TRANSLATE_NOOP(
            "users",
            "User '{name}' is locked after too many wrong passwords. "
            "Ask an administrator to unlock it.",
        ),
        {"name": user.username},
    )


def _wait(seconds: int) -> Message:
    if seconds == 1:
        return Message(
            "users",
            QT_TRANSLATE_NOOP("users", "Too many wrong passwords. Wait a second and try again."),
        )
    return Message(
        "users",
        QT_TRANSLATE_NOOP(
            "users", "Too many wrong passwords. Wait {seconds} seconds and try again."
        ),
        {"seconds": seconds},
    )


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
    """Set a new password (admin only); it unlocks a locked user too (the count starts again)."""
    require(actor, "manage_users")
    _check_password(password)
    with uow:
        authorize(uow, actor, "manage_users")
        user = _get(uow, user_id)
        user.password_hash = passwords.hash_password(password)
        was_locked = _clear_failures(user)
        audit.record(uow, actor, "password_reset", "user", user.id, unlocked=was_locked)
        uow.commit()


def unlock_user(uow: UnitOfWork, actor: Actor, user_id: int) -> UserDTO:
    """Let a user locked after too many wrong passwords sign in again (admin only).

    The count of wrong passwords starts again, so a user who was only made to wait can try
    at once as well.
    """
    require(actor, "manage_users")
    with uow:
        authorize(uow, actor, "manage_users")
        user = _get(uow, user_id)
        failures = user.failed_signins
        was_locked = _clear_failures(user)
        audit.record(
            uow, actor, "user_unlocked", "user", user.id, was_locked=was_locked, failures=failures
        )
        uow.commit()
        return _dto(user)


def find_user(uow: UnitOfWork, username: str) -> UserDTO:
    """Return the user called ``username`` (any case), or raise :class:`NotFound`."""
    with uow:
        user_id = _id_of(uow.session, username)
        user = None if user_id is None else uow.session.get(User, user_id)
        if user is None:
            raise NotFound(
                Message(
                    "users",
                    QT_TRANSLATE_NOOP("users", "No user is called '{name}'."),
                    {"name": username.strip()},
                )
            )
        return _dto(user)


def _clear_failures(user: User) -> bool:
    """Forget the wrong passwords in a row and the lock; returns whether it was locked."""
    was_locked = user.locked_at is not None
    user.failed_signins = 0
    user.last_failed_at = None
    user.locked_at = None
    return was_locked
