"""Tell what a scanned code is: :func:`classify` turns raw scanner text into a :class:`ScanResult`.

Order of reasoning: strip an AIM symbology identifier (it can settle the kind: GS1-128,
EAN-13, ...); a link is read as a GS1 Digital Link or searched for a code; anything else is
tried against each kind in the configured precedence. If nothing valid comes out, readings
that undo a keyboard-layout mismatch are tried, and a warning tells the clerk to fix the
scanner. Check digits are verified, never corrected.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import NamedTuple

from returns_app.i18n import Message
from returns_app.scanning import embedded, layout, messages
from returns_app.scanning.checkdigits import GTIN_LENGTHS, gs1_check_digit
from returns_app.scanning.config import DEFAULT_CONFIG, ScanConfig
from returns_app.scanning.gs1 import GS, looks_like_hri, parse_element_string, parse_hri, to_hri
from returns_app.scanning.result import Kind, ScanResult
from returns_app.scanning.return_code import ITEM_SEPARATOR, check_return_code
from returns_app.scanning.symbology import EAN_SYMBOLOGIES, GS1_SYMBOLOGIES, strip_aim
from returns_app.scanning.tracking import check_s10, match_carriers


class _Claim(NamedTuple):
    """A kind's reading of a text. ``verified``: validity rests on a check digit or on the
    shop's own pattern, not merely on a carrier format nobody publishes."""

    result: ScanResult
    verified: bool = True


_Matcher = Callable[[str, ScanConfig], "_Claim | list[_Claim] | None"]


def _digits(text: str) -> str | None:
    compact = "".join(text.split()) if " " in text else text
    return compact if compact.isascii() and compact.isdigit() else None


def _check_digit_claim(kind: Kind, digits: str, ai: str) -> _Claim:
    expected = gs1_check_digit(digits[:-1])
    if expected != ord(digits[-1]) - 48:
        error = messages.check_digit_mismatch(expected, digits[-1])
        return _Claim(ScanResult(False, kind, digits, {}, error))
    value = digits.zfill(14) if kind == Kind.GTIN else digits
    return _Claim(ScanResult(True, kind, value, {ai: value}))


_ITEM_TAG = re.compile(rf"(?i)(R\d+){ITEM_SEPARATOR}(\d{{1,4}})")


def _match_return_code(text: str, config: ScanConfig) -> _Claim | None:
    if text[:1] not in ("R", "r"):
        return None
    fields: dict[str, str] = {}
    if _digits(text[1:]) is None:
        tag = _ITEM_TAG.fullmatch(text)
        if tag is None:
            return None
        text, fields = tag.group(1), {"line": str(int(tag.group(2)))}
    low, high = config.return_code_digits
    code, error = check_return_code(text, low, high)
    return _Claim(ScanResult(error is None, Kind.RETURN_CODE, code, fields, error))


def _match_s10(text: str, config: ScanConfig) -> _Claim | None:
    found = check_s10(text)
    if found is None:
        return None
    code, fields, error = found
    return _Claim(ScanResult(error is None, Kind.TRACKING_S10, code, fields, error))


def _match_gtin(text: str, config: ScanConfig) -> _Claim | None:
    digits = _digits(text)
    if digits is None or len(digits) not in GTIN_LENGTHS:
        return None
    return _check_digit_claim(Kind.GTIN, digits, "01")


def _match_sscc(text: str, config: ScanConfig) -> _Claim | None:
    digits = _digits(text)
    if digits is None or len(digits) != 18:
        return None
    return _check_digit_claim(Kind.SSCC, digits, "00")


def gs1_result(fields: dict[str, str], error: Message | None, text: str) -> ScanResult:
    """Build the result for parsed GS1 fields: an SSCC or GTIN alone keeps its own kind."""
    if error is not None:
        return ScanResult(False, Kind.GS1, text.replace(GS, "<GS>"), fields, error)
    if list(fields) == ["00"]:
        return ScanResult(True, Kind.SSCC, fields["00"], fields)
    if list(fields) == ["01"]:
        return ScanResult(True, Kind.GTIN, fields["01"], fields)
    return ScanResult(True, Kind.GS1, to_hri(fields), fields)


