"""Documents from the database: build the renderers' data, render, and keep every PDF.

Each document is stored under its name (the return code or the credit-note number) the first
time it is made, so it can be printed again exactly as it was, even if a printer failed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from returns_app.documents.data import (
    CreditNoteData,
    CreditNoteLine,
    ItemTagData,
    Party,
    ReturnLabelData,
    ReturnLabelItem,
    Seller,
    VatRow,
)
from returns_app.domain.calendar import notice_date_from_utc
from returns_app.domain.money import split_gross
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import (
    Customer,
    Document,
    Inspection,
    Location,
    Order,
    OrderLine,
    Refund,
    Return,
    ReturnLine,
)
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning.classify import MAX_SCAN_LENGTH, clean_input
from returns_app.services.acting import authorize
from returns_app.services.errors import Conflict, InvalidInput, NotFound
from returns_app.services.shop_settings import ShopSettings, read_settings


def _renderers():
    """The renderers, imported on the first document: ReportLab and python-barcode are not
    loaded before something is printed (the desk's cold start)."""
    import returns_app.documents as renderers

    return renderers


LABEL_SIZES = ("100x150", "a6", "a4")
TAG_SIZES = ("57x32", "100x50")
SLIP_FORMATS = ("a4", "80mm")

METHOD_NAMES = {
    "original": QT_TRANSLATE_NOOP("documents", "To the original means of payment"),
    "bank_transfer": QT_TRANSLATE_NOOP("documents", "Bank transfer"),
    "store_credit": QT_TRANSLATE_NOOP("documents", "Store credit"),
}
DISPOSITION_NAMES = {
    "restock": QT_TRANSLATE_NOOP("documents", "Restock"),
    "b_stock": QT_TRANSLATE_NOOP("documents", "B-stock"),
    "quarantine": QT_TRANSLATE_NOOP("documents", "Quarantine"),
    "scrap": QT_TRANSLATE_NOOP("documents", "Scrap"),
    "supplier": QT_TRANSLATE_NOOP("documents", "Back to supplier"),
    "hold": QT_TRANSLATE_NOOP("documents", "Hold for customer"),
}


@dataclass(frozen=True)
class DocumentInfo:
    """A stored document, without its bytes."""

    id: int
    kind: str
    name: str
    created_at: datetime


@dataclass(frozen=True)
class StoredDocument:
    """A stored document with its PDF bytes."""

    id: int
    kind: str
    name: str
    data: bytes
    created_at: datetime


def _msg(text: str, **params) -> Message:
    return Message("documents", text, params)


def _check(value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP("documents", "Unknown size '{value}'; use one of {allowed}."),
                value=value,
                allowed=", ".join(allowed),
            )
        )


def _stored(doc: Document) -> StoredDocument:
    return StoredDocument(doc.id, doc.kind, doc.name, doc.data, doc.created_at)


def _keep(
    s: Session, actor: Actor, kind: str, name: str, render, *, return_id=None, refund_id=None
) -> StoredDocument:
    existing = s.scalar(select(Document).where(Document.kind == kind, Document.name == name))
    if existing is not None:
        return _stored(existing)
    doc = Document(
        kind=kind,
        name=name,
        data=render(),
        return_id=return_id,
        refund_id=refund_id,
        created_by=actor.user_id,
    )
    s.add(doc)
    s.flush()
    return _stored(doc)


def _party(c: Customer) -> Party:
    return Party(c.name, c.street, c.postal_code, c.city, c.country, c.email, c.phone)


def _shop_party(settings: ShopSettings, returns_address: bool) -> Party:
    if returns_address:
        return Party(
            settings.shop_name,
            settings.return_street,
            settings.return_postal_code,
            settings.return_city,
            settings.country,
        )
    return Party(
        settings.shop_name,
        settings.street,
        settings.postal_code,
        settings.city,
        settings.country,
        settings.email or None,
        settings.phone or None,
    )


def _return(s: Session, return_id: int) -> Return:
    ret = s.scalar(
        select(Return).where(Return.id == return_id).options(selectinload(Return.customer))
    )
    if ret is None:
        raise NotFound(_msg(QT_TRANSLATE_NOOP("documents", "No such return.")))
    return ret


def _lang(customer: Customer) -> str:
    return customer.lang if customer.lang in ("fi", "en") else "en"


