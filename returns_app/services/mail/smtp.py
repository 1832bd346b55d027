"""Talking to the shop's SMTP server (Python's smtplib): settings, TLS, one message at a time.

:class:`SmtpLink` keeps one connection for a run of the sender. It sends a message in the
protocol's own steps (MAIL, RCPT, DATA) so the sender can tell a *clear* answer from an
*unknown* one: a server that refused the message with a code did not take it; a connection
that broke while the message's data was on its way may have taken it (the server may have
stored it and lost the line before it could say "250"). Only the second is "in doubt".
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.services.secrets import get_secret
from returns_app.services.shop_settings import ShopSettings

SECURITIES = ("starttls", "tls", "none")
TIMEOUT_S = 30.0


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to send: host, port, security, user, a CA file to trust, the password."""

    host: str
    port: int = 587
    security: str = "starttls"
    username: str = ""
    password: str = ""
    ca_file: str = ""
    timeout: float = TIMEOUT_S

    @property
    def configured(self) -> bool:
        """Whether there is a server to send to."""
        return bool(self.host.strip())


def password_name(host: str, username: str) -> str:
    """The secret's name in the system keyring: one password per server and user."""
    return f"smtp:{host.strip().lower()}:{username.strip()}"


def config_from(settings: ShopSettings, password: str | None = None) -> SmtpConfig:
    """The SMTP settings of the shop; the password from the keyring unless given."""
    if password is None and settings.smtp_username:
        password = get_secret(password_name(settings.smtp_host, settings.smtp_username))
    return SmtpConfig(
        host=settings.smtp_host.strip(),
        port=settings.smtp_port,
        security=settings.smtp_security if settings.smtp_security in SECURITIES else "starttls",
        username=settings.smtp_username.strip(),
        password=password or "",
        ca_file=settings.smtp_ca_file.strip(),
    )


class Refused(Exception):
    """The server answered with an error code: the message was not taken.

    ``permanent`` for a 5xx answer (retrying the same message will not help).
    """

    def __init__(self, reason: str, permanent: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class Unreachable(Exception):
    """No connection (server down, DNS, TLS handshake, login): nothing was sent."""


class ServerRefused(Unreachable):
    """The server refused something every message shares (the sender address): nothing was sent,
    and no message would be taken now, so the run stops and the messages stay queued."""


class Unknown(Exception):
    """The line broke while the message was being handed over: it may have been taken."""


def envelope_address(address: str) -> str:
    """``address`` as the envelope and the headers carry it: a domain with letters like ä
    (``kylä.fi``) in its IDNA form (``xn--kyl-sla.fi``), which every server takes; the part
    before the @ as it is (letters like ä there need a server that takes SMTPUTF8).

    Raises:
        Refused: (permanent) a domain that IDNA cannot write.
    """
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError as exc:
        reason = Message(
            "services",
            QT_TRANSLATE_NOOP(
                "services",
                "The address {address} cannot be written for mail servers ({detail}): check "
                "its spelling in the customer's details.",
            ),
            {"address": address, "detail": str(exc)},
        )
        raise Refused(reason.render(), True) from exc


def _reason(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {words}".strip()


def tls_context(config: SmtpConfig) -> ssl.SSLContext:
    """A verifying TLS context: the system's CAs, or only the given CA or self-signed cert."""
    if config.ca_file:
        return ssl.create_default_context(cafile=config.ca_file)
    return ssl.create_default_context()


class SmtpLink:
    """One connection to the server, opened on first use and closed with :meth:`close`."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config
        self._smtp: smtplib.SMTP | None = None

    def _open(self) -> smtplib.SMTP:
        c = self.config
        try:
            if c.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    c.host, c.port, timeout=c.timeout, context=tls_context(c)
                )
            else:
                smtp = smtplib.SMTP(c.host, c.port, timeout=c.timeout)
            try:
                smtp.ehlo()
                if c.security == "starttls":
                    smtp.starttls(context=tls_context(c))
                    smtp.ehlo()
                if c.username:
                    smtp.login(c.username, c.password)
            except BaseException:
                smtp.close()
                raise
        except smtplib.SMTPAuthenticationError as exc:
            raise Unreachable(_reason(exc.smtp_code, exc.smtp_error)) from exc
        except smtplib.SMTPResponseException as exc:
            raise Unreachable(_reason(exc.smtp_code, exc.smtp_error)) from exc
        except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
            raise Unreachable(f"{type(exc).__name__}: {exc}") from exc
        return smtp

    def open(self) -> None:
        """Connect and log in now (raises Unreachable), so a run knows before it claims."""
        if self._smtp is None:
            self._smtp = self._open()

    def send(self, message: EmailMessage, recipient: str | None = None) -> None:
        """Hand ``message`` to the server; raises Unreachable, ServerRefused, Refused or Unknown.

        ``recipient`` is the one envelope address (the To header is never split or passed on
        as it is: a header with two addresses would be one bad recipient).
        """
        self.open()
        smtp = self._smtp
        assert smtp is not None
        sender = envelope_address(parseaddr(str(message["From"]))[1])
        recipients = [envelope_address(recipient or parseaddr(str(message["To"]))[1])]
        # An address with letters like ä before the @ goes only to a server that takes
        # SMTPUTF8 (RFC 6531), with the message's headers in UTF-8.
        utf8 = not all(a.isascii() for a in (sender, *recipients))
        if utf8 and not smtp.has_extn("smtputf8"):
            reason = Message(
                "services",
                QT_TRANSLATE_NOOP(
                    "services",
                    "The mail server does not take addresses with letters like ä before the @ "
                    "(SMTPUTF8), so {address} cannot be mailed: ask the customer for another "
                    "address, or use a mail server that takes them.",
                ),
                {"address": ", ".join(a for a in (sender, *recipients) if not a.isascii())},
            )
            raise Refused(reason.render(), True)
        try:
            code, text = smtp.mail(sender, ["SMTPUTF8", "BODY=8BITMIME"] if utf8 else [])
            if code != 250:
                # The sender address is every message's: a refusal is the server's, not the
                # message's (a 5xx "sender address rejected" would fail the whole queue).
                raise ServerRefused(_reason(code, text))
            for rcpt in recipients:
                code, text = smtp.rcpt(rcpt)
                if code not in (250, 251):
                    smtp.rset()
                    raise Refused(_reason(code, text), code >= 500)
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            self.close()
            # Before DATA the server holds nothing of this message.
            raise Unreachable(f"{type(exc).__name__}: {exc}") from exc
        except smtplib.SMTPException as exc:  # e.g. an address the server cannot take (UTF-8)
            raise Refused(
                f"{type(exc).__name__}: {exc}", isinstance(exc, smtplib.SMTPNotSupportedError)
            ) from exc
        try:
            # SMTP wants CRLF line ends; smtplib sends bytes as they are.
            policy = message.policy.clone(linesep="\r\n", utf8=utf8)
            code, text = smtp.data(message.as_bytes(policy=policy))
        except smtplib.SMTPDataError as exc:
            raise Refused(_reason(exc.smtp_code, exc.smtp_error), exc.smtp_code >= 500) from exc
        except (TimeoutError, OSError, smtplib.SMTPServerDisconnected) as exc:
            self.close()
            raise Unknown(f"{type(exc).__name__}: {exc}") from exc
        if code != 250:
            raise Refused(_reason(code, text), code >= 500)

    def close(self) -> None:
        """Say goodbye to the server (quietly: the messages are already handed over)."""
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
