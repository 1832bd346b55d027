"""Reading values as spreadsheets and web shops write them, strictly about meaning.

Amounts may use a decimal comma (``12,50``) or point and spaces between thousands; dates
are ISO 8601 (with or without an offset; without one, Helsinki time) or Finnish
(``31.1.2026 klo 14.05``). What cannot be read without guessing (``1,234``, ``5/6/2026``)
is a :class:`CellError` naming the column.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from returns_app.domain.calendar import HELSINKI
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.services.importing.common import CellError, control_problem, missing

CENT = Decimal("0.01")


def _m(text: str, **params: object) -> Message:
    return Message("import", text, params)


_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_THOUSANDS = " \u00a0\u202f\u2009'"


_PLAIN = re.compile(r"\d{1,12}(?:[.,]\d{1,2})?")

# Longer than any amount, rate or quantity a shop writes (tax amounts with many decimals
# included); bounding the text keeps decimal arithmetic exact and fast.
MAX_NUMBER_LENGTH = 40
# The largest amount the money columns hold (NUMERIC(12, 2)).
MAX_AMOUNT = Decimal("9999999999.99")
# More units than one order line of a web shop ever has; well inside a 32-bit column.
MAX_QUANTITY = 100_000


def _number(text: str) -> Decimal | None:
    """Read ``12,50``, ``12.50``, ``1 234,50``, ``1.234,50`` or ``1,234.50``; None if not."""
    if _PLAIN.fullmatch(text):  # the common case, quickly
        return Decimal(text.replace(",", "."))
    if len(text) > MAX_NUMBER_LENGTH * 2:
        return None
    t = text.strip().replace("\u2212", "-").replace("€", "")
    if t.upper().endswith("EUR"):
        t = t[:-3]
    t = t.strip().rstrip("%").strip()
    for ch in _THOUSANDS:
        t = t.replace(ch, "")
    if "," in t and "." in t:
        if t.rfind(",") > t.rfind("."):
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", "")
    elif "," in t:
        if t.count(",") > 1:
            return None
        t = t.replace(",", ".")
    if len(t) > MAX_NUMBER_LENGTH or not _NUMBER.fullmatch(t):
        return None
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


# Amounts written plainly (``12.90``, ``5,9``) as read before: a file repeats its prices,
# shipping fees and zeros on every order, and reading one is most of a cell's cost.
_PLAIN_AMOUNTS: dict[str, Decimal] = {}
_PLAIN_AMOUNTS_KEPT = 4096


def money(text: str, column: str, *, default: Decimal | None = None) -> Decimal:
    """An amount of euros, not negative, in whole cents.

    Raises:
        CellError: empty without a default, not a number, negative, or fractions of a cent.
    """
    try:
        return _PLAIN_AMOUNTS[text]
    except KeyError:
        pass
    if _PLAIN.fullmatch(text):
        value = Decimal(text.replace(",", ".")).quantize(CENT)
        if value <= MAX_AMOUNT:
            if len(_PLAIN_AMOUNTS) >= _PLAIN_AMOUNTS_KEPT:
                _PLAIN_AMOUNTS.clear()
            _PLAIN_AMOUNTS[text] = value
            return value
    if not text.strip():
        if default is None:
            raise CellError(column, missing())
        return default
    value = _number(text)
    if value is None:
        raise CellError(
            column,
            _m(
                QT_TRANSLATE_NOOP(
                    "import", "“{value}” is not an amount. Write it like 12,50 or 12.50."
                ),
                value=text,
            ),
        )
    if value < 0:
        raise CellError(
            column,
            _m(QT_TRANSLATE_NOOP("import", "The amount {value} is negative."), value=text),
        )
    if value > MAX_AMOUNT:
        raise CellError(column, _too_big(text))
    if value != value.quantize(CENT):
        raise CellError(
            column,
            _m(
                QT_TRANSLATE_NOOP(
                    "import", "The amount “{value}” has fractions of a cent; give euros and cents."
                ),
                value=text,
            ),
        )
    return value.quantize(CENT)


def _too_big(text: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "import", "The amount {value} is too large: at most 9 999 999 999,99 is kept."
        ),
        value=text,
    )


def number(text: str, column: str, *, default: Decimal | None = None) -> Decimal:
    """A non-negative decimal number of any precision (shop exports' tax amounts)."""
    if not text.strip():
        if default is None:
            raise CellError(column, missing())
        return default
    value = _number(text)
    if value is None or value < 0:
        raise CellError(
            column,
            _m(QT_TRANSLATE_NOOP("import", "“{value}” is not a number."), value=text),
        )
    if value > MAX_AMOUNT:
        raise CellError(column, _too_big(text))
    return value


def rate(text: str, column: str) -> Decimal | None:
    """A VAT rate in percent (``25,5``, ``25.5 %``, ``14``), or None when empty."""
    if not text.strip():
        return None
    value = _number(text)
    if value is None or not 0 <= value < 100 or value != value.quantize(CENT):
        raise CellError(
            column,
            _m(
                QT_TRANSLATE_NOOP(
                    "import", "“{value}” is not a VAT rate. Write it in percent, like 25,5 or 14."
                ),
                value=text,
            ),
        )
    if 0 < value < 1:
        raise CellError(
            column,
            _m(
                QT_TRANSLATE_NOOP(
                    "import",
                    "“{value}” looks like a fraction; write the VAT rate in percent, like 25,5.",
                ),
                value=text,
            ),
        )
    return value.quantize(CENT)


def quantity(text: str, column: str) -> int:
    """A whole number of units, at least 1 and at most :data:`MAX_QUANTITY`."""
    value = _number(text) if text.strip() else None
    if value is None or value != value.to_integral_value() or value < 1:
        raise CellError(
            column,
            _m(
                QT_TRANSLATE_NOOP(
                    "import", "“{value}” is not a quantity: give a whole number of 1 or more."
                ),
                value=text,
            ),
        )
    if value > MAX_QUANTITY:
        raise CellError(
            column,
            _m(
                QT_TRANSLATE_NOOP(
                    "import",
                    "The quantity {value} is too large for one order line (at most {limit}).",
                ),
                value=text,
                limit=MAX_QUANTITY,
            ),
        )
    return int(value)


_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)
_FINNISH = re.compile(
    r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(?:klo\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
)


def _bad_date(column: str, text: str) -> CellError:
    return CellError(
        column,
        _m(
            QT_TRANSLATE_NOOP(
                "import",
                "“{value}” is not a date. Write it as 2026-01-31, 2026-01-31 14:05 or 31.1.2026.",
            ),
            value=text,
        ),
    )


# Orders, deliveries and notices of a web shop: anything outside is a placeholder ("0001-01-01",
# "9999-12-31") or a typing error, and would overflow date arithmetic at the edges.
YEARS = (1970, 2199)
# Real UTC offsets run from -12:00 to +14:00.
MAX_OFFSET_MINUTES = 14 * 60


def _offset(column: str, text: str, offset: str) -> timezone:
    try:
        return _OFFSETS[offset]
    except KeyError:
        pass
    if offset == "Z":
        return UTC
    digits = offset[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    total = hours * 60 + minutes
    if minutes >= 60 or total > MAX_OFFSET_MINUTES:
        raise CellError(
            column,
            _m(
                QT_TRANSLATE_NOOP(
                    "import",
                    "“{value}” has the time zone offset {offset}, which no place has: give "
                    "one between -12:00 and +14:00, like +02:00.",
                ),
                value=text,
                offset=offset,
            ),
        )
    zone = timezone(timedelta(minutes=-total if offset[0] == "-" else total))
    if len(_OFFSETS) < 1000:
        _OFFSETS[offset] = zone
    return zone


_OFFSETS: dict[str, timezone] = {}  # the offsets read so far (valid ones only)


def timestamp(text: str, column: str) -> datetime:
    """A moment: ISO 8601 (with or without an offset) or Finnish ``31.1.2026 14.05``.

    A time without an offset is Helsinki time; a date alone is midnight in Helsinki. The
    result is aware UTC. The year must be within :data:`YEARS`.
    """
    t = text.strip()
    offset = None
    if m := _ISO.fullmatch(t):
        y, mo, d, hh, mm, ss, offset = m.groups()
    elif m := _FINNISH.fullmatch(t):
        d, mo, y, hh, mm, ss = m.groups()
    else:
        raise _bad_date(column, text)
    try:
        naive = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        raise _bad_date(column, text) from None
    if not YEARS[0] <= naive.year <= YEARS[1]:
        raise CellError(
            column,
            _m(
                QT_TRANSLATE_NOOP(
                    "import",
                    "“{value}” is not a plausible date: the year must be between {first} and "
                    "{last}.",
                ),
                value=text,
                first=YEARS[0],
                last=YEARS[1],
            ),
        )
    zone = HELSINKI if offset is None else _offset(column, text, offset)
    return naive.replace(tzinfo=zone).astimezone(UTC)


def day(text: str, column: str) -> date | None:
    """A calendar day (a timestamp gives its Helsinki day), or None when empty."""
    t = text.strip()
    if not t:
        return None
    return timestamp(t, column).astimezone(HELSINKI).date()


_TRUE = {"1", "yes", "y", "true", "kyllä", "k", "x", "ja"}
_FALSE = {"0", "no", "n", "false", "ei", "e", "nej"}


def yes_no(text: str, column: str, default: bool) -> bool:
    """``yes``/``no`` (also 1/0, true/false, kyllä/ei); ``default`` when empty."""
    t = text.strip().lower()
    if not t:
        return default
    if t in _TRUE:
        return True
    if t in _FALSE:
        return False
    raise CellError(
        column,
        _m(QT_TRANSLATE_NOOP("import", "“{value}” is not yes or no."), value=text),
    )


_COUNTRY_NAMES = {
    "finland": "FI",
    "suomi": "FI",
    "sweden": "SE",
    "ruotsi": "SE",
    "sverige": "SE",
    "estonia": "EE",
    "viro": "EE",
    "eesti": "EE",
    "norway": "NO",
    "norja": "NO",
    "norge": "NO",
    "denmark": "DK",
    "tanska": "DK",
    "danmark": "DK",
    "germany": "DE",
    "saksa": "DE",
    "deutschland": "DE",
    "åland islands": "AX",
    "aland islands": "AX",
    "ahvenanmaa": "AX",
    "åland": "AX",
}


def country(text: str, column: str, default: str = "FI") -> str:
    """An ISO 3166 two-letter code (also a few country names in English and Finnish)."""
    t = text.strip()
    if not t:
        return default
    if len(t) == 2 and t.isalpha() and t.isascii():
        return t.upper()
    found = _COUNTRY_NAMES.get(t.lower())
    if found:
        return found
    raise CellError(
        column,
        _m(
            QT_TRANSLATE_NOOP(
                "import", "“{value}” is not a country; give its two-letter code, like FI or SE."
            ),
            value=text,
        ),
    )


def gtin(text: str, column: str) -> str | None:
    """A GTIN-8/12/13/14 with a correct check digit, as 14 digits; None when empty."""
    from returns_app.scanning.checkdigits import normalise_gtin
    from returns_app.scanning.result import ScanError

    t = text.strip()
    if not t:
        return None
    if t.startswith("'"):  # spreadsheets keep leading zeros this way
        t = t[1:]
    try:
        return normalise_gtin(t)
    except ScanError as exc:
        raise CellError(column, exc.message) from None


def text_field(
    value: str, column: str, limit: int, *, required: bool = False, cut: bool = False
) -> str:
    """A text of at most ``limit`` characters; ``cut`` shortens descriptive texts instead of
    refusing them (names, delivery methods), identifiers are never cut.

    Runs of white space become one space, and the text is stored composed (NFC), so "ä"
    typed as "a" and a combining diaeresis is found as "ä". Control characters are refused.
    """
    v = " ".join(value.split())
    # Printable ASCII (the common case) has no control character and is composed already.
    if not (v.isascii() and v.isprintable()):
        if problem := control_problem(v):
            raise CellError(column, problem)
        v = unicodedata.normalize("NFC", v)
    if required and not v:
        raise CellError(column, missing())
    if len(v) > limit:
        if cut:
            return v[: limit - 1] + "…"
        raise CellError(
            column,
            _m(
                QT_TRANSLATE_NOOP("import", "“{value}” is longer than {limit} characters."),
                value=v[:40] + "…",
                limit=limit,
            ),
        )
    return v


def email(text: str, column: str) -> str | None:
    """An e-mail address (lower case), or None when empty."""
    t = text.strip().lower()
    if not t:
        return None
    if problem := control_problem(t):
        raise CellError(column, problem)
    t = unicodedata.normalize("NFC", t)
    if "@" not in t or " " in t or len(t) > 200:
        raise CellError(
            column,
            _m(QT_TRANSLATE_NOOP("import", "“{value}” is not an e-mail address."), value=text),
        )
    return t


def language_for(country_code: str) -> str:
    """The language of a customer's documents when the file does not say: Finnish in Finland."""
    return "fi" if country_code in ("FI", "") else "en"


def phone_text(text: str) -> str:
    """A phone number as the shop wrote it, without the apostrophe a spreadsheet puts before
    ``+358...`` to keep it text (``'+358 40 123 4567`` → ``+358 40 123 4567``)."""
    return text.strip().lstrip("'\u2019").strip()
