"""A return's history in sentences: every audit entry read as who did what, in people's words.

The audit log keeps ids and codes (a return line id, ``BSTOCK``, ``b_stock``); a person reads
names. :func:`timeline` turns each entry of a return into a translatable sentence
("graded 1 x Farkut Slim L as B and moved it to B-stock") whose parameters are already
names: product names, location names, money, credit-note numbers, reasons in quotes. The
names are read in a few batched queries for the whole timeline, never one per entry.

Old entries written before a detail key existed still read as sentences (a refund proposal
without ``follow_up`` is an ordinary proposal); an action this module does not know reads
as "recorded: <the action in words>", never as a dump of its details.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import or_, select

from returns_app.domain.calendar import format_date
from returns_app.domain.money import MoneyParam, money_param
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, MessageList, translate
from returns_app.persistence.models import (
    AuditEntry,
    Deduction,
    Discrepancy,
    Location,
    OrderLine,
    Parcel,
    Product,
    Refund,
    Return,
    ReturnLine,
    User,
)
from returns_app.persistence.uow import UnitOfWork
from returns_app.scanning import format_return_code_for_people

CONTEXT = "timeline"

GOODS, MONEY, DECISION = "goods", "money", "decision"
KINDS = (GOODS, MONEY, DECISION)

# What each action is about, for the timeline's filter. An unknown action is a decision.
ACTION_KINDS: Mapping[str, str] = {
    "return_registered": DECISION,
    "return_closed": DECISION,
    "return_rejected": DECISION,
    "return_reopened": DECISION,
    "note_added": DECISION,
    "exception_overridden": DECISION,
    "late_accepted": DECISION,
    "parcel_received": GOODS,
    "parcel_matched": GOODS,
    "parcel_discarded": GOODS,
    "item_checked_in": GOODS,
    "discrepancy": GOODS,
    "unit_inspected": GOODS,
    "inspection_undone": GOODS,
    "proof_of_dispatch": GOODS,
    "delivery_corrected": DECISION,
    "stock_moved": GOODS,
    "stock_adjusted": GOODS,
    "refund_proposed": MONEY,
    "refund_approved": MONEY,
    "refund_issued": MONEY,
    "refund_cancelled": MONEY,
    "deduction_added": MONEY,
    "deduction_approved": MONEY,
    "deduction_dropped": MONEY,
    "payout_started": MONEY,
    "payout_ok": MONEY,
    "payout_pending": MONEY,
    "payout_failed": MONEY,
    "payout_in_doubt": MONEY,
    "payout_paid": MONEY,
    "payout_checked": MONEY,
    "payout_decided": MONEY,
    "payout_in_file": MONEY,
    "transaction_id_set": MONEY,
    "transaction_id_corrected": MONEY,
    "payout_mismatch": MONEY,
    "transfer_file_cancelled": MONEY,
    "payout_returned": MONEY,
    "payout_late_answer": MONEY,
    "mail_resent": DECISION,
    "mail_marked_sent": DECISION,
    "mail_cancelled": DECISION,
}

# What became of an e-mail to the customer (the outbox row's state), for its timeline entry.
MAIL_STATES = {
    "queued": QT_TRANSLATE_NOOP("timeline", "waiting to be sent"),
    "sending": QT_TRANSLATE_NOOP("timeline", "being sent"),
    "sent": QT_TRANSLATE_NOOP("timeline", "sent"),
    "in_doubt": QT_TRANSLATE_NOOP(
        "timeline", "in doubt: the sender stopped while handing it over; an administrator decides"
    ),
    "failed": QT_TRANSLATE_NOOP("timeline", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("timeline", "cancelled"),
}
MAIL_KIND_NAMES = {
    "return_registered": QT_TRANSLATE_NOOP("timeline", "return registered"),
    "parcel_arrived": QT_TRANSLATE_NOOP("timeline", "parcel arrived"),
    "refund_issued": QT_TRANSLATE_NOOP("timeline", "refund issued"),
    "return_rejected": QT_TRANSLATE_NOOP("timeline", "return rejected"),
    "defect_registered": QT_TRANSLATE_NOOP("timeline", "defect claim registered"),
    "defect_arrived": QT_TRANSLATE_NOOP("timeline", "defect claim: parcel arrived"),
}

RETURN_KINDS = {
    "withdrawal": QT_TRANSLATE_NOOP("timeline", "withdrawal"),
    "defect_claim": QT_TRANSLATE_NOOP("timeline", "defect claim"),
    "goodwill": QT_TRANSLATE_NOOP("timeline", "goodwill return"),
}
MISMATCHES = {
    "wrong_item": QT_TRANSLATE_NOOP("timeline", "wrong item"),
    "missing": QT_TRANSLATE_NOOP("timeline", "units missing"),
    "not_on_return": QT_TRANSLATE_NOOP("timeline", "item not on the return"),
    "empty_box": QT_TRANSLATE_NOOP("timeline", "empty box"),
    "extra": QT_TRANSLATE_NOOP("timeline", "more units than announced"),
}
DISPOSITIONS = {
    "restock": QT_TRANSLATE_NOOP("timeline", "restocked"),
    "b_stock": QT_TRANSLATE_NOOP("timeline", "B-stock"),
    "quarantine": QT_TRANSLATE_NOOP("timeline", "quarantine"),
    "scrap": QT_TRANSLATE_NOOP("timeline", "scrapped"),
    "supplier": QT_TRANSLATE_NOOP("timeline", "back to supplier"),
    "hold": QT_TRANSLATE_NOOP("timeline", "held for the customer"),
}
METHODS = {
    "original": QT_TRANSLATE_NOOP("timeline", "to the original means of payment"),
    "bank_transfer": QT_TRANSLATE_NOOP("timeline", "by bank transfer"),
    "store_credit": QT_TRANSLATE_NOOP("timeline", "as store credit"),
}
# The reasons of stock movements (the ledger's codes), for a move that names one.
MOVEMENT_REASONS = {
    "return_restock": QT_TRANSLATE_NOOP("timeline", "return restocked"),
    "return_b_stock": QT_TRANSLATE_NOOP("timeline", "return to B-stock"),
    "return_quarantine": QT_TRANSLATE_NOOP("timeline", "return to quarantine"),
    "return_scrap": QT_TRANSLATE_NOOP("timeline", "return scrapped"),
    "return_supplier": QT_TRANSLATE_NOOP("timeline", "return to supplier"),
    "return_undo": QT_TRANSLATE_NOOP("timeline", "inspection undone"),
    "adjustment": QT_TRANSLATE_NOOP("timeline", "manual adjustment"),
}


class PlaceName(Message):
    """A location's name as a message parameter: the names the app seeds read in the
    reader's language (the "locations" catalogue); any other name reads as typed, braces and
    all (it is never a format template)."""

    def render(self, lang: str = "en", translator=None) -> str:
        """The name in ``lang`` when the catalogue has it, else as typed."""
        return (
            translator(self.context, self.text)
            if translator
            else translate(self.context, self.text, lang)
        )


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened to a return, as a sentence.

    Attributes:
        at: when (UTC).
        who: the user's display name (their username when they have none).
        station: the station it was done at.
        kind: ``"goods"``, ``"money"`` or ``"decision"`` (see :data:`KINDS`).
        sentence: what was done, without the subject ("graded 1 x Paita M as B and moved
            it to B-stock"); its parameters are names, never ids or codes.
        username, action, entity, entity_id, details: the audit entry as stored (for
            tests and tools; never shown to people).
    """

    id: int
    at: datetime
    username: str
    station: str
    action: str
    entity: str
    entity_id: int | None
    details: Mapping[str, Any] = field(default_factory=dict)
    who: str = ""
    kind: str = DECISION
    sentence: Message = field(default_factory=lambda: Message(CONTEXT, ""))


