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
