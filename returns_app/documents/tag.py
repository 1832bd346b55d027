"""The item tag stuck on each inspected unit (thermal, 57x32 mm or 100x50 mm).

It carries two barcodes: the item code (return code + ``L`` + line number, see
:func:`returns_app.documents.barcodes.item_code`) and the product's GTIN.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from returns_app.documents import captions as c
from returns_app.documents.barcodes import (
    DOT_PT,
    Symbol,
    choose_module,
    code128,
    dots,
    draw_symbol,
    gtin_symbol,
    share_row,
)
from returns_app.documents.captions import text_of, tr
from returns_app.documents.codes import item_code
from returns_app.documents.data import ItemTagData
from returns_app.documents.fonts import BOLD, REGULAR, ellipsize, fit_size
from returns_app.documents.formatting import day, group_for_people
from returns_app.documents.pdf import new_canvas

TAG_SIZES = {"57x32": (57.0, 32.0), "100x50": (100.0, 50.0)}


def render_item_tag(data: ItemTagData, size: str = "57x32") -> bytes:
    """Return the item tag as PDF bytes.

    Args:
        size: "57x32" (default) or "100x50".

    Raises:
        ValueError: unknown size, or codes too long for the tag.
    """
    if size not in TAG_SIZES:
        raise ValueError(f"unknown item tag size {size!r}; expected one of {sorted(TAG_SIZES)}")
    w_mm, h_mm = TAG_SIZES[size]
    code = item_code(data.return_code, data.line_number)
    canvas, buffer = new_canvas(
        (w_mm * mm, h_mm * mm),
        title=code,
        author="Returns Desk",
        created_at=data.created_at,
        lang=data.lang,
    )
    if size == "57x32":
        _draw_small(canvas, data, w_mm, h_mm)
    else:
        _draw_large(canvas, data, w_mm, h_mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _heading(data: ItemTagData) -> str:
    heading = f"{group_for_people(data.return_code)} · {tr(c.LINE, data.lang)} {data.line_number}"
    if data.unit_no:
        heading += " · " + tr(c.UNIT_OF, data.lang, n=data.unit_no, of=data.units or data.unit_no)
    return heading


def _destination(data: ItemTagData) -> str:
    return f"{text_of(data.disposition, data.lang)} → {data.location}"


def _grade_box(canvas: Canvas, grade: str, right: float, top: float, side: float) -> None:
    """Draw the grade in white on a black square (readable from across the shelf)."""
    canvas.rect(right - side, top - side, side, side, stroke=0, fill=1)
    canvas.setFillGray(1)
    size = fit_size(grade, BOLD, side * 0.62, side * 0.85, 5)
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(right - side / 2, top - side / 2 - size * 0.36, grade)
    canvas.setFillGray(0)


def _place(
    canvas: Canvas,
    symbol: Symbol,
    left_dot: int,
    free_dots: int,
    bottom: float,
    height_mm: float,
    choices: tuple[int, ...],
) -> int:
    """Draw ``symbol`` centred in ``free_dots`` from ``left_dot``; return its module."""
    module = choose_module(symbol, free_dots, choices)
    offset = (free_dots - symbol.width_modules * module) // 2
    draw_symbol(canvas, symbol, module, left_dot + offset, bottom, dots(height_mm) * DOT_PT)
    return module


def _draw_small(canvas: Canvas, data: ItemTagData, w_mm: float, h_mm: float) -> None:
    margin = 1.5
    top = h_mm * mm
    left, right = margin * mm, (w_mm - margin) * mm
    grade_side = 7 * mm
    text_w = right - left - grade_side - 1.5 * mm

    def y(mm_from_top: float) -> float:
        return top - mm_from_top * mm

    _grade_box(canvas, data.grade, right, y(margin), grade_side)
    heading = _heading(data)
    canvas.setFont(BOLD, fit_size(heading, BOLD, 8, text_w, 6))
    canvas.drawString(left, y(4.3), heading)
    canvas.setFont(REGULAR, 7)
    canvas.drawString(left, y(7.3), ellipsize(data.product_name, REGULAR, 7, text_w))
    details = data.sku if data.gtin is None else f"{data.sku} · {data.gtin}"
    canvas.setFont(REGULAR, 6)
    canvas.drawString(left, y(10.2), ellipsize(details, REGULAR, 6, right - left))
    destination = _destination(data)
    canvas.setFont(BOLD, 7.5)
    canvas.drawString(left, y(13.4), ellipsize(destination, BOLD, 7.5, right - left))

    free = int(w_mm * mm / DOT_PT) - 2 * dots(0.5)
    item = code128(item_code(data.return_code, data.line_number))
    if data.gtin is None:
        _place(canvas, item, dots(0.5), free, y(h_mm - margin), 14, (3, 2))
        return
    _place(canvas, item, dots(0.5), free, y(21.3), 6.8, (3, 2))
    _place(canvas, gtin_symbol(data.gtin), dots(0.5), free, y(h_mm - margin), 7.2, (3, 2))


def _draw_large(canvas: Canvas, data: ItemTagData, w_mm: float, h_mm: float) -> None:
    lang, margin = data.lang, 2.5
    top = h_mm * mm
    left, right = margin * mm, (w_mm - margin) * mm
    grade_side = 12 * mm
    text_w = right - left - grade_side - 2 * mm

    def y(mm_from_top: float) -> float:
        return top - mm_from_top * mm

    _grade_box(canvas, data.grade, right, y(margin), grade_side)
    heading = _heading(data)
    canvas.setFont(BOLD, fit_size(heading, BOLD, 13, text_w, 8))
    canvas.drawString(left, y(7), heading)
    canvas.setFont(REGULAR, 10)
    canvas.drawString(left, y(11.8), ellipsize(data.product_name, REGULAR, 10, text_w))
    details = f"{tr(c.SKU, lang)} {data.sku}" + (f" · GTIN {data.gtin}" if data.gtin else "")
    canvas.setFont(REGULAR, 8)
    canvas.drawString(left, y(15.9), ellipsize(details, REGULAR, 8, text_w))
    canvas.setFont(REGULAR, 6.5)
    canvas.drawRightString(
        right, y(margin + grade_side / mm + 3), day(data.created_at.date(), lang)
    )
    canvas.setFont(BOLD, 11)
    canvas.drawString(left, y(21), ellipsize(_destination(data), BOLD, 11, right - left))

    code = item_code(data.return_code, data.line_number)
    item = code128(code)
    page_dots, edge = int(w_mm * mm / DOT_PT), dots(1.5)
    bottom, height = y(h_mm - 6), 17.0
    if data.gtin is None:
        _place(canvas, item, edge, page_dots - 2 * edge, bottom, height, (3, 2))
        _caption(canvas, code, w_mm * mm / 2, y(h_mm - 3.3))
        return
    gtin = gtin_symbol(data.gtin)
    free = page_dots - 2 * edge
    split = share_row(item, gtin, free)
    _place(canvas, item, edge, split, bottom, height, (2,))
    _caption(canvas, code, (edge + split / 2) * DOT_PT, y(h_mm - 3.3))
    _place(canvas, gtin, edge + split, free - split, bottom, height, (3, 2))
    _caption(canvas, data.gtin, (edge + (split + free) / 2) * DOT_PT, y(h_mm - 3.3))


def _caption(canvas: Canvas, text: str, centre_x: float, baseline: float) -> None:
    canvas.setFont(REGULAR, 7)
    canvas.drawCentredString(centre_x, baseline, text)
