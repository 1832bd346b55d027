"""One way to write an amount of money for people: locale- and currency-aware (Babel).

Every document and message below the UI goes through :func:`money_text`; the UI writes money
with QLocale. ``1 234,50 €`` in Finnish, ``€1,234.50`` in English, ``1 234,50 SEK`` for a
Swedish order: the currency is the order's, never assumed. A negative amount takes the
typographic minus (U+2212), as the documents always printed it.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency

MINUS = "\u2212"
# An English of the EU: the euro sign for EUR, "US$" for dollars (never a bare "$").
LOCALES = {"fi": "fi_FI", "en": "en_IE", "sv": "sv_FI"}


def money_text(amount: Decimal, lang: str = "fi", currency: str = "EUR") -> str:
    """``amount`` in ``currency`` as a reader of ``lang`` writes it, to the cent."""
    cents = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    code = (currency or "EUR").strip().upper()[:3] or "EUR"
    # Amounts are stored in cents whatever the currency: two decimals always, never the
    # currency's own (0 for yen or krónur would round 39.90 to 40, 3 for dinars add a digit).
    text = format_currency(
        abs(cents), code, locale=LOCALES.get(lang, "en_IE"), currency_digits=False
    )
    return f"{MINUS}{text}" if cents < 0 else text
