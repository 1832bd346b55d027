"""ZPL II for Zebra-compatible thermal printers at 203 dpi (8 dots/mm).

The layout follows the PDFs; the printer draws the barcodes itself from the same data, with
the same module width (``^BY``) as the PDF. ``^CI28`` makes ``^FD`` UTF-8, so ä, ö and å
print; text fields use ``^FH`` so ``^`` and ``~`` in data cannot break the format.
"""

from __future__ import annotations

from returns_app.documents import captions as c
from returns_app.documents.barcodes import (
    Symbol,
    choose_module,
    code128,
    dots,
    gtin_symbol,
    share_row,
)
from returns_app.documents.captions import text_of, tr
from returns_app.documents.codes import item_code
from returns_app.documents.data import ItemTagData, ReturnLabelData
from returns_app.documents.formatting import address_lines, day, group_for_people
from returns_app.documents.label import instructions
from returns_app.documents.tag import TAG_SIZES


def field_text(text: str) -> str:
    """Return ``text`` safe inside ``^FH^FD...^FS`` (hex-escape ``^``, ``~`` and ``_``)."""
    return "".join(f"_{ord(ch):02X}" if ch in "^~_" else ch for ch in text)


class _Zpl:
    """Collects ZPL commands for one label."""

    def __init__(self, width_mm: float, height_mm: float) -> None:
        # Zebra's 203 dpi is 8 dots/mm: a 100x150 mm label is 800x1200 dots.
        width, height = round(width_mm * 8), round(height_mm * 8)
        self.lines = ["^XA", "^CI28", f"^PW{width}", f"^LL{height}", "^LH0,0"]

    def text(
        self,
        x: int,
        y: int,
        text: str,
        size: int,
        *,
        block: int = 0,
        lines: int = 1,
        align: str = "L",
    ) -> None:
        """Add text at (x, y); with ``block`` it is wrapped or aligned in a field block."""
        fb = f"^FB{block},{lines},0,{align},0" if block else ""
        self.lines.append(f"^FO{x},{y}^A0N,{size},{size}{fb}^FH^FD{field_text(text)}^FS")

    def box(self, x: int, y: int, w: int, h: int, thickness: int) -> None:
        self.lines.append(f"^FO{x},{y}^GB{w},{h},{thickness}^FS")

    def symbol(
        self,
        symbol: Symbol,
        left: int,
        free: int,
        y: int,
        height: int,
        choices: tuple[int, ...] = (3, 2),
    ) -> None:
        """Add ``symbol`` centred in ``free`` dots from ``left``, as the PDF places it."""
        module = choose_module(symbol, free, choices)
        x = left + (free - symbol.width_modules * module) // 2 + symbol.quiet_left * module
        if symbol.symbology == "ean13":
            # ^BE takes 12 digits and adds the check digit, which ean13() has verified.
            command = f"^BEN,{height},N,N^FD{symbol.data[:12]}"
        else:
            # Mode A lets the printer pick the subsets, as python-barcode does for the PDF.
            command = f"^BCN,{height},N,N,N,A^FD{symbol.data}"
        self.lines.append(f"^FO{x},{y}^BY{module}{command}^FS")

    def render(self) -> str:
        return "\n".join([*self.lines, "^PQ1", "^XZ"]) + "\n"


