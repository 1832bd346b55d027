"""Every code a parcel carries finds its order: carriers' waybills, the shop's own order-number
shape, and a code that reads several ways is looked up as each."""

from __future__ import annotations

from datetime import date

import pytest

from returns_app.persistence.models import Setting
from returns_app.services import orders, queries, receiving
from returns_app.services.errors import InvalidInput
from returns_app.services.shop_settings import ShopSettings, load_settings, save_settings

DELIVERED = date(2026, 11, 10)


def _shipped(make_order, tracking: str, carrier: str, **overrides):
    shipment = orders.ShipmentInput(tracking, carrier, DELIVERED)
    return make_order(shipments=(shipment,), **overrides)


@pytest.mark.parametrize(
    ("stored", "scanned"),
    [
        ("3318810025", "3318810025"),  # DHL Express, 10 digits (was read as an order number)
        ("73891051146", "73891051146"),  # DHL Express, 11 digits (was read as GLS)
        ("1Z5R89390357567127", "1Z 5R8 939 03 5756 7127"),  # UPS as printed
        ("09980000020033", "%008182709980000020033350276C"),  # DPD: the label's barcode
        ("09980000020033", "09980000020033"),  # DPD parcel number typed
    ],
)
def test_a_carriers_code_on_the_parcel_finds_the_order_it_was_shipped_with(
    backend, actors, make_order, stored, scanned
):
    order = _shipped(make_order, stored, "carrier")
    result = receiving.receive_parcel(backend.uow(), actors.clerk, scanned, queue_unknown=False)
    assert (result.kind, result.order.id) == ("order", order.id)
    hits = queries.find(backend.uow(readonly=True), scanned)
    assert [(h.kind, h.id) for h in hits] == [("order", order.id)]


def test_a_code_that_is_a_waybill_and_fits_the_shops_order_numbers_is_looked_up_as_both(
    backend, actors, make_order
):
    save_settings(backend.uow(), actors.admin, order_number_max_digits=10)
    order = make_order(order_number="3318810025")
    result = receiving.receive_parcel(
        backend.uow(), actors.clerk, "3318810025", queue_unknown=False
    )
    assert (result.kind, result.order.id) == ("order", order.id)
    hits = queries.find(backend.uow(readonly=True), "3318810025")
    assert [(h.kind, h.id) for h in hits] == [("order", order.id)]


def test_a_misread_ean_is_refused_not_taken_for_an_order(backend, actors, make_order):
    make_order(order_number="12345678")
    with pytest.raises(InvalidInput) as caught:
        receiving.receive_parcel(backend.uow(), actors.clerk, "12345678", queue_unknown=False)
    assert caught.value.message.render() == "Check digit should be 0, scanned 8."


def test_the_shops_order_number_prefix_is_read(backend, actors, make_order):
    save_settings(backend.uow(), actors.admin, order_number_prefix="EU")
    order = _shipped(make_order, "JJ473124829FI", "posti", order_number="EU100234")
    result = receiving.receive_parcel(backend.uow(), actors.clerk, "#EU100234", queue_unknown=False)
    assert (result.kind, result.order.id) == ("order", order.id)


def test_order_number_patterns_stored_by_an_earlier_version_still_read(backend, actors, make_order):
    order = make_order(order_number="123456")
    with backend.uow() as uow:
        uow.session.add(Setting(key="order_number_patterns", value=[r"WEB-(?P<number>\d{6})"]))
        uow.commit()
    hits = queries.find(backend.uow(readonly=True), "WEB-123456")
    assert [(h.kind, h.id) for h in hits] == [("order", order.id)]


def test_the_old_shipped_default_patterns_count_as_unset(backend):
    with backend.uow() as uow:
        uow.session.add(Setting(key="order_number_patterns", value=[r"^\d{5,9}$", r"^#\d{4,10}$"]))
        uow.commit()
    assert load_settings(backend.uow(readonly=True)).order_number_patterns == ()


# --- Identifiers that check themselves ----------------------------------------------------


def test_no_business_id_or_vat_number_is_shipped_and_the_demos_pass_their_checks():
    from stdnum.fi import alv, ytunnus

    from returns_app.services.demo import DEMO_IDENTITY

    # any valid example could be a real company's: the shop sets its own
    shop = ShopSettings()
    assert (shop.business_id, shop.vat_number) == ("", "")
    assert ytunnus.is_valid(DEMO_IDENTITY["business_id"])
    assert alv.is_valid(DEMO_IDENTITY["vat_number"])


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("business_id", "1234567-8", "is not a valid business ID"),
        ("vat_number", "FI12345678", "is not a valid VAT number"),
        ("iban", "FI00 1234", "is not a valid IBAN"),
        ("order_number_min_digits", 9, "Order numbers need at least 1"),
        ("order_number_prefix", "W 1", "An order number prefix is at most 10"),
    ],
)
def test_saving_a_setting_that_fails_its_check_is_refused_and_nothing_is_saved(
    backend, actors, key, value, words
):
    before = load_settings(backend.uow(readonly=True))
    with pytest.raises(InvalidInput) as caught:
        save_settings(backend.uow(), actors.admin, **{key: value})
    assert words in caught.value.message.render()
    assert load_settings(backend.uow(readonly=True)) == before


def test_valid_identifiers_are_saved_in_their_written_form(backend, actors):
    saved = save_settings(
        backend.uow(),
        actors.admin,
        business_id="12345671",
        vat_number="fi 1234 5671",
        iban="fi4950009420028730",
    )
    assert (saved.business_id, saved.vat_number, saved.iban) == (
        "1234567-1",
        "FI12345671",
        "FI49 5000 9420 0287 30",
    )
    assert load_settings(backend.uow(readonly=True)).iban == "FI49 5000 9420 0287 30"


def test_an_unidentified_parcel_with_a_waybill_is_followed_to_its_order(
    backend, actors, make_order
):
    order = _shipped(make_order, "73891051146", "dhl")
    parcel = receiving.queue_parcel(backend.uow(), actors.clerk, "73891051146")
    got = receiving.suggest_match(backend.uow(readonly=True), parcel.id)
    assert (got.kind, got.found_by, got.order.id) == ("order", "shipment_tracking", order.id)


def test_a_new_order_number_shape_is_read_by_the_next_scan_here_and_soon_at_other_stations(
    backend, actors, make_order, monkeypatch
):
    """The shape is kept between scans (every scan needs it): a save at this station is seen
    at once; a save at another station (another engine on the same database) once the kept
    shape is SCAN_CONFIG_TTL_S old."""
    from returns_app.persistence.database import make_engine
    from returns_app.services import shop_settings
    from returns_app.services.errors import ReturnsError
    from returns_app.services.runtime import Backend

    order = _shipped(make_order, "JJ473124829FI", "posti", order_number="EU100234")
    other = Backend(make_engine(backend.url), backend.url)

    def opened(station) -> int | None:
        try:
            result = receiving.receive_parcel(
                station.uow(), actors.clerk, "#EU100234", queue_unknown=False
            )
        except ReturnsError:
            return None
        return result.order.id

    try:
        assert opened(backend) is None and opened(other) is None
        save_settings(backend.uow(), actors.admin, order_number_prefix="EU")
        assert opened(backend) == order.id
        assert opened(other) is None  # kept a while
        later = shop_settings._clock() + shop_settings.SCAN_CONFIG_TTL_S
        monkeypatch.setattr(shop_settings, "_clock", lambda: later)
        assert opened(other) == order.id
    finally:
        other.close()
