"""Unidentified parcels: match one to a return, register a return for it, or discard it."""

from __future__ import annotations

from datetime import date

import pytest
from desk_kit import NOTICE, pinned_clock

from returns_app.services import receiving
from returns_app.services import returns as returns_service
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.backoffice.unidentified import UnidentifiedWidget
from ui.context import AppContext, UserSession
from ui.style import Tone
from ui.tasks import ImmediateRunner

# The offscreen platform cannot size real windows (dialogs); nothing to see there.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

# Delivered so that the desk's day (25.11.2026) is still inside the withdrawal period.
IN_WINDOW = date(2026, 11, 20)


@pytest.fixture
def lost(backend, actors):
    """Two parcels nobody could place."""
    return [
        receiving.receive_parcel(backend.uow(), actors.clerk, code).parcel_id
        for code in ("JJ473124829FI", "UNKNOWN-LABEL-7")
    ]


def _widget(qtbot, ctx):
    widget = UnidentifiedWidget(ctx)
    qtbot.addWidget(widget)
    return widget


def _find(widget, text):
    widget.search.setText(text)
    widget.find.click()


def test_the_queue_lists_parcels_that_matched_nothing(qtbot, qtmodeltester, app_context, lost):
    widget = _widget(qtbot, app_context)
    assert [p.scanned_code for p in widget.parcels_model.rows()] == [
        "JJ473124829FI",
        "UNKNOWN-LABEL-7",
    ]
    assert widget.count.text() == "2 waiting"
    assert not widget.match.isEnabled() and not widget.register.isEnabled()
    qtmodeltester.check(widget.parcels_model)


def test_a_parcel_is_matched_to_a_return_found_by_name(
    qtbot, qtmodeltester, app_context, backend, actors, make_order, lost
):
    order = make_order()
    cmd = RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 1),), notice_at=NOTICE)
    ret = returns_service.register_return(backend.uow(), actors.clerk, cmd)
    widget = _widget(qtbot, app_context)
    widget.parcels.selectRow(0)
    _find(widget, "Aino Laine")
    qtmodeltester.check(widget.hits_model)
    kinds = [h.kind for h in widget.hits_model.rows()]
    widget.hits.selectRow(kinds.index("return"))
    assert widget.match.isEnabled() and not widget.register.isEnabled()
    widget.match.click()
    assert f"return {ret.code} (received)" in widget.message.text()
    assert [p.scanned_code for p in widget.parcels_model.rows()] == ["UNKNOWN-LABEL-7"]


def test_a_return_is_registered_from_the_order_and_takes_the_parcel(
    qtbot, app_context, make_order, lost
):
    order = make_order(delivered=IN_WINDOW)
    widget = _widget(qtbot, app_context)
    widget.parcels.selectRow(1)
    _find(widget, order.order_number)
    assert widget.hits_model.rows()[0].kind == "order"
    widget.hits.selectRow(0)
    assert widget.register.isEnabled()
    widget.register.click()
    dialog = widget.register_dialog
    assert dialog.order is not None and dialog.order.id == order.id
    dialog.set_quantity(1, 1)
    dialog.register()
    assert dialog.registered_return is not None
    assert dialog.registered_return.code in widget.message.text()
    assert [p.scanned_code for p in widget.parcels_model.rows()] == ["JJ473124829FI"]


def test_a_supervisor_discards_a_parcel_with_a_reason(qtbot, app_context, lost):
    widget = _widget(qtbot, app_context)
    widget.parcels.selectRow(0)
    widget.discard.click()
    dialog = widget.discard_dialog
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.reason.setText("Refused, sent back to the sender")
    assert ok.isEnabled()
    dialog.accept()
    assert widget.message.text() == "The parcel was discarded."
    assert [p.scanned_code for p in widget.parcels_model.rows()] == ["UNKNOWN-LABEL-7"]


def test_a_clerk_cannot_discard(qtbot, backend, actors, ui_settings, lost):
    ctx = AppContext(backend, ui_settings, ImmediateRunner(), UserSession(actors.clerk), clock=pinned_clock)
    widget = _widget(qtbot, ctx)
    assert widget.discard.isHidden()


def test_a_parcel_decided_elsewhere_meanwhile_is_said_and_the_queue_refreshed(
    qtbot, app_context, backend, actors, lost
):
    widget = _widget(qtbot, app_context)
    widget.parcels.selectRow(0)
    widget.discard.click()
    receiving.discard_parcel(backend.uow(), actors.supervisor, lost[0], "Other station")
    widget.discard_dialog.reason.setText("Sent back")
    widget.discard_dialog.accept()
    assert widget.message.text() == "This parcel was already decided."
    assert widget.message.tone == Tone.BAD
    assert len(widget.parcels_model.rows()) == 1


def test_a_search_that_finds_nothing_says_what_to_try(qtbot, app_context, lost):
    widget = _widget(qtbot, app_context)
    _find(widget, "no such customer anywhere")
    assert "Nothing found" in widget.message.text()
