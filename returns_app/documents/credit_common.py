"""What the A4 credit note and the 80 mm receipt share: texts, styles and the PDF build."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, TableStyle

from returns_app.documents import captions as c
from returns_app.documents.captions import text_of, tr
from returns_app.documents.data import CreditNoteData, CreditNoteLine
from returns_app.documents.fonts import BOLD, REGULAR, register_fonts
from returns_app.documents.formatting import address_lines, day, group_for_people, money, percent
from returns_app.documents.pdf import PRODUCER, pdf_date


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """Return the paragraph styles by name (built once, after the fonts are registered)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=10.5)

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": style("small", fontSize=7, leading=8.5),
        "bold": style("bold", fontName=BOLD),
        "head": style("head", fontName=BOLD, fontSize=7.5, leading=9),
        "head_r": style("head_r", fontName=BOLD, fontSize=7.5, leading=9, alignment=2),
        "small_head_r": style("small_head_r", fontName=BOLD, fontSize=6.5, leading=8, alignment=2),
        "right": style("right", alignment=2),
        "right_bold": style("right_bold", fontName=BOLD, alignment=2),
        "title": style("title", fontName=BOLD, fontSize=20, leading=24, alignment=2),
        "seller": style("seller", fontName=BOLD, fontSize=12, leading=15),
        "total": style("total", fontName=BOLD, fontSize=11, leading=14),
        "total_r": style("total_r", fontName=BOLD, fontSize=11, leading=14, alignment=2),
        "centre": style("centre", alignment=1),
        "centre_bold": style("centre_bold", fontName=BOLD, alignment=1),
        "receipt_title": style(
            "receipt_title", fontName=BOLD, fontSize=13, leading=16, alignment=1
        ),
    }


def table_style(commands: list[tuple]) -> TableStyle:
    """Return a table style whose cells use the embedded font (never a non-embedded default)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def para(text: str, style: str = "body") -> Paragraph:
    """Return a paragraph of plain ``text`` (markup characters are escaped)."""
    return Paragraph(escape(text), styles()[style])


def lines_para(lines: Sequence[str], style: str = "body") -> Paragraph:
    """Return one paragraph with a line break between ``lines``."""
    return Paragraph("<br/>".join(escape(line) for line in lines), styles()[style])


def seller_lines(data: CreditNoteData) -> list[str]:
    """Return the seller's address, business ID and VAT number."""
    return address_lines(data.seller.party)[1:] + _id_lines(data)


def _id_lines(data: CreditNoteData) -> list[str]:
    """The seller's business ID and VAT number, each only when set."""
    seller, lang = data.seller, data.lang
    lines = []
    if seller.business_id:
        lines.append(f"{tr(c.BUSINESS_ID, lang)} {seller.business_id}")
    if seller.vat_number:
        lines.append(f"{tr(c.VAT_NUMBER, lang)} {seller.vat_number}")
    return lines


def seller_footer(data: CreditNoteData) -> list[str]:
    """Return the seller's legal details as parts of a page footer (each unbreakable)."""
    party = data.seller.party
    parts = [party.name, ", ".join(address_lines(party)[1:])] + _id_lines(data)
    if data.seller.iban:
        parts.append(f"IBAN {data.seller.iban}")
    return parts + [x for x in (party.email, party.phone) if x]


def buyer_lines(data: CreditNoteData) -> list[str]:
    """Return the buyer's name, address and e-mail."""
    return address_lines(data.buyer) + ([data.buyer.email] if data.buyer.email else [])


def info_rows(data: CreditNoteData) -> list[tuple[str, str]]:
    """Return the credit note's identification as (caption, value) rows."""
    lang = data.lang
    rows = [
        (tr(c.CREDIT_NOTE_NUMBER, lang), data.number),
        (tr(c.ISSUE_DATE, lang), day(data.issue_date, lang)),
        (tr(c.ORIGINAL_ORDER, lang), data.order_number),
    ]
    if data.original_invoice_number:
        rows.append((tr(c.ORIGINAL_INVOICE, lang), data.original_invoice_number))
    rows.append((tr(c.ORIGINAL_SUPPLY_DATE, lang), day(data.original_supply_date, lang)))
    if data.return_code:
        rows.append((tr(c.RETURN_CODE, lang), group_for_people(data.return_code)))
    rows.append((tr(c.REFUND_METHOD, lang), text_of(data.refund_method, lang)))
    if data.payment_reference:
        rows.append((tr(c.PAYMENT_REFERENCE, lang), data.payment_reference))
    return rows


