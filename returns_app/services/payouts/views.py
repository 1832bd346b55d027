"""Read models of payouts: a return's payouts, and the payouts that need someone.

Plain SELECTs into frozen DTOs. What a failed or doubtful payout means, and which other ways
the money may still go, is said here once (``advice``, ``fallbacks``) for every screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from returns_app.domain.payouts import LIVE_STATES, MISMATCH, money_stage
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Customer, Payout, Refund, Return, User
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import clock
from returns_app.services.currency import return_currency
from returns_app.services.payouts.dto import PayoutDTO
from returns_app.services.payouts.said import spoken


def _msg(text: str, **params: object) -> Message:
    return Message("payouts", text, params)


def advice(state: str, status: str | None, method: str, message: Message | str) -> Message | None:
    """What a payout's state means for the clerk, in words they can act on."""
    if status == MISMATCH:
        if state == "paid":
            return _msg(
                QT_TRANSLATE_NOOP(
                    "payouts",
                    "Decided paid, but Paytrail says this refund failed: the customer may not "
                    "have their money. A supervisor checks Paytrail's merchant panel and pays "
                    "it another way if needed.",
                )
            )
        return _msg(
            QT_TRANSLATE_NOOP(
                "payouts",
                "Decided not paid, but Paytrail made (or is still making) this refund: the "
                "money may go twice. It is not paid again; a supervisor checks Paytrail's "
                "merchant panel and asks a second payment back if one was made.",
            )
        )
    if state == "in_doubt":
        return _msg(
            QT_TRANSLATE_NOOP(
                "payouts",
                "No answer from Paytrail: the refund may or may not have been made, so it is "
                "never sent again. Reconcile to ask Paytrail; a supervisor decides with the "
                "facts if that does not settle it.",
            )
        )
    if state == "pending":
        if method == "transfer":
            return _msg(
                QT_TRANSLATE_NOOP(
                    "payouts",
                    "Waits for the day's transfer file and its upload to the bank.",
                )
            )
        if method == "email_refund":
            return _msg(
                QT_TRANSLATE_NOOP(
                    "payouts",
                    "Paytrail e-mailed the customer a link to claim the refund; the money "
                    "moves only when they do. Reconcile later to see whether it was paid.",
                )
            )
        return _msg(
            QT_TRANSLATE_NOOP(
                "payouts",
                "Paytrail took the refund; the bank has not finished it yet. Reconcile later "
                "to see the result.",
            )
        )
    if state != "failed":
        return None
    if method == "transfer" and status == "returned":
        return _msg(
            QT_TRANSLATE_NOOP(
                "payouts",
                "The bank returned this transfer; the customer did not get the money. Check "
                "the account with the customer and pay it again.",
            )
        )
    if method == "transfer" and status == "file-cancelled":
        return _msg(
            QT_TRANSLATE_NOOP(
                "payouts",
                "Its transfer file was cancelled; nothing was paid. It goes into a new file, "
                "or pay it another way.",
            )
        )
    if status == "http-401":
        return _msg(
            QT_TRANSLATE_NOOP(
                "payouts",
                "Paytrail refused our merchant id or secret (HTTP 401); nothing was paid. An "
                "administrator checks them in Settings → Payments.",
            )
        )
    if status == "http-422":
        return _msg(
            QT_TRANSLATE_NOOP(
                "payouts",
                "The customer's payment method has no refunds through Paytrail (HTTP 422); "
                "nothing was paid. Pay it as an e-mail refund or by bank transfer.",
            )
        )
    if status == "not-sent":
        return _msg(
            QT_TRANSLATE_NOOP(
                "payouts",
                "Paytrail could not be reached; nothing was sent. Try again, or pay another way.",
            )
        )
    return _msg(
        QT_TRANSLATE_NOOP(
            "payouts",
            "Paytrail refused the refund ({message}); nothing was paid. Some banks refund "
            "only once per payment or only within 13 weeks (Nordea), some only by e-mail "
            "refund (S-Pankki, Ålandsbanken). Pay it as an e-mail refund or by bank transfer.",
        ),
        message=message or status or "?",
    )


def fallbacks(state: str, status: str | None, method: str) -> tuple[str, ...]:
    """The other ways a failed payout's refund may still be paid."""
    if state != "failed" or status == MISMATCH:
        return ()
    if status in ("http-401", "not-sent"):
        return (method, "transfer") if method != "transfer" else ("transfer",)
    if method == "paytrail":
        return ("email_refund", "transfer")
    return ("transfer",)


