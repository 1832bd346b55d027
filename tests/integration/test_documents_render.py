"""Printed documents scan: rasterise each PDF at 203 dpi and decode it with zxing-cpp.

Rasterising uses QtPdf (PDFium), the same engine the app prints through (DOMAIN.md §5), so
no extra tool is needed. Each page is also thresholded to black and white, as a thermal
printer prints it.
"""

from __future__ import annotations

import dataclasses
import random

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from returns_app.documents import (
    item_code,
    render_credit_note,
    render_item_tag,
    render_return_label,
)
from returns_app.documents.codes import gs1_check_digit
from returns_app.documents.samples import (
    sample_credit_note,
    sample_item_tag,
    sample_return_label,
)

DPI = 203
SEED = 20260115


def rasterise(pdf: bytes, dpi: int = DPI) -> list[Image.Image]:
    """Return every page of ``pdf`` as a greyscale image at ``dpi``."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(None)
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready, document.error()
    pages = []
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        # PDFium leaves the paper transparent: put the page on white paper.
        image = document.render(index, size).convertToFormat(QImage.Format.Format_RGBA8888)
        raw = bytes(image.constBits())[: image.sizeInBytes()]
        dims = (image.width(), image.height())
        ink = Image.frombuffer("RGBA", dims, raw, "raw", "RGBA", image.bytesPerLine(), 1)
        paper = Image.new("RGBA", dims, "white")
        pages.append(Image.alpha_composite(paper, ink).convert("L"))
    document.close()
    return pages


def thermal(image: Image.Image) -> Image.Image:
    """Return ``image`` in pure black and white, like a thermal print."""
    return image.point(lambda v: 0 if v < 128 else 255)


def decoded(image: Image.Image) -> set[tuple[str, str]]:
    """Return (format, text) of every barcode zxing-cpp finds."""
    return {(r.format.name, r.text) for r in zxingcpp.read_barcodes(image)}


def random_return_code(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 12)))
    return f"R{body}{gs1_check_digit(body)}"


def random_gtin13(rng: random.Random) -> str:
    body = "64" + "".join(rng.choice("0123456789") for _ in range(10))
    return f"{body}{gs1_check_digit(body)}"


@pytest.fixture(autouse=True)
def _qt(qapp):
    """QtPdf needs a Qt application object."""
    return qapp


@pytest.mark.parametrize("size", ["100x150", "a6", "a4"])
def test_every_return_label_scans_as_its_return_code(size):
    rng = random.Random(f"{SEED}-{size}")
    for _ in range(30):
        code = random_return_code(rng)
        pdf = render_return_label(sample_return_label(return_code=code), size)
        (page,) = rasterise(pdf)
        assert decoded(page) == {("Code128", code)}
        assert decoded(thermal(page)) == {("Code128", code)}


@pytest.mark.parametrize("size", ["57x32", "100x50"])
def test_every_item_tag_scans_as_its_item_code_and_gtin(size):
    rng = random.Random(f"{SEED}-{size}")
    for _ in range(30):
        code, line, gtin = random_return_code(rng), rng.randint(1, 120), random_gtin13(rng)
        data = sample_item_tag(return_code=code, line_number=line, gtin=gtin)
        (page,) = rasterise(render_item_tag(data, size))
        expected = {("Code128", item_code(code, line)), ("EAN13", gtin)}
        assert decoded(page) == expected
        assert decoded(thermal(page)) == expected


@pytest.mark.parametrize("size", ["57x32", "100x50"])
def test_an_item_tag_without_gtin_scans_as_its_item_code_only(size):
    (page,) = rasterise(render_item_tag(sample_item_tag(gtin=None), size))
    assert decoded(thermal(page)) == {("Code128", "R12345670L2")}


def test_a_true_gtin14_scans_from_its_code128():
    (page,) = rasterise(render_item_tag(sample_item_tag(gtin="12345678901231"), "100x50"))
    assert ("Code128", "12345678901231") in decoded(thermal(page))


@pytest.mark.parametrize("fmt", ["a4", "80mm"])
def test_credit_notes_render_to_real_pages_with_ink(fmt):
    data = sample_credit_note()
    pages = rasterise(render_credit_note(data, fmt), dpi=100)
    assert len(pages) == 1
    darkest, _ = pages[0].getextrema()
    assert darkest < 50  # there is black text on the page
    many = dataclasses.replace(data, lines=data.lines * 40)
    pages = rasterise(render_credit_note(many, fmt), dpi=30)
    assert len(pages) == 1 if fmt == "80mm" else len(pages) > 1
