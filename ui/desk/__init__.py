"""The receiving desk: the screen warehouse staff live in (see :mod:`ui.desk.desk`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.shell import Area


def _build(ctx: AppContext) -> QWidget:
    from ui.desk.desk import DeskWidget

    return DeskWidget(ctx)


def desk_area() -> Area:
    """The desk as the main window's first area (F2 or Ctrl+1)."""
    from ui.desk.keys import ALL_GROUPS

    return Area(
        key="desk",
        title=QCoreApplication.translate("Desk", "Receiving desk"),
        factory=_build,
        shortcut="F2",
        key_groups=ALL_GROUPS,
    )
