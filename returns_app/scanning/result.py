"""What :func:`~returns_app.scanning.classify` returns: :class:`ScanResult` and the code kinds."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from returns_app.i18n import Message, ReturnsError


class Kind(StrEnum):
    """The kinds of code a scan can be; members compare equal to their plain strings."""

    RETURN_CODE = "return_code"
    ORDER_NUMBER = "order_number"
    TRACKING_S10 = "tracking_s10"
    TRACKING = "tracking"
    GTIN = "gtin"
    SSCC = "sscc"
    GS1 = "gs1"
    URL = "url"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ScanResult:
    """The meaning of one scanned (or typed) code.

    Attributes:
        valid: True when the code has a known format and every check digit in it is right.
        kind: one of :class:`Kind` (a ``str``).
        value: the normalised code: a GTIN as 14 digits, an SSCC as 18, a return code
            upper case without spaces, an S10 number upper case, GS1 data in the
            parenthesised form ``(01)…(21)…``; for an invalid code, the cleaned input.
        fields: details by name: GS1 data by AI (``{"01": "06417084000019", "21": "ABC"}``;
            a GTIN or SSCC also appears under ``"01"`` / ``"00"``); tracking numbers
            ``{"carrier": "posti", ...}``; an item tag's return code ``{"line": "2"}``;
            a code found inside a link or a text also has
            ``"url"`` / ``"text"`` with the whole scan. Treat as read-only.
        error: why the code is not valid (None when valid).
        warnings: things the clerk should know even when the code is valid, e.g. that the
            scanner uses the wrong keyboard layout.
        symbology: the AIM symbology identifier the scanner sent (``"]C1"``), if any.
        raw: the text exactly as received.
        alternatives: the other valid readings of the same text, in precedence order (a
            10-digit number that is a DHL waybill and fits the shop's order numbers).
    """

    valid: bool
    kind: str
    value: str
    fields: dict[str, str] = field(default_factory=dict)
    error: Message | None = None
    warnings: tuple[Message, ...] = ()
    symbology: str | None = None
    raw: str = ""
    alternatives: tuple[ScanResult, ...] = ()

    def readings(self) -> tuple[ScanResult, ...]:
        """Every valid reading, this one first: what a look-up should try, in order."""
        return (self, *self.alternatives) if self.valid else ()

    def as_dict(self, lang: str = "en") -> dict[str, Any]:
        """Return a JSON-ready dict with the messages rendered in ``lang``."""
        return {
            "valid": self.valid,
            "kind": str(self.kind),
            "value": self.value,
            "fields": dict(self.fields),
            "error": self.error.render(lang) if self.error else None,
            "warnings": [w.render(lang) for w in self.warnings],
            "symbology": self.symbology,
            "alternatives": [
                {"kind": str(a.kind), "value": a.value, "fields": dict(a.fields)}
                for a in self.alternatives
            ],
        }


class ScanError(ReturnsError):
    """A code given to a ``parse_*`` / ``normalise_*`` function is not valid."""
