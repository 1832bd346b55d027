"""Delivery days from a carrier's tracking events: the day the customer got the goods.

The withdrawal period runs from physical possession (directive 2011/83/EU art. 9(2)(b)).
Without a delivery event the day is an estimate (shipping day + the method's transit days);
a carrier's delivery event says when it really was. This reads a tracking-events CSV (one
event a line: tracking number, event, time) and sets the delivery day of every shipment with
that tracking number whose event is a delivery:

- an estimated day, or none, takes the event's Helsinki day;
- a day a clerk corrected from the customer's proof is never replaced (nor one already read
  from a delivery event or a shop's delivered-at column: the file repeats old events);
- each change is audited on its order (``delivery_from_tracking``: old day, new day, the
  event), in one transaction: all or nothing, like the other imports, unless partial.

Neither Posti's nor Matkahuolto's delivered-event export is published, so the format is our
own simple CSV (docs/formats.md, "Tracking events CSV"), with the column names their
Finnish and English reports use as aliases. An event is a delivery when its text or code is
one of :data:`DELIVERY_EVENTS` ("DELIVERED", "Delivered to recipient", "Toimitettu",
"Luovutettu vastaanottajalle", "Noudettu"...): "out for delivery", "ready for pickup" and
"delivery attempted" are not (the goods are not the customer's yet).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from returns_app.domain.calendar import HELSINKI, format_date, notice_date_from_utc
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Order, Shipment
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning.tracking import normalise_tracking
from returns_app.services import audit, clock
from returns_app.services.acting import authorize
from returns_app.services.errors import require
from returns_app.services.importing.common import (
    CellError,
    CsvTable,
    ImportFileError,
    ImportReport,
    RowError,
    decode,
)
from returns_app.services.importing.values import timestamp
from returns_app.services.orders import known_delivery

FORMAT = "tracking_events"

TRACKING_COLUMNS = (
    "tracking_number",
    "tracking",
    "tracking_code",
    "tracking_id",
    "parcel_number",
    "parcel",
    "shipment_number",
    "shipment",
    "seurantatunnus",
    "seurantanumero",
    "lähetystunnus",
    "lähetysnumero",
    "kollitunnus",
)
EVENT_COLUMNS = ("event", "event_code", "status", "event_description", "tapahtuma", "tila")
TIME_COLUMNS = (
    "time",
    "event_time",
    "timestamp",
    "date",
    "event_date",
    "aika",
    "tapahtuma_aika",
    "tapahtuma-aika",
    "päivämäärä",
    "pvm",
)

# Events that mean the customer has the goods (compared case-insensitively, spaces squeezed,
# a trailing full stop dropped). Codes as carriers and aggregators write them, and the
# sentences Posti's and Matkahuolto's Finnish tracking shows.
DELIVERY_EVENTS = frozenset(
    {
        "delivered",
        "delivery",
        "dlv",
        "pod",
        "delivered to recipient",
        "delivered to the recipient",
        "delivered to consignee",
        "delivered to neighbour",
        "picked up",
        "picked up by recipient",
        "picked up by the recipient",
        "collected",
        "collected by recipient",
        "toimitettu",
        "toimitettu vastaanottajalle",
        "lähetys on toimitettu",
        "lähetys on toimitettu vastaanottajalle",
        "luovutettu",
        "luovutettu vastaanottajalle",
        "lähetys on luovutettu vastaanottajalle",
        "noudettu",
        "lähetys on noudettu",
        "vastaanottaja on noutanut lähetyksen",
        "levererad",
        "utlämnad",
    }
)


def _m(text: str, **params: object) -> Message:
    return Message("import", text, params)


def is_delivery(event: str) -> bool:
    """Whether a tracking event's text or code says the customer got the goods."""
    key = " ".join(event.casefold().split()).rstrip(".")
    return key in DELIVERY_EVENTS


@dataclass(frozen=True)
class TrackingEvent:
    """One line of the file: a parcel's event and when it happened (aware UTC)."""

    line: int
    tracking_number: str
    event: str
    at: datetime

    @property
    def day(self) -> date:
        """The Helsinki day of the event (the day the period counts from)."""
        return self.at.astimezone(HELSINKI).date()


def read_events(table: CsvTable) -> tuple[list[TrackingEvent], list[RowError], dict[str, str]]:
    """Every event of ``table`` (with the columns found), and the errors of the lines that
    cannot be read. Raises :class:`ImportFileError` when a column is missing."""
    columns = {
        "tracking": table.find(*TRACKING_COLUMNS),
        "event": table.find(*EVENT_COLUMNS),
        "time": table.find(*TIME_COLUMNS),
    }
    missing = [name for name, found in columns.items() if found is None]
    if missing:
        raise ImportFileError(
            _m(
                QT_TRANSLATE_NOOP(
                    "import",
                    "A tracking events file needs the columns tracking_number, event and "
                    "time; missing: {columns}.",
                ),
                columns=", ".join(
                    {"tracking": "tracking_number", "event": "event", "time": "time"}[n]
                    for n in missing
                ),
            )
        )
    events: list[TrackingEvent] = []
    errors: list[RowError] = []
    for row in table.rows():
        number = normalise_tracking(row.get(columns["tracking"]))
        event = row.get(columns["event"])
        try:
            if not number:
                raise CellError(
                    columns["tracking"] or "",
                    _m(QT_TRANSLATE_NOOP("import", "The tracking number is missing.")),
                )
            at = timestamp(row.get(columns["time"]), columns["time"] or "")
        except CellError as exc:
            errors.append(RowError(row.line, exc.column, exc.message, number))
            continue
        events.append(TrackingEvent(row.line, number, event, at))
    return events, errors, {k: v or "" for k, v in columns.items()}


