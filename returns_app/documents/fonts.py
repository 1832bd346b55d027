"""The embedded DejaVu fonts (ä, ö, å and € print everywhere) and text fitting helpers."""

from __future__ import annotations

import functools

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from returns_app.resources import font_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ELLIPSIS = "…"


@functools.cache
def register_fonts() -> None:
    """Register the TrueType fonts with ReportLab (once per process)."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_path("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path("DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )


def width(text: str, font: str, size: float) -> float:
    """Return the width of ``text`` in points."""
    return pdfmetrics.stringWidth(text, font, size)


def ellipsize(text: str, font: str, size: float, max_width: float) -> str:
    """Return ``text`` cut with an ellipsis so that it fits in ``max_width`` points."""
    if width(text, font, size) <= max_width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits together with the ellipsis
        mid = (lo + hi + 1) // 2
        if width(text[:mid].rstrip() + ELLIPSIS, font, size) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


def fit_size(text: str, font: str, size: float, max_width: float, min_size: float) -> float:
    """Return the largest size up to ``size`` (but not below ``min_size``) that fits."""
    text_width = width(text, font, size)
    if text_width <= max_width:
        return size
    return max(min_size, size * max_width / text_width)


def wrap(text: str, font: str, size: float, max_width: float, max_lines: int) -> list[str]:
    """Split ``text`` into lines that fit; an overflowing last line ends in an ellipsis."""
    lines = simpleSplit(text, font, size, max_width)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    kept[-1] = ellipsize(kept[-1] + " " + lines[max_lines], font, size, max_width)
    return kept
