"""Sign-in against someone guessing: what an attacker at a station (or with the service) sees.

Names cannot be told apart by answer or time, guessing is slowed and then stopped by a lock
only an administrator lifts, every refusal is in the audit log, and passwords are stored as
argon2id (old scrypt hashes are replaced at the next sign-in). SQLite and PostgreSQL.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import statistics
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher, Type, profiles
from sqlalchemy import select, update

from returns_app.domain.signin import LOCK_AFTER, MAX_WAIT_SECONDS, THROTTLE_AFTER, wait_after
from returns_app.i18n import ReturnsError
from returns_app.persistence.models import AuditEntry, User
from returns_app.services import passwords, users
from returns_app.services.errors import PermissionDenied

T0 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
WRONG = "Wrong user name or password. Try again."
RIGHT = "secret-password"  # the actors fixture's password


@pytest.fixture
def hasher():
    """Install a hasher for one test: ``hasher(PasswordHasher(...))``; the run's is put back."""
    before = passwords.current_hasher()
    yield lambda h: passwords.use_hasher(h)
    passwords.use_hasher(before)


class CountingHasher(PasswordHasher):
    """argon2's cheapest parameters, counting how many passwords were verified."""

    def __init__(self) -> None:
        p = profiles.CHEAPEST
        super().__init__(p.time_cost, p.memory_cost, p.parallelism, p.hash_len, p.salt_len)
        self.verified = 0

    def verify(self, hash, password):  # noqa: A002 - argon2's own parameter name
        self.verified += 1
        return super().verify(hash, password)


def try_sign_in(backend, name: str, password: str, at: datetime = T0, station="DESK-9") -> str:
    """One try, as the sign-in window would make it; returns what the station is told."""
    try:
        actor = users.authenticate(backend.uow(), name, password, station, now=at)
    except PermissionDenied as exc:
        return str(exc.message)
    return f"signed in as {actor.username}"


def audit_actions(backend, action: str) -> list:
    """The audit entries of ``action``, oldest first, as rows read from the database."""
    log = AuditEntry.__table__
    with backend.uow(readonly=True) as uow:
        query = select(log).where(log.c.action == action).order_by(log.c.id)
        return list(uow.session.execute(query).all())


def failed_signins(backend) -> list:
    return audit_actions(backend, "signin_failed")


def stored_hash(backend, name: str) -> str:
    with backend.uow(readonly=True) as uow:
        return uow.session.scalar(select(User.password_hash).where(User.username == name))


def set_hash(backend, name: str, value: str) -> None:
    with backend.uow() as uow:
        uow.session.execute(update(User).where(User.username == name).values(password_hash=value))
        uow.commit()


