"""Identifiers that check themselves: business ID, VAT number, IBAN, payment references.

Each ``check_*`` function returns the identifier in its usual written form, or raises
:class:`~returns_app.domain.errors.InvalidIdentifier` with a message that says what is wrong
and what the form looks like. The check-digit rules are python-stdnum's (a well-kept library
of them), except the Finnish reference number (viitenumero), which stdnum lacks:

- Y-tunnus: 7 digits, a hyphen and a check digit (weights 7 9 10 5 8 4 2, mod 11).
- VAT number: country prefix and the national number (FI + the Y-tunnus without hyphen).
- IBAN: ISO 13616, mod 97; shown in groups of four.
- Viitenumero (Finance Finland, "Kotimaisen viitteen rakenneohje"): 3 to 19 digits and a
  check digit; from the right the digits are weighted 7, 3, 1, 7, 3, 1, …; the check digit
  is ``(10 - sum mod 10) mod 10``. Printed in groups of five from the right.
- RF creditor reference (ISO 11649): ``RF``, two check digits (mod 97) and up to 21
  letters and digits; printed in groups of four.
"""

from __future__ import annotations

from stdnum import iban as _iban
from stdnum import iso11649, vatin
from stdnum.exceptions import ValidationError
from stdnum.fi import ytunnus

from returns_app.domain.errors import InvalidIdentifier
from returns_app.i18n import QT_TRANSLATE_NOOP, msg

_CONTEXT = "identifiers"
_REFERENCE_WEIGHTS = (7, 3, 1)


def _compact(value: str) -> str:
    return "".join(value.split()).upper()


def check_business_id(value: str) -> str:
    """Return a Finnish business ID (Y-tunnus) as ``1234567-8``; raise if it is not one."""
    try:
        return ytunnus.format(ytunnus.validate(value))
    except ValidationError:
        raise InvalidIdentifier(
            msg(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "identifiers",
                    "“{value}” is not a valid business ID (Y-tunnus): it is seven digits, a "
                    "hyphen and a check digit, like 1234567-1. Check it on the trade register "
                    "extract.",
                ),
                value=value,
            )
        ) from None


def check_vat_number(value: str) -> str:
    """Return a VAT number compact with its country prefix (``FI12345671``); raise if not."""
    try:
        return vatin.compact(vatin.validate(value))
    except ValidationError:
        raise InvalidIdentifier(
            msg(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "identifiers",
                    "“{value}” is not a valid VAT number: it starts with the country code, "
                    "e.g. FI and the business ID without its hyphen (FI12345671).",
                ),
                value=value,
            )
        ) from None


def vat_number_for_business_id(business_id: str) -> str:
    """The Finnish VAT number of a business ID: ``1234567-1`` → ``FI12345671``."""
    return "FI" + check_business_id(business_id).replace("-", "")


def check_iban(value: str) -> str:
    """Return an IBAN in groups of four (``FI49 5000 9420 0287 30``); raise if not valid."""
    try:
        return _iban.format(_iban.validate(value))
    except ValidationError:
        raise InvalidIdentifier(
            msg(
                _CONTEXT,
                QT_TRANSLATE_NOOP(
                    "identifiers",
                    "“{value}” is not a valid IBAN: its check digits do not match. Copy it from "
                    "the bank's statement (e.g. FI49 5000 9420 0287 30).",
                ),
                value=value,
            )
        ) from None


def reference_check_digit(base: str) -> int:
    """The check digit of a Finnish reference number whose other digits are ``base``.

    ``reference_check_digit("123456") == 1`` (reference 1234561).

    Raises:
        ValueError: ``base`` is not 3 to 19 digits.
    """
    if not (base.isascii() and base.isdigit() and 3 <= len(base) <= 19):
        raise ValueError(f"a reference base is 3 to 19 digits, got {base!r}")
    total = sum(int(digit) * _REFERENCE_WEIGHTS[i % 3] for i, digit in enumerate(reversed(base)))
    return (10 - total % 10) % 10


def make_reference(base: str | int) -> str:
    """A Finnish reference number: ``base`` and its check digit (``123456`` → ``1234561``)."""
    text = str(base)
    return text + str(reference_check_digit(text))


def format_reference(reference: str) -> str:
    """A reference as printed: a viitenumero in groups of five from the right, an RF
    reference in groups of four."""
    code = _compact(reference)
    if code.startswith("RF"):
        return iso11649.format(code)
    head = len(code) % 5
    groups = [code[:head]] if head else []
    groups += [code[i : i + 5] for i in range(head, len(code), 5)]
    return " ".join(groups)


def is_reference(value: str) -> bool:
    """Tell whether ``value`` is a valid viitenumero or RF creditor reference."""
    code = _compact(value)
    if code.startswith("RF"):
        return iso11649.is_valid(code)
    return (
        code.isascii()
        and code.isdigit()
        and 4 <= len(code) <= 20
        and reference_check_digit(code[:-1]) == int(code[-1])
    )


def check_reference(value: str) -> str:
    """Return a viitenumero or RF reference compact (no spaces); raise if its check fails."""
    code = _compact(value)
    if is_reference(code):
        return code
    raise InvalidIdentifier(
        msg(
            _CONTEXT,
            QT_TRANSLATE_NOOP(
                "identifiers",
                "“{value}” is not a valid payment reference: a Finnish reference number is 4 to "
                "20 digits ending in a check digit (1234561), an international one starts with "
                "RF and two check digits (RF18 5390 0754 7034). Copy it again from the invoice.",
            ),
            value=value,
        )
    )


def rf_reference(reference: str) -> str:
    """The RF creditor reference of a Finnish reference number (``1234561`` → ``RF…``)."""
    code = check_reference(reference)
    if code.startswith("RF"):
        return code
    # ISO 11649: "RF00" moved to the end, letters as numbers (R=27, F=15), 98 - mod 97.
    check = 98 - int(code + "271500") % 97
    return f"RF{check:02d}{code}"
