"""Importing orders (Shopify, WooCommerce, our CSV and JSON) and products from files."""

from returns_app.services.importing.common import ImportReport, RowError
from returns_app.services.importing.run import (
    FORMATS,
    detect_format,
    import_orders,
    import_products,
)

__all__ = [
    "FORMATS",
    "ImportReport",
    "RowError",
    "detect_format",
    "import_orders",
    "import_products",
]
