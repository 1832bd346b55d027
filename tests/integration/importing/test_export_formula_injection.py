"""Formula payloads from a web-shop import reach the exports as text, never as formulas.

Products and an order are imported with customer, address, e-mail, product and SKU texts
like ``=HYPERLINK(...)``; another order is saved with a tab and a carriage return in front
of its texts (the importers strip those); refunds are issued with such payment references
and stock leaves the ledger (negative quantities) with such reasons, notes, users and
stations. Each CSV the app writes is then read back with ``csv.reader`` and checked cell by
cell against the database: a text cell that begins with ``= + - @``, a tab or a carriage
return carries a leading ``'`` and gives the stored text back without it; a number column
holds plain numbers, negative ones included, without the quote.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from returns_app.domain.calendar import HELSINKI
from returns_app.domain.users import Actor
from returns_app.persistence.models import (
    Customer,
    Location,
    Product,
    Refund,
    Return,
    StockMovement,
    User,
)
from returns_app.services import (
    inspection,
    queries,
    receiving,
    refunds,
    returns,
    stock,
    stock_moves,
    users,
)
from returns_app.services.exporting import export_refunds, export_stock_movements
from returns_app.services.exporting.refunds_csv import HEADER as REFUND_HEADER
from returns_app.services.exporting.stock_csv import HEADER as STOCK_HEADER
from returns_app.services.importing import import_orders, import_products
from returns_app.services.orders import CustomerInput
from returns_app.services.returns import LineRequest, RegisterReturn

FORMULA = ("=", "+", "-", "@", "\t", "\r")  # OWASP "CSV Injection"
HYPERLINK = '=HYPERLINK("http://x","y")'
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:[.,][0-9]+)?")

PRODUCTS = (
    "sku;gtin;name;unit_price;vat_rate;category\r\n"
    '+SKU-1;4006381333931;"=HYPERLINK(""http://x"",""y"")";19,90;25,5;@SUM(A1)\r\n'
    "-2+3;5901234123457;@SUM(A1);9,90;25,5;clothing\r\n"
)


def _order_file() -> bytes:
    order = {
        "order_number": "700001",
        "ordered_at": "2026-11-05T10:00:00+02:00",
        "customer": {
            "name": HYPERLINK,
            "email": "-2+3@example.fi",
            "street": "+1+1",
            "postal_code": "@SUM(A1)",
            "city": "-1+1",
            "country": "FI",
        },
        "lines": [
            {"sku": "+SKU-1", "gtin": "4006381333931", "name": HYPERLINK, "quantity": 2,
             "unit_price": "19,90", "vat_rate": "25,5"},
            {"sku": "-2+3", "gtin": "5901234123457", "name": "@SUM(A1)", "quantity": 1,
             "unit_price": "9,90", "vat_rate": "25,5"},
        ],
        "shipments": [{"tracking_number": "JJ000000014FI", "carrier": "posti",
                       "delivered_on": "2026-11-10"}],
    }  # fmt: skip
    return json.dumps({"format": "returns-desk-orders", "version": 1, "orders": [order]}).encode()


def _refund(backend, clerk, supervisor, order, lines, gtins, reference, day):
    ret = returns.register_return(
        backend.uow(),
        clerk,
        RegisterReturn(
            kind="withdrawal",
            lines=tuple(LineRequest(order.lines[i].id, q, "does_not_fit") for i, q in lines),
            notice_at=datetime(2026, 11, 15, 10, tzinfo=UTC),
        ),
    )
    receiving.receive_parcel(backend.uow(), clerk, ret.code)
    for gtin in gtins:
        receiving.check_in_item(backend.uow(), clerk, ret.id, code=gtin)
    for line in ret.lines:
        for _ in range(line.qty_announced):
            inspection.inspect_unit(
                backend.uow(), clerk, inspection.InspectUnit(line.id, "A", "restock")
            )
    proposal = refunds.propose_refund(backend.uow(), clerk, ret.id)
    refunds.approve_refund(backend.uow(), supervisor, proposal.id)
    return refunds.issue_refund(
        backend.uow(),
        clerk,
        proposal.id,
        payment_reference=reference,
        now=datetime(2026, 11, day, 12, tzinfo=UTC),
    )


@pytest.fixture
def poisoned(backend, actors, make_order):
    """Two refunded orders full of payloads, and stock moved out with more of them."""
    admin, clerk, supervisor = actors.admin, actors.clerk, actors.supervisor
    report = import_products(backend.uow(), PRODUCTS.encode(), actor=admin)
    assert report.ok and report.created == 2, report.errors
    report = import_orders(backend.uow(), _order_file(), "json", actor=admin)
    assert report.ok and report.created == 1, report.errors
    imported = queries.get_order(backend.uow(readonly=True), number="700001")
    _refund(
        backend,
        clerk,
        supervisor,
        imported,
        [(0, 2), (1, 1)],
        ["4006381333931", "4006381333931", "5901234123457"],
        "@SUM(A1)",
        20,
    )
    saved = make_order(
        customer=CustomerInput("\t=1", "tab@example.fi", None, "\r=1", "-00100", "\t@x", "FI")
    )
    _refund(backend, clerk, supervisor, saved, [(0, 1)], ["6417084000019"], "-2+3", 21)

    mover = users.add_user(backend.uow(), "-2+3", "secret-password", "supervisor", actor=admin)
    odd = Actor(mover.id, mover.username, "supervisor", "@SUM(A1)")
    shelf = next(l for l in stock.list_locations(backend.uow()) if l.kind == "sellable")
    # Back to the customer (one movement of -1), then two units counted missing.
    stock_moves.move_stock(backend.uow(), odd, "+SKU-1", shelf.id, None, 1, HYPERLINK, "+1+1")
    at_tab = replace(supervisor, station="\r=1")
    stock.adjust_stock(backend.uow(), at_tab, "-2+3", shelf.code, -1, "\t=1")
    stock.adjust_stock(backend.uow(), supervisor, "SHIRT-M", shelf.code, -1, "\r=1 counted")


def _read(data: bytes, delimiter: str = ";") -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def _as_written(text: str) -> str:
    """What a text cell must read: the stored text, with ``'`` in front of a formula start."""
    return "'" + text if text.startswith(FORMULA) else text


