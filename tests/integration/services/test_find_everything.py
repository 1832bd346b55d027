"""Every find a clerk makes finds the right thing on SQLite and PostgreSQL: a return code, an
order number, a tracking number, a product's EAN, an e-mail in any case, a phone number, a
last name, part of a name in any case and order, a short start of a name; customers written
after the migration (by an import, by the demo, by an edit) are found too; and the name and
e-mail search reads the trigram index (migration 0013), never every customer."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, text

from returns_app.persistence import migrate
from returns_app.services import backoffice as bo
from returns_app.services import demo, queries
from returns_app.services import returns as returns_service
from returns_app.services.importing import import_orders, import_products
from returns_app.services.orders import CustomerInput, LineInput
from returns_app.services.returns import LineRequest, RegisterReturn

IMPORTS = Path(__file__).resolve().parents[2] / "data" / "import"
SHIRT_EAN = "6417084000019"  # the shirt of every test order (GTIN 06417084000019)
BOOK_UPC = "012345678905"  # the book, a GTIN-12 (00012345678905)


def _register(backend, actor, order, *line_indexes, day=15):
    cmd = RegisterReturn(
        kind="withdrawal",
        lines=tuple(LineRequest(order.lines[i].id, 1, "does_not_fit") for i in line_indexes),
        notice_at=datetime(2026, 11, day, 10, 0, tzinfo=UTC),
    )
    return returns_service.register_return(backend.uow(), actor, cmd)


@pytest.fixture
def shop(backend, actors, make_order):
    """Three customers with an order and a return each, and a rejected return."""
    laine = make_order()  # Aino Laine, aino.laine@example.fi, +358401234567
    makela = make_order(
        customer=CustomerInput("Väinö Mäkelä", "vm@example.fi", "+358409876543", "Rantatie 2")
    )
    virtanen = make_order(
        customer=CustomerInput("Eino Virtanen", "eino.v@example.fi", "+358405550000", "Tie 1")
    )
    r_laine = _register(backend, actors.clerk, laine, 0, 1, day=14)  # shirt and book
    r_makela = _register(backend, actors.clerk, makela, 0, day=15)  # shirt
    r_virtanen = _register(backend, actors.clerk, virtanen, 1, day=16)  # book
    rejected = _register(backend, actors.clerk, make_order(), 0, day=17)  # shirt, rejected
    returns_service.reject_return(backend.uow(), actors.supervisor, rejected.id, "Not ours")
    return {
        "orders": (laine, makela, virtanen),
        "returns": (r_laine, r_makela, r_virtanen),
        "rejected": rejected,
    }


def _find(backend, query: str) -> list[tuple[str, str]]:
    return [(h.kind, h.code) for h in queries.find(backend.uow(readonly=True), query)]


def _customers(backend, query: str) -> set[str]:
    return {h.customer_name for h in queries.find(backend.uow(readonly=True), query)}


def test_a_return_code_finds_that_return(backend, shop):
    ret = shop["returns"][1]
    assert _find(backend, ret.code) == [("return", ret.code)]
    typed = " ".join([ret.code[:4], ret.code[4:]]).lower()
    assert _find(backend, typed) == [("return", ret.code)]


def test_an_order_number_and_a_tracking_number_find_the_order_and_its_return(backend, shop):
    order, ret = shop["orders"][1], shop["returns"][1]
    expected = [("return", ret.code), ("order", order.order_number)]
    assert _find(backend, order.order_number) == expected
    assert _find(backend, f"#{order.order_number}") == expected
    assert _find(backend, order.shipments[0].tracking_number.lower()) == expected
    hit = queries.find(backend.uow(readonly=True), order.order_number)[1]
    assert (hit.customer_name, hit.summary) == ("Väinö Mäkelä", "2026-11-05")


def test_a_products_ean_finds_the_open_returns_that_hold_it_newest_first(backend, shop):
    r_laine, r_makela, r_virtanen = shop["returns"]
    # The rejected return holds the shirt too, but it is done with.
    assert _find(backend, SHIRT_EAN) == [("return", r_makela.code), ("return", r_laine.code)]
    assert _find(backend, "0" + SHIRT_EAN) == _find(backend, SHIRT_EAN)  # as a GTIN-14
    assert _find(backend, BOOK_UPC) == [("return", r_virtanen.code), ("return", r_laine.code)]
    hit = queries.find(backend.uow(readonly=True), SHIRT_EAN)[0]
    assert (hit.customer_name, hit.state) == ("Väinö Mäkelä", "announced")


def test_an_ean_reads_the_products_returns_a_page_at_a_time_until_enough_are_open(
    backend, shop, monkeypatch
):
    """The product's returns are read newest first, a page at a time, so its open returns
    are found however many newer returns do not hold it or are done with (here a page of
    one: the newest holding the shirt is the rejected one)."""
    r_laine, r_makela, r_virtanen = shop["returns"]
    every = _find(backend, SHIRT_EAN)
    monkeypatch.setattr(queries, "_HOLDING_PAGE", 1)
    assert (
        _find(backend, SHIRT_EAN)
        == every
        == [
            ("return", r_makela.code),
            ("return", r_laine.code),
        ]
    )
    assert _find(backend, BOOK_UPC) == [("return", r_virtanen.code), ("return", r_laine.code)]
    with backend.engine.connect() as conn:  # at most the limit, however many pages it read
        assert [row[1] for row in queries._holding_product(conn, "0" + SHIRT_EAN, 1)] == [
            r_makela.code
        ]


def test_an_ean_finds_an_open_return_behind_returns_holding_the_product_on_two_lines(
    backend, actors, make_order, monkeypatch
):
    """A return with the product on two lines is one return of the page read: the page is
    not taken for the end of the product's history, and no older return is skipped."""
    shirts = tuple(
        LineInput("SHIRT-M", "Paita M", 1, Decimal(price), Decimal("25.5"), gtin="0" + SHIRT_EAN)
        for price in ("39.90", "29.90")
    )
    old = _register(backend, actors.clerk, make_order(), 0, day=14)  # open, the shirt
    for day in (15, 16):  # newer, the shirt on two lines each, done with
        newer = _register(backend, actors.clerk, make_order(lines=shirts), 0, 1, day=day)
        returns_service.reject_return(backend.uow(), actors.supervisor, newer.id, "Not ours")
    monkeypatch.setattr(queries, "_HOLDING_PAGE", 4)  # the four lines of the two newer returns
    assert _find(backend, SHIRT_EAN) == [("return", old.code)]
    monkeypatch.setattr(queries, "_HOLDING_PAGE", 1)
    assert _find(backend, SHIRT_EAN) == [("return", old.code)]


