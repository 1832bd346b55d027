"""Money across partial arrivals: a refund covers what has arrived, a follow-up the rest.

Example E's order (2 shirts at 39.90, a book at 24.90, delivery 5.90) returned whole, in two
parcels. Nothing may ever leave a return "refunded" while money is owed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from returns_app.persistence.models import Refund
from returns_app.services import backoffice, inspection, queries, receiving, refunds, returns
from returns_app.services.errors import Conflict
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
ISSUED = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
SHIRT, BOOK = "6417084000019", "0012345678905"


@pytest.fixture
def whole_order(backend, actors, make_order):
    """Every unit of example E's order announced on one return, nothing arrived yet."""
    order = make_order()
    cmd = RegisterReturn(
        "withdrawal",
        (LineRequest(order.lines[0].id, 2, "does_not_fit"), LineRequest(order.lines[1].id, 1)),
        notice_at=NOTICE,
    )
    return returns.register_return(backend.uow(), actors.clerk, cmd)


def _defect_claim(backend, actors, order, remedy):
    """A defect claim for one shirt of ``order``, with the remedy chosen."""
    cmd = RegisterReturn(
        "defect_claim",
        (LineRequest(order.lines[0].id, 1, "defective"),),
        notice_at=NOTICE,
        remedy=remedy,
    )
    return returns.register_return(backend.uow(), actors.clerk, cmd)


def _arrive_and_grade(backend, actor, ret, *codes):
    for code in codes:
        result = receiving.check_in_item(backend.uow(), actor, ret.id, code=code)
        inspection.inspect_unit(
            backend.uow(), actor, inspection.InspectUnit(result.return_line_id, "A", "restock")
        )
    return queries.get_return(backend.uow(), ret.id)


def _refunded(backend, return_id) -> Decimal:
    with backend.uow() as uow:
        return uow.session.scalar(
            select(func.coalesce(func.sum(Refund.total), 0)).where(
                Refund.return_id == return_id, Refund.status == "issued"
            )
        )


def test_the_rest_arriving_later_brings_a_follow_up_refund_with_the_delivery(
    backend, actors, whole_order
):
    ret = whole_order
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    _arrive_and_grade(backend, actors.clerk, ret, SHIRT, SHIRT)
    first = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    assert first.total == Decimal("79.80") and first.delivery_amount == 0
    assert any("1 unit(s) still expected" in n.render() for n in first.notes)
    refunds.issue_refund(backend.uow(), actors.clerk, first.id, now=ISSUED)
    after = queries.get_return(backend.uow(), ret.id)
    assert after.money_state == "part_refunded"  # never "refunded" while the book is owed
    assert after.units_expected == 1 and after.refunded_total == Decimal("79.80")
    with pytest.raises(Conflict, match="Nothing more to refund"):
        refunds.propose_refund(backend.uow(), actors.clerk, ret.id)

    _arrive_and_grade(backend, actors.clerk, ret, BOOK)
    owed = queries.get_return(backend.uow(), ret.id)
    # the arrival proposed the follow-up by itself: it waits in the refund queue
    assert owed.money_state == "proposed" and owed.units_owed == 1
    assert owed.refund.status == "proposed" and owed.refund.total == Decimal("30.80")
    queued = backoffice.refund_queue(backend.uow(), today=date(2026, 11, 20))
    assert [(r.return_code, r.total) for r in queued] == [(ret.code, Decimal("30.80"))]
    follow_up = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    # the last unit of the order brings the delivery back (policy: last unit)
    assert follow_up.total == Decimal("30.80") and follow_up.delivery_amount == Decimal("5.90")
    done = refunds.issue_refund(backend.uow(), actors.clerk, follow_up.id, now=ISSUED)
    assert done.credit_note_number != first.credit_note_number
    final = queries.get_return(backend.uow(), ret.id)
    assert final.money_state == "refunded" and final.units_owed == 0
    assert _refunded(backend, ret.id) == Decimal("110.60")  # everything the customer paid
    assert final.refunds_issued == 2


