"""A return's timeline reads as sentences in people's words, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import event

from returns_app.domain.users import Actor
from returns_app.scanning import format_return_code_for_people
from returns_app.services import audit, inspection, receiving, refunds, returns, timeline, users
from returns_app.services import backoffice as bo
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
UNKNOWN_ID = 987654  # an id nothing in the database has


def _person(backend, actors, username, role, display, station) -> Actor:
    dto = users.add_user(
        backend.uow(), username, "secret-password", role, actor=actors.admin, display_name=display
    )
    return Actor(dto.id, dto.username, role, station)


@pytest.fixture
def aino(backend, actors) -> Actor:
    """A clerk whose display name differs from her user name."""
    return _person(backend, actors, "aino", "clerk", "Aino", "DESK-2")


@pytest.fixture
def sanna(backend, actors) -> Actor:
    """A supervisor."""
    return _person(backend, actors, "sanna", "supervisor", "Sanna", "OFFICE")


def _register(backend, actor, order, *lines):
    cmd = RegisterReturn(
        "withdrawal",
        tuple(LineRequest(order.lines[i].id, q, "does_not_fit") for i, q in lines or ((0, 1),)),
        notice_at=NOTICE,
    )
    return returns.register_return(backend.uow(), actor, cmd)


def _euros(amount: Decimal) -> str:
    return f"€{amount:,.2f}"


def _texts(backend, return_id) -> list[str]:
    return [e.sentence.render("en") for e in timeline.timeline(backend.uow(), return_id)]


def _assert_readable(text: str) -> None:
    """No field names, lists, dicts, placeholders or unresolved ids in a sentence."""
    assert "_" not in text, text
    assert not set("[]{}") & set(text), text
    assert str(UNKNOWN_ID) not in text, text
    assert "None" not in text and "True" not in text and "False" not in text, text
    assert not re.search(r"\b(BSTOCK|QUAR|SCRAP|MAIN)\b", text), text


def test_a_whole_return_reads_as_a_story_from_registration_to_closing(
    backend, actors, aino, sanna, make_order
):
    ret = _register(backend, aino, make_order())
    receiving.receive_parcel(backend.uow(), aino, ret.code)
    receiving.check_in_item(backend.uow(), aino, ret.id, code="6417084000019")
    inspection.inspect_unit(
        backend.uow(), aino, inspection.InspectUnit(ret.lines[0].id, "B", "b_stock")
    )
    refunds.add_deduction(
        backend.uow(), sanna, ret.lines[0].id, Decimal("5.00"), "Stain on the sleeve"
    )
    proposal = refunds.propose_refund(backend.uow(), aino, ret.id)
    refunds.approve_refund(backend.uow(), sanna, proposal.id)
    issued = refunds.issue_refund(backend.uow(), sanna, proposal.id, now=NOW)
    returns.close_return(backend.uow(), sanna, ret.id)

    entries = timeline.timeline(backend.uow(readonly=True), ret.id)
    amount = _euros(proposal.total)
    code = format_return_code_for_people(ret.code)
    assert [(e.who, e.station, e.kind, e.sentence.render("en")) for e in entries] == [
        (
            "Aino",
            "DESK-2",
            "decision",
            f"registered the return {code} (withdrawal) for 1 x Paita M",
        ),
        ("Aino", "DESK-2", "goods", f"received a parcel, scanned as {code}"),
        ("Aino", "DESK-2", "goods", "checked in 1 x Paita M (1 of 1 received)"),
        ("Aino", "DESK-2", "goods", "graded 1 x Paita M as B and moved it to B-stock"),
        (
            "Sanna",
            "OFFICE",
            "money",
            "added a deduction of €5.00 on Paita M: “Stain on the sleeve”",
        ),
        (
            "Aino",
            "DESK-2",
            "money",
            f"proposed a refund of {amount}, to be approved by a supervisor",
        ),
        ("Sanna", "OFFICE", "money", f"approved the refund of {amount}"),
        (
            "Sanna",
            "OFFICE",
            "money",
            f"issued the refund of {amount} to the original means of payment "
            f"with credit note {issued.credit_note_number}",
        ),
        ("Sanna", "OFFICE", "decision", "closed the return"),
    ]
    assert proposal.total == Decimal("34.90")
    assert all(e.at.tzinfo is not None and e.at.utcoffset().total_seconds() == 0 for e in entries)
    for e in entries:
        _assert_readable(e.sentence.render("en"))
    # The old read still answers through the back office's module.
    assert [e.action for e in bo.timeline(backend.uow(), ret.id)][:2] == [
        "return_registered",
        "parcel_received",
    ]


def test_money_in_a_sentence_is_written_the_way_the_reader_writes_euros(
    backend, actors, make_order
):
    ret = _register(backend, actors.clerk, make_order(), (0, 2), (1, 1))
    _record(backend, actors.supervisor, ret, "refund_approved", "refund", None, total="1234.50")
    [*_, approved] = timeline.timeline(backend.uow(), ret.id)
    assert approved.sentence.render("en") == "approved the refund of €1,234.50"
    assert approved.sentence.render("fi").endswith("1\u00a0234,50\u00a0€")


def _record(backend, actor, ret, action, entity, entity_id, **details):
    with backend.uow() as uow:
        audit.record(uow, actor, action, entity, entity_id, return_id=ret.id, **details)
        uow.commit()


# (action, entity, entity id, details, kind, sentence); "L" stands for the return's first
# line, "OL" for its order line, "CODE" for the return code.
ENTRIES = [
    ("return_reopened", "return", None, {"reason": "Customer found the receipt"}, "decision",
     "reopened the return: “Customer found the receipt”"),
    ("return_rejected", "return", None, {"reason": "Worn for weeks"}, "decision",
     "rejected the return: “Worn for weeks”"),
    ("return_closed", "return", None, {"reason": "Never sent back"}, "decision",
     "closed the return: “Never sent back”"),
    ("note_added", "return", None, {"text": "Called the customer, she agrees"}, "decision",
     "added a note: “Called the customer, she agrees”"),
    ("late_accepted", "return", None, {"reason": "Posted in time, says Posti"}, "decision",
     "accepted the late notice: “Posted in time, says Posti”"),
    ("late_accepted", "return", None, {"reason": "Strike at Posti", "late": ["goods"]},
     "decision", "accepted the goods sent back late: “Strike at Posti”"),
    ("late_accepted", "return", None, {"reason": "In hospital", "late": ["notice", "goods"]},
     "decision", "accepted the late notice and the goods sent back late: “In hospital”"),
    ("exception_overridden", "inspection", UNKNOWN_ID,
     {"line": "L", "unit": 1, "reason": "Seal broken in transit"}, "decision",
     "accepted unit 1 of Paita M despite the art. 16 exception: “Seal broken in transit”"),
    ("return_registered", "return", None,
     {"code": "CODE", "kind": "withdrawal", "lines": [["OL", 2]]}, "decision",
     "registered the return CODE (withdrawal) for 2 x Paita M"),
    ("return_registered", "return", None,
     {"code": "CODE", "kind": "defect_claim", "override": "In hospital",
      "approved_by": "supervisor1", "lines": [["OL", 1], [UNKNOWN_ID, 1]],
      "reasons": [["rules", "The withdrawal period ended on {day}.", {"day": "24.11.2026"}],
                  ["rules", "A text whose {parameter} was lost.", {}]]}, "decision",
     "registered the return CODE (defect claim) for 1 x Paita M, 1 x an item, outside the "
     "rules, approved by supervisor1: “In hospital” (The withdrawal period ended on "
     "24.11.2026.)"),
    ("return_weighed", "return", None, {"grams": 1200, "scale_id": 4}, "decision",
     "recorded: return weighed"),
    ("parcel_matched", "parcel", UNKNOWN_ID, {"code": "JJ123456785FI"}, "goods",
     "matched the unidentified parcel JJ123456785FI to this return"),
    ("parcel_matched", "parcel", UNKNOWN_ID, {}, "goods",
     "matched an unidentified parcel to this return"),
    ("parcel_discarded", "parcel", UNKNOWN_ID, {"code": "JJ123456785FI", "reason": "Empty"},
     "goods", "discarded the parcel JJ123456785FI: “Empty”"),
    ("item_checked_in", "return_line", UNKNOWN_ID, {"quantity": 1, "received": 1}, "goods",
     "checked in 1 x an item"),
    ("discrepancy", "discrepancy", UNKNOWN_ID, {"kind": "not_on_return", "code": "00012345678905"},
     "goods", "recorded a mismatch, item not on the return (1 x Kirja)"),
    ("discrepancy", "discrepancy", UNKNOWN_ID, {"kind": "missing", "quantity": 2, "note": ""},
     "goods", "recorded a mismatch, units missing (quantity 2)"),
    ("unit_inspected", "inspection", UNKNOWN_ID,
     {"line": "L", "unit": 1, "grade": "A", "disposition": "restock", "location": "MAIN",
      "exception_applies": True}, "goods",
     "graded 1 x Paita M as A and moved it to Main stock; the art. 16 exception applies, "
     "not refunded"),
    ("unit_inspected", "inspection", UNKNOWN_ID,
     {"line": "L", "unit": 1, "grade": "C", "disposition": "quarantine", "location": "QUAR",
      "exception_applies": False}, "goods",
     "graded 1 x Paita M as C and moved it to Quarantine"),
    ("inspection_undone", "inspection", UNKNOWN_ID,
     {"line": "L", "unit": 2, "grade": "D", "disposition": "scrap"}, "goods",
     "undid the grading of unit 2 of Paita M (D, scrapped)"),
    ("proof_of_dispatch", "return", None, {"tracking": "JJ123456785FI"}, "goods",
     "recorded the customer's proof of dispatch, tracking JJ123456785FI"),
    ("stock_moved", "stock_movement", UNKNOWN_ID,
     {"sku": "SHIRT-M", "quantity": 1, "from": "QUAR", "to": "SCRAP", "reason": "Mould",
      "note": ""}, "goods",
     "moved 1 x Paita M from Quarantine to Scrap: “Mould”"),
    ("stock_moved", "stock_movement", UNKNOWN_ID,
     {"sku": "SHIRT-M", "quantity": -1, "from": "BSTOCK", "to": None,
      "reason": "Customer wants it back", "note": "Sent with Posti"}, "goods",
     "sent 1 x Paita M from B-stock to the customer: “Customer wants it back”; "
     "note: “Sent with Posti”"),
    ("stock_adjusted", "stock_movement", UNKNOWN_ID,
     {"sku": "SHIRT-M", "location": "BSTOCK", "quantity": -1, "reason": "Counted"}, "goods",
     "adjusted the stock of Paita M at B-stock by −1: “Counted”"),
    ("refund_proposed", "refund", UNKNOWN_ID,
     {"total": "12.50", "needs_supervisor": False, "follow_up": True}, "money",
     "proposed a follow-up refund of €12.50"),
    ("refund_proposed", "refund", UNKNOWN_ID, {"total": "12.50", "needs_supervisor": True},
     "money", "proposed a refund of €12.50, to be approved by a supervisor"),
    ("refund_cancelled", "refund", UNKNOWN_ID, {"reason": "Wrong amount"}, "money",
     "cancelled a refund: “Wrong amount”"),
    ("refund_issued", "refund", UNKNOWN_ID,
     {"total": "39.90", "method": "bank_transfer", "credit_note": "HL2026-000007",
      "reference": "FI49 5000 9420 0287 30"}, "money",
     "issued the refund of €39.90 by bank transfer with credit note HL2026-000007, payment "
     "reference FI49 5000 9420 0287 30"),
    ("deduction_added", "deduction", UNKNOWN_ID,
     {"amount": "5.00", "justification": "Stain", "approved": False}, "money",
     "added a deduction of €5.00: “Stain”, to be approved by a supervisor"),
    ("deduction_approved", "deduction", UNKNOWN_ID, {}, "money",
     "approved the deduction of €5.00"),
    ("deduction_dropped", "deduction", UNKNOWN_ID,
     {"amount": "5.00", "justification": "Stain", "reason": "Washed out"}, "money",
     "dropped the deduction of €5.00: “Washed out”"),
]  # fmt: skip


def _fill(value, ret):
    if value == "L":
        return ret.lines[0].id
    if value == "OL":
        return ret.lines[0].order_line_id
    if value == "CODE":
        return ret.code
    if isinstance(value, list):
        return [_fill(v, ret) for v in value]
    return value


def test_every_action_reads_as_a_sentence_in_people_s_words(backend, actors, make_order):
    ret = _register(backend, actors.clerk, make_order())
    before = len(timeline.timeline(backend.uow(), ret.id))
    for action, entity, entity_id, details, _kind, _text in ENTRIES:
        filled = {k: _fill(v, ret) for k, v in details.items()}
        _record(backend, actors.supervisor, ret, action, entity, entity_id, **filled)
    entries = timeline.timeline(backend.uow(), ret.id)[before:]
    code = format_return_code_for_people(ret.code)
    expected = [(kind, text.replace("CODE", code)) for *_, kind, text in ENTRIES]
    assert [(e.kind, e.sentence.render("en")) for e in entries] == expected
    for e in entries:
        _assert_readable(e.sentence.render("en"))
        _assert_readable(e.sentence.render("fi"))


def test_every_action_the_services_record_on_a_return_has_a_sentence_of_its_own():
    from pathlib import Path

    import returns_app

    root = Path(returns_app.__file__).parent
    recorded = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for call in re.finditer(r"audit\.record\((.*?)\n\s*\)", text, re.S):
            if "return_id=" in call.group(1):
                recorded |= set(re.findall(r'"([a-z_]+)",\s*"[a-z_]+",', call.group(1))[:1])
    assert recorded  # the search found the calls
    contract = {
        "return_reopened",
        "note_added",
        "exception_overridden",
        "late_accepted",
        "stock_moved",
        "parcel_matched",
        "parcel_discarded",
    }
    assert recorded | contract <= set(timeline.SENTENCES)
    assert set(timeline.SENTENCES) <= set(timeline.ACTION_KINDS)


def test_a_detail_of_an_unexpected_shape_still_gives_a_readable_sentence(
    backend, actors, make_order
):
    ret = _register(backend, actors.clerk, make_order())
    _record(backend, actors.clerk, ret, "unit_inspected", "inspection", None, line={"x": 1})
    _record(backend, actors.clerk, ret, "return_registered", "return", None, lines="everything")
    _record(backend, actors.clerk, ret, "refund_issued", "refund", None, total="lots")
    *_, inspected, registered, issued = _texts(backend, ret.id)
    assert inspected == "recorded: unit inspected"
    assert registered.startswith("registered the return R")
    assert issued == "issued a refund"
    for text in (inspected, registered, issued):
        _assert_readable(text)


def test_the_names_are_read_in_a_few_queries_however_long_the_timeline(backend, actors, make_order):
    ret = _register(backend, actors.clerk, make_order(), (0, 2), (1, 1))
    for action, entity, entity_id, details, *_ in ENTRIES:
        _record(
            backend,
            actors.clerk,
            ret,
            action,
            entity,
            entity_id,
            **{k: _fill(v, ret) for k, v in details.items()},
        )
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(backend.engine, "before_cursor_execute", count)
    try:
        short = len(timeline.timeline(backend.uow(readonly=True), ret.id))
        first = len(statements)
        for _ in range(3):
            for action, entity, entity_id, details, *_ in ENTRIES:
                _record(
                    backend,
                    actors.clerk,
                    ret,
                    action,
                    entity,
                    entity_id,
                    **{k: _fill(v, ret) for k, v in details.items()},
                )
        statements.clear()
        long = len(timeline.timeline(backend.uow(readonly=True), ret.id))
    finally:
        event.remove(backend.engine, "before_cursor_execute", count)
    assert long > 3 * short - 10
    # One per kind of name (and one for the return's e-mails), not one per entry.
    assert len(statements) == first <= 14


def test_a_return_without_entries_has_an_empty_timeline(backend):
    assert timeline.timeline(backend.uow(), 99999) == []


def test_seeded_location_names_read_in_the_readers_language_and_typed_ones_as_typed():
    from returns_app.services.timeline import PlaceName

    assert PlaceName("locations", "Main stock").render("fi") == "Päävarasto"
    assert PlaceName("locations", "Main stock").render("en") == "Main stock"
    assert PlaceName("locations", "Hylly {A} 3").render("fi") == "Hylly {A} 3"  # never a template
