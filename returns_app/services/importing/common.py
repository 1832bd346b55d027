"""What every import shares: bytes to text, CSV dialects, row errors and the report.

Files come from spreadsheets and web shops, so the reader is forgiving about form: UTF-8
with or without a BOM, UTF-16 (Excel's "Unicode text") and Windows-1252 are decoded, and
comma, semicolon and tab delimiters are recognised from the header. Values are read by
:mod:`values`. Every problem becomes a :class:`RowError` naming the line and the column.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError

DELIMITERS = (",", ";", "\t")


# --- Errors and the report ---------------------------------------------------------------


def _m(text: str, **params: object) -> Message:
    return Message("import", text, params)


# C0 control characters other than tab and the line ends, DEL, and halves of surrogate pairs
# (a JSON "\ud800"): no name, address or code has them, PostgreSQL cannot store a NUL, and
# no database can store half a surrogate pair. They come from damaged or mis-saved files.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` with every control character (see :func:`control_problem`) shown as "\ufffd"."""
    return _CONTROL.sub("\ufffd", text)


SHOWN_LENGTH = 80


def shown(text: str) -> str:
    """A value from a file as an error shows it: printable, and cut after 80 characters."""
    if len(text) > SHOWN_LENGTH:
        text = text[: SHOWN_LENGTH - 1] + "…"
    return printable(text)


@dataclass(frozen=True)
class RowError:
    """A problem with one record of a file: where it is and what is wrong.

    Attributes:
        line: the physical line of the file (the header is line 1; for JSON, the line where
            the value at fault starts).
        column: the column name as written in the file (for JSON, the path of the field).
        message: what is wrong and how to fix it.
        record: the order number or SKU of the record, when known.
    """

    line: int
    column: str
    message: Message
    record: str = ""

    def __post_init__(self) -> None:
        # What a damaged file holds is shown as it is, but never a NUL or half a surrogate
        # pair (a terminal, Qt or a JSON report could not print the error about it), nor a
        # value of 70,000 characters.
        params = {k: shown(v) if isinstance(v, str) else v for k, v in self.message.params.items()}
        object.__setattr__(self, "column", shown(self.column))
        object.__setattr__(self, "record", shown(self.record))
        object.__setattr__(self, "message", replace(self.message, params=params))

    def render(self, lang: str = "en", translator=None) -> str:
        """``Line 12, column Lineitem price: ...`` in ``lang``."""
        problem = self.message.render(lang, translator)
        if self.column:
            outer = _m(
                QT_TRANSLATE_NOOP("import", "Line {line}, column {column}: {problem}"),
                line=self.line,
                column=self.column,
                problem=problem,
            )
        else:
            outer = _m(
                QT_TRANSLATE_NOOP("import", "Line {line}: {problem}"),
                line=self.line,
                problem=problem,
            )
        return outer.render(lang, translator)

    def __str__(self) -> str:
        return self.render("en")


