"""The demo's returns in bulk: about 15 % of the orders, at every stage, and as sound as the
ones the services make (the audit chain verifies, money and stock add up, the desk and the
back office read them and can carry on with them)."""

from __future__ import annotations

import shutil
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from returns_app.domain.calendar import notice_date_from_utc
from returns_app.persistence.database import make_engine
from returns_app.persistence.models import (
    AuditEntry,
    Order,
    Refund,
    RefundLine,
    Return,
    ReturnLine,
    StockLevel,
    StockMovement,
)
from returns_app.services import (
    backoffice,
    demo,
    documents,
    inspection,
    queries,
    receiving,
    refunds,
    reports,
    timeline,
)
from returns_app.services.audit_verify import verify_audit_log
from returns_app.services.owed import settle_money_state
from returns_app.services.reports.filters import ReportFilter
from returns_app.services.runtime import Backend

ORDERS = 2000


def _generated(backend):
    demo.ensure_demo_users(backend.engine)
    return backend, demo.generate(backend.engine, orders=ORDERS, seed=5)


@pytest.fixture
def demo_db(backend):
    """A demo database of this test's own (for a test that carries on with its returns)."""
    return _generated(backend)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def demo_read(request, tmp_path_factory, _sqlite_template, _pg_schemas):
    """One demo database for the tests that read it (generating one takes seconds). They
    change nothing a check reads: printing a credit note only records that it was printed."""
    from tests.conftest import PG_SKIP, _schema_url, pg_base_url

    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("demo") / "returns.sqlite3"
        shutil.copyfile(_sqlite_template, path)
        url, schema = f"sqlite:///{path}", None
    else:
        if pg_base_url() is None:
            pytest.skip(PG_SKIP)
        if _pg_schemas is None:
            pytest.skip("pg_dump is not installed: no shared PostgreSQL copy for this module")
        schema = _pg_schemas.take()
        url = _schema_url(pg_base_url(), schema)
    backend = Backend(make_engine(url), url)
    yield _generated(backend)
    backend.engine.dispose()
    if schema is not None:
        _pg_schemas.give_back(schema)


def _returns(backend) -> list:
    with backend.uow(readonly=True) as uow:
        return uow.session.execute(select(Return.__table__).order_by(Return.id)).all()


def test_about_15_percent_of_the_orders_come_back_at_every_stage(demo_read):
    backend, summary = demo_read
    rets = _returns(backend)
    assert summary.returns == len(rets) == round(ORDERS * demo.RETURN_SHARE)
    with backend.uow(readonly=True) as uow:
        s = uow.session
        assert s.scalar(select(func.count()).select_from(Order)) == ORDERS
        # one return per returned order, on orders of the last year
        lines = s.execute(
            select(
                ReturnLine.return_id,
                ReturnLine.qty_received,
                ReturnLine.qty_restocked,
                ReturnLine.qty_written_off,
            )
        ).all()
        refund_states = Counter(s.scalars(select(Refund.status)))
    states = Counter((r.goods_state, r.money_state) for r in rets)
    goods = {g for g, _ in states}
    money = {m for _, m in states}
    assert goods == {"announced", "received", "inspected", "closed", "rejected"}
    assert {"none", "proposed", "refunded", "not_refundable"} <= money
    assert {"issued", "proposed"} <= set(refund_states)
    assert {r.kind for r in rets} == {"withdrawal", "defect_claim", "goodwill"}
    assert any(r.proof_of_dispatch_at and r.goods_state == "announced" for r in rets)  # in transit
    received = defaultdict(int)
    graded = defaultdict(int)
    for rid, got, restocked, written_off in lines:
        received[rid] += got
        graded[rid] += restocked + written_off
    arrived = [r for r in rets if r.goods_state == "received"]
    assert any(received[r.id] == 0 for r in arrived)  # a parcel in, nothing checked in yet
    assert any(0 < graded[r.id] < received[r.id] for r in arrived)  # graded partly
    assert any(r.goods_state == "inspected" and graded[r.id] == received[r.id] for r in rets)
    # spread over the year's notice days, most old ones settled
    days = {r.notice_date for r in rets}
    assert max(days) - min(days) > timedelta(days=300)
    old = [r for r in rets if (date.today() - r.notice_date).days > 60]
    settled = [
        r for r in old if r.goods_state in ("closed", "rejected") or r.money_state == "refunded"
    ]
    assert len(settled) > 0.8 * len(old)