def _t(text: str, **params: Any) -> Message:
    return Message(CONTEXT, text, params)


def _name(table: Mapping[str, str], code: Any) -> Message | str:
    """The translatable name of ``code``; a code without one (a shop's own) in words."""
    text = table.get(str(code)) if code is not None else None
    return _t(text) if text is not None else humanise(str(code or ""))


def humanise(code: str) -> str:
    """A code as words: ``"return_weighed"`` -> ``"return weighed"``."""
    return " ".join(code.replace("_", " ").split())


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _money(value: Any) -> MoneyParam | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return money_param(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if isinstance(value, str | int | float) else ""


# --- The names the sentences need, read once per timeline --------------------------------


@dataclass
class _Names:
    """Names for the ids and codes of one return's audit entries."""

    return_code: str = ""
    return_kind: str = ""
    line_products: dict[int, str] = field(default_factory=dict)  # return line -> product
    line_announced: dict[int, int] = field(default_factory=dict)
    order_line_products: dict[int, str] = field(default_factory=dict)
    locations: dict[str, str] = field(default_factory=dict)  # code -> name
    skus: dict[str, str] = field(default_factory=dict)  # sku -> product name
    gtins: dict[str, str] = field(default_factory=dict)  # gtin -> product name
    users: dict[str, str] = field(default_factory=dict)  # username -> display name
    user_ids: dict[int, str] = field(default_factory=dict)  # user id -> display name
    refunds: dict[int, Decimal] = field(default_factory=dict)  # refund id -> total
    # deduction id -> (amount, return line), the amount as stored (a Decimal or its text)
    deductions: dict[int, tuple[Any, int | None]] = field(default_factory=dict)
    discrepancies: dict[int, tuple[int, int | None, str]] = field(default_factory=dict)
    parcels: dict[int, str] = field(default_factory=dict)  # parcel id -> scanned code

    def product(self, return_line_id: Any) -> Message | str:
        """The product of a return line, or "an item" when it cannot be told."""
        name = self.line_products.get(_int(return_line_id) or 0)
        return name or _t(QT_TRANSLATE_NOOP("timeline", "an item"))

    def location(self, code: Any) -> Message | str:
        """A location's name (its code only if the location is gone). The names the app
        seeds (Main stock, B-stock, …) read in the reader's language ("locations" catalogue);
        a name the shop typed reads as typed."""
        name = self.locations.get(str(code))
        return PlaceName("locations", name) if name else str(code or "")

    def person(self, username: Any) -> str:
        """Someone's display name."""
        return self.users.get(str(username), str(username or ""))


def _details(e: AuditEntry) -> Mapping[str, Any]:
    return e.details if isinstance(e.details, Mapping) else {}


def _ids(entries: Iterable[AuditEntry], entity: str) -> set[int]:
    return {e.entity_id for e in entries if e.entity == entity and e.entity_id is not None}


def _read_names(s, return_id: int, entries: list[AuditEntry]) -> _Names:
    """Everything the sentences name, in a handful of queries (none for what is not used)."""
    names = _Names()
    ret = s.execute(select(Return.code, Return.kind).where(Return.id == return_id)).first()
    if ret is not None:
        names.return_code, names.return_kind = ret
    for line_id, order_line_id, announced, product in s.execute(
        select(ReturnLine.id, ReturnLine.order_line_id, ReturnLine.qty_announced, OrderLine.name)
        .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
        .where(ReturnLine.return_id == return_id)
    ):
        names.line_products[line_id] = product
        names.line_announced[line_id] = announced
        names.order_line_products[order_line_id] = product
    details = [_details(e) for e in entries]
    wanted_order_lines = {
        ol
        for d in details
        for pair in (d.get("lines") or ())
        if isinstance(pair, list | tuple) and pair and (ol := _int(pair[0])) is not None
    } - set(names.order_line_products)
    if wanted_order_lines:
        names.order_line_products.update(
            s.execute(
                select(OrderLine.id, OrderLine.name).where(OrderLine.id.in_(wanted_order_lines))
            ).all()
        )
    codes = {str(d[k]) for d in details for k in ("location", "from", "to") if d.get(k) is not None}
    if codes:
        names.locations = dict(
            s.execute(select(Location.code, Location.name).where(Location.code.in_(codes))).all()
        )
    skus = {str(d["sku"]) for d in details if d.get("sku")}
    if skus:
        names.skus = dict(
            s.execute(select(Product.sku, Product.name).where(Product.sku.in_(skus))).all()
        )
    user_ids = {e.user_id for e in entries if e.user_id is not None}
    usernames = {str(d["approved_by"]) for d in details if d.get("approved_by")}
    if user_ids or usernames:
        for uid, username, display in s.execute(
            select(User.id, User.username, User.display_name).where(
                or_(User.id.in_(user_ids), User.username.in_(usernames))
            )
        ):
            names.users[username] = display or username
            names.user_ids[uid] = display or username
    refund_ids = _ids(entries, "refund")
    if refund_ids:
        names.refunds = dict(
            s.execute(select(Refund.id, Refund.total).where(Refund.id.in_(refund_ids))).all()
        )
    deduction_ids = _ids(entries, "deduction")
    if deduction_ids:
        for did, amount, line_id in s.execute(
            select(Deduction.id, Deduction.amount, Deduction.return_line_id).where(
                Deduction.id.in_(deduction_ids)
            )
        ):
            names.deductions[did] = (amount, line_id)
    discrepancy_ids = _ids(entries, "discrepancy")
    if discrepancy_ids:
        for did, qty, line_id, code in s.execute(
            select(
                Discrepancy.id,
                Discrepancy.quantity,
                Discrepancy.return_line_id,
                Discrepancy.scanned_code,
            ).where(Discrepancy.id.in_(discrepancy_ids))
        ):
            names.discrepancies[did] = (qty, line_id, code or "")
    gtins = {str(d["code"]) for d in details if d.get("kind") == "not_on_return" and d.get("code")}
    gtins |= {code for _q, _l, code in names.discrepancies.values() if code}
    if gtins:
        names.gtins = dict(
            s.execute(select(OrderLine.gtin, OrderLine.name).where(OrderLine.gtin.in_(gtins))).all()
        )
        names.gtins.update(
            s.execute(select(Product.gtin, Product.name).where(Product.gtin.in_(gtins))).all()
        )
    parcel_ids = _ids(entries, "parcel")
    if parcel_ids:
        names.parcels = dict(
            s.execute(select(Parcel.id, Parcel.scanned_code).where(Parcel.id.in_(parcel_ids))).all()
        )
    return names


# --- Sentences ---------------------------------------------------------------------------

Sentence = Callable[[AuditEntry, Mapping[str, Any], _Names], Message]


def _with_reason(what: Message, reason: Any) -> Message:
    """``what: “reason”`` when a reason was written."""
    text = _text(reason)
    if not text:
        return what
    return _t(QT_TRANSLATE_NOOP("timeline", "{what}: “{reason}”"), what=what, reason=text)


def _items(names: _Names, lines: Any) -> MessageList | None:
    """The units of a registration ("2 x Paita M, 1 x Kirja") from ``[[order line, qty]]``."""
    items = []
    for pair in lines if isinstance(lines, list | tuple) else ():
        if not isinstance(pair, list | tuple) or len(pair) < 2:
            continue
        product = names.order_line_products.get(_int(pair[0]) or 0) or _t(
            QT_TRANSLATE_NOOP("timeline", "an item")
        )
        items.append(
            _t(
                QT_TRANSLATE_NOOP("timeline", "{qty} x {product}"),
                qty=_int(pair[1]),
                product=product,
            )
        )
    return MessageList(tuple(items), ", ") if items else None


def _stored_messages(stored: Any) -> MessageList | None:
    """Messages kept in the log as ``[context, text, params]`` (the rules' reasons)."""
    out = []
    for item in stored if isinstance(stored, list | tuple) else ():
        if (
            isinstance(item, list | tuple)
            and len(item) == 3
            and isinstance(item[0], str)
            and isinstance(item[1], str)
            and isinstance(item[2], Mapping)
        ):
            message = Message(item[0], item[1], dict(item[2]))
            try:
                message.render("en")
            except (KeyError, IndexError, ValueError):
                continue  # a text whose parameters were not all kept: left out, never a crash
            out.append(message)
    return MessageList(tuple(out), " ") if out else None


def _registered(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    code = format_return_code_for_people(_text(d.get("code")) or n.return_code)
    kind = _name(RETURN_KINDS, d.get("kind") or n.return_kind)
    items = _items(n, d.get("lines"))
    if items is None:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "registered the return {code} ({kind})"),
            code=code,
            kind=kind,
        )
    else:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "registered the return {code} ({kind}) for {items}"),
            code=code,
            kind=kind,
            items=items,
        )
    override = _text(d.get("override"))
    if not override:
        return what
    if d.get("approved_by"):
        what = _t(
            QT_TRANSLATE_NOOP(
                "timeline", "{what}, outside the rules, approved by {approver}: “{reason}”"
            ),
            what=what,
            approver=n.person(d["approved_by"]),
            reason=override,
        )
    else:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "{what}, outside the rules: “{reason}”"),
            what=what,
            reason=override,
        )
    why = _stored_messages(d.get("reasons"))  # the rules' own words: why it was outside them
    if why is None:
        return what
    return _t(QT_TRANSLATE_NOOP("timeline", "{what} ({why})"), what=what, why=why)