@dataclass(frozen=True)
class ImportReport:
    """What an import did, or would have done.

    Attributes:
        kind: ``"orders"`` or ``"products"``.
        format: the format read (``shopify``, ``woocommerce``, ``csv``, ``json``, ``products``).
        records: orders (or products) found in the file, valid or not.
        created, updated, unchanged: what happened to the valid records that were written.
        skipped: records deliberately left out (cancelled orders).
        errors: every problem found, in file order.
        written: whether anything was committed. All or nothing by default: a file with
            errors writes nothing unless the import was asked to keep the valid records.
        cancelled: the import was cancelled; nothing was written.
        encoding, delimiter: how the file was read.
    """

    kind: str
    format: str
    records: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: tuple[RowError, ...] = ()
    written: bool = False
    cancelled: bool = False
    encoding: str = ""
    delimiter: str = ""

    @property
    def ok(self) -> bool:
        """No errors and not cancelled."""
        return not self.errors and not self.cancelled

    @property
    def invalid(self) -> int:
        """Records with at least one error."""
        return len({(e.record, e.line) if not e.record else e.record for e in self.errors})

    def summary(self) -> Message:
        """One sentence for people: what was written, or why nothing was."""
        counts = {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "errors": len(self.errors),
        }
        if self.cancelled:
            return _m(QT_TRANSLATE_NOOP("import", "Import cancelled: nothing was written."))
        if self.errors and not self.records:
            return _m(
                QT_TRANSLATE_NOOP(
                    "import", "Nothing was imported: the file cannot be read as it is."
                )
            )
        if self.errors and not self.written:
            return _m(
                QT_TRANSLATE_NOOP(
                    "import",
                    "Nothing was imported: {errors} error(s). Fix them, or import the valid "
                    "records and keep this report for the rest.",
                ),
                **counts,
            )
        if self.errors:
            return _m(
                QT_TRANSLATE_NOOP(
                    "import",
                    "Imported the valid records: {created} new, {updated} updated, "
                    "{unchanged} unchanged, {skipped} skipped; {errors} error(s) not imported.",
                ),
                **counts,
            )
        return _m(
            QT_TRANSLATE_NOOP(
                "import",
                "Imported: {created} new, {updated} updated, {unchanged} unchanged, "
                "{skipped} skipped.",
            ),
            **counts,
        )


class CellError(Exception):
    """A value that cannot be read; the parser adds the line and the record."""

    def __init__(self, column: str, message: Message) -> None:
        super().__init__(str(message))
        self.column = column
        self.message = message


class ImportFileError(ReturnsError):
    """The file as a whole cannot be read (not text, not CSV or JSON, no such format).

    Attributes:
        line: where reading stopped (1 when the file cannot be read at all).
    """

    def __init__(self, message: Message, line: int = 1) -> None:
        super().__init__(message)
        self.line = line


# --- Bytes to text -----------------------------------------------------------------------


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read with."""

    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    """Decode ``data``: BOMs first, then strict UTF-8, then Windows-1252.

    Windows-1252 decodes almost any bytes, so a file that is not UTF-8 is read as the
    encoding Finnish Excel writes by default; the five bytes Windows-1252 leaves undefined
    fall back to ISO-8859-1.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "import",
                        "The file says it is UTF-8 but byte {position} is not: save it again "
                        "as UTF-8.",
                    ),
                    position=exc.start + len(codecs.BOM_UTF8),
                ),
                data[: exc.start + len(codecs.BOM_UTF8)].count(b"\n") + 1,
            ) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise _broken_utf16(data, exc) from exc
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "windows-1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "iso-8859-1")


def _broken_utf16(data: bytes, exc: UnicodeDecodeError) -> ImportFileError:
    """A UTF-16 file cut in the middle of a character, or with half a surrogate pair."""
    good = data[: exc.start - exc.start % 2].decode("utf-16", "replace")
    line = good.count("\n") + 1
    return ImportFileError(
        _m(
            QT_TRANSLATE_NOOP(
                "import",
                "The file is UTF-16 but byte {position} is not: the file may have been cut "
                "short or damaged. Save or copy it again.",
            ),
            position=exc.start,
        ),
        line,
    )


def sniff_delimiter(text: str) -> str:
    """Return the delimiter of the header line: the most frequent of , ; and tab outside quotes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "\r\n":
            break
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def key_of(name: str) -> str:
    """Normalise a column name for matching: lower case, spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", name.strip().strip("\ufeff").lower())


@dataclass(frozen=True)
class CsvRow:
    """One record: the line it starts on and its cells by header name."""

    line: int
    cells: dict[str, str]
    extra: int = 0

    def get(self, column: str | None) -> str:
        """The cell of ``column`` without surrounding spaces ('' when absent)."""
        if column is None:
            return ""
        return (self.cells.get(column) or "").strip()


class _Named(dict):
    """The header's column for each name asked for (None: no such column), looked up once
    per name: the readers ask for every cell of every row by name."""

    def __init__(self, find: Callable[[str], str | None]) -> None:
        super().__init__()
        self._find = find

    def __missing__(self, name: str) -> str | None:
        column = self[name] = self._find(name)
        return column


