"""The codes printed on documents: GTIN check digits and the item tag's code (pure functions)."""

from __future__ import annotations

ITEM_CODE_SEPARATOR = "L"
"""Separates the return code from the line number in an item tag's code: ``R1234567895L2``.

A letter, because punctuation is garbled when the scanner's and the PC's keyboard layouts
differ (``-`` arrives as ``+``); ``L`` is safe on Nordic, US and German layouts and cannot
occur inside a return code (``R`` + digits).
"""


def item_code(return_code: str, line_number: int) -> str:
    """Return the barcode data of an item tag, e.g. ``item_code("R1234567895", 2)``.

    >>> item_code("R1234567895", 2)
    'R1234567895L2'
    """
    return f"{return_code}{ITEM_CODE_SEPARATOR}{line_number}"


def gs1_check_digit(digits: str) -> int:
    """Return the GS1 mod-10 check digit for ``digits`` (the digits before the check digit)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


def check_gtin(gtin: str) -> str:
    """Return ``gtin`` as 14 digits, or raise ValueError; a wrong check digit is never fixed."""
    if not gtin.isascii() or not gtin.isdigit() or len(gtin) not in (8, 12, 13, 14):
        raise ValueError(f"GTIN {gtin!r} must be 8, 12, 13 or 14 digits")
    if gs1_check_digit(gtin[:-1]) != int(gtin[-1]):
        raise ValueError(f"GTIN {gtin!r} has a wrong check digit")
    return gtin.zfill(14)
