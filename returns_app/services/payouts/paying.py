"""Pay an issued refund out through Paytrail, exactly once, and settle what is unfinished.

**Persist before you pay.** The payout row is written as ``sending``, with its refund stamp,
and committed before the request leaves. The answer moves it to ``ok``, ``pending`` or
``failed`` with Paytrail's words; no answer (a timeout, a broken connection, an answer not
signed by Paytrail) leaves it ``in_doubt``, and a station that died while sending leaves it
``sending``, which :func:`reconcile_payouts` turns into ``in_doubt`` once no answer can still
come. Nothing here ever sends a second request for a payout that may have gone through: a
refund has at most one payout that may move money (a partial unique index in the database),
and only a failed one (nothing paid) lets another be made.

A desktop behind NAT cannot receive Paytrail's callbacks, so a pending refund is settled by
asking Paytrail (``GET /payments/{id}`` of the refund's transaction), from the app or
``returns-app payments reconcile``. A payout in doubt has no refund transaction id to ask
about; the reconcile notes what Paytrail says of the payment itself and a supervisor decides
(:func:`decide_payout`) with the facts shown.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from returns_app.domain.payouts import (
    LIVE_STATES,
    MISMATCH,
    cents,
    contradicts,
    email_refund_answer,
    method_name,
    payout_transition,
    refund_answer,
    state_name,
    status_answer,
)
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Order, OrderLine, Payout, Return, ReturnLine, User
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit, clock
from returns_app.services.acting import authorize
from returns_app.services.errors import Conflict, InvalidInput, NotFound, require
from returns_app.services.locking import lock_refund
from returns_app.services.payouts.dto import PayoutDTO, ReconcileReport
from returns_app.services.payouts.paytrail import MAX_TIMEOUT, NoAnswer, NotSent, Paytrail, Reply
from returns_app.services.payouts.said import stored
from returns_app.services.payouts.views import payout_dto
from returns_app.services.text import clean_text
from returns_app.services.versions import who_did

# A payout still ``sending`` this long after it was written can no longer get its answer:
# no request waits longer than Paytrail's longest allowed time limit (one deadline for the
# whole exchange), so its station gave up or died. A margin covers writing the row.
STALE_SENDING = timedelta(seconds=MAX_TIMEOUT) + timedelta(seconds=30)

Checkpoint = Callable[[str], None]
log = logging.getLogger(__name__)


def _msg(text: str, **params: object) -> Message:
    return Message("payouts", text, params)


def _no_checkpoint(_: str) -> None:
    return None


def _transaction_id(s: Session, ret: Return) -> str | None:
    """The payment's transaction id of the return's order (one payment only)."""
    ids = set(
        s.scalars(
            select(Order.payment_transaction_id)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .join(ReturnLine, ReturnLine.order_line_id == OrderLine.id)
            .where(ReturnLine.return_id == ret.id)
        )
    )
    known = {i for i in ids if i}
    if len(ids) > 1 or len(known) > 1:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "payouts",
                    "This return's goods were paid in several payments; Paytrail refunds one "
                    "payment at a time. Pay it by bank transfer.",
                )
            )
        )
    return next(iter(known), None)


def valid_transaction_id(typed: str) -> str:
    """A Paytrail transaction id as typed, or raise: one word of printable ASCII (a dash
    copied from a document may be an en dash, which Paytrail never uses and HTTP cannot
    carry in a header)."""
    value = clean_text(typed or "").strip()
    if not value or len(value) > 100 or not all(33 <= ord(c) < 127 for c in value):
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "payouts",
                    "A Paytrail transaction id is one word of at most 100 characters: letters, "
                    "digits and plain hyphens (-), as on the shop's order page. Type it again "
                    "rather than copying it from a document, which may turn a hyphen into a "
                    "dash (–).",
                )
            )
        )
    return value


def _keep_transaction_id(uow: UnitOfWork, actor: Actor, ret: Return, typed: str) -> None:
    """Keep the payment's transaction id typed in on the return's orders that have none."""
    s = uow.session
    value = valid_transaction_id(typed)
    orders = s.scalars(
        select(Order)
        .join(OrderLine, OrderLine.order_id == Order.id)
        .join(ReturnLine, ReturnLine.order_line_id == OrderLine.id)
        .where(ReturnLine.return_id == ret.id)
        .distinct()
    )
    for order in orders:
        if order.payment_transaction_id in (None, ""):
            order.payment_transaction_id = value
            audit.record(
                uow,
                actor,
                "transaction_id_set",
                "order",
                order.id,
                return_id=ret.id,
                order=order.order_number,
                transaction_id=value,
            )
        elif order.payment_transaction_id != value:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "Order {number} already has the transaction id {known}; it is kept.",
                    ),
                    number=order.order_number,
                    known=order.payment_transaction_id,
                )
            )


def correct_transaction_id(
    uow: UnitOfWork, actor: Actor, order_number: str, transaction_id: str, reason: str
) -> str:
    """A supervisor corrects an order's Paytrail transaction id (typed wrong, or imported from
    another payment method); audited with the old id and why. Refused while a Paytrail payout
    of the order is unfinished. Returns the id kept."""
    require(actor, "decide_payout")
    value = valid_transaction_id(transaction_id)
    why = clean_text(reason).strip()
    if len(why) < 3:
        raise InvalidInput(
            _msg(QT_TRANSLATE_NOOP("payouts", "Write why the transaction id is corrected."))
        )
    with uow:
        authorize(uow, actor, "decide_payout")
        s = uow.session
        order = s.scalar(select(Order).where(Order.order_number == order_number.strip()))
        if order is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("payouts", "No such order.")))
        returns_of_order = (
            select(ReturnLine.return_id)
            .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
            .where(OrderLine.order_id == order.id)
        )
        busy = s.scalar(
            select(Payout.id).where(
                Payout.return_id.in_(returns_of_order),
                Payout.method.in_(("paytrail", "email_refund")),
                Payout.state.in_(("sending", "pending", "in_doubt")),
            )
        )
        if busy is not None:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "A Paytrail payout of this order is not finished; its transaction id "
                        "is corrected once the payout is settled (reconciled or decided).",
                    )
                )
            )
        old = order.payment_transaction_id
        if old == value:
            return value
        order.payment_transaction_id = value
        audit.record(
            uow,
            actor,
            "transaction_id_corrected",
            "order",
            order.id,
            return_id=s.scalar(returns_of_order.limit(1)),
            order=order.order_number,
            old=old or "",
            transaction_id=value,
            reason=why[:500],
        )
        uow.commit()
        return value


def _live_payout(s: Session, refund_id: int) -> Payout | None:
    """A payout of the refund that may have moved money: a live one, or one decided "not
    paid" that Paytrail says it made (a mismatch a supervisor must settle first)."""
    return s.scalar(
        select(Payout)
        .where(
            Payout.refund_id == refund_id,
            or_(
                Payout.state.in_(LIVE_STATES),
                and_(Payout.state == "failed", Payout.provider_status == MISMATCH),
            ),
        )
        .order_by(Payout.id)
        .limit(1)
    )


