"""The desk's work off the GUI thread, and how this station reads its scanner.

Functions here run inside ``runner.run_db`` tasks: they call services and return DTOs; they
never touch a widget.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt

from returns_app.domain.users import Actor
from returns_app.i18n import Message, ReturnsError
from returns_app.scanning import Kind, ScanConfig, ScanResult
from returns_app.services import queries, receiving, refunds, shop_settings
from returns_app.services.dto import RefundDTO, ReturnDTO
from returns_app.services.errors import Conflict, SignedOut
from returns_app.services.receiving import ReceiveResult
from returns_app.services.runtime import Backend
from ui.context import AppContext
from ui.scan_input import ScannerTimings

log = logging.getLogger(__name__)

PRODUCT_KINDS = (Kind.GTIN,)
OPEN_MONEY = ("none", "proposed", "not_refundable")


def scanner_timings(ctx: AppContext) -> ScannerTimings:
    """The scanner thresholds from this station's settings."""
    terminators = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
    if ctx.settings.get("scanner/terminator_tab"):
        terminators.add(Qt.Key.Key_Tab)
    return ScannerTimings(
        max_interval_ms=ctx.settings.get("scanner/burst_interval_ms"),
        min_length=ctx.settings.get("scanner/min_length"),
        terminators=frozenset(terminators),
    )


def scan_config(ctx: AppContext) -> ScanConfig:
    """How codes are read at this station (the FNC1 substitute the scanner sends)."""
    return ScanConfig(gs_substitute=ctx.settings.get("scanner/gs_substitute") or None)


def shop_scan_config(backend: Backend, gs_substitute: str | None) -> ScanConfig:
    """How codes are read with the shop's own order-number shape (a database read)."""
    settings = shop_settings.load_settings(backend.uow(readonly=True))
    return shop_settings.scan_config(settings, gs_substitute)


def receive_or_open(
    backend: Backend, actor: Actor, code: str, scan: ScanResult
) -> tuple[ReceiveResult, Message | None]:
    """Receive a parcel; one already received (or a closed return) is opened anyway, with
    the service's words as a warning."""
    try:
        return receiving.receive_parcel(backend.uow(), actor, code, queue_unknown=False), None
    except Conflict as exc:
        ret = return_for(backend, scan)
        if ret is None:
            raise
        return ReceiveResult("return", scan.value, scan.kind, ret=ret), exc.message


def record_mismatches(
    backend: Backend, actor: Actor, ret: ReturnDTO, kind: str, items: list[tuple[int | None, int]]
) -> ReturnDTO:
    """Record one mismatch per (line, quantity); each is its own transaction."""
    latest = ret
    for line_id, quantity in items:
        latest = receiving.record_discrepancy(
            backend.uow(), actor, ret.id, kind, return_line_id=line_id, quantity=quantity
        )
    return latest


def return_for(backend, scan: ScanResult) -> ReturnDTO | None:
    """The return a parcel code names, to open it even when it cannot be received again."""
    uow = backend.uow(readonly=True)
    if scan.valid and scan.kind == Kind.RETURN_CODE:
        return queries.get_return(uow, code=scan.value)
    hits = [h for h in queries.find(uow, scan.value) if h.kind == "return"]
    if len(hits) == 1:
        return queries.get_return(backend.uow(readonly=True), hits[0].id)
    return None


# A return whose goods may still come in: an item scanned before its parcel may be one of them.
EXPECTING_GOODS = ("announced", "received")


def open_returns_holding(backend, code: str) -> tuple[list, ReturnDTO | None]:
    """The returns still expecting the product ``code`` names (announced, or arrived and not
    all graded; newest first), and the return itself when it is the only one: a clerk who
    scans an item before its parcel is asking which return it came back in."""
    hits = [
        h
        for h in queries.find(backend.uow(readonly=True), code)
        if h.kind == "return" and h.state in EXPECTING_GOODS
    ]
    if len(hits) == 1:
        return hits, queries.get_return(backend.uow(readonly=True), hits[0].id)
    return hits, None


def propose_quietly(backend, actor, return_id: int, ret: ReturnDTO) -> RefundDTO | None:
    """Compute the refund as the units are graded (only while the money is still open)."""
    if ret.money_state not in OPEN_MONEY or not any(l.qty_received for l in ret.lines):
        return None
    try:
        return refunds.propose_refund(backend.uow(), actor, return_id)
    except SignedOut:
        raise  # not "no proposal yet": the station must sign in again
    except ReturnsError as exc:
        log.info("no refund proposal yet: %s", exc)
        return None


def with_refund(ret: ReturnDTO, refund: RefundDTO | None) -> ReturnDTO:
    """``ret`` with a fresh proposal as its refund (and the money state that goes with it)."""
    if refund is None:
        return ret
    return replace(ret, refund=refund, money_state="proposed")