@dataclass
class CsvTable:
    """A CSV file's header and a reader of its records.

    Attributes:
        delimiter: the delimiter found in the header.
        columns: the header cells as written.
        lines: the number of physical lines (for progress).
    """

    text: str
    delimiter: str = ""
    columns: list[str] = field(default_factory=list)
    lines: int = 0

    def __post_init__(self) -> None:
        self.delimiter = self.delimiter or sniff_delimiter(self.text)
        self.lines = self.text.count("\n") + (0 if self.text.endswith("\n") else 1)
        self._reader = csv.reader(
            io.StringIO(self.text, newline=""), delimiter=self.delimiter, strict=False
        )
        try:
            header = next(self._reader)
        except StopIteration:
            header = []
        except csv.Error as exc:
            raise ImportFileError(_bad_csv(1, str(exc)), 1) from exc
        self.columns = [c.strip().strip("\ufeff").strip() for c in header]
        self._by_key = {key_of(c): c for c in reversed(self.columns) if c}
        self._found: dict[tuple[str, ...], str | None] = {}
        self.named = _Named(self.find)

    def cell(self, row: CsvRow, name: str) -> str:
        """``row``'s cell of the column :meth:`find` gives for ``name``, without surrounding
        spaces ('' when the header has no such column)."""
        return row.get(self.named[name])

    def find(self, *names: str) -> str | None:
        """The header of the first of ``names`` present (compared with :func:`key_of`)."""
        try:
            return self._found[names]
        except KeyError:
            pass
        found = None
        for name in names:
            found = self._by_key.get(key_of(name))
            if found is not None:
                break
        self._found[names] = found
        return found

    def rows(self) -> Iterator[CsvRow]:
        """Every non-empty record with the line it starts on."""
        end = self._reader.line_num
        width = len(self.columns)
        while True:
            start = end + 1
            try:
                cells = next(self._reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFileError(_bad_csv(start, str(exc)), start) from exc
            end = self._reader.line_num
            if not any(c.strip() for c in cells):
                continue
            values = dict(zip(self.columns, cells, strict=False))
            yield CsvRow(start, values, max(0, len(cells) - width))


def _bad_csv(line: int, detail: str) -> Message:
    del line
    return _m(QT_TRANSLATE_NOOP("import", "Not valid CSV: {detail}."), detail=detail)


def missing() -> Message:
    """The message for an empty cell that must have a value."""
    return _m(QT_TRANSLATE_NOOP("import", "This value is missing."))


def missing_column() -> Message:
    """The message for a required column the header lacks."""
    return _m(
        QT_TRANSLATE_NOOP("import", "The file has no such column; it is needed for this format.")
    )


def control_problem(value: str) -> Message | None:
    """The message for a value with a control character in it; None when there is none."""
    found = _CONTROL.search(value)
    if found is None:
        return None
    return _m(
        QT_TRANSLATE_NOOP(
            "import",
            "“{value}” has the control character {code} in it, which is not text: remove it, "
            "or export the file again.",
        ),
        value=printable(value[:40]),
        code=f"U+{ord(found.group()):04X}",
    )


def identifier_problem(value: str, limit: int) -> Message | None:
    """Why ``value`` cannot be an order number or code (too long, control characters)."""
    if len(value) > limit:
        return too_long(value, limit)
    return control_problem(value)


def too_long(value: str, limit: int) -> Message:
    """The message for an identifier longer than the database keeps."""
    return _m(
        QT_TRANSLATE_NOOP("import", "“{value}” is longer than {limit} characters."),
        value=value[:40],
        limit=limit,
    )


def extra_cells(n: int) -> Message:
    """The message for a row with more cells than the header."""
    return _m(
        QT_TRANSLATE_NOOP(
            "import",
            "The row has {n} cell(s) more than the header: is a value with the delimiter in it "
            "missing its quotes?",
        ),
        n=n,
    )
