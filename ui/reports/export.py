"""Writing a chart's data as CSV, its picture as PNG, and a PDF: file work for the IO pool."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QImage


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


def csv_text(table: TableData) -> str:
    """The table as comma-separated text with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.headers)
    writer.writerows([cell(v) for v in row] for row in table.rows)
    return out.getvalue()


def write_csv(path: str, table: TableData) -> str:
    """Write ``table`` to ``path`` as UTF-8 with a byte-order mark (so spreadsheet programs
    read ä and ö right); returns the path."""
    Path(path).write_text(csv_text(table), encoding="utf-8-sig", newline="")
    return path


def save_image(path: str, image: QImage) -> str:
    """Save ``image`` as PNG; returns the path, raises OSError when it cannot be written."""
    if not image.save(path, "PNG"):
        raise OSError(f"could not write {path}")
    return path


def write_bytes(path: str, data: bytes) -> str:
    """Write ``data`` to ``path``; returns the path."""
    Path(path).write_bytes(data)
    return path
