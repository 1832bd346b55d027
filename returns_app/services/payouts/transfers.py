"""Refunds paid by bank transfer: a daily SEPA credit transfer file (ISO 20022 pain.001.001.03).

A transfer payout waits (``pending``) until the day's file takes it; each payout goes into
exactly one file (its ``transfer_file_id`` is set once, under a lock, so two stations making
files at once never put one payment in both). A file can be written again at any time: the
same payments, amounts and message id, from the database. Its payouts are ``paid`` only when
a clerk confirms the upload to the bank.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from returns_app.domain.calendar import HELSINKI
from returns_app.domain.payouts import (
    PayoutError,
    payout_transition,
    returned_transfer,
    valid_iban,
)
from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.persistence.models import Payout, Refund, Return, TransferFile
from returns_app.persistence.uow import UnitOfWork
from returns_app.services import audit, clock
from returns_app.services.acting import authorize
from returns_app.services.errors import Conflict, InvalidInput, NotFound, require
from returns_app.services.payouts.dto import PayoutDTO, TransferFileDTO
from returns_app.services.payouts.paying import _lock_payout, start_payout
from returns_app.services.payouts.views import payout_dto
from returns_app.services.shop_settings import ShopSettings, read_settings
from returns_app.services.text import clean_text

NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"


def _msg(text: str, **params: object) -> Message:
    return Message("payouts", text, params)


def pay_by_transfer(
    uow: UnitOfWork,
    actor: Actor,
    refund_id: int,
    iban: str,
    account_holder: str,
    *,
    now: datetime | None = None,
) -> PayoutDTO:
    """Pay an issued refund by bank transfer to the customer's account (IBAN checked); it
    goes into the next transfer file."""
    require(actor, "pay_out")
    try:
        compact = valid_iban(iban)
    except PayoutError as exc:
        raise InvalidInput(exc.message) from exc
    holder = clean_text(account_holder).strip()
    if not holder:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP("payouts", "Write the account holder's name as the bank has it.")
            )
        )
    payout = start_payout(
        uow,
        actor,
        refund_id,
        method="transfer",
        iban=compact,
        account_holder=holder[:140],
        now=now,
    )
    with uow:  # as it is now (the day's file may have taken it already)
        authorize(uow, actor, "pay_out")
        return payout_dto(uow.session, uow.session.get(Payout, payout.id))


def _waiting(s: Session) -> list[Payout]:
    stmt = (
        select(Payout)
        .where(
            Payout.method == "transfer",
            Payout.state == "pending",
            Payout.transfer_file_id.is_(None),
        )
        .order_by(Payout.id)
    )
    if s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return list(s.scalars(stmt))


def _shop_account(shop: ShopSettings) -> str:
    try:
        return valid_iban(shop.iban)
    except PayoutError as exc:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "payouts",
                    "The shop's own IBAN is missing or wrong ({iban}); an administrator sets "
                    "it in Settings → Shop before transfers can be made.",
                ),
                iban=shop.iban or "—",
            )
        ) from exc


def create_transfer_file(
    uow: UnitOfWork,
    actor: Actor,
    *,
    execution_date: date | None = None,
    now: datetime | None = None,
) -> TransferFileDTO:
    """Put every transfer waiting for a file into a new file (the day's file)."""
    require(actor, "pay_out")
    with uow:
        authorize(uow, actor, "pay_out")
        s = uow.session
        now = clock.now(uow, now)
        shop = read_settings(uow)
        _shop_account(shop)
        payouts = _waiting(s)
        if not payouts:
            raise Conflict(
                _msg(QT_TRANSLATE_NOOP("payouts", "No bank transfers are waiting for a file."))
            )
        day = execution_date or now.astimezone(HELSINKI).date()
        total = sum((p.amount for p in payouts), Decimal("0.00"))
        f = TransferFile(
            message_id=f"RD-{day:%Y%m%d}-{uuid.uuid4().hex[:12].upper()}",
            execution_date=day,
            payments=len(payouts),
            total=total,
            created_at=now.replace(microsecond=0),
            created_by=actor.user_id,
        )
        s.add(f)
        s.flush()
        for p in payouts:
            p.transfer_file_id = f.id
            p.updated_at = now
            p.updated_by = actor.user_id
        audit.record(
            uow,
            actor,
            "transfer_file_created",
            "transfer_file",
            f.id,
            message_id=f.message_id,
            payments=f.payments,
            total=f.total,
            payouts=[p.id for p in payouts],
        )
        for p in payouts:
            audit.record(
                uow,
                actor,
                "payout_in_file",
                "payout",
                p.id,
                return_id=p.return_id,
                file=f.message_id,
                amount=p.amount,
            )
        s.flush()
        dto = _file_dto(s, f, shop)
        uow.commit()
        return dto


def transfer_file(uow: UnitOfWork, actor: Actor, file_id: int) -> TransferFileDTO:
    """Write a transfer file again: the same payments and message id as when it was made."""
    require(actor, "pay_out")
    with uow:
        authorize(uow, actor, "pay_out")
        s = uow.session
        f = s.get(TransferFile, file_id)
        if f is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("payouts", "No such transfer file.")))
        if _is_cancelled(s, f):
            raise _cancelled(f)
        dto = _file_dto(s, f, read_settings(uow))
        audit.record(
            uow, actor, "transfer_file_written", "transfer_file", f.id, message_id=f.message_id
        )
        uow.commit()
        return dto


