"""Documents: data in, PDF (or ZPL) bytes out. No Qt, no database.

Public API::

    render_return_label(data, size="100x150")   # "100x150", "a6", "a4"
    render_item_tag(data, size="57x32")         # "57x32", "100x50"
    render_credit_note(data, fmt="a4")          # "a4", "80mm"
    render_return_label_zpl(data)               # 100x150 mm at 203 dpi
    render_item_tag_zpl(data, size="57x32")
"""

from returns_app.documents.codes import item_code
from returns_app.documents.credit_note import CREDIT_NOTE_FORMATS, render_credit_note
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
from returns_app.documents.label import LABEL_SIZES, render_return_label
from returns_app.documents.tag import TAG_SIZES, render_item_tag
from returns_app.documents.zpl import render_item_tag_zpl, render_return_label_zpl

__all__ = [
    "CREDIT_NOTE_FORMATS",
    "LABEL_SIZES",
    "TAG_SIZES",
    "CreditNoteData",
    "CreditNoteLine",
    "ItemTagData",
    "Party",
    "ReturnLabelData",
    "ReturnLabelItem",
    "Seller",
    "VatRow",
    "item_code",
    "render_credit_note",
    "render_item_tag",
    "render_item_tag_zpl",
    "render_return_label",
    "render_return_label_zpl",
]