def import_tracking_events(
    uow: UnitOfWork,
    source: bytes | str | Path,
    *,
    actor: Actor,
    allow_partial: bool = False,
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> ImportReport:
    """Set shipments' delivery days from the delivery events of a tracking-events CSV.

    ``updated``: shipments whose day the file set; ``unchanged``: shipments whose day was
    already known (a delivery event, a clerk's correction) or already that day; ``skipped``:
    events that are no delivery, or of a parcel no order has. A delivery in the future (a
    clock or typing error) is an error. All or nothing unless ``allow_partial``; ``cancel``
    (asked before writing) writes nothing; ``progress(done, total)`` counts the parcels.
    """
    require(actor, "import")
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    try:
        decoded = decode(data)
        table = CsvTable(decoded.text)
        events, errors, columns = read_events(table)
    except ImportFileError as exc:
        return ImportReport(
            "tracking_events", FORMAT, errors=(RowError(exc.line, "", exc.message),)
        )
    report = dict(
        kind="tracking_events",
        format=FORMAT,
        encoding=decoded.encoding,
        delimiter=table.delimiter,
        records=len(events) + len(errors),
    )
    # The latest delivery event of each parcel (a parcel redelivered after a return to the
    # depot has two): the goods were the customer's from then.
    deliveries: dict[str, TrackingEvent] = {}
    skipped = 0
    for ev in events:
        if not is_delivery(ev.event):
            skipped += 1
            continue
        if ev.tracking_number in deliveries:
            skipped += 1
            if ev.at <= deliveries[ev.tracking_number].at:
                continue
        deliveries[ev.tracking_number] = ev
    updated = unchanged = 0
    with uow:
        authorize(uow, actor, "import")
        s = uow.session
        today = today or notice_date_from_utc(clock.now(uow))
        for ev in deliveries.values():
            if ev.day > today:
                errors.append(
                    RowError(
                        ev.line,
                        columns["time"],
                        _m(
                            QT_TRANSLATE_NOOP(
                                "import",
                                "The delivery on {day} is in the future; check the time.",
                            ),
                            day=format_date(ev.day),
                        ),
                        ev.tracking_number,
                    )
                )
        if errors and not allow_partial:
            return ImportReport(**report, skipped=skipped, errors=tuple(sorted(errors, key=_line)))
        if cancel is not None and cancel():
            return ImportReport(**report, cancelled=True)
        bad = {e.line for e in errors}
        found = _shipments(s, [ev.tracking_number for ev in deliveries.values()])
        for done, ev in enumerate(sorted(deliveries.values(), key=lambda e: e.line), 1):
            if progress is not None:
                progress(done, len(deliveries))
            if ev.line in bad:
                continue
            shipments = found.get(ev.tracking_number, [])
            if not shipments:
                skipped += 1  # a parcel of no order here (another shop's, or not imported)
                continue
            for sh, order in shipments:
                estimated = sh.delivered_on is None or not known_delivery(sh)
                if not estimated or (sh.delivered_on == ev.day and not sh.delivery_estimated):
                    unchanged += 1  # a clerk's correction, an earlier event: kept
                    continue
                old, was_estimated = sh.delivered_on, bool(sh.delivery_estimated)
                sh.delivered_on = ev.day
                sh.delivery_estimated = False
                updated += 1
                audit.record(
                    uow,
                    actor,
                    "delivery_from_tracking",
                    "order",
                    order.id,
                    order=order.order_number,
                    shipment=sh.tracking_number,
                    old=old.isoformat() if old else None,
                    new=ev.day.isoformat(),
                    was_estimated=was_estimated,
                    event=ev.event[:200],
                    at=ev.at.isoformat(),
                )
        uow.commit()
    return ImportReport(
        **report,
        updated=updated,
        unchanged=unchanged,
        skipped=skipped,
        errors=tuple(sorted(errors, key=_line)),
        written=True,
    )


def _line(error: RowError) -> int:
    return error.line


def _shipments(s, numbers: list[str]) -> dict[str, list[tuple[Shipment, Order]]]:
    """The shipments (and their orders) of ``numbers``, by tracking number, in batches."""
    out: dict[str, list[tuple[Shipment, Order]]] = {}
    unique = list(dict.fromkeys(numbers))
    for start in range(0, len(unique), 500):
        batch = unique[start : start + 500]
        stmt = (
            select(Shipment, Order)
            .join(Order, Order.id == Shipment.order_id)
            .where(Shipment.tracking_number.in_(batch))
            .order_by(Shipment.id)
        )
        if s.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(of=Shipment)
        for sh, order in s.execute(stmt):
            out.setdefault(_key(sh.tracking_number), []).append((sh, order))
    return out


def _key(number: str | None) -> str:
    return normalise_tracking(number or "")
