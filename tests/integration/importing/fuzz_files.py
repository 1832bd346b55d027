"""Malformed import files for the fuzz test: seeded mutations of the sample files.

Every file is made from a sample in tests/data/import by a few of the mutations below, the
kinds an outside harness found breaking imports: flipped, inserted and deleted bytes, cut
files, huge numbers (past 2^63, past Python's 4,300-digit limit, past the money column),
dates in year 1 or 9999, offsets like +99:99, NULs and other control characters, deep JSON
nesting, UTF-16 cut at an odd byte. The same seed always gives the same files.
"""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from import_helpers import DATA

ORDER_SAMPLES = (
    "orders.csv",
    "orders.json",
    "shopify_orders.csv",
    "woocommerce_orders.csv",
    "woocommerce_orders_one_row_per_item.csv",
)
PRODUCT_SAMPLES = ("products.csv",)
FORMATS = ("csv", "json", "shopify", "woocommerce")

NASTY_VALUES = (
    "0001-01-01",
    "0001-01-01 00:00",
    "9999-12-31 23:59",
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00",
    "2026-02-10T10:00:00+99:99",
    "2026-02-10 10:00 -24:00",
    "31.12.9999 klo 23.59",
    "1.1.0001",
    "9" * 5000,
    "1" + "0" * 4400,
    str(2**63),
    str(2**64 + 1),
    "-" + str(2**63 + 1),
    "99999999999,99",
    "12345678901234567890123456789012345,50",
    "1e999999",
    "1E+400",
    "NaN",
    "Infinity",
    "0,0000000000000000000000000000001",
    "\x00",
    "Aino\x00Laine",
    "\x01\x02\x1b[31m",
    "\ud800",
    "x" * 70000,
    "１２３",
    "",
    '"',
    "\r\n",
    "\u2028",
)
JSON_NASTY = (
    "[" * 5000,
    "{" + '"a":{' * 3000,
    "1" * 5000,
    "-" + "9" * 4400,
    "1e999999",
    '"\\u0000"',
    '"Aino\\u0000Laine"',
    '"\\ud800"',
    "NaN",
    "-Infinity",
    "null",
    "[]",
    "{}",
    "true",
)


@dataclass(frozen=True)
class Mutant:
    """One malformed file: what it came from and how it was made (to reproduce a failure)."""

    data: bytes
    sample: str
    how: tuple[str, ...]
    fmt: str | None = None
    partial: bool = False

    @property
    def products(self) -> bool:
        return self.sample in PRODUCT_SAMPLES


def _flip(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def _insert_bytes(rng: random.Random, data: bytes) -> bytes:
    i = rng.randint(0, len(data))
    junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return data[:i] + junk + data[i:]


def _delete(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + data[i + rng.randint(1, 64) :]


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randint(0, len(data))]


def _duplicate_line(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")
    i = rng.randrange(len(lines))
    lines.insert(rng.randrange(len(lines) + 1), lines[i])
    return b"\n".join(lines)


def _encoded(value: str) -> bytes:
    return value.encode("utf-8", "surrogatepass")  # a lone surrogate stays as bad bytes


def _value_end(data: bytes, a: int) -> int:
    return next((i for i in range(a + 1, len(data)) if data[i] in b",}]\n"), len(data))


def _nasty_field(rng: random.Random, data: bytes) -> bytes:
    """Replace one CSV cell or JSON value (found by its delimiter) with a nasty value."""
    value = rng.choice(NASTY_VALUES)
    seps = [i for i, ch in enumerate(data) if ch in b",;:\n"]
    if len(seps) < 2:
        return data + _encoded(value)
    k = rng.randrange(len(seps) - 1)
    a, b = seps[k], seps[k + 1]
    if data.lstrip().startswith((b"{", b"[")):
        # a JSON value: keep it a string so the document still parses
        value = value.replace("\\", "\\\\").replace('"', '\\"')
        value = "".join(ch if ord(ch) >= 0x20 else f"\\u{ord(ch):04x}" for ch in value)
        if data[a] != ord(":"):
            return data
        return data[: a + 1] + _encoded(f' "{value}"') + data[_value_end(data, a) :]
    return data[: a + 1] + _encoded(value) + data[b:]


def _nasty_json(rng: random.Random, data: bytes) -> bytes:
    """Replace one JSON value with raw nasty JSON (a number, deep nesting, an escape)."""
    colons = [i for i, ch in enumerate(data) if ch == ord(":")]
    nasty = _encoded(rng.choice(JSON_NASTY))
    if not colons:
        return data + nasty
    a = rng.choice(colons)
    return data[: a + 1] + b" " + nasty + data[_value_end(data, a) :]


def _utf16_cut(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    encoded = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    cut = rng.randrange(3, max(4, len(encoded)), 2)  # an odd number of bytes
    return encoded[:cut]


def _nul_bytes(rng: random.Random, data: bytes) -> bytes:
    i = rng.randint(0, len(data))
    return data[:i] + b"\x00" * rng.randint(1, 3) + data[i:]


Mutation = Callable[[random.Random, bytes], bytes]
MUTATIONS: dict[str, Mutation] = {
    "flip": _flip,
    "insert": _insert_bytes,
    "delete": _delete,
    "truncate": _truncate,
    "duplicate_line": _duplicate_line,
    "nasty_field": _nasty_field,
    "nasty_json": _nasty_json,
    "utf16_cut": _utf16_cut,
    "nul": _nul_bytes,
}
WEIGHTS = {"nasty_field": 5, "nasty_json": 2, "utf16_cut": 1, "nul": 2, "truncate": 1}


def mutants(
    seed: int, n: int, samples: tuple[str, ...], known: dict[str, bytes] | None = None
) -> Iterator[Mutant]:
    """The ``known`` nasty files as they are, then ``n`` malformed files made from
    ``samples`` (and the known ones) with the random generator ``seed``."""
    rng = random.Random(seed)
    sources = {name: (DATA / name).read_bytes() for name in samples} | (known or {})
    for name, data in (known or {}).items():
        yield Mutant(data, name, ())
    names = list(MUTATIONS)
    weights = [WEIGHTS.get(name, 1) for name in names]
    for _ in range(n):
        nasty = known and rng.random() < 0.3
        sample = rng.choice(list(known)) if nasty else rng.choice(samples)
        data = sources[sample]
        how = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            name = rng.choices(names, weights)[0]
            data = MUTATIONS[name](rng, data)
            how.append(name)
        # now and then the format is chosen by hand, and wrongly
        fmt = rng.choice(FORMATS) if rng.random() < 0.15 else None
        yield Mutant(data, sample, tuple(how), fmt, rng.random() < 0.25)
