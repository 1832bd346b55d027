"""Screenshots of the receiving desk in each state, at 1366x768 and 1920x1080.

Runs the real main window (offscreen by default) on a copy of a demo database, signs in
programmatically and drives the desk with scans and keys the way a clerk would. Look at every
PNG it writes.

    .venv/bin/returns-app --database sqlite:////tmp/desk.sqlite3 demo --orders 3000
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/desk_screenshots.py \
        --database /tmp/desk.sqlite3 --out /tmp/shots [--lang fi]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from returns_app.persistence.models import Order, OrderLine, Return, ReturnLine  # noqa: E402
from returns_app.services import users  # noqa: E402
from returns_app.services.runtime import open_backend  # noqa: E402
from ui import style  # noqa: E402
from ui.app import build_areas, set_locale  # noqa: E402
from ui.context import AppContext, UserSession  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from ui.translator import install_language  # noqa: E402


def settle(app: QApplication, desk=None, ms: int = 150) -> None:
    """Let tasks finish and the window repaint."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end or (desk is not None and desk.busy):
        app.processEvents()
        time.sleep(0.005)


def pick_order(backend) -> str:
    """An order with no return yet (for the register dialog)."""
    with backend.uow(readonly=True) as uow:
        returned = select(OrderLine.order_id).join(
            ReturnLine, ReturnLine.order_line_id == OrderLine.id
        )
        return uow.session.scalar(
            select(Order.order_number).where(Order.id.not_in(returned)).order_by(Order.id.desc())
        )


def pick_return(backend) -> tuple[str, list[str], str]:
    """An announced return with GTIN lines, one of its GTINs, and a GTIN not on it."""
    with backend.uow(readonly=True) as uow:
        s = uow.session
        for ret in s.scalars(
            select(Return).where(Return.goods_state == "announced").order_by(Return.id)
        ):
            gtins = list(
                s.scalars(
                    select(OrderLine.gtin)
                    .join(ReturnLine, ReturnLine.order_line_id == OrderLine.id)
                    .where(ReturnLine.return_id == ret.id, OrderLine.gtin.is_not(None))
                )
            )
            if len(gtins) >= 1:
                other = s.scalar(
                    select(OrderLine.gtin).where(
                        OrderLine.gtin.is_not(None), OrderLine.gtin.not_in(gtins)
                    )
                )
                return ret.code, gtins, other
    raise SystemExit("no announced return in the demo database")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default="/tmp/desk.sqlite3")
    parser.add_argument("--out", default="/tmp/shots")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(args.lang)
    set_locale(args.lang)
    for size in args.sizes.split(","):
        width, height = (int(v) for v in size.split("x"))
        style.apply(app, style.screen_scale(height - 40))  # as ui.app does for this screen
        work = Path(tempfile.mkdtemp()) / "shots.sqlite3"
        shutil.copyfile(args.database, work)
        shoot(app, work, out, width, height, args.lang)
    return 0


def shoot(app: QApplication, db: Path, out: Path, width: int, height: int, lang: str) -> None:
    from ui.main_window import MainWindow

    backend = open_backend(f"sqlite:///{db}")
    settings = Settings.at(str(db.with_suffix(".ini")))
    settings.set("printers/tag", "Zebra-GK420")
    ctx = AppContext(backend, settings, TaskRunner(app), UserSession())
    ctx.session.sign_in(users.authenticate(backend.uow(), "clerk", "demo-password", "DESK-1"))
    window = MainWindow(ctx, build_areas(ctx))
    window.resize(width, height)
    window.show()
    window.activateWindow()
    desk = window.area_widget("desk")
    code, gtins, other = pick_return(backend)
    order_number = pick_order(backend)
    suffix = f"{width}x{height}" + ("" if lang == "en" else f"-{lang}")

    def grab(name: str, widget=None) -> None:
        settle(app, desk)
        (widget or window).grab().save(str(out / f"{name}-{suffix}.png"))

    settle(app, desk, 300)
    grab("01-empty")
    desk.handle_scan(code)
    grab("02-return-opened")
    desk.handle_scan(other)
    grab("03-mismatch-not-on-return")
    desk.handle_scan(gtins[0])
    settle(app, desk)
    QTest.keyClick(desk.inspection, Qt.Key.Key_B)
    settle(app, desk, 100)
    grab("04-inspecting-grade-chosen")
    QTest.keyClick(desk.inspection, Qt.Key.Key_Return)
    settle(app, desk, 400)
    grab("05-inspected-tag-not-printed")
    QTest.keyClick(desk, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    grab("06-refund-panel")
    QTest.keyClick(desk, Qt.Key.Key_Escape)
    desk.handle_scan("JJ473124829FI")
    grab("07-unknown-code")
    QTest.keyClick(desk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.register_dialog
    dialog.resize(min(style.scaled(1000), width - 80), min(style.scaled(720), height - 60))
    dialog.view.search.setText(order_number)
    dialog.find()
    settle(app, desk, 400)
    dialog.set_quantity(0, 1)
    grab("08-register-dialog", dialog)
    dialog.reject()
    window.help.toggle()
    grab("09-help-overlay")
    window.help.toggle()
    window.close()
    ctx.runner.wait()
    backend.close()


if __name__ == "__main__":
    sys.exit(main())
