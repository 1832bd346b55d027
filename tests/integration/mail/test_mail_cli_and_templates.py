"""``returns-app mail send`` from a scheduler, and the administrators' wording of the e-mails."""

from __future__ import annotations

import io

import pytest
from mail_kit import BUSINESS_ID, NOTICE, SmtpServer, parts, switch_mail_on

from returns_app.cli import main
from returns_app.services import returns, shop_settings, timeline
from returns_app.services.errors import InvalidInput, PermissionDenied
from returns_app.services.mail import manage
from returns_app.services.returns import LineRequest, RegisterReturn


def register(backend, actor, order):
    cmd = RegisterReturn(
        "withdrawal", (LineRequest(order.lines[0].id, 1, "does_not_fit"),), notice_at=NOTICE
    )
    return returns.register_return(backend.uow(), actor, cmd)


def test_mail_send_on_the_command_line_signs_in_and_sends_what_is_due(
    capsys, monkeypatch, db_url, backend, actors, make_order
):
    server = SmtpServer()
    server.start()
    try:
        switch_mail_on(
            backend,
            actors.admin,
            smtp_host="127.0.0.1",
            smtp_port=server.port,
            smtp_security="none",
        )
        register(backend, actors.clerk, make_order())
        monkeypatch.setattr("sys.stdin", io.StringIO("secret-password\n"))
        code = main(["--database", db_url, "--user", "clerk1", "mail", "send"])
        out, err = capsys.readouterr()
        assert code == 0, out + err
        assert "Sent 1, to retry later 0, failed 0, in doubt 0." in out
        assert len(server.inbox.messages) == 1
    finally:
        server.stop()
    register(backend, actors.clerk, make_order())
    monkeypatch.setattr("sys.stdin", io.StringIO("secret-password\n"))
    code = main(["--database", db_url, "--user", "clerk1", "mail", "send"])
    out, _ = capsys.readouterr()
    assert code == 2 and "could not be reached" in out  # the server is down: kept queued


def test_an_admins_wording_is_used_and_an_unknown_placeholder_is_refused(
    backend, actors, make_order
):
    with pytest.raises(InvalidInput, match=r"\{refund_amount\} is not a placeholder"):
        manage.save_template(
            backend.uow(),
            actors.admin,
            "return_registered",
            "fi",
            "Palautus {return_code}",
            "Hei {customer_name}, hyvitys {refund_amount}",
        )
    with pytest.raises(InvalidInput, match="not closed"):
        manage.save_template(
            backend.uow(),
            actors.admin,
            "return_registered",
            "fi",
            "Palautus {return_code",
            "Hei",
        )
    with pytest.raises(PermissionDenied):
        manage.save_template(
            backend.uow(), actors.clerk, "return_registered", "fi", "Palautus", "Hei"
        )
    manage.save_template(
        backend.uow(),
        actors.admin,
        "return_registered",
        "fi",
        "Palautus {return_code} vastaanotettu",
        "Moi {customer_name}!\n\nLähetä tuotteet viimeistään {goods_due}.",
    )
    server = SmtpServer()
    server.start()
    try:
        switch_mail_on(backend, actors.admin)
        ret = register(backend, actors.clerk, make_order())
        from returns_app.services.mail.sender import send_outbox

        send_outbox(backend.uow(), actors.clerk, worker="w", config=server.config())
        [mail] = server.inbox.messages
    finally:
        server.stop()
    text, html, _ = parts(mail)
    assert mail["Subject"].startswith("Palautus R") and mail["Subject"].endswith("vastaanotettu")
    assert text.startswith("Moi Aino Laine!\n\nLähetä tuotteet viimeistään 30.11.2026.")
    assert "Y-tunnus 1572860-0" in text and "Y-tunnus 1572860-0" in html  # always signed
    shipped = manage.reset_template(backend.uow(), actors.admin, "return_registered", "fi")
    assert shipped.shipped and "{goods_due}" in shipped.body
    sentences = [e.sentence.render("en") for e in timeline.timeline(backend.uow(), ret.id)]
    assert any(
        "e-mailed the customer “return registered” to aino.laine@example.fi: sent" in s
        for s in sentences
    )


def test_the_preview_fills_made_up_values_and_escapes_them(backend, actors):
    shop_settings.save_settings(backend.uow(), actors.admin, business_id=BUSINESS_ID)
    shown = manage.preview(
        backend.uow(),
        "return_rejected",
        "en",
        "About {return_code}",
        "Dear {customer_name} <3\n\n{reason}",
    )
    assert shown.subject == "About R000 0012 348"
    assert "Dear Aino Laine <3" in shown.text
    assert "Dear Aino Laine &lt;3" in shown.html and f"Business ID {BUSINESS_ID}" in shown.html


def test_only_an_administrator_keeps_the_smtp_password_and_the_log_never_holds_it(backend, actors):
    from sqlalchemy import select

    from returns_app.persistence.models import AuditEntry
    from returns_app.services.mail.smtp import password_name
    from returns_app.services.secrets import get_secret

    with pytest.raises(PermissionDenied):
        manage.set_smtp_password(backend.uow(), actors.supervisor, "smtp.x.fi", "shop", "pw-1")
    assert get_secret(password_name("smtp.x.fi", "shop")) is None
    manage.set_smtp_password(backend.uow(), actors.admin, "SMTP.x.fi", "shop", "pw-2")
    assert get_secret(password_name("smtp.x.fi", "shop")) == "pw-2"
    with backend.uow(readonly=True) as uow:
        [entry] = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "smtp_password_changed")
        ).all()
        assert entry.user_id == actors.admin.user_id
        assert "pw-2" not in str(entry.details) and "smtp.x.fi" in str(entry.details)
