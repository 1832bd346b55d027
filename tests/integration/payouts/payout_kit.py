"""What the payout tests share: an issued refund of an order paid through Paytrail, and a
Paytrail client pointed at the fake server."""

from __future__ import annotations

from datetime import UTC, datetime

from returns_app.services import inspection, receiving, refunds, returns
from returns_app.services.payouts.paytrail import Paytrail, PaytrailConfig
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
ISSUED = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
TRANSACTION = "5770642a-9a02-4ca2-8eaa-cc6260a78eb6"


def client(fake, timeout: float = 5.0) -> Paytrail:
    """A client of ``fake`` with the merchant's id and secret."""
    return Paytrail(PaytrailConfig(fake.account, fake.secret, fake.url, timeout=timeout))


def issued_refund(
    backend, actors, make_order, *, transaction: str | None = TRANSACTION, qty=1, **order_fields
):
    """One shirt (39.90) of a new order returned, graded and refunded: the issued RefundDTO."""
    order = make_order(payment_transaction_id=transaction, **order_fields)
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, qty),), notice_at=NOTICE),
    )
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, return_line_id=ret.lines[0].id)
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "A", "restock")
    )
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    return refunds.issue_refund(backend.uow(), actors.clerk, proposal.id, now=ISSUED)
