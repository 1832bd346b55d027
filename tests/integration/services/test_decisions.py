"""A supervisor's decisions on a return page: reject, close, reopen, accept late or excepted
units, notes, proof of dispatch, cancel a proposal; each role-checked in the service, each in
the audit log, and two supervisors deciding at once never overwrite each other."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from returns_app.i18n import ReturnsError
from returns_app.persistence.models import AuditEntry, Refund
from returns_app.services import decisions, inspection, orders, queries, receiving, refunds, returns
from returns_app.services.errors import Conflict, InvalidInput, PermissionDenied
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
ISSUED = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
SHIRT = "6417084000019"


def _register(backend, actors, order, qty=1):
    cmd = RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, qty),), notice_at=NOTICE)
    return returns.register_return(backend.uow(), actors.clerk, cmd)


def _graded(backend, actors, order, qty=1, disposition="restock", unsealed=False):
    ret = _register(backend, actors, order, qty)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    for _ in range(qty):
        checked = receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT)
        inspection.inspect_unit(
            backend.uow(),
            actors.clerk,
            inspection.InspectUnit(checked.return_line_id, "A", disposition, unsealed=unsealed),
        )
    return queries.get_return(backend.uow(), ret.id)


def _actions(backend, return_id) -> list[str]:
    with backend.uow(readonly=True) as uow:
        return list(
            uow.session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.return_id == return_id)
                .order_by(AuditEntry.id)
            )
        )


def _entry(backend, action: str):
    """The one audit entry of ``action``: (user name, station, details)."""
    with backend.uow(readonly=True) as uow:
        e = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == action)).one()
        return type(
            "Entry", (), {"username": e.username, "station": e.station, "details": dict(e.details)}
        )


def _issued(backend, return_id) -> Decimal:
    with backend.uow(readonly=True) as uow:
        return uow.session.scalar(
            select(func.coalesce(func.sum(Refund.total), 0)).where(
                Refund.return_id == return_id, Refund.status == "issued"
            )
        )


def test_a_closed_return_is_reopened_by_a_supervisor_with_a_reason(backend, actors, make_order):
    ret = _graded(backend, actors, make_order())
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, now=ISSUED)
    closed = returns.close_return(backend.uow(), actors.clerk, ret.id)
    assert closed.goods_state == "closed" and closed.closed_at is not None
    with pytest.raises(PermissionDenied):
        decisions.reopen_return(backend.uow(), actors.clerk, ret.id, "Wrong parcel")
    with pytest.raises(InvalidInput, match="Write why"):
        decisions.reopen_return(backend.uow(), actors.supervisor, ret.id, "  ")
    reopened = decisions.reopen_return(
        backend.uow(), actors.supervisor, ret.id, "Customer found the second shirt"
    )
    assert reopened.goods_state == "inspected" and reopened.closed_at is None
    assert reopened.money_state == "refunded"  # nothing more owed: one unit, refunded
    assert _actions(backend, ret.id)[-1] == "return_reopened"
    with pytest.raises(Conflict, match="Only a closed or rejected return"):
        decisions.reopen_return(backend.uow(), actors.supervisor, ret.id, "again")


def test_a_return_closed_before_anything_came_reopens_as_announced(backend, actors, make_order):
    ret = _register(backend, actors, make_order())
    returns.close_return(backend.uow(), actors.clerk, ret.id, "Customer kept it")
    reopened = decisions.reopen_return(backend.uow(), actors.supervisor, ret.id, "Parcel came")
    assert reopened.goods_state == "announced"
    result = receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    assert result.kind == "return" and result.ret.goods_state == "received"


def test_a_note_is_kept_in_the_timeline_with_its_author(backend, actors, make_order):
    ret = _register(backend, actors, make_order())
    with pytest.raises(InvalidInput, match="Write the note"):
        decisions.add_note(backend.uow(), actors.clerk, ret.id, "")
    with pytest.raises(InvalidInput, match="under 2000"):
        decisions.add_note(backend.uow(), actors.clerk, ret.id, "x" * 2001)
    decisions.add_note(backend.uow(), actors.clerk, ret.id, "Customer called, parcel on its way")
    entry = _entry(backend, "note_added")
    assert entry.username == actors.clerk.username and entry.station == "DESK-3"
    assert entry.details["text"] == "Customer called, parcel on its way"


def test_goods_sent_back_late_are_accepted_only_by_a_supervisors_written_override(
    backend, actors, make_order
):
    ret = _register(backend, actors, make_order())
    in_time = ret.goods_due
    with pytest.raises(Conflict, match="not late"):
        decisions.accept_late(backend.uow(), actors.supervisor, ret.id, "ok", today=in_time)
    late_day = date.fromordinal(in_time.toordinal() + 3)
    with pytest.raises(PermissionDenied):
        decisions.accept_late(backend.uow(), actors.clerk, ret.id, "ok", today=late_day)
    accepted = decisions.accept_late(
        backend.uow(), actors.supervisor, ret.id, "Posti lost it for a week", today=late_day
    )
    assert accepted.late_accepted == "Posti lost it for a week"
    assert accepted.late_accepted_by == actors.supervisor.username
    assert accepted.override_reason is None  # no override of the rules: nothing else changes
    with pytest.raises(Conflict, match="supervisor1 already accepted this late return"):
        decisions.accept_late(backend.uow(), actors.admin, ret.id, "again", today=late_day)
    entry = _entry(backend, "late_accepted")
    assert entry.details["late"] == ["goods"]


def _hygiene_order(make_order):
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


def test_an_unsealed_hygiene_unit_is_refunded_after_a_supervisors_override(
    backend, actors, make_order
):
    ret = _graded(backend, actors, _hygiene_order(make_order), 2, "hold", unsealed=True)
    assert all(i.excepted for i in ret.inspections)
    with pytest.raises(Conflict, match="Nothing to refund"):
        refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    first, second = ret.inspections
    with pytest.raises(PermissionDenied):
        decisions.override_exception(backend.uow(), actors.clerk, first.id, "Seal was intact")
    accepted = decisions.override_exception(
        backend.uow(), actors.supervisor, first.id, "Seal was broken in transit"
    )
    assert accepted.units_owed == 1
    assert [i.exception_override for i in accepted.inspections] == [
        "Seal was broken in transit",
        None,
    ]
    with pytest.raises(Conflict, match="already accepted"):
        decisions.override_exception(backend.uow(), actors.supervisor, first.id, "again")
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    assert proposal.total == Decimal("39.90")  # one shirt; the other stays excepted
    refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=ISSUED)
    assert _issued(backend, ret.id) == Decimal("39.90")


def test_an_override_after_the_refund_proposes_a_follow_up_for_the_accepted_unit(
    backend, actors, make_order
):
    order = _hygiene_order(make_order)
    ret = _register(backend, actors, order, 2)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    for unsealed in (False, True):
        checked = receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT)
        inspection.inspect_unit(
            backend.uow(),
            actors.clerk,
            inspection.InspectUnit(
                checked.return_line_id, "A", "hold" if unsealed else "restock", unsealed=unsealed
            ),
        )
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.issue_refund(backend.uow(), actors.supervisor, proposal.id, now=ISSUED)
    assert queries.get_return(backend.uow(), ret.id).money_state == "refunded"
    excepted = next(i for i in queries.get_return(backend.uow(), ret.id).inspections if i.excepted)
    after = decisions.override_exception(
        backend.uow(), actors.supervisor, excepted.id, "Customer showed the seal was faulty"
    )
    assert after.money_state == "proposed"  # the follow-up for the accepted unit
    # The accepted unit completes the order's return, so its delivery goes back with it.
    assert after.refund.total == Decimal("45.80")
    with pytest.raises(Conflict, match="nothing to override"):
        restocked = next(i for i in after.inspections if not i.excepted)
        decisions.override_exception(backend.uow(), actors.supervisor, restocked.id, "x")


def test_a_proposal_is_cancelled_with_a_reason_kept_in_the_log(backend, actors, make_order):
    ret = _graded(backend, actors, make_order())
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.cancel_refund(
        backend.uow(), actors.supervisor, proposal.id, "Customer wants a replacement"
    )
    after = queries.get_return(backend.uow(), ret.id)
    assert after.money_state == "none" and after.refund is None
    entry = _entry(backend, "refund_cancelled")
    assert entry.details["reason"] == "Customer wants a replacement"


def test_proof_of_dispatch_is_refused_on_a_closed_return_a_defect_claim_and_a_non_number(
    backend, actors, make_order
):
    ret = _register(backend, actors, make_order())
    with pytest.raises(InvalidInput, match="64 characters"):
        returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id, "J" * 65)
    with pytest.raises(InvalidInput, match="is not a tracking number"):
        returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id, "hello")
    done = returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id, "jj123456785fi")
    assert done.proof_of_dispatch_at is not None
    assert done.return_tracking_number == "JJ123456785FI"
    claim = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            "defect_claim",
            (LineRequest(make_order().lines[0].id, 1, "defective"),),
            notice_at=NOTICE,
            remedy="cancellation",
        ),
    )
    with pytest.raises(Conflict, match="defect claim is settled once the goods are checked"):
        returns.record_proof_of_dispatch(backend.uow(), actors.clerk, claim.id, "")
    with pytest.raises(Conflict, match="Money is still owed for 1 unit"):
        returns.close_return(backend.uow(), actors.clerk, ret.id)  # proven sent: owed
    kept = _register(backend, actors, make_order())
    returns.close_return(backend.uow(), actors.clerk, kept.id, "Customer kept it")
    with pytest.raises(Conflict, match="no longer matters"):
        returns.record_proof_of_dispatch(backend.uow(), actors.clerk, kept.id, "JJ123456785FI")


def test_a_decision_on_a_stale_page_is_refused_naming_who_changed_the_return(
    backend, actors, make_order
):
    ret = _register(backend, actors, make_order())
    seen = ret.version
    returns.record_proof_of_dispatch(
        backend.uow(), actors.admin, ret.id, "JJ123456785FI", expected_version=seen
    )
    with pytest.raises(Conflict, match=r"admin1 \(DESK-1\) changed this return at"):
        returns.reject_return(
            backend.uow(), actors.supervisor, ret.id, "Not ours", expected_version=seen
        )
    fresh = queries.get_return(backend.uow(), ret.id)
    assert fresh.goods_state == "announced"
    rejected = returns.reject_return(
        backend.uow(), actors.supervisor, ret.id, "Not ours", expected_version=fresh.version
    )
    assert rejected.goods_state == "rejected"


def test_two_supervisors_deciding_one_return_at_once_one_wins_the_other_is_told(
    backend, actors, make_order
):
    """Reject and close race from two stations on the page's version: exactly one decision
    lands; the other is told who changed the return (never a silent overwrite)."""
    for _ in range(3):
        ret = _register(backend, actors, make_order())
        barrier = threading.Barrier(2)

        def decide(i, ret=ret, barrier=barrier):
            barrier.wait()
            try:
                if i == 0:
                    return "ok", returns.reject_return(
                        backend.uow(),
                        actors.supervisor,
                        ret.id,
                        "Not ours",
                        expected_version=ret.version,
                    ).goods_state
                return "ok", returns.close_return(
                    backend.uow(), actors.admin, ret.id, "Kept", expected_version=ret.version
                ).goods_state
            except ReturnsError as exc:
                return "error", str(exc)

        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(decide, range(2)))
        oks = [r for r in results if r[0] == "ok"]
        errors = [r[1] for r in results if r[0] == "error"]
        assert len(oks) == 1 and len(errors) == 1, results
        assert "changed this return at" in errors[0]
        final = queries.get_return(backend.uow(), ret.id)
        assert final.goods_state == oks[0][1]
        decided = [
            a for a in _actions(backend, ret.id) if a in ("return_rejected", "return_closed")
        ]
        assert len(decided) == 1


def test_an_accepted_held_unit_leaves_the_hold_shelf_for_quarantine(backend, actors, make_order):
    """A unit held to be sent back is refunded once accepted: it must never be shipped back to
    a customer who has the money, so it moves from HOLD to quarantine (two movements)."""
    from returns_app.persistence.models import Location, StockLevel, StockMovement

    ret = _graded(backend, actors, _hygiene_order(make_order), 1, "hold", unsealed=True)
    unit = ret.inspections[0]
    after = decisions.override_exception(backend.uow(), actors.supervisor, unit.id, "Faulty seal")
    assert after.inspections[0].disposition == "quarantine"
    assert after.inspections[0].location_code == "QUAR"
    with backend.uow(readonly=True) as uow:
        levels = dict(
            uow.session.execute(
                select(Location.code, StockLevel.quantity).join(
                    Location, Location.id == StockLevel.location_id
                )
            ).all()
        )
        reasons = list(
            uow.session.scalars(
                select(StockMovement.reason)
                .where(StockMovement.return_id == ret.id)
                .order_by(StockMovement.id)
            )
        )
    assert levels.get("HOLD", 0) == 0 and levels["QUAR"] == 1
    assert reasons == ["return_hold", "return_quarantine", "return_quarantine"]
    assert _entry(backend, "exception_overridden").details["moved_to"] == "QUAR"


def test_late_and_exception_overrides_are_refused_on_a_rejected_return(backend, actors, make_order):
    ret = _register(backend, actors, make_order())
    returns.reject_return(backend.uow(), actors.supervisor, ret.id, "Not ours")
    late = date.fromordinal(ret.goods_due.toordinal() + 3)
    with pytest.raises(Conflict, match="rejected; accepting it late would change nothing"):
        decisions.accept_late(backend.uow(), actors.supervisor, ret.id, "ok", today=late)
    # Two hygiene units back, one graded (opened): the return is still "received", so it may
    # be rejected; its excepted unit is then not accepted either.
    held = _register(backend, actors, _hygiene_order(make_order), 2)
    receiving.receive_parcel(backend.uow(), actors.clerk, held.code)
    checked = receiving.check_in_item(backend.uow(), actors.clerk, held.id, code=SHIRT, quantity=2)
    inspection.inspect_unit(
        backend.uow(),
        actors.clerk,
        inspection.InspectUnit(checked.return_line_id, "A", "hold", unsealed=True),
    )
    returns.reject_return(backend.uow(), actors.supervisor, held.id, "Both opened")
    unit = queries.get_return(backend.uow(), held.id).inspections[0]
    with pytest.raises(Conflict, match="rejected; none of its units is refunded"):
        decisions.override_exception(backend.uow(), actors.supervisor, unit.id, "ok")


def test_proof_of_dispatch_by_the_due_day_means_the_goods_are_not_late(backend, actors, make_order):
    ret = _register(backend, actors, make_order())
    late_day = date.fromordinal(ret.goods_due.toordinal() + 3)
    returns.record_proof_of_dispatch(backend.uow(), actors.clerk, ret.id, "JJ123456785FI")
    with backend.uow(readonly=True) as uow:
        from returns_app.persistence.models import Return

        row = uow.session.get(Return, ret.id)
        row.proof_of_dispatch_at = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)  # sent in time
        late = decisions.late_points(uow.session, row, late_day)
    assert late == ()


def test_only_a_supervisor_cancels_a_refund_a_supervisor_approved(backend, actors, make_order):
    ret = _graded(backend, actors, make_order())
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.approve_refund(backend.uow(), actors.supervisor, proposal.id)
    with pytest.raises(PermissionDenied):
        refunds.cancel_refund(backend.uow(), actors.clerk, proposal.id, "changed my mind")
    refunds.cancel_refund(backend.uow(), actors.supervisor, proposal.id, "replacement instead")
    assert queries.get_return(backend.uow(), ret.id).money_state == "none"


def test_a_proposal_from_a_stale_page_does_not_replace_a_colleagues(backend, actors, make_order):
    ret = _graded(backend, actors, make_order())
    seen = queries.get_return(backend.uow(), ret.id).version
    theirs = refunds.propose_refund(
        backend.uow(), actors.clerk, ret.id, price_reductions=None, method="store_credit"
    )
    with pytest.raises(Conflict, match="changed this return at"):
        refunds.propose_refund(backend.uow(), actors.supervisor, ret.id, expected_version=seen)
    assert queries.get_return(backend.uow(), ret.id).refund.id == theirs.id


def test_a_rejection_made_by_mistake_is_reopened_and_the_return_refunded_after_all(
    backend, actors, make_order
):
    ret = _register(backend, actors, make_order())
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    returns.reject_return(backend.uow(), actors.supervisor, ret.id, "Thought it was not ours")
    reopened = decisions.reopen_return(
        backend.uow(), actors.supervisor, ret.id, "It was ours: order found by e-mail"
    )
    assert (reopened.goods_state, reopened.money_state) == ("received", "none")
    assert reopened.decision_reason is None and reopened.closed_at is None
    checked = receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code=SHIRT)
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(checked.return_line_id, "A", "restock")
    )
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, now=ISSUED)
    assert _issued(backend, ret.id) == Decimal("39.90")


def test_issuing_a_proposal_a_colleague_cancelled_names_who_and_pays_nothing(
    backend, actors, make_order
):
    ret = _graded(backend, actors, make_order())
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    refunds.cancel_refund(backend.uow(), actors.supervisor, proposal.id, "Replacement instead")
    with pytest.raises(Conflict, match=r"supervisor1 \(DESK-2\) cancelled this refund proposal"):
        refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, now=ISSUED)
    assert _issued(backend, ret.id) == Decimal("0")
