"""The credit note as an 80 mm receipt: one page exactly as long as its contents."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table

from returns_app.documents import captions as c
from returns_app.documents.captions import tr
from returns_app.documents.credit_common import (
    build_pdf,
    buyer_lines,
    extra_rows,
    info_rows,
    lines_para,
    para,
    reference_sentence,
    seller_lines,
    table_style,
    total_rows,
    unit_prices,
    vat_table_rows,
)
from returns_app.documents.data import CreditNoteData
from returns_app.documents.formatting import money, percent

ROLL_WIDTH = 80 * mm
_SIDE = 4 * mm  # most 80 mm printers print 72 mm
_TOP, _BOTTOM = 5 * mm, 8 * mm  # the bottom leaves room for the tear-off edge
_WIDTH = ROLL_WIDTH - 2 * _SIDE
_AMOUNT = 24 * mm


def render_receipt(data: CreditNoteData) -> bytes:
    """Return the credit note on an 80 mm roll as PDF bytes (one page, height from content)."""
    story = _story(data)
    height = _TOP + _BOTTOM + _measure(story)
    # Measuring wraps the flowables once; build them anew so that nothing is laid out twice.
    return build_pdf(data, _story(data), (ROLL_WIDTH, height), (_SIDE, _SIDE, _TOP, _BOTTOM))


def _measure(story: list[Flowable]) -> float:
    total = 0.0
    for i, flowable in enumerate(story):
        _, h = flowable.wrap(_WIDTH, 10_000)
        total += h + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if i else 0)
    return total + 1  # a point of slack against rounding


def _story(data: CreditNoteData) -> list[Flowable]:
    lang = data.lang
    story: list[Flowable] = [
        para(tr(c.CREDIT_NOTE, lang).upper(), "receipt_title"),
        Spacer(1, 1.5 * mm),
        para(data.seller.party.name, "centre_bold"),
        lines_para(seller_lines(data), "centre"),
        _rule(),
        _pairs(info_rows(data), key_style="small", value_style="bold", value_width=_WIDTH * 0.55),
        Spacer(1, 2 * mm),
        para(tr(c.BUYER, lang).upper(), "head"),
        lines_para(buyer_lines(data)),
        Spacer(1, 2 * mm),
        para(reference_sentence(data), "small"),
        _rule(),
    ]
    for line in data.lines:
        story.append(para(line.description, "bold"))
        if line.sku:
            story.append(para(f"{tr(c.SKU, lang)} {line.sku}", "small"))
        if line.deduction:
            reason = tr(c.DEDUCTION_REASON, lang, reason=line.deduction_reason)
            rows = [
                (unit_prices(line, lang, data.currency), ""),
                (reason, money(line.deduction, lang, reduction=True, currency=data.currency)),
                (tr(c.CREDIT, lang), money(line.total_gross, lang, currency=data.currency)),
            ]
        else:
            rows = [
                (
                    unit_prices(line, lang, data.currency),
                    money(line.total_gross, lang, currency=data.currency),
                )
            ]
        story += [_pairs(rows, key_style="small", value_style="right_bold", valign="BOTTOM")]
        story.append(Spacer(1, 1.5 * mm))
    for extra in extra_rows(data):
        amount = money(extra.amount, lang, reduction=extra.reduction, currency=data.currency)
        caption = extra.caption
        if extra.vat_rate is not None:
            caption += f", {tr(c.VAT, lang)} {percent(extra.vat_rate, lang)}"
        story.append(_pairs([(caption, amount)], value_style="right_bold"))
    story.append(_rule())
    totals = total_rows(data)
    story.append(_pairs(totals[:-1]))
    story.append(
        _pairs(totals[-1:], key_style="total", value_style="total_r", value_width=_WIDTH * 0.45)
    )
    story += [_rule(), para(tr(c.VAT_BREAKDOWN, lang), "head"), _vat_table(data)]
    story += [Spacer(1, 2 * mm), para(tr(c.AMOUNTS_ARE_CREDITS, lang), "small")]
    story += [para(note, "small") for note in data.notes]
    return story


def _rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.8, color=(0, 0, 0), spaceBefore=5, spaceAfter=5)


def _pairs(
    rows: list[tuple[str, str]],
    *,
    key_style: str = "body",
    value_style: str = "right",
    value_width: float = _AMOUNT,
    valign: str = "TOP",
) -> Table:
    """Return caption/value rows: amounts by default, right-aligned in a narrow column."""
    table = Table(
        [[para(k, key_style), para(v, value_style)] for k, v in rows],
        colWidths=[_WIDTH - value_width, value_width],
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), valign),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
            ]
        )
    )
    return table


def _vat_table(data: CreditNoteData) -> Table:
    rows = vat_table_rows(data)
    cells = [[para(h, "small_head_r") for h in rows[0]]]
    cells += [[para(v, "right") for v in row] for row in rows[1:]]
    table = Table(cells, colWidths=[_WIDTH * f for f in (0.22, 0.27, 0.2, 0.31)])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, (0, 0, 0)),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
            ]
        )
    )
    return table