def return_label_pdf(
    uow: UnitOfWork, actor: Actor, return_id: int, size: str = "100x150"
) -> StoredDocument:
    """The return label of a return (made once per size, then kept)."""
    _check(size, LABEL_SIZES)
    with uow:
        authorize(uow, actor, "print_documents")
        s = uow.session
        ret = _return(s, return_id)
        settings = read_settings(uow)
        lines = list(
            s.scalars(
                select(ReturnLine)
                .where(ReturnLine.return_id == ret.id)
                .options(selectinload(ReturnLine.order_line).selectinload(OrderLine.order))
            )
        )
        data = ReturnLabelData(
            return_code=ret.code,
            order_number=", ".join(dict.fromkeys(l.order_line.order.order_number for l in lines)),
            recipient=_shop_party(settings, returns_address=True),
            sender=_party(ret.customer),
            items=tuple(
                ReturnLabelItem(l.qty_announced, l.order_line.name, l.order_line.sku) for l in lines
            ),
            created_at=ret.created_at,
            lang=_lang(ret.customer),
        )
        doc = _keep(
            s,
            actor,
            "return_label",
            f"{ret.code}-label-{size}.pdf",
            lambda: _renderers().render_return_label(data, size),
            return_id=ret.id,
        )
        uow.commit()
        return doc


def item_tag_pdf(
    uow: UnitOfWork, actor: Actor, inspection_id: int, size: str = "57x32"
) -> StoredDocument:
    """The tag for one inspected unit."""
    _check(size, TAG_SIZES)
    with uow:
        authorize(uow, actor, "print_documents")
        s = uow.session
        ins = s.get(Inspection, inspection_id)
        if ins is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("documents", "That unit is not inspected yet.")))
        line = s.get(ReturnLine, ins.return_line_id)
        ret = _return(s, line.return_id)
        order_line = s.get(OrderLine, line.order_line_id)
        line_ids = list(
            s.scalars(
                select(ReturnLine.id).where(ReturnLine.return_id == ret.id).order_by(ReturnLine.id)
            )
        )
        lang = _lang(ret.customer)
        data = ItemTagData(
            return_code=ret.code,
            line_number=line_ids.index(line.id) + 1,
            product_name=order_line.name,
            sku=order_line.sku,
            gtin=order_line.gtin,
            grade=ins.grade,
            disposition=Message("documents", DISPOSITION_NAMES[ins.disposition]),
            location=s.get(Location, ins.location_id).code,
            created_at=ins.created_at,
            lang=lang,
            unit_no=ins.unit_no,
            units=line.qty_received,
        )
        doc = _keep(
            s,
            actor,
            "item_tag",
            f"{ret.code}-L{data.line_number}-U{ins.unit_no}-{size}.pdf",
            lambda: _renderers().render_item_tag(data, size),
            return_id=ret.id,
        )
        uow.commit()
        return doc


def _credit_note_data(
    s: Session, settings: ShopSettings, refund: Refund, ret: Return
) -> CreditNoteData:
    lines: list[CreditNoteLine] = []
    delivery = fee = Decimal("0.00")
    delivery_rate = fee_rate = None
    order_ids: list[int] = []
    for row in sorted(refund.lines, key=lambda r: r.id):
        if row.order_id and row.order_id not in order_ids:
            order_ids.append(row.order_id)
        if row.kind == "delivery":
            delivery += row.gross - row.deduction
            delivery_rate = row.vat_rate
        elif row.kind == "label_fee":
            fee += -row.gross
            fee_rate = row.vat_rate
        else:
            ol = s.get(OrderLine, row.order_line_id) if row.order_line_id else None
            qty = row.quantity or 1
            unit_gross = (row.gross / qty).quantize(Decimal("0.01"))
            unit_net, _ = split_gross(unit_gross, row.vat_rate)
            description = ol.name if ol else row.description
            if row.kind == "price_reduction":
                description = f"{description} ({_price_reduction_word(ret)})"
            elif row.kind == "return_postage":
                description = _return_postage_word(ret)
            lines.append(
                CreditNoteLine(
                    description=description,
                    sku=ol.sku if ol else "",
                    quantity=qty,
                    unit_price_net=unit_net,
                    unit_price_gross=unit_gross,
                    vat_rate=row.vat_rate,
                    total_gross=row.gross - row.deduction,
                    deduction=row.deduction,
                    deduction_reason=row.deduction_reason or None,
                )
            )
    orders = [s.get(Order, oid) for oid in order_ids]
    supply = [sh.delivered_on for o in orders for sh in o.shipments if sh.delivered_on]
    vat_rows = tuple(
        VatRow(Decimal(v["rate"]), Decimal(v["base"]), Decimal(v["vat"]), Decimal(v["gross"]))
        for v in refund.breakdown.get("vat", [])
    )
    total_vat = sum((v.vat for v in vat_rows), Decimal("0.00"))
    if not lines:
        lines.append(
            CreditNoteLine(
                description=_return_postage_word(ret),
                sku="",
                quantity=1,
                unit_price_net=Decimal("0.00"),
                unit_price_gross=Decimal("0.00"),
                vat_rate=Decimal("0"),
                total_gross=Decimal("0.00"),
            )
        )
    return CreditNoteData(
        number=refund.credit_note_number,
        issue_date=notice_date_from_utc(refund.issued_at),
        seller=Seller(
            _shop_party(settings, returns_address=False),
            settings.business_id,
            settings.vat_number,
            settings.iban or None,
        ),
        buyer=_party(ret.customer),
        order_number=", ".join(o.order_number for o in orders) or "-",
        currency=orders[0].currency if orders else "EUR",
        original_supply_date=max(supply) if supply else orders[0].ordered_at.date(),
        lines=tuple(lines),
        vat_rows=vat_rows,
        total_net=refund.total - total_vat,
        total_vat=total_vat,
        total_gross=refund.total,
        refund_method=Message("documents", METHOD_NAMES[refund.method]),
        created_at=refund.issued_at,
        return_code=ret.code,
        payment_reference=refund.payment_reference or None,
        delivery_refund=delivery,
        delivery_vat_rate=delivery_rate,
        return_fee=fee,
        return_fee_vat_rate=fee_rate,
        lang=_lang(ret.customer),
        notes=_outside_scope_note(ret)
        if any(r.kind == "return_postage" for r in refund.lines)
        else (),
    )


