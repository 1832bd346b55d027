"""The one way the app writes CSV: no cell a spreadsheet would run as a formula.

A name like ``=HYPERLINK("http://x","y")`` imported from the web shop would otherwise run
when accounting opens the export in Excel or LibreOffice. OWASP's rule ("CSV Injection"):
a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed with
a single quote, which spreadsheets show as text; the ``csv`` module quotes every cell that
holds the separator, a double quote or a line break, so a cell cannot spill into the next.

Numbers must stay numbers (a credit note's ``-12,50`` is summed by accounting), so the
exporter names its number columns; a cell there is left as written only when it is a plain
number, and is neutralised like text otherwise. Text columns are always neutralised, even
when the text looks like a number (``-1+1``, ``+358401234567``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may take for the start of a formula (OWASP's list)."""

# What the exports write for numbers: ``-12,50``, ``25.5``, ``14``, ``-3``. No signs but a
# leading minus, no exponents, no thousands separators.
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:[.,][0-9]+)?")


def text_cell(value: object) -> str:
    """``value`` as text a spreadsheet shows but never runs.

    ``None`` is an empty cell; text beginning with one of :data:`FORMULA_STARTS` gets a
    leading ``'`` (removing it gives the text back).
    """
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def number_cell(value: object) -> str:
    """A cell of a number column: a plain number (``-12,50``) as written, anything else
    (which would be a bug in the exporter) neutralised as text."""
    text = "" if value is None else str(value)
    return text if _PLAIN_NUMBER.fullmatch(text) else text_cell(text)


def csv_bytes(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    numeric: Collection[str] = (),
    delimiter: str = ";",
) -> bytes:
    """A CSV as Excel and Finnish accounting tools read it: UTF-8 with a BOM, CRLF lines,
    every cell made safe (:func:`text_cell`, or :func:`number_cell` in the columns named in
    ``numeric``).

    Raises:
        ValueError: ``numeric`` names a column the header does not have, or a row has
            another number of cells than the header.
    """
    unknown = set(numeric) - set(header)
    if unknown:
        raise ValueError(f"no such columns: {sorted(unknown)}")
    kinds = [number_cell if name in numeric else text_cell for name in header]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([text_cell(name) for name in header])
    for row in rows:
        if len(row) != len(kinds):
            raise ValueError(f"a row has {len(row)} cells, the header {len(kinds)}")
        writer.writerow([kind(value) for kind, value in zip(kinds, row, strict=True)])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")
