"""Hundreds of malformed files (seeded, bounded): never a traceback, always a line, and a
refused file leaves the database as it was."""

from __future__ import annotations

import traceback

from fuzz_files import ORDER_SAMPLES, PRODUCT_SAMPLES, Mutant, mutants
from import_helpers import load_products
from nasty_files import CASES
from sqlalchemy import func, select

from returns_app.persistence.models import (
    AuditEntry,
    Customer,
    Order,
    OrderLine,
    Product,
    Shipment,
)
from returns_app.services.importing import ImportReport, import_orders, import_products
from returns_app.services.importing.common import printable

SEED = 20261202


def snapshot(backend) -> dict[str, int]:
    """Rows in every table an import writes."""
    with backend.uow(readonly=True) as uow:
        return {
            m.__tablename__: uow.session.scalar(select(func.count()).select_from(m))
            for m in (Customer, Order, OrderLine, Shipment, Product, AuditEntry)
        }


def problems_of(report: ImportReport, mutant: Mutant) -> list[str]:
    """What is wrong with the report of ``mutant``'s import (nothing, if all is well)."""
    lines = mutant.data.count(b"\n") + 2  # a UTF-16 file counts fewer; never more
    found = []
    for e in report.errors:
        if not 1 <= e.line <= lines:
            found.append(f"line {e.line} outside the file ({lines} lines): {e}")
        e.render("fi")  # every parameter filled in, in both languages
        text = e.render("en")
        if not text.startswith(f"Line {e.line}") or printable(text + e.record) != text + e.record:
            found.append(f"not a printable message: {text!r}")
    if report.written and report.errors and not mutant.partial:
        found.append("written although the file had errors (all or nothing)")
    return found


def run_fuzz(backend, actor, seed: int, n: int) -> None:
    load_products(backend, actor)
    failures: list[str] = []
    before = snapshot(backend)
    known = {f"known: {name}": case[0] for name, case in CASES.items()}
    for i, mutant in enumerate(mutants(seed, n, ORDER_SAMPLES + PRODUCT_SAMPLES, known)):
        where = f"#{i} {mutant.sample} {'+'.join(mutant.how)} {mutant.fmt} {mutant.partial}"
        partial = mutant.partial
        try:
            if mutant.products:
                report = import_products(
                    backend.uow(), mutant.data, actor=actor, allow_partial=partial
                )
            else:
                report = import_orders(
                    backend.uow(), mutant.data, mutant.fmt, actor=actor, allow_partial=partial
                )
        except Exception as exc:  # noqa: BLE001 - the point: no exception may escape
            failures.append(
                f"{where}: {type(exc).__name__}: {exc!s:.200}\n{traceback.format_exc(limit=-3)}"
            )
            before = snapshot(backend)
            continue
        failures.extend(f"{where}: {p}" for p in problems_of(report, mutant))
        after = snapshot(backend)
        if not report.written and after != before:
            failures.append(f"{where}: refused, yet the database changed: {before} -> {after}")
        before = after
    assert not failures, f"{len(failures)} of {n} files:\n" + "\n".join(failures[:12])


def test_malformed_files_never_crash_an_import(backend, actors):
    """500 files on SQLite, 150 on PostgreSQL (its own seed: other files), after the known
    nasty ones."""
    postgres = backend.kind == "shared"
    run_fuzz(backend, actors.admin, SEED + postgres, 150 if postgres else 500)