def _log_problems(backend) -> list:
    """What ``db verify`` finds wrong with the log itself (on PostgreSQL the test database has
    no stations' role, which verify reports too: not the demo's doing)."""
    check = verify_audit_log(backend.uow(readonly=True))
    return [p for p in check.problems if "role" not in p.text]


def test_the_audit_log_verifies_and_money_and_stock_add_up(demo_read):
    backend, _ = demo_read
    assert _log_problems(backend) == []
    check = verify_audit_log(backend.uow(readonly=True))
    assert check.chained == (backend.engine.dialect.name == "sqlite")
    assert check.entries > 4 * len(_returns(backend))
    with backend.uow(readonly=True) as uow:
        s = uow.session
        # every refund's total is its lines', and its money figures each other's
        lines = defaultdict(list)
        for line in s.scalars(select(RefundLine)):
            lines[line.refund_id].append(line)
        for refund in s.scalars(select(Refund)):
            gross = sum((l.gross - l.deduction for l in lines[refund.id]), Decimal("0"))
            assert refund.total == gross, refund.id
            assert all(l.gross == l.net + l.vat for l in lines[refund.id])
        # money states are what the services would settle them to
        for ret in s.scalars(select(Return)):
            stored = ret.money_state
            settle_money_state(s, ret)
            assert ret.money_state == stored, ret.code
        s.rollback()
        # credit notes: unique, gap-free per year, numbered in the order they were issued
        issued = s.execute(
            select(
                Refund.credit_note_year,
                Refund.credit_note_seq,
                Refund.credit_note_number,
                Refund.issued_at,
            )
            .where(Refund.status == "issued")
            .order_by(Refund.credit_note_year, Refund.credit_note_seq)
        ).all()
        by_year = defaultdict(list)
        for year, seq, number, at in issued:
            assert number == f"HL{year}-{seq:06d}"
            assert notice_date_from_utc(at).year == year
            by_year[year].append((seq, at))
        for seqs in by_year.values():
            assert [n for n, _ in seqs] == list(range(1, len(seqs) + 1))
            assert [at for _, at in seqs] == sorted(at for _, at in seqs)
        # the stock ledger: each line's balance follows the one before, ending at the level
        balance: dict[tuple[int, int], int] = defaultdict(int)
        for m in s.scalars(select(StockMovement).order_by(StockMovement.id)):
            balance[m.product_id, m.location_id] += m.quantity
            assert m.balance_after == balance[m.product_id, m.location_id]
        levels = {(l.product_id, l.location_id): l.quantity for l in s.scalars(select(StockLevel))}
        assert {k: v for k, v in levels.items() if v} == {k: v for k, v in balance.items() if v}
        # every return's audit entries are its own
        assert s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.return_id.is_not(None))
        ) == s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .join(Return, Return.id == AuditEntry.return_id)
        )