def already_paying(s: Session, payout: Payout) -> Conflict:
    """The refund has a payout that may have moved money: who made it, when, and its state."""
    done = who_did(s, audit_entity_is(payout)) or {"who": "?", "station": "—", "when": "?"}
    return Conflict(
        _msg(
            QT_TRANSLATE_NOOP(
                "payouts",
                "This refund is already being paid: {who} ({station}) started a {method} of "
                "{amount} at {when}; it is {state}. It is never sent twice.",
            ),
            method=method_name(payout.method),
            amount=str(payout.amount),
            state=state_name(payout.state),
            **done,
        )
    )


def audit_entity_is(payout: Payout):
    """The audit condition "the entry is about ``payout``"."""
    from returns_app.persistence.models import AuditEntry

    return (AuditEntry.entity == "payout") & (AuditEntry.entity_id == payout.id)


def start_payout(
    uow: UnitOfWork,
    actor: Actor,
    refund_id: int,
    *,
    method: str,
    email: str | None = None,
    iban: str | None = None,
    account_holder: str | None = None,
    transaction_id: str | None = None,
    now: datetime | None = None,
) -> PayoutDTO:
    """Write the payout of an issued refund and commit it (``sending``, or ``pending`` for a
    bank transfer, which waits for its file). Refused while another payout of the refund may
    have moved money. ``transaction_id`` (typed in or scanned from the shop's order page) is
    kept on an order that has none."""
    require(actor, "pay_out")
    with uow:
        authorize(uow, actor, "pay_out")
        now = clock.now(uow, now)
        s = uow.session
        refund, ret = lock_refund(s, refund_id)
        if refund.status != "issued":
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "Only an issued refund (with its credit note) is paid out; issue it first.",
                    )
                )
            )
        if refund.total <= 0:
            raise Conflict(
                _msg(QT_TRANSLATE_NOOP("payouts", "This refund is 0.00: nothing to pay."))
            )
        currencies = set(
            s.scalars(
                select(Order.currency)
                .join(OrderLine, OrderLine.order_id == Order.id)
                .join(ReturnLine, ReturnLine.order_line_id == OrderLine.id)
                .where(ReturnLine.return_id == ret.id)
            )
        )
        if currencies - {"EUR"}:
            # Paytrail takes euros only and our SEPA files are in euros: never pay a sum in
            # another currency as if it were euros.
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "This order was paid in {currency}; payouts here are in euros only. "
                        "Pay this refund by hand (in the shop's payment service or your "
                        "bank) and record it there.",
                    ),
                    currency=", ".join(sorted(currencies - {"EUR"})),
                )
            )
        live = _live_payout(s, refund.id)
        if live is not None:
            raise already_paying(s, live)
        payout = Payout(
            refund_id=refund.id,
            return_id=ret.id,
            method=method,
            amount=refund.total,
            state="pending" if method == "transfer" else "sending",
            stamp=str(uuid.uuid4()),
            provider_message="",
            created_by=actor.user_id,
            updated_by=actor.user_id,
            station=actor.station,
            created_at=now,
            updated_at=now,
        )
        if method == "transfer":
            payout.iban, payout.account_holder = iban, account_holder
        else:
            if transaction_id:
                _keep_transaction_id(uow, actor, ret, transaction_id)
            payout.transaction_id = _transaction_id(s, ret)
            if not payout.transaction_id:
                raise InvalidInput(
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "payouts",
                            "The order has no Paytrail transaction id. Type it in on the "
                            "return's page (from the shop's order page) or pay by bank "
                            "transfer.",
                        )
                    )
                )
            payout.email = email if method == "email_refund" else (ret.customer.email or None)
            payout.sent_at = now
        s.add(payout)
        try:
            s.flush()
        except IntegrityError as exc:  # the unique index: a payout written a moment before
            raise Conflict(
                _msg(QT_TRANSLATE_NOOP("payouts", "Another station is paying this refund. Reload."))
            ) from exc
        audit.record(
            uow,
            actor,
            "payout_started",
            "payout",
            payout.id,
            return_id=ret.id,
            method=method,
            amount=payout.amount,
            stamp=payout.stamp,
            credit_note=refund.credit_note_number,
        )
        s.flush()
        dto = payout_dto(s, payout)
        uow.commit()
        return dto


