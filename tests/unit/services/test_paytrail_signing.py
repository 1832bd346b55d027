"""The Paytrail signature is the one Paytrail documents (its own worked example), and an
answer is believed only with Paytrail's signature."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from returns_app.domain.payouts import PayoutError, cents, money_stage, refund_answer, valid_iban
from returns_app.services.payouts.paytrail import sign, signature_ok

# Paytrail api-documentation, docs/examples.md "HMAC calculation (Node.js)".
HEADERS = {
    "checkout-account": "375917",
    "checkout-algorithm": "sha256",
    "checkout-method": "POST",
    "checkout-nonce": "564635208570151",
    "checkout-timestamp": "2018-07-06T10:01:31.904Z",
}
BODY = {
    "stamp": "unique-identifier-for-merchant",
    "reference": "3759170",
    "amount": 1525,
    "currency": "EUR",
    "language": "FI",
    "items": [
        {
            "unitPrice": 1525,
            "units": 1,
            "vatPercentage": 25.5,
            "productCode": "#1234",
            "deliveryDate": "2018-09-01",
        }
    ],
    "customer": {"email": "test.customer@example.com"},
    "redirectUrls": {
        "success": "https://ecom.example.com/cart/success",
        "cancel": "https://ecom.example.com/cart/cancel",
    },
}
EXPECTED = "9a4a7735279de4c99268e4566a5526ae887e73e6e58f2918cb2309ccac366129"


def test_the_signature_matches_paytrails_documented_example():
    body = json.dumps(BODY, separators=(",", ":"))  # JSON.stringify
    assert sign("SAIPPUAKAUPPIAS", HEADERS, body) == EXPECTED


def test_headers_other_than_checkout_ones_are_not_signed_and_order_does_not_matter():
    body = json.dumps(BODY, separators=(",", ":"))
    mixed = dict(reversed(list(HEADERS.items())), **{"content-type": "application/json"})
    assert sign("SAIPPUAKAUPPIAS", mixed, body) == EXPECTED


def test_an_answer_is_believed_only_with_the_right_signature_over_its_body():
    headers = dict(HEADERS, signature=EXPECTED)
    body = json.dumps(BODY, separators=(",", ":"))
    assert signature_ok("SAIPPUAKAUPPIAS", headers, body)
    assert not signature_ok("SAIPPUAKAUPPIAS", headers, body.replace("1525", "9999"))
    assert not signature_ok("another-secret", headers, body)
    assert not signature_ok("SAIPPUAKAUPPIAS", HEADERS, body)  # no signature at all


@pytest.mark.parametrize(
    ("amount", "expected"), [("39.90", 3990), ("0.01", 1), ("1234.50", 123450)]
)
def test_amounts_go_to_paytrail_in_whole_cents(amount, expected):
    assert cents(Decimal(amount)) == expected


def test_a_fraction_of_a_cent_is_never_rounded_away():
    with pytest.raises(PayoutError):
        cents(Decimal("1.005"))


@pytest.mark.parametrize(
    ("http", "status", "state"),
    [
        (201, "ok", "ok"),
        (201, "pending", "pending"),
        (201, "fail", "failed"),
        (201, "weird", "in_doubt"),
        (400, "error", "failed"),
        (401, "error", "failed"),
        (422, "error", "failed"),
        (500, "error", "in_doubt"),
        (503, "", "in_doubt"),
    ],
)
def test_paytrails_answer_becomes_a_payout_state(http, status, state):
    assert refund_answer(http, status).state == state


@pytest.mark.parametrize(
    ("refund", "payout", "stage"),
    [
        ("proposed", None, "proposed"),
        ("approved", None, "approved"),
        ("issued", None, "approved"),
        ("issued", "sending", "paying"),
        ("issued", "pending", "paying"),
        ("issued", "ok", "paid"),
        ("issued", "paid", "paid"),
        ("issued", "in_doubt", "in_doubt"),
        ("issued", "failed", "failed"),
        ("cancelled", None, None),
    ],
)
def test_the_money_stage_follows_the_refund_and_its_payout(refund, payout, stage):
    assert money_stage(refund, payout) == stage


def test_an_iban_is_checked_and_kept_compact():
    assert valid_iban("fi21 1234 5600 0007 85") == "FI2112345600000785"
    with pytest.raises(PayoutError, match="not a valid IBAN"):
        valid_iban("FI21 1234 5600 0007 86")
