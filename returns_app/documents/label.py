"""The return label the customer sticks on the parcel (100x150 mm, A6, or A4 with cut lines)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from returns_app.documents import captions as c
from returns_app.documents.barcodes import DOT_PT, choose_module, code128, dots, draw_symbol
from returns_app.documents.captions import tr
from returns_app.documents.data import ReturnLabelData
from returns_app.documents.fonts import BOLD, REGULAR, ellipsize, fit_size, width, wrap
from returns_app.documents.formatting import address_lines, day, group_for_people
from returns_app.documents.pdf import new_canvas

LABEL_SIZES = {"100x150": (100.0, 150.0), "a6": (105.0, 148.0), "a4": (100.0, 150.0)}
"""Label area per size in mm; "a4" places a 100x150 label in a cut-out area of an A4 page."""

MARGIN = 4.0  # mm; thermal printers cannot print the outermost millimetre or two
BAR_HEIGHT = 32.0  # mm, the logistics height
A4_LABEL_TOP = 14.0  # mm from the top of the A4 page
MAX_STEP_LINES = 9


@dataclass(frozen=True)
class _Box:
    """The label area in points: origin bottom-left, ``top(y_mm)`` measures from the top."""

    width: float
    height: float

    def top(self, y_mm: float) -> float:
        return self.height - y_mm * mm


def render_return_label(data: ReturnLabelData, size: str = "100x150") -> bytes:
    """Return the return label as PDF bytes.

    Args:
        size: "100x150" (thermal, default), "a6", or "a4" (label in a dashed cut-out area
            for ordinary printers).

    Raises:
        ValueError: unknown size, or a return code too long for the label.
    """
    if size not in LABEL_SIZES:
        raise ValueError(f"unknown label size {size!r}; expected one of {sorted(LABEL_SIZES)}")
    w_mm, h_mm = LABEL_SIZES[size]
    page = A4 if size == "a4" else (w_mm * mm, h_mm * mm)
    canvas, buffer = new_canvas(
        page,
        title=f"{tr(c.RETURN, data.lang)} {data.return_code}",
        author=data.recipient.name,
        created_at=data.created_at,
        lang=data.lang,
    )
    if size == "a4":
        _draw_a4_page(canvas, data, w_mm, h_mm)
    else:
        _draw_label(canvas, data, _Box(w_mm * mm, h_mm * mm))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _steps(data: ReturnLabelData) -> tuple[str, ...]:
    return data.instructions or tuple(
        tr(step, data.lang) for step in (c.STEP_PACK, c.STEP_ATTACH, c.STEP_HAND_IN)
    )


def instructions(data: ReturnLabelData) -> list[str]:
    """Return the numbered steps for the customer, in the customer's language."""
    return [f"{n}. {step}" for n, step in enumerate(_steps(data), start=1)]