def confirm_upload(
    uow: UnitOfWork, actor: Actor, file_id: int, *, now: datetime | None = None
) -> TransferFileDTO:
    """The clerk uploaded the file to the bank: its transfers are paid."""
    require(actor, "pay_out")
    with uow:
        authorize(uow, actor, "pay_out")
        s = uow.session
        now = clock.now(uow, now)
        stmt = select(TransferFile).where(TransferFile.id == file_id)
        if s.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        f = s.scalar(stmt)
        if f is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("payouts", "No such transfer file.")))
        if _is_cancelled(s, f):
            raise _cancelled(f)
        if f.uploaded_at is not None:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "The upload of {file} was already confirmed; its transfers are paid.",
                    ),
                    file=f.message_id,
                )
            )
        f.uploaded_at, f.uploaded_by = now, actor.user_id
        audit.record(
            uow, actor, "transfer_file_uploaded", "transfer_file", f.id, message_id=f.message_id
        )
        for p in s.scalars(select(Payout).where(Payout.transfer_file_id == f.id)):
            if p.state != "pending":
                continue  # a supervisor already decided this one
            p.state = payout_transition(p.state, "paid")
            p.updated_at, p.updated_by = now, actor.user_id
            audit.record(
                uow,
                actor,
                "payout_paid",
                "payout",
                p.id,
                return_id=p.return_id,
                method="transfer",
                amount=p.amount,
                file=f.message_id,
            )
        s.flush()
        dto = _file_dto(s, f, read_settings(uow))
        uow.commit()
        return dto


FILE_CANCELLED = "file-cancelled"


def _is_cancelled(s: Session, f: TransferFile) -> bool:
    """A file is cancelled when it was never confirmed and each of its payouts was taken out
    of it (failed, ``file-cancelled``)."""
    if f.uploaded_at is not None:
        return False
    statuses = set(
        s.execute(
            select(Payout.state, Payout.provider_status).where(Payout.transfer_file_id == f.id)
        ).all()
    )
    return statuses == {("failed", FILE_CANCELLED)}


def _cancelled(f: TransferFile) -> Conflict:
    return Conflict(
        _msg(
            QT_TRANSLATE_NOOP(
                "payouts",
                "Transfer file {file} was cancelled; never upload it. Its transfers go into a "
                "new file.",
            ),
            file=f.message_id,
        )
    )


def _why(reason: str) -> str:
    why = clean_text(reason).strip()
    if len(why) < 3:
        raise InvalidInput(
            _msg(
                QT_TRANSLATE_NOOP(
                    "payouts", "Write what the bank said (e.g. the file was refused, or why)."
                )
            )
        )
    return why[:2000]


