"""What the money race tests share: the issue's order and a return graded and ready to refund."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from returns_app.services import inspection, orders, receiving, returns
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
PAID = Decimal("39.90") * 2 - Decimal("0.01") + Decimal("5.90")  # 85.69, the issue's order


def issue_order(make_order, qty: int = 2):
    """The issue's order: ``qty`` shirts at 39.90 less a 0.01 discount, 5.90 delivery."""
    return make_order(
        lines=(
            orders.LineInput(
                "SHIRT-M",
                "Paita M",
                qty,
                Decimal("39.90"),
                Decimal("25.5"),
                gtin="06417084000019",
                discount=Decimal("0.01"),
            ),
        )
    )


def graded_return(backend, actors, order_line_id: int):
    """One unit of ``order_line_id`` returned, received, checked in and graded A/restock."""
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn("withdrawal", (LineRequest(order_line_id, 1),), notice_at=NOTICE),
    )
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, return_line_id=ret.lines[0].id)
    inspection.inspect_unit(
        backend.uow(), actors.clerk, inspection.InspectUnit(ret.lines[0].id, "A", "restock")
    )
    return ret