def pay_refund(
    uow: UnitOfWork,
    actor: Actor,
    refund_id: int,
    client: Paytrail,
    *,
    method: str = "paytrail",
    email: str | None = None,
    transaction_id: str | None = None,
    now: datetime | None = None,
    checkpoint: Checkpoint = _no_checkpoint,
) -> PayoutDTO:
    """Refund an issued refund's total to the customer through Paytrail, exactly once.

    ``method`` is ``paytrail`` (the payment's own refund, with the customer's e-mail so that
    Paytrail can fall back to an e-mail refund) or ``email_refund`` (to ``email``, when the
    first try said the bank has no refund API). ``checkpoint`` is called at each step (the
    crash tests stop a process there).
    """
    if method not in ("paytrail", "email_refund"):
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("payouts", "Unknown payout method.")))
    if method == "email_refund":
        email = clean_text(email or "").strip()
        if "@" not in email or len(email) > 200:
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts", "Write the customer's e-mail address for the e-mail refund."
                    )
                )
            )
    checkpoint("start")
    payout = start_payout(
        uow, actor, refund_id, method=method, email=email, transaction_id=transaction_id, now=now
    )
    checkpoint("committed")
    with uow:
        authorize(uow, actor, "pay_out")  # still signed in: the row is there, now it goes
        reference = _reference(uow.session, payout)
    try:
        reply = client.refund(
            payout.transaction_id or "",
            amount_cents=cents(payout.amount),
            stamp=payout.stamp,
            reference=reference,
            email=payout.email,
        )
    except NotSent as exc:
        checkpoint("answered")
        return _settle(uow, actor, payout.id, "failed", "not-sent", exc.message, None, None)
    except NoAnswer as exc:
        checkpoint("answered")
        return _settle(uow, actor, payout.id, "in_doubt", "no-answer", exc.message, None, None)
    checkpoint("answered")
    answer = refund_answer(reply.status, str(reply.body.get("status", "")), reply.message)
    status = str(reply.body.get("status", "")) if reply.status == 201 else f"http-{reply.status}"
    refund_tx = str(reply.body.get("transactionId") or "") if reply.status == 201 else None
    state = email_refund_answer(payout.method, answer.state)
    return _settle(
        uow,
        actor,
        payout.id,
        state,
        status,
        answer.message,
        refund_tx or None,
        reply,
    )