def test_returns_registered_before_0015_keep_their_products_ean(backend, shop):
    """Migration 0015 copies each return line's GTIN from its order line, so a return
    registered before it is found by its product's EAN as one registered after."""
    before = _find(backend, SHIRT_EAN)
    migrate.downgrade(backend.engine, "0014")
    migrate.upgrade(backend.engine)
    with backend.engine.connect() as conn:
        kept = conn.execute(
            text(
                "SELECT count(*), count(rl.gtin) FROM return_lines rl"
                " JOIN order_lines ol ON ol.id = rl.order_line_id WHERE rl.gtin = ol.gtin"
            )
        ).one()
    assert kept == (5, 5)  # every line of the four returns, its order line's GTIN
    assert (
        _find(backend, SHIRT_EAN)
        == before
        == [
            ("return", shop["returns"][1].code),
            ("return", shop["returns"][0].code),
        ]
    )


def test_an_ean_of_a_product_in_no_open_return_finds_nothing(backend, shop):
    assert _find(backend, "4006381333931") == []  # a valid EAN-13 the shop never sold


def test_an_email_in_another_case_and_a_phone_find_the_customer(backend, shop):
    assert _customers(backend, "VM@Example.FI") == {"Väinö Mäkelä"}
    assert _customers(backend, "040 987 6543") == {"Väinö Mäkelä"}
    assert _customers(backend, "+358409876543") == {"Väinö Mäkelä"}


def test_a_last_name_finds_the_customers_returns_and_orders(backend, shop):
    order, ret = shop["orders"][2], shop["returns"][2]
    assert _find(backend, "Virtanen") == [("return", ret.code), ("order", order.order_number)]
    assert _find(backend, "virtanen") == _find(backend, "VIRTANEN") == _find(backend, "Virtanen")


def test_a_find_of_customers_shows_their_returns_first_then_their_orders_up_to_the_limit(
    backend, shop
):
    """The text "ino" is in Aino Laine's and Eino Virtanen's names (not in Väinö's: ö is a
    letter of its own): their returns newest first, the rejected one too, then their orders
    newest first, and no more hits than asked for."""
    everything = [(h.kind, h.code) for h in queries.find(backend.uow(readonly=True), "ino")]
    returns = [code for kind, code in everything if kind == "return"]
    assert everything == [("return", c) for c in returns] + [
        (kind, code) for kind, code in everything if kind == "order"
    ]
    r_laine, _, r_virtanen = shop["returns"]
    assert returns == [shop["rejected"].code, r_virtanen.code, r_laine.code]
    assert len(everything) == 3 + 3  # and their three orders
    # A smaller limit looks at fewer customers too (the newest), never shows more hits, and
    # shows returns before orders.
    hits = [(h.kind, h.code) for h in queries.find(backend.uow(readonly=True), "ino", limit=1)]
    assert hits == [("return", r_virtanen.code)]  # Eino is the newer customer
    for limit in (2, 3, 4, 5):
        hits = queries.find(backend.uow(readonly=True), "ino", limit=limit)
        kinds = [h.kind for h in hits]
        assert len(hits) == limit and kinds == sorted(kinds, key=lambda k: k != "return")


@pytest.mark.parametrize("query", ["mäkelä", "MÄKELÄ", "väinö mäk", "Mäkelä Väinö", "äkel"])
def test_part_of_a_name_in_any_case_and_order_finds_the_customer(backend, shop, query):
    assert _customers(backend, query) == {"Väinö Mäkelä"}