def cancel_transfer_file(
    uow: UnitOfWork,
    actor: Actor,
    file_id: int,
    reason: str,
    *,
    pay_again: bool = True,
    now: datetime | None = None,
) -> list[PayoutDTO]:
    """A supervisor cancels a file whose upload was never confirmed (the bank refused it):
    its transfers come out of it (failed, nothing paid) and, with ``pay_again``, wait again
    for the next file with the same accounts; that file has a new message id. Returns the new
    payouts. The file must not be uploaded after this."""
    require(actor, "decide_payout")
    why = _why(reason)
    with uow:
        authorize(uow, actor, "decide_payout")
        s = uow.session
        now = clock.now(uow, now)
        stmt = select(TransferFile).where(TransferFile.id == file_id)
        if s.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        f = s.scalar(stmt)
        if f is None:
            raise NotFound(_msg(QT_TRANSLATE_NOOP("payouts", "No such transfer file.")))
        if f.uploaded_at is not None:
            raise Conflict(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "The upload of {file} was confirmed, so it cannot be cancelled. A "
                        "supervisor records each transfer the bank returned on its own.",
                    ),
                    file=f.message_id,
                )
            )
        if _is_cancelled(s, f):
            raise _cancelled(f)
        again: list[Payout] = []
        for p in s.scalars(
            select(Payout).where(Payout.transfer_file_id == f.id).order_by(Payout.id)
        ):
            if p.state != "pending":
                continue
            p.state = payout_transition(p.state, "failed")
            p.provider_status = FILE_CANCELLED
            p.decision = why
            p.updated_at, p.updated_by = now, actor.user_id
            audit.record(
                uow,
                actor,
                "transfer_file_cancelled",
                "payout",
                p.id,
                return_id=p.return_id,
                file=f.message_id,
                amount=p.amount,
                reason=why,
            )
            if pay_again:
                again.append(
                    Payout(
                        refund_id=p.refund_id,
                        return_id=p.return_id,
                        method="transfer",
                        amount=p.amount,
                        state="pending",
                        stamp=str(uuid.uuid4()),
                        provider_message="",
                        iban=p.iban,
                        account_holder=p.account_holder,
                        created_by=actor.user_id,
                        updated_by=actor.user_id,
                        station=actor.station,
                        created_at=now,
                        updated_at=now,
                    )
                )
        s.flush()  # the old ones are failed before the new ones are live (unique index)
        for p in again:
            s.add(p)
            s.flush()
            audit.record(
                uow,
                actor,
                "payout_started",
                "payout",
                p.id,
                return_id=p.return_id,
                method="transfer",
                amount=p.amount,
                stamp=p.stamp,
            )
        audit.record(
            uow,
            actor,
            "transfer_file_cancelled",
            "transfer_file",
            f.id,
            message_id=f.message_id,
            reason=why,
            paid_again=[p.id for p in again],
        )
        s.flush()
        dtos = [payout_dto(s, p) for p in again]
        uow.commit()
        return dtos


def record_bank_return(
    uow: UnitOfWork, actor: Actor, payout_id: int, reason: str, *, now: datetime | None = None
) -> PayoutDTO:
    """A supervisor records that the bank returned a paid transfer (a closed account, a wrong
    name): it becomes failed, with the reason, and the refund may be paid again."""
    require(actor, "decide_payout")
    why = _why(reason)
    with uow:
        authorize(uow, actor, "decide_payout")
        s = uow.session
        now = clock.now(uow, now)
        p = _lock_payout(s, payout_id)
        try:
            returned_transfer(p.state, p.method)
        except PayoutError as exc:
            raise Conflict(exc.message) from exc
        p.state = "failed"
        p.provider_status = "returned"
        p.decision = why
        p.updated_at, p.updated_by = now, actor.user_id
        audit.record(
            uow,
            actor,
            "payout_returned",
            "payout",
            p.id,
            return_id=p.return_id,
            method=p.method,
            amount=p.amount,
            reason=why,
        )
        s.flush()
        dto = payout_dto(s, p)
        uow.commit()
        return dto


def transfer_files(uow: UnitOfWork, limit: int = 50) -> list[TransferFileDTO]:
    """The newest transfer files (without their XML), newest first."""
    with uow:
        s = uow.session
        rows = s.scalars(select(TransferFile).order_by(TransferFile.id.desc()).limit(limit))
        return [_file_dto(s, f, None) for f in rows]


# --- pain.001.001.03 ------------------------------------------------------------------------


