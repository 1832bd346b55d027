"""The desk's keys: one table builds the shortcuts, the inspection keys and the F1 help.

Single-letter keys (grades, dispositions) are never QShortcuts: Qt would fire them before the
scan router sees a scanner's burst. They are handled by the inspection panel only while it has
the focus, after the router has let a key through as typing.
"""

from __future__ import annotations

from returns_app.i18n import QT_TRANSLATE_NOOP
from ui.shell import KeyBinding, KeyGroup

C = "DeskKeys"


def _b(action: str, keys: tuple[str, ...], text: str) -> KeyBinding:
    return KeyBinding(action, keys, text, C)


DESK_KEYS = KeyGroup(
    QT_TRANSLATE_NOOP("DeskKeys", "Receiving desk"),
    (
        _b(
            "focus_scan",
            ("F3", "Esc"),
            QT_TRANSLATE_NOOP("DeskKeys", "Back to the scan field (closes the refund panel)"),
        ),
        _b("focus_inspection", ("F4",), QT_TRANSLATE_NOOP("DeskKeys", "Inspect the next unit")),
        _b(
            "check_in_line",
            ("F5",),
            QT_TRANSLATE_NOOP("DeskKeys", "Check in one unit of the chosen line (no barcode)"),
        ),
        _b("missing", ("F6",), QT_TRANSLATE_NOOP("DeskKeys", "Record missing items")),
        _b("empty_box", ("F7",), QT_TRANSLATE_NOOP("DeskKeys", "Record an empty box")),
        _b(
            "wrong_item",
            ("F8",),
            QT_TRANSLATE_NOOP("DeskKeys", "Record a wrong item (for the chosen line)"),
        ),
        _b("undo", ("Ctrl+Z",), QT_TRANSLATE_NOOP("DeskKeys", "Undo the last inspection")),
        _b("refund", ("Ctrl+R",), QT_TRANSLATE_NOOP("DeskKeys", "Refund panel")),
        _b("register", ("Ctrl+N",), QT_TRANSLATE_NOOP("DeskKeys", "Register a return")),
        _b(
            "queue_parcel",
            ("F9",),
            QT_TRANSLATE_NOOP("DeskKeys", "Put the parcel in the unidentified queue"),
        ),
        _b(
            "reprint",
            ("Ctrl+P",),
            QT_TRANSLATE_NOOP("DeskKeys", "Print the last document again"),
        ),
        _b(
            "save_pdf",
            ("Ctrl+S",),
            QT_TRANSLATE_NOOP("DeskKeys", "Save the last document as a PDF"),
        ),
        _b("close_return", ("F10",), QT_TRANSLATE_NOOP("DeskKeys", "Close the return (done)")),
        _b(
            "retry_kept",
            ("F11",),
            QT_TRANSLATE_NOOP("DeskKeys", "Try the kept scans again (after the database was down)"),
        ),
    ),
    C,
)

GRADE_KEYS = KeyGroup(
    QT_TRANSLATE_NOOP("DeskKeys", "Inspection: 1. grade"),
    (
        _b("grade:A", ("A", "1"), QT_TRANSLATE_NOOP("DeskKeys", "A: as new")),
        _b("grade:B", ("B", "2"), QT_TRANSLATE_NOOP("DeskKeys", "B: minor marks")),
        _b("grade:C", ("C", "3"), QT_TRANSLATE_NOOP("DeskKeys", "C: damaged")),
        _b("grade:D", ("D", "4"), QT_TRANSLATE_NOOP("DeskKeys", "D: unusable")),
    ),
    C,
)

DISPOSITION_KEYS = KeyGroup(
    QT_TRANSLATE_NOOP("DeskKeys", "Inspection: 2. where it goes"),
    (
        _b("disposition:restock", ("R",), QT_TRANSLATE_NOOP("DeskKeys", "Restock")),
        _b("disposition:b_stock", ("B",), QT_TRANSLATE_NOOP("DeskKeys", "B-stock")),
        _b("disposition:quarantine", ("Q",), QT_TRANSLATE_NOOP("DeskKeys", "Quarantine")),
        _b("disposition:scrap", ("S",), QT_TRANSLATE_NOOP("DeskKeys", "Scrap")),
        _b(
            "disposition:supplier",
            ("V",),
            QT_TRANSLATE_NOOP("DeskKeys", "Back to the supplier (vendor)"),
        ),
        _b(
            "disposition:hold",
            ("H",),
            QT_TRANSLATE_NOOP("DeskKeys", "Hold for return to the customer (not refunded)"),
        ),
        _b(
            "accept",
            ("Return",),
            QT_TRANSLATE_NOOP("DeskKeys", "Take the suggested place"),
        ),
        _b("back", ("Backspace",), QT_TRANSLATE_NOOP("DeskKeys", "Back to the grade")),
        _b("unsealed", ("U",), QT_TRANSLATE_NOOP("DeskKeys", "Mark as unsealed (hygiene seal)")),
    ),
    C,
)

REFUND_KEYS = KeyGroup(
    QT_TRANSLATE_NOOP("DeskKeys", "Refund panel"),
    (
        _b(
            "issue",
            ("Ctrl+Return",),
            QT_TRANSLATE_NOOP("DeskKeys", "Issue the refund"),
        ),
        _b("propose", ("Ctrl+Shift+R",), QT_TRANSLATE_NOOP("DeskKeys", "Compute the refund again")),
        _b("deduct", ("Ctrl+D",), QT_TRANSLATE_NOOP("DeskKeys", "Deduct for diminished value")),
    ),
    C,
)

REGISTER_KEYS = KeyGroup(
    QT_TRANSLATE_NOOP("DeskKeys", "Register a return"),
    (
        _b("search", ("Ctrl+F",), QT_TRANSLATE_NOOP("DeskKeys", "Find the order")),
        _b("register", ("Ctrl+Return",), QT_TRANSLATE_NOOP("DeskKeys", "Register")),
        _b("print_label", ("Ctrl+P",), QT_TRANSLATE_NOOP("DeskKeys", "Print the return label")),
        _b("save_label", ("Ctrl+S",), QT_TRANSLATE_NOOP("DeskKeys", "Save the label as a PDF")),
        _b("close", ("Esc",), QT_TRANSLATE_NOOP("DeskKeys", "Close")),
    ),
    C,
)

ALL_GROUPS = (DESK_KEYS, GRADE_KEYS, DISPOSITION_KEYS, REFUND_KEYS, REGISTER_KEYS)


def inspection_action(text: str, step: str) -> str | None:
    """The inspection action a typed character means at ``step`` ("grade" or "disposition")."""
    group = GRADE_KEYS if step == "grade" else DISPOSITION_KEYS
    wanted = text.upper()
    for binding in group.bindings:
        if wanted in binding.keys and len(wanted) == 1:
            return binding.action
    if wanted == "U":
        return "unsealed"
    return None
