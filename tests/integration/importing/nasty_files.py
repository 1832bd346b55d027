"""The malformed files an outside harness found crashing imports (issue 18), one per kind:
``CASES`` maps a name to ``(file, line, column, words of the error)``."""

from __future__ import annotations

import codecs

from import_helpers import DATA

HEADER = "order_number;ordered_at;customer_name;customer_email;sku;product_name;quantity;unit_price;vat_rate"
GOOD_1 = "1001;2026-02-10;Aino Laine;aino@example.fi;SKU-1;Paita;1;39,90;25,5"
GOOD_2 = "1002;2026-02-11;Eino Koski;eino@example.fi;SKU-2;Pipo;2;24,90;25,5"
EMPTY = {"customers": 0, "orders": 0, "order_lines": 0, "shipments": 0}


def csv_file(*rows: str) -> bytes:
    return ("\n".join((HEADER, *rows)) + "\n").encode()


def second_row(old: str, new: str) -> bytes:
    assert old in GOOD_2
    return csv_file(GOOD_1, GOOD_2.replace(old, new))


def edit_json(old: str, new: str) -> tuple[bytes, int]:
    """The sample JSON with its first ``old`` replaced, and the line ``new`` starts on."""
    text = (DATA / "orders.json").read_text(encoding="utf-8")
    at = text.index(old)
    return text.replace(old, new, 1).encode(), text.count("\n", 0, at) + 1


CASES = {
    "year 1": (second_row("2026-02-11", "0001-01-01"), 3, "ordered_at", "year must be between"),
    "year 9999": (
        second_row("2026-02-11", "9999-12-31 23:59"),
        3,
        "ordered_at",
        "year must be between",
    ),
    "offset +99:99": (
        second_row("2026-02-11", "2026-02-11T10:00+99:99"),
        3,
        "ordered_at",
        "time zone offset +99:99",
    ),
    "quantity past 2^63": (
        second_row(";2;24,90", f";{2**63 + 1};24,90"),
        3,
        "quantity",
        "too large for one order line",
    ),
    "amount past the column": (
        second_row("24,90", "99999999999,90"),
        3,
        "unit_price",
        "too large",
    ),
    "an order too big for a refund": (
        second_row(";2;24,90", ";100000;9999999,90"),
        3,
        "",
        "more than an order can hold",
    ),
    "NUL in the customer's name": (
        second_row("Eino Koski", "Eino\x00Koski"),
        3,
        "customer_name",
        "control character U+0000",
    ),
    "NUL in the order number": (
        second_row("1002", "10\x0002"),
        3,
        "order_number",
        "control character U+0000",
    ),
    "NUL in the e-mail address": (
        second_row("eino@", "ei\x00no@"),
        3,
        "customer_email",
        "control character U+0000",
    ),
    "JSON: escaped NUL in the customer's name": (
        *edit_json('"Leo Heinonen"', '"Leo\\u0000Heinonen"'),
        "orders[1].customer.name",
        "control character U+0000",
    ),
    "JSON: half a surrogate pair": (
        *edit_json('"Leo Heinonen"', '"Leo \\ud800"'),
        "orders[1].customer.name",
        "control character U+D800",
    ),
    "JSON: a quantity of 5,000 digits": (
        *edit_json('"quantity": 1,', '"quantity": ' + "9" * 5000 + ","),
        "orders[0].lines[0].quantity",
        "not a quantity",
    ),
    "JSON: a price of 4,400 digits": (
        *edit_json('"unit_price": 99.0', '"unit_price": ' + "1" * 4400),
        "orders[0].lines[0].unit_price",
        "not an amount",
    ),
    "JSON: nested 5,000 deep": (
        edit_json('"version": 1,', '"version":\n' + "[" * 5000 + "]" * 5000 + ",")[0],
        4,
        "",
        "nested more than 32 levels deep at character 32",
    ),
    "JSON: nested 5,000 deep, never closed": (
        b'{"orders":\n[' + b"[" * 5000,
        2,
        "",
        "nested more than 32 levels deep",
    ),
    "UTF-16 cut at an odd byte": (
        (codecs.BOM_UTF16_LE + csv_file(GOOD_1, GOOD_2).decode().encode("utf-16-le"))[:-3],
        3,
        "",
        "UTF-16 but byte",
    ),
}