def test_a_unit_arriving_after_a_full_refund_of_what_came_is_owed_and_blocks_closing(
    backend, actors, whole_order
):
    ret = whole_order
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    _arrive_and_grade(backend, actors.clerk, ret, SHIRT, SHIRT)
    first = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.issue_refund(backend.uow(), actors.clerk, first.id, now=ISSUED)
    _arrive_and_grade(backend, actors.clerk, ret, BOOK)
    follow_up = queries.get_return(backend.uow(), ret.id).refund
    assert follow_up.status == "proposed"
    with pytest.raises(Conflict, match="not issued yet"):
        returns.close_return(backend.uow(), actors.supervisor, ret.id)
    refunds.cancel_refund(backend.uow(), actors.clerk, follow_up.id)
    assert queries.get_return(backend.uow(), ret.id).money_state == "part_refunded"
    with pytest.raises(Conflict, match="Money is still owed for 1 unit"):
        returns.close_return(backend.uow(), actors.supervisor, ret.id)
    again = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.issue_refund(backend.uow(), actors.clerk, again.id, now=ISSUED)
    closed = returns.close_return(backend.uow(), actors.supervisor, ret.id)
    assert closed.goods_state == "closed" and closed.money_state == "refunded"


def test_closing_a_return_whose_last_unit_never_came_leaves_it_refunded(
    backend, actors, whole_order
):
    ret = whole_order
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    _arrive_and_grade(backend, actors.clerk, ret, SHIRT, SHIRT, BOOK)
    # only the two shirts and the book: all three announced arrived, one refund
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    assert proposal.total == Decimal("110.60")
    refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, now=ISSUED)
    assert queries.get_return(backend.uow(), ret.id).money_state == "refunded"


def test_a_proposal_before_grading_says_so(backend, actors, whole_order):
    ret = whole_order
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT)
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    assert any("not graded yet" in n.render() for n in proposal.notes)


def test_a_pending_deduction_must_be_decided_before_the_refund_is_issued(
    backend, actors, whole_order
):
    ret = whole_order
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    got = _arrive_and_grade(backend, actors.clerk, ret, SHIRT)
    after = refunds.add_deduction(
        backend.uow(), actors.clerk, got.lines[0].id, Decimal("10.00"), "Worn outdoors, stains"
    )
    assert [d.amount for d in after.pending_deductions] == [Decimal("10.00")]
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    assert proposal.total == Decimal("39.90")  # the pending deduction is not taken
    with pytest.raises(Conflict, match="waits for a supervisor"):
        refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=ISSUED)
    refunds.approve_deduction(backend.uow(), actors.supervisor, after.pending_deductions[0].id)
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    assert proposal.total == Decimal("29.90")
    refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=ISSUED)
    # the second shirt comes later: its follow-up does not take the deduction again
    _arrive_and_grade(backend, actors.clerk, ret, SHIRT)
    follow_up = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    assert follow_up.total == Decimal("39.90") and follow_up.deduction_amount == 0


def test_a_dropped_deduction_lets_the_full_refund_go(backend, actors, whole_order):
    ret = whole_order
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    got = _arrive_and_grade(backend, actors.clerk, ret, SHIRT)
    after = refunds.add_deduction(
        backend.uow(), actors.clerk, got.lines[0].id, Decimal("10.00"), "Worn outdoors, stains"
    )
    refunds.drop_deduction(
        backend.uow(), actors.supervisor, after.pending_deductions[0].id, "Only tried on"
    )
    assert queries.get_return(backend.uow(), ret.id).pending_deductions == ()
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    issued = refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=ISSUED)
    assert issued.total == Decimal("39.90")


def test_cancelling_a_replaced_proposal_from_a_stale_screen_changes_nothing(
    backend, actors, whole_order
):
    ret = whole_order
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    _arrive_and_grade(backend, actors.clerk, ret, SHIRT)
    old = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    new = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)  # replaces it
    with pytest.raises(Conflict, match="already replaced"):
        refunds.cancel_refund(backend.uow(), actors.clerk, old.id)
    assert queries.get_return(backend.uow(), ret.id).money_state == "proposed"
    issued = refunds.issue_refund(backend.uow(), actors.clerk, new.id, now=ISSUED)
    assert issued.status == "issued"


def test_refunded_on_proof_of_dispatch_the_parcel_still_checks_in_and_nothing_more_is_owed(
    backend, actors, whole_order
):
    ret = whole_order
    returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id, "JJ473124829FI")
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=ISSUED)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    after = _arrive_and_grade(backend, actors.clerk, ret, SHIRT)  # used to roll back
    assert after.lines[0].qty_received == 1
    assert after.money_state == "refunded" and after.units_owed == 0
    assert _refunded(backend, ret.id) == Decimal("110.60")


def test_a_repaired_defect_claim_owes_no_units_and_can_be_closed(backend, actors, make_order):
    order = make_order()
    ret = _defect_claim(backend, actors, order, "repair")
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    _arrive_and_grade(backend, actors.clerk, ret, SHIRT)
    proposal = refunds.propose_refund(
        backend.uow(), actors.clerk, ret.id, return_cost=Decimal("7.00")
    )
    refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=ISSUED)
    repaired = queries.get_return(backend.uow(), ret.id)
    assert repaired.money_state == "refunded" and repaired.units_owed == 0
    assert returns.close_return(backend.uow(), actors.supervisor, ret.id).goods_state == "closed"


