"""A re-import never moves what an order's returns and refunds rest on: a price lowered after a
refund, a quantity cut below what came back, a line removed or a refunded delivery repriced is
refused for that order with the reason, and the order stays as it was charged."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from returns_app.i18n import ReturnsError
from returns_app.persistence.models import Refund, RefundLine
from returns_app.services import inspection, orders, queries, receiving, refunds, returns
from returns_app.services.importing import import_orders
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
ISSUED = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
PAID = Decimal("39.90") * 2 - Decimal("0.01") + Decimal("5.90")  # 85.69, the issue's order
HEADER = (
    "order_number;ordered_at;customer_name;customer_email;delivery_method;delivery_price;"
    "delivered_on;gtin;sku;product_name;quantity;unit_price;line_discount;vat_rate"
)


def _row(number: str, price: str = "39,90", qty: int = 2, delivery: str = "5,90") -> str:
    return (
        f"{number};2026-11-05;Aino Laine;aino@example.fi;Posti;{delivery};2026-11-10;"
        f"06417084000019;SHIRT-M;Paita M;{qty};{price};0,01;25,5"
    )


def _file(*rows: str) -> bytes:
    return ("\n".join((HEADER, *rows)) + "\n").encode()


def _line(number: str, price: str = "39.90", qty: int = 2) -> orders.LineInput:
    return orders.LineInput(
        "SHIRT-M",
        "Paita M",
        qty,
        Decimal(price),
        Decimal("25.5"),
        gtin="06417084000019",
        discount=Decimal("0.01"),
    )


def _refunded_unit(backend, actors, order_line_id: int, *, issue: bool = True):
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
    if issue:
        p = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
        refunds.issue_refund(backend.uow(), actors.supervisor, p.id, now=ISSUED)
    return ret


def _given(backend, order_id: int) -> Decimal:
    with backend.uow(readonly=True) as uow:
        total = uow.session.scalar(
            select(func.sum(RefundLine.gross - RefundLine.deduction))
            .join(Refund, Refund.id == RefundLine.refund_id)
            .where(RefundLine.order_id == order_id, Refund.status == "issued")
        )
    return Decimal(str(total or 0))


def _order_id(backend, number: str) -> int:
    hit = next(h for h in queries.find(backend.uow(), number) if h.kind == "order")
    return hit.id


def test_a_price_lowered_by_an_import_after_a_refund_is_refused_and_never_overpays(backend, actors):
    assert import_orders(backend.uow(), _file(_row("7001"), _row("7002")), actor=actors.admin).ok
    order = queries.get_order(backend.uow(), _order_id(backend, "7001"))
    _refunded_unit(backend, actors, order.lines[0].id)
    cheaper = _file(_row("7001", price="9,90"), _row("7002", price="9,90"))

    report = import_orders(backend.uow(), cheaper, actor=actors.admin)
    assert not report.written
    assert [(e.line, e.record) for e in report.errors] == [(2, "7001")]
    assert "line 1 (Paita M)" in str(report.errors[0])
    assert "unit price cannot change" in str(report.errors[0])

    partial = import_orders(backend.uow(), cheaper, allow_partial=True, actor=actors.admin)
    assert (partial.updated, [e.record for e in partial.errors]) == (1, ["7001"])
    assert queries.get_order(backend.uow(), order.id).lines[0].unit_price == Decimal("39.90")
    other = queries.get_order(backend.uow(), _order_id(backend, "7002"))
    assert other.lines[0].unit_price == Decimal("9.90")  # nothing rests on it: updated

    _refunded_unit(backend, actors, order.lines[0].id)  # the second unit, after the re-import
    assert _given(backend, order.id) == PAID  # all of it, to the cent, never more


def test_save_order_refuses_a_price_under_a_refund_and_the_order_keeps_its_price(
    backend, actors, make_order
):
    order = make_order(lines=(_line("x"),))
    _refunded_unit(backend, actors, order.lines[0].id)
    with pytest.raises(ReturnsError, match=r"line 1 \(Paita M\).*unit price cannot change"):
        make_order(order_number=order.order_number, lines=(_line("x", price="9.90"),))
    assert queries.get_order(backend.uow(), order.id).lines[0].unit_price == Decimal("39.90")
    _refunded_unit(backend, actors, order.lines[0].id)
    assert _given(backend, order.id) == PAID


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        (dict(lines=(_line("x", qty=1),)), None),  # one unit on a return: 1 is still enough
        (dict(lines=(_line("x", price="39.80"),)), "unit price cannot change"),
        (
            dict(
                lines=(
                    orders.LineInput(
                        "SHIRT-M",
                        "Paita M",
                        2,
                        Decimal("39.90"),
                        Decimal("14"),
                        gtin="06417084000019",
                        discount=Decimal("0.01"),
                    ),
                )
            ),
            "VAT rate cannot change",
        ),
        (
            dict(
                lines=(
                    orders.LineInput(
                        "SHIRT-M",
                        "Paita M",
                        2,
                        Decimal("39.90"),
                        Decimal("25.5"),
                        gtin="06417084000019",
                    ),
                )
            ),
            "discount cannot change",
        ),
        (dict(lines=(_line("x"),), order_discount=Decimal("5.00")), "order discount"),
        (
            dict(
                lines=(
                    orders.LineInput(
                        "BOOK-1", "Kirja", 1, Decimal("24.90"), Decimal("14"), gtin="00012345678905"
                    ),
                    _line("x"),
                )
            ),
            None,  # a line added after it: line 1 becomes the book, line 2 the shirts
        ),
    ],
)
def test_a_line_on_a_return_keeps_what_the_return_rests_on(
    backend, actors, make_order, changes, words
):
    order = make_order(lines=(_line("x"),))
    _refunded_unit(backend, actors, order.lines[0].id, issue=False)  # on a return, no refund
    if words is None and "lines" in changes and len(changes["lines"]) == 2:
        words = "is on a return"  # line 1 would be rewritten into another product
    if words is None:
        make_order(order_number=order.order_number, **changes)
        return
    with pytest.raises(ReturnsError, match=words):
        make_order(order_number=order.order_number, **changes)
    after = queries.get_order(backend.uow(), order.id)
    assert [(l.quantity, l.unit_price) for l in after.lines] == [(2, Decimal("39.90"))]


def test_a_quantity_below_what_came_back_and_a_removed_line_are_refused(
    backend, actors, make_order
):
    order = make_order()  # 2 shirts and a book
    shirts, book = order.lines
    for line in (shirts, shirts, book):
        _refunded_unit(backend, actors, line.id, issue=False)
    with pytest.raises(ReturnsError, match=r"line 1 \(Paita M\) cannot drop to 1 unit"):
        make_order(order_number=order.order_number, lines=(_shirts(1), _book()))
    with pytest.raises(
        ReturnsError, match=r"line 2 \(Kirja\) is on a return and cannot be removed"
    ):
        make_order(order_number=order.order_number, lines=(_shirts(2),))
    make_order(order_number=order.order_number, lines=(_shirts(3), _book()))  # more is fine
    after = queries.get_order(backend.uow(), order.id)
    assert [(l.id, l.quantity) for l in after.lines] == [(shirts.id, 3), (book.id, 1)]


def _shirts(qty: int) -> orders.LineInput:
    return orders.LineInput(
        "SHIRT-M", "Paita M", qty, Decimal("39.90"), Decimal("25.5"), gtin="06417084000019"
    )


def _book() -> orders.LineInput:
    return orders.LineInput(
        "BOOK-1", "Kirja", 1, Decimal("24.90"), Decimal("14"), gtin="00012345678905"
    )


def test_a_refunded_delivery_keeps_its_price(backend, actors, make_order):
    order = make_order(lines=(_line("x", qty=1),))
    _refunded_unit(backend, actors, order.lines[0].id)  # the whole order: delivery too
    with pytest.raises(ReturnsError, match="delivery was refunded"):
        make_order(
            order_number=order.order_number,
            lines=(_line("x", qty=1),),
            cheapest_delivery_price=Decimal("2.90"),
        )
    assert _given(backend, order.id) == Decimal("39.89") + Decimal("5.90")


def test_every_line_the_guard_refuses_is_listed_once_on_both_databases(backend, actors):
    def rows(price: str) -> bytes:
        second = f"7101;;;;;;2026-11-10;;PIPO-1;Pipo;2;{price};0,01;25,5"
        return _file(_row("7101", price=price), second)

    assert import_orders(backend.uow(), rows("39,90"), actor=actors.admin).ok, "setup"
    order = queries.get_order(backend.uow(), _order_id(backend, "7101"))
    _refunded_unit(backend, actors, order.lines[0].id)
    _refunded_unit(backend, actors, order.lines[1].id, issue=False)
    report = import_orders(backend.uow(), rows("9,90"), actor=actors.admin)
    printed = [str(e) for e in report.errors]
    assert len(printed) == len(set(printed)) == 2, printed
    assert "2 error(s)" in report.summary().render("en")
