"""Our own return code (Policy): ``R`` + digits + one GS1 mod-10 check digit over the digits.

Only ``R`` and digits, so it survives every keyboard layout a scanner may be set to
(no punctuation, no Y or Z). Barcodes carry it without spaces (``R0000012348``); people
see it grouped by four characters (``R000 0012 348``). Parsing accepts lower case and spaces.
"""

from __future__ import annotations

from returns_app.i18n import Message
from returns_app.scanning import messages
from returns_app.scanning.checkdigits import gs1_check_digit
from returns_app.scanning.result import ScanError

PREFIX = "R"
# An item tag printed by returns_app.documents carries the return code, "L" and the line
# number (``R0000012348L2``); a letter because punctuation does not survive layouts.
ITEM_SEPARATOR = "L"
DEFAULT_WIDTH = 9
# Digits after the R, check digit included.
MIN_DIGITS = 5
MAX_DIGITS = 20


def make_return_code(number: int, width: int = DEFAULT_WIDTH) -> str:
    """Return the return code for a running ``number``: ``R`` + ``width`` digits + check digit.

    ``make_return_code(1234) == "R0000012348"``.

    Raises:
        ValueError: ``number`` is negative or does not fit in ``width`` digits.
    """
    if width < MIN_DIGITS - 1 or width > MAX_DIGITS - 1:
        raise ValueError(f"width must be {MIN_DIGITS - 1}..{MAX_DIGITS - 1}, got {width}")
    if number < 0 or len(str(number)) > width:
        raise ValueError(f"number {number} does not fit in {width} digits")
    body = str(number).zfill(width)
    return f"{PREFIX}{body}{gs1_check_digit(body)}"


def check_return_code(
    text: str, min_digits: int = MIN_DIGITS, max_digits: int = MAX_DIGITS
) -> tuple[str, Message | None]:
    """Return ``(normalised code, error or None)`` for a text that should be a return code."""
    code = "".join(text.split()).upper()
    digits = code[1:]
    if not code.startswith(PREFIX) or not (digits.isascii() and digits.isdigit()):
        return code, messages.return_code_shape(text, make_return_code(1234))
    if not min_digits <= len(digits) <= max_digits:
        return code, messages.return_code_length(len(digits), min_digits, max_digits)
    expected = gs1_check_digit(digits[:-1])
    if expected != ord(digits[-1]) - 48:
        return code, messages.check_digit_mismatch(expected, digits[-1])
    return code, None


def parse_return_code(text: str) -> str:
    """Return the return code in ``text`` normalised (upper case, no spaces).

    ``parse_return_code("r000 0012 348") == "R0000012348"``.

    Raises:
        ScanError: not a return code, or its check digit is wrong (the message says which).
    """
    code, error = check_return_code(text)
    if error is not None:
        raise ScanError(error)
    return code


def format_return_code_for_people(code: str) -> str:
    """Return the code with a space every four characters: ``"R000 0012 348"``.

    Raises:
        ScanError: ``code`` is not a valid return code.
    """
    clean = parse_return_code(code)
    return " ".join(clean[i : i + 4] for i in range(0, len(clean), 4))
