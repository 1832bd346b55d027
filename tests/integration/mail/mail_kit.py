"""A real SMTP server on localhost for the e-mail tests (aiosmtpd), and helpers around it."""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from returns_app.services import shop_settings
from returns_app.services.mail.smtp import SmtpConfig

# The shop's business ID in every mail test, set explicitly (the shop's default may change).
BUSINESS_ID = "1572860-0"
NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Inbox:
    """What the server received: each message parsed, in order of arrival."""

    messages: list[EmailMessage] = field(default_factory=list)
    # each message's envelope: (sender, recipients, SMTPUTF8 asked for, the bytes as sent)
    envelopes: list[tuple[str, list[str], bool, bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address.startswith("nobody@"):
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if address.startswith("busy@"):
            return f"450 4.2.1 <{address}>: Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(parsed)
            self.envelopes.append(
                (
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    bool(envelope.smtp_utf8),
                    bytes(envelope.content),
                )
            )
        return "250 Message accepted for delivery"

    def ids(self) -> list[str]:
        with self.lock:
            return [str(m["Message-ID"]) for m in self.messages]


class SmtpServer:
    """aiosmtpd on 127.0.0.1 (plain, STARTTLS or implicit TLS); start, stop, start again."""

    def __init__(
        self,
        *,
        tls_context: ssl.SSLContext | None = None,
        implicit: bool = False,
        smtputf8: bool = True,
    ):
        self.port = free_port()
        self.inbox = Inbox()
        self.tls_context = tls_context
        self.implicit = implicit
        # whether it takes addresses like mätti@ (RFC 6531; aiosmtpd's default, and Postfix's)
        self.smtputf8 = smtputf8
        self._controller: Controller | None = None

    def start(self) -> None:
        kwargs = {}
        if self.tls_context is not None and self.implicit:
            kwargs["ssl_context"] = self.tls_context
        elif self.tls_context is not None:
            kwargs["tls_context"] = self.tls_context
            kwargs["require_starttls"] = True
        self._controller = Controller(
            self.inbox,
            hostname="127.0.0.1",
            port=self.port,
            server_hostname="localhost",
            enable_SMTPUTF8=self.smtputf8,
            **kwargs,
        )
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def config(self, **overrides) -> SmtpConfig:
        security = "tls" if self.implicit else "starttls" if self.tls_context else "none"
        return SmtpConfig(
            **{"host": "127.0.0.1", "port": self.port, "security": security, "timeout": 10.0}
            | overrides
        )


def switch_mail_on(backend, admin, **more) -> None:
    """Turn every kind of customer e-mail on (they are off until a shop sets them up)."""
    shop_settings.save_settings(
        backend.uow(),
        admin,
        mail_return_registered=True,
        mail_parcel_arrived=True,
        mail_refund_issued=True,
        mail_return_rejected=True,
        mail_from="palautukset@kauppa.example",
        **({"business_id": BUSINESS_ID} | more),
    )


def parts(message: EmailMessage) -> tuple[str, str, list[tuple[str, bytes]]]:
    """The plain text, the HTML and the attachments (name, bytes) of a received message."""
    text = message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    html = message.get_body(preferencelist=("html",)).get_content().replace("\r\n", "\n")
    files = [(p.get_filename(), p.get_payload(decode=True)) for p in message.iter_attachments()]
    return text, html, files