def _clip(text: str, size: int, width: int) -> str:
    """Cut ``text`` to roughly ``width`` dots of ZPL font 0 at ``size`` (no font metrics here)."""
    limit = max(1, int(width / (size * 0.52)))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def render_return_label_zpl(data: ReturnLabelData) -> str:
    """Return the 100x150 mm return label as ZPL for a 203 dpi printer."""
    lang = data.lang
    w, h, m = dots(100), dots(150), dots(4)
    inner = w - 2 * m
    z = _Zpl(100, 150)
    z.text(m, m, tr(c.RETURN, lang).upper(), 56)
    z.text(m, m, f"{tr(c.ORDER, lang)} {data.order_number}", 30, block=inner, align="R")
    z.text(
        m,
        m + 36,
        f"{tr(c.DATE, lang)} {day(data.created_at.date(), lang)}",
        22,
        block=inner,
        align="R",
    )
    z.box(m, m + 66, inner, 4, 4)

    y = m + 84
    z.text(m, y, tr(c.FROM, lang).upper(), 20)
    for line in address_lines(data.sender):
        y += 27
        z.text(m, y, _clip(line, 26, inner), 26)
    recipient = address_lines(data.recipient)
    top = y + 40
    height = 44 + 46 * len(recipient)
    z.box(m, top, inner, height, 5)
    z.text(m + 16, top + 14, tr(c.TO, lang).upper(), 22)
    for i, line in enumerate(recipient):
        z.text(m + 16, top + 44 + 46 * i, _clip(line, 40, inner - 32), 40)

    y = top + height + 24
    z.symbol(code128(data.return_code), dots(1), w - 2 * dots(1), y, dots(32))
    y += dots(32) + 12
    z.text(0, y, group_for_people(data.return_code), 64, block=w, align="C")
    y += 80
    z.box(m, y, inner, 2, 2)

    steps = instructions(data)
    steps_top = h - m - 30 - 48 * len(steps)
    y += 14
    z.text(m, y, tr(c.QTY, lang), 20)
    z.text(m + 60, y, tr(c.PRODUCT, lang), 20)
    z.text(m, y, tr(c.SKU, lang), 20, block=inner, align="R")
    rows = max(0, (steps_top - y - 40) // 28)
    shown = data.items if len(data.items) <= rows else data.items[: max(0, rows - 1)]
    for item in shown:
        y += 28
        z.text(m, y, str(item.quantity), 24)
        z.text(m + 60, y, _clip(item.name, 24, inner - 60 - 230), 24)
        z.text(m, y, _clip(item.sku, 22, 220), 22, block=inner, align="R")
    if len(shown) < len(data.items):
        z.text(m + 60, y + 28, tr(c.MORE_ITEMS, lang, count=len(data.items) - len(shown)), 24)

    z.text(m, steps_top, tr(c.HOW_TO_RETURN, lang), 24)
    for i, step in enumerate(steps):
        z.text(m, steps_top + 30 + 48 * i, step, 21, block=inner, lines=2)
    return z.render()


def render_item_tag_zpl(data: ItemTagData, size: str = "57x32") -> str:
    """Return the item tag as ZPL for a 203 dpi printer ("57x32" or "100x50")."""
    if size not in TAG_SIZES:
        raise ValueError(f"unknown item tag size {size!r}; expected one of {sorted(TAG_SIZES)}")
    lang = data.lang
    w_mm, h_mm = TAG_SIZES[size]
    large = size == "100x50"
    w, h = dots(w_mm), dots(h_mm)
    m = dots(2.5 if large else 1.5)
    z = _Zpl(w_mm, h_mm)
    grade = dots(12 if large else 7)
    z.box(w - m - grade, m, grade, grade, grade)  # a black square
    z.lines.append(
        f"^FO{w - m - grade},{m + grade // 6}^A0N,{grade * 3 // 4},{grade * 3 // 4}"
        f"^FR^FB{grade},1,0,C,0^FH^FD{field_text(data.grade)}^FS"
    )
    scale = 1.6 if large else 1.0
    text_w = w - 2 * m - grade - dots(1.5)
    heading = f"{group_for_people(data.return_code)} · {tr(c.LINE, lang)} {data.line_number}"
    disposition = f"{text_of(data.disposition, lang)} -> {data.location}"
    details = data.sku if data.gtin is None else f"{data.sku} · {data.gtin}"
    rows = ((heading, 26), (data.product_name, 22), (details, 19), (disposition, 24))
    y = m
    for text, size_dots in rows:
        s = int(size_dots * scale)
        z.text(m, y, _clip(text, s, text_w if y < m + grade else w - 2 * m), s)
        y += s + 4

    item = code128(item_code(data.return_code, data.line_number))
    gtin = gtin_symbol(data.gtin) if data.gtin else None
    free = w - 2 * dots(0.5)
    bar_h = dots(14 if large else 6.5)
    y += dots(1)
    if large and gtin:
        split = share_row(item, gtin, free)
        z.symbol(item, dots(0.5), split, y, bar_h, (2,))
        z.symbol(gtin, dots(0.5) + split, free - split, y, bar_h, (3, 2))
    else:
        z.symbol(item, dots(0.5), free, y, bar_h, (3, 2))
        if gtin:
            y += bar_h + dots(1)
            z.symbol(gtin, dots(0.5), free, y, h - y - m, (3, 2))
    return z.render()
