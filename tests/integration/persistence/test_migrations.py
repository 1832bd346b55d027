"""Migrations run from empty to head and back, keeping rows, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from returns_app.persistence import migrate
from returns_app.persistence.database import DatabaseError, make_engine


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return request.getfixturevalue("pg_schema_url")


def test_an_empty_database_migrates_to_head_with_reference_data(empty_url):
    engine = make_engine(empty_url)
    assert migrate.schema_status(engine).state == "empty"
    migrate.upgrade(engine)
    assert migrate.schema_status(engine).state == "current"
    with engine.connect() as conn:
        kinds = set(conn.scalars(text("SELECT kind FROM locations")))
        assert kinds == {"sellable", "b_stock", "quarantine", "scrap", "supplier"}
        assert (
            conn.scalar(
                text("SELECT rate FROM vat_rates WHERE category='general' AND valid_to IS NULL")
            )
            == 25.5
        )
    engine.dispose()


def test_downgrade_and_upgrade_keep_rows_of_the_surviving_schema(empty_url):
    engine = make_engine(empty_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (name, street, postal_code, city, country, lang)"
                " VALUES ('Aino', 'Koulukatu 1', '00100', 'Helsinki', 'FI', 'fi')"
            )
        )
    head = migrate.head_revision()
    migrate.upgrade(engine, head)  # idempotent at head
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT name FROM customers")) == "Aino"
    migrate.downgrade(engine, "base")
    assert migrate.schema_status(engine).state == "empty"
    migrate.upgrade(engine)
    assert migrate.schema_status(engine).state == "current"
    engine.dispose()


def test_a_database_newer_than_the_app_is_refused_untouched(empty_url):
    engine = make_engine(empty_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseError, match="newer than this app"):
        migrate.prepare_for_app(engine)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == "9999_future"
    engine.dispose()


def test_a_local_file_is_migrated_on_start(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert migrate.prepare_for_app(engine).state == "current"
    engine.dispose()


@pytest.mark.postgres
def test_a_shared_database_that_is_behind_asks_for_db_upgrade(pg_schema_url, monkeypatch):
    engine = make_engine(pg_schema_url)
    migrate.upgrade(engine, "0001")
    # This app pretends to know a newer head than the database has.
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002_next")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {"0001", "0002_next"})
    with pytest.raises(DatabaseError, match="returns-app db upgrade"):
        migrate.prepare_for_app(engine)
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()


def test_a_local_file_one_version_behind_is_backed_up_then_upgraded_keeping_rows(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (name, street, postal_code, city, country, lang)"
                " VALUES ('Aino', 'Koulukatu 1', '00100', 'Helsinki', 'FI', 'fi')"
            )
        )
    assert migrate.schema_status(engine).state == "behind"
    assert migrate.prepare_for_app(engine).state == "current"
    backups = list(tmp_path.glob("old.sqlite3.before-*.bak"))
    assert len(backups) == 1
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT name FROM customers")) == "Aino"
    engine.dispose()


def test_a_database_with_refunded_returns_upgrades_to_follow_up_refunds_and_back(
    empty_url, monkeypatch
):
    """0003 <-> head rebuilds tables that others point at; rows and links must survive.

    The rows are written by today's services (on today's schema), then the database goes
    back to 0003 and forward again."""
    from datetime import UTC, date, datetime
    from decimal import Decimal

    from returns_app.domain.users import Actor
    from returns_app.services import inspection, orders, receiving, refunds, returns, users
    from returns_app.services.returns import LineRequest, RegisterReturn
    from returns_app.services.runtime import Backend

    engine = make_engine(empty_url)
    migrate.upgrade(engine)
    backend = Backend(engine, empty_url)
    admin = users.add_user(
        backend.uow(), "admin1", "secret-password", "admin", actor=Actor(None, "setup", "admin")
    )
    actor = Actor(admin.id, "admin1", "admin", "DESK-1")
    order = orders.save_order(
        backend.uow(),
        orders.OrderInput(
            order_number="5001",
            customer=orders.CustomerInput("Aino", "aino@example.fi", "", "K 1", "00100", "HKI"),
            lines=(
                orders.LineInput(
                    "S", "Paita", 2, Decimal("39.90"), Decimal("25.5"), gtin="06417084000019"
                ),
            ),
            ordered_at=datetime(2026, 11, 5, tzinfo=UTC),
            shipments=(orders.ShipmentInput("JJ473124829FI", "posti", date(2026, 11, 10)),),
            delivery_method="Posti",
            delivery_price=Decimal("5.90"),
        ),
        actor,
    )
    from returns_app.services import queries

    line_id = queries.get_order(backend.uow(), order.order_id).lines[0].id
    ret = returns.register_return(
        backend.uow(),
        actor,
        RegisterReturn(
            "withdrawal", (LineRequest(line_id, 1),), notice_at=datetime(2026, 11, 12, tzinfo=UTC)
        ),
    )
    receiving.receive_parcel(backend.uow(), actor, ret.code)
    receiving.check_in_item(backend.uow(), actor, ret.id, code="06417084000019")
    inspection.inspect_unit(
        backend.uow(), actor, inspection.InspectUnit(ret.lines[0].id, "A", "restock")
    )
    proposal = refunds.propose_refund(backend.uow(), actor, ret.id)
    refunds.issue_refund(backend.uow(), actor, proposal.id)

    migrate.downgrade(engine, "0003")
    migrate.upgrade(engine)  # the rebuild with rows that point at returns and inspections
    assert migrate.schema_status(engine).state == "current"
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM refunds WHERE status = 'issued'")) == 1
        assert conn.scalar(text("SELECT money_state FROM returns")) == "refunded"
        assert conn.scalar(text("SELECT count(*) FROM locations WHERE code = 'HOLD'")) == 1
    migrate.downgrade(engine, "0003")  # back, rows kept
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM refunds")) == 1
    migrate.upgrade(engine)  # and forward again: HOLD is not inserted twice
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM locations WHERE code = 'HOLD'")) == 1
    engine.dispose()


def test_0012_marks_shipping_days_stored_as_delivery_days_as_estimated(empty_url):
    """Imports before 0011 stored Shopify's Fulfilled at as the delivery day; 0012 marks such
    a day as estimated, unless a clerk corrected the order's delivery day."""
    engine = make_engine(empty_url)
    migrate.upgrade(engine, "0011")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, name, street, postal_code, city, country, lang)"
                " VALUES (1, 'Aino', 'K 1', '00100', 'Helsinki', 'FI', 'fi')"
            )
        )
        for oid in (1, 2, 3):
            conn.execute(
                text(
                    "INSERT INTO orders (id, order_number, customer_id, ordered_at, currency,"
                    " payment_method, payment_reference, delivery_method, delivery_price,"
                    " cheapest_delivery_price, delivery_vat_rate, order_discount,"
                    " consumer_informed, source, updated_at)"
                    " VALUES (:id, :n, 1, '2026-11-01 08:00:00', 'EUR', 'card', '', 'Posti',"
                    " 5.90, 5.90, 25.5, 0, :yes, 'import', '2026-11-01 08:00:00')"
                ),
                {"id": oid, "n": str(5000 + oid), "yes": True},
            )
        # shipped 22:30 UTC on 2.11. = 3.11. in Helsinki
        rows = [
            (1, 1, "2026-11-02 22:30:00", "2026-11-03"),  # the shipping day: an estimate
            (2, 2, "2026-11-02 08:00:00", "2026-11-05"),  # a real delivery day: kept
            (3, 3, "2026-11-03 08:00:00", "2026-11-03"),  # a clerk corrected it: kept
        ]
        for sid, oid, shipped, delivered in rows:
            conn.execute(
                text(
                    "INSERT INTO shipments (id, order_id, carrier, shipped_at, delivered_on)"
                    " VALUES (:id, :o, 'posti', :s, :d)"
                ),
                {"id": sid, "o": oid, "s": shipped, "d": delivered},
            )
    from returns_app.domain.users import Actor
    from returns_app.persistence.uow import UnitOfWork
    from returns_app.services import audit, users
    from returns_app.services.runtime import Backend

    backend = Backend(engine, empty_url)
    admin = users.add_user(
        backend.uow(), "admin1", "secret-password", "admin", actor=Actor(None, "setup", "admin")
    )
    with UnitOfWork(engine) as uow:
        actor = Actor(admin.id, "admin1", "admin", "DESK-1")
        audit.record(uow, actor, "delivery_corrected", "order", 3)
        uow.commit()
    migrate.upgrade(engine)
    with engine.connect() as conn:
        got = conn.execute(
            text("SELECT id, delivery_estimated, delivery_corrected FROM shipments ORDER BY id")
        ).all()
    assert [(i, bool(e), bool(c)) for i, e, c in got] == [
        (1, True, False),
        (2, False, False),
        (3, False, True),
    ]
    engine.dispose()
