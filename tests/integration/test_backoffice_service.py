"""The back office's queries and batch work through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from returns_app.persistence.database import DatabaseError
from returns_app.services import backoffice as bo
from returns_app.services import backoffice_db, backoffice_stock, inspection, receiving, refunds
from returns_app.services import returns as returns_service
from returns_app.services.errors import Conflict, InvalidInput, PermissionDenied
from returns_app.services.orders import CustomerInput
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)  # refund due 29.11.2026
DUE = date(2026, 11, 29)


def _register(backend, actor, order, *lines, kind="withdrawal", reason="does_not_fit", **kw):
    wanted = lines or ((0, 1),)
    cmd = RegisterReturn(
        kind=kind,
        lines=tuple(LineRequest(order.lines[i].id, q, reason) for i, q in wanted),
        notice_at=kw.pop("notice_at", NOTICE),
        **kw,
    )
    return returns_service.register_return(backend.uow(), actor, cmd)


def _receive(backend, actor, ret):
    receiving.receive_parcel(backend.uow(), actor, ret.code)
    for line in ret.lines:
        receiving.check_in_item(
            backend.uow(), actor, ret.id, return_line_id=line.id, quantity=line.qty_announced
        )


def _ids(backend, **filters) -> set[int]:
    f = bo.ReturnsFilter(**filters)
    ids = bo.return_ids(backend.uow(readonly=True), f, limit=1000)
    assert bo.count_returns(backend.uow(readonly=True), f) == len(ids)
    assert bo.first_page(backend.uow(readonly=True), f, limit=1000) == bo.ReturnsPage(len(ids), ids)
    return set(ids)


@pytest.fixture
def three_returns(backend, actors, make_order):
    """A withdrawal (clerk, DESK-3), a defect claim of another customer (supervisor, DESK-2)
    and a goodwill return received and inspected."""
    first = make_order()
    other = make_order(
        customer=CustomerInput(
            "Väinö Mäkelä", "vaino.makela@example.fi", "+358409876543", "Rantatie 2", "33100"
        )
    )
    third = make_order()
    a = _register(backend, actors.clerk, first, reason="does_not_fit")
    b = _register(
        backend,
        actors.supervisor,
        other,
        (1, 1),
        kind="defect_claim",
        remedy="cancellation",
        reason="defective",
    )
    c = _register(backend, actors.clerk, third, (0, 2), kind="goodwill", reason="changed_mind")
    _receive(backend, actors.clerk, c)
    return first, other, third, a, b, c


def test_the_returns_list_filters_by_state_kind_reason_and_station(backend, three_returns):
    *_, a, b, c = three_returns
    assert _ids(backend) == {a.id, b.id, c.id}
    assert _ids(backend, goods_states=("announced",)) == {a.id, b.id}
    assert _ids(backend, goods_states=("received", "inspected")) == {c.id}
    assert _ids(backend, money_states=("none",)) == {a.id, b.id, c.id}
    assert _ids(backend, kind="defect_claim") == {b.id}
    assert _ids(backend, reason="changed_mind") == {c.id}
    assert _ids(backend, station="DESK-2") == {b.id}
    assert _ids(backend, kind="goodwill", station="DESK-2") == set()


def test_the_returns_list_filters_by_the_day_registered(backend, three_returns):
    *_, a, b, c = three_returns  # registered with the notice of 15.11.2026 12:00 in Finland
    day = NOTICE.date()
    assert _ids(backend, date_from=day, date_to=day) == {a.id, b.id, c.id}
    assert _ids(backend, date_to=day - timedelta(days=1)) == set()
    assert _ids(backend, date_from=day + timedelta(days=1)) == set()


def test_refund_overdue_and_due_soon_follow_the_legal_deadline(backend, actors, three_returns):
    *_, a, b, c = three_returns
    assert a.refund_due == DUE
    assert _ids(backend, due="overdue", today=DUE + timedelta(days=1)) >= {a.id}
    assert _ids(backend, due="overdue", today=DUE) == set()
    assert a.id in _ids(backend, due="due_soon", today=DUE - timedelta(days=2))
    assert a.id not in _ids(backend, due="due_soon", today=DUE - timedelta(days=3))
    returns_service.reject_return(backend.uow(), actors.supervisor, a.id, "Not bought from us")
    assert a.id not in _ids(backend, due="overdue", today=DUE + timedelta(days=1))
    with pytest.raises(InvalidInput):
        _ids(backend, due="someday")


@pytest.mark.parametrize(
    "what",
    [
        "code",
        "code typed",
        "order",
        "order with hash",
        "email",
        "email start",
        "name part",
        "name lower",
        "phone",
        "shipment tracking",
    ],
)
def test_search_finds_a_return_by_anything_a_customer_might_quote(backend, three_returns, what):
    first, other, _third, a, b, _c = three_returns
    text = {
        "code": b.code,
        "code typed": " ".join([b.code[:4], b.code[4:]]).lower(),
        "order": other.order_number,
        "order with hash": f"#{other.order_number}",
        "email": "VAINO.MAKELA@example.fi",
        "email start": "vaino.makela@",
        "name part": "Mäkelä",
        "name lower": "väinö mäk",
        "phone": "040 987 6543",
        "shipment tracking": other.shipments[0].tracking_number,
    }[what]
    assert _ids(backend, text=text) == {b.id}


def test_search_by_the_return_tracking_number(backend, actors, make_order):
    order = make_order()
    ret = _register(backend, actors.clerk, order, return_tracking_number="JJ473124829FI")
    _register(backend, actors.clerk, make_order())
    assert _ids(backend, text="jj473124829fi") == {ret.id}
    assert _ids(backend, text="nobody at all") == set()


@pytest.mark.parametrize("sort", sorted(bo.SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_of_ids_never_overlap_whatever_the_sort(
    backend, actors, make_order, sort, descending
):
    made = [_register(backend, actors.clerk, make_order()).id for _ in range(7)]
    f = bo.ReturnsFilter()
    pages = [
        bo.return_ids(backend.uow(readonly=True), f, sort, descending, offset, 3)
        for offset in (0, 3, 6, 9)
    ]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert sorted(i for p in pages for i in p) == sorted(made)


def test_ids_follow_the_chosen_sort(backend, three_returns):
    *_, a, b, c = three_returns
    f = bo.ReturnsFilter()
    by_customer = bo.return_ids(backend.uow(), f, "customer", False)
    assert by_customer[0] in (a.id, c.id) and by_customer[-1] == b.id  # Aino before Väinö
    by_kind = bo.return_ids(backend.uow(), f, "kind", True)
    assert by_kind[0] == a.id  # withdrawal > goodwill > defect_claim
    newest = bo.return_ids(backend.uow(), f)
    assert newest == [c.id, b.id, a.id]
    with pytest.raises(InvalidInput):
        bo.return_ids(backend.uow(), f, "password")


def test_rows_come_in_the_order_asked_with_orders_units_and_refund(backend, actors, three_returns):
    first, _other, _third, a, b, c = three_returns
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, c.id)
    rows = bo.return_rows(backend.uow(readonly=True), [c.id, 99999, a.id], today=DUE)
    assert [r.id for r in rows] == [c.id, a.id]
    assert rows[0].units == 2 and rows[0].refund_total == proposal.total
    assert rows[0].goods_state == "received" and rows[0].money_state == "proposed"
    assert rows[1].order_numbers == (first.order_number,)
    assert rows[1].customer_name == "Aino Laine" and rows[1].refund_total is None
    assert rows[1].urgency == "due_soon"
    assert bo.return_rows(backend.uow(), []) == []


def test_stations_lists_every_station_that_registered_a_return(backend, three_returns):
    assert bo.stations(backend.uow()) == ["DESK-2", "DESK-3"]


def test_the_timeline_tells_the_story_of_a_return_from_the_audit_log(backend, actors, make_order):
    ret = _register(backend, actors.clerk, make_order(), (1, 1))
    _receive(backend, actors.clerk, ret)
    entries = bo.timeline(backend.uow(readonly=True), ret.id)
    assert [e.action for e in entries] == [
        "return_registered",
        "parcel_received",
        "item_checked_in",
    ]
    assert entries[0].username == "clerk1" and entries[0].station == "DESK-3"
    assert entries[0].details["code"] == ret.code
    assert bo.timeline(backend.uow(), 99999) == []


def _proposed(backend, actors, order, *lines, receive=True, **kw):
    ret = _register(backend, actors.clerk, order, *lines, **kw)
    if receive:
        _receive(backend, actors.clerk, ret)
    return ret, refunds.propose_refund(backend.uow(), actors.clerk, ret.id)


def test_the_refund_queue_is_sorted_by_deadline_and_marks_what_is_late(backend, actors, make_order):
    late_ret, late = _proposed(
        backend, actors, make_order(), notice_at=datetime(2026, 11, 12, 9, tzinfo=UTC)
    )
    soon_ret, soon = _proposed(backend, actors, make_order(), receive=False)
    issued_ret, issued = _proposed(backend, actors, make_order())
    refunds.issue_refund(backend.uow(), actors.clerk, issued.id)
    queue = bo.refund_queue(backend.uow(readonly=True), today=DUE - timedelta(days=1))
    assert [q.refund_id for q in queue] == [late.id, soon.id]
    assert queue[0].refund_due < queue[1].refund_due
    assert [q.urgency for q in queue] == ["overdue", "due_soon"]
    assert [q.issuable for q in queue] == [True, False]
    assert [q.reasons for q in queue] == [(), (bo.GOODS_NOT_BACK,)]
    assert queue[0].return_code == late_ret.code and queue[0].customer_name == "Aino Laine"
    assert queue[0].total == Decimal("39.90") and queue[0].status == "proposed"


def _queued(backend, refund_id):
    return next(q for q in bo.refund_queue(backend.uow(readonly=True)) if q.refund_id == refund_id)


def test_a_refund_over_the_approval_limit_waits_for_a_supervisor_and_only_for_one(
    backend, actors, make_order
):
    from returns_app.services import shop_settings

    shop_settings.save_settings(backend.uow(), actors.admin, refund_approval_limit="10.00")
    _, refund = _proposed(backend, actors, make_order())
    row = _queued(backend, refund.id)
    assert row.reasons == (bo.NEEDS_APPROVAL,) and row.issuable
    assert not row.ready_for(actors.clerk) and row.ready_for(actors.supervisor)
    refunds.approve_refund(backend.uow(), actors.supervisor, refund.id)
    row = _queued(backend, refund.id)
    assert row.reasons == () and row.ready_for(actors.clerk)


def test_a_deduction_nobody_decided_on_holds_the_refund_until_a_supervisor_approves_it(
    backend, actors, make_order
):
    ret, _ = _proposed(backend, actors, make_order())
    done = refunds.add_deduction(
        backend.uow(), actors.clerk, ret.lines[0].id, Decimal("10.00"), "Worn outdoors, stains"
    )
    refund = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    row = _queued(backend, refund.id)
    assert bo.DEDUCTION_PENDING in row.reasons and not row.issuable
    assert not row.ready_for(actors.supervisor)
    result = bo.batch_issue(backend.uow(), actors.supervisor, [refund.id])
    assert result.issued == () and "deduction waits" in str(result.failed[0].message)
    refunds.approve_deduction(backend.uow(), actors.supervisor, done.pending_deductions[0].id)
    row = next(q for q in bo.refund_queue(backend.uow(readonly=True)) if q.return_id == ret.id)
    assert bo.DEDUCTION_PENDING not in row.reasons and row.issuable


def test_no_goods_back_and_no_proof_of_dispatch_holds_the_refund_until_the_proof(
    backend, actors, make_order
):
    ret, refund = _proposed(backend, actors, make_order(), (0, 2), receive=False)
    row = _queued(backend, refund.id)
    assert row.reasons == (bo.GOODS_NOT_BACK,) and not row.issuable
    assert row.units_expected == 2  # told as the hold, not as units still expected
    returns_service.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id, "JJ473124829FI")
    row = _queued(backend, refund.id)
    assert row.reasons == () and row.issuable and row.ready_for(actors.clerk)


def test_units_still_expected_are_told_but_do_not_hold_what_has_arrived(
    backend, actors, make_order
):
    ret = _register(backend, actors.clerk, make_order(), (0, 2), (1, 1))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(
        backend.uow(), actors.clerk, ret.id, return_line_id=ret.lines[0].id, quantity=1
    )
    refund = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    row = _queued(backend, refund.id)
    assert row.reasons == (bo.UNITS_EXPECTED,) and row.units_expected == 2
    assert row.issuable and row.ready_for(actors.clerk)
    assert bo.batch_issue(backend.uow(), actors.supervisor, [refund.id]).failed == ()


def test_a_defect_claim_settled_by_a_price_reduction_expects_no_goods(backend, actors, make_order):
    ret = _register(
        backend,
        actors.clerk,
        make_order(),
        kind="defect_claim",
        remedy="price_reduction",
        reason="defective",
    )
    refund = refunds.propose_refund(
        backend.uow(),
        actors.clerk,
        ret.id,
        price_reductions={ret.lines[0].order_line_id: Decimal("5.00")},
    )
    row = _queued(backend, refund.id)
    assert bo.GOODS_NOT_BACK not in row.reasons and bo.UNITS_EXPECTED not in row.reasons
    assert row.units_expected == 0 and row.issuable


def test_a_row_can_have_several_reasons_in_a_fixed_order(backend, actors, make_order):
    from returns_app.services import shop_settings

    shop_settings.save_settings(backend.uow(), actors.admin, refund_approval_limit="10.00")
    ret = _register(backend, actors.clerk, make_order(), (0, 2))
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(
        backend.uow(), actors.clerk, ret.id, return_line_id=ret.lines[0].id, quantity=1
    )
    refunds.add_deduction(
        backend.uow(), actors.clerk, ret.lines[0].id, Decimal("10.00"), "Worn outdoors, stains"
    )
    refund = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    row = _queued(backend, refund.id)
    assert row.reasons == (bo.NEEDS_APPROVAL, bo.DEDUCTION_PENDING, bo.UNITS_EXPECTED)
    assert row.units_expected == 1 and not row.issuable


def test_a_batch_issue_is_for_supervisors_and_issues_each_refund_once(backend, actors, make_order):
    _, one = _proposed(backend, actors, make_order())
    _, two = _proposed(backend, actors, make_order())
    held_ret, held = _proposed(backend, actors, make_order(), receive=False)
    ids = [one.id, two.id, held.id]
    with pytest.raises(PermissionDenied):
        bo.batch_issue(backend.uow(), actors.clerk, ids)
    result = bo.batch_issue(backend.uow(), actors.supervisor, ids, batch_key="b1")
    assert sorted(r.id for r in result.issued) == [one.id, two.id]
    assert all(r.status == "issued" and r.credit_note_number for r in result.issued)
    assert [(f.refund_id, f.return_code) for f in result.failed] == [(held.id, held_ret.code)]
    assert "proof of dispatch" in str(result.failed[0].message)
    numbers = {r.id: r.credit_note_number for r in result.issued}
    again = bo.batch_issue(backend.uow(), actors.supervisor, [one.id, two.id], batch_key="b1")
    assert {r.id: r.credit_note_number for r in again.issued} == numbers
    other_click = bo.batch_issue(backend.uow(), actors.supervisor, [one.id])
    assert other_click.issued == () and "Already refunded" in str(other_click.failed[0].message)
    assert [q.refund_id for q in bo.refund_queue(backend.uow())] == [held.id]


def test_stock_overview_shows_each_product_at_each_location(backend, actors, make_order):
    ret = _register(backend, actors.clerk, make_order(), (0, 2))
    _receive(backend, actors.clerk, ret)
    line = ret.lines[0].id
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(line, "A", "restock")
    )
    inspection.inspect_unit(backend.uow(), actors.clerk, inspection.InspectUnit(line, "D", "scrap"))
    overview = backoffice_stock.stock_overview(backend.uow(readonly=True))
    assert {"MAIN", "SCRAP"} <= {l.code for l in overview.locations}
    shirt = next(p for p in overview.products if p.sku == "SHIRT-M")
    assert dict(shirt.levels) == {"MAIN": 1, "SCRAP": 1} and shirt.total == 2
    book = next(p for p in overview.products if p.sku == "BOOK-1")
    assert dict(book.levels) == {} and book.total == 0
    for search in ("shirt", "paita", "6417084000019"):
        found = backoffice_stock.stock_overview(backend.uow(), search).products
        assert [p.sku for p in found] == ["SHIRT-M"], search


def test_the_ledger_pages_newest_first_and_filters(backend, actors, make_order):
    from returns_app.services import stock

    for qty in (5, -2, 3):
        stock.adjust_stock(backend.uow(), actors.supervisor, "BOOK-1", "MAIN", qty, "Stocktake")
    ret = _register(backend, actors.clerk, make_order(), (0, 1))
    _receive(backend, actors.clerk, ret)
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "B", "b_stock")
    )
    everything = backoffice_stock.ledger_page(backend.uow(), backoffice_stock.LedgerFilter())
    assert [m.quantity for m in everything] == [1, 3, -2, 5]
    assert everything[0].return_code == ret.code and everything[0].username == "clerk1"
    assert [m.balance_after for m in everything[1:]] == [6, 3, 5]
    first = backoffice_stock.ledger_page(backend.uow(), backoffice_stock.LedgerFilter(), limit=2)
    rest = backoffice_stock.ledger_page(
        backend.uow(), backoffice_stock.LedgerFilter(), before_id=first[-1].id
    )
    assert [m.id for m in first + rest] == [m.id for m in everything]

    def only(**kw):
        f = backoffice_stock.LedgerFilter(**kw)
        return [m.quantity for m in backoffice_stock.ledger_page(backend.uow(), f)]

    assert only(sku="BOOK-1") == [3, -2, 5]
    assert only(location_code="MAIN") == [3, -2, 5]
    assert only(return_code=ret.code.lower()) == [1]
    assert only(user_id=actors.supervisor.user_id) == [3, -2, 5]
    today = bo.today_in_finland()
    assert only(date_from=today, date_to=today) == [1, 3, -2, 5]
    assert only(date_to=today - timedelta(days=1)) == []


def test_locations_are_added_by_an_admin_and_deactivated_only_when_empty(
    backend, actors, make_order
):
    from returns_app.services import stock

    new = backoffice_stock.LocationInput(" shelf-b ", "Shelf B", "sellable")
    with pytest.raises(PermissionDenied):
        backoffice_stock.save_location(backend.uow(), actors.supervisor, new)
    made = backoffice_stock.save_location(backend.uow(), actors.admin, new)
    assert made.code == "SHELF-B" and made.active
    with pytest.raises(Conflict, match="already a location SHELF-B"):
        backoffice_stock.save_location(backend.uow(), actors.admin, new)
    with pytest.raises(InvalidInput):
        backoffice_stock.save_location(
            backend.uow(), actors.admin, backoffice_stock.LocationInput("X", "X", "attic")
        )
    make_order()  # adds the products
    stock.adjust_stock(backend.uow(), actors.supervisor, "BOOK-1", "SHELF-B", 2, "Moved here")
    off = backoffice_stock.LocationInput("SHELF-B", "Shelf B", "sellable", False, made.id)
    with pytest.raises(Conflict, match="still holds 2 units"):
        backoffice_stock.save_location(backend.uow(), actors.admin, off)
    stock.adjust_stock(backend.uow(), actors.supervisor, "BOOK-1", "SHELF-B", -2, "Moved back")
    assert not backoffice_stock.save_location(backend.uow(), actors.admin, off).active
    scrap = next(l for l in backoffice_stock.all_locations(backend.uow()) if l.kind == "scrap")
    with pytest.raises(Conflict, match="last active location of its kind"):
        backoffice_stock.save_location(
            backend.uow(),
            actors.admin,
            backoffice_stock.LocationInput(scrap.code, scrap.name, "scrap", False, scrap.id),
        )


def test_probing_a_database_reports_its_schema_and_counts(backend, make_order, tmp_path):
    make_order()
    probe = backoffice_db.probe_database(backend.url)
    assert probe.state == "current" and probe.usable
    assert probe.orders == 1 and probe.returns == 0
    assert "secret" not in probe.display_url
    empty = backoffice_db.probe_database(backoffice_db.sqlite_url(str(tmp_path / "new.sqlite3")))
    assert empty.state == "empty" and empty.kind == "local" and empty.orders is None


def test_probing_an_unreachable_server_says_what_to_check():
    url = backoffice_db.postgres_url("127.0.0.1", 1, "returns", "nobody", password="secret")
    with pytest.raises(DatabaseError, match="Check that the server is running") as failed:
        backoffice_db.probe_database(url)
    assert "secret" not in str(failed.value)


def test_a_postgres_url_keeps_the_password_out_unless_given():
    assert backoffice_db.postgres_url("db.local", 5433, "returns", "desk") == (
        "postgresql+psycopg://desk@db.local:5433/returns"
    )
    with_pass = backoffice_db.postgres_url("h", 5432, "d", "u", password="p@ss:w/rd")
    assert with_pass == "postgresql+psycopg://u:p%40ss%3Aw%2Frd@h:5432/d"
    assert backoffice_db.postgres_url("h", 5432, "d", "u", passfile="/x/pgpass").endswith(
        "?passfile=%2Fx%2Fpgpass"
    )
