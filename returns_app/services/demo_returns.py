"""Demo returns in bulk: a few hundred made through the real services, the rest copies of them.

A real shop has some 15 % of its orders back (150,000 returns for a million orders), and the
services take a fifth of a second per return and stage, so a million-order demo cannot make
them one by one. Instead:

1. ``make_templates`` makes a few hundred *templates* in a scratch SQLite database with the
   same products, settings and users: orders like the demo's, and returns at every stage (an
   announced return, one in transit, arrived, checked in, graded partly or fully, a refund
   proposed, refunded, rejected, closed; defect claims and goodwill too) made through the real
   services, exactly as the desk would have made them.
2. The demo writes each returned order as a copy of a template's order moved back in time by
   whole days (same products, quantities, discounts, delivery and payment; its own number,
   customer and dates), so the template's money figures are the copy's too.
3. ``ClonePlan.write`` copies every row the services wrote for the template's return (return,
   lines, parcel, inspections, stock movements, refunds and their VAT rows, audit entries),
   moved by the same days, with the copy's ids, return code, tracking number, credit-note number
   and user ids, set-based in chunks. Return ids and codes follow the notice times, credit-note
   numbers follow the issue times (gap-free per year), the stock ledger and the audit log are
   written in time order: the ledger's running balances end at the stock levels, and on SQLite
   the audit entries are chained with the same hash (``persistence.audit_chain``) as the
   services' own.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select

from returns_app.domain.calendar import notice_date_from_utc
from returns_app.persistence import audit_chain
from returns_app.persistence.counters import upsert_insert
from returns_app.persistence.models import (
    AuditEntry,
    CreditNoteSequence,
    Customer,
    Deduction,
    Discrepancy,
    Document,
    Inspection,
    Location,
    Order,
    OrderLine,
    OutboxMessage,
    Parcel,
    Product,
    Refund,
    RefundLine,
    Return,
    ReturnCodeSequence,
    ReturnLine,
    Setting,
    Shipment,
    StockLevel,
    StockMovement,
    User,
)
from returns_app.scanning.return_code import make_return_code

#: Templates made through the services: enough for variety, few enough to take a minute.
MAX_TEMPLATES = 300
#: Template orders were delivered this many days ago (their returns are processed "now").
TEMPLATE_DAYS = (2, 16)
#: Returns older than this are mostly finished (closed, rejected or refunded).
SETTLED_AFTER_DAYS = 45
CHUNK = 5000

# The stages a template goes through; every one appears at least once.
STAGES = (
    "announced",
    "in_transit",
    "rejected",
    "arrived",
    "checked_in",
    "graded_partly",
    "graded",
    "proposed",
    "refunded",
    "closed",
    "rejected_on_arrival",
)
# How often each stage is taken after the first round (a real shop's mix: most are done).
STAGE_WEIGHTS = (6, 4, 4, 3, 4, 4, 5, 6, 22, 38, 4)
TERMINAL = frozenset({"rejected", "refunded", "closed", "rejected_on_arrival"})

_TABLES = (
    Return,
    ReturnLine,
    Parcel,
    Inspection,
    StockMovement,
    Refund,
    RefundLine,
    AuditEntry,
)


@dataclass
class Template:
    """A template order and every row its return's handling wrote."""

    stage: str
    order: dict
    lines: list[dict]
    shipment: dict
    delivered: date
    rows: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def ret(self) -> dict:
        return self.rows["returns"][0]

    @property
    def settled(self) -> bool:
        return self.stage in TERMINAL


