"""A batch issue run refund by refund on the database worker, so the queue can show how far
it got ("3 of 7 done") and the GUI never waits.

Each refund is one call of :func:`backoffice.batch_issue` (the supervisor's right is checked
every time; one transaction per refund; a retried call with the batch's key returns what it
issued). Refunds the queue already reads as held are not tried: they are skipped with their
reasons in words, as are those the service refuses, with the service's own words.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QObject, Signal

from returns_app.domain.users import Actor
from returns_app.services import backoffice as bo
from returns_app.services.backoffice import BatchIssueResult, RefundQueueRow
from ui.context import AppContext
from ui.error_text import describe
from ui.translator import render


@dataclass(frozen=True)
class Issued:
    """A refund the batch issued."""

    refund_id: int
    return_code: str
    customer_name: str
    total: Decimal
    credit_note_number: str
    currency: str = "EUR"  # the order's: what ``total`` is in


@dataclass(frozen=True)
class Skipped:
    """A refund the batch did not issue, and why (in the reader's language)."""

    refund_id: int
    return_code: str
    customer_name: str
    reason: str


@dataclass
class BatchOutcome:
    """What a batch did so far; ``error`` is a failure that stopped it (the database)."""

    issued: list[Issued] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    error: BaseException | None = None


class BatchRun(QObject):
    """Issues ``rows`` one after the other as ``approver``.

    Signals:
        progressed(int, int): refunds done (issued or skipped) and how many are tried.
        finished(object): the :class:`BatchOutcome`, once every refund was tried.
    """

    progressed = Signal(int, int)
    finished = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        approver: Actor,
        rows: list[RefundQueueRow],
        *,
        method: str | None,
        now: datetime | None,
        skipped: list[Skipped] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._approver = approver
        self._rows = list(rows)
        self._method = method
        self._now = now
        self._key = f"batch-{uuid.uuid4().hex[:12]}"  # a retried task must not issue twice
        self._next = 0
        self.outcome = BatchOutcome(skipped=list(skipped or []))

    @property
    def total(self) -> int:
        """How many refunds the batch tries."""
        return len(self._rows)

    def start(self) -> None:
        """Issue the first refund (the rest follow as each one is answered)."""
        self.progressed.emit(0, self.total)
        self._step()

    def _step(self) -> None:
        if self._next >= len(self._rows):
            self.finished.emit(self.outcome)
            return
        row = self._rows[self._next]
        backend, approver, method, key, now = (
            self._ctx.backend,
            self._approver,
            self._method,
            self._key,
            self._now,
        )
        self._ctx.runner.run_db(
            lambda: bo.batch_issue(
                backend.uow(), approver, [row.refund_id], method=method, batch_key=key, now=now
            ),
            self._on_issued,
        )

    def _on_issued(self, result: BatchIssueResult | None, error: BaseException | None) -> None:
        row = self._rows[self._next]
        if error is not None or result is None:
            # The database (or the right) failed: what is left is not tried, and says why.
            reason = describe(error or RuntimeError("no result"), self._ctx.backend).text
            for left in self._rows[self._next :]:
                self.outcome.skipped.append(
                    Skipped(left.refund_id, left.return_code, left.customer_name, reason)
                )
            self.outcome.error = error
            self._next = len(self._rows)
            self.progressed.emit(self.total, self.total)
            self.finished.emit(self.outcome)
            return
        for dto in result.issued:
            self.outcome.issued.append(
                Issued(
                    dto.id,
                    dto.return_code,
                    row.customer_name,
                    dto.total,
                    dto.credit_note_number or "",
                    dto.currency,
                )
            )
        for failed in result.failed:
            self.outcome.skipped.append(
                Skipped(
                    failed.refund_id, failed.return_code, row.customer_name, render(failed.message)
                )
            )
        self._next += 1
        self.progressed.emit(self._next, self.total)
        self._step()
