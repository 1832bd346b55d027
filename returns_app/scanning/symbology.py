"""AIM symbology identifiers (ISO/IEC 15424): the ``]Cm`` prefix a scanner may send first."""

from __future__ import annotations

import re

_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")

# Symbologies whose data is a GS1 element string (FNC1 in first position).
GS1_SYMBOLOGIES = frozenset({"]C1", "]e0", "]d2", "]Q3", "]J1"})
# EAN/UPC: the data is a GTIN (]E0 EAN-13/UPC-A, ]E4 EAN-8, ]E3 EAN-13 with add-on).
EAN_SYMBOLOGIES = frozenset({"]E0", "]E4"})

NAMES = {
    "]C0": "Code 128",
    "]C1": "GS1-128",
    "]E0": "EAN-13 / UPC",
    "]E4": "EAN-8",
    "]e0": "GS1 DataBar",
    "]d1": "Data Matrix",
    "]d2": "GS1 DataMatrix",
    "]Q1": "QR Code",
    "]Q3": "GS1 QR Code",
    "]I0": "ITF",
    "]I1": "ITF",
    "]J1": "GS1 DotCode",
    "]A0": "Code 39",
}


def strip_aim(text: str) -> tuple[str | None, str]:
    """Split an AIM symbology identifier off ``text``: ``("]C1", rest)`` or ``(None, text)``."""
    if text.startswith("]") and _AIM.match(text):
        return text[:3], text[3:]
    return None, text
