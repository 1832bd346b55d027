"""The back office plugs into the main window as areas."""

from __future__ import annotations

import pytest
from desk_kit import pinned_clock
from PySide6.QtWidgets import QWidget

from returns_app.services.documents import StoredDocument
from ui import printing
from ui.backoffice import printer_for
from ui.context import AppContext, UserSession
from ui.shell import extra_areas
from ui.tasks import ImmediateRunner


@pytest.fixture
def admin_context(qapp, backend, actors, ui_settings) -> AppContext:
    return AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.admin), clock=pinned_clock
    )


def test_every_back_office_area_builds_and_users_is_for_admins(qtbot, admin_context):
    areas = extra_areas(admin_context, ["ui.backoffice"])
    assert [a.key for a in areas] == [
        "returns",
        "refunds",
        "stock",
        "unidentified",
        "settings",
        "users",
    ]
    assert [a.permission for a in areas][-1] == "manage_users"
    for area in areas:
        widget = area.factory(admin_context)
        qtbot.addWidget(widget)
        assert hasattr(widget, "database_problem"), area.key
    settings = next(a for a in areas if a.key == "settings").factory(admin_context)
    qtbot.addWidget(settings)
    assert hasattr(settings, "database_switched")


def test_the_print_hook_sends_a_document_to_the_printer_for_its_kind(
    qtbot, admin_context, monkeypatch
):
    sent = []
    monkeypatch.setattr(
        printing.PrintCenter,
        "print_stored",
        lambda self, doc, role, done: sent.append((doc.name, role)),
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    print_document = printer_for(admin_context, parent)
    for kind in ("return_label", "item_tag", "credit_note"):
        print_document(StoredDocument(1, kind, f"{kind}.pdf", b"%PDF", None))
    assert [role.value for _, role in sent] == ["label", "tag", "a4"]
