"""How a shop's scans are read: :class:`ScanConfig` (order-number formats, FNC1, carriers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from returns_app.scanning.result import Kind
from returns_app.scanning.return_code import MAX_DIGITS, MIN_DIGITS
from returns_app.scanning.tracking import DEFAULT_CARRIERS, CarrierRule

# Which reading wins when a code fits several. The first kind whose check digits hold wins;
# if none holds, the first kind that recognised the shape gives the error. Order numbers
# come after GTIN and SSCC, so a digit string of 8, 12, 13 or 14 digits with a right GTIN
# check digit is a GTIN even when it also fits an order-number pattern (the order number is
# then one of the result's ``alternatives``, and is looked up too); a shop whose order
# numbers are 8 digits may move "order_number" before "gtin".
DEFAULT_PRECEDENCE: tuple[str, ...] = (
    Kind.RETURN_CODE,
    Kind.TRACKING_S10,
    Kind.GTIN,
    Kind.SSCC,
    Kind.GS1,
    Kind.ORDER_NUMBER,
    Kind.TRACKING,
)


ORDER_NUMBER_DIGITS = (4, 7)  # Shopify starts at #1001; demo data and most shops stay below 10^7


def order_number_pattern(prefix: str = "", min_digits: int = 4, max_digits: int = 7) -> str:
    """The pattern of a shop's order numbers: ``prefix`` and ``min_digits``..``max_digits``
    digits, with Shopify's ``#`` sign in front allowed and dropped (``#1001`` is 1001).

    The shape is the shop's own (a setting), so it need not swallow other codes: with the
    default 4 to 7 digits, a 10- or 11-digit DHL waybill or an 8-digit EAN stays what it is.

    Raises:
        ValueError: the digit range is not ``1 <= min <= max <= 20``.
    """
    if not 1 <= min_digits <= max_digits <= 20:
        raise ValueError(
            f"order number digits must be 1 <= min <= max <= 20, got {min_digits}, {max_digits}"
        )
    return rf"#?(?P<number>{re.escape(prefix)}\d{{{min_digits},{max_digits}}})"


# "1234" or "#1234" (web-shop order names); the "number" group is what the value keeps.
DEFAULT_ORDER_NUMBER_PATTERNS: tuple[str, ...] = (order_number_pattern(),)


@dataclass(frozen=True)
class ScanConfig:
    """Settings for :func:`~returns_app.scanning.classify`; the defaults suit most shops.

    Attributes:
        order_number_patterns: regular expressions an order number matches as a whole; a
            named group ``number`` selects the part kept as the value.
        gs_substitute: the character a scanner sends for FNC1 when it cannot send GS
            (chr 29), e.g. ``"~"``; None when the scanner sends GS or nothing.
        carriers: carrier tracking formats, first match wins.
        precedence: kinds in the order they are tried (see ``DEFAULT_PRECEDENCE``).
        return_code_digits: (min, max) digits after the R, check digit included.
        detect_layout: try to undo keyboard-layout garbling and say so.
        search_inside: look for a known code inside links and texts (QR codes).
    """

    order_number_patterns: tuple[str, ...] = DEFAULT_ORDER_NUMBER_PATTERNS
    gs_substitute: str | None = None
    carriers: tuple[CarrierRule, ...] = DEFAULT_CARRIERS
    precedence: tuple[str, ...] = DEFAULT_PRECEDENCE
    return_code_digits: tuple[int, int] = (MIN_DIGITS, MAX_DIGITS)
    detect_layout: bool = True
    search_inside: bool = True

    def __post_init__(self) -> None:
        for pattern in self.order_number_patterns:
            re.compile(pattern)
        if self.gs_substitute is not None and (
            len(self.gs_substitute) != 1 or self.gs_substitute.isalnum()
        ):
            raise ValueError("gs_substitute must be one character, not a letter or digit")
        known = {str(k) for k in Kind} - {Kind.URL, Kind.UNKNOWN}
        unknown = [k for k in self.precedence if k not in known]
        if unknown:
            raise ValueError(f"unknown kinds in precedence: {unknown}")
        low, high = self.return_code_digits
        if not 2 <= low <= high:
            raise ValueError("return_code_digits must be (min, max) with 2 <= min <= max")


DEFAULT_CONFIG = ScanConfig()
