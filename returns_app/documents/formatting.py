"""How numbers, dates, codes and addresses read on paper, in Finnish and English."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from returns_app.documents.data import Party
from returns_app.money_text import money_text

NBSP = "\u00a0"
MINUS = "\u2212"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_COUNTRIES = {
    "AT": "AUSTRIA",
    "BE": "BELGIUM",
    "BG": "BULGARIA",
    "CH": "SWITZERLAND",
    "CY": "CYPRUS",
    "CZ": "CZECHIA",
    "DE": "GERMANY",
    "DK": "DENMARK",
    "EE": "ESTONIA",
    "ES": "SPAIN",
    "FI": "FINLAND",
    "FR": "FRANCE",
    "GB": "UNITED KINGDOM",
    "GR": "GREECE",
    "HR": "CROATIA",
    "HU": "HUNGARY",
    "IE": "IRELAND",
    "IS": "ICELAND",
    "IT": "ITALY",
    "LT": "LITHUANIA",
    "LU": "LUXEMBOURG",
    "LV": "LATVIA",
    "MT": "MALTA",
    "NL": "NETHERLANDS",
    "NO": "NORWAY",
    "PL": "POLAND",
    "PT": "PORTUGAL",
    "RO": "ROMANIA",
    "SE": "SWEDEN",
    "SI": "SLOVENIA",
    "SK": "SLOVAKIA",
    "US": "UNITED STATES",
}


def group_for_people(code: str, size: int = 4) -> str:
    """Return ``code`` with a space every ``size`` characters, e.g. ``R123 4567 8``."""
    return " ".join(code[i : i + size] for i in range(0, len(code), size))


def money(amount: Decimal, lang: str, *, reduction: bool = False, currency: str = "EUR") -> str:
    """Return an amount as ``1 234,50 €`` (fi) or ``€1,234.50`` (en), in the order's
    ``currency`` (``1 234,50 SEK``): the one formatter, :func:`returns_app.money_text`.

    Args:
        reduction: print the amount as taken off the credit, with a minus sign.
    """
    cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = money_text(abs(cents), lang, currency)
    negative = (cents < 0) != (reduction and cents != 0)
    return f"{MINUS}{text}" if negative else text


def percent(rate: Decimal, lang: str) -> str:
    """Return a VAT rate as ``25,5 %`` (fi) or ``25.5%`` (en)."""
    text = format(rate.normalize(), "f")
    if lang == "fi":
        return f"{text.replace('.', ',')}{NBSP}%"
    return f"{text}%"


def day(value: date, lang: str) -> str:
    """Return a date as ``15.1.2026`` (fi) or ``15 Jan 2026`` (en)."""
    if lang == "fi":
        return f"{value.day}.{value.month}.{value.year}"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def address_lines(party: Party) -> list[str]:
    """Return the postal lines of ``party``; the country line only outside Finland."""
    lines = [party.name, party.street, f"{party.postal_code} {party.city.upper()}"]
    if party.country.upper() != "FI":
        lines.append(_COUNTRIES.get(party.country.upper(), party.country.upper()))
    return [line for line in lines if line.strip()]
