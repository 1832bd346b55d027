"""Documents: data in, PDF (or ZPL) bytes out. No Qt, no database.

Public API::

    render_return_label(data, size="100x150")   # "100x150", "a6", "a4"
    render_item_tag(data, size="57x32")         # "57x32", "100x50"
    render_credit_note(data, fmt="a4")          # "a4", "80mm"
    render_return_label_zpl(data)               # 100x150 mm at 203 dpi
    render_item_tag_zpl(data, size="57x32")

The names are loaded on first use: importing a light submodule (``data``, ``formatting``)
must not load ReportLab and python-barcode, which cost the desk's cold start ~0.3 s.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
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

# Each public name and the submodule that defines it.
_WHERE = {
    "CREDIT_NOTE_FORMATS": "credit_note",
    "LABEL_SIZES": "label",
    "TAG_SIZES": "tag",
    "CreditNoteData": "data",
    "CreditNoteLine": "data",
    "ItemTagData": "data",
    "Party": "data",
    "ReturnLabelData": "data",
    "ReturnLabelItem": "data",
    "Seller": "data",
    "VatRow": "data",
    "item_code": "codes",
    "render_credit_note": "credit_note",
    "render_item_tag": "tag",
    "render_item_tag_zpl": "zpl",
    "render_return_label": "label",
    "render_return_label_zpl": "zpl",
}

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


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{where}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


def preload() -> None:
    """Load every renderer now (ReportLab, python-barcode), e.g. on a worker thread once the
    desk is ready, so the first print does not pay for the imports."""
    for name in _WHERE:
        __getattr__(name)