def _hygiene_order(make_order):
    from returns_app.services import orders

    return make_order(
        lines=(
            orders.LineInput(
                "SHIRT-M",
                "Paita M",
                2,
                Decimal("39.90"),
                Decimal("25.5"),
                gtin="06417084000019",
                exception_category="sealed_hygiene",
            ),
        )
    )


def test_an_open_proposal_follows_the_grades_and_never_pays_an_excluded_unit(
    backend, actors, make_order
):
    order = _hygiene_order(make_order)
    cmd = RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 2),), notice_at=NOTICE)
    ret = returns.register_return(backend.uow(), actors.clerk, cmd)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT, quantity=2)
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)  # before grading
    assert proposal.total == Decimal("85.70")  # the whole order, with its delivery
    inspection.inspect_unit(
        backend.uow(),
        actors.clerk,
        inspection.InspectUnit(ret.lines[0].id, "A", "hold", unsealed=True),
    )
    current = queries.get_return(backend.uow(), ret.id).refund
    assert current.status == "proposed" and current.total == Decimal("39.90")
    with pytest.raises(Conflict, match="replaced"):
        refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=ISSUED)
    refunds.issue_refund(backend.uow(), actors.supervisor, current.id, now=ISSUED)
    assert _refunded(backend, ret.id) == Decimal("39.90")


def test_a_deduction_added_after_the_proposal_is_taken_before_the_refund_is_issued(
    backend, actors, whole_order
):
    ret = whole_order
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    got = _arrive_and_grade(backend, actors.clerk, ret, SHIRT)
    refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.add_deduction(
        backend.uow(), actors.supervisor, got.lines[0].id, Decimal("10.00"), "Worn outdoors"
    )
    current = queries.get_return(backend.uow(), ret.id).refund
    assert current.total == Decimal("29.90")  # computed again with the deduction
    refunds.issue_refund(backend.uow(), actors.supervisor, current.id, now=ISSUED)
    assert _refunded(backend, ret.id) == Decimal("29.90")


def test_a_refund_issued_before_deductions_were_tracked_is_not_deducted_twice(
    backend, actors, whole_order
):
    ret = whole_order
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    got = _arrive_and_grade(backend, actors.clerk, ret, SHIRT)
    refunds.add_deduction(
        backend.uow(), actors.supervisor, got.lines[0].id, Decimal("10.00"), "Worn outdoors"
    )
    first = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.issue_refund(backend.uow(), actors.supervisor, first.id, now=ISSUED)
    with backend.uow() as uow:  # as an older version of the app stored it
        row = uow.session.get(Refund, first.id)
        row.breakdown = {k: v for k, v in row.breakdown.items() if k != "deductions"}
        uow.commit()
    _arrive_and_grade(backend, actors.clerk, ret, SHIRT)
    follow_up = queries.get_return(backend.uow(), ret.id).refund
    assert follow_up.status == "proposed"
    assert follow_up.total == Decimal("39.90") and follow_up.deduction_amount == 0


def test_a_repaired_claim_with_nothing_to_pay_makes_no_credit_note_and_closes(
    backend, actors, make_order
):
    order = make_order()
    ret = _defect_claim(backend, actors, order, "repair")
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    _arrive_and_grade(backend, actors.clerk, ret, SHIRT)
    with pytest.raises(Conflict, match="nothing to pay back"):
        refunds.propose_refund(backend.uow(), actors.clerk, ret.id, return_cost=Decimal("0"))
    with backend.uow() as uow:
        assert uow.session.scalar(select(func.count(Refund.id))) == 0
    closed = returns.close_return(backend.uow(), actors.supervisor, ret.id)
    assert closed.goods_state == "closed"


def test_a_price_reduction_for_an_item_not_on_the_return_is_refused_not_dropped(
    backend, actors, make_order
):
    from returns_app.services.errors import InvalidInput

    order = make_order()
    ret = _defect_claim(backend, actors, order, "price_reduction")
    with pytest.raises(InvalidInput, match="not on this return"):
        refunds.propose_refund(
            backend.uow(), actors.clerk, ret.id, price_reductions={999999: Decimal("5.00")}
        )
    ok = refunds.propose_refund(
        backend.uow(),
        actors.clerk,
        ret.id,
        price_reductions={order.lines[0].id: Decimal("5.00")},
    )
    assert ok.total == Decimal("5.00")
