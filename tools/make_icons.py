"""Render resources/icons/returns-desk.svg to the PNG sizes desktops ask for, and a Windows
.ico (run after changing the SVG; the PNGs and the .ico are committed)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon as a ``size`` x ``size`` image with a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: list[tuple[int, bytes]]) -> bytes:
    """A Windows .ico holding the PNGs (Vista and later read PNG entries)."""
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little")
    header += len(pngs).to_bytes(2, "little")
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in pngs:
        entries += bytes([size % 256, size % 256, 0, 0])
        entries += (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(blob).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def main() -> int:
    """Write returns-desk-<size>.png for every size and returns-desk.ico."""
    app = QGuiApplication(sys.argv[:1])
    del app
    renderer = QSvgRenderer(str(ICONS / "returns-desk.svg"))
    pngs = []
    for size in SIZES:
        blob = png_bytes(render(renderer, size))
        (ICONS / f"returns-desk-{size}.png").write_bytes(blob)
        if size in (16, 24, 32, 48, 256):
            pngs.append((size, blob))
    (ICONS / "returns-desk.ico").write_bytes(ico(pngs))
    print(f"wrote {len(SIZES)} PNGs and returns-desk.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
