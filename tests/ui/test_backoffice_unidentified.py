"""Unidentified parcels: match one to a return, register a return for it, or discard it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from desk_kit import NOTICE, NOW, pinned_clock, show_active
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select, update

from returns_app.domain.users import Actor
from returns_app.persistence.models import AuditEntry, Parcel
from returns_app.services import receiving, users
from returns_app.services import returns as returns_service
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.backoffice.unidentified import UnidentifiedWidget
from ui.backoffice.unidentified_parts import UnidentifiedModel
from ui.context import AppContext, UserSession
from ui.style import Tone
from ui.tasks import TaskRunner

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


def _registered(backend, actors, order):
    cmd = RegisterReturn("withdrawal", (LineRequest(order.lines[0].id, 1),), notice_at=NOTICE)
    return returns_service.register_return(backend.uow(), actors.clerk, cmd)


def _queued_at(backend, parcel_id, when):
    with backend.uow() as uow:
        uow.session.execute(update(Parcel).where(Parcel.id == parcel_id).values(scanned_at=when))
        uow.commit()


def _status(backend, parcel_id):
    with backend.uow(readonly=True) as uow:
        return uow.session.get(Parcel, parcel_id).status


@pytest.fixture
def threaded(qapp, backend, ui_settings):
    """A station with the app's real worker threads; sign someone in with ``threaded(actor)``."""
    runner = TaskRunner()

    def make(actor):
        return AppContext(backend, ui_settings, runner, UserSession(actor), clock=pinned_clock)

    yield make
    runner.wait()


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
    qtmodeltester.check(widget.parcels_proxy)


def test_the_queue_shows_how_long_each_parcel_waited_who_queued_it_and_where(
    qtbot, qtmodeltester, app_context, backend, actors, lost
):
    dto = users.add_user(
        backend.uow(),
        "aino",
        "secret-password",
        "clerk",
        display_name="Aino Virtanen",
        actor=actors.admin,
    )
    aino = receiving.receive_parcel(
        backend.uow(), Actor(dto.id, "aino", "clerk", "DESK-4"), "UNKNOWN-LABEL-9"
    ).parcel_id
    _queued_at(backend, lost[0], NOW - timedelta(days=3, hours=2))
    _queued_at(backend, lost[1], NOW - timedelta(hours=5, minutes=10))
    _queued_at(backend, aino, NOW - timedelta(days=1))
    widget = _widget(qtbot, app_context)
    shown = [
        tuple(widget.parcels_proxy.index(r, c).data() for c in range(4))
        for r in range(widget.parcels_proxy.rowCount())
    ]
    assert shown == [  # oldest first
        ("JJ473124829FI", "3 days", "clerk1", "DESK-3"),
        ("UNKNOWN-LABEL-9", "1 day", "Aino Virtanen", "DESK-4"),
        ("UNKNOWN-LABEL-7", "5 h", "clerk1", "DESK-3"),
    ]
    widget.parcels.sortByColumn(UnidentifiedModel.COL_AGE, Qt.SortOrder.AscendingOrder)
    assert [p.scanned_code for p in widget.parcel_rows()] == [
        "UNKNOWN-LABEL-7",
        "UNKNOWN-LABEL-9",
        "JJ473124829FI",
    ]
    age = widget.parcels_proxy.index(0, UnidentifiedModel.COL_AGE)
    assert age.data(Qt.ItemDataRole.ToolTipRole) == "Queued 25.11.2026 05:50"
    qtmodeltester.check(widget.parcels_proxy)


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
    assert widget.message.text() == (
        "Parcel JJ473124829FI was discarded: \u201cRefused, sent back to the sender\u201d."
    )
    assert [p.scanned_code for p in widget.parcels_model.rows()] == ["UNKNOWN-LABEL-7"]


def test_a_parcel_decided_elsewhere_meanwhile_is_said_and_the_queue_refreshed(
    qtbot, app_context, backend, actors, lost
):
    widget = _widget(qtbot, app_context)
    widget.parcels.selectRow(0)
    widget.discard.click()
    receiving.discard_parcel(backend.uow(), actors.supervisor, lost[0], "Other station")
    widget.discard_dialog.reason.setText("Sent back")
    widget.discard_dialog.accept()
    assert widget.message.text().startswith(
        "Parcel JJ473124829FI was already discarded by supervisor1 at DESK-2, "
    )
    assert widget.message.text().endswith("\u201cOther station\u201d.")
    assert widget.message.tone == Tone.BAD
    assert len(widget.parcels_model.rows()) == 1


def test_a_search_that_finds_nothing_says_what_to_try(qtbot, app_context, lost):
    widget = _widget(qtbot, app_context)
    _find(widget, "no such customer anywhere")
    assert "Nothing found" in widget.message.text()


# --- The proposed match -----------------------------------------------------------------


