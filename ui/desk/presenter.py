"""Filling the desk's labels from a return or a scan outcome (words and colours only)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from returns_app.domain.states import GOODS_NAMES, MONEY_NAMES
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.scanning import format_return_code_for_people as for_people
from returns_app.services.dto import ReturnDTO
from returns_app.services.receiving import ReceiveResult
from ui import style
from ui.desk.desk_view import DeskView
from ui.desk.wording import goods_deadline, return_deadlines
from ui.translator import render

KIND_NAMES = {
    "withdrawal": QT_TRANSLATE_NOOP("DeskWidget", "Withdrawal"),
    "defect_claim": QT_TRANSLATE_NOOP("DeskWidget", "Defect claim"),
    "goodwill": QT_TRANSLATE_NOOP("DeskWidget", "Goodwill"),
}
MISMATCH_NAMES = {
    "wrong_item": QT_TRANSLATE_NOOP("DeskWidget", "wrong item"),
    "missing": QT_TRANSLATE_NOOP("DeskWidget", "missing"),
    "not_on_return": QT_TRANSLATE_NOOP("DeskWidget", "not on the return"),
    "empty_box": QT_TRANSLATE_NOOP("DeskWidget", "empty box"),
    "extra": QT_TRANSLATE_NOOP("DeskWidget", "extra"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskWidget", text)


def present_return(v: DeskView, ret: ReturnDTO, today: date) -> None:
    """The return's header: code, kind and states, customer, deadlines, notes, mismatches."""
    v.code.setText(for_people(ret.code))
    style.chip(v.kind, _tr(KIND_NAMES.get(ret.kind, ret.kind)), style.Tone.INFO)
    goods_tone = {"closed": style.Tone.GOOD, "rejected": style.Tone.BAD}.get(
        ret.goods_state, style.Tone.NEUTRAL
    )
    goods = QCoreApplication.translate("states", GOODS_NAMES[ret.goods_state])
    style.chip(v.goods_state, goods, goods_tone)
    money_tone = style.Tone.GOOD if ret.money_state == "refunded" else style.Tone.NEUTRAL
    money = QCoreApplication.translate("states", MONEY_NAMES[ret.money_state])
    style.chip(v.money_state, money, money_tone)
    c = ret.customer
    v.customer.setText(
        QCoreApplication.translate(
            "DeskWidget", "{name} · {contact} · {city} · order {orders}"
        ).format(
            name=c.name,
            contact=c.email or c.phone or "",
            city=c.city,
            orders=", ".join(ret.order_numbers),
        )
    )
    deadlines = return_deadlines(ret, today)
    style.chip(v.deadlines, deadlines.text, deadlines.tone)
    due_back = goods_deadline(ret, today)
    v.goods_deadline.setVisible(due_back is not None)
    v.goods_deadline.setText(due_back.text if due_back else "")
    notes = [render(n) for n in ret.notes]
    if ret.override_reason:
        notes.append(
            QCoreApplication.translate("DeskWidget", "Accepted by override: {reason}").format(
                reason=ret.override_reason
            )
        )
    v.notes.setText(" ".join(notes))
    v.notes.setVisible(bool(notes))
    present_mismatches(v, ret)


def present_mismatches(v: DeskView, ret: ReturnDTO) -> None:
    """The mismatches recorded for the return, in one amber line (hidden when none)."""
    if not ret.discrepancies:
        v.mismatches.hide()
        return
    names = {l.id: l.name for l in ret.lines}
    parts = []
    for d in ret.discrepancies:
        what = _tr(MISMATCH_NAMES.get(d.kind, d.kind))
        subject = names.get(d.return_line_id) or d.scanned_code
        parts.append(f"{d.quantity} × {what}" + (f" ({subject})" if subject else ""))
    style.chip(
        v.mismatches,
        QCoreApplication.translate("DeskWidget", "Mismatches: {list}").format(
            list="; ".join(parts)
        ),
        style.Tone.WARN,
    )
    v.mismatches.show()


def present_offer(v: DeskView, result: ReceiveResult) -> tuple[str, str]:
    """The page for a parcel without a return; returns the banner's title and detail."""
    if result.kind == "order" and result.order is not None:
        order = result.order
        title = QCoreApplication.translate("DeskWidget", "No return for order {number}").format(
            number=order.order_number
        )
        v.offer_title.setText(title)
        v.offer_detail.setText(
            QCoreApplication.translate(
                "DeskWidget",
                "{customer}, {city}. If the customer sent it back without a notice, "
                "register a return now: the parcel counts as received.",
            ).format(customer=order.customer.name, city=order.customer.city)
        )
        detail = QCoreApplication.translate(
            "DeskWidget", "Register a return for it, or set the parcel aside."
        )
    elif result.kind == "not_found":
        title = QCoreApplication.translate("DeskWidget", "Nothing matches {code}").format(
            code=result.scanned
        )
        v.offer_title.setText(title)
        v.offer_detail.setText(
            QCoreApplication.translate(
                "DeskWidget",
                "Check the code and scan again. If you find the order (packing slip, the "
                "customer's name), register a return for it and the parcel counts as "
                "received. If nobody can tell yet, put the parcel in the unidentified queue.",
            )
        )
        detail = QCoreApplication.translate(
            "DeskWidget", "Scan again, register a return, or queue the parcel."
        )
    else:
        title = QCoreApplication.translate("DeskWidget", "Unknown code: parcel queued")
        v.offer_title.setText(
            QCoreApplication.translate("DeskWidget", "Nothing matches {code}").format(
                code=result.scanned
            )
        )
        v.offer_detail.setText(
            QCoreApplication.translate(
                "DeskWidget",
                "The parcel is in the unidentified queue. If you find its order (packing "
                "slip, customer's name), register a return for it and the parcel is "
                "matched to it.",
            )
        )
        detail = result.scanned
    return title, detail