def payout_dto(s: Session, p: Payout) -> PayoutDTO:
    """The DTO of one payout row (with its return's code and credit note)."""
    code = s.scalar(select(Return.code).where(Return.id == p.return_id))
    number = s.scalar(select(Refund.credit_note_number).where(Refund.id == p.refund_id))
    user = s.get(User, p.created_by) if p.created_by else None
    return PayoutDTO(
        id=p.id,
        refund_id=p.refund_id,
        return_id=p.return_id,
        return_code=code or "",
        credit_note_number=number,
        method=p.method,
        amount=p.amount,
        state=p.state,
        stamp=p.stamp,
        transaction_id=p.transaction_id,
        provider_refund_id=p.provider_refund_id,
        provider_status=p.provider_status,
        provider_message=p.provider_message or "",
        email=p.email,
        iban=p.iban,
        account_holder=p.account_holder,
        transfer_file_id=p.transfer_file_id,
        created_at=p.created_at,
        sent_at=p.sent_at,
        updated_at=p.updated_at,
        created_by=(user.display_name or user.username) if user else None,
        station=p.station,
        decision=p.decision,
        said=spoken(p.provider_message),
        advice=advice(p.state, p.provider_status, p.method, spoken(p.provider_message) or ""),
        fallbacks=fallbacks(p.state, p.provider_status, p.method),
    )


def payouts_of_return(uow: UnitOfWork, return_id: int) -> tuple[PayoutDTO, ...]:
    """Every payout of a return, oldest first."""
    with uow:
        s = uow.session
        rows = s.scalars(select(Payout).where(Payout.return_id == return_id).order_by(Payout.id))
        return tuple(payout_dto(s, p) for p in rows)


def get_payout(uow: UnitOfWork, payout_id: int) -> PayoutDTO | None:
    """One payout, or ``None``."""
    with uow:
        p = uow.session.get(Payout, payout_id)
        return payout_dto(uow.session, p) if p else None


@dataclass(frozen=True)
class PayoutQueueRow:
    """An issued refund whose money has not gone (or whose payout needs someone)."""

    refund_id: int
    return_id: int
    return_code: str
    customer_name: str
    credit_note_number: str | None
    total: Decimal
    issued_at: datetime | None
    stage: str
    payout: PayoutDTO | None
    currency: str = "EUR"  # the order's: what ``total`` is in (payouts go in euros only)


def payout_queue(uow: UnitOfWork, now: datetime | None = None) -> list[PayoutQueueRow]:
    """Issued refunds not paid yet: in doubt first, then failed, paying and owed.

    An issued refund with no payout is listed however old it is (a forgotten refund is still
    owed); a payout whose decision Paytrail contradicts is listed first.
    """
    with uow:
        s = uow.session
        now = clock.now(uow, now)
        latest = (
            select(Payout.id)
            .where(Payout.refund_id == Refund.id)
            .order_by(
                (func.coalesce(Payout.provider_status, "") == MISMATCH).desc(),
                Payout.state.in_(LIVE_STATES).desc(),
                Payout.id.desc(),
            )
            .limit(1)
            .correlate(Refund)
            .scalar_subquery()
        )
        stmt = (
            select(Refund, Return.code, Customer.name, Payout, return_currency())
            .join(Return, Return.id == Refund.return_id)
            .join(Customer, Customer.id == Return.customer_id)
            .outerjoin(Payout, Payout.id == latest)
            .where(
                Refund.status == "issued",
                Refund.total > 0,
                or_(
                    Payout.state.in_(("sending", "pending", "in_doubt", "failed")),
                    Payout.provider_status == MISMATCH,
                    Payout.id.is_(None),
                ),
            )
        )
        order = {"mismatch": 0, "in_doubt": 1, "failed": 2, "paying": 3, "approved": 4}
        rows = []
        for refund, code, name, payout, currency in s.execute(stmt):
            stage = money_stage("issued", payout.state if payout else None) or "approved"
            if payout is not None and payout.provider_status == MISMATCH:
                stage = "mismatch"
            rows.append(
                PayoutQueueRow(
                    refund_id=refund.id,
                    return_id=refund.return_id,
                    return_code=code,
                    customer_name=name,
                    credit_note_number=refund.credit_note_number,
                    total=refund.total,
                    issued_at=refund.issued_at,
                    stage=stage,
                    payout=payout_dto(s, payout) if payout else None,
                    currency=currency,
                )
            )
        rows.sort(key=lambda r: (order.get(r.stage, 5), r.issued_at or now, r.refund_id))
        return rows


def refund_money_stage(uow: UnitOfWork, refund_id: int) -> str | None:
    """The money stage of one refund (proposed ... paid, in doubt, failed)."""
    with uow:
        s = uow.session
        status = s.scalar(select(Refund.status).where(Refund.id == refund_id))
        state = s.scalar(
            select(Payout.state)
            .where(Payout.refund_id == refund_id)
            .order_by(Payout.state.in_(LIVE_STATES).desc(), Payout.id.desc())
            .limit(1)
        )
        return money_stage(status, state)
