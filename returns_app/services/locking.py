"""The one order in which use cases lock rows, so that two stations never wait for each other.

Every use case that changes a return, its refunds or its money takes its locks through this
module, in this order and never the other way round:

1. **orders** — the orders the return belongs to, by id. The order owns the limits its
   returns share (never more back than was paid, the delivery once, the split of discounts
   to the cent), so whoever proposes, issues or re-imports holds it;
2. **the return** — its state, money state and version;
3. **its refunds** — the one being approved, issued or cancelled (a proposal replaced by a
   newer one is changed under the return's lock);
4. **counters** — the credit-note number of the year (and other ``take_next`` rows), last,
   held for the shortest time.

Rows that only lead to a return (an unidentified parcel being matched, a user's row read to
authorize) may be locked before it; nobody holding a return ever waits for one of them.

PostgreSQL only: ``SELECT ... FOR UPDATE``. SQLite's writing transactions begin with
``BEGIN IMMEDIATE`` and are serial, so nothing is locked row by row there. A deadlock that
still happens (a lock order broken by a future change) is retried by
:func:`returns_app.services.retry.retrying` and never reaches a clerk as a driver error.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Order, OrderLine, Refund, Return, ReturnLine
from returns_app.services.errors import NotFound
from returns_app.services.queries import load_return


def _row_locks(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def lock_orders_of_return(s: Session, return_id: int) -> None:
    """Step 1: lock the orders a return belongs to, by id."""
    if not _row_locks(s):
        return
    ids = sorted(
        set(
            s.scalars(
                select(OrderLine.order_id)
                .join(ReturnLine, ReturnLine.order_line_id == OrderLine.id)
                .where(ReturnLine.return_id == return_id)
            )
        )
    )
    if ids:
        s.execute(select(Order.id).where(Order.id.in_(ids)).order_by(Order.id).with_for_update())


def lock_return(s: Session, return_id: int) -> Return:
    """Steps 1-2: the return's orders, then the return itself (fresh from the database)."""
    lock_orders_of_return(s, return_id)
    return load_return(s, return_id, lock=True)


def lock_refund(s: Session, refund_id: int) -> tuple[Refund, Return]:
    """Steps 1-3: the refund's orders, its return, then the refund (with its rows)."""
    return_id = s.scalar(select(Refund.return_id).where(Refund.id == refund_id))
    if return_id is None:
        raise NotFound(Message("services", QT_TRANSLATE_NOOP("services", "No such refund."), {}))
    ret = lock_return(s, return_id)
    stmt = select(Refund).where(Refund.id == refund_id).options(selectinload(Refund.lines))
    if _row_locks(s):
        stmt = stmt.with_for_update(of=Refund)
    refund = s.scalar(stmt.execution_options(populate_existing=True))
    if refund is None:
        raise NotFound(Message("services", QT_TRANSLATE_NOOP("services", "No such refund."), {}))
    return refund, ret