def _match_gs1(text: str, config: ScanConfig, explicit: bool = False) -> _Claim | None:
    data = text.replace(config.gs_substitute, GS) if config.gs_substitute else text
    if looks_like_hri(data):
        return _Claim(gs1_result(*parse_hri(data), data))
    # Without a GS1 symbology identifier or a separator, only read data that starts with
    # the usual first AI (SSCC, GTIN, CONTENT); otherwise any number would "parse".
    if not (explicit or GS in data or (data[:2] in ("00", "01", "02") and len(data) >= 16)):
        return None
    return _Claim(gs1_result(*parse_element_string(data), data))


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _match_order_number(text: str, config: ScanConfig) -> _Claim | None:
    for pattern in config.order_number_patterns:
        match = _compiled(pattern).fullmatch(text)
        if match is not None:
            value = match.group("number") if "number" in match.re.groupindex else text
            return _Claim(ScanResult(True, Kind.ORDER_NUMBER, value))
    return None


def _match_tracking(text: str, config: ScanConfig) -> list[_Claim]:
    claims = []
    for found in match_carriers(text, config.carriers):
        result = ScanResult(
            found.error is None, Kind.TRACKING, found.value, found.fields, found.error
        )
        claims.append(_Claim(result, found.verified))
    return claims


_MATCHERS: dict[str, _Matcher] = {
    Kind.RETURN_CODE: _match_return_code,
    Kind.TRACKING_S10: _match_s10,
    Kind.GTIN: _match_gtin,
    Kind.SSCC: _match_sscc,
    Kind.GS1: _match_gs1,
    Kind.ORDER_NUMBER: _match_order_number,
    Kind.TRACKING: _match_tracking,
}


def _claims(text: str, config: ScanConfig) -> list[_Claim]:
    out: list[_Claim] = []
    for kind in config.precedence:
        found = _MATCHERS[kind](text, config)
        if isinstance(found, list):
            out += found
        elif found is not None:
            out.append(found)
    return out


def _by_precedence(text: str, config: ScanConfig) -> ScanResult | None:
    """The first valid reading in precedence order, else the first kind's error, else None.

    A reading resting only on an unpublished carrier format does not override an earlier
    kind's check-digit error (a mistyped GTIN-12 must not become a GLS number). The other
    valid readings travel along as ``alternatives``: the desk looks a code up as every kind
    it can be (a 10-digit number may be a DHL waybill and a shop's order number).
    """
    first_error: ScanResult | None = None
    chosen: ScanResult | None = None
    others: list[ScanResult] = []
    for claim in _claims(text, config):
        if claim.result.valid:
            if chosen is None and (claim.verified or first_error is None):
                chosen = claim.result
            elif not any(_same(claim.result, other) for other in (chosen, *others)):
                others.append(claim.result)
        elif chosen is None and (first_error is None or first_error.kind == Kind.GS1):
            # Unmarked GS1 data is a guess from its first digits (a DPD barcode for a
            # Helsinki postcode starts 00 too): another kind's error says more.
            first_error = claim.result
    if chosen is None:
        return first_error
    return replace(chosen, alternatives=tuple(others)) if others else chosen


def _same(result: ScanResult, other: ScanResult | None) -> bool:
    return other is not None and (result.kind, result.value, result.fields.get("carrier")) == (
        other.kind,
        other.value,
        other.fields.get("carrier"),
    )


@functools.lru_cache(maxsize=16)
def _without_order_numbers(config: ScanConfig) -> ScanConfig:
    # Inside a text, a bare number is too often a phone number or a date to be an order.
    kinds = tuple(k for k in config.precedence if k != Kind.ORDER_NUMBER)
    return replace(config, precedence=kinds)


def _search(
    pieces: Iterable[str], config: ScanConfig, source: tuple[str, str]
) -> ScanResult | None:
    """Return the best valid code among ``pieces`` (by precedence, then position)."""
    rank = {kind: index for index, kind in enumerate(config.precedence)}
    best: ScanResult | None = None
    for piece in pieces:
        result = _by_precedence(piece, config)
        if result is not None and result.valid:
            if best is None or rank[result.kind] < rank[best.kind]:
                best = result
    if best is None:
        return None
    return replace(best, fields={**best.fields, source[0]: source[1]})


