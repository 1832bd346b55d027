"""Parcel tracking numbers: UPU S10 and a configurable table of carrier formats.

UPU S10 (standard S10, used by Posti and most postal operators for registered letters and
parcels): 2 letters (service), 8 digits, a check digit, the issuing country (ISO 3166-1
alpha-2, checked against pycountry's copy of the ISO list: ``XX`` or ``ZZ`` is no country).

Carriers do not all publish their formats. Each rule below says where its shape and check
come from; a rule with no check digit is "unverified": it never overrides another kind's
check-digit error. The table is data in :class:`~returns_app.scanning.config.ScanConfig`,
so a shop can correct or extend it without a code change. A number may fit several rules
(an 11-digit number is a DHL Express waybill when its mod-7 check holds, and may be a GLS
parcel number either way): :func:`match_carriers` returns every reading, checked ones first.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pycountry

from returns_app.i18n import Message
from returns_app.scanning import messages
from returns_app.scanning.checkdigits import (
    gls_check_digit,
    gs1_check_digit,
    mod7_check_digit,
    mod37_36_check_character,
    s10_check_digit,
    ups_check_digit,
)

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

CHECK_SCHEMES = ("gs1_mod10", "mod7", "ups", "mod37_36", "gls")


@functools.cache
def _iso_countries() -> frozenset[str]:
    return frozenset(country.alpha_2 for country in pycountry.countries)


def is_country_code(code: str) -> bool:
    """Tell whether ``code`` is an ISO 3166-1 alpha-2 country code (``FI`` yes, ``XX`` no)."""
    return code in _iso_countries()


@dataclass(frozen=True)
class CarrierRule:
    """One carrier number format.

    Attributes:
        carrier: short carrier id stored in ``fields["carrier"]`` (``"posti"``, ``"dhl"``).
        pattern: regular expression the whole number must match (upper case, no spaces).
            A named group ``number`` is the value kept (a DPD barcode keeps its 14-digit
            parcel number); other named groups become fields (``service``, ``country``).
        check: check-digit scheme, one of :data:`CHECK_SCHEMES`, or None when the carrier
            publishes none. ``gs1_mod10`` and ``mod7`` run over the digits, ``ups`` over
            the 15 characters after ``1Z``, ``mod37_36`` over the whole number (a leading
            ``%`` left out), ``gls`` over a 12-digit GLS parcel number.
        exact: the carrier publishes this exact shape, so, though it has no check digit,
            it stands against another kind's check-digit error (DPD's 14-digit parcel
            number against a GTIN-14 whose check digit fails).
    """

    carrier: str
    pattern: str
    check: str | None = None
    exact: bool = False

    def __post_init__(self) -> None:
        if self.check is not None and self.check not in CHECK_SCHEMES:
            raise ValueError(f"unknown check scheme {self.check!r}")
        re.compile(self.pattern)


# Order matters only among readings of equal standing: checked rules come first anyway.
DEFAULT_CARRIERS: tuple[CarrierRule, ...] = (
    # Posti domestic parcels: "JJFI" + digits (ISO 15459 licence plate, issuing agency J =
    # UPU). No public check digit; length from labels seen (about 17 digits), so allow 10-24.
    CarrierRule("posti", r"JJFI\d{10,24}"),
    # DHL (dhl.com "tracking ID" help): Express piece IDs start JJD or JVGL (licence plates,
    # no public check digit). Express waybills are 10 digits, or 11, whose last digit is the
    # others mod 7 (jkeen/tracking_number_data couriers/dhl.json, with real waybills such as
    # 3318810025 and 73891051146).
    CarrierRule("dhl", r"JJD\d{9,24}"),
    CarrierRule("dhl", r"JVGL\d{9,24}"),
    CarrierRule("dhl", r"\d{10,11}", check="mod7"),
    # UPS: "1Z", 6-character shipper number, 2-character service, 7-digit package number and
    # a check digit (see checkdigits.ups_check_digit; couriers/ups.json in the same data set).
    CarrierRule("ups", r"1Z(?P<shipper>[0-9A-Z]{6})(?P<service>[0-9A-Z]{2})[0-9A-Z]{8}", "ups"),
    # DPD parcel barcode (DPD "Parcel label" specification, as in couriers/dpd.json): an
    # optional "%" tag, 7-character destination postcode, 14-digit parcel number, 3-digit
    # service code, 3-digit ISO 3166 numeric country, an ISO 7064 MOD 37,36 check character
    # over the 27 before it. The parcel number is what people and shop exports use.
    CarrierRule(
        "dpd",
        r"%?(?P<postcode>[0-9A-Z]{7})(?P<number>\d{14})(?P<service>\d{3})(?P<country>\d{3})"
        r"[0-9A-Z]",
        check="mod37_36",
    ),
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
    # GLS: the parcel number on the label is 11 digits (2 of the sending depot, 2 of the
    # product, a serial) and a check digit (paketda.de/gls/gls-paketlabel.php), weighted
    # 3-1 from the left plus one, mod 10: GLS's Uni-Box technical documentation 2D
    # (V01.10, 2012, chapter 3.2.1), see checkdigits.gls_check_digit. A 12-digit number
    # whose check fails is not GLS (it may still be a GTIN-12: the two checks exclude
    # each other).
    CarrierRule("gls", r"\d{12}", check="gls"),
    # GLS's tracking page and exports also give the 11 digits without the check digit ("an
    # 11-digit numeric code (e.g. 36631234567)", gls-group.com/FR/en/receive-parcel/help):
    # nothing to check there, so an 11-digit number is also read as GLS, unverified. Their
    # 8-character alphanumeric Track IDs are left out: the shape matches ordinary words.
    CarrierRule("gls", r"\d{11}"),
    # DPD parcel number alone (14 digits, as on the label's text, in DPD's tracking and in
    # shop exports; couriers/dpd.json). No check digit of its own: a valid GTIN-14 wins over
    # it, but a GTIN-14 check-digit error does not make a typed parcel number a misread.
    CarrierRule("dpd", r"\d{14}", exact=True),
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
    if not is_country_code(country):
        return code, fields, messages.s10_country(country)
    expected = s10_check_digit(serial)
    if expected != int(check):
        return code, fields, messages.check_digit_mismatch(expected, check)
    return code, fields, None


def _verify(scheme: str, code: str) -> Message | None:
    if scheme == "ups":
        expected: int | str = ups_check_digit(code[2:17])
        scanned = code[17]
    elif scheme == "gls":
        digits = "".join(c for c in code if c.isdigit())
        if len(digits) < 2:
            return None
        # a shop's own GLS rule may keep other characters around the 12 digits
        expected, scanned = gls_check_digit(digits[:-1][-11:].zfill(11)), digits[-1]
    elif scheme == "mod37_36":
        body = code.removeprefix("%")
        expected, scanned = mod37_36_check_character(body[:-1]), body[-1]
        return None if expected == scanned else messages.check_digit_mismatch(expected, scanned)
    else:
        digits = "".join(c for c in code if c.isdigit())
        if len(digits) < 2:
            return None
        body, scanned = digits[:-1], digits[-1]
        expected = mod7_check_digit(body) if scheme == "mod7" else gs1_check_digit(body)
    if str(expected) != scanned:
        return messages.check_digit_mismatch(expected, scanned)
    return None


@dataclass(frozen=True)
class CarrierMatch:
    """One reading of a number by one carrier rule.

    Attributes:
        value: the number as kept (upper case, no spaces; a rule's ``number`` group).
        rule: the rule that matched.
        fields: ``{"carrier": …}`` and the rule's other named groups.
        error: the check-digit error, or None.
    """

    value: str
    rule: CarrierRule
    fields: dict[str, str]
    error: Message | None = None

    @property
    def verified(self) -> bool:
        """True when a check digit holds (or the carrier publishes the exact shape)."""
        return self.error is None and (self.rule.check is not None or self.rule.exact)


def match_carriers(text: str, rules: tuple[CarrierRule, ...]) -> list[CarrierMatch]:
    """Every carrier reading of ``text``: checked ones first, then unchecked ones, and a
    failed check only when no rule reads the number validly (an 11-digit GLS number is not
    a misread DHL waybill). Empty when no rule matches."""
    code = normalise_tracking(text)
    valid: list[CarrierMatch] = []
    failed: list[CarrierMatch] = []
    for rule in rules:
        match = _compiled(rule.pattern).fullmatch(code)
        if match is None:
            continue
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        value = groups.pop("number", code)
        fields = {"carrier": rule.carrier, **groups}
        error = _verify(rule.check, code) if rule.check else None
        (failed if error else valid).append(CarrierMatch(value, rule, fields, error))
    valid.sort(key=lambda m: not m.verified)  # stable: table order within each group
    return valid or failed[:1]


def match_carrier(
    text: str, rules: tuple[CarrierRule, ...]
) -> tuple[str, CarrierRule, Message | None] | None:
    """The best carrier reading of ``text`` (see :func:`match_carriers`); None when no rule
    matches. Returns ``(number as kept, rule, check-digit error or None)``."""
    found = match_carriers(text, rules)
    if not found:
        return None
    return found[0].value, found[0].rule, found[0].error
