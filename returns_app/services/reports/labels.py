"""Names people read for the codes the reports group by, marked for translation.

The UI translates them with ``QCoreApplication.translate(CONTEXT, text)``; the PDF summary
with :func:`returns_app.i18n.translate`. A code without a label (a shop's own return reason)
is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from returns_app.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "reports"

KINDS = {
    "withdrawal": QT_TRANSLATE_NOOP("reports", "Withdrawal"),
    "defect_claim": QT_TRANSLATE_NOOP("reports", "Defect claim"),
    "goodwill": QT_TRANSLATE_NOOP("reports", "Goodwill"),
}
REASONS = {
    "does_not_fit": QT_TRANSLATE_NOOP("reports", "Does not fit"),
    "not_as_described": QT_TRANSLATE_NOOP("reports", "Not as described"),
    "changed_mind": QT_TRANSLATE_NOOP("reports", "Changed mind"),
    "defective": QT_TRANSLATE_NOOP("reports", "Defective"),
    "wrong_item_sent": QT_TRANSLATE_NOOP("reports", "Wrong item sent"),
    "arrived_late": QT_TRANSLATE_NOOP("reports", "Arrived late"),
    "other": QT_TRANSLATE_NOOP("reports", "Other"),
}
DISPOSITIONS = {
    "restock": QT_TRANSLATE_NOOP("reports", "Restocked"),
    "b_stock": QT_TRANSLATE_NOOP("reports", "B-stock"),
    "quarantine": QT_TRANSLATE_NOOP("reports", "Quarantine"),
    "scrap": QT_TRANSLATE_NOOP("reports", "Scrapped"),
    "supplier": QT_TRANSLATE_NOOP("reports", "Back to supplier"),
    "hold": QT_TRANSLATE_NOOP("reports", "Held for the customer"),
}
GRADES = {
    "A": QT_TRANSLATE_NOOP("reports", "A (as new)"),
    "B": QT_TRANSLATE_NOOP("reports", "B (minor marks)"),
    "C": QT_TRANSLATE_NOOP("reports", "C (damaged)"),
    "D": QT_TRANSLATE_NOOP("reports", "D (unusable)"),
}
NO_CATEGORY = QT_TRANSLATE_NOOP("reports", "(no category)")

Translator = Callable[[str, str], str]


def label(table: dict[str, str], code: str, tr: Translator | None = None, lang: str = "en") -> str:
    """Return the label of ``code`` from ``table``, translated by ``tr(context, text)`` when
    given (the UI), else into ``lang`` from the catalogue (documents)."""
    text = table.get(code) or (NO_CATEGORY if not code else None)
    if text is None:
        return code
    return tr(CONTEXT, text) if tr is not None else translate(CONTEXT, text, lang)
