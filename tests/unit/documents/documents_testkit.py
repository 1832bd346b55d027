"""Helpers for the document tests: random codes, PDF text, the Finnish caption table."""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass
from decimal import Decimal

import pypdf
from pypdf.generic import ContentStream

from returns_app.documents.barcodes import BAR_INSET_DOTS, DOT_MM, DOT_PT
from returns_app.documents.codes import gs1_check_digit
from returns_app.resources import i18n_dir


def finnish_table() -> dict[str, str]:
    """Return the Finnish captions from resources/i18n/documents_fi.tsv."""
    table = {}
    for line in (i18n_dir() / "documents_fi.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            english, finnish = line.split("\t")
            table[english] = finnish
    return table


def random_return_code(rng: random.Random) -> str:
    """Return a valid return code: R + 6 to 12 digits + GS1 check digit."""
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 12)))
    return f"R{digits}{gs1_check_digit(digits)}"


def pdf_text(pdf: bytes) -> str:
    """Return the text of every page, whitespace (including no-break spaces) normalised."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(" ".join(page.extract_text().split()) for page in reader.pages)


def flat(text: str) -> str:
    """Return ``text`` with whitespace normalised like :func:`pdf_text`."""
    return " ".join(text.split())


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    """Return each page's (width, height) in millimetres, rounded to 0.1 mm."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [
        (
            round(float(p.mediabox.width) * 25.4 / 72, 1),
            round(float(p.mediabox.height) * 25.4 / 72, 1),
        )
        for p in reader.pages
    ]


@dataclass(frozen=True)
class DrawnBarcode:
    """A barcode as drawn in a PDF: its bars in printer dots from the page's lower left."""

    bars: tuple[tuple[float, float, float, float], ...]  # x, y, width, height in dots

    @property
    def module(self) -> int:
        """Return the narrowest bar width in dots (every Code 128/EAN symbol has one)."""
        return round(min(w for _, _, w, _ in self.bars))

    @property
    def left(self) -> float:
        return self.bars[0][0]

    @property
    def right(self) -> float:
        return self.bars[-1][0] + self.bars[-1][2]

    @property
    def height_mm(self) -> float:
        return self.bars[0][3] * DOT_MM

    def modules(self) -> str:
        """Return the module pattern the bars draw ("1" dark, "0" light)."""
        pattern, cursor = "", self.left
        for x, _, w, _ in self.bars:
            pattern += "0" * round((x - cursor) / self.module) + "1" * round(w / self.module)
            cursor = x + w
        return pattern


def drawn_barcodes(pdf: bytes, page: int = 0, inset: float = BAR_INSET_DOTS) -> list[DrawnBarcode]:
    """Return the barcodes drawn on ``page``: filled paths of ten or more rectangles.

    Tracks ``q``/``Q``/``cm`` so translated drawings are measured from the page corner.
    Each bar is measured out to the dots it stands for (drawn ``inset`` dots inside them).
    """
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    content = ContentStream(reader.pages[page].get_contents(), reader)
    stack, (tx, ty) = [], (0.0, 0.0)
    rects: list[tuple[float, float, float, float]] = []
    found = []
    for operands, operator in content.operations:
        if operator == b"q":
            stack.append((tx, ty))
        elif operator == b"Q":
            tx, ty = stack.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            assert (a, b, c, d) == (1, 0, 0, 1), "only translations are expected"
            tx, ty = tx + e, ty + f
        elif operator == b"re":
            x, y, w, h = (float(v) for v in operands)
            left, width = (x + tx) / DOT_PT - inset, w / DOT_PT + 2 * inset
            rects.append((left, (y + ty) / DOT_PT, width, h / DOT_PT))
        elif operator in (b"f", b"f*", b"B", b"B*", b"S", b"n", b"b", b"b*"):
            if len(rects) >= 10:
                found.append(DrawnBarcode(tuple(sorted(rects))))
            rects = []
    return found


def is_whole(value: float, tolerance: float = 0.01) -> bool:
    """Return whether ``value`` is within ``tolerance`` of an integer."""
    return abs(value - round(value)) <= tolerance


def amount_after(text: str, caption: str, lang: str) -> Decimal:
    """Return the first amount printed after ``caption`` in flattened PDF text."""
    money = r"\u2212?\d[\d ]*,\d\d €" if lang == "fi" else r"\u2212?€\d[\d,]*\.\d\d"
    found = re.search(re.escape(caption) + r"\s+(" + money + ")", text)
    assert found, f"no amount after {caption!r}"
    cleaned = found.group(1).replace("€", "").replace(" ", "").replace("\u2212", "-")
    if lang == "fi":
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    return Decimal(cleaned)