def _simple(text: str, key: str = "reason") -> Sentence:
    """A sentence of its own, followed by the reason written (when there is one)."""

    def sentence(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
        return _with_reason(_t(text), d.get(key))

    return sentence


def _late_accepted(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    late = d.get("late") if isinstance(d.get("late"), list | tuple) else ("notice",)
    if "notice" in late and "goods" in late:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "accepted the late notice and the goods sent back late")
        )
    elif "goods" in late:
        what = _t(QT_TRANSLATE_NOOP("timeline", "accepted the goods sent back late"))
    else:
        what = _t(QT_TRANSLATE_NOOP("timeline", "accepted the late notice"))
    return _with_reason(what, d.get("reason"))


def _exception_overridden(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    unit = _int(d.get("unit"))
    product = n.product(d.get("line"))
    if unit is None:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "accepted {product} despite the art. 16 exception"),
            product=product,
        )
    else:
        what = _t(
            QT_TRANSLATE_NOOP(
                "timeline", "accepted unit {unit} of {product} despite the art. 16 exception"
            ),
            unit=unit,
            product=product,
        )
    return _with_reason(what, d.get("reason"))


def _parcel_code(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> str:
    """The code scanned on a parcel (this return's code grouped as people read it)."""
    code = _text(d.get("code")) or n.parcels.get(e.entity_id or 0, "")
    return format_return_code_for_people(code) if code and code == n.return_code else code


def _parcel_received(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    code = _parcel_code(e, d, n)
    if not code:
        return _t(QT_TRANSLATE_NOOP("timeline", "received a parcel"))
    return _t(QT_TRANSLATE_NOOP("timeline", "received a parcel, scanned as {code}"), code=code)


def _parcel_matched(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    code = _parcel_code(e, d, n)
    if not code:
        return _t(QT_TRANSLATE_NOOP("timeline", "matched an unidentified parcel to this return"))
    return _t(
        QT_TRANSLATE_NOOP("timeline", "matched the unidentified parcel {code} to this return"),
        code=code,
    )


def _parcel_discarded(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    code = _parcel_code(e, d, n)
    what = (
        _t(QT_TRANSLATE_NOOP("timeline", "discarded the parcel {code}"), code=code)
        if code
        else _t(QT_TRANSLATE_NOOP("timeline", "discarded a parcel"))
    )
    return _with_reason(what, d.get("reason"))


def _checked_in(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    line = e.entity_id if e.entity == "return_line" else _int(d.get("line"))
    qty = _int(d.get("quantity")) or 1
    received = _int(d.get("received"))
    announced = n.line_announced.get(line or 0)
    if received is None or announced is None:
        return _t(
            QT_TRANSLATE_NOOP("timeline", "checked in {qty} x {product}"),
            qty=qty,
            product=n.product(line),
        )
    return _t(
        QT_TRANSLATE_NOOP(
            "timeline", "checked in {qty} x {product} ({received} of {announced} received)"
        ),
        qty=qty,
        product=n.product(line),
        received=received,
        announced=announced,
    )


def _discrepancy(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    stored_qty, stored_line, stored_code = n.discrepancies.get(e.entity_id or 0, (None, None, ""))
    qty = _int(d.get("quantity")) or stored_qty or 1
    line = _int(d.get("line")) or stored_line
    code = _text(d.get("code")) or stored_code
    mismatch = _name(MISMATCHES, d.get("kind"))
    product: Message | str | None = n.line_products.get(line or 0) or n.gtins.get(code)
    if product:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "recorded a mismatch, {mismatch} ({qty} x {product})"),
            mismatch=mismatch,
            qty=qty,
            product=product,
        )
    elif code:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "recorded a mismatch, {mismatch} ({qty} x item {code})"),
            mismatch=mismatch,
            qty=qty,
            code=code.lstrip("0") or code,
        )
    elif qty > 1:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "recorded a mismatch, {mismatch} (quantity {qty})"),
            mismatch=mismatch,
            qty=qty,
        )
    else:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "recorded a mismatch, {mismatch}"), mismatch=mismatch
        )
    return _with_reason(what, d.get("note"))


