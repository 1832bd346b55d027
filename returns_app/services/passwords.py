"""Password hashing: argon2id for every new hash; old scrypt hashes still verify until replaced.

The stored string carries its scheme and parameters (``$argon2id$v=19$m=...`` or
``scrypt$N$r$p$salt$hash``), so hashes made with older settings keep working and
:func:`needs_rehash` tells the sign-in to store a new one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's Password Storage Cheat Sheet asks for argon2id with at least m=19 MiB, t=2, p=1
# (or an equivalent trade of memory for passes). We take RFC 9106's second recommended
# setting, 64 MiB and 3 passes, with one lane as OWASP asks: a station signs in one person at
# a time, so ~0.15 s on a 2-core desk PC costs nobody anything, while each guess costs an
# attacker 64 MiB of memory for that long (GPUs and ASICs gain little against it).
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_TIME_COST = 3
ARGON2_PARALLELISM = 1

PRODUCTION_HASHER = PasswordHasher(
    time_cost=ARGON2_TIME_COST,
    memory_cost=ARGON2_MEMORY_KIB,
    parallelism=ARGON2_PARALLELISM,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)

_hasher: PasswordHasher = PRODUCTION_HASHER
_dummy: tuple[PasswordHasher, str] | None = None
_dummy_lock = threading.Lock()


def use_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Hash and verify with ``hasher`` from now on; returns the one used before.

    The only place the hasher changes: the tests install a cheap one for the whole run (and
    a costlier one where they measure time).
    """
    global _hasher, _dummy
    previous, _hasher = _hasher, hasher
    _dummy = None
    return previous


def current_hasher() -> PasswordHasher:
    """The hasher new passwords are stored with."""
    return _hasher


def hash_password(password: str) -> str:
    """Return the argon2id hash of ``password`` (``$argon2id$v=19$m=..,t=..,p=..$salt$hash``)."""
    return _hasher.hash(password)


def verify_password(password: str, stored: str) -> bool:
    """Tell whether ``password`` matches ``stored`` (either scheme; constant-time comparison)."""
    if stored.startswith("scrypt$"):
        return _verify_scrypt(password, stored)
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """Tell whether ``stored`` should be replaced by a hash with the current settings."""
    if not stored.startswith("$argon2id$"):
        return True
    try:
        return _hasher.check_needs_rehash(stored)
    except InvalidHashError:
        return True


def verify_nobody(password: str) -> None:
    """Spend what verifying a real user's password costs, for a user who does not exist.

    The dummy hash is made once per hasher (with its own parameters), so an unknown user
    name takes as long to refuse as a known name with a wrong password.
    """
    verify_password(password, _dummy_hash())


def _dummy_hash() -> str:
    global _dummy
    hasher = _hasher
    with _dummy_lock:
        if _dummy is None or _dummy[0] is not hasher:
            _dummy = (hasher, hasher.hash(secrets.token_urlsafe(24)))
        return _dummy[1]


def _verify_scrypt(password: str, stored: str) -> bool:
    """Check a hash stored before argon2id (scrypt, N=2^14): replaced at the next sign-in."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
