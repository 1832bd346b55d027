"""Settings -> E-mail: the server and switches, the password in the keyring, a test message to
a real SMTP server, the wording with its live preview, and the messages needing a decision."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest
from desk_kit import pinned_clock
from PySide6.QtWidgets import QApplication

from returns_app.services import returns, shop_settings
from returns_app.services.mail import manage
from returns_app.services.mail.sender import send_outbox
from returns_app.services.mail.smtp import password_name
from returns_app.services.returns import LineRequest, RegisterReturn
from returns_app.services.secrets import get_secret
from ui.backoffice.mail_problems import MailProblemsModel, MailProblemsWidget
from ui.backoffice.mail_settings_page import MailSettingsWidget
from ui.backoffice.mail_templates import MailTemplateDialog
from ui.context import AppContext, UserSession
from ui.tasks import ImmediateRunner, TaskRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "mail"))
from mail_kit import BUSINESS_ID, NOTICE, SmtpServer, switch_mail_on  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def admin_context(qapp, backend, actors, ui_settings) -> AppContext:
    return AppContext(
        backend, ui_settings, ImmediateRunner(), UserSession(actors.admin), clock=pinned_clock
    )


@pytest.fixture
def threaded_admin(qapp, backend, actors, ui_settings):
    runner = TaskRunner()
    yield AppContext(backend, ui_settings, runner, UserSession(actors.admin), clock=pinned_clock)
    runner.wait()


@pytest.fixture
def server():
    smtp = SmtpServer()
    smtp.start()
    yield smtp
    smtp.stop()


def test_the_email_settings_are_saved_and_the_password_goes_to_the_keyring(
    qtbot, admin_context, backend
):
    widget = MailSettingsWidget(admin_context)
    qtbot.addWidget(widget)
    widget.host.setText("smtp.kauppa.example")
    widget.port.setValue(465)
    widget.security.setCurrentIndex(widget.security.findData("tls"))
    widget.username.setText("palautukset")
    widget.password.setText("s3cret!")
    widget.kinds["refund_issued"].setChecked(True)
    widget.save.click()
    assert widget.message.text() == "E-mail settings saved."
    saved = shop_settings.load_settings(backend.uow())
    assert (saved.smtp_host, saved.smtp_port, saved.smtp_security) == (
        "smtp.kauppa.example",
        465,
        "tls",
    )
    assert saved.mail_refund_issued and not saved.mail_return_registered
    assert "s3cret!" not in repr(saved)  # never in the shared settings
    assert get_secret(password_name("smtp.kauppa.example", "palautukset")) == "s3cret!"
    assert widget.password.text() == ""
    assert "password store" in widget.password.placeholderText()


def test_a_computer_without_the_smtp_password_is_told_it_sends_no_email(
    qtbot, admin_context, backend, actors
):
    shop_settings.save_settings(
        backend.uow(), actors.admin, smtp_host="smtp.kauppa.example", smtp_username="varasto"
    )
    widget = MailSettingsWidget(admin_context)
    qtbot.addWidget(widget)
    assert widget.password_note.isVisibleTo(widget)
    assert "This computer has no password for varasto: it sends no e-mail" in (
        widget.password_note.text()
    )
    assert "Not on this computer" in widget.password.placeholderText()
    widget.password.setText("s3cret!")
    widget.save.click()
    widget.reload()
    assert not widget.password_note.isVisibleTo(widget)


def test_a_clerk_sees_the_email_settings_but_cannot_change_them(qtbot, app_context):
    widget = MailSettingsWidget(app_context)  # a supervisor
    qtbot.addWidget(widget)
    assert not widget.save.isEnabled() and not widget.host.isEnabled()
    assert not widget.problems.isVisibleTo(widget)


def test_send_a_test_message_reaches_the_server_on_the_real_runner(qtbot, threaded_admin, server):
    widget = MailSettingsWidget(threaded_admin)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.loaded is not None)
    widget.host.setText("127.0.0.1")
    widget.port.setValue(server.port)
    widget.security.setCurrentIndex(widget.security.findData("none"))
    widget.test_to.setText("admin@kauppa.example")
    widget.test.click()
    qtbot.waitUntil(lambda: "went to admin@kauppa.example" in widget.message.text(), timeout=10_000)
    [mail] = server.inbox.messages
    assert mail["To"] == "admin@kauppa.example"
    server.stop()
    widget.test.click()
    qtbot.waitUntil(lambda: "was not sent" in widget.message.text(), timeout=10_000)
    assert widget.test.isEnabled()


def test_the_template_editor_previews_live_refuses_an_unknown_placeholder_and_saves(
    qtbot, admin_context, backend, actors
):
    shop_settings.save_settings(backend.uow(), actors.admin, business_id=BUSINESS_ID)
    dialog = MailTemplateDialog(admin_context)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("return_rejected"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.subject.text() == "Your return {return_code} cannot be accepted"
    assert "Hello Aino Laine" in dialog.preview.toPlainText()
    assert f"Business ID {BUSINESS_ID}" in dialog.preview.toPlainText()
    dialog.body.setPlainText("Dear {customer_name} <friend>, {refund_amount}")
    qtbot.waitUntil(lambda: "{refund_amount} is not a placeholder" in dialog.message.text())
    dialog.body.setPlainText("Dear {customer_name} <friend>,\n\n{reason}")
    qtbot.waitUntil(lambda: "Dear Aino Laine <friend>," in dialog.preview.toPlainText())
    assert "&lt;friend&gt;" in dialog.preview.toHtml()
    dialog.save.click()
    assert dialog.message.text() == "Saved. New e-mails use this wording."
    assert manage.get_template(backend.uow(), "return_rejected", "en").body.startswith("Dear")
    assert dialog.reset.isEnabled()
    dialog.reset.click()
    assert dialog.body.toPlainText().startswith("Hello {customer_name}")
    assert dialog.state.text() == "The shipped wording."


def _doubtful_message(backend, actors, make_order, server):
    switch_mail_on(backend, actors.admin)
    order = make_order()
    cmd = RegisterReturn(
        "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
    )
    returns.register_return(backend.uow(), actors.clerk, cmd)

    class Crash(BaseException):
        pass

    def crash(_msg):
        raise Crash

    with pytest.raises(Crash):
        send_outbox(
            backend.uow(), actors.clerk, worker="a", config=server.config(), after_accept=crash
        )
    from datetime import UTC, datetime

    send_outbox(
        backend.uow(),
        actors.clerk,
        worker="b",
        config=server.config(),
        now=datetime.now(UTC) + timedelta(hours=1),
    )


def test_the_failed_list_resends_marks_sent_and_copies(
    qtbot, qtmodeltester, admin_context, backend, actors, make_order, server
):
    _doubtful_message(backend, actors, make_order, server)
    widget = MailProblemsWidget(admin_context)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 1
    qtmodeltester.check(widget.model)
    assert widget.model.index(0, MailProblemsModel.COL_STATE).data() == "In doubt"
    assert not widget.resend.isEnabled()
    assert widget.model.index(0, MailProblemsModel.COL_RETURN).data().startswith("R000 ")
    widget.table.selectRow(0)
    assert "it may have arrived" in widget.detail.text()
    widget.copy.click()
    assert QApplication.clipboard().text().startswith("To: aino.laine@example.fi\nSubject: ")
    widget.mark_sent.click()
    assert widget.message.text() == "Marked sent."
    assert widget.model.rowCount() == 0 and widget.empty.isVisibleTo(widget)


def test_resend_from_the_list_on_the_real_runner(
    qtbot, threaded_admin, backend, actors, make_order, server
):
    _doubtful_message(backend, actors, make_order, server)
    widget = MailProblemsWidget(threaded_admin)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
    widget.table.selectRow(0)
    widget.resend.click()
    qtbot.waitUntil(lambda: widget.message.text().startswith("Queued again"))
    qtbot.waitUntil(lambda: widget.model.rowCount() == 0)
    assert send_outbox(backend.uow(), actors.clerk, worker="c", config=server.config()).sent == 1
    assert len(server.inbox.messages) == 2  # the admin chose to send it again


def test_after_an_outage_several_failed_emails_are_resent_at_once_on_the_real_runner(
    qtbot, threaded_admin, backend, actors, make_order
):
    from mail_kit import Inbox

    class Refusing(Inbox):
        async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802
            return "553 5.7.1 Sender address rejected: not owned by user"

    switch_mail_on(backend, actors.admin)
    for _ in range(3):
        order = make_order()
        cmd = RegisterReturn(
            "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
        )
        returns.register_return(backend.uow(), actors.clerk, cmd)
    smtp = SmtpServer()
    smtp.inbox = Refusing()
    smtp.start()
    try:
        send_outbox(backend.uow(), actors.clerk, worker="a", config=smtp.config())
    finally:
        smtp.stop()
    widget = MailProblemsWidget(threaded_admin)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.waiting.isVisibleTo(widget))
    assert "3 e-mails wait to be sent" in widget.waiting.text()
    assert "Sender address rejected" in widget.waiting.text()
    # Three days later they are given up, with the reason; the admin resends them all.
    from datetime import UTC, datetime

    send_outbox(
        backend.uow(),
        actors.clerk,
        worker="a",
        config=smtp.config(),
        now=datetime.now(UTC) + timedelta(days=3, minutes=1),
    )
    widget.reload()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    assert "Not sent within 3 days" in widget.model.index(0, MailProblemsModel.COL_REASON).data()
    widget.table.selectAll()
    assert widget.resend.isEnabled() and not widget.mark_sent.isEnabled()
    widget.resend.click()
    qtbot.waitUntil(lambda: widget.message.text().startswith("3 e-mails queued again"))
    qtbot.waitUntil(lambda: widget.model.rowCount() == 0)


def test_the_return_page_timeline_shows_each_email_and_what_became_of_it(
    qtbot, backend, actors, ui_settings, make_order, server
):
    from ui.backoffice.return_page import ReturnPage

    switch_mail_on(backend, actors.admin)
    order = make_order()
    cmd = RegisterReturn(
        "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
    )
    ret = returns.register_return(backend.uow(), actors.clerk, cmd)
    returns.reject_return(backend.uow(), actors.supervisor, ret.id, "Worn")
    send_outbox(backend.uow(), actors.clerk, worker="w", config=server.config(), limit=1)
    runner = TaskRunner()
    ctx = AppContext(backend, ui_settings, runner, UserSession(actors.supervisor), pinned_clock)
    page = ReturnPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_return(ret.id)
    timeline = page.view.timeline
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 4, timeout=10_000)
    mails = sorted(s.split(" ", 2)[2] for s in timeline.sentences() if "e-mailed" in s)
    assert mails == [
        "Esimerkkikauppa Oy e-mailed the customer “return registered” to "
        "aino.laine@example.fi: sent",
        "Esimerkkikauppa Oy e-mailed the customer “return rejected” to "
        "aino.laine@example.fi: waiting to be sent",
    ]
    runner.wait()
