"""Screen readers hear what the desk says, and every control has a name."""

from __future__ import annotations

import pytest
from desk_kit import (  # noqa: F401 - fixtures
    BAD_CHECK_DIGIT,
    FakePrinters,
    beeps,
    desk,
    make_desk,
    printers,
    register,
    show_active,
)
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ui.accessibility import accessible_name
from ui.app import build_areas
from ui.main_window import MainWindow
from ui.printing import PrintCenter

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

CONTROLS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QCheckBox,
)


def nameless(top: QWidget) -> list[str]:
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QHeaderView):
            continue  # part of its table, which has the name
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # the combo box's or spin box's own editor
        if not accessible_name(widget):
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
            )
    return found


def test_every_control_in_every_area_has_a_name(qtbot, app_context, make_order, actors, backend):
    register(backend, actors.supervisor, make_order(), (0, 1))
    printing = PrintCenter(app_context, lister=FakePrinters(["Office"]).lister)
    window = MainWindow(app_context, build_areas(app_context), printer=printing)
    window.resize(1366, 728)
    show_active(qtbot, window)
    problems = {}
    for area in window.areas:
        window.show_area(area.key)
        widget = window.area_widget(area.key)
        found = nameless(widget)
        for tabs in widget.findChildren(QTabWidget):  # the pages not shown first, too
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                found += [f"{tabs.tabText(index)}: {n}" for n in nameless(tabs.widget(index))]
        problems[area.key] = sorted(set(found))
    window.close()
    assert not any(problems.values()), "\n".join(f"{k}: {v}" for k, v in problems.items() if v)


@pytest.fixture
def spoken(monkeypatch):
    """What the desk sends to screen readers: (message, interrupting) per announcement."""
    heard: list[tuple[str, bool]] = []

    def update(event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            heard.append((event.message(), assertive))

    monkeypatch.setattr("ui.accessibility.QAccessible.updateAccessibility", update)
    return heard


def test_scan_results_and_errors_are_announced_to_screen_readers(
    desk,  # noqa: F811 - the fixture
    backend,
    actors,
    make_order,
    spoken,
):
    ret = register(backend, actors.clerk, make_order())
    desk.handle_scan(ret.code)
    assert spoken[-1][1] is False  # news wait for a pause
    assert desk.feedback.title_text() in spoken[-1][0]
    desk.handle_scan(BAD_CHECK_DIGIT)
    message, urgent = spoken[-1]
    assert urgent  # an error interrupts
    assert message.startswith(desk.feedback.title_text())
    assert desk.feedback.accessibleName() == "Scan result"
    assert desk.feedback.accessibleDescription() == message


def test_losing_and_regaining_the_database_is_announced(qtbot, app_context, spoken):
    from returns_app.services.runtime import Overview

    window = MainWindow(app_context, build_areas(app_context))
    qtbot.addWidget(window)
    assert spoken == []  # "connected" at start is not news
    url = app_context.backend.display_url
    window._on_overview_done(Overview(url, "local", False), None)
    assert spoken[-1] == ("Database: local, NOT reachable", True)
    window._on_overview_done(Overview(url, "local", True), None)
    assert spoken[-1] == ("Database: local, connected", False)
    count = len(spoken)
    window._on_overview_done(Overview(url, "local", True), None)
    assert len(spoken) == count  # no change, nothing said
    window.close()
