"""A local fake of Paytrail's Payment API for the tests (a thread running ``http.server``).

It implements the signing Paytrail documents: each request's ``signature`` must be the
HMAC-SHA256 of its ``checkout-*`` headers (lower case, sorted, ``key:value`` lines) and its
body with the merchant secret, else 401; every answer is signed the same way. Refunds are
answered by what the test sets in :attr:`FakePaytrail.behaviour` (or a queue of them):
``ok``, ``pending``, ``fail`` (201 with that status), ``401``, ``400``, ``422``, ``500``,
``hang`` (no answer until released: past the client's timeout) and ``badsig`` (201 ok with
a wrong signature). Every refund request that passed the signature check is counted in
:attr:`refunds`, whatever it was answered: the crash and race tests count them.

``GET /payments/{id}`` answers a refund's transaction (its status in :attr:`refund_status`)
or the original payment.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import uuid
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ACCOUNT = "375917"  # Paytrail's documented test merchant
SECRET = "SAIPPUAKAUPPIAS"


def sign(secret: str, headers: dict[str, str], body: str) -> str:
    """The documented HMAC over ``checkout-*`` headers and the body (written independently
    of the app's client, so that a mistake in one is not repeated in the other)."""
    lines = [f"{k}:{headers[k]}" for k in sorted(k for k in headers if k.startswith("checkout-"))]
    return hmac.new(secret.encode(), "\n".join([*lines, body]).encode(), hashlib.sha256).hexdigest()


class FakePaytrail:
    """The server and what it has seen; use as a context manager."""

    def __init__(self, secret: str = SECRET, account: str = ACCOUNT) -> None:
        self.secret, self.account = secret, account
        self.behaviour = "ok"
        self.script: deque[str] = deque()  # behaviours for the next refunds, in order
        self.refunds: list[dict[str, Any]] = []  # every signed refund request received
        self.rejected = 0  # requests refused for their signature
        self.refund_status: dict[str, str] = {}  # refund transaction id -> its status now
        self.gets: list[str] = []
        self.release = threading.Event()  # ends every hang
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return None

            def do_GET(self) -> None:  # noqa: N802
                fake._handle(self, "GET")

            def do_POST(self) -> None:  # noqa: N802
                fake._handle(self, "POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        # serve_forever looks for shutdown() every poll_interval: the default 0.5 s was half a
        # second at the end of every payout test.
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def url(self) -> str:
        """The base URL to give the client."""
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakePaytrail:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)

    # --- answering --------------------------------------------------------------------------

    def _answer(
        self, h: BaseHTTPRequestHandler, status: int, body: dict, *, good_signature: bool = True
    ) -> None:
        text = json.dumps(body)
        headers = {
            "checkout-account": self.account,
            "checkout-algorithm": "sha256",
            "checkout-method": h.command,
            "checkout-nonce": uuid.uuid4().hex,
            "checkout-timestamp": "2026-12-06T12:00:00.000Z",
        }
        signature = sign(self.secret, headers, text)
        if not good_signature:
            signature = sign("not-the-secret", headers, text)
        data = text.encode()
        h.send_response(status)
        for k, v in headers.items():
            h.send_header(k, v)
        h.send_header("signature", signature)
        h.send_header("request-id", uuid.uuid4().hex)
        h.send_header("content-type", "application/json; charset=utf-8")
        h.send_header("content-length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def _handle(self, h: BaseHTTPRequestHandler, method: str) -> None:
        length = int(h.headers.get("content-length") or 0)
        body = h.rfile.read(length).decode() if length else ""
        headers = {k.lower(): v for k, v in h.headers.items()}
        given = headers.get("signature", "")
        if (
            headers.get("checkout-account") != self.account
            or headers.get("checkout-method") != method
            or not hmac.compare_digest(given, sign(self.secret, headers, body))
        ):
            with self.lock:
                self.rejected += 1
            self._answer(h, 401, {"status": "error", "message": "Invalid signature"})
            return
        parts = h.path.strip("/").split("/")
        if method == "GET" and parts[:2] == ["merchants", "payment-providers"]:
            self._answer(h, 200, {"providers": []})  # type: ignore[arg-type]
        elif method == "GET" and len(parts) == 2 and parts[0] == "payments":
            self._payment(h, parts[1])
        elif method == "POST" and len(parts) == 3 and parts[2] == "refund":
            self._refund(h, parts[1], json.loads(body))
        else:
            self._answer(h, 404, {"status": "error", "message": "Not found"})

    def _payment(self, h: BaseHTTPRequestHandler, transaction_id: str) -> None:
        with self.lock:
            self.gets.append(transaction_id)
            status = self.refund_status.get(transaction_id)
        if status is not None:
            body = {"transactionId": transaction_id, "status": status, "provider": "osuuspankki"}
        else:
            body = {
                "transactionId": transaction_id,
                "status": "ok",
                "amount": 8569,
                "currency": "EUR",
                "provider": "osuuspankki",
                "paidAt": "2026-11-05T09:01:00.000Z",
            }
        self._answer(h, 200, body)

    def _refund(self, h: BaseHTTPRequestHandler, transaction_id: str, body: dict) -> None:
        with self.lock:
            behaviour = self.script.popleft() if self.script else self.behaviour
            refund_tx = str(uuid.uuid4())
            self.refunds.append(
                {"transaction_id": transaction_id, "body": body, "refund_tx": refund_tx}
            )
            if behaviour in ("ok", "pending", "fail", "badsig", "hang", "500"):
                # What GET /payments/{refund} says later: made, waiting, or refused.
                self.refund_status[refund_tx] = {"pending": "pending", "fail": "fail"}.get(
                    behaviour, "ok"
                )
        if behaviour == "hang":
            self.release.wait(60)
            return  # the client gave up long ago; close without a word
        if behaviour in ("ok", "pending", "fail", "badsig"):
            status = "ok" if behaviour == "badsig" else behaviour
            self._answer(
                h,
                201,
                {"provider": "osuuspankki", "status": status, "transactionId": refund_tx},
                good_signature=behaviour != "badsig",
            )
            return
        words = {
            "401": "Merchant has no access to this feature",
            "400": "Refund not possible: only one refund per payment is allowed",
            "422": "Payment method provider does not support refunds",
            "500": "Internal server error",
        }
        self._answer(h, int(behaviour), {"status": "error", "message": words.get(behaviour, "")})
