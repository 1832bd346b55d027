"""An empty list says what to do instead of showing nothing."""

from __future__ import annotations

import pytest
from desk_kit import NOTICE, register

from returns_app.services import receiving, refunds
from ui.backoffice.refund_queue import RefundQueueWidget
from ui.backoffice.returns_list import ReturnsListWidget
from ui.backoffice.stock import StockWidget
from ui.backoffice.unidentified import UnidentifiedWidget

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda ctx: ReturnsListWidget(ctx), "import"),
        (lambda ctx: RefundQueueWidget(ctx), "Nothing to refund"),
        (lambda ctx: UnidentifiedWidget(ctx), "F9"),
        (lambda ctx: StockWidget(ctx), "Import products"),
    ],
)
def test_an_empty_list_says_what_to_do(qtbot, app_context, make, words):
    widget = _shown(qtbot, make(app_context))
    hint = widget.empty_hint.label
    qtbot.waitUntil(hint.isVisible)
    assert words in hint.text()


def test_the_hint_goes_when_rows_come(qtbot, app_context, backend, actors, make_order):
    order = make_order()
    ret = register(backend, actors.clerk, order, (0, 1), notice_at=NOTICE)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
    refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    queue = _shown(qtbot, RefundQueueWidget(app_context))
    queue.reload()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1)
    assert not queue.empty_hint.label.isVisible()
