"""Codes inside links and texts, as QR codes carry them.

A GS1 Digital Link (``https://id.example.com/01/06417084000019/21/ABC?17=251231``) gives GS1
fields directly. Any other link or text is searched for tokens that are codes on their own
(a tracking link ``...?code=JJ473124829FI``, "Palautuskoodi R000 0012 348").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qsl, unquote, urlsplit

from returns_app.i18n import Message
from returns_app.scanning.gs1 import ai_table, validate_fields

_URL = re.compile(r"(?i)(?:https?://|www\.)\S+")

# Primary-key AIs a Digital Link path starts with (GS1 Digital Link standard, section 4).
_PRIMARY_KEYS = frozenset({"00", "01", "253", "255", "402", "414", "417", "8003", "8017", "8018"})

_SPACED_RETURN_CODE = re.compile(r"(?:(?<![A-Za-z0-9])[Rr]|(?<=[a-z])R)(?: ?\d){4,20}(?!\d)")
_TOKEN = re.compile(r"[A-Za-z0-9]+")
# Where a code may start inside a token whose separator was lost, e.g. "codeJJ473124829FI".
_BOUNDARY = re.compile(r"(?<=[a-z])[A-Z0-9]")


def is_url(text: str) -> bool:
    """Tell whether the whole of ``text`` is a web link."""
    return _URL.fullmatch(text) is not None


def parse_digital_link(url: str) -> tuple[dict[str, str], Message | None] | None:
    """Return ``(fields, error)`` from a GS1 Digital Link URI; None if ``url`` is not one."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    for index, segment in enumerate(segments):
        rest = segments[index:]
        if segment not in _PRIMARY_KEYS or len(rest) % 2 or not rest[1][:8].isdigit():
            continue
        pairs = list(zip(rest[0::2], rest[1::2], strict=True))
        if not all(ai in ai_table() for ai, _ in pairs):
            continue
        # A Digital Link may carry a GTIN-8/12/13 as such; the element string form is 14.
        pairs = [
            (ai, value.zfill(14) if ai in ("01", "02") and len(value) < 14 else value)
            for ai, value in pairs
        ]
        pairs += [(k, v) for k, v in parse_qsl(parts.query) if k.isdigit() and k in ai_table()]
        return validate_fields(pairs)
    return None


def query_values(url: str) -> list[str]:
    """Return the values of the query parameters of ``url`` (where order numbers may be)."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    return [value.strip() for _, value in parse_qsl(parts.query) if value.strip()]


def candidates(text: str) -> Iterator[str]:
    """Yield the pieces of ``text`` that could be a code on their own, in reading order."""
    for match in _SPACED_RETURN_CODE.finditer(text):
        yield match.group(0)
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        yield token
        for boundary in _BOUNDARY.finditer(token):
            yield token[boundary.start() :]
