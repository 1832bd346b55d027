"""GS1 element strings: the application identifiers (AIs) in GS1-128, DataMatrix, QR, DataBar.

An element string is AI + data, repeated. Fixed-length AIs (00, 01, 17, ...) need no
separator; a variable-length field (10 batch, 21 serial, ...) ends at FNC1, which a scanner
sends as the ASCII GS character (29), as a configured substitute (replaced by the caller),
or not at all, in which case the field runs to the end of the data. The parenthesised
human-readable form ``(01)06417084000019(21)ABC`` is accepted as well.

Sources: GS1 General Specifications, section 3 (AI table) and 7.8 (FNC1, predefined lengths).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from returns_app.i18n import Message
from returns_app.scanning import messages
from returns_app.scanning.checkdigits import gs1_check_digit

GS = "\x1d"

# GS1 character set 82 (figure 7.11-1): what an "X" field may contain.
CSET82 = frozenset(
    "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
)

# AIs whose length is predefined by their first two digits (figure 7.8.5-2): no FNC1 after
# them. Every other AI, even a fixed-length one like 422, is followed by FNC1 unless last.
_PREDEFINED = frozenset(
    ["00", "01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"]
    + ["31", "32", "33", "34", "35", "36", "41"]
)


@dataclass(frozen=True)
class AISpec:
    """The format of one application identifier.

    Attributes:
        ai: the identifier, 2 to 4 digits.
        title: GS1 data title (for support output; people see the value).
        min_length, max_length: length of the data (equal for fixed-length AIs).
        numeric: every character must be a digit.
        numeric_prefix: this many leading characters must be digits (N3+X..9 and the like).
        check_length: a GS1 mod-10 check digit ends the first ``check_length`` characters.
        kind: "" or "date" (YYMMDD, day 00 allowed), "datetime" (YYMMDDHHMM) or
            "prodtime" (YYMMDDHH[MM[SS]]).
    """

    ai: str
    title: str
    min_length: int
    max_length: int
    numeric: bool = False
    numeric_prefix: int = 0
    check_length: int = 0
    kind: str = ""

    @property
    def fixed(self) -> bool:
        return self.min_length == self.max_length


def _n(ai: str, title: str, length: int, check: bool = False, kind: str = "") -> AISpec:
    return AISpec(ai, title, length, length, True, length, length if check else 0, kind)


def _x(ai: str, title: str, maximum: int, minimum: int = 1) -> AISpec:
    return AISpec(ai, title, minimum, maximum)


def _build_table() -> dict[str, AISpec]:
    specs: list[AISpec] = [
        _n("00", "SSCC", 18, check=True),
        _n("01", "GTIN", 14, check=True),
        _n("02", "CONTENT", 14, check=True),
        _x("10", "BATCH/LOT", 20),
        _n("11", "PROD DATE", 6, kind="date"),
        _n("12", "DUE DATE", 6, kind="date"),
        _n("13", "PACK DATE", 6, kind="date"),
        _n("15", "BEST BEFORE or BEST BY", 6, kind="date"),
        _n("16", "SELL BY", 6, kind="date"),
        _n("17", "USE BY OR EXPIRY", 6, kind="date"),
        _n("20", "VARIANT", 2),
        _x("21", "SERIAL", 20),
        _x("22", "CPV", 20),
        AISpec("30", "VAR. COUNT", 1, 8, numeric=True),
        AISpec("37", "COUNT", 1, 8, numeric=True),
        _x("240", "ADDITIONAL ID", 30),
        _x("241", "CUST. PART No.", 30),
        _x("250", "SECONDARY SERIAL", 30),
        _x("251", "REF. TO SOURCE", 30),
        AISpec("253", "GDTI", 13, 30, numeric_prefix=13, check_length=13),
        _x("254", "GLN EXTENSION COMPONENT", 20),
        AISpec("255", "GCN", 13, 25, numeric=True, check_length=13),
        _x("400", "ORDER NUMBER", 30),
        _x("401", "GINC", 30),
        _n("402", "GSIN", 17, check=True),
        _x("403", "ROUTE", 30),
        _x("420", "SHIP TO POST", 20),
        AISpec("421", "SHIP TO POST", 4, 12, numeric_prefix=3),
        _n("422", "ORIGIN", 3),
        _n("7003", "EXPIRY TIME", 10, kind="datetime"),
        AISpec("8003", "GRAI", 15, 30, numeric_prefix=14, check_length=14),
        _x("8004", "GIAI", 30),
        AISpec("8008", "PROD TIME", 8, 12, numeric=True, kind="prodtime"),
        _n("8017", "GSRN - PROVIDER", 18, check=True),
        _n("8018", "GSRN - RECIPIENT", 18, check=True),
        _x("8020", "REF No.", 25),
        _x("8200", "PRODUCT URL", 70),
        _x("90", "INTERNAL", 30),
    ]
    for ai, title in zip(
        range(410, 418),
        ["SHIP TO LOC", "BILL TO", "PURCHASE FROM", "SHIP FOR LOC", "LOC No.", "PAY TO"]
        + ["PROD/SERV LOC", "PARTY"],
        strict=True,
    ):
        specs.append(_n(str(ai), title, 13, check=True))
    specs += [_x(str(ai), "INTERNAL", 90) for ai in range(91, 100)]
    # Trade and logistic measures, 6 digits with the decimal point position as the 4th digit.
    for first, last in ((310, 316), (320, 329), (330, 337), (340, 349), (350, 357), (360, 369)):
        for prefix in range(first, last + 1):
            specs += [_n(f"{prefix}{d}", "MEASURE", 6) for d in range(10)]
    for d in range(10):
        specs.append(AISpec(f"390{d}", "AMOUNT", 1, 15, numeric=True))
        specs.append(AISpec(f"391{d}", "AMOUNT", 4, 18, numeric=True))
        specs.append(AISpec(f"392{d}", "PRICE", 1, 15, numeric=True))
        specs.append(AISpec(f"393{d}", "PRICE", 4, 18, numeric=True))
    # Transport-label AIs (ship-to / return-to address, GS1 General Specifications 2023).
    for ai, maximum in (
        (4300, 35), (4301, 35), (4302, 70), (4303, 70), (4304, 70), (4305, 70), (4306, 70),
        (4308, 30), (4310, 35), (4311, 35), (4312, 70), (4313, 70), (4314, 70), (4315, 70),
        (4316, 70), (4318, 20), (4319, 30), (4320, 35),
    ):  # fmt: skip
        specs.append(_x(str(ai), "ADDRESS", maximum))
    specs += [AISpec("4307", "SHIP TO COUNTRY", 2, 2), AISpec("4317", "RTN TO COUNTRY", 2, 2)]
    return {spec.ai: spec for spec in specs}


AI_TABLE: Mapping[str, AISpec] = _build_table()


def lookup_ai(data: str, pos: int = 0) -> AISpec | None:
    """Return the AI that starts ``data`` at ``pos`` (the AI set is prefix-free)."""
    for size in (2, 3, 4):
        spec = AI_TABLE.get(data[pos : pos + size])
        if spec is not None:
            return spec
    return None


def _valid_date(value: str, day_zero: bool = True) -> bool:
    # The century is chosen by a sliding window in GS1; 20YY gives the right leap years
    # until 2099, which is all validation needs.
    year, month, day = 2000 + int(value[0:2]), int(value[2:4]), int(value[4:6])
    if not 1 <= month <= 12:
        return False
    if day == 0:
        return day_zero
    return day <= calendar.monthrange(year, month)[1]


def _valid_time(value: str) -> bool:
    parts = [int(value[i : i + 2]) for i in range(0, len(value), 2)]
    limits = (24, 60, 60)
    return all(p < limit for p, limit in zip(parts, limits, strict=False))


def validate_field(spec: AISpec, value: str) -> Message | None:
    """Return why ``value`` is not valid data for ``spec`` (None when it is)."""
    ai = spec.ai
    if not value:
        return messages.gs1_too_short(ai, spec.min_length, value)
    for char in value:
        if char not in CSET82:
            return messages.gs1_bad_character(ai, char)
    if spec.fixed and len(value) != spec.max_length:
        return messages.gs1_fixed_length(ai, spec.max_length, value)
    if len(value) < spec.min_length:
        return messages.gs1_too_short(ai, spec.min_length, value)
    if len(value) > spec.max_length:
        return messages.gs1_too_long(ai, spec.max_length, value)
    digits = value if spec.numeric else value[: spec.numeric_prefix]
    if digits and not (digits.isascii() and digits.isdigit()):
        return messages.gs1_not_digits(ai, value)
    if spec.check_length:
        body = value[: spec.check_length - 1]
        expected = gs1_check_digit(body)
        scanned = value[spec.check_length - 1]
        if expected != int(scanned):
            return messages.gs1_check_digit(ai, expected, scanned)
    if spec.kind == "date" and not _valid_date(value):
        return messages.gs1_bad_date(ai, value)
    if spec.kind in ("datetime", "prodtime"):
        if not _valid_date(value[:6], day_zero=False):
            return messages.gs1_bad_date(ai, value)
        if not _valid_time(value[6:]) or len(value) % 2:
            return messages.gs1_bad_time(ai, value)
    return None


def _store(fields: dict[str, str], ai: str, value: str) -> Message | None:
    if fields.get(ai, value) != value:
        return messages.gs1_duplicate(ai)
    fields[ai] = value
    return None


def parse_element_string(data: str) -> tuple[dict[str, str], Message | None]:
    """Parse GS1 data with GS (chr 29) as FNC1; returns ``(fields by AI, error or None)``.

    Without separators, a variable-length field runs to the end of the data.
    """
    fields: dict[str, str] = {}
    pos, end = 0, len(data)
    while pos < end and data[pos] == GS:  # FNC1 in first position, sent as GS
        pos += 1
    if pos >= end:
        return fields, messages.gs1_empty()
    while pos < end:
        spec = lookup_ai(data, pos)
        if spec is None:
            return fields, messages.gs1_unknown_ai(data[pos:])
        pos += len(spec.ai)
        stop = data.find(GS, pos)
        if stop == -1:
            stop = end
        if spec.fixed:
            stop = min(stop, pos + spec.max_length)
        value = data[pos:stop]
        pos = stop
        while pos < end and data[pos] == GS:
            pos += 1
        error = validate_field(spec, value) or _store(fields, spec.ai, value)
        if error is not None:
            return fields, error
    return fields, None


_HRI_AI = re.compile(r"\((\d{2,4})\)")


def looks_like_hri(text: str) -> bool:
    """Tell whether ``text`` starts like ``(01)...``, the human-readable GS1 form."""
    match = _HRI_AI.match(text)
    return match is not None and match.group(1) in AI_TABLE


def parse_hri(text: str) -> tuple[dict[str, str], Message | None]:
    """Parse the parenthesised form ``(01)06417084000019(21)ABC``; spaces between are ignored."""
    text = text.strip()
    marks = [m for m in _HRI_AI.finditer(text) if m.group(1) in AI_TABLE]
    if not marks or marks[0].start() != 0:
        return {}, messages.gs1_unknown_ai(text)
    fields: dict[str, str] = {}
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        stop = following.start() if following else len(text)
        spec = AI_TABLE[mark.group(1)]
        value = text[mark.end() : stop].strip()
        error = validate_field(spec, value) or _store(fields, spec.ai, value)
        if error is not None:
            return fields, error
    return fields, None


def validate_fields(pairs: Iterable[tuple[str, str]]) -> tuple[dict[str, str], Message | None]:
    """Validate ``(ai, value)`` pairs from any source (e.g. a GS1 Digital Link URI)."""
    fields: dict[str, str] = {}
    for ai, value in pairs:
        spec = AI_TABLE.get(ai)
        if spec is None:
            return fields, messages.gs1_unknown_ai(f"({ai}){value}")
        error = validate_field(spec, value) or _store(fields, ai, value)
        if error is not None:
            return fields, error
    return fields, None


def to_hri(fields: Mapping[str, str]) -> str:
    """Return fields in the parenthesised human-readable form, ``(01)…(21)…``."""
    return "".join(f"({ai}){value}" for ai, value in fields.items())


def to_element_string(fields: Mapping[str, str], separator: str = GS) -> str:
    """Return fields as an element string, with ``separator`` after non-predefined-length AIs."""
    items = list(fields.items())
    parts: list[str] = []
    for index, (ai, value) in enumerate(items):
        parts.append(ai + value)
        if index < len(items) - 1 and ai[:2] not in _PREDEFINED:
            parts.append(separator)
    return "".join(parts)
