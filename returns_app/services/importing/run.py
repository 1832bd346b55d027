"""The import use cases: orders and products from a file, all or nothing.

All or nothing by default: a file with any error writes nothing, so the report lists every
problem and the database is as before. With ``allow_partial`` the valid records are written
and the report lists the rest. Cancelling (``cancel()`` returning True, checked between
chunks while the file is read) writes nothing. Progress is reported as
``progress(lines_read, lines_in_file)``.

How the orders are written depends on the database:

- PostgreSQL locks rows, not the database: the whole file is read and written in one
  transaction, rolled back on any error.
- SQLite has one write lock for the whole file, and a long import holding it would make every
  other station's writes fail after the busy timeout. So the import is staged: first the whole
  file is read, checked and resolved against the products in a *reading* transaction (WAL:
  it neither takes nor waits for the write lock) and the resolved orders are kept in memory.
  The reading includes the re-import guard: every order already known that the file changes
  goes through :func:`~returns_app.services.orders.reimport_refusals` (a line on a return
  keeps its price, ...), and what it refuses is an error of the file like any other. Only a
  file that passed (or a partial import) goes on to be written, in short transactions with a
  pause of :data:`BATCH_PAUSE` after each, in which the other stations' writes take the lock:
  each chunk of ``chunk_size`` orders gives one batch of new orders (a bulk ``INSERT``), then
  its changes to known orders, in batches cut at :data:`BATCH_SECONDS` (each change goes
  through ``upsert_order``, far slower than a new order); a chunk's changes go on in the batch
  of its new orders while that is under the time, so a small file is one transaction. In each
  pause the next batch's new orders are worked out into rows (``writer.prepare``), so that
  the batch holds the lock only for its look-ups (orders and customers known, new ids) and
  the writing.
  Everything the file itself can cause is found before the first batch, so a bad file writes
  nothing, audit log included.

  The one way a file is half-written: should the database refuse an order while the batches
  are written because another station changed it in between (e.g. put one of its lines on a
  return after the file was read; ``upsert_order`` runs the guard again), the batch holding
  it is rolled back, nothing after it is written, and the report names the order and says how
  many were written before it (they stay: importing the file again after the fix changes
  nothing for them). Once writing has begun it is not cancelled. An import of more than one
  batch records ``orders_import_started`` (file, format, the orders planned: new, changed,
  unchanged) in its first batch and ``orders_imported`` in its last, so an import that died
  between batches shows in the audit log as a start without an end; an import of one batch
  records only ``orders_imported``, as on PostgreSQL.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from returns_app.collector import pausing
from returns_app.domain.delivery import parse_transit_days
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Order
from returns_app.persistence.statistics import refresh_statistics
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit
from returns_app.services.acting import authorize
from returns_app.services.errors import require
from returns_app.services.importing import ours, ours_json, products, shopify, woocommerce
from returns_app.services.importing.common import (
    CsvTable,
    ImportFileError,
    ImportReport,
    RowError,
    decode,
    missing_column,
)
from returns_app.services.importing.resolve import (
    DraftOrder,
    Products,
    Transit,
    VatRates,
    load_products,
    resolve,
)
from returns_app.services.importing.writer import (
    OrderWriter,
    Prepared,
    line_values,
    order_values,
    prepare,
    would_change,
)
from returns_app.services.orders import OrderInput, reimport_refusals
from returns_app.services.shop_settings import ShopSettings, read_settings

FORMATS = ("shopify", "woocommerce", "csv", "json")
CHUNK = 2000
BATCH_PAUSE = 0.15  # s between SQLite batches: longer than SQLite's longest busy-wait sleep
BATCH_SECONDS = 0.25  # s a SQLite batch of changes to known orders may hold the write lock
CHANGE_GROUP = 10  # changes written between two looks at the clock

Cancel = Callable[[], bool]
Progress = Callable[[int, int], None]
T = TypeVar("T")


def _m(text: str, **params: object) -> Message:
    return Message("import", text, params)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _read(source: bytes | str | Path) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, ""
    path = Path(source)
    return path.read_bytes(), path.name


def detect_format(text: str, filename: str = "") -> str:
    """Tell the order format from the content (and the file name for JSON).

    Raises:
        ImportFileError: the file is none of :data:`FORMATS`.
    """
    head = text.lstrip()[:1]
    if head in ("{", "[") or filename.lower().endswith(".json"):
        return "json"
    table = CsvTable(text[: text.find("\n") + 1 if "\n" in text else len(text)])
    if shopify.looks_like(table):
        return "shopify"
    if woocommerce.looks_like(table):
        return "woocommerce"
    if table.find(*ours.ORDER_COLUMNS["order_number"]):
        return "csv"
    raise ImportFileError(
        _m(
            QT_TRANSLATE_NOOP(
                "import",
                "The file is not an order export we know (Shopify, WooCommerce, or our CSV or "
                "JSON format): choose the format, or check the header line.",
            )
        )
    )


@dataclass
class _Tally:
    """What the run has found so far."""

    errors: list[RowError] = field(default_factory=list)
    records: int = 0
    skipped: int = 0
    seen: dict[str, int] = field(default_factory=dict)


def _header_errors(missing: list[str]) -> list[RowError]:
    return [RowError(1, name, missing_column()) for name in missing]


def _drafts(fmt: str, text: str, vat: VatRates) -> tuple[Iterator[DraftOrder], int, str]:
    """The drafts of ``text`` in ``fmt``, the number of lines, and the delimiter.

    Raises:
        _HeaderProblem: required columns are missing.
    """
    lines = text.count("\n") + 1
    if fmt == "json":
        return (d for _, d in ours_json.read_json(text)), lines, ""
    table = CsvTable(text)
    if fmt == "shopify":
        missing, drafts = shopify.missing_columns(table), shopify.read(table)
    elif fmt == "woocommerce":
        missing, drafts = woocommerce.missing_columns(table), woocommerce.read(table, vat)
    else:
        columns = ours.csv_columns(table)
        missing, drafts = ours.missing_columns(columns), ours.read_csv(table)
    if missing:
        raise _HeaderProblem(_header_errors(missing), table.delimiter)
    return drafts, table.lines, table.delimiter


class _HeaderProblem(Exception):
    def __init__(self, errors: list[RowError], delimiter: str) -> None:
        super().__init__("header")
        self.errors = errors
        self.delimiter = delimiter


def _admit(draft: DraftOrder, tally: _Tally) -> bool:
    """Count ``draft``; False when it is skipped or a repeat of an earlier order."""
    tally.records += 1
    if draft.skipped:
        tally.skipped += 1
        return False
    first = tally.seen.get(draft.order_number)
    if first is not None and draft.order_number:
        # The rows of a repeated order lack the order's own fields (they are on its first
        # rows): what they miss is no error of its own, only the repeat is.
        draft.errors.clear()
        draft.error(
            draft.line,
            draft.number_column,
            _m(
                QT_TRANSLATE_NOOP(
                    "import",
                    "Order {number} already appears on line {first}: an order must appear "
                    "once, its rows together.",
                ),
                number=draft.order_number,
                first=first,
            ),
        )
    else:
        tally.seen[draft.order_number] = draft.line
    return True


@pausing  # the collector would walk every order read so far, again and again
def import_orders(
    uow: UnitOfWork,
    source: bytes | str | Path,
    fmt: str | None = None,
    *,
    allow_partial: bool = False,
    actor: Actor,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
    filename: str = "",
    chunk_size: int = CHUNK,
) -> ImportReport:
    """Import the orders of a file (``fmt`` one of :data:`FORMATS`, or None to detect it).

    Re-importing a file changes nothing; an order already known (by order number) is
    updated, never duplicated. Returns the report; raises only for permissions.
    """
    require(actor, "import")
    data, name = _read(source)
    filename = filename or name
    try:
        decoded = decode(data)
        fmt = fmt or detect_format(decoded.text, filename)
    except ImportFileError as exc:
        return ImportReport("orders", fmt or "", errors=(RowError(exc.line, "", exc.message),))
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    report = dict(kind="orders", format=fmt, encoding=decoded.encoding)
    if uow.dialect == "sqlite":
        return _with_statistics(uow, _ORDER_TABLES, _import_orders_staged(
            uow, decoded.text, fmt, report, actor, allow_partial, cancel, progress, filename,
            chunk_size,
        ))  # fmt: skip
    tally = _Tally()
    with uow:
        authorize(uow, actor, "import")
        s = uow.session
        vat = VatRates.load(s)
        informed_default, transit = _defaults(read_settings(uow))
        try:
            drafts, total, delimiter = _drafts(fmt, decoded.text, vat)
        except _HeaderProblem as exc:
            return ImportReport(**report, delimiter=exc.delimiter, errors=tuple(exc.errors))
        except ImportFileError as exc:
            return ImportReport(**report, errors=(RowError(exc.line, "", exc.message),))
        report["delimiter"] = delimiter
        writer = OrderWriter(s)
        writer.keep_sales()  # one transaction: sales_daily is written once, at the end
        try:
            chunks = _resolved(
                s, drafts, chunk_size, vat, (informed_default, transit), tally, cancel
            )
            for last_line, valid, found in chunks:
                tally.errors.extend(writer.write(valid, found))
                if progress is not None:
                    progress(last_line, total)
        except ImportFileError as exc:
            tally.errors.append(RowError(exc.line, "", exc.message))
        if cancel is not None and cancel():
            return ImportReport(**report, cancelled=True, records=tally.records)
        written = not tally.errors or allow_partial
        if written:
            writer.record_sales()
            _audit_orders_import(uow, actor, fmt, filename, writer, tally)
            uow.commit()
    return _with_statistics(
        uow, _ORDER_TABLES, _orders_report(report, writer, tally, written, progress, total)
    )


#: The tables an orders import writes to in bulk.
_ORDER_TABLES = ("customers", "orders", "order_lines", "shipments")


def _with_statistics(uow: UnitOfWork, tables: tuple[str, ...], report: ImportReport):
    """``report``, after refreshing the planner statistics of ``tables`` if anything was
    written (after the import's last commit, in a transaction of its own; a failure is
    logged, never the import's)."""
    if report.written:
        refresh_statistics(uow.engine, tables)
    return report


Batch = tuple[list[tuple[DraftOrder, OrderInput]], Products]


@dataclass
class _Plan:
    """What the read phase of a staged import found to write."""

    batches: list[Batch] = field(default_factory=list)
    changes: set[str] = field(default_factory=set)  # numbers of the known orders changed
    new: int = 0
    changed: int = 0
    unchanged: int = 0


def _import_orders_staged(
    uow: UnitOfWork,
    text: str,
    fmt: str,
    report: dict,
    actor: Actor,
    allow_partial: bool,
    cancel: Cancel | None,
    progress: Progress | None,
    filename: str,
    chunk_size: int,
) -> ImportReport:
    """SQLite: read and check the whole file without the write lock, then write it in short
    batches (see the module's docstring)."""
    tally = _Tally()
    plan = _Plan()
    with UnitOfWork(uow.engine, readonly=True) as reading:
        authorize(reading, actor, "import")
        s = reading.session
        vat = VatRates.load(s)
        informed_default, transit = _defaults(read_settings(reading))
        try:
            drafts, total, delimiter = _drafts(fmt, text, vat)
        except _HeaderProblem as exc:
            return ImportReport(**report, delimiter=exc.delimiter, errors=tuple(exc.errors))
        except ImportFileError as exc:
            return ImportReport(**report, errors=(RowError(exc.line, "", exc.message),))
        report["delimiter"] = delimiter
        try:
            chunks = _resolved(
                s, drafts, chunk_size, vat, (informed_default, transit), tally, cancel
            )
            for last_line, valid, found in chunks:
                plan.batches.append((_checked(s, valid, found, plan, tally), found))
                if progress is not None:
                    progress(last_line, total)
        except ImportFileError as exc:
            tally.errors.append(RowError(exc.line, "", exc.message))
    if cancel is not None and cancel():
        return ImportReport(**report, cancelled=True, records=tally.records)
    writer = OrderWriter(None)  # type: ignore[arg-type]  # each batch gives it its session
    written = False
    if not tally.errors or allow_partial:
        written = _write_batches(uow, actor, fmt, filename, plan, writer, tally, allow_partial)
    return _orders_report(report, writer, tally, written, progress, total)


def _defaults(settings: ShopSettings) -> tuple[bool, Transit]:
    """What the shop settings fill in: whether consumers were informed, transit days."""
    return settings.consumer_informed_default, Transit(
        parse_transit_days(settings.transit_days), settings.default_transit_days
    )


def _resolved(s, drafts, chunk_size, vat, defaults, tally, cancel):
    """Each chunk of ``drafts`` admitted and resolved against the products, as
    ``(its last line, [(draft, order)], products found)``; stops early when cancelled (the
    caller then reports the import as cancelled)."""
    for chunk in _chunks(drafts, chunk_size):
        if cancel is not None and cancel():
            return
        admitted = _stored_if_known_only(s, [d for d in chunk if _admit(d, tally)], tally)
        found = load_products(s, [line for d in admitted for line in d.lines])
        valid = []
        for draft in admitted:
            order = resolve(draft, found, vat, *defaults)
            tally.errors.extend(draft.errors)
            if order is not None:
                valid.append((draft, order))
        yield chunk[-1].line, valid, found


def _stored_if_known_only(s, drafts: list[DraftOrder], tally: _Tally) -> list[DraftOrder]:
    """``drafts`` less the orders refunded or cancelled in the shop that are not stored
    (counted as skipped): such an order is never imported as a new one, but one already
    stored is updated, so that the refund the shop made after the import reaches the desk."""
    numbers = [d.order_number for d in drafts if d.known_only]
    if not numbers:
        return drafts
    stored = set(s.scalars(select(Order.order_number).where(Order.order_number.in_(numbers))))
    kept = []
    for draft in drafts:
        if draft.known_only and draft.order_number not in stored:
            tally.skipped += 1
            continue
        kept.append(draft)
    return kept


def _audit_orders_import(uow, actor, fmt, filename, writer, tally) -> None:
    """The one audit entry of an orders import, in ``uow``'s transaction."""
    audit.record(
        uow,
        actor,
        "orders_imported",
        "import",
        None,
        format=fmt,
        file=filename,
        created=writer.created,
        updated=writer.updated,
        unchanged=writer.unchanged,
        skipped=tally.skipped,
        errors=len(tally.errors),
    )


def _orders_report(report, writer, tally, written, progress, total) -> ImportReport:
    """The report of an orders import that went to the end (the last progress said)."""
    if progress is not None:
        progress(total, total)
    return ImportReport(
        **report,
        records=tally.records,
        created=writer.created,
        updated=writer.updated,
        unchanged=writer.unchanged,
        skipped=tally.skipped,
        errors=tuple(sorted(tally.errors, key=lambda e: e.line)),
        written=written,
    )


def _checked(
    s, valid: list[tuple[DraftOrder, OrderInput]], found: Products, plan: _Plan, tally: _Tally
) -> list[tuple[DraftOrder, OrderInput]]:
    """``valid`` less the orders the re-import guard refuses (read only).

    Each order already in the database that the file changes goes through
    :func:`reimport_refusals`, the check :func:`upsert_order` makes before it writes; what it
    refuses becomes an error of the file, found before anything is written. Counts the new,
    changed and unchanged orders into ``plan``.
    """
    known = {
        o.order_number: o
        for o in s.scalars(
            select(Order)
            .where(Order.order_number.in_([o.order_number for _, o in valid]))
            .options(
                selectinload(Order.lines),
                selectinload(Order.shipments),
                joinedload(Order.customer),
            )
        )
    }
    kept = []
    for draft, order in valid:
        old = known.get(order.order_number)
        if old is None:
            plan.new += 1
        elif not would_change(old, order, found):
            plan.unchanged += 1
        else:
            wanted = dict(enumerate(line_values(order, found), start=1))
            refusals = reimport_refusals(s, old, order_values(order), wanted)
            if refusals:
                tally.errors.extend(
                    RowError(draft.line, draft.number_column, m, order.order_number)
                    for m in refusals
                )
                continue
            plan.changed += 1
            plan.changes.add(order.order_number)
        kept.append((draft, order))
    s.expunge_all()
    return kept


def _write_batches(
    uow: UnitOfWork,
    actor: Actor,
    fmt: str,
    filename: str,
    plan: _Plan,
    writer: OrderWriter,
    tally: _Tally,
    allow_partial: bool,
) -> bool:
    """Write the staged orders, one short transaction a batch; True when any was written.

    Each chunk of the file is written as its new (and unchanged) orders in one batch, then
    its changes to orders already known (the guard has passed them while the file was read).
    A change goes through :func:`upsert_order`, dozens of times slower than a new order's
    share of a bulk ``INSERT``, so the changes are not cut by count but by time: a batch
    takes changes :data:`CHANGE_GROUP` at a time until it has held the write lock for
    :data:`BATCH_SECONDS`, the chunk's new orders before them included (so a small file is
    one transaction). The same pause follows every batch.

    The audit trail shows a crash between batches: an import of more than one batch records
    ``orders_import_started`` (file, format and the counts planned) in its first batch's
    transaction and ``orders_imported`` in its last one's, so a start without an end is an
    import that did not finish; an import of one batch records only ``orders_imported``, as
    on PostgreSQL. A batch the database refuses is rolled back with its entries: a file
    refused in its first batch leaves no trace.
    """
    queue: deque[_Part] = deque()
    for k, (valid, found) in enumerate(plan.batches):
        rest = [(d, o) for d, o in valid if o.order_number not in plan.changes]
        changes = [(d, o) for d, o in valid if o.order_number in plan.changes]
        queue.extend(
            _Part(part, found, timed, k) for part, timed in ((rest, False), (changes, True)) if part
        )
    written = False
    n = 0
    dialect = uow.engine.dialect
    while queue:
        if n and BATCH_PAUSE:
            # The other stations' turn at the write lock: meanwhile the next batch's new
            # orders are worked out, so that the batch holds the lock for less.
            resume = time.monotonic() + BATCH_PAUSE
            _prepare_next(queue, dialect)
            time.sleep(max(0.0, resume - time.monotonic()))
        counts = (writer.created, writer.updated, writer.unchanged)
        with UnitOfWork(uow.engine) as batch:
            authorize(batch, actor, "import")
            writer.session = batch.session
            refused = _fill_batch(queue, writer, time.monotonic(), allow_partial)
            tally.errors.extend(refused)
            if refused and not allow_partial:
                writer.created, writer.updated, writer.unchanged = counts  # rolled back
                tally.errors.append(_stopped(refused[0].line, counts))
                break
            if n == 0 and queue:
                audit.record(
                    batch,
                    actor,
                    "orders_import_started",
                    "import",
                    None,
                    format=fmt,
                    file=filename,
                    new=plan.new,
                    changed=plan.changed,
                    unchanged=plan.unchanged,
                )
            if not queue:
                _audit_orders_import(batch, actor, fmt, filename, writer, tally)
            batch.commit()
            written = True
        n += 1
    else:
        return written
    if written:  # stopped after some batches: the end of the import, with what stopped it
        with UnitOfWork(uow.engine) as end:
            authorize(end, actor, "import")
            _audit_orders_import(end, actor, fmt, filename, writer, tally)
            end.commit()
    return written


@dataclass
class _Part:
    """Orders of one chunk of the file to write: its new ones, or its changes (``timed``);
    the new ones' rows once worked out (:func:`_prepare_next`)."""

    items: list[tuple[DraftOrder, OrderInput]]
    found: Products
    timed: bool
    chunk: int
    prepared: dict[str, Prepared] | None = None


def _prepare_next(queue: deque[_Part], dialect) -> None:
    """Work out the rows of the new orders the next batch starts with (no database)."""
    if queue and not queue[0].timed and queue[0].prepared is None:
        queue[0].prepared = prepare(queue[0].items, queue[0].found, dialect)


def _fill_batch(
    queue: deque[_Part],
    writer: OrderWriter,
    started: float,
    allow_partial: bool,
) -> list[RowError]:
    """Write one batch's share of ``queue`` (in the writer's session); the orders refused.

    A batch starts with the next part: a chunk's new orders in one bulk ``INSERT``, or its
    changes to known orders, :data:`CHANGE_GROUP` at a time until the batch has held the
    write lock for :data:`BATCH_SECONDS`. While it has time left, the chunk's changes follow
    its new orders in the same batch, so a file of one chunk written in less than that is one
    transaction; another chunk starts a batch of its own. What is left of a part goes back to
    the head of the queue.
    """
    refused: list[RowError] = []
    chunk = None  # the chunk of the file this batch writes
    while queue and not (refused and not allow_partial):
        part = queue[0]
        if chunk is not None and (
            part.chunk != chunk or time.monotonic() - started > BATCH_SECONDS
        ):
            break
        chunk = part.chunk
        queue.popleft()
        if not part.timed:
            refused += writer.write(part.items, part.found, part.prepared)
            continue
        items = part.items
        while items and not (refused and not allow_partial):
            group, items = items[:CHANGE_GROUP], items[CHANGE_GROUP:]
            refused += writer.write(group, part.found)
            if time.monotonic() - started > BATCH_SECONDS:
                break
        if items:
            queue.appendleft(_Part(items, part.found, True, part.chunk))
            break
    return refused


def _stopped(line: int, counts: tuple[int, int, int]) -> RowError:
    return RowError(
        line,
        "",
        _m(
            QT_TRANSLATE_NOOP(
                "import",
                "The database refused this order while the file was being written (another "
                "station may have changed it meanwhile): the import stopped here. {written} order(s) "
                "before it were written and stay; fix the order and import the file again.",
            ),
            written=sum(counts),
        ),
    )


@pausing
def import_products(
    uow: UnitOfWork,
    source: bytes | str | Path,
    *,
    allow_partial: bool = False,
    actor: Actor,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
    filename: str = "",
    chunk_size: int = CHUNK,
) -> ImportReport:
    """Import products from a CSV (see :mod:`products`); all or nothing unless partial."""
    require(actor, "import")
    data, name = _read(source)
    filename = filename or name
    try:
        decoded = decode(data)
        table = CsvTable(decoded.text)
    except ImportFileError as exc:
        return ImportReport("products", "products", errors=(RowError(exc.line, "", exc.message),))
    report = dict(
        kind="products", format="products", encoding=decoded.encoding, delimiter=table.delimiter
    )
    columns = products.columns_of(table)
    missing = products.missing_columns(columns)
    if missing:
        return ImportReport(**report, errors=tuple(_header_errors(missing)))
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    records = 0
    with uow:
        authorize(uow, actor, "import")
        writer = products.ProductWriter(uow.session)
        try:
            for chunk in _chunks(products.read(table), chunk_size):
                if cancel is not None and cancel():
                    return ImportReport(**report, cancelled=True, records=records)
                valid = []
                for item in chunk:
                    records += 1
                    if isinstance(item, RowError):
                        errors.append(item)
                    elif item.sku in seen:
                        errors.append(
                            RowError(
                                item.line,
                                columns["sku"] or "sku",
                                _m(
                                    QT_TRANSLATE_NOOP(
                                        "import", "SKU {sku} already appears on line {first}."
                                    ),
                                    sku=item.sku,
                                    first=seen[item.sku],
                                ),
                                item.sku,
                            )
                        )
                    else:
                        seen[item.sku] = item.line
                        valid.append(item)
                errors.extend(writer.write(valid, columns["gtin"] or "gtin"))
                if progress is not None:
                    progress(chunk[-1].line, table.lines)
        except ImportFileError as exc:
            errors.append(RowError(exc.line, "", exc.message))
        if cancel is not None and cancel():
            return ImportReport(**report, cancelled=True, records=records)
        written = not errors or allow_partial
        if written:
            audit.record(
                uow,
                actor,
                "products_imported",
                "import",
                None,
                file=filename,
                created=writer.created,
                updated=writer.updated,
                unchanged=writer.unchanged,
                errors=len(errors),
            )
            uow.commit()
    if written:
        refresh_statistics(uow.engine, ("products",))
    if progress is not None:
        progress(table.lines, table.lines)
    return ImportReport(
        **report,
        records=records,
        created=writer.created,
        updated=writer.updated,
        unchanged=writer.unchanged,
        errors=tuple(sorted(errors, key=lambda e: e.line)),
        written=written,
    )