def _outside_scope_note(ret: Return) -> tuple[str, ...]:
    """Why the return postage row carries no VAT (the invoice must say why a row is tax-free)."""
    from returns_app.i18n import translate

    return (
        translate(
            "documents",
            QT_TRANSLATE_NOOP(
                "documents",
                "Return postage paid back is compensation for a cost, outside the scope of VAT "
                "(not a sale).",
            ),
            _lang(ret.customer),
        ),
    )


def _price_reduction_word(ret: Return) -> str:
    from returns_app.i18n import translate

    return translate(
        "documents", QT_TRANSLATE_NOOP("documents", "price reduction"), _lang(ret.customer)
    )


def _return_postage_word(ret: Return) -> str:
    from returns_app.i18n import translate

    return translate(
        "documents", QT_TRANSLATE_NOOP("documents", "Return postage"), _lang(ret.customer)
    )


def credit_note_pdf(
    uow: UnitOfWork, actor: Actor, refund_id: int, fmt: str = "a4"
) -> StoredDocument:
    """The credit note (refund slip) of an issued refund, A4 or an 80 mm receipt."""
    _check(fmt, SLIP_FORMATS)
    with uow:
        authorize(uow, actor, "print_documents")
        s = uow.session
        refund = s.scalar(
            select(Refund).where(Refund.id == refund_id).options(selectinload(Refund.lines))
        )
        if refund is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("documents", "No such refund.")))
        if refund.status != "issued" or not refund.credit_note_number:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "documents", "The refund is not issued yet, so it has no credit note."
                    )
                )
            )
        ret = _return(s, refund.return_id)
        data = _credit_note_data(s, read_settings(uow), refund, ret)
        doc = _keep(
            s,
            actor,
            "credit_note",
            f"{refund.credit_note_number}-{fmt}.pdf",
            lambda: _renderers().render_credit_note(data, fmt),
            return_id=ret.id,
            refund_id=refund.id,
        )
        uow.commit()
        return doc


def refund_id_by_credit_note(uow: UnitOfWork, number: str) -> int:
    """The refund with credit-note ``number``, or NotFound."""
    number = clean_input(number)[:MAX_SCAN_LENGTH]  # no NUL reaches SQL or the message
    with uow:
        rid = uow.session.scalar(select(Refund.id).where(Refund.credit_note_number == number))
        if rid is None:
            raise NotFound(
                _msg(QT_TRANSLATE_NOOP("documents", "No credit note {number}."), number=number)
            )
        return rid


def list_documents(uow: UnitOfWork, return_id: int) -> list[DocumentInfo]:
    """Every document kept for a return, oldest first."""
    with uow:
        return [
            DocumentInfo(i, k, n, c)
            for i, k, n, c in uow.session.execute(
                select(Document.id, Document.kind, Document.name, Document.created_at)
                .where(Document.return_id == return_id)
                .order_by(Document.id)
            )
        ]


def get_document(uow: UnitOfWork, document_id: int) -> StoredDocument:
    """A kept document with its bytes, to print again."""
    with uow:
        doc = uow.session.get(Document, document_id)
        if doc is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("documents", "No such document.")))
        return _stored(doc)
