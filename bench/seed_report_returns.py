"""Bench only: add ~150,000 returns to a copy of a big SQLite demo database, set-based.

    .venv/bin/python bench/seed_report_returns.py /tmp/bench/reports-1m.sqlite3 \
        [--every 7] [--spread-days 365] [--today 2026-12-06]

Never run on a database you did not copy for it. Every ``--every``-th order gets a return
(1M orders, every 7th: ~143,000), shaped like what the services write (models.py): return
lines (the order's first line, and its second for a third of them), returns in every state
(announced, rejected, received, inspected, refund proposed, refunded, closed), inspections
per unit, refunds (proposed, issued, some cancelled) and audit rows (registered, parcel
received, checked in, inspected, refund issued, closed).

``--spread-days`` first moves the orders back over that many days (the demo puts a million
orders in 64 days; a shop with a million orders a year has them over a year, so "90 days"
and "a year" differ) and rebuilds ``sales_daily``. 0 keeps the demo's dates.

The audit rows are not chained (the chain trigger is dropped for the insert and put back):
``db verify`` fails on this database, the reports do not care.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from returns_app.persistence.statistics import refresh_statistics  # noqa: E402
from returns_app.services import sales_summary  # noqa: E402

TS = "'.000000'"  # the stored timestamp format: 'YYYY-MM-DD HH:MM:SS.ffffff'


def seed(path: str, every: int, spread: int, today: date) -> None:
    engine = create_engine(f"sqlite:///{path}")
    t0 = time.perf_counter()
    with engine.begin() as c:
        x = c.exec_driver_sql
        if spread:
            # In id order, as a shop's orders come in (ids grow with time): what a period
            # reads then lies together in the tables, as it does in a real database.
            first = today - timedelta(days=spread)
            per_order = spread * 86400 / x("SELECT max(id) FROM orders").scalar()
            x(
                f"UPDATE orders SET ordered_at = datetime('{first}', "
                f"printf('+%d seconds', CAST(id * {per_order} AS INTEGER))) || {TS}"
            )
            with Session(bind=c) as s:
                sales_summary.rebuild(s)
                s.flush()
            print(f"orders spread over {spread} days: {time.perf_counter() - t0:.1f} s")
        base_r = x("SELECT coalesce(max(id), 0) FROM returns").scalar()
        base_l = x("SELECT coalesce(max(id), 0) FROM return_lines").scalar()
        x("DROP TABLE IF EXISTS temp.pick")
        x(
            f"""CREATE TEMP TABLE pick AS
            SELECT row_number() OVER (ORDER BY o.id) AS n, o.id AS order_id, o.customer_id,
                   o.ordered_at FROM orders o WHERE o.id % {every} = 0"""
        )
        # stage: 0-24 announced, 25-29 rejected, 30-44 received, 45-59 inspected,
        # 60-69 refund proposed, 70-84 refunded, 85-99 closed.
        x(
            f"""CREATE TEMP TABLE r0 AS SELECT n, order_id, customer_id,
                (n * 37) % 100 AS stage,
                CASE WHEN n % 100 < 80 THEN 'withdrawal' WHEN n % 100 < 92 THEN 'defect_claim'
                     ELSE 'goodwill' END AS kind,
                min(date(ordered_at, printf('+%d days', 2 + n % 14)), '{today}') AS notice_date,
                'DESK-' || (n % 4 + 1) AS station,
                CASE n % 4 WHEN 0 THEN 'anna' WHEN 1 THEN 'ben' WHEN 2 THEN 'clerk'
                     ELSE 'supervisor' END AS username
            FROM pick"""
        )
        # Ids in notice order, as the desk registers them.
        x(
            f"""CREATE TEMP TABLE r AS SELECT {base_r} + row_number() OVER
                (ORDER BY notice_date, n) AS id, * FROM r0"""
        )
        x(
            f"""INSERT INTO returns (id, code, kind, customer_id, notice_date, notice_at,
                goods_state, money_state, remedy, note, label_fee, return_postage, refund_due,
                station, created_at, closed_at, version, proof_of_dispatch_at)
            SELECT id, printf('B%09d', n), kind, customer_id, notice_date,
                notice_date || ' 09:00:00' || {TS},
                CASE WHEN stage < 25 THEN 'announced' WHEN stage < 30 THEN 'rejected'
                     WHEN stage < 45 THEN 'received' WHEN stage < 85 THEN 'inspected'
                     ELSE 'closed' END,
                CASE WHEN stage < 60 THEN 'none' WHEN stage < 70 THEN 'proposed'
                     ELSE 'refunded' END,
                CASE WHEN kind = 'defect_claim' THEN 'cancellation' END, '', 0, 0,
                CASE WHEN kind <> 'defect_claim' THEN date(notice_date, '+14 days') END,
                station, notice_date || ' 09:00:00' || {TS},
                CASE WHEN stage >= 85 THEN date(notice_date, '+20 days') || ' 12:00:00'
                     || {TS} END,
                1,
                CASE WHEN stage < 25 AND n % 5 = 0 THEN notice_date || ' 15:00:00' || {TS} END
            FROM r"""
        )
        x(
            f"""INSERT INTO return_lines (id, return_id, order_line_id, qty_announced,
                qty_received, qty_restocked, qty_written_off, reason_code, reason_text)
            SELECT {base_l} + row_number() OVER (ORDER BY r.id, ol.line_no), r.id, ol.id,
                min(ol.quantity, 1 + r.n % 2),
                CASE WHEN r.stage >= 30 THEN min(ol.quantity, 1 + r.n % 2) ELSE 0 END, 0, 0,
                CASE (r.n + ol.line_no) % 4 WHEN 0 THEN 'does_not_fit'
                     WHEN 1 THEN 'changed_mind' WHEN 2 THEN 'not_as_described'
                     ELSE 'defective' END, ''
            FROM r JOIN order_lines ol ON ol.order_id = r.order_id
             AND (ol.line_no = 1 OR (ol.line_no = 2 AND r.n % 3 = 0))"""
        )
        loc = dict(x("SELECT kind, min(id) FROM locations GROUP BY kind").all())
        x(
            f"""INSERT INTO inspections (return_line_id, unit_no, grade, disposition,
                location_id, unsealed, note, station, created_at)
            SELECT rl.id, u.unit, g.grade, g.disposition, g.location, 0, '', r.station,
                datetime(r.notice_date || ' 09:00:00', printf('+%d days', 3 + r.n % 5),
                         printf('+%d minutes', u.unit * 7 + r.n % 300)) || {TS}
            FROM r JOIN return_lines rl ON rl.return_id = r.id
            JOIN (SELECT 1 AS unit UNION ALL SELECT 2 UNION ALL SELECT 3) u
              ON u.unit <= rl.qty_received
            JOIN (SELECT 'A' AS grade, 'restock' AS disposition, {loc["sellable"]} AS location,
                         0 AS lo, 12 AS hi
                  UNION ALL SELECT 'B', 'b_stock', {loc["b_stock"]}, 12, 17
                  UNION ALL SELECT 'C', 'quarantine', {loc["quarantine"]}, 17, 19
                  UNION ALL SELECT 'D', 'scrap', {loc["scrap"]}, 19, 20) g
              ON (rl.id + u.unit) % 20 >= g.lo AND (rl.id + u.unit) % 20 < g.hi
            WHERE r.stage >= 45
            ORDER BY 9"""
        )
        # Refunds: proposed (60-69), issued (70+), a cancelled one before some issued ones.
        x(
            """CREATE TEMP TABLE rf AS SELECT r.id AS return_id, r.n, r.stage, r.station,
                r.notice_date,
                (SELECT sum(rl.qty_received * ol.unit_price) FROM return_lines rl
                   JOIN order_lines ol ON ol.id = rl.order_line_id
                  WHERE rl.return_id = r.id) AS total,
                datetime(r.notice_date || ' 10:00:00', printf('+%d days', 3 + r.n % 16),
                         printf('+%d minutes', r.n % 600)) AS issued
            FROM r WHERE r.stage >= 60"""
        )
        x(
            f"""INSERT INTO refunds (return_id, status, method, payment_reference, items_amount,
                delivery_amount, deduction_amount, label_fee_amount, total, breakdown,
                needs_supervisor, created_at, station, version)
            SELECT return_id, 'cancelled', 'original', '', total, 0, 0, 0, total, '{{}}', 0,
                notice_date || ' 10:00:00' || {TS}, station, 1
            FROM rf WHERE n % 10 = 0"""
        )
        x(
            f"""INSERT INTO refunds (return_id, status, method, payment_reference, items_amount,
                delivery_amount, deduction_amount, label_fee_amount, total, breakdown,
                needs_supervisor, credit_note_number, credit_note_year, credit_note_seq,
                created_at, approved_at, issued_at, station, version)
            SELECT return_id, CASE WHEN stage < 70 THEN 'proposed' ELSE 'issued' END,
                'original', 'BENCH-' || n, total, 0, 0, 0, total, '{{}}', 0,
                CASE WHEN stage >= 70 THEN printf('HB%09d', n) END,
                CASE WHEN stage >= 70 THEN 2000 END, CASE WHEN stage >= 70 THEN n END,
                notice_date || ' 10:00:00' || {TS},
                CASE WHEN stage >= 70 THEN issued || {TS} END,
                CASE WHEN stage >= 70 THEN issued || {TS} END, station, 1
            FROM rf ORDER BY issued"""
        )
        # Audit rows, in time order, ids after the last one.
        trigger = x(
            "SELECT sql FROM sqlite_master WHERE name = 'audit_log_append_in_order'"
        ).scalar()
        x("DROP TRIGGER IF EXISTS audit_log_append_in_order")
        base_a = x("SELECT coalesce(max(id), 0) FROM audit_log").scalar()
        x(
            """CREATE TEMP TABLE a AS
            SELECT r.notice_date || ' 09:00:00' AS at, r.username, r.station,
                   'return_registered' AS action, 'return' AS entity, r.id AS entity_id,
                   r.id AS return_id FROM r
            UNION ALL
            SELECT datetime(r.notice_date || ' 08:00:00', printf('+%d days', 2 + r.n % 3),
                            printf('+%d minutes', r.n % 500)), r.username, r.station,
                   'parcel_received', 'parcel', r.id, r.id FROM r WHERE r.stage >= 30
            UNION ALL
            SELECT datetime(r.notice_date || ' 08:05:00', printf('+%d days', 2 + r.n % 3),
                            printf('+%d minutes', r.n % 500)), r.username, r.station,
                   'item_checked_in', 'return_line', rl.id, r.id
              FROM r JOIN return_lines rl ON rl.return_id = r.id WHERE r.stage >= 30
            UNION ALL
            SELECT substr(i.created_at, 1, 19), r.username, r.station, 'unit_inspected',
                   'inspection', i.id, r.id
              FROM r JOIN return_lines rl ON rl.return_id = r.id
              JOIN inspections i ON i.return_line_id = rl.id
            UNION ALL
            SELECT substr(f.issued_at, 1, 19), r.username, r.station, 'refund_issued',
                   'refund', f.id, r.id
              FROM r JOIN refunds f ON f.return_id = r.id AND f.status = 'issued'
            UNION ALL
            SELECT datetime(r.notice_date || ' 12:00:00', '+20 days'), r.username, r.station,
                   'return_closed', 'return', r.id, r.id FROM r WHERE r.stage >= 85"""
        )
        x(
            f"""INSERT INTO audit_log (id, at, username, station, action, entity, entity_id,
                return_id, details, prev_hash, entry_hash)
            SELECT {base_a} + row_number() OVER (ORDER BY at, return_id, action),
                at || {TS}, username, station, action, entity, entity_id, return_id, '{{}}',
                printf('%064d', 0), printf('%064d', 0)
            FROM a"""
        )
        if trigger:
            x(trigger)
        counts = {
            t: x(f"SELECT count(*) FROM {t}").scalar()
            for t in ("returns", "return_lines", "inspections", "refunds", "audit_log")
        }
    print(f"seeded in {time.perf_counter() - t0:.1f} s: {counts}")
    refresh_statistics(engine)
    print(f"statistics refreshed: {time.perf_counter() - t0:.1f} s")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("path")
    p.add_argument("--every", type=int, default=7)
    p.add_argument("--spread-days", type=int, default=365)
    p.add_argument("--today", type=date.fromisoformat, default=date(2026, 12, 6))
    a = p.parse_args()
    if not Path(a.path).name.startswith("reports-"):
        raise SystemExit("only a copy of your own named reports-*.sqlite3")
    seed(a.path, a.every, a.spread_days, a.today)


if __name__ == "__main__":
    main()
