"""The one way the UI writes an amount of money: QLocale, in the order's currency.

The UI language's locale (set by :func:`ui.app.set_locale`: fi_FI or en_IE) decides the
digits, the separators and where the currency goes: ``1 234,50 €`` in Finnish (non-breaking
spaces, as QLocale writes them), ``€1,234.50`` in English; another currency is named by its
ISO code (``1 234,50 SEK``, ``SEK 1,234.50``). Below the UI, documents and messages use
Babel (:mod:`returns_app.money_text`) with the same conventions.

The amount is a Decimal and is never rounded through a float: it is quantized to the cent,
and its digits are written from that exact value with the locale's group separator and
decimal point; QLocale only gives the currency pattern. A negative amount takes the
typographic minus (U+2212) in front, as the documents print it (QLocale's English would
write an accountant's ``(€5.00)``).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale

MINUS = "\u2212"
NBSP = "\u00a0"
# The shop's own currency: its settings, its reports' totals, its payouts.
SHOP_CURRENCY = "EUR"
_CENT = Decimal("0.01")
_ONE = 1.0  # the placeholder amount whose text QLocale's currency pattern is read from


def locale_for(lang: str) -> QLocale:
    """The locale numbers and money are written in for the UI language ``lang``: fi_FI for
    Finnish, en_IE (an English of the euro: ``€1,234.50``) for any other."""
    if lang == "fi":
        return QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
    return QLocale(QLocale.Language.English, QLocale.Country.Ireland)


def _reader(locale: QLocale | None) -> QLocale:
    """``locale``, else the UI's (QLocale's default); the C locale, which no person reads
    (before :func:`ui.app.set_locale`), as English."""
    loc = locale if locale is not None else QLocale()
    return locale_for("en") if loc.language() == QLocale.Language.C else loc


def currency_code(currency: str | None) -> str:
    """An ISO 4217 code as stored on an order (EUR when it names none)."""
    return ((currency or "").strip().upper()[:3]) or "EUR"


def currency_symbol(currency: str | None = "EUR") -> str:
    """What the UI writes for ``currency``: the euro sign for EUR (as QLocale of a euro
    country has it), the ISO code for any other currency (``SEK``: ``kr`` would not say
    whose crowns)."""
    code = currency_code(currency)
    if code == "EUR":
        return QLocale(QLocale.Language.Finnish, QLocale.Country.Finland).currencySymbol(
            QLocale.CurrencySymbolFormat.CurrencySymbol
        )
    return code


def _digits(cents: Decimal, locale: QLocale) -> str:
    """``cents`` (not negative, two decimals) with the locale's separators, exactly."""
    whole, _, fraction = f"{cents:f}".partition(".")
    return f"{locale.toString(int(whole))}{locale.decimalPoint()}{fraction:0<2}"


def _spaced(text: str, number: str, symbol: str) -> str:
    """CLDR's currency spacing (as ICU applies it; QLocale does not): a symbol that is a
    code (``SEK``) is kept off the digits by a non-breaking space, ``SEK 1,234.50``."""
    if not symbol[-1:].isalpha():
        return text
    return text.replace(f"{symbol}{number}", f"{symbol}{NBSP}{number}").replace(
        f"{number}{symbol}", f"{number}{NBSP}{symbol}"
    )


def money(
    amount: Decimal | int | str, currency: str | None = "EUR", locale: QLocale | None = None
) -> str:
    """``amount`` in ``currency`` (the order's) as the UI language writes it, to the cent:
    ``1 234,50 €`` (Finnish), ``€1,234.50`` (English), ``1 234,50 SEK``."""
    loc = _reader(locale)
    cents = Decimal(amount).quantize(_CENT, rounding=ROUND_HALF_UP)
    symbol = currency_symbol(currency)
    placeholder = loc.toString(_ONE, "f", 2)
    pattern = loc.toCurrencyString(_ONE, symbol, 2)
    number = _digits(abs(cents), loc)
    text = _spaced(pattern.replace(placeholder, number, 1), number, symbol)
    return f"{MINUS}{text}" if cents < 0 else text


def currency_affixes(
    currency: str | None = "EUR", locale: QLocale | None = None
) -> tuple[str, str]:
    """What a money input box puts before and after the number, as :func:`money` writes it:
    ``("", " €")`` in Finnish, ``("€", "")`` in English, ``("SEK ", "")``."""
    loc = _reader(locale)
    placeholder = loc.toString(_ONE, "f", 2)
    symbol = currency_symbol(currency)
    text = _spaced(loc.toCurrencyString(_ONE, symbol, 2), placeholder, symbol)
    prefix, _, suffix = text.partition(placeholder)
    return prefix, suffix


def money_sum(amounts: Iterable[tuple[Decimal, str | None]], locale: QLocale | None = None) -> str:
    """A total of (amount, currency) pairs: one amount when they share a currency, else one
    per currency (``€79.80 + SEK 100.00``), never euros and crowns added together."""
    totals: dict[str, Decimal] = {}
    for amount, currency in amounts:
        code = currency_code(currency)
        totals[code] = totals.get(code, Decimal("0.00")) + Decimal(amount)
    if not totals:
        return money(Decimal("0.00"), "EUR", locale)
    return " + ".join(money(total, code, locale) for code, total in totals.items())