def _file_dto(s: Session, f: TransferFile, shop: ShopSettings | None) -> TransferFileDTO:
    xml = b"" if shop is None else pain001(s, f, shop)
    return TransferFileDTO(
        cancelled=_is_cancelled(s, f),
        id=f.id,
        message_id=f.message_id,
        execution_date=f.execution_date,
        payments=f.payments,
        total=f.total,
        created_at=f.created_at,
        uploaded_at=f.uploaded_at,
        name=f"{f.message_id}.xml",
        xml=xml,
    )


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrib: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{NS}}}{tag}", attrib)
    if text is not None:
        el.text = text
    return el


def _path(parent: ET.Element, path: str, text: str) -> ET.Element:
    """``A/B/C`` under ``parent``, the last with ``text``."""
    *heads, last = path.split("/")
    for tag in heads:
        parent = _sub(parent, tag)
    return _sub(parent, last, text)


def _amount(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def pain001(s: Session, f: TransferFile, shop: ShopSettings) -> bytes:
    """The file as ISO 20022 ``pain.001.001.03`` XML (SEPA credit transfers, EUR)."""
    rows = s.execute(
        select(Payout, Refund.credit_note_number, Return.code)
        .join(Refund, Refund.id == Payout.refund_id)
        .join(Return, Return.id == Payout.return_id)
        .where(Payout.transfer_file_id == f.id)
        .order_by(Payout.id)
    ).all()
    count = len(rows)
    total = sum((p.amount for p, _, _ in rows), Decimal("0.00"))
    if count != f.payments or total != f.total:  # a payout moved out of the file: never
        raise Conflict(
            _msg(
                QT_TRANSLATE_NOOP(
                    "payouts",
                    "Transfer file {file} no longer matches its payments ({count} for {total}); "
                    "it is not written.",
                ),
                file=f.message_id,
                count=count,
                total=_amount(total),
            )
        )
    ET.register_namespace("", NS)
    doc = ET.Element(f"{{{NS}}}Document")
    root = _sub(doc, "CstmrCdtTrfInitn")
    hdr = _sub(root, "GrpHdr")
    _sub(hdr, "MsgId", f.message_id)
    created = f.created_at.astimezone(HELSINKI).replace(tzinfo=None, microsecond=0)
    _sub(hdr, "CreDtTm", created.isoformat())
    _sub(hdr, "NbOfTxs", str(count))
    _sub(hdr, "CtrlSum", _amount(total))
    _path(hdr, "InitgPty/Nm", shop.shop_name[:70])
    pmt = _sub(root, "PmtInf")
    _sub(pmt, "PmtInfId", f.message_id)
    _sub(pmt, "PmtMtd", "TRF")
    _sub(pmt, "BtchBookg", "false")
    _sub(pmt, "NbOfTxs", str(count))
    _sub(pmt, "CtrlSum", _amount(total))
    _path(pmt, "PmtTpInf/SvcLvl/Cd", "SEPA")
    _sub(pmt, "ReqdExctnDt", f.execution_date.isoformat())
    debtor = _sub(pmt, "Dbtr")
    _sub(debtor, "Nm", shop.shop_name[:70])
    address = _sub(debtor, "PstlAdr")
    _sub(address, "Ctry", (shop.country or "FI")[:2].upper())
    for line in (shop.street, f"{shop.postal_code} {shop.city}".strip()):
        if line:
            _sub(address, "AdrLine", line[:70])
    _path(pmt, "DbtrAcct/Id/IBAN", _shop_account(shop))
    _path(pmt, "DbtrAgt/FinInstnId/Othr/Id", "NOTPROVIDED")  # IBAN-only SEPA: no BIC needed
    _sub(pmt, "ChrgBr", "SLEV")
    for p, credit_note, code in rows:
        tx = _sub(pmt, "CdtTrfTxInf")
        _path(tx, "PmtId/EndToEndId", p.stamp.replace("-", "")[:35])
        _sub(_sub(tx, "Amt"), "InstdAmt", _amount(p.amount), Ccy="EUR")
        _path(tx, "Cdtr/Nm", (p.account_holder or "")[:70])
        _path(tx, "CdtrAcct/Id/IBAN", p.iban or "")
        _path(
            tx,
            "RmtInf/Ustrd",
            f"Hyvitys / Refund {credit_note or ''} {code} {shop.shop_name}"[:140].strip(),
        )
    return ET.tostring(doc, encoding="UTF-8", xml_declaration=True)
