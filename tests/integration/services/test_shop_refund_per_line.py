"""What the web shop already paid back is paid back once: the desk takes it off its own
refunds first, so the same goods are never refunded twice (issue 15 review)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from returns_app.services import orders, refunds, returns
from returns_app.services.returns import LineRequest, RegisterReturn

D = Decimal
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def _refund(backend, actors, line_id: int):
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "withdrawal",
            (LineRequest(line_id, 1, "does_not_fit"),),
            notice_at=datetime(2026, 11, 12, 10, tzinfo=UTC),
        ),
    )
    returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id)
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    return refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=NOW)


def _shirt_and_book(make_order):
    return make_order(
        lines=(
            orders.LineInput("SHIRT-M", "Paita M", 1, D("10.00"), D("25.5")),
            orders.LineInput("BOOK-1", "Kirja", 1, D("100.00"), D("14")),
        ),
        refunded_in_shop=D("10.00"),
        shop_payment_status="partially_refunded",
    )


def test_a_shirt_the_shop_already_paid_back_is_not_paid_back_again_at_the_desk(
    backend, actors, make_order
):
    o = _shirt_and_book(make_order)
    shirt = _refund(backend, actors, o.lines[0].id)
    assert shirt.total == D("0.00")
    (row,) = shirt.lines
    assert (row.gross, row.deduction) == (D("10.00"), D("10.00"))
    assert "web shop" in row.deduction_reason or "verkkokauppa" in row.deduction_reason
    # the shop's refund is used up: the book is paid back in full with the delivery (the whole
    # order is back), and the customer got the 115.90 paid back exactly once
    book = _refund(backend, actors, o.lines[1].id)
    assert book.total == D("100.00") + D("5.90")
    assert book.total + o.refunded_in_shop == D("115.90")


def test_the_shops_refund_is_taken_off_once_whichever_goods_come_first(backend, actors, make_order):
    o = _shirt_and_book(make_order)
    book = _refund(backend, actors, o.lines[1].id)
    assert book.total == D("90.00")
    shirt = _refund(backend, actors, o.lines[0].id)
    assert shirt.total == D("10.00") + D("5.90")  # with the delivery: the whole order is back
    assert book.total + shirt.total + o.refunded_in_shop == D("115.90")


def test_taking_off_the_shops_refund_needs_no_supervisor(backend, actors, make_order):
    o = _shirt_and_book(make_order)
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "withdrawal",
            (LineRequest(o.lines[1].id, 1, "does_not_fit"),),
            notice_at=datetime(2026, 11, 12, 10, tzinfo=UTC),
        ),
    )
    returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id)
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    assert not proposal.needs_supervisor
    issued = refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, now=NOW)
    assert issued.total == D("90.00")