def test_the_desk_and_the_back_office_read_the_bulk_returns(demo_read):
    backend, _ = demo_read
    actor = demo.demo_supervisor(backend.engine)
    rets = _returns(backend)
    sample = rets[:: max(1, len(rets) // 40)]
    for r in sample:
        dto = queries.get_return(backend.uow(readonly=True), code=r.code)
        assert dto.id == r.id and dto.goods_state == r.goods_state
        assert dto.order_numbers and dto.lines
        if dto.refund is not None:
            assert dto.refund.total == sum(
                (l.gross - l.deduction for l in dto.refund.lines), Decimal("0")
            )
            assert sum((v.gross for v in dto.refund.vat_rows), Decimal("0")) == dto.refund.total
        entries = timeline.timeline(backend.uow(readonly=True), r.id)
        assert len(entries) >= 1
    rows = backoffice.return_rows(backend.uow(readonly=True), [r.id for r in sample])
    assert {row.code for row in rows} == {r.code for r in sample}
    ids = backoffice.return_ids(backend.uow(readonly=True), backoffice.ReturnsFilter(), limit=50)
    assert len(ids) == 50
    queue = backoffice.refund_queue(backend.uow(readonly=True))
    assert queue and all(q.total >= 0 for q in queue)
    issued = [r for r in sample if r.money_state == "refunded"][:3]
    for r in issued:
        dto = queries.get_return(backend.uow(readonly=True), r.id)
        pdf = documents.credit_note_pdf(backend.uow(), actor, dto.refund.id)
        assert pdf.data.startswith(b"%PDF")
    today = datetime.now(UTC).date()
    f = ReportFilter(today.replace(day=1) - timedelta(days=90), today)
    volume = reports.returns_volume(backend.uow(readonly=True), f)
    assert volume.returns > 0
    lead = reports.refund_lead_times(backend.uow(readonly=True), f, today=today)
    assert lead.issued > 0 and lead.refunded_total > 0
    value = reports.recovery_value(backend.uow(readonly=True), f)
    assert value is not None


def test_the_desk_receives_an_announced_bulk_return_and_refunds_it(demo_db):
    backend, _ = demo_db
    clerk = demo.demo_supervisor(backend.engine)
    announced = [r for r in _returns(backend) if r.goods_state == "announced"]
    ret = max(announced, key=lambda r: r.notice_at)  # a recent one, still to be refunded
    receiving.receive_parcel(backend.uow(), clerk, ret.code)
    dto = queries.get_return(backend.uow(readonly=True), ret.id)
    for line in dto.lines:
        receiving.check_in_item(
            backend.uow(), clerk, ret.id, return_line_id=line.id, quantity=line.qty_announced
        )
        for _ in range(line.qty_announced):
            inspection.inspect_unit(
                backend.uow(), clerk, inspection.InspectUnit(line.id, "A", "restock")
            )
    proposal = refunds.propose_refund(backend.uow(), clerk, ret.id)
    with backend.uow(readonly=True) as uow:
        last = uow.session.scalar(
            select(func.max(Refund.credit_note_seq)).where(
                Refund.credit_note_year == notice_date_from_utc(datetime.now(UTC)).year
            )
        )
    issued = refunds.issue_refund(backend.uow(), clerk, proposal.id, payment_reference="DESK-1")
    year = notice_date_from_utc(datetime.now(UTC)).year
    assert issued.credit_note_number == f"HL{year}-{(last or 0) + 1:06d}"
    assert queries.get_return(backend.uow(readonly=True), ret.id).money_state == "refunded"
    assert _log_problems(backend) == []


def test_the_bulk_return_lines_keep_their_own_order_lines_copies(demo_read):
    """Each return line keeps its order line's product, price, SKU and name and its order's
    time for the reports (line_copies): the bulk-made lines get those of the order line they
    were made for, not of the return they were copied from."""
    from returns_app.persistence.models import OrderLine

    backend, _ = demo_read
    with backend.uow(readonly=True) as uow:
        rows = uow.session.execute(
            select(
                ReturnLine.product_id,
                ReturnLine.unit_price,
                ReturnLine.sku,
                ReturnLine.name,
                ReturnLine.ordered_at,
                OrderLine.product_id,
                OrderLine.unit_price,
                OrderLine.sku,
                OrderLine.name,
                Order.ordered_at,
            )
            .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
            .join(Order, Order.id == OrderLine.order_id)
        ).all()
    assert len(rows) > 100
    assert [tuple(r[:5]) for r in rows] == [tuple(r[5:]) for r in rows]
