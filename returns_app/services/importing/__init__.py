"""Importing orders (Shopify, WooCommerce, our CSV and JSON), products and carriers' tracking
events (delivery days) from files."""

from returns_app.services.importing.common import ImportReport, RowError
from returns_app.services.importing.run import (
    FORMATS,
    detect_format,
    import_orders,
    import_products,
)
from returns_app.services.importing.tracking_events import import_tracking_events

__all__ = [
    "FORMATS",
    "ImportReport",
    "RowError",
    "detect_format",
    "import_orders",
    "import_products",
    "import_tracking_events",
]
