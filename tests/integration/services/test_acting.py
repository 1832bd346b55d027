"""A user deactivated (or given another role) at one station cannot go on acting at another.

The station keeps the actor it signed in with; every use case reads the user again inside its
own transaction, so the next action after an administrator's change is refused with
:class:`SignedOut`, and nothing of it is written.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

import returns_app.services as services_pkg
from returns_app.domain.users import Actor
from returns_app.persistence.models import AuditEntry, Document, Return, User
from returns_app.services import (
    decisions,
    documents,
    exporting,
    inspection,
    orders,
    receiving,
    refunds,
    returns,
    stock,
    users,
)
from returns_app.services.errors import PermissionDenied, SignedOut
from returns_app.services.importing import import_orders
from returns_app.services.returns import LineRequest, RegisterReturn

NOTICE = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)


def _register(backend, actor, order, line=0, qty=1):
    cmd = RegisterReturn(
        kind="withdrawal",
        lines=(LineRequest(order.lines[line].id, qty, "does_not_fit"),),
        notice_at=NOTICE,
    )
    return returns.register_return(backend.uow(), actor, cmd)


def _count(backend, model) -> int:
    with backend.uow(readonly=True) as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _world(backend, actors, make_order):
    """A return received and inspected by the clerk, its refund proposed and issued."""
    order = make_order()
    ret = _register(backend, actors.clerk, order, 0, 2)
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019", quantity=2)
    done = inspection.inspect_unit(
        backend.uow(),
        actors.clerk,
        inspection.InspectUnit(ret.lines[0].id, "A", "restock", unit_no=1),
    )
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    issued = refunds.issue_refund(backend.uow(), actors.clerk, proposal.id)
    other = _register(backend, actors.clerk, make_order(), 1, 1)
    return order, ret, done.inspection_id, issued, other


def _orders_csv() -> bytes:
    return (
        b"order_number;ordered_at;customer_name;sku;product_name;quantity;unit_price;vat_rate\n"
        b"77001;2026-11-20;Aino;SHIRT-M;Paita M;1;39,90;25,5\n"
    )


# Each use case the clerk (or, for supervisor rights, the supervisor) might try next.
CLERK_ACTIONS = {
    "register a return": lambda b, a, w: _register(b, a, w[0], 1, 1),
    "scan a parcel": lambda b, a, w: receiving.receive_parcel(b.uow(), a, w[4].code),
    "scan an item": lambda b, a, w: receiving.check_in_item(
        b.uow(), a, w[1].id, code="6417084000019"
    ),
    "inspect a unit": lambda b, a, w: inspection.inspect_unit(
        b.uow(), a, inspection.InspectUnit(w[1].lines[0].id, "B", "b_stock", unit_no=2)
    ),
    "undo an inspection": lambda b, a, w: inspection.undo_inspection(b.uow(), a, w[2]),
    "propose a refund": lambda b, a, w: refunds.propose_refund(b.uow(), a, w[1].id),
    "add a note": lambda b, a, w: decisions.add_note(b.uow(), a, w[1].id, "Called the customer"),
    "close a return": lambda b, a, w: returns.close_return(b.uow(), a, w[1].id),
    "queue an unknown parcel": lambda b, a, w: receiving.queue_parcel(b.uow(), a, "JJ123456785FI"),
    "print a return label": lambda b, a, w: documents.return_label_pdf(b.uow(), a, w[1].id),
    "print an item tag": lambda b, a, w: documents.item_tag_pdf(b.uow(), a, w[2]),
    "print a credit note": lambda b, a, w: documents.credit_note_pdf(b.uow(), a, w[3].id),
}
SUPERVISOR_ACTIONS = {
    "adjust stock": lambda b, a, w: stock.adjust_stock(b.uow(), a, "SHIRT-M", "MAIN", 5, "Counted"),
    "reopen a return": lambda b, a, w: decisions.reopen_return(
        b.uow(), a, w[1].id, "Customer called back"
    ),
    "save an order": lambda b, a, w: orders.save_order(
        b.uow(),
        orders.OrderInput(
            order_number="77002",
            customer=orders.CustomerInput("Aino", "aino@example.fi", "", "K 1", "00100", "HKI"),
            lines=(orders.LineInput("S", "Paita", 1, Decimal("39.90"), Decimal("25.5")),),
            ordered_at=datetime(2026, 11, 20, tzinfo=UTC),
        ),
        a,
    ),
    "import orders": lambda b, a, w: import_orders(b.uow(), _orders_csv(), actor=a),
    "export refunds": lambda b, a, w: exporting.export_refunds(
        b.uow(readonly=True), a, date(2026, 11, 1), date(2026, 12, 31)
    ),
}


def _deactivate(backend, actors, user: Actor) -> None:
    users.set_active(backend.uow(), actors.admin, user.user_id, False)


def test_a_deactivated_user_can_do_nothing_more_at_any_station(backend, actors, make_order):
    """Every next action of the clerk (deactivated by the admin at DESK-3 while signed in
    at DESK-1) and of the supervisor is refused, and writes nothing."""
    world = _world(backend, actors, make_order)

    def state() -> tuple[int, int, int]:
        return _count(backend, AuditEntry), _count(backend, Return), _count(backend, Document)

    _deactivate(backend, actors, actors.clerk)
    _deactivate(backend, actors, actors.supervisor)
    before = state()
    refused = {}
    for who, actions in ((actors.clerk, CLERK_ACTIONS), (actors.supervisor, SUPERVISOR_ACTIONS)):
        for name, action in actions.items():
            with pytest.raises(SignedOut) as error:
                action(backend, who, world)
            refused[name] = str(error.value)
    assert state() == before
    assert len(refused) == len(CLERK_ACTIONS) + len(SUPERVISOR_ACTIONS) == 17
    assert all("has been deactivated by an administrator" in text for text in refused.values())
    assert "clerk1" in refused["scan a parcel"] and "supervisor1" in refused["import orders"]


def test_a_reactivated_user_acts_again(backend, actors, make_order):
    order = make_order()
    _deactivate(backend, actors, actors.clerk)
    with pytest.raises(SignedOut):
        _register(backend, actors.clerk, order)
    users.set_active(backend.uow(), actors.admin, actors.clerk.user_id, True)
    assert _register(backend, actors.clerk, order).goods_state == "announced"


def test_a_supervisor_whose_role_was_lowered_cannot_use_the_old_rights(backend, actors, make_order):
    """The station still believes 'supervisor'; the database says 'clerk' now."""
    world = _world(backend, actors, make_order)
    with backend.uow() as uow:
        uow.session.execute(
            update(User).where(User.id == actors.supervisor.user_id).values(role="clerk")
        )
        uow.commit()
    with pytest.raises(SignedOut, match="changed the role of supervisor1 to clerk"):
        SUPERVISOR_ACTIONS["adjust stock"](backend, actors.supervisor, world)
    # Signed in again, the user gets the clerk's rights, and only those.
    again = users.authenticate(backend.uow(), "supervisor1", "secret-password", "DESK-2")
    assert again.role == "clerk"
    with pytest.raises(PermissionDenied):
        SUPERVISOR_ACTIONS["adjust stock"](backend, again, world)


def test_a_made_up_administrator_without_a_user_is_refused(backend, actors, make_order):
    """What the command line used to do: act as 'admin' without anyone signing in."""
    make_order()
    forged = Actor(None, "cli:root", "admin", "server")
    imported = _count(backend, AuditEntry)
    with pytest.raises(SignedOut, match="Only a signed-in user"):
        import_orders(backend.uow(), _orders_csv(), actor=forged)
    with pytest.raises(SignedOut):
        users.add_user(backend.uow(), "mallory", "mallory-pass", "admin", actor=forged)
    assert _count(backend, AuditEntry) == imported


def test_the_first_user_of_an_empty_database_is_audited_as_adding_themselves(sqlite_backend):
    nobody = Actor(None, "first-start", "clerk", "DESK-1")
    admin = users.add_user(sqlite_backend.uow(), "aino", "aino-password", "admin", actor=nobody)
    with sqlite_backend.uow(readonly=True) as uow:
        entry = uow.session.execute(
            select(AuditEntry.user_id, AuditEntry.username, AuditEntry.action)
        ).one()
    assert tuple(entry) == (admin.id, "aino", "user_added")
    with pytest.raises(SignedOut):  # the second user needs a signed-in admin
        users.add_user(sqlite_backend.uow(), "eve", "eve-password", "admin", actor=nobody)


def test_a_deactivation_while_the_clerk_works_lets_nothing_through_after_it(
    backend, make_order, actors
):
    """The clerk's station registers returns non-stop on its own thread while the admin
    deactivates them: every clerk entry in the log is older than the deactivation, and the
    clerk's first refused action comes right after it (no use case straddles it)."""
    made = [make_order() for _ in range(40)]
    stop = threading.Event()
    outcome: dict[str, object] = {"done": 0}

    def clerk_station() -> None:
        for order in made:
            if stop.is_set():
                return
            try:
                _register(backend, actors.clerk, order)
                outcome["done"] = int(outcome["done"]) + 1
                stop.wait(0.005)  # a breath between parcels, so the admin's write gets in
            except SignedOut as exc:
                outcome["refused"] = exc
                return

    worker = threading.Thread(target=clerk_station)
    worker.start()
    while int(outcome["done"]) < 5 and worker.is_alive():
        threading.Event().wait(0.01)
    _deactivate(backend, actors, actors.clerk)
    worker.join(30)
    stop.set()
    assert isinstance(outcome.get("refused"), SignedOut)
    with backend.uow(readonly=True) as uow:
        cut = uow.session.scalar(
            select(AuditEntry.id).where(AuditEntry.action == "user_deactivated")
        )
        clerk_ids = list(
            uow.session.scalars(select(AuditEntry.id).where(AuditEntry.username == "clerk1"))
        )
    assert clerk_ids and max(clerk_ids) < cut
    assert len(clerk_ids) == outcome["done"]


