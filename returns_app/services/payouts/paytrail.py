"""A small client for Paytrail's Payment API: refund a payment, read a payment's state.

As documented in Paytrail's public ``api-documentation`` (docs/README.md, "Authentication",
"Refund", "Get"): every request carries ``checkout-account``, ``checkout-algorithm``,
``checkout-method``, ``checkout-nonce``, ``checkout-timestamp`` (and
``checkout-transaction-id`` when it names a payment) and a ``signature`` header: the HMAC
(SHA-256 here) of those headers, lower case, sorted, each ``key:value`` on its own line,
followed by the body exactly as sent (or an empty string). Every answer is signed the same
way over its own ``checkout-*`` headers and body; an answer whose signature does not match
is not believed.

What a caller needs to know is in the exceptions: :class:`NotSent` (the request certainly
did not reach Paytrail: nothing can have been paid) and :class:`NoAnswer` (it may have: a
timeout, a broken connection, an answer not signed by Paytrail). Plain ``urllib``: one
request at a time, no connection pool to keep.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import threading
import urllib.error
import urllib.request
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from http.client import HTTPException
from typing import Any

from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.services import secrets

DEFAULT_URL = "https://services.paytrail.com"
DEFAULT_TIMEOUT = 20.0
# No request waits longer than this, whatever is configured: a payout ``sending`` for longer
# (plus a margin) cannot still get its answer (see ``paying.STALE_SENDING``).
MAX_TIMEOUT = 90.0
PLATFORM = "returns-desk"
ACCOUNT_SECRET = "paytrail:account"
SECRET_SECRET = "paytrail:secret"  # the name of the secret in the keyring: the merchant secret


def _msg(text: str, **params: object) -> Message:
    return Message("payouts", text, params)


class PaytrailNotSet(ReturnsError):
    """No merchant id or secret is kept for Paytrail on this computer."""


class NotSent(ReturnsError):
    """The request never reached Paytrail (no connection): nothing was done there."""


class NoAnswer(ReturnsError):
    """The request may have reached Paytrail but no answer that can be believed came back."""


@dataclass(frozen=True)
class PaytrailConfig:
    """Where and as whom to talk to Paytrail."""

    account: str
    secret: str
    base_url: str = DEFAULT_URL
    timeout: float = DEFAULT_TIMEOUT
    callback_url: str = "https://localhost/returns-desk/refund"


def load_config(callback_url: str | None = None) -> PaytrailConfig:
    """The merchant id and secret from the environment (a server, a scheduled job:
    ``RETURNS_PAYTRAIL_ACCOUNT``, ``RETURNS_PAYTRAIL_SECRET``) or else the system keyring;
    ``RETURNS_PAYTRAIL_URL`` and ``RETURNS_PAYTRAIL_TIMEOUT`` override the address and the
    seconds to wait."""
    account = os.environ.get("RETURNS_PAYTRAIL_ACCOUNT") or secrets.get_secret(ACCOUNT_SECRET)
    secret = os.environ.get("RETURNS_PAYTRAIL_SECRET") or secrets.get_secret(SECRET_SECRET)
    if not account or not secret:
        raise PaytrailNotSet(
            _msg(
                QT_TRANSLATE_NOOP(
                    "payouts",
                    "Paytrail's merchant id and secret are not set on this computer. An "
                    "administrator sets them in Settings → Payments.",
                )
            )
        )
    timeout = min(float(os.environ.get("RETURNS_PAYTRAIL_TIMEOUT") or DEFAULT_TIMEOUT), MAX_TIMEOUT)
    return PaytrailConfig(
        account=account,
        secret=secret,
        base_url=os.environ.get("RETURNS_PAYTRAIL_URL") or DEFAULT_URL,
        timeout=timeout,
        callback_url=callback_url or PaytrailConfig.callback_url,
    )


def save_credentials(account: str, secret: str) -> None:
    """Keep the merchant id and secret in the system keyring (empty: forget them)."""
    secrets.set_secret(ACCOUNT_SECRET, account.strip())
    secrets.set_secret(SECRET_SECRET, secret.strip())


def sign(secret: str, headers: Mapping[str, str], body: str) -> str:
    """The documented HMAC: ``checkout-*`` headers sorted, ``key:value`` lines, then the body."""
    checkout = sorted(
        (k.lower(), v) for k, v in headers.items() if k.lower().startswith("checkout-")
    )
    payload = "\n".join([*(f"{k}:{v}" for k, v in checkout), body])
    algorithm = dict(checkout).get("checkout-algorithm", "sha256")
    digest = hashlib.sha512 if algorithm == "sha512" else hashlib.sha256
    return hmac.new(secret.encode(), payload.encode(), digest).hexdigest()


def signature_ok(secret: str, headers: Mapping[str, str], body: str) -> bool:
    """Tell whether an answer's ``signature`` header is Paytrail's over its headers and body."""
    given = next((v for k, v in headers.items() if k.lower() == "signature"), "")
    return bool(given) and hmac.compare_digest(given.lower(), sign(secret, headers, body))


@dataclass(frozen=True)
class Reply:
    """A signed answer: its HTTP status, body (JSON), and Paytrail's request id."""

    status: int
    body: dict[str, Any]
    request_id: str

    @property
    def message(self) -> str:
        """Paytrail's own words (``message``, else ``status``) for the people reading it."""
        return str(self.body.get("message") or self.body.get("status") or "")


