"""``returns-app import`` and ``returns-app export`` on a real database file."""

from __future__ import annotations

import json
import socket

import pytest
from import_helpers import DATA
from nasty_files import CASES
from sqlalchemy import func, select

from returns_app.cli import main
from returns_app.domain.users import Actor
from returns_app.persistence.database import make_engine
from returns_app.persistence.models import AuditEntry, Order
from returns_app.services import users


@pytest.fixture
def db(sqlite_url, monkeypatch) -> list[str]:
    """The database, with a supervisor the commands sign in as (a scheduled job's account)."""
    _users(sqlite_url)
    monkeypatch.setenv("RETURNS_USER", "importer")
    monkeypatch.setenv("RETURNS_PASSWORD", "importer-password")
    return ["--database", sqlite_url]


def _users(url: str) -> None:
    from returns_app.persistence.database import make_engine
    from returns_app.services.runtime import Backend

    backend = Backend(make_engine(url), url)
    admin = users.add_user(
        backend.uow(), "admin", "admin-password", "admin", actor=Actor(None, "setup", "admin")
    )
    signer = Actor(admin.id, "admin", "admin", "DESK-1")
    users.add_user(backend.uow(), "importer", "importer-password", "supervisor", actor=signer)
    users.add_user(backend.uow(), "kaisa", "kaisa-password", "clerk", actor=signer)
    backend.engine.dispose()


def test_a_command_that_touches_the_shops_data_signs_in_first(db, capsys, monkeypatch):
    products = ["import", "products", str(DATA / "products.csv")]
    monkeypatch.delenv("RETURNS_USER")
    assert main([*db, *products]) == 2
    assert "Sign in first: give --user NAME" in capsys.readouterr().err
    monkeypatch.setenv("RETURNS_PASSWORD", "not-it")
    assert main([*db, "--user", "importer", *products]) == 2
    assert "Wrong user name or password" in capsys.readouterr().err
    monkeypatch.setenv("RETURNS_PASSWORD", "kaisa-password")
    assert main([*db, "--user", "kaisa", *products]) == 2
    assert "kaisa (clerk) may not import orders" in capsys.readouterr().err
    monkeypatch.setenv("RETURNS_PASSWORD", "importer-password")
    assert main([*db, "--user", "importer", *products]) == 0
    with make_engine(db[1]).connect() as conn:
        entries = conn.execute(
            select(AuditEntry.username, AuditEntry.station, AuditEntry.action).where(
                AuditEntry.action == "products_imported"
            )
        ).all()
    assert entries == [("importer", f"cli@{socket.gethostname()}", "products_imported")]


