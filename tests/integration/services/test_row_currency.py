"""The back office's rows carry their order's currency: a krona refund is never shown as euros.

The returns list, the refund queue and the payout queue each say what their amounts are in
(the currency of the return's orders), on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime

from returns_app.services import backoffice as bo
from returns_app.services import receiving, refunds
from returns_app.services import returns as returns_service
from returns_app.services.payouts import views
from returns_app.services.returns import LineRequest, RegisterReturn


def _refunded(backend, actor, order, issue=False):
    cmd = RegisterReturn(
        "withdrawal",
        (LineRequest(order.lines[0].id, 1, "does_not_fit"),),
        notice_at=datetime(2026, 11, 15, 10, tzinfo=UTC),
    )
    ret = returns_service.register_return(backend.uow(), actor, cmd)
    receiving.receive_parcel(backend.uow(), actor, ret.code)
    receiving.check_in_item(
        backend.uow(), actor, ret.id, return_line_id=ret.lines[0].id, quantity=1
    )
    refund = refunds.propose_refund(backend.uow(), actor, ret.id)
    if issue:
        refunds.issue_refund(backend.uow(), actor, refund.id)
    return ret


def test_every_back_office_row_says_its_currency(backend, actors, make_order):
    krona = _refunded(backend, actors.supervisor, make_order(currency="SEK"))
    euro = _refunded(backend, actors.supervisor, make_order())
    paid_krona = _refunded(backend, actors.supervisor, make_order(currency="sek"), issue=True)

    rows = {r.code: r for r in bo.return_rows(backend.uow(), [krona.id, euro.id, paid_krona.id])}
    assert rows[krona.code].currency == "SEK" and rows[euro.code].currency == "EUR"

    queue = {r.return_code: r for r in bo.refund_queue(backend.uow())}
    assert queue[krona.code].currency == "SEK" and queue[euro.code].currency == "EUR"
    assert paid_krona.code not in queue  # issued: it waits for its payout now

    owed = {r.return_code: r for r in views.payout_queue(backend.uow())}
    assert owed[paid_krona.code].currency.upper() == "SEK"
