"""Secrets (SMTP and payment-provider passwords) live in the system keyring, never in settings.

Windows keeps them in the Credential Locker, macOS in the Keychain, a Linux desktop in the
Secret Service (GNOME Keyring, KWallet). A station without a password store gets a clear
message instead of a silent fallback to a plain file. Tests install an in-memory store with
:func:`use_store`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError

SERVICE = "Returns Desk"


class SecretStoreMissing(ReturnsError):
    """The computer has no password store the app can use."""


@dataclass(frozen=True)
class SecretStore:
    """Three functions over (service, name); the default is the keyring package."""

    get: Callable[[str, str], str | None]
    set: Callable[[str, str, str], None]
    delete: Callable[[str, str], None]


_store: SecretStore | None = None


def use_store(store: SecretStore | None) -> None:
    """Use ``store`` instead of the system keyring (``None``: back to the keyring)."""
    global _store
    _store = store


def memory_store() -> SecretStore:
    """A store that keeps secrets in this process only (tests, a demo)."""
    kept: dict[tuple[str, str], str] = {}

    def delete(service: str, name: str) -> None:
        kept.pop((service, name), None)

    return SecretStore(
        get=lambda service, name: kept.get((service, name)),
        set=lambda service, name, value: kept.__setitem__((service, name), value),
        delete=delete,
    )


def _missing(error: Exception) -> SecretStoreMissing:
    return SecretStoreMissing(
        Message(
            "services",
            QT_TRANSLATE_NOOP(
                "services",
                "This computer has no password store to keep the secret in ({error}). "
                "On Linux install and unlock GNOME Keyring or KWallet; on a server give the "
                "secret in an environment variable instead.",
            ),
            {"error": str(error)},
        )
    )


def _keyring_store() -> SecretStore:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    def get(service: str, name: str) -> str | None:
        try:
            return keyring.get_password(service, name)
        except KeyringError as error:
            raise _missing(error) from error

    def set_(service: str, name: str, value: str) -> None:
        try:
            keyring.set_password(service, name, value)
        except KeyringError as error:
            raise _missing(error) from error

    def delete(service: str, name: str) -> None:
        try:
            keyring.delete_password(service, name)
        except PasswordDeleteError:
            pass
        except KeyringError as error:
            raise _missing(error) from error

    return SecretStore(get=get, set=set_, delete=delete)


def _current() -> SecretStore:
    return _store if _store is not None else _keyring_store()


def get_secret(name: str) -> str | None:
    """The secret called ``name`` (e.g. ``"smtp:mail.example.fi:shop"``), or ``None``."""
    return _current().get(SERVICE, name)


def set_secret(name: str, value: str) -> None:
    """Keep ``value`` as the secret ``name``; an empty value forgets it."""
    if value:
        _current().set(SERVICE, name, value)
    else:
        _current().delete(SERVICE, name)
