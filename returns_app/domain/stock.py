"""What the units at a location count as: sellable, on hand but not for sale, or gone.

Sellable and B-stock shelves hold stock that can be sold; quarantine (and the units held for
a customer, a quarantine-kind location) are on hand but not for sale; scrapped units and units
sent to the supplier have left the stock on hand and are only counted beside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SELLABLE = "sellable"
NOT_SELLABLE = "not_sellable"
NOT_ON_HAND = "not_on_hand"

STANDING_OF_KIND = {
    "sellable": SELLABLE,
    "b_stock": SELLABLE,
    "quarantine": NOT_SELLABLE,
    "scrap": NOT_ON_HAND,
    "supplier": NOT_ON_HAND,
}


def standing(kind: str) -> str:
    """What units at a location of ``kind`` count as (an unknown kind: not for sale)."""
    return STANDING_OF_KIND.get(kind, NOT_SELLABLE)


@dataclass(frozen=True)
class StockTotals:
    """A product's units by what they count as."""

    sellable: int = 0
    not_sellable: int = 0
    not_on_hand: int = 0

    @property
    def on_hand(self) -> int:
        """Units in the warehouse: sellable or not; scrapped and supplier units excluded."""
        return self.sellable + self.not_sellable


def totals(levels: Iterable[tuple[str, int]]) -> StockTotals:
    """Sum ``(location kind, units)`` pairs by what the units count as."""
    sums = {SELLABLE: 0, NOT_SELLABLE: 0, NOT_ON_HAND: 0}
    for kind, units in levels:
        sums[standing(kind)] += units
    return StockTotals(sums[SELLABLE], sums[NOT_SELLABLE], sums[NOT_ON_HAND])