def _reference(s: Session, payout: Payout) -> str:
    from returns_app.persistence.models import Refund

    number = s.scalar(select(Refund.credit_note_number).where(Refund.id == payout.refund_id))
    return number or f"R{payout.refund_id}"


def _lock_payout(s: Session, payout_id: int) -> Payout:
    """Lock a payout after its return and refund, in :mod:`~returns_app.services.locking`'s
    order (orders -> return -> refund -> payout). Taking the payout alone is not enough: a
    second change of the row in one transaction makes PostgreSQL check its foreign keys
    again (``FOR KEY SHARE`` on the return and the refund), which would take those locks in
    the opposite order to a station paying the same refund: a deadlock."""
    refund_id = s.scalar(select(Payout.refund_id).where(Payout.id == payout_id))
    if refund_id is None:
        raise NotFound(_msg(QT_TRANSLATE_NOOP("payouts", "No such payout.")))
    lock_refund(s, refund_id)
    stmt = select(Payout).where(Payout.id == payout_id).execution_options(populate_existing=True)
    if s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    payout = s.scalar(stmt)
    if payout is None:
        raise NotFound(_msg(QT_TRANSLATE_NOOP("payouts", "No such payout.")))
    return payout


def _settle(
    uow: UnitOfWork,
    actor: Actor,
    payout_id: int,
    state: str,
    status: str,
    message: Message | str,
    refund_tx: str | None,
    reply: Reply | None,
) -> PayoutDTO:
    """Write what the request came to (its own transaction, after the answer)."""
    with uow:
        authorize(uow, actor, "pay_out")
        s = uow.session
        payout = _lock_payout(s, payout_id)
        before = payout.state
        if before in ("failed", "paid") and before != state:
            # A supervisor decided it while the answer was still on its way: the decision
            # stands, and the answer is recorded for them to see (a refund decided "not
            # paid" that Paytrail says it made must not be paid again unnoticed).
            payout.provider_message = stored(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts", "Late answer after the decision: {status} {words}"
                    ),
                    status=status,
                    words=message,
                )
            )
            payout.provider_refund_id = refund_tx or payout.provider_refund_id
            if contradicts(before, state):
                payout.provider_status = MISMATCH
            payout.updated_at = clock.now(uow)
            audit.record(
                uow,
                actor,
                "payout_late_answer",
                "payout",
                payout.id,
                return_id=payout.return_id,
                amount=payout.amount,
                method=payout.method,
                decided=before,
                answered=state,
                message=stored(message),
            )
            s.flush()
            dto = payout_dto(s, payout)
            uow.commit()
            return dto
        if before != state:
            payout.state = payout_transition(before, state)
        payout.provider_status = status[:40]
        payout.provider_message = stored(message)
        payout.provider_refund_id = refund_tx or payout.provider_refund_id
        if reply is not None:
            payout.provider_name = str(reply.body.get("provider") or "")[:40] or None
        payout.updated_at = clock.now(uow)
        payout.updated_by = actor.user_id
        audit.record(
            uow,
            actor,
            f"payout_{payout.state}",
            "payout",
            payout.id,
            return_id=payout.return_id,
            method=payout.method,
            amount=payout.amount,
            status=payout.provider_status,
            message=payout.provider_message,
            request_id=reply.request_id if reply else "",
        )
        s.flush()
        dto = payout_dto(s, payout)
        uow.commit()
        return dto


