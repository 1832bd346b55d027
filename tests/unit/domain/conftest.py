"""Factories for the return-rule tests: orders as a shop charged them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from returns_app.domain.refund import Order, OrderLine


def example_e_order(**overrides: Any) -> Order:
    """DOMAIN.md example E: 2 shirts at 39.90 (25.5 %), a book at 24.90 (14 %), delivery 5.90."""
    fields: dict[str, Any] = {
        "lines": (
            OrderLine("shirt", 2, Decimal("39.90"), Decimal("25.5")),
            OrderLine("book", 1, Decimal("24.90"), Decimal("14")),
        ),
        "delivery_paid": Decimal("5.90"),
        "delivery_vat_rate": Decimal("25.5"),
    }
    fields.update(overrides)
    return Order(**fields)


@pytest.fixture
def make_order() -> Callable[..., Order]:
    """Build example E's order, with any field overridden."""
    return example_e_order
