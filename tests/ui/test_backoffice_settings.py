"""Settings: this station, the shop and its policies, return reasons, locations."""

from __future__ import annotations

from decimal import Decimal

import pytest
from desk_kit import pinned_clock
from PySide6.QtCore import Qt

from returns_app.services import shop_settings
from ui.backoffice.locations_page import LocationsWidget
from ui.backoffice.settings_page import SettingsPage
from ui.backoffice.shop_settings_page import ShopSettingsWidget
from ui.backoffice.station_settings import StationSettings
from ui.context import AppContext, UserSession
from ui.style import Tone
from ui.tasks import ImmediateRunner, TaskRunner

# The offscreen platform cannot size real windows (dialogs); nothing to see there.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def admin_context(qapp, backend, actors, ui_settings) -> AppContext:
    """A context with an administrator signed in."""
    return AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.admin), clock=pinned_clock
    )


def test_station_settings_are_saved_for_this_station(qtbot, app_context, ui_settings):
    widget = StationSettings(app_context, lister=lambda: ["Zebra ZD421", "HP LaserJet"])
    qtbot.addWidget(widget)
    assert [widget.label_printer.itemText(i) for i in range(3)] == [
        "",
        "Zebra ZD421",
        "HP LaserJet",
    ]
    widget.station.setText("DESK-7")
    widget.language.setCurrentIndex(widget.language.findData("en"))
    widget.burst.setValue(50)
    widget.tab_ends.setChecked(False)
    widget.gs.setText("~")
    widget.label_printer.setCurrentText("Zebra ZD421")
    widget.label_size.setCurrentIndex(widget.label_size.findData("a6"))
    widget.slip_format.setCurrentIndex(widget.slip_format.findData("80mm"))
    widget.save.click()
    assert widget.message.text() == "Station settings saved."
    assert ui_settings.get("station/name") == "DESK-7"
    assert ui_settings.get("ui/language") == "en"
    assert ui_settings.get("scanner/burst_interval_ms") == 50
    assert ui_settings.get("scanner/terminator_tab") is False
    assert ui_settings.get("scanner/gs_substitute") == "~"
    assert ui_settings.get("printers/label") == "Zebra ZD421"
    assert ui_settings.get("printers/label_size") == "a6"
    assert ui_settings.get("printers/slip_format") == "80mm"


def test_sound_can_be_turned_on_its_volume_set_and_tried(qtbot, app_context, ui_settings):
    from ui.sound import SoundPlayer

    heard = []

    class Effect:
        def __init__(self, kind):
            self.kind = kind

        def setVolume(self, volume):  # noqa: N802
            self.volume = volume

        def play(self):
            heard.append((self.kind, self.volume))

    player = SoundPlayer(ui_settings, factory=lambda kind, parent: Effect(kind))
    widget = StationSettings(app_context, lister=lambda: [], player=player)
    qtbot.addWidget(widget)
    assert not widget.sound_on.isChecked()  # the test station has it off
    widget.sound_on.setChecked(True)
    widget.volume.setValue(35)
    widget.try_sounds.click()
    qtbot.waitUntil(lambda: len(heard) == 3, timeout=3000)
    assert heard == [("success", 0.35), ("warning", 0.35), ("error", 0.35)]
    widget.save.click()
    assert ui_settings.get("sound/enabled") is True and ui_settings.get("sound/volume") == 35


def test_a_letter_cannot_stand_for_fnc1_and_a_station_needs_a_name(qtbot, app_context, ui_settings):
    widget = StationSettings(app_context, lister=list)
    widget.gs.setText("x")
    widget.save.click()
    assert "not a letter" in widget.message.text() and widget.message.tone == Tone.BAD
    widget.gs.clear()
    widget.station.clear()
    widget.save.click()
    assert widget.message.text() == "Give the station a name."
    assert ui_settings.get("station/name") == "DESK-1"