# --- Settling what is unfinished ------------------------------------------------------------


def reconcile_payouts(
    uow: UnitOfWork,
    actor: Actor,
    client: Paytrail,
    *,
    now: datetime | None = None,
    stale_after: timedelta = STALE_SENDING,
) -> ReconcileReport:
    """Ask Paytrail about every pending payout and note what it says of those in doubt.

    A payout left ``sending`` longer than ``stale_after`` (its station died or gave up) is in
    doubt first. Never sends a refund: only ``GET /payments/{id}``.
    """
    require(actor, "pay_out")
    with uow:
        authorize(uow, actor, "pay_out")
        now = clock.now(uow, now)
        s = uow.session
        stale = list(
            s.scalars(
                select(Payout).where(
                    Payout.state == "sending", Payout.created_at < now - stale_after
                )
            )
        )
        for payout in stale:
            payout = _lock_payout(s, payout.id)
            if payout.state != "sending":
                continue
            payout.state = payout_transition("sending", "in_doubt")
            payout.provider_status = "no-answer"
            payout.provider_message = stored(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts", "No answer was recorded: the station stopped while sending."
                    )
                )
            )
            payout.updated_at = now
            audit.record(
                uow,
                actor,
                "payout_in_doubt",
                "payout",
                payout.id,
                return_id=payout.return_id,
                method=payout.method,
                amount=payout.amount,
                status="no-answer",
                message=payout.provider_message,
            )
        todo = [
            (p.id, p.state, p.provider_refund_id, p.transaction_id)
            for p in s.scalars(
                select(Payout)
                .where(
                    Payout.method.in_(("paytrail", "email_refund")),
                    or_(
                        Payout.state.in_(("pending", "in_doubt")),
                        # Decided by a supervisor while Paytrail had taken the refund: keep
                        # asking, so that a contradiction shows in the queue.
                        and_(
                            Payout.state.in_(("failed", "paid")),
                            Payout.decision.is_not(None),
                            Payout.provider_refund_id.is_not(None),
                        ),
                    ),
                )
                .order_by(Payout.id)
            )
        ]
        uow.commit()
    counts = dict(paid=0, failed=0, still_pending=0, in_doubt=0, unreachable=0)
    notes: list[Message] = []
    for payout_id, state, refund_tx, payment_tx in todo:
        asked = refund_tx or payment_tx
        try:
            reply = client.payment(asked or "")
            if state in ("failed", "paid"):
                outcome = _recheck_decided(uow, actor, payout_id, state, reply)
            else:
                outcome = _reconciled(uow, actor, payout_id, state, bool(refund_tx), reply)
        except (NotSent, NoAnswer) as exc:
            counts["unreachable"] += 1
            notes.append(exc.message)
            continue
        except Exception:  # noqa: BLE001 - one bad payout never stops the others
            log.exception("reconciling payout %s failed", payout_id)
            counts["unreachable"] += 1
            notes.append(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "Payout {id} could not be checked (an error, written to the log); the "
                        "others were. Check its transaction id.",
                    ),
                    id=payout_id,
                )
            )
            continue
        if outcome is not None:
            counts[outcome] += 1
    return ReconcileReport(checked=len(todo), notes=tuple(notes), **counts)