# --- Every use case checks its actor -----------------------------------------------------

# Building blocks that run inside a use case's transaction (the caller checks), and
# dispatchers that only call use cases.
INSIDE_A_USE_CASE = {
    "audit.record",  # checks itself
    "acting.check_actor",  # the check
    "errors.require",
    "exporting.export_refunds",  # calls export_finvoice / export_refunds_csv
    "mail.outbox.cancel_unsent_instructions",  # within receiving's transaction
    "refunds.propose_follow_up",  # within receiving's transaction
    "refunds.refresh_open_proposal",
    "stock.move",
}


def _use_cases() -> list[tuple[str, object]]:
    found = []
    for info in pkgutil.walk_packages(services_pkg.__path__, "returns_app.services."):
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if (
                inspect.isfunction(fn)
                and fn.__module__ == module.__name__
                and not name.startswith("_")
                and "actor" in inspect.signature(fn).parameters
            ):
                found.append((f"{info.name.removeprefix('returns_app.services.')}.{name}", fn))
    return found


def test_every_use_case_that_takes_an_actor_checks_it_inside_its_transaction():
    unchecked = []
    for name, fn in _use_cases():
        if name in INSIDE_A_USE_CASE:
            continue
        tree = ast.parse(inspect.getsource(fn).lstrip())
        calls = {
            node.func.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        if not calls & {"authorize", "check_actor"}:
            unchecked.append(name)
    assert unchecked == []
    assert len(_use_cases()) >= 40


def test_no_service_defaults_its_actor():
    defaults = [
        name
        for name, fn in _use_cases()
        if inspect.signature(fn).parameters["actor"].default is not inspect.Parameter.empty
    ]
    assert defaults == []
    sources = Path(services_pkg.__file__).parent
    assert not [p for p in sources.rglob("*.py") if "SYSTEM" in p.read_text()]


def test_a_batch_stops_issuing_when_its_user_is_deactivated_and_reports_what_it_issued(
    backend, actors, make_order, monkeypatch
):
    from returns_app.services import backoffice

    proposals = []
    for _ in range(3):
        order = make_order()
        ret = _register(backend, actors.clerk, order)
        receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
        receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="6417084000019")
        proposals.append(refunds.propose_refund(backend.uow(), actors.clerk, ret.id).id)
    real_issue = refunds.issue_refund

    def issue_then_deactivated(*args, **kwargs):
        issued = real_issue(*args, **kwargs)
        users.set_active(backend.uow(), actors.admin, actors.supervisor.user_id, False)
        return issued

    monkeypatch.setattr(refunds, "issue_refund", issue_then_deactivated)
    result = backoffice.batch_issue(backend.uow(), actors.supervisor, proposals)
    assert [r.id for r in result.issued] == proposals[:1]
    assert [f.refund_id for f in result.failed] == proposals[1:]
    assert all("supervisor1 has been deactivated" in str(f.message) for f in result.failed)