def _inspected(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    grade = _text(d.get("grade"))
    if not grade:
        raise ValueError("no grade")  # read as an unknown action: never "graded ... as "
    product = n.product(d.get("line"))
    if d.get("location"):
        what = _t(
            QT_TRANSLATE_NOOP(
                "timeline", "graded {qty} x {product} as {grade} and moved it to {location}"
            ),
            qty=1,
            product=product,
            grade=grade,
            location=n.location(d["location"]),
        )
    else:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "graded {qty} x {product} as {grade}"),
            qty=1,
            product=product,
            grade=grade,
        )
    if d.get("exception_applies") is True:
        return _t(
            QT_TRANSLATE_NOOP("timeline", "{what}; the art. 16 exception applies, not refunded"),
            what=what,
        )
    return what


def _inspection_undone(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    return _t(
        QT_TRANSLATE_NOOP(
            "timeline", "undid the grading of unit {unit} of {product} ({grade}, {disposition})"
        ),
        unit=_int(d.get("unit")) or 1,
        product=n.product(d.get("line")),
        grade=_text(d.get("grade")),
        disposition=_name(DISPOSITIONS, d.get("disposition")),
    )


def _delivery_corrected(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    new = _day_text(d.get("new"))
    old = _day_text(d.get("old"))
    proof = _text(d.get("proof"))
    if old and d.get("was_estimated"):
        text = QT_TRANSLATE_NOOP(
            "timeline",
            "set the delivery day of order {order} to {new} (was estimated {old}) from: {proof}",
        )
    elif old:
        text = QT_TRANSLATE_NOOP(
            "timeline", "corrected the delivery day of order {order} from {old} to {new}: {proof}"
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "timeline", "set the delivery day of order {order} to {new} from: {proof}"
        )
    return _t(text, order=_text(d.get("order")), new=new, old=old, proof=proof)


def _day_text(value: Any) -> str:
    try:
        return format_date(date.fromisoformat(str(value))) if value else ""
    except ValueError:
        return ""


def _proof_of_dispatch(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    tracking = _text(d.get("tracking"))
    if not tracking:
        return _t(QT_TRANSLATE_NOOP("timeline", "recorded the customer's proof of dispatch"))
    return _t(
        QT_TRANSLATE_NOOP(
            "timeline", "recorded the customer's proof of dispatch, tracking {tracking}"
        ),
        tracking=tracking,
    )


def _product_of_sku(n: _Names, sku: Any) -> Message | str:
    return n.skus.get(str(sku)) or _text(sku) or _t(QT_TRANSLATE_NOOP("timeline", "an item"))


def _stock_adjusted(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    qty = _int(d.get("quantity")) or 0
    what = _t(
        QT_TRANSLATE_NOOP("timeline", "adjusted the stock of {product} at {location} by {qty}"),
        product=_product_of_sku(n, d.get("sku")),
        location=n.location(d.get("location")),
        qty=f"{qty:+d}".replace("-", "\u2212"),
    )
    return _with_reason(what, d.get("reason"))


def _stock_moved(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    qty = abs(_int(d.get("quantity")) or 0) or 1
    product = _product_of_sku(n, d.get("sku"))
    source = n.location(d.get("from"))
    if d.get("to"):
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "moved {qty} x {product} from {source} to {target}"),
            qty=qty,
            product=product,
            source=source,
            target=n.location(d["to"]),
        )
    else:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "sent {qty} x {product} from {source} to the customer"),
            qty=qty,
            product=product,
            source=source,
        )
    reason = d.get("reason")
    if isinstance(reason, str) and reason in MOVEMENT_REASONS:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "{what} ({reason})"),
            what=what,
            reason=_t(MOVEMENT_REASONS[reason]),
        )
    else:
        what = _with_reason(what, reason)
    note = _text(d.get("note"))
    if note:
        what = _t(QT_TRANSLATE_NOOP("timeline", "{what}; note: “{note}”"), what=what, note=note)
    return what


