"""Bad input is cleaned and bounded at the edge: never a raw database error."""

from __future__ import annotations

import pytest

from returns_app.services import backoffice, queries, receiving
from returns_app.services.errors import InvalidInput


@pytest.mark.parametrize(
    "code",
    ["JJ47312\x0082\x009FI", "x" * 5000, "A" * 250, "\x00\x01\x02", "１２３４" + "\x00"],
)
def test_a_scan_with_control_characters_or_too_long_is_refused_or_cleaned(backend, actors, code):
    try:
        result = receiving.receive_parcel(backend.uow(), actors.clerk, code, queue_unknown=True)
    except InvalidInput as exc:
        assert "\x00" not in str(exc)
        if len(code) > 200:
            assert "Too long for a code" in str(exc)
    else:
        assert "\x00" not in result.scanned and len(result.scanned) <= 200


def test_full_width_digits_are_read_as_the_digits_they_are(backend, actors, make_order):
    order = make_order()
    wide = "".join(chr(ord(c) + 0xFEE0) for c in order.order_number)  # "１００…"
    result = receiving.receive_parcel(backend.uow(), actors.clerk, wide, queue_unknown=False)
    assert result.kind == "order" and result.order.order_number == order.order_number


@pytest.mark.parametrize("text", ["Aino\x00Laine", "x" * 60000, "\x00"])
def test_searches_with_a_nul_or_50_kb_answer_without_a_database_error(backend, text):
    queries.find(backend.uow(), text)
    f = backoffice.ReturnsFilter(text=text)
    backoffice.count_returns(backend.uow(), f)
