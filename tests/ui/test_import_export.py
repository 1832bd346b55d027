"""The import and export dialog: off the GUI thread, cancellable, errors by line and column."""

from __future__ import annotations

import csv
import io
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from returns_app.services import queries, receiving, refunds, returns
from returns_app.services.importing import ImportReport
from returns_app.services.returns import LineRequest, RegisterReturn
from ui.import_export import ErrorTableModel, ImportExportDialog
from ui.tasks import ImmediateRunner, TaskRunner

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

HEADER = "order_number;ordered_at;customer_name;sku;product_name;quantity;unit_price;vat_rate"


@pytest.fixture
def dialog(qtbot, backend, actors):
    widget = ImportExportDialog(backend, ImmediateRunner(), actors.supervisor)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "orders.csv"
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    return path


def _orders(backend) -> int:
    return len([h for h in queries.find(backend.uow(readonly=True), "Aino") if h.kind == "order"])


def test_importing_a_file_shows_what_was_imported(dialog, qtbot, backend, tmp_path):
    dialog.file_edit.setText(str(_write(tmp_path, "1;2026-02-01;Aino Laine;A;Pipo;1;24,90;25,5")))
    with qtbot.waitSignal(dialog.import_finished) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report: ImportReport = finished.args[0]
    assert report.ok and report.created == 1
    assert dialog.summary_label.text() == "Imported: 1 new, 0 updated, 0 unchanged, 0 skipped."
    assert dialog.progress.value() == 100
    assert dialog.errors_model.rowCount() == 0
    assert _orders(backend) == 1


def test_errors_are_listed_by_line_and_column_and_the_valid_orders_can_be_imported_anyway(
    dialog, qtbot, backend, tmp_path
):
    path = _write(
        tmp_path,
        "1;2026-02-01;Aino Laine;A;Pipo;1;24,90;25,5",
        "2;2026-02-31;Aino Laine;A;Pipo;1;24,90;25,5",
        "3;2026-02-02;Aino Laine;A;Pipo;1;24,9O;25,5",
    )
    dialog.file_edit.setText(str(path))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    model = dialog.errors_model
    rows = [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]
    assert rows == [("3", "ordered_at", "2"), ("4", "unit_price", "3")]
    assert "not a date" in model.index(0, ErrorTableModel.COL_PROBLEM).data()
    assert dialog.summary_label.text().startswith("Nothing was imported: 2 error(s).")
    assert dialog.partial_button.isVisibleTo(dialog)
    assert dialog.partial_button.text() == "Import the 1 valid record(s) anyway"
    assert dialog.progress.value() == 0  # nothing written
    assert _orders(backend) == 0
    with qtbot.waitSignal(dialog.import_finished) as finished:
        qtbot.mouseClick(dialog.partial_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].written and finished.args[0].created == 1
    assert _orders(backend) == 1
    assert model.rowCount() == 2  # the report of the rest stays
    assert not dialog.partial_button.isVisibleTo(dialog)


def test_products_import_without_a_format_choice(dialog, qtbot):
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("products"))
    assert not dialog.format_combo.isEnabled()
    dialog.file_edit.setText(str(DATA / "products.csv"))
    with qtbot.waitSignal(dialog.import_finished) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].created == 8


def test_a_missing_file_is_said_without_running_anything(dialog, qtbot):
    dialog.file_edit.setText("/no/such/file.csv")
    with qtbot.assertNotEmitted(dialog.import_finished):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary_label.text() == "Choose a file to import."


def test_the_import_runs_off_the_gui_thread_shows_progress_and_can_be_cancelled(
    qtbot, backend, actors, tmp_path
):
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def slow_importer(uow, path, *, cancel, progress, **kwargs):
        seen["thread"] = threading.get_ident()
        done = 0
        while not cancel():
            done = min(done + 1, 99)
            progress(done, 100)
            threading.Event().wait(0.005)
        return ImportReport("orders", "csv", records=done, cancelled=True)

    runner = TaskRunner()
    widget = ImportExportDialog(backend, runner, actors.supervisor, orders_importer=slow_importer)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.file_edit.setText(str(_write(tmp_path, "1;2026-02-01;Aino;A;Pipo;1;1;25,5")))
    qtbot.mouseClick(widget.import_button, Qt.MouseButton.LeftButton)
    assert widget.cancel_button.isEnabled() and not widget.import_button.isEnabled()
    qtbot.waitUntil(lambda: widget.progress.value() > 0)
    with qtbot.waitSignal(widget.import_finished, timeout=5000) as finished:
        qtbot.mouseClick(widget.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].cancelled
    assert seen["thread"] != gui
    assert widget.summary_label.text() == "Import cancelled: nothing was written."
    assert widget.import_button.isEnabled() and not widget.cancel_button.isEnabled()
    runner.wait()