def _draw_label(canvas: Canvas, data: ReturnLabelData, box: _Box) -> None:
    """Draw the label with its origin at the canvas origin (a whole dot from the page edge)."""
    lang = data.lang
    left, right = MARGIN * mm, box.width - MARGIN * mm
    inner = right - left

    # Header: what this is and which order it belongs to.
    title = tr(c.RETURN, lang).upper()
    canvas.setFont(BOLD, 16)
    canvas.drawString(left, box.top(MARGIN + 5.6), title)
    order = f"{tr(c.ORDER, lang)} {data.order_number}"
    order_size = fit_size(order, BOLD, 9, inner - width(title, BOLD, 16) - 4 * mm, 6)
    canvas.setFont(BOLD, order_size)
    canvas.drawRightString(right, box.top(MARGIN + 3), order)
    canvas.setFont(REGULAR, 7)
    canvas.drawRightString(
        right, box.top(MARGIN + 6.2), f"{tr(c.DATE, lang)} {day(data.created_at.date(), lang)}"
    )
    canvas.setLineWidth(1.2)
    canvas.line(left, box.top(MARGIN + 8), right, box.top(MARGIN + 8))

    # Sender, small, like on any parcel.
    y = MARGIN + 11
    canvas.setFont(BOLD, 6.5)
    canvas.drawString(left, box.top(y), tr(c.FROM, lang).upper())
    canvas.setFont(REGULAR, 8.5)
    for line in address_lines(data.sender):
        y += 3.4
        canvas.drawString(left, box.top(y), ellipsize(line, REGULAR, 8.5, inner))

    # Recipient: the shop, big, in a frame.
    recipient = address_lines(data.recipient)
    frame_top = y + 2.2
    frame_height = 5.5 + 5.6 * len(recipient)
    canvas.setLineWidth(1.5)
    canvas.rect(left, box.top(frame_top + frame_height), inner, frame_height * mm)
    canvas.setFont(BOLD, 7)
    canvas.drawString(left + 2 * mm, box.top(frame_top + 3.2), tr(c.TO, lang).upper())
    y = frame_top + 3.6
    for i, line in enumerate(recipient):
        font = BOLD if i in (0, 2) else REGULAR
        y += 5.6
        canvas.setFont(font, 13)
        canvas.drawString(left + 2 * mm, box.top(y), ellipsize(line, font, 13, inner - 4 * mm))

    # The return code: barcode on whole dots, then grouped for people.
    y = frame_top + frame_height + 3
    y = _draw_code(canvas, data.return_code, box, y)

    canvas.setLineWidth(0.6)
    canvas.line(left, box.top(y), right, box.top(y))
    steps_top = _draw_instructions(canvas, data, box, left, inner)
    _draw_items(canvas, data, box, y + 3.6, steps_top - 2.5, left, inner)


def _draw_code(canvas: Canvas, code: str, box: _Box, y_mm: float) -> float:
    """Draw the return-code barcode and its text from ``y_mm``; return the y below them."""
    symbol = code128(code)
    label_dots = int(box.width / DOT_PT)
    module = choose_module(symbol, label_dots - 2 * dots(1))
    left_dot = (label_dots - symbol.width_modules * module) // 2
    bar_height = dots(BAR_HEIGHT) * DOT_PT
    draw_symbol(canvas, symbol, module, left_dot, box.top(y_mm) - bar_height, bar_height)
    human = group_for_people(code)
    size = fit_size(human, BOLD, 24, box.width - 2 * MARGIN * mm, 12)
    canvas.setFont(BOLD, size)
    text_y = y_mm + BAR_HEIGHT + 2.5 + size * 0.73 / mm
    canvas.drawCentredString(box.width / 2, box.top(text_y), human)
    return text_y + 2.5


def _draw_instructions(
    canvas: Canvas, data: ReturnLabelData, box: _Box, left: float, inner: float
) -> float:
    """Draw the steps at the bottom of the label; return the y (mm from top) where they start."""
    size, leading, indent = 7.0, 2.9, 3.2 * mm
    steps, budget = [], MAX_STEP_LINES  # a shop's long text must not push into the barcode
    for step in _steps(data):
        if budget <= 0:
            break
        steps.append(wrap(step, REGULAR, size, inner - indent, min(3, budget)))
        budget -= len(steps[-1])
    y = box.height / mm - MARGIN - leading * sum(map(len, steps)) - 3.4
    canvas.setFont(BOLD, 7.5)
    canvas.drawString(left, box.top(y + 2.6), tr(c.HOW_TO_RETURN, data.lang))
    canvas.setFont(REGULAR, size)
    line_y = y + 2.6
    for number, lines in enumerate(steps, start=1):
        canvas.drawString(left, box.top(line_y + leading), f"{number}.")
        for line in lines:
            line_y += leading
            canvas.drawString(left + indent, box.top(line_y), line)
    return y


