"""A sender process that kills itself (SIGKILL, like kill -9) right after the SMTP server
accepted a message and before it marks the message sent. Run by test_mail_crash.py.

Usage: python kill_worker.py DATABASE_URL SMTP_PORT USER_ID USERNAME ROLE
"""

from __future__ import annotations

import os
import signal
import sys

from returns_app.domain.users import Actor
from returns_app.persistence.database import make_engine
from returns_app.persistence.uow import UnitOfWork
from returns_app.services.mail.sender import send_outbox
from returns_app.services.mail.smtp import SmtpConfig


def main() -> None:
    url, port, user_id, username, role = sys.argv[1:6]
    engine = make_engine(url)
    actor = Actor(int(user_id), username, role, "KILLED-1")

    def die(_msg) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    send_outbox(
        UnitOfWork(engine),
        actor,
        worker=f"KILLED-1#{os.getpid()}",
        config=SmtpConfig("127.0.0.1", int(port), "none", timeout=10.0),
        after_accept=die,
    )


if __name__ == "__main__":
    main()