def _recheck_decided(
    uow: UnitOfWork, actor: Actor, payout_id: int, decided: str, reply: Reply
) -> str | None:
    """Compare what Paytrail now says of a decided payout's refund with the decision; flag a
    contradiction (``mismatch``) for a supervisor, or clear it once Paytrail agrees."""
    with uow:
        authorize(uow, actor, "pay_out")
        s = uow.session
        payout = _lock_payout(s, payout_id)
        if payout.state != decided or reply.status != 200:
            return None
        status = str(reply.body.get("status", ""))
        said = status_answer(status)
        flag = MISMATCH if contradicts(decided, said) else (status[:40] or None)
        if said is None or flag == payout.provider_status:
            return None
        payout.provider_status = flag
        payout.provider_message = _facts(reply)[:2000]
        payout.updated_at = clock.now(uow)
        audit.record(
            uow,
            actor,
            "payout_mismatch" if flag == MISMATCH else "payout_checked",
            "payout",
            payout.id,
            return_id=payout.return_id,
            state=payout.state,
            decided=decided,
            paytrail=said,
            amount=payout.amount,
            facts=payout.provider_message,
        )
        uow.commit()
        return None


def _reconciled(
    uow: UnitOfWork, actor: Actor, payout_id: int, state: str, about_refund: bool, reply: Reply
) -> str:
    """Write what Paytrail said of one payout; the outcome counted in the report."""
    with uow:
        authorize(uow, actor, "pay_out")
        s = uow.session
        payout = _lock_payout(s, payout_id)
        if payout.state != state:
            return "in_doubt" if payout.state == "in_doubt" else "still_pending"
        status = str(reply.body.get("status", ""))
        target = status_answer(status) if about_refund and reply.status == 200 else None
        facts = _facts(reply)
        if target is None or target == payout.state:
            # In doubt without a refund transaction to ask about: only the facts of the
            # payment itself, for the supervisor who decides (written when they change, so
            # a scheduled reconcile does not fill the log with the same facts).
            outcome = "in_doubt" if payout.state == "in_doubt" else "still_pending"
            if payout.provider_message == facts[:2000]:
                return outcome
            payout.provider_message = facts[:2000]
            payout.updated_at = clock.now(uow)
            audit.record(
                uow,
                actor,
                "payout_checked",
                "payout",
                payout.id,
                return_id=payout.return_id,
                state=payout.state,
                facts=facts,
            )
            uow.commit()
            return outcome
        payout.state = payout_transition(payout.state, target)
        payout.provider_status = status[:40]
        payout.provider_message = facts[:2000]
        payout.updated_at = clock.now(uow)
        payout.updated_by = actor.user_id
        audit.record(
            uow,
            actor,
            f"payout_{payout.state}",
            "payout",
            payout.id,
            return_id=payout.return_id,
            method=payout.method,
            amount=payout.amount,
            status=status,
            message=facts,
            reconciled=True,
        )
        uow.commit()
        return {"ok": "paid", "failed": "failed"}.get(payout.state, "still_pending")


def _facts(reply: Reply) -> str:
    """What Paytrail said, as one line for the people who decide."""
    if reply.status != 200:
        return stored(
            _msg(
                QT_TRANSLATE_NOOP("payouts", "HTTP {status}: {words}"),
                status=reply.status,
                words=reply.message,
            )
        )
    keys = ("status", "amount", "currency", "provider", "stamp", "reference", "paidAt", "createdAt")
    return ", ".join(f"{k}={reply.body[k]}" for k in keys if reply.body.get(k) not in (None, ""))


