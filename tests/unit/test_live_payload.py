"""What a station announces: one small JSON text per return and transaction, read back safely."""

from __future__ import annotations

import json

import pytest

from returns_app.services.live import (
    MANY,
    MAX_PER_TRANSACTION,
    RESYNC,
    Change,
    ChangeSet,
    announces,
    parse,
    payload,
    pending_payloads,
)


def test_a_payload_names_the_return_the_kind_and_the_station():
    text = payload(Change(12, "refund_issued", "DESK-2"))
    assert json.loads(text) == {"return": 12, "kind": "refund_issued", "station": "DESK-2"}
    assert parse(text) == Change(12, "refund_issued", "DESK-2")


def test_one_transaction_announces_each_return_once_with_its_first_change():
    changes = [
        Change(7, "parcel_received", "DESK-2"),
        Change(7, "item_checked_in", "DESK-2"),
        Change(8, "stock_moved", "DESK-2"),
        Change(7, "unit_inspected", "DESK-2"),
        Change(None, "stock_adjusted", "DESK-2"),
        Change(None, "stock_moved", "DESK-2"),
    ]
    sent = [parse(p) for p in pending_payloads(changes)]
    assert sent == [
        Change(7, "parcel_received", "DESK-2"),
        Change(8, "stock_moved", "DESK-2"),
        Change(None, "stock_adjusted", "DESK-2"),
    ]


def test_a_transaction_touching_very_many_returns_sends_one_short_many():
    changes = [Change(i, "refund_issued", "DESK-3") for i in range(MAX_PER_TRANSACTION + 1)]
    assert [parse(p) for p in pending_payloads(changes)] == [Change(None, MANY, "DESK-3")]
    changes = changes[:MAX_PER_TRANSACTION]
    assert len(pending_payloads(changes)) == MAX_PER_TRANSACTION
    assert max(len(p) for p in pending_payloads(changes)) < 8000  # PostgreSQL's payload limit


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[1, 2]",
        '{"return": "12", "kind": "x", "station": "D"}',
        '{"return": true, "kind": "x", "station": "D"}',
        '{"return": 1, "kind": 5, "station": "D"}',
        '{"return": 1, "kind": "x", "station": 3}',
        "[" * 100_000,
    ],
)
def test_anything_that_is_not_our_payload_is_ignored(text):
    assert parse(text) is None


def test_sign_ins_and_settings_are_not_worth_a_refresh_but_returns_and_stock_are():
    assert not announces("user", None)
    assert not announces("settings", None)
    assert announces("user", 5)  # an entry about a return always is
    assert announces("stock", None)
    assert announces("parcel", None)


def test_a_change_set_says_which_returns_may_have_changed():
    burst = ChangeSet.of([Change(3, "note_added", "D"), Change(None, "stock_moved", "D")])
    assert burst.touches(3) and not burst.touches(4) and not burst.touches(None)
    assert not burst.everything
    resync = ChangeSet.of([Change(None, RESYNC, None)])
    assert resync.everything and resync.touches(4)
