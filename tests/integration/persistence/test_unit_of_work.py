"""The unit of work keeps one use case in one transaction, on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from returns_app.persistence.models import Customer, Product


def _count(backend, model) -> int:
    with backend.uow(readonly=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_work_without_commit_is_rolled_back(backend):
    with backend.uow() as uow:
        uow.session.add(Customer(name="Aino Laine"))
        uow.session.flush()
    assert _count(backend, Customer) == 0


def test_work_that_raises_is_rolled_back_even_after_flush(backend):
    with pytest.raises(RuntimeError), backend.uow() as uow:
        uow.session.add(Customer(name="Eino Salo"))
        uow.session.flush()
        raise RuntimeError("power cut")
    assert _count(backend, Customer) == 0


def test_committed_work_is_kept(backend):
    with backend.uow() as uow:
        uow.session.add(
            Product(
                sku="X-1",
                gtin="06417084000019",
                name="Paita",
                unit_price=Decimal("39.90"),
                vat_rate=Decimal("25.50"),
            )
        )
        uow.commit()
    with backend.uow(readonly=True) as uow:
        product = uow.session.scalar(select(Product))
        assert product.unit_price == Decimal("39.90")
        assert isinstance(product.unit_price, Decimal)


def test_timestamps_come_back_timezone_aware_utc(backend):
    with backend.uow() as uow:
        customer = Customer(name="Helmi")
        uow.session.add(customer)
        uow.commit()
    from returns_app.domain.users import Actor
    from returns_app.persistence.models import AuditEntry
    from returns_app.services import users

    # The app writes the log through audit.record() only: adding a user writes an entry.
    users.add_user(
        backend.uow(), "admin1", "secret-password", "admin", actor=Actor(None, "setup", "admin")
    )
    with backend.uow(readonly=True) as uow:
        entry = uow.session.scalar(select(AuditEntry))
        assert entry.at.utcoffset().total_seconds() == 0


def test_an_engine_given_up_is_freed_with_its_pool_and_statement_cache(db_url):
    """A station that switches databases (or a test that ends) lets go of the old engine:
    nothing the units of work keep holds on to it."""
    import gc
    import weakref

    from returns_app.persistence.database import make_engine
    from returns_app.services import queries
    from returns_app.services.runtime import Backend

    backend = Backend(make_engine(db_url), db_url)
    with backend.uow() as uow:
        uow.session.add(
            Product(sku="S", name="Shirt", unit_price=Decimal("1.00"), vat_rate=Decimal("25.5"))
        )
        uow.commit()
    assert queries.find(backend.uow(readonly=True), "S") is not None  # a scan's statements
    gone = weakref.ref(backend.engine)
    backend.engine.dispose()
    del backend, uow
    gc.collect()
    assert gone() is None