def test_the_match_the_code_leads_to_is_proposed_and_enter_confirms_it_on_the_real_runner(
    qtbot, threaded, backend, actors, make_order
):
    order = make_order()
    ret = _registered(backend, actors, order)
    code = order.shipments[0].tracking_number
    pid = receiving.queue_parcel(backend.uow(), actors.clerk, code).id
    widget = UnidentifiedWidget(threaded(actors.clerk))
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    qtbot.waitUntil(lambda: widget.parcels_proxy.rowCount() == 1)
    widget.parcels.setFocus()
    widget.parcels.selectRow(0)
    qtbot.waitUntil(widget.confirm.isVisible)
    assert widget.proposal.title() == "Proposed match"
    assert widget.proposal_text.text() == (
        f"Return {ret.code} \u00b7 Aino Laine \u00b7 order {order.order_number}\n1 \u00d7 Paita M"
    )
    assert widget.proposal_why.text() == (
        f"The parcel's code is the tracking number of order {order.order_number}'s delivery; "
        f"its open return is {ret.code}."
    )
    assert widget.confirm.text() == f"Match to return {ret.code} (Enter)"
    QTest.keyClick(widget.parcels, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "now part of return" in widget.message.text(), timeout=5000)
    assert widget.message.text() == f"The parcel is now part of return {ret.code} (received)."
    qtbot.waitUntil(lambda: widget.parcels_proxy.rowCount() == 0)
    assert _status(backend, pid) == "matched"


def test_one_click_on_the_proposal_matches_the_parcel(
    qtbot, app_context, backend, actors, make_order
):
    order = make_order()
    ret = _registered(backend, actors, order)
    pid = receiving.queue_parcel(backend.uow(), actors.clerk, order.order_number).id
    widget = _widget(qtbot, app_context)
    widget.parcels.selectRow(0)
    assert "its open return is" in widget.proposal_why.text()
    widget.confirm.click()
    assert ret.code in widget.message.text()
    assert _status(backend, pid) == "matched"


def test_an_order_without_a_return_says_so_and_offers_to_register_one(
    qtbot, app_context, backend, actors, make_order
):
    order = make_order()
    receiving.queue_parcel(backend.uow(), actors.clerk, order.shipments[0].tracking_number)
    receiving.queue_parcel(backend.uow(), actors.clerk, "UNKNOWN-LABEL-7")
    widget = _widget(qtbot, app_context)
    widget.parcels.selectRow(0)
    assert widget.proposal.title() == "No match to propose"
    assert widget.confirm.isHidden()
    assert widget.proposal_why.text() == (
        f"Order {order.order_number} (Aino Laine) has no open return. Register the return "
        "first; then match the parcel to it."
    )
    assert widget.proposal_text.text() == (
        f"Order {order.order_number} \u00b7 Aino Laine\n\u201cRegister a return\u2026\u201d "
        "below registers its return and matches the parcel to it."
    )
    assert widget.selected_hit().code == order.order_number
    assert widget.register.isEnabled()
    widget.parcels.selectRow(1)  # another parcel: that order is not offered for it
    assert widget.hits_model.rows() == [] and not widget.register.isEnabled()


def test_a_parcel_whose_code_names_nothing_is_left_to_a_search_by_hand(qtbot, app_context, lost):
    widget = _widget(qtbot, app_context)
    widget.parcels.selectRow(1)
    assert "names no return or order" in widget.proposal_why.text()
    assert widget.proposal_text.text() == "Search by hand below."
    assert widget.confirm.isHidden()


# --- A clerk's discard ------------------------------------------------------------------


def test_a_clerks_discard_button_says_it_needs_a_supervisor_and_stays_enabled(
    qtbot, clerk_context, lost
):
    widget = _widget(qtbot, clerk_context)
    widget.parcels.selectRow(0)
    assert not widget.discard.isHidden() and widget.discard.isEnabled()
    assert widget.discard.text() == "Discard… (needs a supervisor)"
    assert widget.discard.toolTip().startswith("Needs a supervisor:")


def test_a_clerk_discards_with_a_supervisors_password_on_the_real_runner(
    qtbot, threaded, backend, actors, lost
):
    ctx = threaded(actors.clerk)
    widget = UnidentifiedWidget(ctx)
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    qtbot.waitUntil(lambda: widget.parcels_proxy.rowCount() == 2)
    widget.parcels.selectRow(0)
    widget.discard.click()
    dialog = widget.discard_dialog
    ok = dialog.buttons.buttons()[0]
    assert ok.text() == "Ask a supervisor…"
    dialog.reason.setText("Refused, sent back to the sender")
    ok.click()
    prompt = widget.approval_dialog
    assert prompt is not None
    qtbot.waitUntil(lambda: prompt.view.sign_in.isEnabled() and prompt.view.user.count() > 0)
    assert "Refused, sent back to the sender" in prompt.view.reason.text()
    listed = [prompt.view.user.itemData(i) for i in range(prompt.view.user.count())]
    assert "clerk1" not in listed
    prompt.view.user.setCurrentIndex(listed.index("supervisor1"))
    prompt.view.password.setFocus()
    QTest.keyClicks(prompt.view.password, "secret-password")
    QTest.keyClick(prompt.view.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "discarded" in widget.message.text(), timeout=5000)
    assert widget.message.text() == (
        "Parcel JJ473124829FI was discarded, approved by supervisor1: "
        "\u201cRefused, sent back to the sender\u201d."
    )
    qtbot.waitUntil(lambda: widget.parcels_proxy.rowCount() == 1)
    assert ctx.session.actor.username == "clerk1"  # the clerk stays signed in
    assert _status(backend, lost[0]) == "discarded"
    with backend.uow(readonly=True) as uow:
        entry = uow.session.scalar(
            select(AuditEntry).where(AuditEntry.action == "parcel_discarded")
        )
        assert (entry.username, entry.details) == (
            "supervisor1",
            {"reason": "Refused, sent back to the sender", "code": "JJ473124829FI"},
        )
