"""Write the desk's three short sounds to resources/sounds/ (run once; the WAVs are committed).

    python tools/make_sounds.py

success: a short rising two-note chime; warning: two mid beeps; error: a low, longer buzz.
Distinct in pitch and rhythm, so a clerk who is not looking at the screen knows which it was.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def _tone(freq: float, seconds: float, volume: float = 0.5, square: bool = False) -> list[int]:
    n = int(RATE * seconds)
    fade = int(RATE * 0.008)
    samples = []
    for i in range(n):
        phase = math.sin(2 * math.pi * freq * i / RATE)
        value = (1.0 if phase >= 0 else -1.0) * 0.6 if square else phase
        envelope = min(1.0, i / fade, (n - i) / fade)
        samples.append(int(32767 * volume * value * envelope))
    return samples


def _silence(seconds: float) -> list[int]:
    return [0] * int(RATE * seconds)


SOUNDS = {
    "success": lambda: _tone(880, 0.07) + _tone(1320, 0.10),
    "warning": lambda: _tone(660, 0.10) + _silence(0.06) + _tone(660, 0.10),
    "error": lambda: _tone(220, 0.35, volume=0.45, square=True),
}


def write(name: str, samples: list[int]) -> Path:
    path = OUT / f"{name}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return path


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        print(write(name, make()))
