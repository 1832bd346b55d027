"""GS1 element strings: the application identifiers (AIs) in GS1-128, DataMatrix, QR, DataBar.

An element string is AI + data, repeated. Fixed-length AIs (00, 01, 17, ...) need no
separator; a variable-length field (10 batch, 21 serial, ...) ends at FNC1, which a scanner
sends as the ASCII GS character (29), as a configured substitute (replaced by the caller),
or not at all, in which case the field runs to the end of the data. The parenthesised
human-readable form ``(01)06417084000019(21)ABC`` is accepted as well.

The table of AIs is GS1's own: the GS1 Barcode Syntax Dictionary (github.com/gs1/
gs1-syntax-dictionary, Apache-2.0), kept verbatim in ``data/gs1-syntax-dictionary.txt`` and
read the first time an AI is looked up. To update it, copy the new release's file over it and
change :data:`DICTIONARY_RELEASE`; the tests cross-check the parser against biip.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pycountry

from returns_app.i18n import Message
from returns_app.scanning import messages
from returns_app.scanning.checkdigits import gs1_check_digit

GS = "\x1d"

DICTIONARY_RELEASE = "2026-01-27"  # gs1-syntax-dictionary CHANGES; commit ff2eb4b (2026-07-27)
DICTIONARY_FILE = Path(__file__).with_name("data") / "gs1-syntax-dictionary.txt"

# GS1 character set 82 (figure 7.11-1): what an "X" field may contain.
CSET82 = frozenset(
    "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
)
# Set 39 ("Y" fields) and the URL-safe base64 alphabet ("Z" fields).
CSET39 = frozenset("#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
CSET64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=")
_CHARSETS = {"X": CSET82, "Y": CSET39, "Z": CSET64}


@dataclass(frozen=True)
class Component:
    """One part of an AI's data: ``N6,yymmd0`` is six digits that are a date.

    Attributes:
        charset: ``N`` digits, ``X`` set 82, ``Y`` set 39, ``Z`` base64url.
        min_length, max_length: its length (equal when fixed).
        optional: may be left out at the end of the data.
        linters: GS1's names of the content checks (``csum``, ``yymmd0``, ``iso3166``, …).
    """

    charset: str
    min_length: int
    max_length: int
    optional: bool = False
    linters: tuple[str, ...] = ()

    @property
    def fixed(self) -> bool:
        return self.min_length == self.max_length


@dataclass(frozen=True)
class AISpec:
    """The format of one application identifier, from GS1's syntax dictionary.

    Attributes:
        ai: the identifier, 2 to 4 digits.
        title: GS1 data title (for support output; people see the value).
        components: the parts of its data, in order.
        predefined: a predefined-length AI, never followed by FNC1 (the dictionary's ``*``).
    """

    ai: str
    title: str
    components: tuple[Component, ...]
    predefined: bool = False

    @property
    def min_length(self) -> int:
        return sum(c.min_length for c in self.components if not c.optional)

    @property
    def max_length(self) -> int:
        return sum(c.max_length for c in self.components)

    @property
    def fixed(self) -> bool:
        return all(c.fixed and not c.optional for c in self.components)

    @property
    def numeric(self) -> bool:
        return all(c.charset == "N" for c in self.components)


_COMPONENT = re.compile(r"(\[)?([NXYZ])(\d+|\.\.\d+)(\])?((?:,\w+)*)")
_FLAGS = re.compile(r"[*?!\"$%&'()+,\-./:;<=>@\\^_`{|}~]+")


def _component(token: str) -> Component | None:
    match = _COMPONENT.fullmatch(token)
    if match is None:
        return None
    opening, charset, length, closing, linters = match.groups()
    if length.startswith(".."):
        low, high = 1, int(length[2:])
    else:
        low = high = int(length)
    return Component(
        charset, low, high, bool(opening and closing), tuple(filter(None, linters.split(",")))
    )


def parse_dictionary(text: str) -> dict[str, AISpec]:
    """Read GS1's syntax dictionary: ``AIs [flags] components [attributes] [# title]``.

    A line may name a range (``3100-3105``, ``91-99``); every AI in it shares the entry.
    """
    table: dict[str, AISpec] = {}
    for line in text.splitlines():
        body, _, title = line.partition("#")
        tokens = body.split()
        if not tokens or not tokens[0][0].isdigit():
            continue
        first, _, last = tokens[0].partition("-")
        rest = tokens[1:]
        flags = rest.pop(0) if rest and _FLAGS.fullmatch(rest[0]) else ""
        components: list[Component] = []
        while rest and (component := _component(rest[0])) is not None:
            components.append(component)
            rest.pop(0)
        for number in range(int(first), int(last or first) + 1):
            ai = str(number).zfill(len(first))
            table[ai] = AISpec(ai, title.strip(), tuple(components), "*" in flags)
    return table


@functools.cache
def ai_table() -> Mapping[str, AISpec]:
    """Every AI GS1 defines, read from the dictionary once, when first needed (not at
    import: the command line starts without it)."""
    return parse_dictionary(DICTIONARY_FILE.read_text(encoding="utf-8"))


def __getattr__(name: str) -> object:
    if name == "AI_TABLE":  # the table as a module constant, built on first use
        return ai_table()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def lookup_ai(data: str, pos: int = 0) -> AISpec | None:
    """Return the AI that starts ``data`` at ``pos`` (the AI set is prefix-free)."""
    for size in (2, 3, 4):
        spec = ai_table().get(data[pos : pos + size])
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


def _valid_full_date(value: str) -> bool:
    year, month, day = int(value[0:4]), int(value[4:6]), int(value[6:8])
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(max(year, 1), month)[1]


def _valid_time(value: str) -> bool:
    parts = [int(value[i : i + 2]) for i in range(0, len(value), 2)]
    limits = (24, 60, 60)
    return all(p < limit for p, limit in zip(parts, limits, strict=False))


@functools.cache
def _numeric_countries() -> frozenset[str]:
    return frozenset(c.numeric for c in pycountry.countries)


@functools.cache
def _alpha2_countries() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


@functools.cache
def _numeric_currencies() -> frozenset[str]:
    return frozenset(c.numeric for c in pycountry.currencies)


def _iban_ok(value: str) -> bool:
    from stdnum import iban

    return iban.is_valid(value)


# GS1's content checks ("linters") this parser applies; the others (company-prefix position,
# coupon structure, percent-encoding…) are not needed to tell a misread and are skipped.
_LINTERS: dict[str, Callable[[str], bool]] = {
    "yymmd0": lambda v: _valid_date(v, day_zero=True),
    "yymmdd": lambda v: _valid_date(v, day_zero=False),
    "yyyymmdd": lambda v: _valid_full_date(v),
    "hhmi": lambda v: _valid_time(v),
    "hh": lambda v: int(v) < 24,
    "mi": lambda v: int(v) < 60,
    "ss": lambda v: int(v) < 60,
    "iso3166": lambda v: v in _numeric_countries(),
    "iso3166999": lambda v: v == "999" or v in _numeric_countries(),
    "iso3166alpha2": lambda v: v in _alpha2_countries(),
    "iso4217": lambda v: v in _numeric_currencies(),
    "iban": _iban_ok,
    "yesno": lambda v: v in ("0", "1"),
    "zero": lambda v: v == "0",
    "nonzero": lambda v: int(v) != 0,
    "nozeroprefix": lambda v: v == "0" or not v.startswith("0"),
    "hasnondigit": lambda v: not v.isdigit(),
    "hyphen": lambda v: v == "-",
    "winding": lambda v: v in ("0", "1", "9"),
    "iso5218": lambda v: v in ("0", "1", "2", "9"),
    "pieceoftotal": lambda v: 0 < int(v[:2]) <= int(v[2:]),
}
_DATE_LINTERS = frozenset({"yymmd0", "yymmdd", "yyyymmdd"})
_TIME_LINTERS = frozenset({"hhmi", "hh", "mi", "ss"})


def _split(spec: AISpec, value: str) -> list[tuple[Component, str]] | None:
    """The data cut into its components; None when it cannot be (too short for one)."""
    parts: list[tuple[Component, str]] = []
    pos = 0
    for component in spec.components:
        if pos >= len(value) and component.optional:
            break
        take = len(value) - pos if not component.fixed else component.max_length
        piece = value[pos : pos + take]
        if len(piece) < component.min_length:
            return None
        parts.append((component, piece))
        pos += len(piece)
    return parts


def _check_component(ai: str, component: Component, piece: str, value: str) -> Message | None:
    if component.charset == "N":
        if not (piece.isascii() and piece.isdigit()):
            return messages.gs1_not_digits(ai, value)
    else:
        allowed = _CHARSETS[component.charset]
        for char in piece:
            if char not in allowed:
                return messages.gs1_bad_character(ai, char)
    for linter in component.linters:
        if linter == "csum":
            expected = gs1_check_digit(piece[:-1])
            if expected != ord(piece[-1]) - 48:
                return messages.gs1_check_digit(ai, expected, piece[-1])
            continue
        check = _LINTERS.get(linter)
        if check is None or check(piece):
            continue
        if linter in _DATE_LINTERS:
            return messages.gs1_bad_date(ai, value)
        if linter in _TIME_LINTERS:
            return messages.gs1_bad_time(ai, value)
        return messages.gs1_bad_value(ai, value)
    return None


@functools.cache
def _allowed(spec: AISpec) -> frozenset[str]:
    chars = set(CSET82)
    for component in spec.components:
        chars |= _CHARSETS.get(component.charset, frozenset())
    return frozenset(chars)


def validate_field(spec: AISpec, value: str) -> Message | None:
    """Return why ``value`` is not valid data for ``spec`` (None when it is)."""
    ai = spec.ai
    if not value:
        return messages.gs1_too_short(ai, spec.min_length, value)
    allowed = _allowed(spec)
    for char in value:
        if char not in allowed:
            return messages.gs1_bad_character(ai, char)
    if spec.fixed and len(value) != spec.max_length:
        return messages.gs1_fixed_length(ai, spec.max_length, value)
    if len(value) < spec.min_length:
        return messages.gs1_too_short(ai, spec.min_length, value)
    if len(value) > spec.max_length:
        return messages.gs1_too_long(ai, spec.max_length, value)
    parts = _split(spec, value)
    if parts is None:
        return messages.gs1_too_short(ai, spec.min_length, value)
    for component, piece in parts:
        error = _check_component(ai, component, piece, value)
        if error is not None:
            return error
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
    return match is not None and match.group(1) in ai_table()


def parse_hri(text: str) -> tuple[dict[str, str], Message | None]:
    """Parse the parenthesised form ``(01)06417084000019(21)ABC``; spaces between are ignored."""
    text = text.strip()
    marks = [m for m in _HRI_AI.finditer(text) if m.group(1) in ai_table()]
    if not marks or marks[0].start() != 0:
        return {}, messages.gs1_unknown_ai(text)
    fields: dict[str, str] = {}
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        stop = following.start() if following else len(text)
        spec = ai_table()[mark.group(1)]
        value = text[mark.end() : stop].strip()
        error = validate_field(spec, value) or _store(fields, spec.ai, value)
        if error is not None:
            return fields, error
    return fields, None


def validate_fields(pairs: Iterable[tuple[str, str]]) -> tuple[dict[str, str], Message | None]:
    """Validate ``(ai, value)`` pairs from any source (e.g. a GS1 Digital Link URI)."""
    fields: dict[str, str] = {}
    for ai, value in pairs:
        spec = ai_table().get(ai)
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
        spec = ai_table().get(ai)
        if index < len(items) - 1 and not (spec is not None and spec.predefined):
            parts.append(separator)
    return "".join(parts)
