"""The shell's building blocks: areas (desk, back office, reports, …) and key bindings.

An :class:`Area` is one screen of the main window, built on first use by ``factory(ctx)``.
The desk is always first. Other packages plug in by naming a module in :data:`EXTRA_AREAS`;
that module defines ``areas(ctx: AppContext) -> list[Area]``. The list is explicit (no
``try: import``) so a broken area fails loudly at start instead of silently vanishing.

Every shortcut is a :class:`KeyBinding` in a :class:`KeyGroup`; the widgets build their
shortcuts from these tables and the F1 help overlay lists the same tables, so the help can
never disagree with the keys.

An area widget may offer, and the main window then uses:

- ``scan_router``: a :class:`~ui.scan_input.ScanRouter`, installed on the application
  while the area is shown (only one router listens at a time);
- ``focus_default()``: put the keyboard focus where work starts (e.g. the scan field).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from returns_app.i18n import QT_TRANSLATE_NOOP
from ui.context import AppContext

# Modules that provide ``areas(ctx) -> list[Area]``, in the order their tabs appear after
# the desk. The lead adds e.g. "ui.backoffice", "ui.import_export", "ui.reports" here.
EXTRA_AREAS: list[str] = ["ui.backoffice", "ui.import_export", "ui.reports"]


@dataclass(frozen=True)
class KeyBinding:
    """One action and the keys that trigger it.

    Attributes:
        action: the action's name; widgets map it to their handler.
        keys: portable key sequences (``"Ctrl+Z"``, ``"F6"``, ``"A"``), the first one shown
            first in the help.
        text: what the action does, an English source text marked with
            ``QT_TRANSLATE_NOOP(context, …)``.
        context: the translation context of ``text``.
    """

    action: str
    keys: tuple[str, ...]
    text: str
    context: str = "Shortcuts"

    def sequences(self) -> list[QKeySequence]:
        """The keys as :class:`QKeySequence` objects; "Return" also stands for keypad Enter."""
        keys = list(self.keys)
        keys += [k.replace("Return", "Enter") for k in self.keys if "Return" in k]
        return [QKeySequence(k) for k in dict.fromkeys(keys)]

    def label(self) -> str:
        """What the action does, translated (a text without context is shown as it is)."""
        if not self.context:
            return self.text
        return QCoreApplication.translate(self.context, self.text)

    def keys_text(self) -> str:
        """The keys as people read them on this platform ("Ctrl+Z", "F6 / 1"); Return is
        shown as Enter, the word on most keyboards (keypad Enter works as well)."""
        return " / ".join(
            QKeySequence(k)
            .toString(QKeySequence.SequenceFormat.NativeText)
            .replace("Return", "Enter")
            for k in self.keys
        )


@dataclass(frozen=True)
class KeyGroup:
    """Key bindings that belong together, under a heading in the help."""

    title: str
    bindings: tuple[KeyBinding, ...]
    context: str = "Shortcuts"

    def heading(self) -> str:
        """The group's title, translated."""
        return QCoreApplication.translate(self.context, self.title)

    def binding(self, action: str) -> KeyBinding:
        """The binding of ``action`` (a KeyError names a typo in a table)."""
        for b in self.bindings:
            if b.action == action:
                return b
        raise KeyError(action)


@dataclass(frozen=True)
class Area:
    """A screen of the main window.

    Attributes:
        key: a stable name ("desk", "backoffice").
        title: the tab's title, already translated.
        factory: builds the area's widget; called the first time the area is shown.
        shortcut: a key that shows the area (besides Ctrl+<position>), e.g. "F2".
        permission: only users holding it see the area (None: everybody).
        key_groups: the area's own shortcuts, listed in the help overlay.
    """

    key: str
    title: str
    factory: Callable[[AppContext], QWidget]
    shortcut: str | None = None
    permission: str | None = None
    key_groups: tuple[KeyGroup, ...] = ()


def extra_areas(ctx: AppContext, modules: Sequence[str] | None = None) -> list[Area]:
    """The areas the modules named in :data:`EXTRA_AREAS` provide, in that order."""
    found: list[Area] = []
    for name in EXTRA_AREAS if modules is None else modules:
        module = importlib.import_module(name)
        found.extend(module.areas(ctx))
    return found


WINDOW_KEYS = KeyGroup(
    QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"),
    (
        KeyBinding("help", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Show or hide this help")),
        KeyBinding(
            "about",
            ("Shift+F1",),
            QT_TRANSLATE_NOOP("Shortcuts", "About Returns Desk: version, database, log file"),
        ),
        KeyBinding(
            "switch_user",
            ("Ctrl+Shift+U",),
            QT_TRANSLATE_NOOP("Shortcuts", "Switch user (shared station)"),
        ),
        KeyBinding("next_area", ("Ctrl+PgDown",), QT_TRANSLATE_NOOP("Shortcuts", "Next area")),
        KeyBinding(
            "previous_area", ("Ctrl+PgUp",), QT_TRANSLATE_NOOP("Shortcuts", "Previous area")
        ),
    ),
)


def area_bindings(areas: Sequence[Area]) -> KeyGroup:
    """The keys that show each area: its own shortcut and Ctrl+<position> (up to 9)."""
    bindings = []
    for i, area in enumerate(areas[:9]):
        keys = tuple(k for k in (area.shortcut, f"Ctrl+{i + 1}") if k)
        bindings.append(KeyBinding(f"area:{area.key}", keys, area.title, context=""))
    return KeyGroup(QT_TRANSLATE_NOOP("Shortcuts", "Areas"), tuple(bindings))