def _refund_amount(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> MoneyParam | None:
    return _money(d.get("total")) or _money(n.refunds.get(e.entity_id or 0))


def _refund_proposed(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    amount = _refund_amount(e, d, n)
    if d.get("follow_up") is True:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "proposed a follow-up refund of {amount}"), amount=amount
        )
    else:
        what = _t(QT_TRANSLATE_NOOP("timeline", "proposed a refund of {amount}"), amount=amount)
    if amount is None:
        what = _t(QT_TRANSLATE_NOOP("timeline", "proposed a refund"))
    if d.get("needs_supervisor") is True:
        return _t(
            QT_TRANSLATE_NOOP("timeline", "{what}, to be approved by a supervisor"), what=what
        )
    return what


def _refund_approved(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    amount = _refund_amount(e, d, n)
    if amount is None:
        return _t(QT_TRANSLATE_NOOP("timeline", "approved the refund"))
    return _t(QT_TRANSLATE_NOOP("timeline", "approved the refund of {amount}"), amount=amount)


def _refund_issued(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    amount = _refund_amount(e, d, n)
    if amount is None:
        return _t(QT_TRANSLATE_NOOP("timeline", "issued a refund"))
    method = _name(METHODS, d.get("method") or "original")
    number = _text(d.get("credit_note"))
    if number:
        what = _t(
            QT_TRANSLATE_NOOP(
                "timeline", "issued the refund of {amount} {method} with credit note {number}"
            ),
            amount=amount,
            method=method,
            number=number,
        )
    else:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "issued the refund of {amount} {method}"),
            amount=amount,
            method=method,
        )
    reference = _text(d.get("reference"))
    if reference:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "{what}, payment reference {reference}"),
            what=what,
            reference=reference,
        )
    return what


