"""Barcodes drawn as whole printer dots: python-barcode encodes, we place the bars.

A thermal printer at 203 dpi can only print whole dots, so every bar and space is a whole
number of dots (the module is 2 or 3 dots) and the symbol starts on a whole dot from the
page's left edge. python-barcode gives the module pattern (``"1101..."``); we merge runs of
dark modules into rectangles so there are no hairline seams.
"""

from __future__ import annotations

from dataclasses import dataclass

import barcode
from barcode.ean import EuropeanArticleNumber13
from reportlab.pdfgen.canvas import Canvas

from returns_app.documents.codes import check_gtin

DPI = 203
DOT_PT = 72 / DPI
"""One printer dot in PDF points."""
DOT_MM = 25.4 / DPI

BAR_INSET_DOTS = 0.25
"""How far each drawn bar stays inside its whole dots, at each edge.

A bar of ``w`` dots is drawn ``w - 0.5`` dots wide, centred on its dots. A rasteriser that
fills every pixel a shape touches (poppler's bi-level mode, which CUPS uses to drive a
thermal printer) would otherwise blacken one more pixel at an edge that falls exactly on a
pixel boundary, so a 2-dot module printed 3 dots wide and its space 1: no scanner reads
that once the printer's own dot gain comes on top. Coverage-based rasterisers still fill
the edge pixels (three quarters covered), so the bar keeps its whole dots either way.
"""


def dots(mm: float) -> int:
    """Return ``mm`` as a whole number of 203 dpi dots (rounded)."""
    return round(mm / DOT_MM)


def mm_of(n_dots: int) -> float:
    """Return ``n_dots`` printer dots in millimetres."""
    return n_dots * DOT_MM


@dataclass(frozen=True)
class Symbol:
    """An encoded barcode: its module pattern and quiet zones (in modules)."""

    symbology: str  # "code128" or "ean13"
    data: str  # what a scanner reads
    modules: str  # "1" dark, "0" light, without quiet zones
    quiet_left: int
    quiet_right: int

    @property
    def width_modules(self) -> int:
        """Return the width including both quiet zones, in modules."""
        return self.quiet_left + len(self.modules) + self.quiet_right


def code128(data: str) -> Symbol:
    """Encode ``data`` (printable ASCII) as Code 128, with 10-module quiet zones."""
    if not data or not all(32 <= ord(ch) < 127 for ch in data):
        raise ValueError(f"Code 128 data {data!r} must be non-empty printable ASCII")
    # A fresh object each time: python-barcode's Code128 keeps charset state across build().
    modules = barcode.get("code128", data).build()[0]
    return Symbol("code128", data, modules, 10, 10)


def ean13(gtin13: str) -> Symbol:
    """Encode a 13-digit GTIN as EAN-13 (quiet zones 11 left, 7 right).

    python-barcode would silently replace a wrong check digit, so it is verified here first.
    """
    if len(gtin13) != 13:
        raise ValueError(f"EAN-13 needs 13 digits, got {gtin13!r}")
    check_gtin(gtin13)
    encoder = EuropeanArticleNumber13(gtin13, no_checksum=True)
    if encoder.get_fullcode() != gtin13:  # pragma: no cover (guards a library change)
        raise ValueError(f"EAN-13 encoder changed {gtin13!r} to {encoder.get_fullcode()!r}")
    return Symbol("ean13", gtin13, encoder.build()[0], 11, 7)


def gtin_symbol(gtin: str) -> Symbol:
    """Return the barcode for a GTIN: EAN-13 when it fits in 13 digits, else Code 128."""
    gtin14 = check_gtin(gtin)
    if gtin14[0] == "0":
        return ean13(gtin14[1:])
    return code128(gtin14)


def choose_module(symbol: Symbol, available_dots: int, choices: tuple[int, ...] = (3, 2)) -> int:
    """Return the widest module (in dots) from ``choices`` that fits, quiet zones included."""
    for module in choices:
        if symbol.width_modules * module <= available_dots:
            return module
    narrowest = min(choices) * symbol.width_modules
    raise ValueError(
        f"barcode {symbol.data!r} needs {narrowest} dots ({mm_of(narrowest):.1f} mm) "
        f"but only {available_dots} dots ({mm_of(available_dots):.1f} mm) are free"
    )


def share_row(first: Symbol, second: Symbol, free_dots: int) -> int:
    """Split ``free_dots`` between two symbols side by side; return the first one's share.

    The first gets a 2-dot module, the second the widest module that fits in the rest
    (3 dots keeps an EAN-13 within its 80-200 % size range); spare dots go half to each.
    """
    first_dots = first.width_modules * 2
    second_dots = second.width_modules * choose_module(second, free_dots - first_dots)
    return first_dots + (free_dots - first_dots - second_dots) // 2


def bar_runs(symbol: Symbol, module: int, left_dot: int) -> list[tuple[int, int]]:
    """Return the dark bars as ``(x, width)`` in whole dots.

    ``left_dot`` is the left edge of the left quiet zone.
    """
    runs: list[tuple[int, int]] = []
    x = left_dot + symbol.quiet_left * module
    start = None
    for i, bit in enumerate(symbol.modules + "0"):
        if bit == "1" and start is None:
            start = i
        elif bit != "1" and start is not None:
            runs.append((x + start * module, (i - start) * module))
            start = None
    return runs


def draw_symbol(
    canvas: Canvas,
    symbol: Symbol,
    module: int,
    left_dot: int,
    bottom_pt: float,
    height_pt: float,
) -> None:
    """Draw ``symbol`` with its quiet zone starting ``left_dot`` dots from the origin's x.

    Each bar is drawn :data:`BAR_INSET_DOTS` inside its whole dots at both edges.
    """
    canvas.saveState()
    canvas.setFillGray(0)
    path = canvas.beginPath()
    inset = BAR_INSET_DOTS
    for x, width in bar_runs(symbol, module, left_dot):
        path.rect((x + inset) * DOT_PT, bottom_pt, (width - 2 * inset) * DOT_PT, height_pt)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
