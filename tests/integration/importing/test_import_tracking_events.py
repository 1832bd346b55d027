"""Delivery days from a carrier's tracking events (issue 15): a delivery event sets the day an
estimate stood for, never a clerk's correction, audited, all or nothing; SQLite and PostgreSQL.

tests/data/import/tracking_events.csv is our documented tracking-events CSV (Posti's and
Matkahuolto's delivered-event exports are not published) with the events as Posti's Finnish
tracking and an aggregator's English codes write them: Finnish dates, ISO times with and
without offsets, a tracking number typed with spaces, events that are no delivery.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from import_helpers import DATA
from sqlalchemy import select

from returns_app.persistence.models import AuditEntry, Shipment
from returns_app.services import delivery, orders, queries
from returns_app.services.importing import import_tracking_events
from returns_app.services.importing.tracking_events import is_delivery

SAMPLE = DATA / "tracking_events.csv"
TODAY = date(2026, 12, 1)
SHIPPED = datetime(2026, 11, 9, 8, 0, tzinfo=UTC)


def _shipment(backend, number):
    with backend.uow(readonly=True) as uow:
        sh = uow.session.scalar(select(Shipment).where(Shipment.tracking_number == number))
        return sh.delivered_on, sh.delivery_estimated, sh.delivery_corrected


@pytest.fixture
def parcels(backend, actors, make_order):
    """A: estimated; B: estimated, then corrected by a clerk; C: known from the shop;
    D (GLS): no day yet. Each as the order importer would have saved it."""
    made = {}
    for name, number, day, estimated in (
        ("A", "JJ473124829FI", date(2026, 11, 12), True),
        ("B", "JJ473124832FI", date(2026, 11, 12), True),
        ("C", "JJ473124846FI", date(2026, 11, 10), False),
        ("D", "201056789010", None, False),
    ):
        shipment = orders.ShipmentInput(number, "posti", day, SHIPPED, estimated)
        made[name] = make_order(shipments=(shipment,))
    delivery.correct_delivery_day(
        backend.uow(),
        actors.clerk,
        made["B"].id,
        date(2026, 11, 14),
        "The customer's receipt from the pickup point",
        today=TODAY,
    )
    return made


def test_delivery_events_set_estimated_days_and_keep_known_ones(backend, actors, parcels):
    report = import_tracking_events(backend.uow(), SAMPLE, actor=actors.supervisor, today=TODAY)
    assert report.ok and report.written, [e.render() for e in report.errors]
    assert (report.records, report.updated, report.unchanged, report.skipped) == (8, 2, 2, 4)
    # A: "Luovutettu vastaanottajalle 10.11.2026 14.03" replaces the estimate (12.11.)
    assert _shipment(backend, "JJ473124829FI") == (date(2026, 11, 10), False, False)
    # B: the clerk's day from the customer's proof stands against the carrier's event
    assert _shipment(backend, "JJ473124832FI") == (date(2026, 11, 14), False, True)
    # C: a day the shop's export knew is not moved by a later event line
    assert _shipment(backend, "JJ473124846FI") == (date(2026, 11, 10), False, False)
    # D: picked up at 22:30 UTC on 13.11., which is 00:30 on 14.11. in Helsinki
    assert _shipment(backend, "201056789010") == (date(2026, 11, 14), False, False)
    order = queries.get_order(backend.uow(readonly=True), parcels["A"].id)
    assert not order.period_estimated
    with backend.uow(readonly=True) as uow:
        entries = [
            (e.entity_id, dict(e.details))
            for e in uow.session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "delivery_from_tracking")
                .order_by(AuditEntry.id)
            )
        ]
    assert [(i, d["old"], d["new"]) for i, d in entries] == [
        (parcels["A"].id, "2026-11-12", "2026-11-10"),
        (parcels["D"].id, None, "2026-11-14"),
    ]
    assert entries[0][1]["was_estimated"] is True
    assert entries[0][1]["event"] == "Luovutettu vastaanottajalle"


def test_importing_the_same_events_again_changes_nothing(backend, actors, parcels):
    import_tracking_events(backend.uow(), SAMPLE, actor=actors.supervisor, today=TODAY)
    again = import_tracking_events(backend.uow(), SAMPLE, actor=actors.supervisor, today=TODAY)
    assert (again.updated, again.unchanged) == (0, 4)


def test_a_file_with_errors_writes_nothing_unless_partial(backend, actors, parcels):
    text = (
        b"Seurantatunnus,Tapahtuma,Aika\n"
        b"JJ473124829FI,Toimitettu,10.11.2026 14.03\n"
        b"201056789010,DELIVERED,\n"
        b"JJ473124846FI,Delivered,1.1.2031\n"
    )
    report = import_tracking_events(backend.uow(), text, actor=actors.supervisor, today=TODAY)
    assert not report.written
    assert [(e.line, e.column) for e in report.errors] == [(3, "Aika"), (4, "Aika")]
    assert "in the future" in report.errors[1].render()
    assert _shipment(backend, "JJ473124829FI") == (date(2026, 11, 12), True, False)
    partial = import_tracking_events(
        backend.uow(), text, actor=actors.supervisor, allow_partial=True, today=TODAY
    )
    assert partial.written and partial.updated == 1
    assert _shipment(backend, "JJ473124829FI") == (date(2026, 11, 10), False, False)


def test_a_file_without_the_columns_is_refused_whole(backend, actors, parcels):
    report = import_tracking_events(
        backend.uow(), b"parcel;status\nJJ473124829FI;Delivered\n", actor=actors.supervisor
    )
    assert not report.written and report.records == 0
    assert "missing: time" in report.errors[0].render()


def test_only_a_delivery_is_a_delivery():
    for event in ("DELIVERED", "Delivered.", "luovutettu  vastaanottajalle", "Noudettu", "POD"):
        assert is_delivery(event), event
    for event in (
        "Out for delivery",
        "Ready for pickup",
        "Noudettavissa",
        "Delivery attempted",
        "Jakelussa",
        "Not delivered",
        "",
    ):
        assert not is_delivery(event), event
