"""Refund amounts after a withdrawal or a defect claim (DOMAIN.md sections 2 and 3)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D

import pytest

from returns_app.domain.errors import InvalidOrder, InvalidReturn
from returns_app.domain.refund import (
    Deduction,
    DeliveryRefund,
    Order,
    OrderLine,
    PriorRefunds,
    RefundPolicy,
    Remedy,
    RowKind,
    compute_refund,
)

MakeOrder = Callable[..., Order]
WORN = Deduction("shirt", D("10.00"), "Worn outside, deodorant marks.", approved=True)


def notes(refund) -> str:
    return "\n".join(note.render("en") for note in refund.notes)


def test_example_e_one_worn_shirt_refunds_29_90_with_vat_6_08(make_order: MakeOrder) -> None:
    refund = compute_refund(make_order(), {"shirt": 1}, deductions=[WORN])
    (row,) = refund.lines
    assert (row.line_id, row.quantity, row.gross, row.deduction) == (
        "shirt",
        1,
        D("39.90"),
        D("10.00"),
    )
    assert (row.refund, row.vat_rate, row.vat, row.net) == (
        D("29.90"),
        D("25.5"),
        D("6.08"),
        D("23.82"),
    )
    assert refund.delivery is None
    assert (refund.total, refund.total_vat, refund.total_net) == (D("29.90"), D("6.08"), D("23.82"))
    (vat,) = refund.vat
    assert (vat.rate, vat.taxable, vat.vat, vat.gross) == (
        D("25.5"),
        D("23.82"),
        D("6.08"),
        D("29.90"),
    )


def test_example_e_returning_the_rest_later_refunds_the_delivery_with_it(
    make_order: MakeOrder,
) -> None:
    order = make_order()
    first = compute_refund(order, {"shirt": 1}, deductions=[WORN])
    second = compute_refund(
        order, {"shirt": 1, "book": 1}, prior=PriorRefunds.from_refunds([first])
    )
    assert [(row.line_id, row.refund) for row in second.lines] == [
        ("shirt", D("39.90")),
        ("book", D("24.90")),
    ]
    assert second.delivery is not None
    assert second.delivery.refund == D("5.90")
    assert second.total == D("70.70")
    assert first.total + second.total == order.total_paid - D("10.00")
    assert {row.rate: row.gross for row in second.vat} == {
        D("25.5"): D("45.80"),
        D("14"): D("24.90"),
    }


def test_the_delivery_is_refunded_only_once_however_the_order_comes_back(
    make_order: MakeOrder,
) -> None:
    order = make_order()
    prior = PriorRefunds()
    deliveries = []
    for part in ({"book": 1}, {"shirt": 1}, {"shirt": 1}):
        refund = compute_refund(order, part, prior=prior)
        deliveries.append(refund.delivery.refund if refund.delivery else D(0))
        prior = prior.after(refund)
    assert deliveries == [D(0), D(0), D("5.90")]
    assert prior.delivery == D("5.90")


def test_a_whole_order_returned_at_once_refunds_everything_paid(make_order: MakeOrder) -> None:
    order = make_order()
    refund = compute_refund(order, {"shirt": 2, "book": 1})
    assert refund.total == order.total_paid == D("110.60")


def test_proportional_delivery_follows_the_value_returned_and_adds_up(
    make_order: MakeOrder,
) -> None:
    order = make_order()
    policy = RefundPolicy(delivery_refund=DeliveryRefund.PROPORTIONAL)
    prior = PriorRefunds()
    amounts = []
    for part in ({"shirt": 1}, {"book": 1}, {"shirt": 1}):
        refund = compute_refund(order, part, prior=prior, policy=policy)
        amounts.append(refund.delivery.refund if refund.delivery else D(0))
        prior = prior.after(refund)
    # 5.90 × 39.90 / 104.70 = 2.25; × 64.80 / 104.70 = 3.65 so far; the rest with the last.
    assert amounts == [D("2.25"), D("1.40"), D("2.25")]
    assert sum(amounts) == D("5.90")


def test_a_dearer_delivery_refunds_only_the_cheapest_standard_one(make_order: MakeOrder) -> None:
    order = make_order(delivery_paid=D("12.90"), cheapest_delivery=D("5.90"))
    refund = compute_refund(order, {"shirt": 2, "book": 1})
    assert refund.delivery is not None and refund.delivery.refund == D("5.90")


def test_a_defect_cancellation_refunds_the_full_delivery_paid(make_order: MakeOrder) -> None:
    order = make_order(delivery_paid=D("12.90"), cheapest_delivery=D("5.90"))
    refund = compute_refund(
        order, {"shirt": 2, "book": 1}, kind="defect_claim", remedy=Remedy.CANCELLATION
    )
    assert refund.delivery is not None and refund.delivery.refund == D("12.90")


def test_an_order_discount_is_refunded_as_charged_per_unit(make_order: MakeOrder) -> None:
    order = make_order(discount=D("5.00"))
    assert order.paid_per_line() == {"shirt": D("75.99"), "book": D("23.71")}
    first = compute_refund(order, {"shirt": 1})
    second = compute_refund(order, {"shirt": 1}, prior=PriorRefunds().after(first))
    assert first.lines[0].refund == D("38.00")  # 75.99 / 2 = 37.995, half up
    assert second.lines[0].refund == D("37.99")  # the rest, exactly


def test_a_line_discount_lowers_that_line_only(make_order: MakeOrder) -> None:
    order = make_order(
        lines=(
            OrderLine("shirt", 2, D("39.90"), D("25.5"), discount=D("8.00")),
            OrderLine("book", 1, D("24.90"), D("14")),
        )
    )
    refund = compute_refund(order, {"shirt": 1, "book": 1})
    assert [row.refund for row in refund.lines] == [D("35.90"), D("24.90")]


def test_the_refund_uses_the_vat_rate_of_the_original_sale(make_order: MakeOrder) -> None:
    order = make_order(lines=(OrderLine("book", 1, D("24.90"), D("10")),), delivery_paid=D("0.00"))
    refund = compute_refund(order, {"book": 1})
    assert (refund.lines[0].vat_rate, refund.lines[0].vat) == (D("10"), D("2.26"))


def test_no_deduction_is_made_when_the_customer_was_not_informed(make_order: MakeOrder) -> None:
    refund = compute_refund(make_order(), {"shirt": 1}, deductions=[WORN], informed=False)
    assert refund.lines[0].deduction == D("0.00")
    assert refund.total == D("39.90")
    assert "not informed" in notes(refund)


@pytest.mark.parametrize(
    "deduction, why",
    [
        (Deduction("shirt", D("10.00"), "Worn.", approved=False), "not approved"),
        (Deduction("shirt", D("10.00"), "   ", approved=True), "no written justification"),
    ],
)
def test_a_deduction_needs_approval_and_a_justification(
    make_order: MakeOrder, deduction: Deduction, why: str
) -> None:
    refund = compute_refund(make_order(), {"shirt": 1}, deductions=[deduction])
    assert refund.total == D("39.90")
    assert why in notes(refund)
    assert "10,00" in notes(refund)


def test_a_deduction_never_makes_a_line_negative(make_order: MakeOrder) -> None:
    big = Deduction("shirt", D("50.00"), "Destroyed.", approved=True)
    refund = compute_refund(make_order(), {"shirt": 1}, deductions=[big])
    assert refund.lines[0].refund == D("0.00")
    assert refund.notes


def test_the_label_fee_is_charged_when_the_customer_was_told(make_order: MakeOrder) -> None:
    policy = RefundPolicy(label_fee=D("4.90"))
    refund = compute_refund(make_order(), {"shirt": 1}, policy=policy, label_fee_disclosed=True)
    assert refund.label_fee is not None
    assert refund.label_fee.kind is RowKind.LABEL_FEE
    assert (refund.label_fee.refund, refund.label_fee.vat) == (D("-4.90"), D("-1.00"))
    assert refund.total == D("35.00")
    assert sum(row.gross for row in refund.vat) == refund.total


def test_the_label_fee_is_not_charged_when_the_customer_was_not_told(
    make_order: MakeOrder,
) -> None:
    policy = RefundPolicy(label_fee=D("4.90"))
    refund = compute_refund(make_order(), {"shirt": 1}, policy=policy)
    assert refund.label_fee is None and refund.total == D("39.90")


def test_the_label_fee_never_takes_the_refund_below_zero(make_order: MakeOrder) -> None:
    policy = RefundPolicy(label_fee=D("4.90"))
    heavy = Deduction("shirt", D("37.00"), "Damaged.", approved=True)
    refund = compute_refund(
        make_order(), {"shirt": 1}, deductions=[heavy], policy=policy, label_fee_disclosed=True
    )
    assert refund.label_fee is not None and refund.label_fee.refund == D("-2.90")
    assert refund.total == D("0.00")


def test_a_defect_cancellation_refunds_full_price_and_return_postage_without_deductions(
    make_order: MakeOrder,
) -> None:
    refund = compute_refund(
        make_order(),
        {"shirt": 1},
        kind="defect_claim",
        remedy="cancellation",
        deductions=[WORN],
        policy=RefundPolicy(label_fee=D("4.90")),
        label_fee_disclosed=True,
        return_cost=D("8.90"),
    )
    assert refund.lines[0].refund == D("39.90")
    assert refund.label_fee is None
    assert refund.return_cost is not None
    assert (refund.return_cost.refund, refund.return_cost.vat) == (D("8.90"), D("0.00"))
    assert refund.total == D("48.80")
    assert "defect claim" in notes(refund)


def test_a_price_reduction_refunds_the_amount_entered_and_keeps_the_goods(
    make_order: MakeOrder,
) -> None:
    refund = compute_refund(
        make_order(),
        {},
        kind="defect_claim",
        remedy=Remedy.PRICE_REDUCTION,
        price_reductions={"shirt": D("15.00")},
    )
    (row,) = refund.lines
    assert (row.quantity, row.refund, row.vat) == (0, D("15.00"), D("3.05"))
    assert refund.delivery is None
    assert PriorRefunds().after(refund).units == {"shirt": 0}


def test_a_repair_refunds_only_the_return_postage(make_order: MakeOrder) -> None:
    refund = compute_refund(
        make_order(), {"shirt": 1}, kind="defect_claim", remedy="repair", return_cost=D("6.50")
    )
    assert refund.lines == () and refund.delivery is None
    assert refund.total == D("6.50")


def test_a_defect_claim_needs_a_remedy(make_order: MakeOrder) -> None:
    with pytest.raises(InvalidReturn):
        compute_refund(make_order(), {"shirt": 1}, kind="defect_claim")


@pytest.mark.parametrize(
    "returned, prior",
    [
        ({"hat": 1}, PriorRefunds()),
        ({"shirt": 3}, PriorRefunds()),
        ({"shirt": 1}, PriorRefunds(units={"shirt": 2})),
        ({"book": -1}, PriorRefunds()),
    ],
)
def test_a_return_of_units_not_bought_or_already_returned_is_refused(
    make_order: MakeOrder, returned: dict[str, int], prior: PriorRefunds
) -> None:
    with pytest.raises(InvalidReturn):
        compute_refund(make_order(), returned, prior=prior)


@pytest.mark.parametrize(
    "overrides",
    [
        {"lines": (OrderLine("a", 1, D("-1.00"), D("25.5")),)},
        {"lines": (OrderLine("a", 1, D("1.00"), D("25.5"), discount=D("2.00")),)},
        {"lines": (OrderLine("a", 0, D("1.00"), D("25.5")),)},
        {"lines": (OrderLine("a", 1, D("1.005"), D("25.5")),)},
        {"discount": D("200.00")},
        {"delivery_paid": D("-5.90")},
        {
            "lines": (
                OrderLine("a", 1, D("1.00"), D("25.5")),
                OrderLine("a", 1, D("1.00"), D("25.5")),
            )
        },
    ],
)
def test_an_order_that_cannot_have_been_charged_is_refused(
    make_order: MakeOrder, overrides: dict
) -> None:
    with pytest.raises(InvalidOrder):
        compute_refund(make_order(**overrides), {})


def test_a_later_return_never_refunds_more_than_is_left_on_the_line(
    make_order: MakeOrder,
) -> None:
    # A price reduction of 50.00 on the shirts leaves 29.80 to refund for both of them.
    order = make_order()
    reduction = compute_refund(
        order,
        {},
        kind="defect_claim",
        remedy="price_reduction",
        price_reductions={"shirt": D("50.00")},
    )
    prior = PriorRefunds().after(reduction)
    first = compute_refund(order, {"shirt": 1}, prior=prior)
    second = compute_refund(order, {"shirt": 1}, prior=prior.after(first))
    assert first.lines[0].refund == D("29.80")
    assert second.lines[0].refund == D("0.00")


def test_what_the_web_shop_paid_back_is_taken_off_first_and_only_once(
    make_order: MakeOrder,
) -> None:
    # example E's order; the shop paid back 39.90 without saying for what
    order = make_order()
    shirt = compute_refund(
        order, {"shirt": 1}, prior=PriorRefunds(elsewhere=D("39.90")), shop_refund=D("39.90")
    )
    (row,) = shirt.lines
    assert (row.gross, row.deduction, row.shop_refund, row.refund, row.vat) == (
        D("39.90"),
        D("39.90"),
        D("39.90"),
        D("0.00"),
        D("0.00"),
    )
    assert shirt.shop_refund_used == D("39.90")
    assert "already paid back €39.90" in notes(shirt)
    assert "palauttanut tästä tilauksesta 39,90\u00a0€" in shirt.notes[0].render("fi")
    # the rest comes back later: paid in full, the shop's refund being used up
    rest = compute_refund(
        order,
        {"shirt": 1, "book": 1},
        prior=PriorRefunds(elsewhere=D("39.90")).after(shirt),
        shop_refund=D("0.00"),
    )
    assert rest.total == D("39.90") + D("24.90") + D("5.90")
    assert rest.shop_refund_used == D("0.00")


def test_the_shops_refund_beyond_this_refund_is_left_for_the_next(make_order: MakeOrder) -> None:
    refund = compute_refund(
        make_order(), {"book": 1}, prior=PriorRefunds(elsewhere=D("50.00")), shop_refund=D("50.00")
    )
    assert (refund.total, refund.shop_refund_used) == (D("0.00"), D("24.90"))