def test_printers_that_cannot_be_listed_are_said_not_fatal(qtbot, app_context):
    def broken() -> list[str]:
        raise OSError("cups is down")

    widget = StationSettings(app_context, lister=broken)
    assert widget.message.text() == "The printers could not be listed."
    assert widget.find_printers.isEnabled()


def test_an_admin_changes_shop_details_policies_and_reasons(qtbot, admin_context, backend):
    widget = ShopSettingsWidget(admin_context)
    qtbot.addWidget(widget)
    assert widget.text["shop_name"].text() == "Esimerkkikauppa Oy"
    widget.text["shop_name"].setText("Lankakauppa Oy")
    widget.text["return_city"].setText("Tampere")
    widget.goodwill.setValue(60)
    widget.limit.setValue(150.5)
    widget.delivery.setCurrentIndex(widget.delivery.findData("proportional"))
    widget.charge_label.setChecked(True)
    widget.label_price.setValue(4.9)
    widget.new_reason.setText("Wrong colour")
    widget.add_reason.click()
    widget.reasons.setCurrentRow(widget.reason_codes().index("arrived_late"))
    widget.remove_reason.click()
    assert set(widget.changes()) == {
        "shop_name",
        "return_city",
        "goodwill_days",
        "refund_approval_limit",
        "delivery_refund_policy",
        "charge_return_label",
        "return_label_price",
        "return_reasons",
    }
    widget.save.click()
    assert widget.message.text() == "Shop settings saved."
    saved = shop_settings.load_settings(backend.uow())
    assert saved.shop_name == "Lankakauppa Oy" and saved.return_city == "Tampere"
    assert saved.goodwill_days == 60 and saved.refund_approval_limit == Decimal("150.50")
    assert saved.delivery_refund_policy == "proportional"
    assert saved.charge_return_label and saved.return_label_price == Decimal("4.90")
    assert saved.return_reasons[-1] == "Wrong colour" and "arrived_late" not in saved.return_reasons
    widget.save.click()
    assert widget.message.text() == "Nothing was changed."


def test_reasons_show_their_names_and_refuse_a_twin(qtbot, admin_context):
    widget = ShopSettingsWidget(admin_context)
    assert widget.reasons.item(0).text() == "Does not fit"
    assert widget.reasons.item(0).data(Qt.ItemDataRole.UserRole) == "does_not_fit"
    widget.new_reason.setText("does not fit")
    widget.add_reason.click()
    assert widget.message.text() == "That reason is in the list already."
    assert len(widget.reason_codes()) == 7


def test_the_shop_needs_a_name_and_at_least_one_reason(qtbot, admin_context):
    widget = ShopSettingsWidget(admin_context)
    widget.text["shop_name"].clear()
    widget.save.click()
    assert widget.message.text() == "The shop needs a name."
    widget.text["shop_name"].setText("X Oy")
    widget.reasons.clear()
    widget.save.click()
    assert widget.message.text() == "Keep at least one return reason."


def test_a_supervisor_sees_the_shop_settings_read_only(qtbot, app_context):
    widget = ShopSettingsWidget(app_context)
    assert not widget.save.isEnabled() and not widget.text["shop_name"].isEnabled()
    assert widget.readonly_note.isVisibleTo(widget)


def test_the_service_refuses_a_non_admin_even_if_the_screen_let_them(qtbot, app_context):
    view = ShopSettingsWidget(app_context)  # a supervisor signed in
    view.save.setEnabled(True)
    view.goodwill.setValue(99)
    view.save.click()
    assert "supervisor1 (supervisor) may not" in view.message.text()
    assert view.message.tone == Tone.BAD


def test_an_admin_adds_a_location_and_is_told_what_blocks_a_deactivation(
    qtbot, qtmodeltester, admin_context
):
    widget = LocationsWidget(admin_context)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    codes = [l.code for l in widget.model.rows()]
    assert "MAIN" in codes
    widget.new.click()
    widget.code.setText("shelf-b")
    widget.name.setText("Shelf B")
    widget.save.click()
    assert widget.message.text() == "Location SHELF-B saved."
    assert "SHELF-B" in [l.code for l in widget.model.rows()]
    scrap = [l.code for l in widget.model.rows()].index("SCRAP")
    widget.table.selectRow(scrap)
    assert widget.code.text() == "SCRAP"
    widget.active.setChecked(False)
    widget.save.click()
    assert "last active location of its kind" in widget.message.text()


