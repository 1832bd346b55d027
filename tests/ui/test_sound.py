"""The desk's sounds: three distinct WAVs, played as the station's settings say."""

# ruff: noqa: F811 - the fixtures come from desk_kit and are named as parameters

from __future__ import annotations

import wave

import pytest
from desk_kit import beeps, desk, make_desk, printers  # noqa: F401 - fixtures

from returns_app.resources import sound_path
from ui.sound import KINDS, SoundPlayer

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


class FakeEffect:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.volume: float | None = None
        self.played = 0

    def setVolume(self, volume: float) -> None:  # noqa: N802 - Qt's name
        self.volume = volume

    def play(self) -> None:
        self.played += 1


@pytest.fixture
def made(qapp):
    return {}


def _player(ui_settings, made) -> SoundPlayer:
    def factory(kind, parent):
        made[kind] = FakeEffect(kind)
        return made[kind]

    return SoundPlayer(ui_settings, factory=factory)


def test_the_three_sounds_are_short_real_wavs_that_differ(qapp):
    lengths = {}
    for kind in KINDS:
        with wave.open(str(sound_path(kind))) as w:
            assert w.getnchannels() == 1 and w.getsampwidth() == 2
            seconds = w.getnframes() / w.getframerate()
            assert 0.1 <= seconds <= 0.5  # short enough not to slow a scan
            lengths[kind] = (seconds, w.readframes(w.getnframes())[:2000])
    assert len({data for _, data in lengths.values()}) == 3  # three distinct sounds
    assert lengths["error"][0] > lengths["success"][0]  # an error lasts longer


def test_each_kind_plays_its_own_sound_at_the_stations_volume(ui_settings, made):
    ui_settings.set("sound/enabled", True)
    ui_settings.set("sound/volume", 40)
    player = _player(ui_settings, made)
    player.play("warning")
    player.play("warning")
    player.play("error")
    assert made["warning"].played == 2 and made["error"].played == 1
    assert made["warning"].volume == pytest.approx(0.4)
    assert "success" not in made  # loaded only when first needed


def test_sounds_off_plays_nothing(ui_settings, made):
    ui_settings.set("sound/enabled", False)
    _player(ui_settings, made).play("error")
    assert made == {}


def test_a_station_without_audio_stays_quiet_without_failing(ui_settings):
    ui_settings.set("sound/enabled", True)
    player = SoundPlayer(ui_settings, factory=lambda kind, parent: None)
    player.play("success")  # no exception, no X bell


def test_the_desk_sounds_success_warning_and_error(desk, backend, actors, make_order, beeps):
    from desk_kit import SHIRT, register

    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 1))
    desk.handle_scan(ret.code)
    assert beeps[-1] == "success"
    desk.handle_scan("6417084000017")  # a bad check digit
    assert beeps[-1] == "error"
    desk.handle_scan("0012345678905")  # the book: not on this return
    assert beeps[-1] == "warning"
    desk.handle_scan(SHIRT)
    assert beeps[-1] == "success"