def template_count(n_returns: int) -> int:
    """How many templates ``n_returns`` returns are copied from."""
    return min(MAX_TEMPLATES, max(min(n_returns, 3 * len(STAGES)), n_returns // 20))


def make_templates(target: Engine, n_returns: int, seed: int, today: date) -> list[Template]:
    """Make the templates in a scratch SQLite database (removed afterwards)."""
    from returns_app.persistence.database import make_engine
    from returns_app.persistence.migrate import upgrade

    folder = Path(tempfile.mkdtemp(prefix="returns-demo-"))
    scratch = make_engine(f"sqlite:///{folder / 'templates.sqlite3'}")
    try:
        upgrade(scratch)
        with target.connect() as conn:
            settings = [dict(r._mapping) for r in conn.execute(select(Setting.__table__))]
        with scratch.begin() as conn:
            if settings:
                conn.execute(insert(Setting), settings)
        return _templates(scratch, template_count(n_returns), seed, today)
    finally:
        scratch.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def _templates(engine: Engine, count: int, seed: int, today: date) -> list[Template]:
    from returns_app.i18n import ReturnsError
    from returns_app.persistence.uow import UnitOfWork
    from returns_app.services import demo, inspection, receiving, refunds
    from returns_app.services import returns as returns_service

    rng = random.Random(seed * 7919 + 17)
    products = demo._products(engine)
    clerk = demo.demo_supervisor(engine)
    with engine.begin() as conn:
        conn.execute(
            insert(Customer),
            [
                {
                    "id": i,
                    "name": f"Malli Asiakas {i}",
                    "email": f"malli{i}@example.fi",
                    "phone": "",
                    "street": "Mallikatu 1",
                    "postal_code": "00100",
                    "city": "Helsinki",
                    "country": "FI",
                    "lang": "fi",
                }
                for i in range(1, count * 2 + 1)
            ],
        )
    made: list[Template] = []
    line_id = 1
    oid = 0
    attempts = 0
    while len(made) < count and attempts < count * 3:
        attempts += 1
        oid += 1
        delivered = today - timedelta(days=rng.randint(*TEMPLATE_DAYS))
        order, lines, ship = demo.order_rows_for(rng, oid, line_id, oid, products, delivered)
        line_id += len(lines)
        with engine.begin() as conn:
            conn.execute(insert(Order), [order])
            conn.execute(insert(OrderLine), lines)
            conn.execute(insert(Shipment), [ship])
            before = _order_rows(conn, oid)
        stage = (
            STAGES[len(made)] if len(made) < len(STAGES) else rng.choices(STAGES, STAGE_WEIGHTS)[0]
        )
        kind = rng.choices(("withdrawal", "defect_claim", "goodwill"), (80, 12, 8))[0]
        if stage == "in_transit" and kind == "defect_claim":
            kind = "withdrawal"  # a defect claim has no proof of dispatch
        notice_day = min(today - timedelta(days=1), delivered + timedelta(days=rng.randint(1, 12)))
        ordinary = [l for l in lines if l["exception_category"] == "none"] or lines
        chosen = rng.sample(ordinary, k=rng.randint(1, len(ordinary)))
        cmd = returns_service.RegisterReturn(
            kind=kind,
            lines=tuple(
                returns_service.LineRequest(
                    l["id"],
                    rng.randint(1, l["quantity"]),
                    rng.choice(("does_not_fit", "changed_mind", "not_as_described", "defective")),
                )
                for l in chosen
            ),
            notice_at=datetime.combine(notice_day, time(9, rng.randint(0, 59)), UTC),
            remedy="cancellation" if kind == "defect_claim" else None,
        )
        try:
            ret = returns_service.register_return(UnitOfWork(engine), clerk, cmd)
            _run_stage(
                engine,
                clerk,
                ret,
                stage,
                oid,
                rng,
                returns_service,
                receiving,
                inspection,
                refunds,
            )
        except ReturnsError:
            continue
        with engine.connect() as conn:
            rows = _rows_of(conn, ret.id)
            after = _order_rows(conn, oid)
            for model in (Discrepancy, Deduction, Document, OutboxMessage):
                if conn.scalar(select(func.count()).select_from(model)):
                    raise ValueError(f"demo templates wrote {model.__tablename__}: not copied")
        # The copies are written with the random orders, in the same columns: what the
        # services changed must be among them.
        order_row = _kept(order, before[0], after[0])
        line_rows = [_kept(a, b, c) for a, b, c in zip(lines, before[1], after[1], strict=True)]
        ship_row = _kept(ship, before[2], after[2])
        made.append(Template(stage, order_row, line_rows, ship_row, delivered, rows))
    if len(made) < min(count, len(STAGES)):
        raise ValueError("the demo's template returns could not be made")
    add_names(engine, made)
    return made


def _order_rows(conn, oid: int) -> tuple[dict, list[dict], dict]:
    order = conn.execute(select(Order.__table__).where(Order.id == oid)).one()._mapping
    lines = conn.execute(
        select(OrderLine.__table__).where(OrderLine.order_id == oid).order_by(OrderLine.id)
    )
    ship = conn.execute(select(Shipment.__table__).where(Shipment.order_id == oid)).one()._mapping
    return dict(order), [dict(r._mapping) for r in lines], dict(ship)


def _kept(written: dict, before: dict, after: dict) -> dict:
    changed = {k for k in after if after[k] != before[k]} - set(written)
    if changed:
        raise ValueError(f"demo templates changed {sorted(changed)}: not copied")
    return {k: after[k] for k in written}


def _run_stage(
    engine, clerk, ret, stage, oid, rng, returns_service, receiving, inspection, refunds
):
    from returns_app.persistence.uow import UnitOfWork

    if stage == "announced":
        return
    if stage == "in_transit":
        returns_service.record_proof_of_dispatch(
            UnitOfWork(engine), clerk, ret.id, _tracking(oid * 11 + 3)
        )
        return
    if stage == "rejected":
        returns_service.reject_return(
            UnitOfWork(engine), clerk, ret.id, "Tuote ei ollut meiltä ostettu."
        )
        return
    receiving.receive_parcel(UnitOfWork(engine), clerk, ret.code)
    if stage == "arrived":
        return
    for line in ret.lines:
        receiving.check_in_item(
            UnitOfWork(engine), clerk, ret.id, return_line_id=line.id, quantity=line.qty_announced
        )
    if stage == "checked_in":
        return
    if stage == "rejected_on_arrival":
        returns_service.reject_return(
            UnitOfWork(engine), clerk, ret.id, "Palautettu tuote ei ole sama kuin tilattu."
        )
        return
    units = [(line, n) for line in ret.lines for n in range(line.qty_announced)]
    if stage == "graded_partly":
        units = units[: max(1, len(units) // 2)] if len(units) > 1 else units
    for line, _n in units:
        grade = rng.choices("ABCD", (60, 25, 10, 5))[0]
        disposition = {"A": "restock", "B": "b_stock", "C": "quarantine", "D": "scrap"}[grade]
        inspection.inspect_unit(
            UnitOfWork(engine), clerk, inspection.InspectUnit(line.id, grade, disposition)
        )
    if stage in ("graded_partly", "graded"):
        return
    proposal = refunds.propose_refund(UnitOfWork(engine), clerk, ret.id)
    if stage == "proposed":
        return
    refunds.issue_refund(
        UnitOfWork(engine), clerk, proposal.id, payment_reference=f"DEMO-{proposal.id}"
    )
    if stage == "refunded":
        return
    returns_service.close_return(UnitOfWork(engine), clerk, ret.id)


def _tracking(n: int) -> str:
    from returns_app.services.demo import _s10

    return _s10(n)


def _rows_of(conn, return_id: int) -> dict[str, list[dict]]:
    def rows(model, where) -> list[dict]:
        stmt = select(model.__table__).where(where).order_by(model.id)
        return [dict(r._mapping) for r in conn.execute(stmt)]

    line_ids = select(ReturnLine.id).where(ReturnLine.return_id == return_id)
    refund_ids = select(Refund.id).where(Refund.return_id == return_id)
    return {
        "returns": rows(Return, Return.id == return_id),
        "return_lines": rows(ReturnLine, ReturnLine.return_id == return_id),
        "parcels": rows(Parcel, Parcel.return_id == return_id),
        "inspections": rows(Inspection, Inspection.return_line_id.in_(line_ids)),
        "stock_movements": rows(StockMovement, StockMovement.return_id == return_id),
        "refunds": rows(Refund, Refund.return_id == return_id),
        "refund_lines": rows(RefundLine, RefundLine.refund_id.in_(refund_ids)),
        "audit_log": rows(AuditEntry, AuditEntry.return_id == return_id),
    }


# --- copying -----------------------------------------------------------------------------


def _shift(row: dict, days: timedelta) -> dict:
    return {k: (v + days if isinstance(v, date) else v) for k, v in row.items()}


@dataclass
class _Clone:
    template: Template
    order_id: int
    customer_id: int
    days: timedelta
    order_lines: dict[int, int]  # template order line id -> the copy's

    @property
    def notice_at(self) -> datetime:
        return self.template.ret["notice_at"] + self.days


class ClonePlan:
    """Returned orders as copies of templates; :meth:`write` adds their returns."""

    def __init__(
        self,
        templates: list[Template],
        today: date,
        rng: random.Random,
        products: dict[str, int] | None = None,
    ) -> None:
        self.products = products or {}  # the target's product ids by SKU
        self.templates = sorted(templates, key=lambda t: (t.delivered, t.order["id"]))
        self.today = today
        self.rng = rng
        self.clones: list[_Clone] = []
        if templates:
            self.newest = self.templates[-1].delivered
            self.oldest = self.templates[0].delivered
            self.settled = [t for t in self.templates if t.settled] or self.templates

    def _pick(self, delivered: date) -> Template:
        old = (self.today - delivered).days > SETTLED_AFTER_DAYS
        if delivered <= self.oldest:
            pool = self.settled if old and self.rng.random() < 0.95 else self.templates
        else:
            pool = [t for t in self.templates if t.delivered >= delivered]
        return self.rng.choice(pool)

    def clone_order(
        self, oid: int, first_line: int, customer_id: int, delivered: date
    ) -> tuple[dict, list[dict], dict]:
        """The rows of order ``oid``: a copy of a template's order, delivered on ``delivered``
        (or the newest template's day, if that is earlier)."""
        from returns_app.services.demo import _s10, payment_transaction_id

        t = self._pick(min(delivered, self.newest))
        days = timedelta(days=(min(delivered, self.newest) - t.delivered).days)
        order = _shift(t.order, days)
        order.update(
            id=oid,
            order_number=str(100000 + oid),
            customer_id=customer_id,
            payment_reference=f"PAY-{oid:09d}",
            payment_transaction_id=payment_transaction_id(oid)
            if t.order["payment_transaction_id"]
            else None,
        )
        lines, mapping = [], {}
        for n, line in enumerate(t.lines):
            copy = dict(line, id=first_line + n, order_id=oid)
            if line["sku"] in self.products:
                copy["product_id"] = self.products[line["sku"]]
            mapping[line["id"]] = copy["id"]
            lines.append(copy)
        ship = _shift(t.shipment, days)
        ship["order_id"] = oid
        if ship["tracking_number"]:
            ship["tracking_number"] = _s10(oid * 7 + 13)
        self.clones.append(_Clone(t, oid, customer_id, days, mapping))
        return order, lines, ship

    def write(self, engine: Engine) -> int:
        """Write the copies' returns (after their orders); returns how many."""
        if not self.clones:
            return 0
        _Writer(engine, self.clones).run()
        return len(self.clones)


class _Writer:
    def __init__(self, engine: Engine, clones: list[_Clone]) -> None:
        self.engine = engine
        self.clones = sorted(clones, key=lambda c: (c.notice_at, c.order_id))
        self.chained = audit_chain.is_chained(engine.dialect.name)

    def _next_ids(self, conn) -> dict[str, int]:
        return {m.__tablename__: (conn.scalar(select(func.max(m.id))) or 0) + 1 for m in _TABLES}

    def run(self) -> None:
        from returns_app.services.demo import _s10

        with self.engine.connect() as conn:
            ids = self._next_ids(conn)
            code_no = conn.scalar(select(ReturnCodeSequence.last_number)) or 0
            users = dict(conn.execute(select(User.username, User.id)).all())
            locations = dict(conn.execute(select(Location.code, Location.id)).all())
            products = dict(conn.execute(select(Product.sku, Product.id)).all())
            levels = {
                (p, loc): q
                for p, loc, q in conn.execute(
                    select(StockLevel.product_id, StockLevel.location_id, StockLevel.quantity)
                )
            }
            notes = dict(
                conn.execute(select(CreditNoteSequence.year, CreditNoteSequence.last_number)).all()
            )
            last = conn.execute(
                select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
            ).first()
        # The templates' ids of users, locations and products, by name (the scratch database
        # has the same demo users, locations and catalogue, but ids are not assumed).
        t_users, t_locations, t_products = _template_names(self.clones)
        user_of = {tid: users[name] for tid, name in t_users.items()}
        location_of = {tid: locations[code] for tid, code in t_locations.items()}
        product_of = {tid: products[sku] for tid, sku in t_products.items()}

        out: dict[str, list[dict]] = defaultdict(list)
        movements: list[tuple] = []
        audits: list[tuple] = []
        issued: list[dict] = []
        key = 0
        for clone in self.clones:
            t = clone.template
            days = clone.days
            code_no += 1
            rid = ids["returns"]
            ids["returns"] += 1
            strings: dict[str, str] = {t.ret["code"]: make_return_code(code_no)}
            if t.ret["return_tracking_number"]:
                strings[t.ret["return_tracking_number"]] = _s10(50_000_000 + rid * 3)
            ret = _shift(t.ret, days)
            ret.update(
                id=rid,
                code=strings[t.ret["code"]],
                customer_id=clone.customer_id,
                return_tracking_number=strings.get(t.ret["return_tracking_number"]),
            )
            _users(ret, user_of, "override_by", "created_by", "late_accepted_by")
            out["returns"].append(ret)
            rl = {}
            for row in t.rows["return_lines"]:
                rl[row["id"]] = ids["return_lines"]
                ids["return_lines"] += 1
                out["return_lines"].append(
                    dict(
                        row,
                        id=rl[row["id"]],
                        return_id=rid,
                        order_line_id=clone.order_lines[row["order_line_id"]],
                        # the copy's own, from its order line by a trigger (line_copies)
                        product_id=None,
                        unit_price=None,
                        ordered_at=None,
                        sku=None,
                        name=None,
                    )
                )
            parcels = {}
            for row in t.rows["parcels"]:
                parcels[row["id"]] = ids["parcels"]
                ids["parcels"] += 1
                copy = _shift(row, days)
                copy.update(
                    id=parcels[row["id"]],
                    return_id=rid,
                    scanned_code=strings.get(row["scanned_code"], row["scanned_code"]),
                )
                _users(copy, user_of, "user_id", "resolved_by")
                out["parcels"].append(copy)
            moved = {}
            for row in t.rows["stock_movements"]:
                key += 1
                copy = _shift(row, days)
                copy.update(
                    return_id=rid,
                    return_line_id=rl.get(row["return_line_id"]),
                    product_id=product_of[row["product_id"]],
                    location_id=location_of[row["location_id"]],
                    note=_replace(row["note"], strings),
                )
                _users(copy, user_of, "user_id")
                moved[row["id"]] = copy
                movements.append((copy["created_at"], key, copy))
            inspections = {}
            for row in t.rows["inspections"]:
                inspections[row["id"]] = ids["inspections"]
                ids["inspections"] += 1
                copy = _shift(row, days)
                copy.update(
                    id=inspections[row["id"]],
                    return_line_id=rl[row["return_line_id"]],
                    location_id=location_of[row["location_id"]],
                    movement_id=moved.get(row["movement_id"]),  # the row; its id comes later
                )
                _users(copy, user_of, "user_id", "exception_override_by")
                out["inspections"].append(copy)
            refunds = {}
            for row in t.rows["refunds"]:
                refunds[row["id"]] = ids["refunds"]
                ids["refunds"] += 1
                copy = _shift(row, days)
                copy.update(id=refunds[row["id"]], return_id=rid)
                if row["payment_reference"] == f"DEMO-{row['id']}":
                    copy["payment_reference"] = f"DEMO-{copy['id']}"
                    strings[row["payment_reference"]] = copy["payment_reference"]
                if row["idempotency_key"]:
                    copy["idempotency_key"] = f"demo-{copy['id']}"
                _users(copy, user_of, "proposed_by", "approved_by", "issued_by")
                if row["credit_note_number"]:
                    issued.append(copy)
                    copy["_strings"] = strings
                    copy["_old_number"] = row["credit_note_number"]
                out["refunds"].append(copy)
            for row in t.rows["refund_lines"]:
                copy = dict(
                    row,
                    id=ids["refund_lines"],
                    refund_id=refunds[row["refund_id"]],
                    return_line_id=rl.get(row["return_line_id"]),
                    order_line_id=clone.order_lines.get(row["order_line_id"]),
                    order_id=clone.order_id if row["order_id"] is not None else None,
                )
                ids["refund_lines"] += 1
                out["refund_lines"].append(copy)
            entity_ids = {
                "return": {t.ret["id"]: rid},
                "return_line": rl,
                "parcel": parcels,
                "inspection": inspections,
                "refund": refunds,
            }
            maps = _DetailMaps(strings, rl, clone.order_lines, user_of)
            for row in t.rows["audit_log"]:
                key += 1
                if row["entity"] not in entity_ids:
                    raise ValueError(f"demo templates audited a {row['entity']}: not copied")
                copy = _shift(row, days)
                copy.update(
                    entity_id=entity_ids[row["entity"]].get(row["entity_id"], row["entity_id"])
                    if row["entity_id"] is not None
                    else None,
                    return_id=rid,
                )
                _users(copy, user_of, "user_id")
                audits.append((copy["at"], key, copy, maps))

        # Credit notes: gap-free per year, in the order they were issued.
        issued.sort(key=lambda r: (r["issued_at"], r["id"]))
        for refund in issued:
            year = notice_date_from_utc(refund["issued_at"]).year
            notes[year] = notes.get(year, 0) + 1
            refund.update(
                credit_note_year=year,
                credit_note_seq=notes[year],
                credit_note_number=f"HL{year}-{notes[year]:06d}",
            )
            refund.pop("_strings")[refund.pop("_old_number")] = refund["credit_note_number"]
        # The stock ledger in time order, each line with the level it led to.
        movements.sort(key=lambda m: (m[0], m[1]))
        for _at, _k, row in movements:
            row["id"] = ids["stock_movements"]
            ids["stock_movements"] += 1
            place = (row["product_id"], row["location_id"])
            levels[place] = levels.get(place, 0) + row["quantity"]
            row["balance_after"] = levels[place]
            out["stock_movements"].append(row)
        for row in out["inspections"]:
            if row["movement_id"] is not None:
                row["movement_id"] = row["movement_id"]["id"]
        # The audit log in time order, chained on SQLite like the services' entries.
        audits.sort(key=lambda a: (a[0], a[1]))
        prev = (last.entry_hash if last else None) or audit_chain.GENESIS
        for _at, _k, row, maps in audits:
            row["id"] = ids["audit_log"]
            ids["audit_log"] += 1
            row["details"] = maps.details(row["details"])
            if self.chained:
                row["prev_hash"] = prev
                row["entry_hash"] = prev = audit_chain.entry_hash(row, prev)
            else:
                row["prev_hash"] = row["entry_hash"] = None
            out["audit_log"].append(row)

        for model in (
            Return,
            ReturnLine,
            Parcel,
            StockMovement,
            Inspection,
            Refund,
            RefundLine,
            AuditEntry,
        ):
            rows = out[model.__tablename__]
            for start in range(0, len(rows), CHUNK):
                with self.engine.begin() as conn:
                    conn.execute(insert(model), rows[start : start + CHUNK])
        with self.engine.begin() as conn:
            ins = upsert_insert(conn)
            conn.execute(
                ins(ReturnCodeSequence)
                .values(id=1, last_number=code_no)
                .on_conflict_do_update(index_elements=["id"], set_={"last_number": code_no})
            )
            for year, number in notes.items():
                conn.execute(
                    ins(CreditNoteSequence)
                    .values(year=year, last_number=number)
                    .on_conflict_do_update(index_elements=["year"], set_={"last_number": number})
                )
            level_rows = [
                {"product_id": p, "location_id": loc, "quantity": q}
                for (p, loc), q in levels.items()
            ]
            if level_rows:
                stmt = ins(StockLevel)
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=["product_id", "location_id"],
                        set_={"quantity": stmt.excluded.quantity},
                    ),
                    level_rows,
                )
            if self.engine.dialect.name == "postgresql":
                for model in _TABLES:
                    table = model.__tablename__
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                    )


def _template_names(clones: Iterable[_Clone]) -> tuple[dict, dict, dict]:
    users, locations, products = {}, {}, {}
    for t in {id(c.template): c.template for c in clones}.values():
        users.update(t.rows.get("_users", {}))
        locations.update(t.rows.get("_locations", {}))
        products.update(t.rows.get("_products", {}))
    return users, locations, products


def _users(row: dict, user_of: dict[int, int], *columns: str) -> None:
    for column in columns:
        if row.get(column) is not None:
            row[column] = user_of[row[column]]


def _replace(text: str, strings: dict[str, str]) -> str:
    for old, new in strings.items():
        if old in text:
            text = text.replace(old, new)
    return text


# Detail keys that hold ids; everything else is copied (strings through the copy's codes).
@dataclass
class _DetailMaps:
    strings: dict[str, str]
    return_lines: dict[int, int]
    order_lines: dict[int, int]
    users: dict[int, int]

    def details(self, details: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in details.items():
            if k == "lines" and isinstance(v, list):
                v = [[self.order_lines[a], q] for a, q in v]
            elif k == "line" and isinstance(v, int):
                v = self.return_lines[v]
            elif k == "approved_by" and isinstance(v, int):
                v = self.users[v]
            elif isinstance(v, str):
                v = self.strings.get(v, v)
            elif k in _ID_KEYS and v is not None:
                raise ValueError(f"demo templates' audit detail {k} not copied")
            out[k] = v
        return out


_ID_KEYS = frozenset({"refund", "refund_id", "return_id", "order_id", "order_line_id", "parcel"})


def add_names(engine: Engine, templates: list[Template]) -> None:
    """Note the names behind the templates' user, location and product ids."""
    with engine.connect() as conn:
        users = dict(conn.execute(select(User.id, User.username)).all())
        locations = dict(conn.execute(select(Location.id, Location.code)).all())
        products = dict(conn.execute(select(Product.id, Product.sku)).all())
    for t in templates:
        t.rows["_users"] = users
        t.rows["_locations"] = locations
        t.rows["_products"] = products


__all__ = ["ClonePlan", "Template", "make_templates", "template_count"]
