"""The credit note (hyvityslasku) on A4; the 80 mm receipt is in :mod:`.receipt`.

Everything DOMAIN.md section 3 requires is printed; totals are printed as given, never
recomputed. Credited amounts are positive under "Credit" captions; reductions (a deduction,
the return-label fee) carry a minus sign.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from returns_app.documents import captions as c
from returns_app.documents.captions import tr
from returns_app.documents.credit_common import (
    PageDecorator,
    build_pdf,
    buyer_lines,
    extra_rows,
    info_rows,
    lines_para,
    para,
    reference_sentence,
    seller_footer,
    seller_lines,
    table_style,
    total_rows,
    vat_table_rows,
)
from returns_app.documents.data import CreditNoteData
from returns_app.documents.fonts import BOLD, REGULAR, width
from returns_app.documents.formatting import money, percent

CREDIT_NOTE_FORMATS = ("a4", "80mm")
_MARGINS = (18 * mm, 18 * mm, 16 * mm, 22 * mm)
_CONTENT_WIDTH = A4[0] - _MARGINS[0] - _MARGINS[1]
_LINE_COLUMNS = [62 * mm, 11 * mm, 21 * mm, 21 * mm, 15 * mm, 22 * mm, 22 * mm]
_GRID = (0.4, (0.55, 0.55, 0.55))


def render_credit_note(data: CreditNoteData, fmt: str = "a4") -> bytes:
    """Return the credit note as PDF bytes.

    Args:
        fmt: "a4" (default; as many pages as the lines need) or "80mm" (a receipt on a
            continuous roll: one page as long as its contents).

    Raises:
        ValueError: unknown format.
    """
    if fmt == "a4":
        return build_pdf(data, _a4_story(data), A4, _MARGINS, _decorator(data))
    if fmt == "80mm":
        from returns_app.documents.receipt import render_receipt

        return render_receipt(data)
    raise ValueError(f"unknown credit note format {fmt!r}; expected one of {CREDIT_NOTE_FORMATS}")


def _a4_story(data: CreditNoteData) -> list[Flowable]:
    lang = data.lang
    half = _CONTENT_WIDTH / 2
    seller = [para(data.seller.party.name, "seller"), lines_para(seller_lines(data))]
    title = [para(tr(c.CREDIT_NOTE, lang).upper(), "title")]
    header = Table([[seller, title]], colWidths=[half, half])
    header.setStyle(_plain(valign="TOP"))

    info = Table(
        [[para(k), para(v, "bold")] for k, v in info_rows(data)],
        colWidths=[43 * mm, half - 43 * mm],
    )
    info.setStyle(_plain(valign="BOTTOM", pad=1.2))
    buyer = [para(tr(c.BUYER, lang).upper(), "head"), Spacer(1, 2), lines_para(buyer_lines(data))]
    parties = Table([[buyer, info]], colWidths=[half, half])
    parties.setStyle(_plain(valign="TOP"))

    story: list[Flowable] = [header, Spacer(1, 9 * mm), parties, Spacer(1, 8 * mm)]
    story += [para(reference_sentence(data)), para(tr(c.AMOUNTS_ARE_CREDITS, lang), "small")]
    story += [Spacer(1, 4 * mm), _lines_table(data), Spacer(1, 3 * mm), _totals_table(data)]
    story += [Spacer(1, 7 * mm), para(tr(c.VAT_BREAKDOWN, lang), "head"), Spacer(1, 1.5 * mm)]
    story.append(_vat_table(data))
    if data.notes:
        story += [Spacer(1, 6 * mm)] + [para(note) for note in data.notes]
    return story


def _plain(valign: str, pad: float = 0) -> TableStyle:
    return table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]
    )


def _lines_table(data: CreditNoteData) -> Table:
    lang = data.lang
    heads = (c.PRODUCT, c.QTY, c.UNIT_NET, c.UNIT_GROSS, c.VAT_PERCENT, c.DEDUCTION, c.CREDIT)
    rows: list[list] = [
        [para(tr(h, lang), "head" if i == 0 else "head_r") for i, h in enumerate(heads)]
    ]
    for line in data.lines:
        product = [line.description]
        if line.sku:
            product.append(f"{tr(c.SKU, lang)} {line.sku}")
        if line.deduction_reason:
            product.append(tr(c.DEDUCTION_REASON, lang, reason=line.deduction_reason))
        rows.append(
            [
                lines_para(product),
                para(str(line.quantity), "right"),
                para(money(line.unit_price_net, lang, currency=data.currency), "right"),
                para(money(line.unit_price_gross, lang, currency=data.currency), "right"),
                para(percent(line.vat_rate, lang), "right"),
                para(
                    money(line.deduction, lang, reduction=True, currency=data.currency)
                    if line.deduction
                    else "",
                    "right",
                ),
                para(money(line.total_gross, lang, currency=data.currency), "right_bold"),
            ]
        )
    for extra in extra_rows(data):
        rate = percent(extra.vat_rate, lang) if extra.vat_rate is not None else ""
        amount = money(extra.amount, lang, reduction=extra.reduction, currency=data.currency)
        rows.append(
            [para(extra.caption), "", "", "", para(rate, "right"), "", para(amount, "right_bold")]
        )
    table = Table(rows, colWidths=_LINE_COLUMNS, repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, (0, 0, 0)),
                ("LINEBELOW", (0, 1), (-1, -1), *_GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _totals_table(data: CreditNoteData) -> Table:
    rows = total_rows(data)
    cells = [[para(k), para(v, "right")] for k, v in rows[:-1]]
    cells.append([para(rows[-1][0], "total"), para(rows[-1][1], "total_r")])
    table = Table(cells, colWidths=[52 * mm, 30 * mm], hAlign="RIGHT")
    table.setStyle(
        table_style(
            [
                ("LINEABOVE", (0, -1), (-1, -1), 1.2, (0, 0, 0)),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, -1), (-1, -1), 4),
            ]
        )
    )
    return table


def _vat_table(data: CreditNoteData) -> Table:
    rows = vat_table_rows(data)
    cells = [[para(h, "head_r") for h in rows[0]]]
    cells += [[para(v, "right") for v in row] for row in rows[1:]]
    table = Table(cells, colWidths=[24 * mm, 34 * mm, 28 * mm, 34 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, (0, 0, 0)),
                ("LINEBELOW", (0, 1), (-1, -1), *_GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _join_parts(parts: list[str], max_width: float, size: float = 7) -> list[str]:
    """Join ``parts`` with " · " into lines that fit, breaking only between parts."""
    lines = [parts[0]]
    for part in parts[1:]:
        joined = f"{lines[-1]} · {part}"
        if width(joined, REGULAR, size) <= max_width:
            lines[-1] = joined
        else:
            lines.append(part)
    return lines


def _decorator(data: CreditNoteData) -> PageDecorator:
    left, right = _MARGINS[0], A4[0] - _MARGINS[1]
    footer = _join_parts(seller_footer(data), right - left)
    title = f"{tr(c.CREDIT_NOTE, data.lang)} {data.number}"

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.line(left, 15 * mm, right, 15 * mm)
        canvas.setFont(REGULAR, 7)
        for i, line in enumerate(footer[:3]):
            canvas.drawString(left, (11.5 - 3.2 * i) * mm, line)
        canvas.drawRightString(right, 16.5 * mm, tr(c.PAGE_OF, data.lang, page=page, pages=pages))
        if page > 1:
            canvas.setFont(BOLD, 8)
            canvas.drawString(left, A4[1] - 10 * mm, title)
        canvas.restoreState()

    return decorate
