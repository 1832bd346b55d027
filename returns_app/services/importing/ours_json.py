"""Our JSON order format: ``{"format": "returns-desk-orders", "version": 1, "orders": [...]}``.

Each order has the fields of our CSV format, nested as ``customer``, ``lines`` and
``shipments`` (docs/formats.md); numbers may be JSON numbers (read as decimals, never
floats) or strings with a decimal comma. An error names the field by its path
(``orders[3].lines[0].unit_price``) and the line of the file where its value is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.services.importing import common as c
from returns_app.services.importing.ours import line_of, order_fields, shipment_of
from returns_app.services.importing.resolve import DraftOrder
from returns_app.services.orders import ShipmentInput


def _m(text: str, **params: object) -> Message:
    return Message("import", text, params)


# Integers as decimals too: int() refuses more than 4,300 digits, Decimal reads any number
# (and values.py then says it is too long for an amount or a quantity).
_DECODER = json.JSONDecoder(parse_float=Decimal, parse_int=Decimal)
_WS = " \t\r\n"
# Our format nests five levels deep; a document nested far deeper is not an order export,
# and past about a thousand levels Python's JSON reader gives up with a RecursionError.
MAX_DEPTH = 32
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]')


def _too_deep(document: Any) -> bool:
    """Whether ``document`` nests lists and objects more than :data:`MAX_DEPTH` deep."""
    stack = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value
        if depth > MAX_DEPTH:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def _deep_error(text: str) -> c.ImportFileError:
    """The error for a document nested too deeply, at the line where it gets too deep."""
    depth, at = 0, 0
    for token in _TOKEN.finditer(text):
        first = token.group()[0]
        if first in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                at = token.start()
                break
        elif first in "]}":
            depth -= 1
    line = text.count("\n", 0, at) + 1
    return c.ImportFileError(
        _m(
            QT_TRANSLATE_NOOP(
                "import",
                "The JSON is nested more than {limit} levels deep at character {column}; our "
                "format needs only a few. Check that this is an order export.",
            ),
            limit=MAX_DEPTH,
            column=at - (text.rfind("\n", 0, at) + 1) + 1,
        ),
        line,
    )


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WS:
        i += 1
    return i


def locate(text: str, i: int, path: list[str | int]) -> int:
    """The offset in ``text`` of the value at ``path`` inside the value starting at ``i``
    (the offset of the innermost value found when the path does not exist)."""
    i = _skip(text, i)
    if not path:
        return i
    head, rest = path[0], path[1:]
    if i < len(text) and text[i] == "{" and isinstance(head, str):
        j = _skip(text, i + 1)
        while j < len(text) and text[j] != "}":
            key, j = _DECODER.raw_decode(text, j)
            j = _skip(text, j)
            j = _skip(text, j + 1)  # the colon
            if key == head:
                return locate(text, j, rest)
            _, j = _DECODER.raw_decode(text, j)
            j = _skip(text, j)
            if j < len(text) and text[j] == ",":
                j = _skip(text, j + 1)
        return i
    if i < len(text) and text[i] == "[" and isinstance(head, int):
        j = _skip(text, i + 1)
        n = 0
        while j < len(text) and text[j] != "]":
            if n == head:
                return locate(text, j, rest)
            _, j = _DECODER.raw_decode(text, j)
            j = _skip(text, j)
            if j < len(text) and text[j] == ",":
                j = _skip(text, j + 1)
            n += 1
        return i
    return i


class _JsonFields:
    """A JSON object (an order, a line, a shipment) seen through the canonical names."""

    NESTED = {
        "customer_name": ("customer", "name"),
        "customer_email": ("customer", "email"),
        "customer_phone": ("customer", "phone"),
        "street": ("customer", "street"),
        "postal_code": ("customer", "postal_code"),
        "city": ("customer", "city"),
        "country": ("customer", "country"),
        "language": ("customer", "language"),
        "product_name": ("name",),
        "line_discount": ("discount",),
    }

    def __init__(self, obj: dict, prefix: list[str | int], where: Callable[[list], int]) -> None:
        self.obj = obj if isinstance(obj, dict) else {}
        self.prefix = prefix
        self.where = where
        self._labels: dict[str, str] = {}

    def _path(self, key: str) -> list[str | int]:
        return list(self.NESTED.get(key, (key,)))

    def text(self, key: str) -> str:
        value: Any = self.obj
        for part in self._path(key):
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, dict | list):
            return json.dumps(value)
        return str(value).strip()

    def label(self, key: str) -> str:
        full = self.prefix + self._path(key)
        text = ""
        for part in full:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        self._labels[text] = key
        return text

    def line(self, key: str) -> int:
        return self.where(self.prefix + self._path(key))

    def line_at(self, label: str) -> int:
        key = self._labels.get(label)
        return self.line(key) if key else self.where(self.prefix)


def json_orders(text: str) -> tuple[int, Iterator[tuple[int, Any, int]]]:
    """Find the orders array; returns its length and ``(offset, order, index)`` per order.

    Raises:
        ImportFileError: not JSON, or neither a list of orders nor ``{"orders": [...]}``.
    """
    try:
        document = _DECODER.decode(text)
    except RecursionError:
        raise _deep_error(text) from None
    except json.JSONDecodeError as exc:
        raise c.ImportFileError(
            _m(
                QT_TRANSLATE_NOOP("import", "Not valid JSON at character {column}: {detail}."),
                column=exc.colno,
                detail=exc.msg,
            ),
            exc.lineno,
        ) from exc
    if _too_deep(document):
        raise _deep_error(text)
    if isinstance(document, dict) and isinstance(document.get("orders"), list):
        orders = document["orders"]
        start = locate(text, 0, ["orders"])
    elif isinstance(document, list):
        orders = document
        start = _skip(text, 0)
    else:
        raise c.ImportFileError(
            _m(
                QT_TRANSLATE_NOOP(
                    "import",
                    "The JSON holds no orders: give a list of orders or an object with an "
                    '"orders" list.',
                )
            )
        )

    def walk() -> Iterator[tuple[int, Any, int]]:
        j = _skip(text, start + 1)
        for n, order in enumerate(orders):
            yield j, order, n
            _, j = _DECODER.raw_decode(text, j)
            j = _skip(text, j)
            if j < len(text) and text[j] == ",":
                j = _skip(text, j + 1)

    return len(orders), walk()


def read_json(text: str) -> Iterator[tuple[int, DraftOrder]]:
    """The orders of a JSON document in our format, with their offsets (for progress)."""
    _, walk = json_orders(text)
    line_at = _LineCounter(text)
    for offset, obj, n in walk:
        line = line_at(offset)

        def where(path: list, offset: int = offset) -> int:
            return line_at(locate(text, offset, path[2:]))

        prefix: list[str | int] = ["orders", n]
        f = _JsonFields(obj, prefix, where)
        number = f.text("order_number")
        draft = DraftOrder(
            line=line, order_number=number, source="json", number_column=f.label("order_number")
        )
        if not isinstance(obj, dict):
            draft.error(
                line,
                f"orders[{n}]",
                _m(QT_TRANSLATE_NOOP("import", "An order must be a JSON object.")),
            )
            yield offset, draft
            continue
        if not number:
            draft.error(f.line("order_number"), f.label("order_number"), c.missing())
            yield offset, draft
            continue
        if problem := c.identifier_problem(number, 64):
            draft.error(line, f.label("order_number"), problem)
        order_fields(draft, f)
        lines = obj.get("lines")
        if not isinstance(lines, list) or not lines:
            draft.error(
                f.line("lines"),
                f.label("lines"),
                _m(QT_TRANSLATE_NOOP("import", "The order has no lines.")),
            )
        else:
            for i, item in enumerate(lines):
                lf = _JsonFields(item, [*prefix, "lines", i], where)
                got = line_of(draft, lf)
                if got is not None:
                    draft.lines.append(got)
        shipments = obj.get("shipments") or []
        if not isinstance(shipments, list):
            shipments = []
            draft.error(
                f.line("shipments"),
                f.label("shipments"),
                _m(QT_TRANSLATE_NOOP("import", "Shipments must be a list.")),
            )
        found: list[ShipmentInput] = []
        for i, item in enumerate(shipments):
            sf = _JsonFields(item, [*prefix, "shipments", i], where)
            got = shipment_of(draft, sf)
            if got is not None:
                found.append(got)
        draft.shipments = tuple(found)
        yield offset, draft


class _LineCounter:
    """Line numbers of increasing offsets, counted incrementally (random ones work too)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.line = 1

    def __call__(self, offset: int) -> int:
        if offset < self.offset:
            return self.text.count("\n", 0, offset) + 1
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line