def test_a_clerk_may_neither_import_nor_export(qtbot, backend, actors):
    widget = ImportExportDialog(backend, ImmediateRunner(), actors.clerk)
    qtbot.addWidget(widget)
    assert not widget.import_button.isEnabled()
    assert not widget.export_button.isEnabled()


def _issued_refund(backend, actors, make_order):
    order = make_order()
    ret = returns.register_return(
        backend.uow(),
        actors.clerk,
        RegisterReturn(
            kind="withdrawal",
            lines=(LineRequest(order.lines[1].id, 1, "does_not_fit"),),
            notice_at=datetime(2026, 11, 15, 10, tzinfo=UTC),
        ),
    )
    receiving.receive_parcel(backend.uow(), actors.clerk, ret.code)
    receiving.check_in_item(backend.uow(), actors.clerk, ret.id, code="0012345678905")
    proposal = refunds.propose_refund(backend.uow(), actors.clerk, ret.id)
    return refunds.issue_refund(
        backend.uow(), actors.clerk, proposal.id, now=datetime(2026, 11, 20, 12, tzinfo=UTC)
    )


def test_exporting_credit_notes_saves_a_csv_for_accounting(
    dialog, qtbot, backend, actors, make_order, tmp_path
):
    issued = _issued_refund(backend, actors, make_order)
    dialog.from_edit.setDate(QDate(2026, 11, 1))
    dialog.to_edit.setDate(QDate(2026, 11, 30))
    out = tmp_path / "hyvitykset.csv"
    dialog.out_edit.setText(str(out))
    with qtbot.waitSignal(dialog.export_finished):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[1][0] == issued.credit_note_number and rows[1][16] == "-24,90"
    # the English UI writes money the English way (it wrote "24,90 €" in every language)
    assert dialog.export_label.text() == f"1 credit note(s), €24.90 in all, saved to {out}."


def test_finvoice_goes_to_a_folder_and_the_decimal_choice_is_for_csv_only(dialog, qtbot, tmp_path):
    dialog.export_format.setCurrentIndex(dialog.export_format.findData("finvoice"))
    assert not dialog.decimal_combo.isEnabled()
    dialog.export_what.setCurrentIndex(dialog.export_what.findData("stock"))
    assert not dialog.export_format.isEnabled()
    out = tmp_path / "varasto.csv"
    dialog.out_edit.setText(str(out))
    with qtbot.waitSignal(dialog.export_finished):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert out.read_text(encoding="utf-8-sig").startswith("movement_id;created_at;")
    assert "0 stock movement(s)" in dialog.export_label.text()


def test_the_error_table_model_passes_the_model_tester(qtmodeltester, dialog, tmp_path):
    dialog.file_edit.setText(str(_write(tmp_path, "1;x;;A;;0;-1;")))
    dialog.import_button.click()
    assert dialog.errors_model.rowCount() >= 3
    qtmodeltester.check(dialog.errors_model)


def test_the_dialog_opens_for_the_signed_in_user_of_the_app(qtbot, app_context):
    widget = ImportExportDialog.for_context(app_context)
    qtbot.addWidget(widget)
    assert widget.actor == app_context.actor and widget.import_button.isEnabled()


def test_a_carriers_tracking_events_set_the_delivery_day(
    dialog, qtbot, backend, actors, make_order
):
    from datetime import date

    from returns_app.services import orders

    estimated = orders.ShipmentInput(
        "JJ473124829FI", "posti", date(2026, 11, 12), datetime(2026, 11, 9, tzinfo=UTC), True
    )
    order = make_order(shipments=(estimated,))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("tracking"))
    assert not dialog.format_combo.isEnabled()  # one format: the tracking-events CSV
    dialog.file_edit.setText(str(DATA / "tracking_events.csv"))
    with qtbot.waitSignal(dialog.import_finished) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].updated == 1
    assert dialog.summary_label.text() == "Imported: 0 new, 1 updated, 0 unchanged, 7 skipped."
    shown = queries.get_order(backend.uow(readonly=True), order.id)
    assert shown.shipments[0].delivered_on == date(2026, 11, 10)
    assert not shown.period_estimated