def _check(
    rows: list[list[str]],
    header: tuple[str, ...],
    numeric: set[str],
    stored: dict[str, dict[str, str]],
    key: str,
) -> tuple[set[str], int]:
    """Check every cell; return the formula starts the stored texts had and the negatives."""
    assert tuple(rows[0]) == header
    starts: set[str] = set()
    negatives = 0
    for row in rows[1:]:
        assert len(row) == len(header), row
        cells = dict(zip(header, row, strict=True))
        texts = stored[cells[key]]
        for name, cell in cells.items():
            if name in numeric:
                assert PLAIN_NUMBER.fullmatch(cell), (name, cell)
                negatives += cell.startswith("-")
                continue
            assert not cell.startswith(FORMULA), (name, cell)
            if name in texts:
                original = texts[name]
                assert cell == _as_written(original), (name, cell, original)
                starts.add(original[:1])
    return starts, negatives


def _stored_credit_notes(backend) -> dict[str, dict[str, str]]:
    with backend.uow(readonly=True) as uow:
        found = uow.session.execute(
            select(Refund.credit_note_number, Refund.payment_reference, Customer)
            .join(Return, Return.id == Refund.return_id)
            .join(Customer, Customer.id == Return.customer_id)
            .where(Refund.status == "issued")
        )
        return {
            number: {
                "customer_name": c.name,
                "customer_street": c.street,
                "customer_postal_code": c.postal_code,
                "customer_city": c.city,
                "customer_email": c.email or "",
                "payment_reference": reference,
            }
            for number, reference, c in found
        }


def test_credit_notes_csv_carries_payloads_as_text_and_amounts_as_negative_numbers(
    backend, actors, poisoned
):
    stored = _stored_credit_notes(backend)
    with backend.uow(readonly=True) as uow:
        totals = {-t for t in uow.session.scalars(select(Refund.total))}
    numeric = {"vat_rate", "net_amount", "vat_amount", "gross_amount", "credit_note_total"}
    for decimal in (",", "."):
        result = export_refunds(backend.uow(), actors.supervisor, *NOVEMBER, "csv", decimal=decimal)
        rows = _read(result.files[0].data)
        assert result.count == 2 and len(rows) == 1 + 2  # one VAT rate (25.5 %) on each note
        starts, negatives = _check(rows, REFUND_HEADER, numeric, stored, "credit_note_number")
        assert starts >= set(FORMULA)  # every kind of payload reached the file
        assert negatives == 2 * 4  # net, VAT, gross and total of each credit note
        column = REFUND_HEADER.index("credit_note_total")
        assert {Decimal(r[column].replace(decimal, ".")) for r in rows[1:]} == totals


def test_stock_csv_carries_payloads_as_text_and_outgoing_units_as_negative_numbers(
    backend, actors, poisoned
):
    today = datetime.now(HELSINKI).date()
    result = export_stock_movements(
        backend.uow(), actors.supervisor, today - timedelta(days=1), today + timedelta(days=1)
    )
    rows = _read(result.files[0].data)
    with backend.uow(readonly=True) as uow:
        stored = {
            str(m.id): {
                "sku": p.sku,
                "product_name": p.name,
                "location_code": loc.code,
                "reason": m.reason,
                "username": username or "",
                "station": m.station,
                "note": m.note,
            }
            for m, p, loc, username in uow.session.execute(
                select(StockMovement, Product, Location, User.username)
                .join(Product, Product.id == StockMovement.product_id)
                .join(Location, Location.id == StockMovement.location_id)
                .outerjoin(User, User.id == StockMovement.user_id)
            )
        }
    assert len(rows) - 1 == result.count == len(stored) == 4 + 3
    starts, negatives = _check(
        rows, STOCK_HEADER, {"movement_id", "quantity", "balance_after"}, stored, "movement_id"
    )
    assert starts >= set(FORMULA)
    quantities = [int(r[STOCK_HEADER.index("quantity")]) for r in rows[1:]]
    assert quantities == [1, 1, 1, 1, -1, -1, -1] and negatives == 3
