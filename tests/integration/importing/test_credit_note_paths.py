"""Every refund the services can create survives every document path: the printed slip (A4
and receipt), the Finvoice message and the accounting CSV, and each adds up to the refund.

Orders, returns, arrivals, grades, deductions, remedies, return postage and price reductions
are drawn by hypothesis and go through the real services on SQLite; whatever a service
refuses is refused with a message (a ReturnsError), never a crash, and whatever it issues
prints and exports.
"""

from __future__ import annotations

import csv
import io
import itertools
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from decimal import Decimal

from finvoice_schema import problems
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from returns_app.i18n import ReturnsError
from returns_app.services import (
    documents,
    inspection,
    orders,
    receiving,
    refunds,
    returns,
    shop_settings,
)
from returns_app.services.exporting import export_finvoice, export_refunds
from returns_app.services.returns import LineRequest, RegisterReturn

D = Decimal
ISSUED = datetime(2026, 11, 20, 12, tzinfo=UTC)
NOTICE = datetime(2026, 11, 12, 10, tzinfo=UTC)
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
RATES = [D("0"), D("10"), D("13.5"), D("14"), D("24"), D("25.5")]
_numbers = itertools.count(500001)

cents = st.integers(min_value=0, max_value=30000).map(lambda c: D(c) / 100)
line = st.tuples(st.integers(1, 3), cents, st.sampled_from(RATES))
case = st.fixed_dictionaries(
    {
        "lines": st.lists(line, min_size=1, max_size=3),
        "delivery": cents,
        "kind": st.sampled_from(
            [
                ("withdrawal", None),
                ("defect_claim", "cancellation"),
                ("defect_claim", "repair"),
                ("defect_claim", "replacement"),
                ("defect_claim", "price_reduction"),
            ]
        ),
        "arrive": st.floats(0, 1),
        "proof": st.booleans(),
        "deduction": st.one_of(st.none(), cents),
        "return_cost": st.one_of(st.none(), cents),
        "reduction": st.one_of(st.none(), cents),
        "label_fee": st.sampled_from([D("0.00"), D("5.90")]),
        "shop_refunded": st.sampled_from([D("0.00"), D("0.00"), D("10.00"), D("50.00")]),
    }
)


def _order(backend, admin, lines, delivery, shop_refunded) -> object:
    number = str(next(_numbers))
    data = orders.OrderInput(
        order_number=number,
        customer=orders.CustomerInput(
            "Aino Laine", "aino@example.fi", None, "Koulukatu 1", "00100", "Helsinki"
        ),
        lines=tuple(
            orders.LineInput(f"SKU-{number}-{i}", f"Tuote {i}", qty, price, rate, gtin=None)
            for i, (qty, price, rate) in enumerate(lines)
        ),
        ordered_at=datetime(2026, 11, 5, 9, tzinfo=UTC),
        shipments=(orders.ShipmentInput(None, "posti", date(2026, 11, 10)),),
        delivery_method="Posti",
        delivery_price=delivery,
        refunded_in_shop=shop_refunded,
        shop_payment_status="partially_refunded" if shop_refunded else "",
    )
    return orders.save_order(backend.uow(), data, admin).order_id


@settings(
    max_examples=40,
    # No shrinking: each example is a few database transactions, and a failing one is
    # printed whole (its case dict reads on its own).
    phases=(Phase.explicit, Phase.generate),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(c=case)
def test_every_refund_the_services_issue_prints_and_exports_and_adds_up(
    sqlite_backend, sqlite_actors, c
):
    backend, actors = sqlite_backend, sqlite_actors
    shop_settings.save_settings(
        backend.uow(),
        actors.admin,
        iban="FI21 1234 5600 0007 85",
        business_id="1234567-1",
        vat_number="FI12345671",
        return_label_price=c["label_fee"],
    )
    order_id = _order(backend, actors.admin, c["lines"], c["delivery"], c["shop_refunded"])
    from returns_app.services import queries

    order = queries.get_order(backend.uow(readonly=True), order_id)
    kind, remedy = c["kind"]
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            kind,
            tuple(LineRequest(l.id, l.quantity, "defective") for l in order.lines),
            notice_at=NOTICE,
            remedy=remedy,
        ),
    )
    arrive = 0
    for rl in ret.lines:
        units = round(rl.qty_announced * c["arrive"])
        arrive += units
        if units:
            receiving.check_in_item(
                backend.uow(), actors.clerk, ret.id, return_line_id=rl.id, quantity=units
            )
            for _ in range(units):
                inspection.inspect_unit(
                    backend.uow(), actors.clerk, inspection.InspectUnit(rl.id, "B", "restock")
                )
    try:
        if kind == "withdrawal" and (c["proof"] or not arrive):
            returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id)
        if c["deduction"] and kind == "withdrawal" and arrive:
            refunds.add_deduction(
                backend.uow(), actors.supervisor, ret.lines[0].id, c["deduction"], "Worn outside"
            )
        proposal = refunds.propose_refund(
            backend.uow(),
            actors.clerk,
            ret.id,
            remedy=remedy,
            return_cost=c["return_cost"],
            price_reductions={order.lines[0].id: c["reduction"]}
            if remedy == "price_reduction" and c["reduction"] is not None
            else None,
        )
        refund = refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=ISSUED)
    except ReturnsError as refused:
        assert refused.message.render("en")  # refused in words, never a crash
        event(f"refused: {refused.message.render('en')[:70]}")
        return
    event("issued" if refund.total > 0 else "issued at 0.00 (units settled)")
    # A credit note is never for nothing: it pays money back or settles units that came back.
    assert refund.total > 0 or any(row.quantity for row in refund.lines)
    # What the shop refunded counts: the order never gives back more than was paid.
    paid = sum((l.unit_price * l.quantity for l in order.lines), D("0.00")) + c["delivery"]
    postage = sum((r.gross for r in refund.lines if r.kind == "return_postage"), D("0.00"))
    # (the shop's refund is taken off first; a shop refund beyond what was paid leaves nothing)
    assert refund.total - postage <= max(D("0.00"), paid - c["shop_refunded"])

    for fmt in ("a4", "80mm"):
        doc = documents.credit_note_pdf(backend.uow(), actors.clerk, refund.id, fmt)
        assert doc.data.startswith(b"%PDF")

    # goods and compensation outside the scope of VAT go in messages of their own (BR-O-11)
    messages = [
        f.data
        for f in export_finvoice(backend.uow(), actors.supervisor, *NOVEMBER).files
        if f.name in (f"{refund.credit_note_number}.xml", f"{refund.credit_note_number}-K.xml")
    ]
    amounts = []
    for xml in messages:
        assert problems(xml) == []
        root = ET.fromstring(xml)
        codes = {
            s.findtext("VatCode") for s in root.findall("InvoiceDetails/VatSpecificationDetails")
        }
        assert "O" not in codes or codes == {"O"}
        amounts += [
            D(r.findtext("RowAmount").replace(",", ".")) for r in root.findall("InvoiceRow")
        ]
    assert amounts and sum(amounts) == -refund.total

    data = export_refunds(backend.uow(), actors.supervisor, *NOVEMBER).files[0].data
    rows = [
        r
        for r in csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";")
        if r["credit_note_number"] == refund.credit_note_number
    ]
    assert sum(D(r["gross_amount"].replace(",", ".")) for r in rows) == -refund.total
