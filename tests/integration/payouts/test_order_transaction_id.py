"""The payment's transaction id comes with the order: WooCommerce's ``transaction_id`` (where
the Paytrail plugin stores Paytrail's) and our own CSV/JSON column ``payment_transaction_id``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from returns_app.persistence.models import Order
from returns_app.services.importing import import_orders

DATA = Path(__file__).resolve().parents[2] / "data" / "import"


def _with_column(name: str, column: str, values: dict[str, str], key: str, delimiter: str):
    text = (DATA / name).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
    out = io.StringIO()
    writer = csv.DictWriter(out, [*rows[0].keys(), column], delimiter=delimiter)
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, column: values.get(row[key], "")})
    return out.getvalue().encode()


def _transaction_ids(backend) -> dict[str, str | None]:
    with backend.uow(readonly=True) as uow:
        rows = uow.session.execute(select(Order.order_number, Order.payment_transaction_id))
        return dict(rows.all())


def test_woocommerces_transaction_id_is_kept_as_the_payments_transaction_id(
    backend, actors, tmp_path
):
    path = tmp_path / "woo.csv"
    path.write_bytes(
        _with_column(
            "woocommerce_orders.csv",
            "transaction_id",
            {"4101": "5770642a-9a02-4ca2-8eaa-cc6260a78eb6"},
            "order_id",
            ",",
        )
    )

    report = import_orders(backend.uow(), path, actor=actors.admin)

    assert report.ok, report.errors
    ids = _transaction_ids(backend)
    assert ids["4101"] == "5770642a-9a02-4ca2-8eaa-cc6260a78eb6"
    assert ids["4102"] is None


def test_our_csv_column_payment_transaction_id_is_kept(backend, actors, tmp_path):
    from returns_app.services.importing import import_products

    import_products(backend.uow(), DATA / "products.csv", actor=actors.admin)
    path = tmp_path / "ours.csv"
    path.write_bytes(
        _with_column("orders.csv", "maksutapahtuma", {"20001": "tx-20001"}, "order_number", ";")
    )

    report = import_orders(backend.uow(), path, actor=actors.admin)

    assert report.ok, report.errors
    assert _transaction_ids(backend)["20001"] == "tx-20001"


@pytest.mark.parametrize(
    ("method", "kept"),
    [
        ("paytrail", True),
        ("checkout_finland", True),
        ("paytrail_ppa", True),
        ("stripe", False),
        ("ppcp-gateway", False),
        ("bacs", False),
    ],
)
def test_woocommerces_transaction_id_is_paytrails_only_when_paid_through_paytrails_plugin(
    backend, actors, tmp_path, method, kept
):
    text = _with_column(
        "woocommerce_orders.csv", "transaction_id", {"4101": "pi_3Abc-123"}, "order_id", ","
    ).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    out = io.StringIO()
    writer = csv.DictWriter(out, list(rows[0].keys()))
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "payment_method": method} if row["order_id"] == "4101" else row)
    path = tmp_path / "woo.csv"
    path.write_text(out.getvalue(), encoding="utf-8")

    report = import_orders(backend.uow(), path, actor=actors.admin)

    assert report.ok, report.errors
    assert _transaction_ids(backend)["4101"] == ("pi_3Abc-123" if kept else None)