def reference_sentence(data: CreditNoteData) -> str:
    """Return the sentence that names what this credit note corrects."""
    lang, supplied = data.lang, day(data.original_supply_date, data.lang)
    if data.original_invoice_number:
        return tr(
            c.CORRECTS_INVOICE,
            lang,
            invoice=data.original_invoice_number,
            order=data.order_number,
            date=supplied,
        )
    return tr(c.CORRECTS_ORDER, lang, order=data.order_number, date=supplied)


def unit_prices(line: CreditNoteLine, lang: str, currency: str = "EUR") -> str:
    """Return e.g. ``1 × 39,90 € (31,79 € excl. VAT), VAT 25,5 %``."""
    return tr(
        c.UNIT_PRICES,
        lang,
        qty=line.quantity,
        gross=money(line.unit_price_gross, lang, currency=currency),
        net=money(line.unit_price_net, lang, currency=currency),
        rate=percent(line.vat_rate, lang),
    )


@dataclass(frozen=True)
class ExtraRow:
    """A credited (or charged) amount that is not an order line: delivery, return fee."""

    caption: str
    vat_rate: Decimal | None
    amount: Decimal
    reduction: bool


def extra_rows(data: CreditNoteData) -> list[ExtraRow]:
    """Return the delivery refund and the return-label fee, when present."""
    rows = []
    if data.delivery_refund:
        rows.append(
            ExtraRow(
                tr(c.DELIVERY_REFUND, data.lang),
                data.delivery_vat_rate,
                data.delivery_refund,
                False,
            )
        )
    if data.return_fee:
        rows.append(
            ExtraRow(tr(c.RETURN_FEE, data.lang), data.return_fee_vat_rate, data.return_fee, True)
        )
    return rows


def total_rows(data: CreditNoteData) -> list[tuple[str, str]]:
    """Return the totals as printed: net, VAT, and the total credit last."""
    lang, cur = data.lang, data.currency
    return [
        (tr(c.TOTAL_NET, lang), money(data.total_net, lang, currency=cur)),
        (tr(c.TOTAL_VAT, lang), money(data.total_vat, lang, currency=cur)),
        (tr(c.TOTAL_CREDIT, lang), money(data.total_gross, lang, currency=cur)),
    ]


def vat_table_rows(data: CreditNoteData) -> list[list[str]]:
    """Return the VAT breakdown: a header row, then one row per rate."""
    lang, cur = data.lang, data.currency
    header = [
        tr(c.VAT_RATE, lang),
        tr(c.TAXABLE_AMOUNT, lang),
        tr(c.VAT, lang),
        tr(c.TOTAL_GROSS, lang),
    ]
    return [header] + [
        [
            percent(r.rate, lang),
            money(r.base, lang, currency=cur),
            money(r.vat, lang, currency=cur),
            money(r.gross, lang, currency=cur),
        ]
        for r in data.vat_rows
    ]


PageDecorator = Callable[[Canvas, int, int], None]
"""Draws page furniture: ``decorate(canvas, page_number, page_count)``."""


def build_pdf(
    data: CreditNoteData,
    flowables: list[Flowable],
    pagesize: tuple[float, float],
    margins: tuple[float, float, float, float],
    decorate: PageDecorator | None = None,
) -> bytes:
    """Lay ``flowables`` out on pages of ``pagesize`` and return deterministic PDF bytes.

    Args:
        margins: left, right, top, bottom in points.
        decorate: called for every page once the page count is known.
    """
    register_fonts()
    left, right, top, bottom = margins
    width, height = pagesize
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        invariant=1,
        initialFontName=REGULAR,
        title=f"{tr(c.CREDIT_NOTE, data.lang)} {data.number}",
        subject=f"{tr(c.CREDIT_NOTE, data.lang)} {data.number}",
        author=data.seller.party.name,
        creator=PRODUCER,
        producer=PRODUCER,
        lang=data.lang,
    )
    frame = Frame(left, bottom, width - left - right, height - top - bottom, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(flowables, canvasmaker=_canvas_class(data, decorate))
    return buffer.getvalue()


def _canvas_class(data: CreditNoteData, decorate: PageDecorator | None) -> type[Canvas]:
    """Return a canvas that stamps ``data.created_at`` and decorates pages with "n of m"."""

    class _Canvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(pdf_date(data.created_at))
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            # Keep the page; it is drawn in save() when the page count is known.
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if decorate:
                    decorate(self, number, count)
                super().showPage()
            super().save()

    return _Canvas
