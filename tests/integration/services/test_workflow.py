"""The returns workflow end to end through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from returns_app.persistence.models import AuditEntry, StockLevel
from returns_app.services import inspection, queries, receiving, refunds, returns, stock
from returns_app.services.errors import Conflict, InvalidInput, PermissionDenied
from returns_app.services.returns import LineRequest, NotAllowed, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)


def _register(backend, actor, order, *lines, kind="withdrawal", **kw):
    wanted = lines or ((0, 1),)
    cmd = RegisterReturn(
        kind=kind,
        lines=tuple(LineRequest(order.lines[i].id, q, "does_not_fit") for i, q in wanted),
        notice_at=kw.pop("notice_at", NOTICE),
        **kw,
    )
    return returns.register_return(backend.uow(), actor, cmd)


def test_a_registered_return_has_a_scanner_safe_code_and_its_deadlines(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order)
    assert ret.code.startswith("R") and ret.code[1:].isdigit()
    assert ret.goods_state == "announced" and ret.money_state == "none"
    assert ret.period_ends.isoformat() == "2026-11-24"
    assert ret.refund_due.isoformat() == "2026-11-29"
    assert queries.get_return(backend.uow(), code=ret.code.lower()).id == ret.id


def test_a_late_withdrawal_is_refused_with_the_reason_and_a_supervisor_may_override(
    backend, actors, make_order
):
    order = make_order()
    late = datetime(2026, 12, 20, 10, 0, tzinfo=UTC)
    with pytest.raises(NotAllowed) as refused:
        _register(backend, actors.clerk, order, notice_at=late)
    assert "24.11.2026" in str(refused.value)
    with pytest.raises(PermissionDenied):
        _register(backend, actors.clerk, order, notice_at=late, override_reason="Kulanssi")
    ret = _register(
        backend,
        actors.supervisor,
        order,
        notice_at=late,
        override_reason="Customer was in hospital",
    )
    assert ret.override_reason == "Customer was in hospital"


def test_a_clerk_registers_a_late_return_with_a_supervisor_as_the_approver(
    backend, actors, make_order
):
    order = make_order()
    late = datetime(2026, 12, 20, 10, 0, tzinfo=UTC)
    cmd = RegisterReturn(
        "withdrawal",
        (LineRequest(order.lines[0].id, 1, "does_not_fit"),),
        notice_at=late,
        override_reason="Customer was in hospital",
    )
    with pytest.raises(PermissionDenied):
        returns.register_return(backend.uow(), actors.clerk, cmd, approver=actors.clerk)
    ret = returns.register_return(backend.uow(), actors.clerk, cmd, approver=actors.supervisor)
    assert ret.override_reason == "Customer was in hospital"
    with backend.uow() as uow:
        from returns_app.persistence.models import Return

        row = uow.session.get(Return, ret.id)
        assert row.override_by == actors.supervisor.user_id
        assert row.created_by == actors.clerk.user_id


def test_a_defect_claim_is_never_refused_for_time(backend, actors, make_order):
    order = make_order()
    ret = _register(
        backend,
        actors.clerk,
        order,
        kind="defect_claim",
        remedy="cancellation",
        notice_at=datetime(2027, 6, 1, 9, 0, tzinfo=UTC),
    )
    assert ret.kind == "defect_claim"


def test_more_units_than_bought_cannot_be_returned_even_over_two_returns(
    backend, actors, make_order
):
    order = make_order()
    _register(backend, actors.clerk, order, (0, 2))
    with pytest.raises(InvalidInput, match="only 0 of 2"):
        _register(backend, actors.clerk, order, (0, 1))


def test_find_by_code_order_tracking_email_phone_and_name(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order)
    uow = backend.uow
    assert [h.id for h in queries.find(uow(), ret.code) if h.kind == "return"] == [ret.id]
    assert any(
        h.kind == "order" and h.id == order.id for h in queries.find(uow(), order.order_number)
    )
    tracking = order.shipments[0].tracking_number
    assert any(h.kind == "order" and h.id == order.id for h in queries.find(uow(), tracking))
    for text in ("aino.laine@example.fi", "0401234567", "Aino Laine", "aino", "laine"):
        hits = queries.find(uow(), text)
        assert any(h.kind == "return" and h.id == ret.id for h in hits), text


def test_receiving_an_announced_return_opens_it_and_a_second_scan_is_refused(
    backend, actors, make_order
):
    order = make_order()
    ret = _register(backend, actors.clerk, order)
    got = receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    assert got.kind == "return" and got.ret.goods_state == "received"
    with pytest.raises(Conflict, match="already received by clerk1 at DESK-3"):
        receiving.receive_parcel(backend.uow(), actors.supervisor, ret.code)


def test_an_order_number_without_return_offers_the_order_and_unknown_goes_to_the_queue(
    backend, actors, make_order
):
    order = make_order()
    got = receiving.receive_parcel(backend.uow(), actors.clerk, order.order_number)
    assert got.kind == "order" and got.order.id == order.id
    lost = receiving.receive_parcel(backend.uow(), actors.clerk, "JJ473124829FI")
    assert lost.kind == "unidentified"
    queue = receiving.list_unidentified(backend.uow())
    assert [p.scanned_code for p in queue] == ["JJ473124829FI"]
    ret = _register(backend, actors.clerk, order)
    matched = receiving.match_parcel(backend.uow(), actors.clerk, lost.parcel_id, ret.id)
    assert matched.goods_state == "received"
    assert receiving.list_unidentified(backend.uow()) == []


def test_a_mistyped_gtin_is_refused_with_the_check_digit(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order)
    with pytest.raises(InvalidInput, match="7"):
        receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000017")


def test_check_in_records_wrong_and_extra_items(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order, (0, 1))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    ok = receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    assert ok.status == "ok" and ok.ret.lines[0].qty_received == 1
    extra = receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    assert extra.status == "extra"
    wrong = receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="0012345678905")
    assert wrong.status == "not_on_return"
    assert wrong.message.render() == (
        "Kirja (12345678905) is not on this return. Recorded; set it aside."
    )  # the product's name, not only its GTIN
    empty = receiving.record_discrepancy(backend.uow(), actors.clerk, ret.id, "empty_box")
    assert [d.kind for d in empty.discrepancies] == ["extra", "not_on_return", "empty_box"]
    assert empty.lines[0].qty_received == 1


def test_inspection_moves_stock_once_per_unit(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order, (0, 2))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019", quantity=2)
    line = ret.lines[0].id
    first = inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(line, "A", "restock", unit_no=1)
    )
    assert first.location_code == "MAIN"
    with pytest.raises(Conflict, match="already inspected by clerk1"):
        inspection.inspect_unit(
            backend.uow(),
            actors.supervisor,
            inspection.InspectUnit(line, "A", "restock", unit_no=1),
        )
    second = inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(line, "C", "scrap")
    )
    assert second.ret.goods_state == "inspected"
    assert second.ret.lines[0].qty_restocked == 1 and second.ret.lines[0].qty_written_off == 1
    levels = {(l.sku, l.location_code): l.quantity for l in stock.stock_levels(backend.uow())}
    assert levels == {("SHIRT-M", "MAIN"): 1, ("SHIRT-M", "SCRAP"): 1}
    assert stock.ledger_sum_mismatches(backend.uow()) == []
    undone = inspection.undo_inspection(backend.uow(), actors.clerk, second.inspection_id)
    assert undone.goods_state == "received" and undone.lines[0].qty_written_off == 0


def test_example_e_refund_through_the_services(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order, (0, 1))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    refunds.add_deduction(
        backend.uow(),
        actors.supervisor,
        ret.lines[0].id,
        Decimal("10.00"),
        "Worn outdoors, smells of smoke",
    )
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    assert proposal.total == Decimal("29.90")
    assert proposal.delivery_amount == Decimal("0.00")
    assert [(r.rate, r.vat, r.base) for r in proposal.vat_rows] == [
        (Decimal("25.5"), Decimal("6.08"), Decimal("23.82"))
    ]
    assert proposal.needs_supervisor  # a deduction needs a supervisor
    with pytest.raises(PermissionDenied):
        refunds.issue_refund(backend.uow(), actors.clerk, proposal.id)
    refunds.approve_refund(backend.uow(), actors.supervisor, proposal.id)
    issued = refunds.issue_refund(
        backend.uow(), actors.clerk, proposal.id, payment_reference="PSP-1", idempotency_key="k1"
    )
    assert issued.status == "issued" and issued.credit_note_number.endswith("000001")
    again = refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, idempotency_key="k1")
    assert again.credit_note_number == issued.credit_note_number
    with pytest.raises(Conflict, match="Already refunded by clerk1"):
        refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id)
    # The rest of the order comes back later: now the delivery is refunded with it.
    rest = _register(backend, actors.clerk, order, (0, 1), (1, 1))
    receiving.receive_parcel(backend.uow(), actors.clerk, rest.code)
    receiving.check_in_item(backend.uow(), actors.clerk, rest.id, code="6417084000019")
    receiving.check_in_item(backend.uow(), actors.clerk, rest.id, code="0012345678905")
    second = refunds.propose_refund(backend.uow(), actors.clerk, rest.id)
    assert second.delivery_amount == Decimal("5.90")
    assert second.total == Decimal("39.90") + Decimal("24.90") + Decimal("5.90")
    done = refunds.issue_refund(backend.uow(), actors.clerk, second.id)
    assert done.credit_note_number.endswith("000002")


def test_a_refund_is_held_until_goods_or_proof_of_dispatch(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order, (1, 1))
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    with pytest.raises(Conflict, match="proof of dispatch"):
        refunds.issue_refund(backend.uow(), actors.clerk, proposal.id)
    returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id, "JJ473124829FI")
    issued = refunds.issue_refund(backend.uow(), actors.clerk, proposal.id)
    assert issued.total == Decimal("24.90")


def test_every_change_of_money_or_stock_is_in_the_audit_log(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order, (1, 1))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="0012345678905")
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "A", "restock")
    )
    p = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.issue_refund(backend.uow(), actors.clerk, p.id)
    with backend.uow(readonly=True) as uow:
        actions = list(
            uow.session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.return_id == ret.id)
                .order_by(AuditEntry.id)
            )
        )
        stations = set(
            uow.session.scalars(select(AuditEntry.station).where(AuditEntry.return_id == ret.id))
        )
    assert actions == [
        "return_registered",
        "parcel_received",
        "item_checked_in",
        "unit_inspected",
        "refund_proposed",
        "refund_issued",
    ]
    assert stations == {"DESK-3"}


def test_closing_and_rejecting_follow_the_state_machine(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order, (1, 1))
    with pytest.raises(PermissionDenied):
        returns.reject_return(backend.uow(), actors.clerk, ret.id, "Not ours")
    rejected = returns.reject_return(
        backend.uow(), actors.supervisor, ret.id, "The book was bought in a shop, not online"
    )
    assert rejected.goods_state == "rejected" and rejected.money_state == "not_refundable"
    with pytest.raises(Conflict):
        receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    with pytest.raises(Conflict, match="already rejected"):
        returns.close_return(backend.uow(), actors.clerk, ret.id)


def test_stock_adjustment_needs_a_supervisor_and_a_reason(backend, actors, make_order):
    from returns_app.persistence.models import Product

    with backend.uow() as uow:
        uow.session.add(
            Product(
                sku="P1",
                gtin=None,
                name="Pipo",
                unit_price=Decimal("24.90"),
                vat_rate=Decimal("25.5"),
            )
        )
        uow.commit()
    with pytest.raises(PermissionDenied):
        stock.adjust_stock(backend.uow(), actors.clerk, "P1", "MAIN", 5, "count")
    with pytest.raises(InvalidInput):
        stock.adjust_stock(backend.uow(), actors.supervisor, "P1", "MAIN", 5, " ")
    m = stock.adjust_stock(backend.uow(), actors.supervisor, "P1", "MAIN", 5, "Stocktake")
    assert m.balance_after == 5
    with backend.uow(readonly=True) as uow:
        assert uow.session.scalar(select(func.sum(StockLevel.quantity))) == 5


def test_updating_an_order_of_a_buyer_without_email_keeps_the_same_customer(backend, make_order):
    from returns_app.persistence.models import Customer
    from returns_app.services import orders

    buyer = orders.CustomerInput("Eino Salo", None, None, "Kauppakatu 2", "33100", "Tampere")
    first = make_order(order_number="555001", customer=buyer)
    again = make_order(order_number="555001", customer=buyer, payment_method="invoice")
    assert again.customer.id == first.customer.id
    with backend.uow(readonly=True) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Customer)) == 1


def test_finding_an_order_number_or_its_tracking_lists_its_open_return_first(
    backend, actors, make_order
):
    order = make_order()
    closed = _register(backend, actors.clerk, order)
    returns.close_return(backend.uow(), actors.clerk, closed.id, "Customer kept it")
    open_one = _register(backend, actors.clerk, order, (1, 1))
    for text in (order.order_number, order.shipments[0].tracking_number):
        hits = [(h.kind, h.id) for h in queries.find(backend.uow(readonly=True), text)]
        assert hits == [("return", open_one.id), ("return", closed.id), ("order", order.id)]