def _draw_items(
    canvas: Canvas,
    data: ReturnLabelData,
    box: _Box,
    top: float,
    bottom: float,
    left: float,
    inner: float,
) -> None:
    """Draw the items table between ``top`` and ``bottom`` (mm); overflow becomes "+ N more"."""
    lang, row = data.lang, 3.5
    qty_w, gap = 7 * mm, 2 * mm
    sku_w = min(28 * mm, max((width(i.sku, REGULAR, 7.5) for i in data.items), default=0))
    canvas.setFont(BOLD, 6.5)
    canvas.drawRightString(left + qty_w - gap, box.top(top), tr(c.QTY, lang))
    canvas.drawString(left + qty_w, box.top(top), tr(c.PRODUCT, lang))
    canvas.drawRightString(left + inner, box.top(top), tr(c.SKU, lang))
    fits = max(0, int((bottom - top) // row))
    shown = data.items if len(data.items) <= fits else data.items[: max(0, fits - 1)]
    y = top
    for item in shown:
        y += row
        canvas.setFont(BOLD, 8)
        canvas.drawRightString(left + qty_w - gap, box.top(y), str(item.quantity))
        canvas.setFont(REGULAR, 8)
        name_w = inner - qty_w - sku_w - gap
        canvas.drawString(left + qty_w, box.top(y), ellipsize(item.name, REGULAR, 8, name_w))
        canvas.setFont(REGULAR, 7.5)
        canvas.drawRightString(left + inner, box.top(y), ellipsize(item.sku, REGULAR, 7.5, sku_w))
    hidden = len(data.items) - len(shown)
    if hidden:
        canvas.setFont(BOLD, 8)
        canvas.drawString(left + qty_w, box.top(y + row), tr(c.MORE_ITEMS, lang, count=hidden))


def _draw_a4_page(canvas: Canvas, data: ReturnLabelData, w_mm: float, h_mm: float) -> None:
    """Draw an A4 page: the label in a dashed cut-out area, then steps and a keepsake part."""
    page_w, page_h = A4
    lang = data.lang
    # The label's origin is a whole number of dots from the page's corner, so its bars are too.
    ox = dots((page_w / mm - w_mm) / 2) * DOT_PT
    oy = dots(page_h / mm - A4_LABEL_TOP - h_mm) * DOT_PT
    label_w, label_h = w_mm * mm, h_mm * mm

    canvas.saveState()
    canvas.setLineWidth(0.8)
    canvas.setDash(4, 3)
    canvas.rect(ox, oy, label_w, label_h)
    canvas.restoreState()
    canvas.setFont(REGULAR, 9)
    canvas.drawString(ox, oy + label_h + 2.5 * mm, f"✂  {tr(c.CUT_HERE, lang)}")

    canvas.saveState()
    canvas.translate(ox, oy)
    _draw_label(canvas, data, _Box(label_w, label_h))
    canvas.restoreState()

    left, inner = 20 * mm, page_w - 40 * mm
    y = oy - 14 * mm
    canvas.setFont(BOLD, 14)
    canvas.drawString(left, y, tr(c.HOW_TO_RETURN, lang))
    canvas.setFont(REGULAR, 11)
    for step in instructions(data):
        for line in wrap(step, REGULAR, 11, inner, 4):
            y -= 15
            canvas.drawString(left, y, line)
    y -= 12 * mm
    canvas.setLineWidth(0.5)
    canvas.line(left, y + 6 * mm, left + inner, y + 6 * mm)
    canvas.setFont(BOLD, 11)
    canvas.drawString(left, y, tr(c.KEEP_THIS_PART, lang))
    rows = (
        (tr(c.RETURN_CODE, lang), group_for_people(data.return_code)),
        (tr(c.ORDER, lang), data.order_number),
        (tr(c.DATE, lang), day(data.created_at.date(), lang)),
    )
    for caption, value in rows:
        y -= 16
        canvas.setFont(REGULAR, 11)
        canvas.drawString(left, y, caption)
        canvas.setFont(BOLD, 11)
        canvas.drawString(left + 45 * mm, y, value)