class Paytrail:
    """Signed requests to Paytrail with one overall time limit per request."""

    def __init__(self, config: PaytrailConfig) -> None:
        self.config = config
        self.deadline = max(0.1, min(config.timeout, MAX_TIMEOUT))

    def _exchange(self, req: urllib.request.Request) -> tuple[int, dict[str, str], bytes]:
        """Send and read the whole answer within :attr:`deadline` seconds in all.

        ``urlopen``'s timeout bounds each socket read, so an answer that trickles in could
        take far longer; the exchange runs in a thread of its own and is given up (no
        answer) when the deadline passes."""
        box: dict[str, object] = {}

        def run() -> None:
            try:
                box["result"] = self._urlopen(req)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller below
                box["error"] = exc

        worker = threading.Thread(target=run, name="paytrail-request", daemon=True)
        worker.start()
        worker.join(self.deadline)
        if worker.is_alive():
            raise self._no_answer(f"no answer within {self.deadline:g} s")
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        return box["result"]  # type: ignore[return-value]

    def _urlopen(self, req: urllib.request.Request) -> tuple[int, dict[str, str], bytes]:
        try:
            with urllib.request.urlopen(req, timeout=self.deadline) as resp:  # noqa: S310
                return resp.status, dict(resp.headers.items()), resp.read()
        except urllib.error.HTTPError as exc:
            try:
                raw = exc.read()
            except (OSError, HTTPException) as read_error:
                raise self._no_answer(str(read_error)) from read_error
            finally:
                exc.close()
            return exc.code, dict(exc.headers.items()), raw

    def _headers(self, method: str, transaction_id: str | None) -> dict[str, str]:
        headers = {
            "checkout-account": self.config.account,
            "checkout-algorithm": "sha256",
            "checkout-method": method,
            "checkout-nonce": uuid.uuid4().hex,
            "checkout-timestamp": datetime.now(UTC).isoformat(timespec="milliseconds"),
        }
        if transaction_id:
            headers["checkout-transaction-id"] = transaction_id
        return headers

    def request(
        self, method: str, path: str, body: dict | None, transaction_id: str | None
    ) -> Reply:
        """Send one signed request; raise :class:`NotSent` or :class:`NoAnswer` if it failed."""
        text = json.dumps(body, separators=(",", ":")) if body is not None else ""
        headers = self._headers(method, transaction_id)
        headers["signature"] = sign(self.config.secret, headers, text)
        headers["platform-name"] = PLATFORM
        if body is not None:
            headers["content-type"] = "application/json; charset=utf-8"
        try:
            for value in headers.values():
                value.encode("ascii")
        except UnicodeEncodeError as exc:
            # HTTP headers carry ASCII only (a transaction id typed with an en dash): the
            # request cannot leave, so nothing can have been paid.
            raise NotSent(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "The transaction id {id} has a character Paytrail's ids never have "
                        "({char}); nothing was sent. A supervisor corrects the order's "
                        "transaction id.",
                    ),
                    id=transaction_id or "",
                    char=exc.object[exc.start : exc.end],
                )
            ) from exc
        req = urllib.request.Request(
            self.config.base_url.rstrip("/") + path,
            data=text.encode() if body is not None else None,
            headers=headers,
            method=method,
        )
        try:
            status, got, raw = self._exchange(req)
        except (NotSent, NoAnswer):
            raise
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, ConnectionRefusedError | socket.gaierror):
                raise NotSent(
                    _msg(
                        QT_TRANSLATE_NOOP(
                            "payouts",
                            "Paytrail could not be reached ({why}); nothing was sent. Check "
                            "the network and try again.",
                        ),
                        why=str(exc.reason),
                    )
                ) from exc
            raise self._no_answer(str(exc.reason)) from exc
        except (TimeoutError, OSError, HTTPException) as exc:
            raise self._no_answer(str(exc) or type(exc).__name__) from exc
        text_back = raw.decode("utf-8", errors="replace")
        if status != 401 and not signature_ok(self.config.secret, got, text_back):
            # A refused signature (401) cannot have moved money, whoever answered; any other
            # answer counts only if Paytrail signed it.
            raise NoAnswer(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "payouts",
                        "An answer came (HTTP {status}) but it was not signed by Paytrail, so "
                        "it cannot be believed.",
                    ),
                    status=status,
                )
            )
        try:
            parsed = json.loads(text_back) if text_back.strip() else {}
        except ValueError:
            parsed = {"message": text_back[:500]}
        if not isinstance(parsed, dict):
            parsed = {"message": str(parsed)[:500]}
        request_id = next((v for k, v in got.items() if k.lower() == "request-id"), "")
        return Reply(status, parsed, request_id)

    @staticmethod
    def _no_answer(why: str) -> NoAnswer:
        return NoAnswer(
            _msg(
                QT_TRANSLATE_NOOP(
                    "payouts", "No answer from Paytrail ({why}): the refund may or may not be made."
                ),
                why=why,
            )
        )

    def refund(
        self,
        transaction_id: str,
        *,
        amount_cents: int,
        stamp: str,
        reference: str,
        email: str | None = None,
    ) -> Reply:
        """``POST /payments/{transactionId}/refund``: refund ``amount_cents`` of a payment.

        With ``email``, Paytrail falls back to an e-mail refund where the bank has no refund
        API (as its documentation recommends instead of the deprecated ``/refund/email``).
        """
        body: dict[str, Any] = {
            "amount": amount_cents,
            "refundStamp": stamp,
            "refundReference": reference,
            "callbackUrls": {
                "success": self.config.callback_url.rstrip("/") + "/success",
                "cancel": self.config.callback_url.rstrip("/") + "/cancel",
            },
        }
        if email:
            body["email"] = email
        path = f"/payments/{urllib.request.quote(transaction_id, safe='')}/refund"
        return self.request("POST", path, body, transaction_id)

    def payment(self, transaction_id: str) -> Reply:
        """``GET /payments/{transactionId}``: a payment's (or a refund's) state."""
        path = f"/payments/{urllib.request.quote(transaction_id, safe='')}"
        return self.request("GET", path, None, transaction_id)

    def providers(self) -> Reply:
        """``GET /merchants/payment-providers``: a harmless signed request that tells whether
        the merchant id and secret are right (200) or not (401)."""
        return self.request("GET", "/merchants/payment-providers", None, None)


def credentials_kept() -> tuple[str, bool]:
    """The merchant id kept in the keyring and whether a secret is kept (never the secret)."""
    return secrets.get_secret(ACCOUNT_SECRET) or "", bool(secrets.get_secret(SECRET_SECRET))


def check_credentials(client: Paytrail) -> Message:
    """Ask Paytrail whether the merchant id and secret are right; the answer in words."""
    try:
        reply = client.providers()
    except (NotSent, NoAnswer) as exc:
        return exc.message
    if reply.status == 200:
        return _msg(QT_TRANSLATE_NOOP("payouts", "Paytrail accepted the merchant id and secret."))
    if reply.status == 401:
        return _msg(
            QT_TRANSLATE_NOOP(
                "payouts",
                "Paytrail refused the merchant id or secret (HTTP 401). Copy them again from "
                "Paytrail's merchant panel.",
            )
        )
    return _msg(
        QT_TRANSLATE_NOOP("payouts", "Paytrail answered HTTP {status}: {words}"),
        status=reply.status,
        words=reply.message,
    )
