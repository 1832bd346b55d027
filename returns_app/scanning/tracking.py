"""Parcel tracking numbers: UPU S10 and a configurable table of carrier formats.

UPU S10 (standard S10, used by Posti and most postal operators for registered letters and
parcels): 2 letters (service), 8 digits, a check digit, the issuing country (ISO 3166 alpha-2).

Carriers do not all publish their formats; those below come from the carriers' own tracking
help pages where one exists, otherwise from what their labels show. Be honest about which
are unverified: the table is data in :class:`~returns_app.scanning.config.ScanConfig`, so a
shop can correct or extend it without a code change.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from returns_app.i18n import Message
from returns_app.scanning import messages
from returns_app.scanning.checkdigits import gs1_check_digit, mod7_check_digit, s10_check_digit

S10_PATTERN = re.compile(r"([A-Z]{2})(\d{8})(\d)([A-Z]{2})")

# The postal operator that issues S10 numbers in a country (the country code ends the number).
S10_OPERATORS = {
    "FI": "posti",
    "SE": "postnord",
    "DK": "postnord",
    "NO": "posten_bring",
    "EE": "omniva",
    "DE": "deutsche_post",
    "GB": "royal_mail",
    "US": "usps",
    "CN": "china_post",
}

CHECK_SCHEMES = ("gs1_mod10", "mod7")


@dataclass(frozen=True)
class CarrierRule:
    """One carrier number format.

    Attributes:
        carrier: short carrier id stored in ``fields["carrier"]`` (``"posti"``, ``"dhl"``).
        pattern: regular expression the whole number must match (upper case, no spaces).
        check: check-digit scheme over the digits of the number, one of
            :data:`CHECK_SCHEMES`, or None when the carrier publishes none.
    """

    carrier: str
    pattern: str
    check: str | None = None

    def __post_init__(self) -> None:
        if self.check is not None and self.check not in CHECK_SCHEMES:
            raise ValueError(f"unknown check scheme {self.check!r}")
        re.compile(self.pattern)


# Order matters: the first rule that matches a number decides the carrier.
DEFAULT_CARRIERS: tuple[CarrierRule, ...] = (
    # Posti domestic parcels: "JJFI" + digits (ISO 15459 licence plate, issuing agency J =
    # UPU). No public check digit; length from labels seen (about 17 digits), so allow 10-24.
    CarrierRule("posti", r"JJFI\d{10,24}"),
    # DHL (dhl.com "tracking ID" help): Express piece IDs start JJD or JVGL (licence plates,
    # no public check digit); Express waybills are 10 digits whose last digit is the first
    # nine mod 7 (published by third parties, matches real waybills).
    CarrierRule("dhl", r"JJD\d{9,24}"),
    CarrierRule("dhl", r"JVGL\d{9,24}"),
    CarrierRule("dhl", r"\d{10}", check="mod7"),
    # Bring (Posten Norge): shipment numbers are GS1 GSINs (AI 402), 17 digits with a
    # GS1 mod-10 check digit; Bring's own GS1 prefix gives them a leading 70.
    CarrierRule("bring", r"70\d{15}", check="gs1_mod10"),
    # PostNord shipment ids are likewise 17-digit GSINs; the prefix varies by country, so
    # any other valid GSIN is attributed to PostNord. Their parcels also carry SSCC labels,
    # which classify as "sscc", and S10 numbers ending SE/DK.
    CarrierRule("postnord", r"\d{17}", check="gs1_mod10"),
    # Matkahuolto: no published format or check digit. Labels show "MH" + digits; this rule
    # is an assumption to be confirmed against real labels.
    CarrierRule("matkahuolto", r"MH\d{8,18}"),
    # GLS: 11-digit parcel numbers (12 with a trailing check digit whose scheme GLS does not
    # publish). Their 8-character alphanumeric "Track IDs" are left out: the shape matches
    # ordinary words. No check verified.
    CarrierRule("gls", r"\d{11}"),
    # DB Schenker: parcels carry SSCC labels (classified as "sscc"); booking and STT
    # numbers have no published format, so there is no default rule: add one per shop.
)


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def normalise_tracking(text: str) -> str:
    """Return ``text`` upper case with spaces removed, the form tracking numbers compare in."""
    return "".join(text.split()).upper()


def check_s10(text: str) -> tuple[str, dict[str, str], Message | None] | None:
    """Check a UPU S10 number; None when ``text`` does not have the S10 shape.

    Returns ``(normalised number, fields, error or None)``.
    """
    code = normalise_tracking(text)
    match = S10_PATTERN.fullmatch(code)
    if match is None:
        return None
    service, serial, check, country = match.groups()
    fields = {
        "carrier": S10_OPERATORS.get(country, "upu"),
        "service": service,
        "serial": serial,
        "country": country,
    }
    expected = s10_check_digit(serial)
    if expected != int(check):
        return code, fields, messages.check_digit_mismatch(expected, check)
    return code, fields, None


def _verify(scheme: str, code: str) -> Message | None:
    digits = "".join(c for c in code if c.isdigit())
    if len(digits) < 2:
        return None
    if scheme == "mod7":
        expected = mod7_check_digit(digits[:-1])
    else:
        expected = gs1_check_digit(digits[:-1])
    if expected != int(digits[-1]):
        return messages.check_digit_mismatch(expected, digits[-1])
    return None


def match_carrier(
    text: str, rules: tuple[CarrierRule, ...]
) -> tuple[str, CarrierRule, Message | None] | None:
    """Find the first carrier rule matching ``text``; None when no rule matches.

    Returns ``(normalised number, rule, check-digit error or None)``.
    """
    code = normalise_tracking(text)
    for rule in rules:
        if _compiled(rule.pattern).fullmatch(code):
            error = _verify(rule.check, code) if rule.check else None
            return code, rule, error
    return None