def decide_payout(
    uow: UnitOfWork,
    actor: Actor,
    payout_id: int,
    outcome: str,
    reason: str,
    *,
    now: datetime | None = None,
) -> PayoutDTO:
    """A supervisor decides a payout in doubt (or one that stays pending): ``paid`` (the
    money went, e.g. seen in Paytrail's merchant panel) or ``failed`` (it did not: the refund
    may then be paid another way). The reason is kept in the timeline."""
    require(actor, "decide_payout")
    if outcome not in ("paid", "failed"):
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("payouts", "Decide paid or not paid.")))
    why = clean_text(reason).strip()
    if len(why) < 3:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "payouts",
                    "Write what you checked (e.g. the refund found in Paytrail's merchant "
                    "panel, or the customer's bank statement).",
                )
            )
        )
    with uow:
        authorize(uow, actor, "decide_payout")
        s = uow.session
        payout = _lock_payout(s, payout_id)
        if payout.state not in ("in_doubt", "pending", "sending"):
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts", "This payout is {state}; there is nothing to decide."
                    ),
                    state=state_name(payout.state),
                )
            )
        now = clock.now(uow, now)
        if payout.transfer_file_id is not None:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "This transfer is in a bank file; it is paid when the file's upload "
                        "is confirmed. If the bank refused the file, a supervisor cancels the "
                        "file (Payouts → Cancel file…) and its transfers go into a new one.",
                    )
                )
            )
        if payout.state == "sending" and payout.created_at >= now - STALE_SENDING:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "This payout is being sent right now; wait for its answer.",
                    )
                )
            )
        if outcome == "failed" and payout.provider_refund_id:
            # Paytrail accepted this refund (it gave it a transaction of its own): it may
            # still pay it, so only Paytrail's own "failed" (a reconcile) makes it not paid.
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "Paytrail accepted this refund (its refund transaction {refund}), so "
                        "it may still be paid: it cannot be decided not paid. Reconcile to ask "
                        "Paytrail; only its answer that the refund failed frees it to be paid "
                        "another way.",
                    ),
                    refund=payout.provider_refund_id,
                )
            )
        if payout.state == "sending":
            payout.state = payout_transition("sending", "in_doubt")
        payout.state = payout_transition(payout.state, outcome)
        payout.decision = why[:2000]
        payout.updated_at = now
        payout.updated_by = actor.user_id
        audit.record(
            uow,
            actor,
            "payout_decided",
            "payout",
            payout.id,
            return_id=payout.return_id,
            outcome=outcome,
            amount=payout.amount,
            method=payout.method,
            reason=payout.decision,
        )
        s.flush()
        dto = payout_dto(s, payout)
        uow.commit()
        return dto


def payer_name(s: Session, user_id: int | None) -> str | None:
    """The display name of who made a payout."""
    if user_id is None:
        return None
    user = s.get(User, user_id)
    return (user.display_name or user.username) if user else None


def set_paytrail_credentials(uow: UnitOfWork, actor: Actor, account: str, secret: str) -> None:
    """An administrator keeps Paytrail's merchant id and secret in this computer's keyring
    (an empty secret keeps the one already there). The audit log says who changed them,
    never the secret."""
    from returns_app.services.payouts.paytrail import SECRET_SECRET, save_credentials
    from returns_app.services.secrets import get_secret

    require(actor, "manage_settings")
    account = clean_text(account).strip()
    if not account.isdigit():
        raise InvalidInput(
            _msg(QT_TRANSLATE_NOOP("payouts", "Paytrail's merchant id is a number, e.g. 375917."))
        )
    with uow:
        authorize(uow, actor, "manage_settings")
        save_credentials(account, secret.strip() or get_secret(SECRET_SECRET) or "")
        audit.record(
            uow, actor, "payment_settings_changed", "settings", None, paytrail_account=account
        )
        uow.commit()
