"""Every caption printed on a document, marked for translation in the "documents" context.

The English text is the key; the Finnish texts are in ``resources/i18n/documents_fi.tsv``
until they are merged into the product's ``.ts`` catalogue. Placeholders use
``str.format`` names.
"""

from __future__ import annotations

from returns_app.i18n import QT_TRANSLATE_NOOP, Message, translate

CONTEXT = "documents"

# Return label
RETURN = QT_TRANSLATE_NOOP("documents", "Return")
FROM = QT_TRANSLATE_NOOP("documents", "From")
TO = QT_TRANSLATE_NOOP("documents", "To")
ORDER = QT_TRANSLATE_NOOP("documents", "Order")
DATE = QT_TRANSLATE_NOOP("documents", "Date")
RETURN_CODE = QT_TRANSLATE_NOOP("documents", "Return code")
QTY = QT_TRANSLATE_NOOP("documents", "Qty")
PRODUCT = QT_TRANSLATE_NOOP("documents", "Product")
SKU = QT_TRANSLATE_NOOP("documents", "SKU")
MORE_ITEMS = QT_TRANSLATE_NOOP("documents", "+ {count} more items")
HOW_TO_RETURN = QT_TRANSLATE_NOOP("documents", "How to return")
STEP_PACK = QT_TRANSLATE_NOOP(
    "documents", "Pack the items securely, in their original packaging if possible."
)
STEP_ATTACH = QT_TRANSLATE_NOOP(
    "documents", "Attach this label to the parcel so that the barcode is flat and fully visible."
)
STEP_HAND_IN = QT_TRANSLATE_NOOP("documents", "Hand the parcel in at the carrier's service point.")
CUT_HERE = QT_TRANSLATE_NOOP("documents", "Cut along the dashed line.")
KEEP_THIS_PART = QT_TRANSLATE_NOOP("documents", "Keep this part for your records.")

# Item tag
LINE = QT_TRANSLATE_NOOP("documents", "Line")
UNIT_OF = QT_TRANSLATE_NOOP("documents", "unit {n}/{of}")

# Credit note
CREDIT_NOTE = QT_TRANSLATE_NOOP("documents", "Credit note")
CREDIT_NOTE_NUMBER = QT_TRANSLATE_NOOP("documents", "Credit note number")
ISSUE_DATE = QT_TRANSLATE_NOOP("documents", "Date of issue")
BUYER = QT_TRANSLATE_NOOP("documents", "Buyer")
BUSINESS_ID = QT_TRANSLATE_NOOP("documents", "Business ID")
VAT_NUMBER = QT_TRANSLATE_NOOP("documents", "VAT number")
ORIGINAL_ORDER = QT_TRANSLATE_NOOP("documents", "Original order")
ORIGINAL_INVOICE = QT_TRANSLATE_NOOP("documents", "Original invoice")
ORIGINAL_SUPPLY_DATE = QT_TRANSLATE_NOOP("documents", "Date of original supply")
CORRECTS_ORDER = QT_TRANSLATE_NOOP(
    "documents", "This credit note corrects order {order}, delivered on {date}."
)
CORRECTS_INVOICE = QT_TRANSLATE_NOOP(
    "documents", "This credit note corrects invoice {invoice} (order {order}), delivered on {date}."
)
AMOUNTS_ARE_CREDITS = QT_TRANSLATE_NOOP(
    "documents", "Amounts are credited to the buyer; reductions are shown with a minus sign."
)
UNIT_NET = QT_TRANSLATE_NOOP("documents", "Unit price excl. VAT")
UNIT_GROSS = QT_TRANSLATE_NOOP("documents", "Unit price incl. VAT")
VAT_PERCENT = QT_TRANSLATE_NOOP("documents", "VAT %")
DEDUCTION = QT_TRANSLATE_NOOP("documents", "Deduction")
DEDUCTION_REASON = QT_TRANSLATE_NOOP("documents", "Deduction: {reason}")
CREDIT = QT_TRANSLATE_NOOP("documents", "Credit")
UNIT_PRICES = QT_TRANSLATE_NOOP("documents", "{qty} × {gross} ({net} excl. VAT), VAT {rate}")
DELIVERY_REFUND = QT_TRANSLATE_NOOP("documents", "Delivery cost refunded")
RETURN_FEE = QT_TRANSLATE_NOOP("documents", "Return label fee charged")
TOTAL_NET = QT_TRANSLATE_NOOP("documents", "Total excl. VAT")
TOTAL_VAT = QT_TRANSLATE_NOOP("documents", "VAT total")
TOTAL_CREDIT = QT_TRANSLATE_NOOP("documents", "Total credit")
VAT_BREAKDOWN = QT_TRANSLATE_NOOP("documents", "VAT breakdown of the credit")
VAT_RATE = QT_TRANSLATE_NOOP("documents", "VAT rate")
TAXABLE_AMOUNT = QT_TRANSLATE_NOOP("documents", "Taxable amount")
VAT = QT_TRANSLATE_NOOP("documents", "VAT")
TOTAL_GROSS = QT_TRANSLATE_NOOP("documents", "Total incl. VAT")
REFUND_METHOD = QT_TRANSLATE_NOOP("documents", "Refund method")
PAYMENT_REFERENCE = QT_TRANSLATE_NOOP("documents", "Payment reference")
PAGE_OF = QT_TRANSLATE_NOOP("documents", "Page {page} of {pages}")

ALL: tuple[str, ...] = tuple(
    value
    for name, value in sorted(globals().items())
    if name.isupper() and name != "CONTEXT" and isinstance(value, str)
)
"""Every caption, for the catalogue test."""


def tr(caption: str, lang: str, **params: object) -> str:
    """Return ``caption`` in ``lang``, with ``params`` filled in."""
    text = translate(CONTEXT, caption, lang)
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation: fall back to English
        return caption.format(**params)


def text_of(value: str | Message, lang: str) -> str:
    """Return a data text in ``lang`` (plain strings are already in the document's language)."""
    return value.render(lang) if isinstance(value, Message) else value
