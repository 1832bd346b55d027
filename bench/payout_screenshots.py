"""Screenshots of the refund queue's payouts and a return page's money, in each payout state.

Seeds a copy of a demo database with payouts made against a local fake Paytrail (the tests'
``tests/paytrail_fake.py``): paid, waiting for the bank, in doubt (no answer), refused (422)
and a bank transfer waiting for its file. Then runs the real main window, signed in as the
supervisor, and grabs the screen (on an X display: ``import -window root``; offscreen: the
window's own grab).

    .venv/bin/returns-app --database sqlite:////tmp/payouts.sqlite3 demo --orders 300
    DISPLAY=:102 .venv/bin/python bench/payout_screenshots.py \
        --database /tmp/payouts.sqlite3 --out /tmp/payout-shots --lang fi
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from paytrail_fake import FakePaytrail  # noqa: E402

from returns_app.domain.users import Actor  # noqa: E402
from returns_app.persistence.models import Order, OrderLine, Refund, ReturnLine  # noqa: E402
from returns_app.services import shop_settings, users  # noqa: E402
from returns_app.services.payouts import paying, transfers  # noqa: E402
from returns_app.services.payouts.paytrail import Paytrail, PaytrailConfig  # noqa: E402
from returns_app.services.runtime import open_backend  # noqa: E402
from ui import style  # noqa: E402
from ui.app import build_areas, set_locale  # noqa: E402
from ui.context import AppContext, UserSession  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from ui.translator import install_language  # noqa: E402


def settle(app: QApplication, ms: int = 400) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def seed(backend, actor: Actor) -> int:
    """Pay the newest issued refunds in every way the screens show; the in-doubt return's id."""
    with backend.uow() as uow:
        s = uow.session
        refunds = list(
            s.scalars(
                select(Refund)
                .where(Refund.status == "issued", Refund.total > 0)
                .order_by(Refund.issued_at.desc())
                .limit(6)
            )
        )
        picked = [(r.id, r.return_id) for r in refunds]
        for i, (_rid, return_id) in enumerate(picked):
            order_ids = s.scalars(
                select(OrderLine.order_id)
                .join(ReturnLine, ReturnLine.order_line_id == OrderLine.id)
                .where(ReturnLine.return_id == return_id)
            )
            s.execute(
                update(Order)
                .where(Order.id.in_(list(order_ids)))
                .values(payment_transaction_id=f"5770642a-9a02-4ca2-8eaa-cc6260a78e{i:02d}")
            )
        uow.commit()
    admin = users.authenticate(backend.uow(), "admin", "demo-password", "DESK-1")
    shop_settings.save_settings(backend.uow(), admin, iban="FI4950009420028730")
    with FakePaytrail() as fake:
        client = Paytrail(PaytrailConfig(fake.account, fake.secret, fake.url, timeout=1))
        fake.script.extend(["ok", "pending", "500", "422"])
        for rid, _ in picked[:4]:
            paying.pay_refund(backend.uow(), actor, rid, client)
        transfers.pay_by_transfer(
            backend.uow(), actor, picked[4][0], "FI21 1234 5600 0007 85", "Aino Laine"
        )
    return picked[2][1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default="/tmp/payouts.sqlite3")
    parser.add_argument("--out", default="/tmp/payout-shots")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(args.lang)
    set_locale(args.lang)
    style.apply(app, style.screen_scale(768 - 40))
    db = Path(tempfile.mkdtemp()) / "shots.sqlite3"
    shutil.copyfile(args.database, db)
    backend = open_backend(f"sqlite:///{db}")
    supervisor = users.authenticate(backend.uow(), "supervisor", "demo-password", "DESK-2")
    doubt_return = seed(backend, supervisor)

    from ui.main_window import MainWindow

    settings = Settings.at(str(db.with_suffix(".ini")))
    ctx = AppContext(backend, settings, TaskRunner(app), UserSession())
    ctx.session.sign_in(supervisor)
    window = MainWindow(ctx, build_areas(ctx))
    window.resize(1366, 768)
    window.show()
    window.activateWindow()

    def grab(name: str) -> None:
        settle(app)
        path = out / f"{name}-{args.lang}.png"
        if os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            subprocess.run(["import", "-window", "root", str(path)], check=True)
        else:
            window.grab().save(str(path))
        print(path)

    window.show_area("refunds")
    queue = window.area_widget("refunds")
    queue.tabs.setCurrentWidget(queue.payouts)
    queue.payouts.reload()
    settle(app, 800)
    queue.payouts.table.selectRow(0)
    grab("01-refund-queue-payouts")
    queue.payouts.decide.click()
    dialog = queue.payouts.decide_dialog
    dialog.not_paid.setChecked(True)
    dialog.reason.setPlainText("Not in Paytrail's merchant panel (searched by the refund stamp)")
    dialog.resize(900, 420)
    grab("04-decide-in-doubt")
    dialog.reject()
    queue.tabs.setCurrentIndex(0)
    grab("02-refund-queue-to-issue")
    window.show_area("returns")
    area = window.area_widget("returns")
    area.open_return(doubt_return)
    settle(app, 800)
    page = area.page
    page.view.tabs.setCurrentIndex(4)  # Refund
    grab("03-return-page-in-doubt")
    window.show_area("settings")
    settings_page = window.area_widget("settings")
    settings_page.tabs.setCurrentWidget(settings_page.payments)
    grab("05-settings-payments")
    window.close()
    ctx.runner.wait()
    backend.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