def test_import_orders_prints_what_it_did_and_exits_zero(db, capsys):
    assert main([*db, "import", "products", str(DATA / "products.csv")]) == 0
    assert main([*db, "import", "orders", str(DATA / "shopify_orders.csv")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Imported: 4 new, 0 updated, 0 unchanged, 1 skipped."
    )
    assert (
        main([*db, "import", "orders", str(DATA / "shopify_orders.csv"), "--format", "shopify"])
        == 0
    )
    assert "0 new, 0 updated, 4 unchanged" in capsys.readouterr().out


def test_a_file_with_errors_imports_nothing_lists_them_and_exits_one(db, capsys, tmp_path):
    bad = tmp_path / "orders.csv"
    bad.write_text(
        "order_number;ordered_at;customer_name;sku;product_name;quantity;unit_price;vat_rate\n"
        "1;2026-02-01;Aino;A;Pipo;1;24,90;25,5\n"
        "2;2026-02-01;Aino;A;Pipo;kaksi;24,90;25,5\n",
        encoding="cp1252",
    )
    assert main([*db, "import", "orders", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Nothing was imported: 1 error(s).")
    assert (
        out[1]
        == "  Line 3, column quantity: “kaksi” is not a quantity: give a whole number of 1 or more."
    )
    assert main([*db, "import", "orders", str(bad), "--partial", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["created"], report["written"], report["encoding"]) == (1, True, "utf-8")
    assert report["errors"] == [
        {
            "line": 3,
            "column": "quantity",
            "record": "2",
            "message": "“kaksi” is not a quantity: give a whole number of 1 or more.",
        }
    ]


def test_a_missing_file_is_a_one_line_error(db, capsys, tmp_path):
    assert main([*db, "import", "orders", str(tmp_path / "nope.csv")]) == 2
    assert "No such file" in capsys.readouterr().err


@pytest.mark.parametrize(("data", "line", "column", "words"), CASES.values(), ids=CASES.keys())
def test_a_malformed_file_is_listed_by_line_and_exits_one(
    db, capsys, tmp_path, data, line, column, words
):
    bad = tmp_path / "orders.dat"
    bad.write_bytes(data)
    # the capture encodes strictly as UTF-8, like a terminal: half a surrogate pair would fail
    assert main([*db, "import", "orders", str(bad)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Nothing was imported") and f"  Line {line}" in out and words in out
    assert main([*db, "import", "orders", str(bad), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert not report["written"]
    assert any(e["line"] == line and e["column"] == column for e in report["errors"])


def test_export_refunds_and_stock_write_their_files(db, capsys, tmp_path):
    out = tmp_path / "credit.csv"
    assert (
        main([*db, "export", "refunds", "--from", "1.11.2026", "--to", "2026-11-30", str(out)]) == 0
    )
    assert out.read_bytes().startswith(b"\xef\xbb\xbfcredit_note_number;issue_date;")
    assert "0 credit note(s) for 1.11.2026–30.11.2026" in capsys.readouterr().out
    folder = tmp_path / "finvoice"
    args = [*db, "export", "refunds", "--from", "1.11.2026", "--to", "30.11.2026"]
    assert main([*args, "--format", "finvoice", str(folder)]) == 0
    assert folder.is_dir() and list(folder.iterdir()) == []
    stock = tmp_path / "stock.csv"
    assert (
        main([*db, "export", "stock", "--from", "1.11.2026", "--to", "30.11.2026", str(stock)]) == 0
    )
    assert stock.read_text(encoding="utf-8-sig").startswith("movement_id;")


def test_export_to_standard_output_keeps_the_csv_clean(db, capsysbinary):
    assert main([*db, "export", "refunds", "--from", "1.11.2026", "--to", "30.11.2026", "-"]) == 0
    captured = capsysbinary.readouterr()
    assert captured.out.startswith(b"\xef\xbb\xbfcredit_note_number")
    assert b"credit note(s)" in captured.err


def test_a_bad_date_is_refused_by_the_parser(db, capsys):
    with pytest.raises(SystemExit):
        main([*db, "export", "refunds", "--from", "31.2.2026", "--to", "1.3.2026", "x.csv"])
    assert "no such day" in capsys.readouterr().err.lower()


def test_demo_data_never_goes_into_a_database_where_people_work(db, capsys):
    """The demo writes without signing in and acts as its demo users: new databases only."""
    assert main([*db, "demo", "--orders", "10"]) == 2
    assert "Demo data goes only into a new database" in capsys.readouterr().err
    assert main([*db, "demo", "--if-empty", "--orders", "10"]) == 0
    assert "has users already; no demo data added" in capsys.readouterr().out
    with make_engine(db[1]).connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Order)) == 0


def test_import_tracking_reads_a_carriers_events_and_says_what_it_did(db, capsys, tmp_path):
    # No order has these parcels yet: every event is passed over, nothing fails.
    assert main([*db, "import", "tracking", str(DATA / "tracking_events.csv")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Imported: 0 new, 0 updated, 0 unchanged, 8 skipped."
    )
    bad = tmp_path / "events.csv"
    bad.write_text("parcel;status\nJJ473124829FI;Delivered\n", encoding="utf-8")
    assert main([*db, "import", "tracking", str(bad), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["kind"] == "tracking_events" and "missing: time" in report["errors"][0]["message"]