def test_the_settings_page_gathers_every_part(qtbot, app_context):
    page = SettingsPage(app_context, lister=list)
    qtbot.addWidget(page)
    assert page.tabs.count() == 6
    assert page.tabs.tabText(4) == "Payments"  # Paytrail's merchant id and secret (issue 20)
    assert page.tabs.tabText(5) == "E-mail"
    assert not page.database.isEnabled()  # a supervisor does not choose the database
    assert not page.locations.form_box.isEnabled()


def test_a_new_station_is_named_after_its_computer(tmp_path, monkeypatch):
    """Two computers left at the default are still two stations (live refresh, the log)."""
    import ui.settings as settings_module

    fresh = settings_module.Settings.at(str(tmp_path / "new.ini"))
    assert fresh.get("station/name") == settings_module._computer_name()
    monkeypatch.setattr("socket.gethostname", lambda: "varasto-pc3.local")
    assert settings_module._computer_name() == "VARASTO-PC3"
    monkeypatch.setattr("socket.gethostname", lambda: "")
    assert settings_module._computer_name() == "DESK-1"


def test_a_business_id_that_fails_its_check_is_refused_with_what_it_should_be(
    qtbot, admin_context, backend
):
    widget = ShopSettingsWidget(admin_context)
    qtbot.addWidget(widget)
    widget.text["business_id"].setText("1234567-8")
    widget.save.click()
    assert "“1234567-8” is not a valid business ID (Y-tunnus)" in widget.message.text()
    assert widget.message.tone == Tone.BAD
    assert shop_settings.load_settings(backend.uow()).business_id == ""  # none shipped


def test_an_admin_sets_the_shops_order_number_shape_on_the_real_runner(
    qtbot, qapp, backend, actors, ui_settings
):
    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.admin), clock=pinned_clock)
    widget = ShopSettingsWidget(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.loaded is not None)
    assert (widget.order_min.value(), widget.order_max.value()) == (4, 7)
    widget.order_prefix.setText("EU")
    widget.order_max.setValue(8)
    widget.text["iban"].setText("fi4950009420028730")
    widget.save.click()
    qtbot.waitUntil(lambda: widget.message.text() == "Shop settings saved.")
    saved = shop_settings.load_settings(backend.uow())
    assert (saved.order_number_prefix, saved.order_number_max_digits) == ("EU", 8)
    assert saved.iban == widget.text["iban"].text() == "FI49 5000 9420 0287 30"
    widget.text["iban"].setText("FI00 1234")
    widget.save.click()
    qtbot.waitUntil(lambda: "is not a valid IBAN" in widget.message.text())
    runner.wait()


def test_an_admin_sets_transit_days_per_shipping_method(qtbot, admin_context, backend):
    widget = ShopSettingsWidget(admin_context)
    qtbot.addWidget(widget)
    assert "Posti SmartPOST = 2" in widget.transit.toPlainText()
    widget.transit.setPlainText("Posti SmartPOST = 2\nBudbee\n")
    widget.save.click()
    assert widget.message.text() == "Write each shipping method as “name = days”: Budbee"
    widget.transit.setPlainText("Posti SmartPOST = 2\n\nBudbee  =  1\n")
    widget.default_transit.setValue(4)
    assert set(widget.changes()) == {"transit_days", "default_transit_days"}
    widget.save.click()
    assert widget.message.text() == "Shop settings saved."
    saved = shop_settings.load_settings(backend.uow())
    assert saved.transit_days == ("Posti SmartPOST = 2", "Budbee = 1")
    assert saved.default_transit_days == 4
