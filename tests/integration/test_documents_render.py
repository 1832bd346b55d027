"""Printed documents scan: rasterise each PDF at 203 dpi and decode it with zxing-cpp.

Rasterising uses QtPdf (PDFium), the same engine the app prints through (DOMAIN.md §5), so
no extra tool is needed. Each page is also thresholded to black and white, as a thermal
printer prints it.
"""

from __future__ import annotations

import dataclasses
import random
import shutil
import subprocess

import pytest
import zxingcpp
from PIL import Image, ImageChops
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


# --- Thermal printing: bi-level rasters and the printer's dot gain ------------------------


def poppler_mono(pdf: bytes, tmp_path) -> Image.Image:
    """The page as poppler rasterises it bi-level (what CUPS sends a thermal printer)."""
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-mono", "-singlefile", str(source), str(tmp_path / "p")],
        check=True,
    )
    return Image.open(tmp_path / "p.pbm").convert("L")


def dot_gain(page: Image.Image) -> Image.Image:
    """Every bar one dot wider, as a thermal printhead's heat spreads it (dark wins)."""
    shifted = ImageChops.offset(page, 1, 0)
    shifted.paste(255, (0, 0, 1, page.height))  # nothing wraps round from the right edge
    return ImageChops.darker(page, shifted)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("size", ["57x32", "100x50"])
@pytest.mark.parametrize("with_gtin", [True, False])
def test_item_tags_scan_bi_level_and_with_a_dot_of_bar_growth(size, with_gtin, tmp_path):
    rng = random.Random(f"{SEED}-gain-{size}-{with_gtin}")
    for _ in range(8):
        code, line = random_return_code(rng), rng.randint(1, 9999)
        gtin = random_gtin13(rng) if with_gtin else None
        pdf = render_item_tag(sample_item_tag(return_code=code, line_number=line, gtin=gtin), size)
        expected = {("Code128", item_code(code, line))} | ({("EAN13", gtin)} if gtin else set())
        (page,) = rasterise(pdf)
        mono = poppler_mono(pdf, tmp_path)
        for name, raster in {
            "threshold": thermal(page),
            "threshold + 1 dot": dot_gain(thermal(page)),
            "poppler -mono": mono,
            "poppler -mono + 1 dot": dot_gain(mono),
        }.items():
            assert decoded(raster) == expected, (name, code, line)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_a_return_label_scans_bi_level_with_a_dot_of_bar_growth(tmp_path):
    code = random_return_code(random.Random(SEED))
    pdf = render_return_label(sample_return_label(return_code=code), "100x150")
    mono = poppler_mono(pdf, tmp_path)
    assert decoded(mono) == decoded(dot_gain(mono)) == {("Code128", code)}
