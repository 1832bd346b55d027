"""Bad input is cleaned and bounded at the edge: never a raw database error."""

from __future__ import annotations

import time

import pytest

from returns_app.scanning.classify import classify
from returns_app.services import backoffice, backoffice_stock, documents, queries, receiving
from returns_app.services.errors import InvalidInput, NotFound


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


@pytest.mark.parametrize(
    "look_up",
    [
        lambda u: queries.get_order(u(), number="10\x000001"),
        lambda u: queries.get_return(u(), code="R\x00123"),
        lambda u: documents.refund_id_by_credit_note(u(), "2026-\x00001"),
    ],
    ids=["order number", "return code", "credit note"],
)
def test_a_look_up_with_a_nul_is_not_found_not_a_database_error(backend, look_up):
    with pytest.raises(NotFound) as caught:
        look_up(backend.uow)
    assert "\x00" not in caught.value.message.render("en")


def test_a_stock_search_with_a_nul_or_60_kb_answers(backend):
    for text in ("SKU\x00-1", "x" * 60000):
        assert backoffice_stock.stock_overview(backend.uow(), text).products == ()


def test_a_pasted_note_keeps_its_words_without_control_characters(backend, actors):
    parcel = receiving.queue_parcel(
        backend.uow(), actors.clerk, "ABCDEFGH12345", "Laatikko\x00 rikki\r\nTeippi\x1b auki"
    )
    assert parcel.note == "Laatikko rikki\r\nTeippi auki"


@pytest.mark.parametrize("text", ["1" * 10**6, "\uff11" * 10**6, "R" + "7" * 10**6])
def test_classifying_a_megabyte_of_text_is_quick_and_says_too_long(text):
    start = time.perf_counter()
    result = classify(text)
    assert time.perf_counter() - start < 0.2
    assert not result.valid and "Too long for a code" in str(result.error)


def test_a_nul_typed_at_sign_in_is_refused_and_audited_without_it(backend, actors):
    """PostgreSQL cannot store a NUL: the refused sign-in is still audited, cleaned."""
    from sqlalchemy import select

    from returns_app.persistence.models import AuditEntry
    from returns_app.services import users
    from returns_app.services.errors import PermissionDenied

    for name, station in (("adm\x00in1", "DESK-1"), ("admin1", "DESK\x00-1")):
        with pytest.raises(PermissionDenied, match="Wrong user name or password"):
            users.authenticate(backend.uow(), name, "x\x00y", station)
    with backend.uow(readonly=True) as uow:
        seen = uow.session.execute(
            select(AuditEntry.username, AuditEntry.station).where(
                AuditEntry.action == "signin_failed"
            )
        ).all()
    assert [tuple(r) for r in seen] == [("admin1", "DESK-1"), ("admin1", "DESK-1")]


def test_a_nul_pasted_into_the_shop_settings_is_not_stored(backend, actors):
    from returns_app.services import shop_settings

    saved = shop_settings.save_settings(
        backend.uow(), actors.admin, shop_name="Kauppa\x00 Oy", street=" Katu 1\x07 "
    )
    assert (saved.shop_name, saved.street) == ("Kauppa Oy", "Katu 1")
    with backend.uow(readonly=True) as uow:
        assert shop_settings.read_settings(uow).shop_name == "Kauppa Oy"
