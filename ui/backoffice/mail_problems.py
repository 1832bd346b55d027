"""The e-mails that need an administrator: failed after the last try, or in doubt after a
sender stopped mid-way. Resend, mark sent, cancel, or copy the text to send it by hand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from returns_app.domain.users import Actor
from returns_app.i18n import QT_TRANSLATE_NOOP
from returns_app.scanning import format_return_code_for_people
from returns_app.services.errors import Conflict
from returns_app.services.mail import manage
from returns_app.services.mail.manage import MailDTO
from ui.backoffice.common import (
    SORT_ROLE,
    MessageLine,
    RowsModel,
    fit_columns,
    moment,
    report_error,
)
from ui.context import AppContext
from ui.style import Tone

STATES = {
    "failed": QT_TRANSLATE_NOOP("MailProblemsModel", "Failed"),
    "in_doubt": QT_TRANSLATE_NOOP("MailProblemsModel", "In doubt"),
}
KINDS = {
    "return_registered": QT_TRANSLATE_NOOP("MailProblemsModel", "Return registered"),
    "parcel_arrived": QT_TRANSLATE_NOOP("MailProblemsModel", "Parcel arrived"),
    "refund_issued": QT_TRANSLATE_NOOP("MailProblemsModel", "Refund issued"),
    "return_rejected": QT_TRANSLATE_NOOP("MailProblemsModel", "Return rejected"),
    "defect_registered": QT_TRANSLATE_NOOP("MailProblemsModel", "Defect claim registered"),
    "defect_arrived": QT_TRANSLATE_NOOP("MailProblemsModel", "Defect claim: parcel arrived"),
}


class MailProblemsModel(RowsModel[MailDTO]):
    """Failed and in-doubt messages."""

    CONTEXT = "MailProblemsModel"
    # The address and the time are in the line under the list: the reason needs the width.
    COL_STATE, COL_KIND, COL_RETURN, COL_REASON = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("MailProblemsModel", "State"),
        QT_TRANSLATE_NOOP("MailProblemsModel", "Message"),
        QT_TRANSLATE_NOOP("MailProblemsModel", "Return"),
        QT_TRANSLATE_NOOP("MailProblemsModel", "Why"),
    )

    def sort_value(self, row: MailDTO, column: int) -> Any:
        return (row.state, row.kind, row.return_code or "", row.last_error)[column]

    def display(self, row: MailDTO, column: int) -> str:
        if column == self.COL_STATE:
            return self._tr(STATES.get(row.state, row.state))
        if column == self.COL_KIND:
            return self._tr(KINDS.get(row.kind, row.kind))
        if column == self.COL_RETURN:
            return format_return_code_for_people(row.return_code) if row.return_code else ""
        if column == self.COL_REASON:
            return self.reason(row)
        return str(self.sort_value(row, column))

    def reason(self, row: MailDTO) -> str:
        """Why the message needs a decision, in words (the server's own for a failure)."""
        if row.state == "in_doubt":
            return self._tr(
                QT_TRANSLATE_NOOP(
                    "MailProblemsModel",
                    "The sender stopped after handing it to the server: it may have arrived. "
                    "Check the server's log.",
                )
            )
        return row.last_error

    def tooltip(self, row: MailDTO, column: int) -> str | None:
        return f"{row.subject}\n{self.reason(row)}"

    def tone(self, row: MailDTO, column: int) -> Tone | None:
        if column != self.COL_STATE:
            return None
        return Tone.BAD if row.state == "failed" else Tone.WARN

    def _tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(self.CONTEXT, text)


class MailProblemsWidget(QGroupBox):
    """The list with its buttons.

    Signals:
        database_problem(str): the database did not answer.
    """

    database_problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("E-mails that need a decision"))
        self._ctx = ctx
        self.model = MailProblemsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several at once: after a server's outage, resend what failed in one go.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        fit_columns(
            self.table,
            {
                MailProblemsModel.COL_STATE: "Epäonnistui",
                MailProblemsModel.COL_KIND: "Paketti saapunut",
                MailProblemsModel.COL_RETURN: "R000 0000 000",
            },
            stretch=MailProblemsModel.COL_REASON,
            widest=220,
        )
        # The reason in full under the list: a server's answer is longer than any column.
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Messages still queued because the server did not take them (down, refusing us).
        self.waiting = QLabel(self)
        self.waiting.setWordWrap(True)
        self.waiting.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.waiting.setVisible(False)
        self.empty = QLabel(self.tr("Every e-mail went out."), self)
        self.empty.setProperty("role", "muted")
        self.resend = QPushButton(self.tr("Resend"), self)
        self.mark_sent = QPushButton(self.tr("Mark sent"), self)
        self.cancel = QPushButton(self.tr("Do not send"), self)
        self.copy = QPushButton(self.tr("Copy text"), self)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.message = MessageLine(self)
        # Two rows of buttons: in Finnish one row would not fit beside the settings at 1366 px.
        buttons = QGridLayout()
        buttons.addWidget(self.resend, 0, 0)
        buttons.addWidget(self.mark_sent, 0, 1)
        buttons.addWidget(self.cancel, 1, 0)
        buttons.addWidget(self.copy, 1, 1)
        top = QHBoxLayout()
        top.addWidget(self.empty)
        top.addStretch(1)
        top.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.waiting)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.resend.clicked.connect(self._on_resend_clicked)
        self.mark_sent.clicked.connect(self._on_mark_sent_clicked)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.copy.clicked.connect(self._on_copy_clicked)
        self.reload_button.clicked.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.session.changed.connect(self._on_session_changed)
        self._on_session_changed(ctx.session.actor)

    def _on_session_changed(self, actor: Actor | None) -> None:
        self.setVisible(actor is not None and actor.may("manage_mail"))
        self.reload()
        self._update_buttons()

    def reload(self) -> None:
        """Read the list again."""
        actor = self._ctx.session.actor
        if actor is None or not actor.may("manage_mail"):
            return
        backend = self._ctx.backend

        def read() -> tuple[list[MailDTO], manage.WaitingMail]:
            return (
                manage.messages_needing_a_decision(backend.uow(readonly=True)),
                manage.waiting_mail(backend.uow(readonly=True)),
            )

        self._ctx.runner.run_db(read, self._on_loaded)

    def _on_loaded(self, result, error: BaseException | None) -> None:
        if error is not None or result is None:
            report_error(self._ctx, self.message, self.database_problem, error or RuntimeError())
            return
        rows, waiting = result
        self.waiting.setText(
            self.tr("{n} e-mails wait to be sent. The server did not take them: {reason}").format(
                n=waiting.count, reason=waiting.reason
            )
            if waiting.count and waiting.reason
            else ""
        )
        self.waiting.setVisible(bool(waiting.count and waiting.reason))
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._update_buttons()

    def selected_all(self) -> list[MailDTO]:
        """Every message selected, in the list's order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.model.row(self.proxy.mapToSource(i).row()) for i in rows]

    def selected(self) -> MailDTO | None:
        """The message selected when exactly one is."""
        rows = self.selected_all()
        return rows[0] if len(rows) == 1 else None

    def _update_buttons(self, *_: object) -> None:
        row = self.selected()
        picked = row is not None
        self.resend.setEnabled(bool(self.selected_all()))
        self.detail.setText(
            self.tr("{subject} to {address}, last tried {when}\n{reason}").format(
                subject=row.subject,
                address=row.to_address,
                when=moment(row.claimed_at or row.created_at),
                reason=self.model.reason(row),
            )
            if row
            else ""
        )
        self.detail.setVisible(picked)
        for b in (self.mark_sent, self.cancel, self.copy):
            b.setEnabled(picked)

    def _decide(self, fn, done_text: str) -> None:
        row = self.selected()
        if row is None:
            return
        backend, actor = self._ctx.backend, self._ctx.actor
        now = self._ctx.recorded_now()

        def finished(result: None, error: BaseException | None) -> None:
            del result
            if error is not None:
                report_error(self._ctx, self.message, self.database_problem, error)
            else:
                self.message.say(done_text, Tone.GOOD)
            self.reload()

        if fn is manage.cancel:
            self._ctx.runner.run_db(lambda: fn(backend.uow(), actor, row.id), finished)
        else:
            self._ctx.runner.run_db(lambda: fn(backend.uow(), actor, row.id, now=now), finished)

    def _on_resend_clicked(self) -> None:
        rows = self.selected_all()
        if len(rows) == 1:
            self._decide(manage.resend, self.tr("Queued again; it goes out with the next run."))
            return
        if not rows:
            return
        backend, actor = self._ctx.backend, self._ctx.actor
        now = self._ctx.recorded_now()
        ids = [r.id for r in rows]

        def resend_all() -> int:
            done = 0
            for message_id in ids:
                try:
                    manage.resend(backend.uow(), actor, message_id, now=now)
                except Conflict:  # someone else decided it meanwhile: leave it to them
                    continue
                done += 1
            return done

        def finished(done: int | None, error: BaseException | None) -> None:
            if error is not None or done is None:
                report_error(
                    self._ctx, self.message, self.database_problem, error or RuntimeError()
                )
            else:
                self.message.say(
                    self.tr("{n} e-mails queued again; they go out with the next run.").format(
                        n=done
                    ),
                    Tone.GOOD,
                )
            self.reload()

        self._ctx.runner.run_db(resend_all, finished)

    def _on_mark_sent_clicked(self) -> None:
        self._decide(manage.mark_sent, self.tr("Marked sent."))

    def _on_cancel_clicked(self) -> None:
        self._decide(manage.cancel, self.tr("It will not be sent."))

    def _on_copy_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        QApplication.clipboard().setText(
            f"To: {row.to_address}\nSubject: {row.subject}\n\n{row.text}"
        )
        self.message.say(self.tr("The message is on the clipboard."), Tone.INFO)
