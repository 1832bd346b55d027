"""The desk's sounds: distinct tones for success, warning and error (not the X bell).

A clerk whose eyes are on the parcel hears what happened: a short rising chime for a good
scan, two mid beeps for a warning, a low buzz for an error. The WAVs live in
``resources/sounds`` (made by ``tools/make_sounds.py``); volume and on/off are station
settings. Qt Multimedia is loaded only when a sound is first played, and a station without
an audio output (or without the system's audio library) simply stays quiet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl

from returns_app.resources import sound_path
from ui.settings import Settings

log = logging.getLogger(__name__)
KINDS = ("success", "warning", "error")


class Effect(Protocol):
    """What the player needs of a sound effect (QSoundEffect has it)."""

    def setVolume(self, volume: float) -> None: ...  # noqa: D102, N802 - Qt's name

    def play(self) -> None: ...  # noqa: D102


def qt_effect(kind: str, parent: QObject) -> Effect | None:
    """A QSoundEffect for ``kind``, or None where this station cannot play sound."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:  # e.g. no libpulse on a Linux station
        log.warning("no sound: Qt Multimedia is not available (%s)", exc)
        return None
    if not QMediaDevices.audioOutputs():
        log.info("no sound: this station has no audio output")
        return None
    effect = QSoundEffect(parent)
    effect.setSource(QUrl.fromLocalFile(str(sound_path(kind))))
    return effect


class SoundPlayer(QObject):
    """Plays the desk's sounds as the station's settings say (``sound/*``)."""

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        factory: Callable[[str, QObject], Effect | None] = qt_effect,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._factory = factory
        self._effects: dict[str, Any] = {}

    def play(self, kind: str) -> None:
        """Play ``kind`` ("success", "warning" or "error") unless sounds are off."""
        if self._settings.get("sound/enabled"):
            self.preview(kind, self._settings.get("sound/volume"))

    def preview(self, kind: str, volume: int) -> None:
        """Play ``kind`` at ``volume`` (0-100) even while sounds are off (the settings page)."""
        if kind not in KINDS:
            return
        if kind not in self._effects:
            self._effects[kind] = self._factory(kind, self)
        effect = self._effects[kind]
        if effect is None:
            return
        effect.setVolume(max(0, min(100, volume)) / 100)
        effect.play()
