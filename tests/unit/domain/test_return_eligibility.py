"""Whether a return may be registered: timing per kind and the art. 16 exceptions."""

from __future__ import annotations

from datetime import date

import pytest

from returns_app.domain.eligibility import (
    ExceptionCategory,
    LineToAssess,
    assess_return,
    exception_applies_at_inspection,
)
from returns_app.domain.withdrawal import PeriodRule, ReturnKind
from returns_app.i18n import Message

DELIVERED = date(2025, 12, 18)  # example A: the period ends on Friday 2.1.2026


def texts(messages: tuple[Message, ...]) -> str:
    return "\n".join(message.render("en") for message in messages)


def test_a_withdrawal_noticed_on_the_last_day_is_allowed_with_its_dates() -> None:
    result = assess_return("withdrawal", date(2026, 1, 2), [DELIVERED])
    assert result.allowed
    assert result.kind is ReturnKind.WITHDRAWAL
    assert result.period_ends == date(2026, 1, 2)
    assert result.goods_due == date(2026, 1, 16)
    assert result.refund_due == date(2026, 1, 16)
    assert "ends on 2.1.2026" in texts(result.reasons)


def test_a_late_withdrawal_is_refused_with_a_reason_naming_both_dates() -> None:
    result = assess_return(ReturnKind.WITHDRAWAL, date(2026, 1, 5), [DELIVERED])
    assert not result.allowed
    assert result.goods_due is None and result.refund_due is None
    reason = texts(result.reasons)
    assert "ended on 2.1.2026" in reason and "5.1.2026" in reason


def test_reasons_are_translatable_messages_in_the_rules_context() -> None:
    result = assess_return("withdrawal", date(2026, 1, 5), [DELIVERED])
    assert all(isinstance(reason, Message) for reason in result.reasons)
    assert {reason.context for reason in result.reasons} == {"rules"}
    assert "{period_ends}" in result.reasons[0].text  # the template is the translation key


def test_a_customer_not_informed_may_still_withdraw_months_later() -> None:
    result = assess_return("withdrawal", date(2026, 9, 1), [DELIVERED], informed=False)
    assert result.allowed
    assert result.period_rule is PeriodRule.NOT_INFORMED
    assert result.period_ends == date(2027, 1, 4)
    assert "extended by 12 months" in texts(result.reasons)


def test_late_information_is_explained_with_its_date() -> None:
    result = assess_return(
        "withdrawal", date(2026, 3, 16), [DELIVERED], informed=False, informed_on=date(2026, 3, 1)
    )
    assert result.allowed
    assert "1.3.2026" in texts(result.reasons)


def test_a_withdrawal_before_delivery_is_allowed() -> None:
    result = assess_return("withdrawal", date(2026, 1, 2), [])
    assert result.allowed
    assert result.period_ends is None
    assert result.last_delivery is None


def test_a_personalised_line_is_excluded_but_the_rest_may_be_withdrawn() -> None:
    lines = [
        LineToAssess("mug", ExceptionCategory.PERSONALISED, label="Name mug"),
        LineToAssess("shirt"),
    ]
    result = assess_return("withdrawal", date(2026, 1, 2), [DELIVERED], lines)
    assert result.allowed
    mug, shirt = result.lines
    assert mug.excluded and not mug.recheck_at_inspection
    assert not shirt.excluded and shirt.reason is None
    assert "Name mug" in texts(result.reasons)


def test_a_return_of_only_excluded_lines_is_refused() -> None:
    lines = [LineToAssess(1, "perishable"), LineToAssess(2, "newspaper")]
    result = assess_return("withdrawal", date(2026, 1, 2), [DELIVERED], lines)
    assert not result.allowed
    assert all(line.excluded for line in result.lines)


@pytest.mark.parametrize("category", ["sealed_hygiene", "sealed_media"])
def test_once_unsealed_goods_are_allowed_at_registration_and_flagged_for_inspection(
    category: str,
) -> None:
    result = assess_return("withdrawal", date(2026, 1, 2), [DELIVERED], [LineToAssess(1, category)])
    assert result.allowed
    (line,) = result.lines
    assert not line.excluded
    assert line.recheck_at_inspection
    assert "inspection" in texts(result.reasons)


@pytest.mark.parametrize(
    "category, unsealed, applies",
    [
        ("none", True, False),
        ("sealed_hygiene", False, False),
        ("sealed_hygiene", True, True),
        ("sealed_media", False, False),
        ("sealed_media", True, True),
        ("personalised", False, True),
        ("perishable", False, True),
        ("mixed_inseparably", False, True),
        ("newspaper", False, True),
        ("alcohol_market_price", False, True),
    ],
)
def test_at_inspection_a_sealed_exception_applies_only_once_unsealed(
    category: str, unsealed: bool, applies: bool
) -> None:
    assert exception_applies_at_inspection(category, unsealed) is applies


def test_every_exception_category_has_a_reason_to_read_to_the_customer() -> None:
    for category in ExceptionCategory:
        if category is ExceptionCategory.NONE:
            continue
        line = LineToAssess(7, category, label="Item X")
        result = assess_return("withdrawal", date(2026, 1, 2), [DELIVERED], [line])
        reason = result.lines[0].reason
        assert reason is not None
        assert reason.render("en").startswith("Item X ")


def test_a_defect_claim_is_never_refused_for_time() -> None:
    result = assess_return("defect_claim", date(2026, 6, 1), [DELIVERED])
    assert result.allowed
    assert result.period_ends is None
    assert "no 14-day limit" in texts(result.reasons)
    assert "more than a year" not in texts(result.reasons)


def test_a_defect_claim_over_a_year_after_delivery_is_allowed_with_a_note() -> None:
    result = assess_return("defect_claim", date(2027, 3, 1), [DELIVERED])
    assert result.allowed
    assert "more than a year" in texts(result.reasons)
    assert "18.12.2025" in texts(result.reasons)


def test_exceptions_do_not_apply_to_defect_claims() -> None:
    line = LineToAssess(1, "personalised")
    result = assess_return("defect_claim", date(2026, 6, 1), [DELIVERED], [line])
    assert result.allowed
    assert not result.lines[0].excluded and result.lines[0].reason is None


def test_a_goodwill_return_within_the_shops_days_is_allowed() -> None:
    result = assess_return("goodwill", date(2026, 1, 19), [DELIVERED], goodwill_days=30)
    # 18.12.2025 + 30 = Sat 17.1.2026 → Mon 19.1.2026
    assert result.allowed
    assert result.goodwill_ends == date(2026, 1, 19)
    assert result.refund_due == date(2026, 2, 2)


def test_a_goodwill_return_after_the_shops_days_is_refused() -> None:
    result = assess_return("goodwill", date(2026, 1, 20), [DELIVERED], goodwill_days=30)
    assert not result.allowed
    assert "19.1.2026" in texts(result.reasons)


def test_a_goodwill_return_is_refused_when_the_shop_offers_none() -> None:
    result = assess_return("goodwill", date(2026, 1, 2), [DELIVERED], goodwill_days=None)
    assert not result.allowed
    assert "does not offer goodwill returns" in texts(result.reasons)


def test_a_goodwill_return_inside_the_legal_period_points_to_the_law() -> None:
    result = assess_return("goodwill", date(2026, 1, 2), [DELIVERED], goodwill_days=30)
    assert result.allowed
    assert "statutory withdrawal period" in texts(result.reasons)


def test_an_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        assess_return("exchange", date(2026, 1, 2), [DELIVERED])