def _classify_url(url: str, config: ScanConfig) -> ScanResult:
    link = embedded.parse_digital_link(url)
    if link is not None:
        result = gs1_result(*link, url)
        return replace(result, fields={**result.fields, "url": url})
    if config.search_inside:
        found = _search(embedded.query_values(url), config, ("url", url)) or _search(
            embedded.candidates(url), _without_order_numbers(config), ("url", url)
        )
        if found is not None:
            return found
    return ScanResult(False, Kind.URL, url, {}, messages.url_without_code(url))


def _classify_text(text: str, config: ScanConfig) -> ScanResult:
    symbology, data = strip_aim(text)
    if symbology:
        data = data.strip()
    result: ScanResult | None
    if not data:
        result = ScanResult(False, Kind.UNKNOWN, "", {}, messages.nothing_scanned())
    elif symbology in GS1_SYMBOLOGIES:
        claim = _match_gs1(data, config, explicit=True)
        result = claim.result if claim else None
    elif symbology in EAN_SYMBOLOGIES:
        claim = _match_gtin(data, config)
        result = claim.result if claim else None
    elif embedded.is_url(data):
        result = _classify_url(data, config)
    else:
        result = _by_precedence(data, config)
        if result is None and config.search_inside and any(c.isspace() for c in data):
            result = _search(
                embedded.candidates(data), _without_order_numbers(config), ("text", data)
            )
    if result is None:
        result = ScanResult(False, Kind.UNKNOWN, data, {}, messages.unknown_format(data))
    return replace(result, symbology=symbology) if symbology else result


MAX_SCAN_LENGTH = 200  # longer than any code a parcel or an item carries (GS1 QR links fit)


# Full-width forms (an East Asian input method, some keyboard wedges) as the ASCII they are.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def clean_input(raw: str) -> str:
    """What a scanner or a person meant: full-width characters as plain ASCII, control
    characters dropped except GS (FNC1), spaces trimmed. Nothing raw (a NUL, say) ever
    reaches a query or the database. (Not NFKC: a dead key's lone "¨" must stay itself for
    the keyboard-layout check.)"""
    text = raw.translate(_FULL_WIDTH)
    text = "".join(
        ch for ch in text if ch == GS or ch in " \t" or unicodedata.category(ch)[0] != "C"
    )
    return text.strip(" \t")


def classify(raw: str, config: ScanConfig | None = None) -> ScanResult:
    """Tell what the scanned or typed text ``raw`` is; never raises for bad input.

    Args:
        raw: the characters the scanner sent, terminator (Enter/Tab) removed or not.
        config: the shop's settings; defaults to :data:`DEFAULT_CONFIG`.
    """
    config = config or DEFAULT_CONFIG
    if len(raw) > MAX_SCAN_LENGTH * 4:  # not even worth cleaning: no label carries that
        return ScanResult(
            False,
            Kind.UNKNOWN,
            clean_input(raw[: MAX_SCAN_LENGTH + 1]),
            {},
            messages.too_long(MAX_SCAN_LENGTH),
            raw=raw[: MAX_SCAN_LENGTH * 4],
        )
    text = clean_input(raw)
    if not text:
        return ScanResult(False, Kind.UNKNOWN, "", {}, messages.nothing_scanned(), raw=raw)
    if len(text) > MAX_SCAN_LENGTH:
        return ScanResult(
            False,
            Kind.UNKNOWN,
            text[: MAX_SCAN_LENGTH + 1],
            {},
            messages.too_long(MAX_SCAN_LENGTH),
            raw=raw[: MAX_SCAN_LENGTH * 4],
        )
    result = _classify_text(text, config)
    if not result.valid and config.detect_layout:
        for other, warning in layout.alternatives(text):
            other_result = _classify_text(other, config)
            if other_result.valid:
                result = replace(other_result, warnings=(warning, *other_result.warnings))
                break
        else:
            if layout.looks_us_on_finnish(text):
                result = replace(result, warnings=(messages.us_layout_on_finnish(),))
    return replace(result, raw=raw)