def test_a_and_o_do_not_stand_for_a_umlaut_and_o_umlaut(backend, shop):
    # Ä and ö are letters of the Finnish alphabet, not accented a and o.
    assert _find(backend, "makela") == []
    assert _find(backend, "vaino") == []


def test_part_of_an_email_finds_the_customer(backend, shop):
    assert _customers(backend, "aino.lai") == {"Aino Laine"}


def test_a_short_query_is_the_start_of_a_name(backend, shop):
    assert _customers(backend, "Ei") == {"Eino Virtanen"}
    assert _customers(backend, "ei") == {"Eino Virtanen"}
    assert _find(backend, "E") == []  # one letter names nobody
    assert _find(backend, "no") == []  # a start, not any part


def test_nothing_matching_finds_nothing(backend, shop):
    assert _find(backend, "Korhonen") == []
    assert _find(backend, 'ai"no') == []  # quotes never reach the index's query syntax
    assert _find(backend, "100%") == []


def test_customers_an_import_the_demo_or_an_edit_writes_are_found(backend, actors, shop):
    products = import_products(backend.uow(), IMPORTS / "products.csv", actor=actors.admin)
    assert products.ok and products.written, products.errors
    report = import_orders(backend.uow(), IMPORTS / "orders.csv", actor=actors.admin)
    assert report.ok and report.written, report.errors
    assert _customers(backend, "järvinen") == {"Väinö Järvinen"}
    demo.generate(backend.engine, 12, 5, returns=0)
    with backend.engine.connect() as conn:
        name, email = conn.execute(
            text("SELECT name, email FROM customers ORDER BY id DESC LIMIT 1")
        ).one()
    assert _customers(backend, email.split("@")[0]) == {name}
    with backend.engine.begin() as conn:
        conn.execute(
            text("UPDATE customers SET name = 'Eino Qwertynen' WHERE name = 'Eino Virtanen'")
        )
    assert _customers(backend, "qwertynen") == {"Eino Qwertynen"}
    assert "Eino Virtanen" not in _customers(backend, "virtanen")


# --- The back office's search ----------------------------------------------------------


def _listed(backend, query: str) -> set[int]:
    f = bo.ReturnsFilter(text=query)
    page = bo.first_page(backend.uow(readonly=True), f, limit=1000)
    assert page.total == len(page.ids) == bo.count_returns(backend.uow(readonly=True), f)
    assert page.ids == bo.return_ids(backend.uow(readonly=True), f, limit=1000)
    return set(page.ids)


def test_the_back_office_search_by_name_email_and_phone(backend, shop):
    r_laine, r_makela, r_virtanen = shop["returns"]
    assert _listed(backend, "virtanen") == {r_virtanen.id}
    assert _listed(backend, "MÄKELÄ") == {r_makela.id}
    assert _listed(backend, "eino.v") == {r_virtanen.id}
    assert _listed(backend, "vm@EXAMPLE") == {r_makela.id}  # the start of an e-mail
    assert _listed(backend, "040 555 0000") == {r_virtanen.id}
    assert _listed(backend, "Ai") == {r_laine.id, shop["rejected"].id}  # both Aino Laine


def test_the_first_page_is_counted_only_when_it_is_full(backend, shop):
    everything = bo.first_page(backend.uow(readonly=True), bo.ReturnsFilter(), limit=2)
    assert (everything.total, len(everything.ids)) == (4, 2)


# --- The index is used ------------------------------------------------------------------


def _name_search_plan(backend, query: str) -> str:
    """The plan of the statement the find runs to look ``query`` up as part of a name."""
    seen: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(backend.engine, "before_cursor_execute", capture)
    try:
        assert queries.find(backend.uow(readonly=True), query)
    finally:
        event.remove(backend.engine, "before_cursor_execute", capture)
    searches = [(s, p) for s, p in seen if "customers_fts" in s or "ILIKE" in s.upper()]
    assert searches, [s for s, _ in seen]
    statement, parameters = searches[0]
    with backend.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            return "\n".join(str(row[-1]) for row in rows)
        # A handful of customers: reading them all (or all of the primary key, newest first)
        # is cheaper than any index. With those two ways barred, the plan shows whether the
        # trigram indexes serve the condition (at a million customers the planner picks them
        # for a rare name, and the primary key newest first for a common one: bench/).
        conn.exec_driver_sql("SET enable_seqscan = off")
        conn.exec_driver_sql("SET enable_indexscan = off")
        return "\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + statement, parameters))


def test_the_name_and_email_search_reads_the_trigram_index(backend, shop):
    plan = _name_search_plan(backend, "mäkelä")
    if backend.engine.dialect.name == "sqlite":
        assert "customers_fts VIRTUAL TABLE" in plan, plan
        assert "SCAN customers" not in plan.replace("customers_fts", ""), plan
    else:
        assert "ix_customers_name_trgm" in plan, plan
        assert "ix_customers_email_trgm" in plan, plan
        assert "Seq Scan" not in plan, plan
