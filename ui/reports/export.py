"""Writing a chart's data as CSV, its picture as PNG, and a PDF: file work for the IO pool."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtGui import QImage

from returns_app.files import write_atomically
from returns_app.services.exporting.csv_safe import csv_bytes


@dataclass(frozen=True)
class TableData:
    """The numbers behind a chart: translated headers and rows of plain values."""

    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def cell(value: object) -> str:
    """A value as CSV text: ISO dates, money with a decimal point, no thousands separators."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def csv_data(table: TableData) -> bytes:
    """The table as comma-separated UTF-8 with a byte-order mark (so spreadsheet programs
    read ä and ö right) and a header row.

    A column whose values are numbers (int, float, Decimal; or empty) is a number column, so
    a negative amount stays a number; every other cell is text, which the shared CSV writer
    keeps from running as a formula.
    """
    numeric = [
        name
        for i, name in enumerate(table.headers)
        if any(_is_number(row[i]) for row in table.rows)
        and all(row[i] is None or _is_number(row[i]) for row in table.rows)
    ]
    rows = ([cell(v) for v in row] for row in table.rows)
    return csv_bytes(table.headers, rows, numeric=numeric, delimiter=",")


def write_csv(path: str, table: TableData) -> str:
    """Write ``table`` to ``path`` as :func:`csv_data`; returns the path."""
    write_atomically(path, csv_data(table))
    return path


def save_image(path: str, image: QImage) -> str:
    """Save ``image`` as PNG; returns the path, raises OSError when it cannot be written."""
    if not image.save(path, "PNG"):
        raise OSError(f"could not write {path}")
    return path


def write_bytes(path: str, data: bytes) -> str:
    """Write ``data`` to ``path``, whole or not at all; returns the path."""
    write_atomically(path, data)
    return path