def _refund_cancelled(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    amount = _refund_amount(e, d, n)
    what = (
        _t(QT_TRANSLATE_NOOP("timeline", "cancelled the refund of {amount}"), amount=amount)
        if amount is not None
        else _t(QT_TRANSLATE_NOOP("timeline", "cancelled a refund"))
    )
    return _with_reason(what, d.get("reason"))


def _deduction(n: _Names, e: AuditEntry, d: Mapping[str, Any]) -> tuple[MoneyParam | None, Any]:
    """The amount of a deduction and the product it is on (as far as can be told)."""
    stored_amount, line = n.deductions.get(e.entity_id or 0, (None, None))
    amount = _money(d.get("amount")) or _money(stored_amount)
    return amount, n.line_products.get(line or 0)


def _deduction_added(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    amount, product = _deduction(n, e, d)
    if product:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "added a deduction of {amount} on {product}"),
            amount=amount,
            product=product,
        )
    else:
        what = _t(QT_TRANSLATE_NOOP("timeline", "added a deduction of {amount}"), amount=amount)
    what = _with_reason(what, d.get("justification"))
    if d.get("approved") is False:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "{what}, to be approved by a supervisor"), what=what
        )
    return what


def _deduction_approved(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    amount, product = _deduction(n, e, d)
    if amount is None:
        return _t(QT_TRANSLATE_NOOP("timeline", "approved a deduction"))
    if product:
        return _t(
            QT_TRANSLATE_NOOP("timeline", "approved the deduction of {amount} on {product}"),
            amount=amount,
            product=product,
        )
    return _t(QT_TRANSLATE_NOOP("timeline", "approved the deduction of {amount}"), amount=amount)


def _deduction_dropped(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    amount, _product = _deduction(n, e, d)
    what = (
        _t(QT_TRANSLATE_NOOP("timeline", "dropped the deduction of {amount}"), amount=amount)
        if amount is not None
        else _t(QT_TRANSLATE_NOOP("timeline", "dropped a deduction"))
    )
    return _with_reason(what, d.get("reason"))


PAYOUT_METHODS = {
    "paytrail": QT_TRANSLATE_NOOP("timeline", "through Paytrail"),
    "email_refund": QT_TRANSLATE_NOOP("timeline", "as a Paytrail e-mail refund"),
    "transfer": QT_TRANSLATE_NOOP("timeline", "by bank transfer"),
}


def _payout_words(d: Mapping[str, Any]) -> dict[str, Any]:
    amount = _money(d.get("amount"))
    return {
        "amount": amount if amount is not None else "?",
        "method": _name(PAYOUT_METHODS, d.get("method") or "paytrail"),
    }


def _payout_started(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    if d.get("method") == "transfer":
        return _t(
            QT_TRANSLATE_NOOP("timeline", "chose to pay {amount} {method}"), **_payout_words(d)
        )
    return _t(QT_TRANSLATE_NOOP("timeline", "started paying {amount} {method}"), **_payout_words(d))


def _payout_answer(text: str) -> Sentence:
    def sentence(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
        what = _t(text, **_payout_words(d))
        from returns_app.services.payouts.said import spoken

        words = spoken(_text(d.get("message")))
        if not words or e.action == "payout_paid":
            return what
        return _t(
            QT_TRANSLATE_NOOP("timeline", "{what} (Paytrail: “{words}”)"), what=what, words=words
        )

    return sentence


def _said(value: Any) -> Message | None:
    from returns_app.services.payouts.said import spoken

    return spoken(_text(value))


def _payout_checked(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    return _t(
        QT_TRANSLATE_NOOP("timeline", "asked Paytrail about the payout: {facts}"),
        facts=_said(d.get("facts")) or "—",
    )


def _payout_decided(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    if d.get("outcome") == "paid":
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "decided that the payout of {amount} was paid"),
            **_payout_words(d),
        )
    else:
        what = _t(
            QT_TRANSLATE_NOOP("timeline", "decided that the payout of {amount} was not paid"),
            **_payout_words(d),
        )
    return _with_reason(what, d.get("reason"))


def _payout_in_file(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    return _t(
        QT_TRANSLATE_NOOP("timeline", "put the transfer of {amount} into the bank file {file}"),
        amount=_money(d.get("amount")) or "?",
        file=_text(d.get("file")),
    )


def _payout_late_answer(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    answered = _name(
        {
            "ok": QT_TRANSLATE_NOOP("timeline", "it was paid"),
            "pending": QT_TRANSLATE_NOOP("timeline", "it is waiting for the bank"),
            "failed": QT_TRANSLATE_NOOP("timeline", "it was refused"),
            "in_doubt": QT_TRANSLATE_NOOP("timeline", "no answer that can be believed"),
        },
        d.get("answered"),
    )
    return _t(
        QT_TRANSLATE_NOOP(
            "timeline",
            "got Paytrail's answer about {amount} only after the decision: {answered}; check it",
        ),
        amount=_money(d.get("amount")) or "?",
        answered=answered,
    )


def _transaction_id_set(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    return _t(
        QT_TRANSLATE_NOOP(
            "timeline", "noted the payment's Paytrail transaction id {id} on order {order}"
        ),
        id=_text(d.get("transaction_id")),
        order=_text(d.get("order")),
    )


def _transaction_id_corrected(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    return _t(
        QT_TRANSLATE_NOOP(
            "timeline",
            "corrected the Paytrail transaction id of order {order} from {old} to {id}: {reason}",
        ),
        id=_text(d.get("transaction_id")),
        old=_text(d.get("old")) or "—",
        order=_text(d.get("order")),
        reason=_text(d.get("reason")),
    )


def _payout_mismatch(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    if d.get("decided") == "paid":
        text = QT_TRANSLATE_NOOP(
            "timeline",
            "found that Paytrail failed the refund of {amount} decided paid; a supervisor checks it",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "timeline",
            "found that Paytrail made the refund of {amount} decided not paid; a supervisor "
            "checks it",
        )
    return _t(text, amount=_money(d.get("amount")) or "?")


def _transfer_file_cancelled(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    return _t(
        QT_TRANSLATE_NOOP(
            "timeline", "cancelled transfer file {file} with the transfer of {amount}: {reason}"
        ),
        file=_text(d.get("file")),
        amount=_money(d.get("amount")) or "?",
        reason=_text(d.get("reason")),
    )


def _payout_returned(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    return _t(
        QT_TRANSLATE_NOOP(
            "timeline", "recorded that the bank returned the transfer of {amount}: {reason}"
        ),
        amount=_money(d.get("amount")) or "?",
        reason=_text(d.get("reason")),
    )


def _unknown(e: AuditEntry, d: Mapping[str, Any], n: _Names) -> Message:
    return _t(QT_TRANSLATE_NOOP("timeline", "recorded: {action}"), action=humanise(e.action))


SENTENCES: Mapping[str, Sentence] = {
    "return_registered": _registered,
    "return_closed": _simple(QT_TRANSLATE_NOOP("timeline", "closed the return")),
    "return_rejected": _simple(QT_TRANSLATE_NOOP("timeline", "rejected the return")),
    "return_reopened": _simple(QT_TRANSLATE_NOOP("timeline", "reopened the return")),
    "note_added": _simple(QT_TRANSLATE_NOOP("timeline", "added a note"), key="text"),
    "late_accepted": _late_accepted,
    "exception_overridden": _exception_overridden,
    "parcel_received": _parcel_received,
    "parcel_matched": _parcel_matched,
    "parcel_discarded": _parcel_discarded,
    "item_checked_in": _checked_in,
    "discrepancy": _discrepancy,
    "unit_inspected": _inspected,
    "inspection_undone": _inspection_undone,
    "proof_of_dispatch": _proof_of_dispatch,
    "delivery_corrected": _delivery_corrected,
    "stock_adjusted": _stock_adjusted,
    "stock_moved": _stock_moved,
    "refund_proposed": _refund_proposed,
    "refund_approved": _refund_approved,
    "refund_issued": _refund_issued,
    "refund_cancelled": _refund_cancelled,
    "deduction_added": _deduction_added,
    "deduction_approved": _deduction_approved,
    "deduction_dropped": _deduction_dropped,
    "payout_started": _payout_started,
    "payout_ok": _payout_answer(QT_TRANSLATE_NOOP("timeline", "paid {amount} {method}")),
    "payout_pending": _payout_answer(
        QT_TRANSLATE_NOOP("timeline", "sent {amount} {method}; the bank has not finished it yet")
    ),
    "payout_failed": _payout_answer(
        QT_TRANSLATE_NOOP("timeline", "could not pay {amount} {method}; nothing was paid")
    ),
    "payout_in_doubt": _payout_answer(
        QT_TRANSLATE_NOOP(
            "timeline", "got no answer paying {amount} {method}: the payout is in doubt"
        )
    ),
    "payout_paid": _payout_answer(QT_TRANSLATE_NOOP("timeline", "paid {amount} {method}")),
    "payout_checked": _payout_checked,
    "payout_decided": _payout_decided,
    "payout_in_file": _payout_in_file,
    "transaction_id_set": _transaction_id_set,
    "transaction_id_corrected": _transaction_id_corrected,
    "payout_mismatch": _payout_mismatch,
    "transfer_file_cancelled": _transfer_file_cancelled,
    "payout_returned": _payout_returned,
    "payout_late_answer": _payout_late_answer,
    "mail_resent": lambda e, d, n: _t(
        QT_TRANSLATE_NOOP("timeline", "queued the e-mail \u201c{kind}\u201d to be sent again"),
        kind=_name(MAIL_KIND_NAMES, d.get("kind")),
    ),
    "mail_marked_sent": lambda e, d, n: _t(
        QT_TRANSLATE_NOOP("timeline", "noted that the e-mail \u201c{kind}\u201d did arrive"),
        kind=_name(MAIL_KIND_NAMES, d.get("kind")),
    ),
    "mail_cancelled": lambda e, d, n: _t(
        QT_TRANSLATE_NOOP(
            "timeline",
            "received the parcel before the e-mail \u201c{kind}\u201d went out: it is not sent",
        )
        if d.get("why") == "parcel_arrived"
        else QT_TRANSLATE_NOOP("timeline", "cancelled the e-mail \u201c{kind}\u201d"),
        kind=_name(MAIL_KIND_NAMES, d.get("kind")),
    ),
}


def sentence_of(e: AuditEntry, names: _Names) -> Message:
    """The sentence of one entry; a detail of an unexpected shape never breaks the timeline."""
    details = _details(e)
    try:
        return SENTENCES.get(e.action, _unknown)(e, details, names)
    except (TypeError, ValueError, AttributeError, KeyError):
        return _unknown(e, details, names)


def _utc(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def timeline(uow: UnitOfWork, return_id: int) -> list[TimelineEntry]:
    """Everything the audit log holds about a return, oldest first, each as a sentence."""
    with uow:
        s = uow.session
        entries = list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.return_id == return_id).order_by(AuditEntry.id)
            )
        )
        if not entries:
            return []
        names = _read_names(s, return_id, entries)
        # A deduction approved or dropped after it was added: its amount from the entry
        # that added it (the deduction itself may be gone).
        for e in entries:
            if e.action == "deduction_added" and e.entity_id is not None:
                stored = names.deductions.get(e.entity_id, (None, None))
                if stored[0] is None:
                    names.deductions[e.entity_id] = (_details(e).get("amount"), stored[1])
        audited = [
            TimelineEntry(
                id=e.id,
                at=_utc(e.at),
                username=e.username,
                station=e.station or "",
                action=e.action,
                entity=e.entity,
                entity_id=e.entity_id,
                details=dict(e.details or {}),
                who=names.user_ids.get(e.user_id or 0) or e.username,
                kind=ACTION_KINDS.get(e.action, DECISION),
                sentence=sentence_of(e, names),
            )
            for e in entries
        ]
        return _with_mails(audited, _mail_entries(uow, return_id))


def _mail_entries(uow: UnitOfWork, return_id: int) -> list[TimelineEntry]:
    """One entry per e-mail to the customer about the return, saying what became of it."""
    from returns_app.persistence.models import OutboxMessage
    from returns_app.services.shop_settings import read_settings

    rows = list(
        uow.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.return_id == return_id)
            .order_by(OutboxMessage.id)
        )
    )
    if not rows:
        return []
    shop = read_settings(uow).shop_name
    out = []
    for row in rows:
        state = _name(MAIL_STATES, row.state)
        if row.state == "failed" and row.last_error:
            state = _t(
                QT_TRANSLATE_NOOP("timeline", "failed: {reason}"), reason=row.last_error[:200]
            )
        out.append(
            TimelineEntry(
                id=-row.id,
                at=_utc(row.sent_at or row.created_at),
                username="",
                station="",
                action=f"mail_{row.state}",
                entity="mail",
                entity_id=row.id,
                details={"kind": row.kind, "to": row.to_address, "state": row.state},
                who=shop,
                kind=DECISION,
                sentence=_t(
                    QT_TRANSLATE_NOOP(
                        "timeline", "e-mailed the customer \u201c{kind}\u201d to {to}: {state}"
                    ),
                    kind=_name(MAIL_KIND_NAMES, row.kind),
                    to=row.to_address,
                    state=state,
                ),
            )
        )
    return out


def _with_mails(audited: list[TimelineEntry], mails: list[TimelineEntry]) -> list[TimelineEntry]:
    """The audit entries in their order, each e-mail after the last entry not later than it."""
    out = list(audited)
    for mail in mails:
        at = len(out)
        while at > 0 and out[at - 1].at > mail.at:
            at -= 1
        out.insert(at, mail)
    return out
