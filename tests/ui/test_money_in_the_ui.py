"""Money in the UI: one formatter on QLocale (ui.money), in the order's currency, everywhere.

Finnish is written as QLocale's fi_FI writes it, with non-breaking spaces: ``1 234,50 €``;
English (en_IE) ``€1,234.50``; a krona order ``1 234,50 SEK`` / ``SEK 1,234.50`` on the desk and
in the back office. The digits come from the exact Decimal, never a float.
"""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from returns_app.services import backoffice as bo
from returns_app.services import queries, receiving, refunds
from returns_app.services import returns as returns_service
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.money import currency_affixes, currency_symbol, locale_for, money, money_sum

NBSP = "\u00a0"
MINUS = "\u2212"
FI, EN = locale_for("fi"), locale_for("en")
UI = Path(__file__).resolve().parents[2] / "ui"


def test_finnish_is_written_as_qlocale_writes_it_with_non_breaking_spaces():
    assert money(Decimal("1234.5"), "EUR", FI) == f"1{NBSP}234,50{NBSP}€"
    # exactly QLocale's own currency text for the amount (QLocale only takes a double)
    assert money(Decimal("1234.5"), "EUR", FI) == FI.toCurrencyString(1234.5, "€", 2)
    assert money(Decimal("1234.5"), "SEK", FI) == f"1{NBSP}234,50{NBSP}SEK"
    assert money(Decimal("-29.9"), "EUR", FI) == f"{MINUS}29,90{NBSP}€"


def test_english_puts_the_euro_sign_first_and_a_code_apart():
    assert money(Decimal("1234.5"), "EUR", EN) == "€1,234.50"
    assert money(Decimal("1234.5"), "EUR", EN) == EN.toCurrencyString(1234.5, "€", 2)
    assert money(Decimal("1234.5"), "SEK", EN) == f"SEK{NBSP}1,234.50"
    # a minus, not an accountant's "(€5.00)" as QLocale's English would write it
    assert money(Decimal("-5"), "EUR", EN) == f"{MINUS}€5.00"


def test_the_digits_come_from_the_exact_decimal():
    # half up to the cent, as the domain rounds, never a binary float's half-even guess
    assert money(Decimal("0.005"), "EUR", EN) == "€0.01"
    assert money(Decimal("2.675"), "EUR", EN) == "€2.68"  # float(2.675) is 2.67499...
    assert money(Decimal("12345678901234567.89"), "EUR", EN) == "€12,345,678,901,234,567.89"
    assert money(Decimal("-0.004"), "EUR", FI) == f"0,00{NBSP}€"  # no "−0,00"


def test_the_symbol_the_input_boxes_and_totals_follow_the_currency():
    assert currency_symbol("EUR") == "€" and currency_symbol("sek") == "SEK"
    assert currency_symbol(None) == "€"
    assert currency_affixes("EUR", FI) == ("", f"{NBSP}€")
    assert currency_affixes("EUR", EN) == ("€", "")
    rows = [(Decimal("39.90"), "EUR"), (Decimal("100"), "SEK"), (Decimal("39.90"), "EUR")]
    assert money_sum(rows, EN) == f"€79.80 + SEK{NBSP}100.00"
    assert money_sum([], FI) == f"0,00{NBSP}€"


def test_the_uis_language_decides_and_english_stands_in_for_no_language(qapp):
    from ui.app import set_locale

    before = QLocale()
    try:
        QLocale.setDefault(QLocale.c())
        assert money(Decimal("1234.5")) == "€1,234.50"
        set_locale("fi")
        assert money(Decimal("1234.5")) == f"1{NBSP}234,50{NBSP}€"
        set_locale("en")
        assert money(Decimal("1234.5"), "SEK") == f"SEK{NBSP}1,234.50"
    finally:
        QLocale.setDefault(before)


def _strings_not_docstrings(tree: ast.AST):
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                yield node


def test_no_euro_sign_is_written_by_hand_anywhere_in_the_ui():
    """Every amount goes through ui.money: no string in ui/ has a euro sign of its own
    (docstrings may show an example); "\\u20ac" escapes count too."""
    found = [
        f"{path.relative_to(UI.parent)}:{node.lineno}"
        for path in sorted(UI.rglob("*.py"))
        for node in _strings_not_docstrings(ast.parse(path.read_text(encoding="utf-8")))
        if "\u20ac" in node.value
    ]
    assert found == []


# --- A krona order in the back office ---------------------------------------------------------


def _proposed(backend, actor, order):
    cmd = RegisterReturn(
        "withdrawal",
        (LineRequest(order.lines[0].id, 1, "does_not_fit"),),
        notice_at=datetime(2026, 11, 15, 10, tzinfo=UTC),
    )
    ret = returns_service.register_return(backend.uow(), actor, cmd)
    receiving.receive_parcel(backend.uow(), actor, ret.code)
    receiving.check_in_item(
        backend.uow(), actor, ret.id, return_line_id=ret.lines[0].id, quantity=1
    )
    refunds.propose_refund(backend.uow(), actor, ret.id)
    return queries.get_return(backend.uow(), ret.id)


@pytest.fixture
def krona_and_euro(backend, actors, make_order):
    return (
        _proposed(backend, actors.clerk, make_order(currency="SEK")),
        _proposed(backend, actors.clerk, make_order()),
    )


def test_a_krona_refund_reads_in_kronor_in_the_refund_queue(qtbot, app_context, krona_and_euro):
    from ui.backoffice.refund_queue import RefundQueueWidget

    krona, euro = krona_and_euro
    widget = RefundQueueWidget(app_context)
    qtbot.addWidget(widget)
    m = widget.model
    totals = {r.return_code: m.index(i, m.COL_TOTAL).data() for i, r in enumerate(m.rows())}
    assert totals == {krona.code: f"SEK{NBSP}39.90", euro.code: "€39.90"}


def test_a_krona_return_reads_in_kronor_on_its_page_and_in_the_list(backend, krona_and_euro):
    from ui.backoffice.return_models import PageLinesModel, RefundLinesModel
    from ui.backoffice.returns_model import COL_TOTAL, ReturnsListModel

    krona, euro = krona_and_euro
    lines = PageLinesModel()
    lines.currency = krona.currency
    lines.set_rows(krona.lines)
    assert lines.index(0, lines.COL_PRICE).data() == f"SEK{NBSP}39.90"
    refund = RefundLinesModel()
    refund.currency = krona.refund.currency
    refund.set_rows(krona.refund.lines)
    assert refund.index(0, refund.COL_GROSS).data() == f"SEK{NBSP}39.90"
    rows = {r.code: r for r in bo.return_rows(backend.uow(), [krona.id, euro.id])}
    cell = ReturnsListModel._display
    assert cell(None, rows[krona.code], COL_TOTAL) == f"SEK{NBSP}39.90"
    assert cell(None, rows[euro.code], COL_TOTAL) == "€39.90"
