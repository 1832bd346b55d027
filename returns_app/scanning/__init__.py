"""Understanding scanned codes (no Qt): :func:`classify` and the code formats it knows."""

from returns_app.scanning.checkdigits import (
    gs1_check_digit,
    gtin_check_digit,
    mod7_check_digit,
    normalise_gtin,
    s10_check_digit,
)
from returns_app.scanning.classify import classify
from returns_app.scanning.config import DEFAULT_CONFIG, DEFAULT_PRECEDENCE, ScanConfig
from returns_app.scanning.messages import kind_label
from returns_app.scanning.plausible import plausible_parcel_code
from returns_app.scanning.result import Kind, ScanError, ScanResult
from returns_app.scanning.return_code import (
    format_return_code_for_people,
    make_return_code,
    parse_return_code,
)
from returns_app.scanning.tracking import DEFAULT_CARRIERS, CarrierRule

__all__ = [
    "DEFAULT_CARRIERS",
    "DEFAULT_CONFIG",
    "DEFAULT_PRECEDENCE",
    "CarrierRule",
    "Kind",
    "ScanConfig",
    "ScanError",
    "ScanResult",
    "classify",
    "format_return_code_for_people",
    "gs1_check_digit",
    "gtin_check_digit",
    "kind_label",
    "make_return_code",
    "mod7_check_digit",
    "normalise_gtin",
    "parse_return_code",
    "plausible_parcel_code",
    "s10_check_digit",
]
