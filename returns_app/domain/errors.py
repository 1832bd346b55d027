"""Errors the return rules raise; each carries a translatable message a clerk can read."""

from __future__ import annotations

from returns_app.i18n import ReturnsError, msg


class DomainError(ReturnsError):
    """Base of every error raised by :mod:`returns_app.domain`."""


class InvalidDate(DomainError):
    """A date could not be read, or a set of dates makes no sense (e.g. no delivery date)."""


class InvalidOrder(DomainError):
    """Order data that cannot have been charged (negative prices, discount above the price)."""


class InvalidReturn(DomainError):
    """A return that cannot be refunded as asked (unknown line, more units than bought)."""


def require(condition: bool, error: type[DomainError], text: str, **params: object) -> None:
    """Raise ``error`` with the ``rules`` message ``text`` unless ``condition`` holds.

    ``text`` must be a literal wrapped in ``QT_TRANSLATE_NOOP("rules", ...)`` at the call site.
    """
    if not condition:
        raise error(msg("rules", text, **params))


class InvalidIdentifier(DomainError):
    """A business ID, VAT number, IBAN or payment reference whose check digits fail."""
