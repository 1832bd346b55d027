"""What the payout use cases and read models hand out: frozen values, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from returns_app.i18n import Message


@dataclass(frozen=True)
class PayoutDTO:
    """A payout as a screen shows it, with what to do next when it did not go through.

    ``advice`` says what happened in words a clerk can act on; ``fallbacks`` are the other
    ways the refund may still be paid (``email_refund``, ``transfer``).
    """

    id: int
    refund_id: int
    return_id: int
    return_code: str
    credit_note_number: str | None
    method: str
    amount: Decimal
    state: str
    stamp: str
    transaction_id: str | None
    provider_refund_id: str | None
    provider_status: str | None
    provider_message: str
    email: str | None
    iban: str | None
    account_holder: str | None
    transfer_file_id: int | None
    created_at: datetime
    sent_at: datetime | None
    updated_at: datetime
    created_by: str | None
    station: str
    decision: str | None = None
    advice: Message | None = None
    fallbacks: tuple[str, ...] = ()
    # What the provider said, to render in the reader's language (provider_message as kept).
    said: Message | None = None


@dataclass(frozen=True)
class ReconcileReport:
    """What asking Paytrail about unfinished payouts found."""

    checked: int
    paid: int
    failed: int
    still_pending: int
    in_doubt: int
    unreachable: int
    notes: tuple[Message, ...] = ()


@dataclass(frozen=True)
class TransferFileDTO:
    """A SEPA credit transfer file and its content (pain.001.001.03 XML)."""

    id: int
    message_id: str
    execution_date: date
    payments: int
    total: Decimal
    created_at: datetime
    uploaded_at: datetime | None
    name: str
    xml: bytes
    cancelled: bool = False
