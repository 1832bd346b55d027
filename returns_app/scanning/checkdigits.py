"""Check-digit schemes: GS1 mod 10 (GTIN, SSCC, GLN, our return code), UPU S10, mod 7.

A check digit is only ever verified, never "corrected": a code whose check digit is wrong is
an error the clerk must see (some barcode libraries silently fix it).
"""

from __future__ import annotations

from returns_app.scanning import messages
from returns_app.scanning.result import ScanError

GTIN_LENGTHS = (8, 12, 13, 14)

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def gs1_check_digit(body: str) -> int:
    """Return the GS1 mod-10 check digit for ``body`` (the digits before the check digit).

    From the right, the digits are weighted 3, 1, 3, 1, ...; the check digit is
    ``(10 - sum mod 10) mod 10``. ``gs1_check_digit("641708400001") == 9``.

    Raises:
        ValueError: ``body`` is empty or not all ASCII digits.
    """
    if not body or not (body.isascii() and body.isdigit()):
        raise ValueError(f"check digit body must be digits, got {body!r}")
    total = 0
    weight = 3
    for char in reversed(body):
        total += (ord(char) - 48) * weight
        weight = 4 - weight  # 3 ↔ 1
    return (10 - total % 10) % 10


def gtin_check_digit(body: str) -> int:
    """Return the check digit of a GTIN whose other digits are ``body`` (GS1 mod 10)."""
    return gs1_check_digit(body)


def gs1_check_ok(code: str) -> bool:
    """Tell whether the last digit of ``code`` is its right GS1 mod-10 check digit."""
    return (
        len(code) >= 2
        and code.isascii()
        and code.isdigit()
        and (gs1_check_digit(code[:-1]) == ord(code[-1]) - 48)
    )


def normalise_gtin(code: str) -> str:
    """Return a GTIN-8/12/13/14 as 14 digits (left-padded with zeros), verified.

    Spaces are ignored. Raises :class:`ScanError` with a translatable message when the code
    is not 8, 12, 13 or 14 digits or its check digit is wrong.
    """
    digits = "".join(code.split())
    if not (digits.isascii() and digits.isdigit()) or len(digits) not in GTIN_LENGTHS:
        raise ScanError(messages.gtin_shape(code))
    expected = gs1_check_digit(digits[:-1])
    if expected != int(digits[-1]):
        raise ScanError(messages.check_digit_mismatch(expected, digits[-1]))
    return digits.zfill(14)


def s10_check_digit(serial: str) -> int:
    """Return the UPU S10 check digit for the 8-digit serial number.

    Weights 8 6 4 2 3 5 9 7; ``c = 11 - sum mod 11``, then 10 → 0 and 11 → 5.
    ``s10_check_digit("47312482") == 9`` (``JJ473124829FI``).

    Note: remainders 0 and 6 both give 5, so a single-digit error that moves the sum
    between those two remainders is not detected (the scheme's own limit).
    """
    if len(serial) != 8 or not (serial.isascii() and serial.isdigit()):
        raise ValueError(f"S10 serial must be 8 digits, got {serial!r}")
    total = sum((ord(c) - 48) * w for c, w in zip(serial, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 10:
        return 0
    if check == 11:
        return 5
    return check


def gls_check_digit(body: str) -> int:
    """Return the check digit of a GLS parcel number from its 11 digits.

    GLS's rule (GLS "Uni-Box" technical documentation 2D, V01.10 of 1.10.2012, chapter
    3.2.1, gls-group.eu/DE/media/downloads/GLS_Uni-Box_TechDoku_2D_V0110_01-10-2012_DE-
    download-4424.pdf, as implemented in open-source GLS trackers; also paketda.de
    "Prüfziffern-Berechnung für Paketnummern", section "Prüfziffer GLS"): the digits are
    weighted 3, 1, 3, 1, ... from the left, 1 is added to the sum, and the check digit is
    what brings that to the next multiple of ten: ``(10 - (sum + 1) mod 10) mod 10``.
    ``gls_check_digit("36631234567") == 3``.

    It is the GS1 mod-10 digit less one (mod 10), so a GLS number is never a valid GTIN-12.
    """
    if len(body) != 11 or not (body.isascii() and body.isdigit()):
        raise ValueError(f"GLS parcel number body must be 11 digits, got {body!r}")
    total = sum((ord(c) - 48) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return (10 - (total + 1) % 10) % 10


def mod7_check_digit(body: str) -> int:
    """Return ``int(body) mod 7`` (DHL Express waybill numbers, IATA air waybills)."""
    if not body or not (body.isascii() and body.isdigit()):
        raise ValueError(f"mod-7 body must be digits, got {body!r}")
    return int(body) % 7


def ups_check_digit(body: str) -> int:
    """Return the check digit of a UPS ``1Z`` number from the 15 characters after ``1Z``.

    A letter counts as ``(ord(letter) - 63) mod 10`` (A=2 … H=9, I=0, J=1 …), a digit as
    itself; the characters in even positions (2nd, 4th, …) count twice; the check digit is
    ``(10 - sum mod 10) mod 10``. The layout (1Z, 6-character shipper number, 2-character
    service, 7-digit package number, check digit) is UPS's, as collected with UPS's own
    sample numbers in jkeen/tracking_number_data ``couriers/ups.json``:
    ``1Z5R89390357567127`` is valid.

    Raises:
        ValueError: ``body`` is not 15 upper-case letters and digits.
    """
    if len(body) != 15 or not (body.isascii() and body.isalnum() and body == body.upper()):
        raise ValueError(f"UPS body must be 15 letters or digits, got {body!r}")
    total = 0
    for index, char in enumerate(body):
        value = ord(char) - 48 if char.isdigit() else (ord(char) - 63) % 10
        total += value * 2 if index % 2 else value
    return (10 - total % 10) % 10


def mod37_36_check_character(body: str) -> str:
    """Return the ISO/IEC 7064 MOD 37,36 check character (0-9, A-Z) of ``body``.

    DPD's parcel barcode ends with one (DPD "Parcel label" specification; the same scheme is
    used by python-stdnum's ``stdnum.iso7064.mod_37_36``, which does the work here).

    Raises:
        ValueError: ``body`` is empty or has characters other than digits and A-Z.
    """
    from stdnum.iso7064 import mod_37_36

    if not body or not (body.isascii() and body.isalnum() and body == body.upper()):
        raise ValueError(f"MOD 37,36 body must be digits and A-Z, got {body!r}")
    return mod_37_36.calc_check_digit(body)