def old_scrypt_hash(password: str) -> str:
    """A hash as the app stored it before argon2id (scrypt, N=2^14, r=8, p=1)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    b64 = base64.b64encode
    return f"scrypt$16384$8$1${b64(salt).decode()}${b64(digest).decode()}"


# --- argon2id, and the hashes already stored -------------------------------------------------


def test_the_production_hasher_is_argon2id_at_or_above_owasps_minimum(backend, actors, hasher):
    prod = passwords.PRODUCTION_HASHER
    assert prod.type is Type.ID
    assert prod.memory_cost >= 19 * 1024 and prod.time_cost >= 2 and prod.parallelism == 1
    hasher(prod)
    users.reset_password(backend.uow(), actors.admin, actors.clerk.user_id, "a-new-password")
    stored = stored_hash(backend, "clerk1")
    assert stored.startswith(f"$argon2id$v=19$m={prod.memory_cost},t={prod.time_cost},p=1$")
    assert "a-new-password" not in stored
    assert try_sign_in(backend, "clerk1", "a-new-password") == "signed in as clerk1"
    assert stored_hash(backend, "clerk1") == stored  # current parameters: kept as it is


def test_an_old_scrypt_hash_signs_in_and_is_replaced_by_argon2id(backend, actors):
    set_hash(backend, "clerk1", old_scrypt_hash("old-password"))
    assert try_sign_in(backend, "clerk1", "not-the-old-one") == WRONG
    assert stored_hash(backend, "clerk1").startswith("scrypt$")  # a wrong one changes nothing
    assert try_sign_in(backend, "clerk1", "old-password", T0 + timedelta(hours=1)) == (
        "signed in as clerk1"
    )
    assert stored_hash(backend, "clerk1").startswith("$argon2id$")
    assert try_sign_in(backend, "clerk1", "old-password", T0 + timedelta(hours=2)) == (
        "signed in as clerk1"
    )
    assert audit_actions(backend, "signed_in")[0].details == {"rehashed": True}


def test_an_argon2id_hash_with_outdated_parameters_is_replaced_at_sign_in(backend, actors, hasher):
    weak = stored_hash(backend, "clerk1")  # made with the run's cheapest parameters
    stronger = PasswordHasher(time_cost=2, memory_cost=64, parallelism=1)
    hasher(stronger)
    assert try_sign_in(backend, "clerk1", RIGHT) == "signed in as clerk1"
    replaced = stored_hash(backend, "clerk1")
    assert replaced != weak and ",t=2,p=1$" in replaced and "m=64," in replaced
    assert not stronger.check_needs_rehash(replaced)


# --- No enumeration -----------------------------------------------------------------------------


def test_an_unknown_name_and_a_wrong_password_get_the_same_answer(backend, actors):
    assert try_sign_in(backend, "nobody-here", RIGHT) == WRONG
    assert try_sign_in(backend, "clerk1", "not-it") == WRONG


def test_every_answer_but_a_wait_costs_one_full_password_check(backend, actors, hasher):
    """Unknown, wrong, locked, deactivated and right all verify a hash; only a wait does not."""
    counting = CountingHasher()
    hasher(counting)
    users.set_active(backend.uow(), actors.admin, actors.supervisor.user_id, False)
    costs = {}

    def cost(label, *args):
        before = counting.verified
        told = try_sign_in(backend, *args)
        costs[label] = (counting.verified - before, told)

    cost("unknown", "nobody-here", "guess")
    cost("wrong", "clerk1", "guess")
    cost("deactivated, right password", "supervisor1", RIGHT)
    for _ in range(THROTTLE_AFTER - 1):
        try_sign_in(backend, "clerk1", "guess")
    cost("waiting", "clerk1", "guess")
    with backend.uow() as uow:  # as after the tenth wrong password
        uow.session.execute(update(User).where(User.username == "clerk1").values(locked_at=T0))
        uow.commit()
    cost("locked", "clerk1", "guess", T0 + timedelta(hours=1))
    cost("right", "admin1", RIGHT)
    assert {k: v[0] for k, v in costs.items()} == {
        "unknown": 1,
        "wrong": 1,
        "deactivated, right password": 1,
        "waiting": 0,
        "locked": 1,
        "right": 1,
    }
    assert costs["unknown"][1] == costs["wrong"][1] == WRONG


def test_unknown_and_known_names_take_the_same_time_over_200_tries(backend, actors, hasher):
    """An attacker times 200 wrong tries with names that exist and 200 with names that do
    not: the medians differ by far less than one password check (the old code answered an
    unknown name without one, 0.7 ms against 57-229 ms)."""
    measurable = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)  # ~3 ms a check
    hasher(measurable)
    users.reset_password(backend.uow(), actors.admin, actors.clerk.user_id, RIGHT)
    dummy = measurable.hash("x")
    check = []
    for _ in range(30):
        start = time.perf_counter()
        passwords.verify_password("y", dummy)
        check.append(time.perf_counter() - start)
    one_check = statistics.median(check)
    known, unknown = [], []
    for i in range(200):
        at = T0 + timedelta(hours=i)  # the attacker waits out every wait
        for name, times in (("clerk1", known), (f"clerk{i + 2}", unknown)):
            start = time.perf_counter()
            told = try_sign_in(backend, name, f"guess-{i}", at)
            times.append(time.perf_counter() - start)
            assert told == WRONG
        if i % (LOCK_AFTER - 1) == LOCK_AFTER - 2:  # and has an admin unlock before the lock
            users.unlock_user(backend.uow(), actors.admin, actors.clerk.user_id)  # not timed
    difference = abs(statistics.median(known) - statistics.median(unknown))
    assert difference < one_check / 2, (
        f"known {statistics.median(known) * 1000:.2f} ms, unknown "
        f"{statistics.median(unknown) * 1000:.2f} ms, one check {one_check * 1000:.2f} ms"
    )


# --- Slow down, then lock -------------------------------------------------------------------


def test_45_wrong_passwords_at_machine_speed_are_mostly_not_even_checked(backend, actors, hasher):
    counting = CountingHasher()
    hasher(counting)
    told = Counter(
        try_sign_in(backend, "clerk1", f"guess-{i}", T0 + timedelta(milliseconds=10 * i))
        for i in range(45)
    )
    assert told == {
        WRONG: THROTTLE_AFTER,
        "Too many wrong passwords. Wait 2 seconds and try again.": 45 - THROTTLE_AFTER,
    }
    assert counting.verified == THROTTLE_AFTER
    reasons = Counter(e.details["reason"] for e in failed_signins(backend))
    assert reasons == {"wrong_password": THROTTLE_AFTER, "throttled": 45 - THROTTLE_AFTER}


def test_each_wrong_password_after_the_third_makes_the_next_wait_longer(backend, actors):
    at, waits = T0, []
    for failures in range(1, LOCK_AFTER):
        # a typo or two costs nothing: the next try is checked at once
        assert try_sign_in(backend, "clerk1", "guess", at) == WRONG
        if failures < THROTTLE_AFTER:
            continue
        told = try_sign_in(backend, "clerk1", "guess", at)  # at once again
        waits.append(int(told.removeprefix("Too many wrong passwords. Wait ").split(" ")[0]))
        # one second too early is still refused; on time the password is checked again
        early = try_sign_in(backend, "clerk1", "guess", at + timedelta(seconds=waits[-1] - 1))
        assert early == "Too many wrong passwords. Wait a second and try again."
        at += timedelta(seconds=waits[-1])
    assert waits == [2, 4, 8, 16, 32, 60, 60]
    assert waits == [wait_after(n) for n in range(THROTTLE_AFTER, LOCK_AFTER)]
    assert max(waits) == MAX_WAIT_SECONDS


def test_45_wrong_passwords_a_minute_apart_lock_the_user_until_an_admin_unlocks(backend, actors):
    locked = (
        "User 'clerk1' is locked after too many wrong passwords. Ask an administrator to unlock it."
    )
    told = [
        try_sign_in(backend, "clerk1", f"guess-{i}", T0 + timedelta(minutes=i)) for i in range(45)
    ]
    assert told[: LOCK_AFTER - 1] == [WRONG] * (LOCK_AFTER - 1)
    assert told[LOCK_AFTER - 1 :] == [locked] * (45 - LOCK_AFTER + 1)
    # the right password does not get in either, however long one waits
    assert try_sign_in(backend, "clerk1", RIGHT, T0 + timedelta(days=3)) == locked
    assert [u.locked for u in users.list_users(backend.uow()) if u.username == "clerk1"] == [True]
    reasons = Counter(e.details["reason"] for e in failed_signins(backend))
    assert reasons == {"wrong_password": LOCK_AFTER, "locked": 45 - LOCK_AFTER + 1}
    (lock,) = audit_actions(backend, "user_locked")
    assert (lock.entity_id, lock.station, lock.details) == (
        actors.clerk.user_id,
        "DESK-9",
        {"failures": LOCK_AFTER},
    )
    with pytest.raises(PermissionDenied, match="may not manage users"):
        users.unlock_user(backend.uow(), actors.supervisor, actors.clerk.user_id)
    assert try_sign_in(backend, "clerk1", RIGHT, T0 + timedelta(days=3)) == locked
    dto = users.unlock_user(backend.uow(), actors.admin, actors.clerk.user_id)
    assert not dto.locked
    (unlock,) = audit_actions(backend, "user_unlocked")
    assert (unlock.user_id, unlock.username, unlock.entity_id) == (
        actors.admin.user_id,
        "admin1",
        actors.clerk.user_id,
    )
    assert unlock.details == {"was_locked": True, "failures": LOCK_AFTER}
    assert try_sign_in(backend, "clerk1", RIGHT, T0 + timedelta(days=3)) == "signed in as clerk1"


def test_a_password_reset_by_an_admin_unlocks_the_user(backend, actors):
    for i in range(LOCK_AFTER):
        try_sign_in(backend, "clerk1", "guess", T0 + timedelta(minutes=i))
    assert "is locked" in try_sign_in(backend, "clerk1", RIGHT, T0 + timedelta(hours=1))
    users.reset_password(backend.uow(), actors.admin, actors.clerk.user_id, "fresh-password")
    assert audit_actions(backend, "password_reset")[-1].details == {"unlocked": True}
    assert try_sign_in(backend, "clerk1", "fresh-password", T0 + timedelta(hours=1)) == (
        "signed in as clerk1"
    )


def test_a_right_password_starts_the_count_again(backend, actors):
    at = T0
    for _ in range(5):  # 2 typos, then the right one: never a wait, never a lock
        for _ in range(THROTTLE_AFTER - 1):
            assert try_sign_in(backend, "clerk1", "typo", at) == WRONG
        assert try_sign_in(backend, "clerk1", RIGHT, at) == "signed in as clerk1"
        at += timedelta(seconds=1)
    with backend.uow(readonly=True) as uow:
        user = uow.session.scalar(select(User).where(User.username == "clerk1"))
        assert (user.failed_signins, user.last_failed_at, user.locked_at) == (0, None, None)


def test_stations_failing_at_the_same_moment_all_count(backend, actors, hasher):
    """Three stations try each of four users at once: every wrong password counts (no lost
    update), so the guesses at once are no way around the wait."""
    hasher(PasswordHasher(time_cost=1, memory_cost=4 * 1024, parallelism=1))  # ~2 ms a check
    names = ["clerk1", "supervisor1", "admin1"]
    for n in range(3):
        users.add_user(backend.uow(), f"extra{n}", RIGHT, "clerk", actor=actors.admin)
        names.append(f"extra{n}")
    tries = [(name, station) for name in names for station in range(THROTTLE_AFTER)]
    barrier = threading.Barrier(len(tries))
    told: list[str] = []

    def guess(name: str, station: int) -> None:
        barrier.wait()
        told.append(try_sign_in(backend, name, "guess", T0, station=f"DESK-{station}"))

    threads = [threading.Thread(target=guess, args=t) for t in tries]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert told == [WRONG] * len(tries)
    with backend.uow(readonly=True) as uow:
        counts = dict(uow.session.execute(select(User.username, User.failed_signins)).all())
    assert counts == dict.fromkeys(names, THROTTLE_AFTER)
    assert len(failed_signins(backend)) == len(tries)
    # and so the next try of each, from any station, waits
    assert {try_sign_in(backend, n, RIGHT, T0, station="DESK-X") for n in names} == {
        "Too many wrong passwords. Wait 2 seconds and try again."
    }


# --- The audit log --------------------------------------------------------------------------


def test_every_refused_sign_in_is_audited_with_the_station_and_never_the_password(backend, actors):
    users.add_user(backend.uow(), "admin2", RIGHT, "admin", actor=actors.admin)  # admin1 may lock
    users.set_active(backend.uow(), actors.admin, actors.supervisor.user_id, False)
    typed = {
        "unknown_name": ("Mallory", "pw-unknown-1"),
        "wrong_password": ("CLERK1", "pw-wrong-2"),
        "deactivated": ("supervisor1", RIGHT),
    }
    for station, (name, password) in enumerate(typed.values()):
        try_sign_in(backend, name, password, station=f"DESK-{station}")
    for i in range(THROTTLE_AFTER - 1):
        try_sign_in(backend, "clerk1", f"pw-wrong-{i + 3}", station="DESK-3")
    try_sign_in(backend, "clerk1", "pw-throttled-5", station="DESK-4")
    for i in range(LOCK_AFTER):
        try_sign_in(backend, "admin1", f"pw-admin-{i}", T0 + timedelta(minutes=i), "DESK-5")
    try_sign_in(backend, "admin1", "pw-locked-6", T0 + timedelta(hours=1), station="DESK-6")
    try_sign_in(backend, "clerk1", "pw-foo", station="")  # throttled still, no station name

    seen = [
        (e.user_id, e.username, e.station, e.entity_id, e.details["reason"])
        for e in failed_signins(backend)
    ]
    clerk, sup, admin = actors.clerk.user_id, actors.supervisor.user_id, actors.admin.user_id
    assert seen[:4] == [
        (None, "Mallory", "DESK-0", None, "unknown_name"),
        (None, "clerk1", "DESK-1", clerk, "wrong_password"),
        (None, "supervisor1", "DESK-2", sup, "deactivated"),
        (None, "clerk1", "DESK-3", clerk, "wrong_password"),
    ]
    assert seen[5] == (None, "clerk1", "DESK-4", clerk, "throttled")
    assert seen[6:16] == [(None, "admin1", "DESK-5", admin, "wrong_password")] * LOCK_AFTER
    assert seen[16:] == [
        (None, "admin1", "DESK-6", admin, "locked"),
        (None, "clerk1", "", clerk, "throttled"),
    ]
    assert {e.details["reason"] for e in failed_signins(backend)} == set(users.REFUSAL_REASONS)
    # nothing typed as a password is anywhere in the log
    with backend.uow(readonly=True) as uow:
        everything = repr(uow.session.execute(select(AuditEntry.__table__)).all())
    assert "pw-" not in everything and RIGHT not in everything


def test_a_user_name_longer_than_the_column_is_still_audited(backend, actors):
    long_name = "x" * 500
    assert try_sign_in(backend, long_name, "guess") == WRONG
    (entry,) = failed_signins(backend)
    assert entry.username == long_name[:80] and entry.details["reason"] == "unknown_name"


def test_the_audit_of_a_refusal_is_kept_although_the_sign_in_fails(backend, actors):
    with pytest.raises(ReturnsError):
        users.authenticate(backend.uow(), "clerk1", "guess", "DESK-2", now=T0)
    with backend.uow(readonly=True) as uow:
        user = uow.session.scalar(select(User).where(User.username == "clerk1"))
        assert (user.failed_signins, user.last_failed_at) == (1, T0)
    assert len(failed_signins(backend)) == 1


def test_the_last_administrator_is_made_to_wait_but_never_locked_out(backend, actors):
    """Names are listed at sign-in: were the only admin lockable, anyone at a station could
    lock the shop out of its administration for good."""
    for i in range(LOCK_AFTER + 5):
        told = try_sign_in(backend, "admin1", f"pw-guess-{i}", T0 + timedelta(minutes=i))
        assert "locked" not in told
    assert audit_actions(backend, "user_locked") == []
    late = T0 + timedelta(minutes=LOCK_AFTER + 6)
    assert try_sign_in(backend, "admin1", RIGHT, late) == "signed in as admin1"
    # With a second administrator the first one locks as any user would.
    users.add_user(backend.uow(), "admin2", RIGHT, "admin", actor=actors.admin)
    for i in range(LOCK_AFTER):
        try_sign_in(backend, "admin1", f"pw-again-{i}", late + timedelta(minutes=i + 1))
    assert "locked" in try_sign_in(backend, "admin1", RIGHT, late + timedelta(hours=1))


def test_a_name_with_finnish_capitals_signs_in_in_any_case(backend, actors):
    """SQLite's lower() folds only ASCII; the names are compared as Python folds them."""
    users.add_user(backend.uow(), "Äijä", "äijän-salasana", "clerk", actor=actors.admin)
    assert try_sign_in(backend, "äijä", "äijän-salasana") == "signed in as Äijä"
    assert try_sign_in(backend, "ÄIJÄ", "äijän-salasana") == "signed in as Äijä"
    with pytest.raises(ReturnsError, match="is taken"):
        users.add_user(backend.uow(), "äijä", "toinen-salasana", "clerk", actor=actors.admin)
    try_sign_in(backend, "äijä", "väärä-salasana")
    with backend.uow(readonly=True) as uow:
        assert uow.session.scalar(select(User.failed_signins).where(User.username == "Äijä")) == 1
