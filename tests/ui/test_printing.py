"""Printing: a printer per document type, clear words when it is missing, Save as PDF instead,
and pages rendered at the printer's resolution so a scanner reads the barcode off the paper."""

from __future__ import annotations

import pytest
from desk_kit import FakePrinters, barcodes, register
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from returns_app.documents import render_return_label
from returns_app.documents.samples import sample_return_label
from returns_app.services import documents
from ui.printing import (
    DocumentRole,
    PdfPages,
    PrintCenter,
    PrinterUnavailable,
    check_printer,
    paint_pdf,
    print_pdf,
)
from ui.translator import render

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

LABEL = render_return_label(sample_return_label())  # 100 x 150 mm, code R12345670


@pytest.fixture
def stored_label(backend, actors, make_order):
    ret = register(backend, actors.clerk, make_order())
    return ret, lambda: documents.return_label_pdf(backend.uow(), actors.clerk, ret.id)


def center(ctx, printers: FakePrinters) -> PrintCenter:
    return PrintCenter(ctx, lister=printers.lister, printer=printers.printer)


def outcome_of(center_: PrintCenter, make, role):
    got = []
    center_.print_document(make, role, lambda outcome, problem: got.append((outcome, problem)))
    assert len(got) == 1
    return got[0]


@pytest.mark.parametrize(
    ("role", "words"),
    [
        (DocumentRole.LABEL, "No label printer is set for this station"),
        (DocumentRole.TAG, "No tag printer is set for this station"),
        (DocumentRole.A4, "No A4 printer is set for this station"),
    ],
)
def test_no_printer_configured_is_said_per_document_type(qapp, role, words):
    with pytest.raises(PrinterUnavailable) as missing:
        check_printer("", role, ["Zebra"])
    assert render(missing.value.message).startswith(words)
    assert "save it as a PDF" in render(missing.value.message)


def test_a_configured_printer_that_is_gone_is_named(qapp):
    with pytest.raises(PrinterUnavailable) as missing:
        check_printer("Zebra-GK420", DocumentRole.LABEL, ["Office"])
    assert "'Zebra-GK420' is not found" in render(missing.value.message)
    check_printer("Office", DocumentRole.A4, ["Office"])  # no error


def test_a_label_page_renders_at_203_dpi_in_whole_dots_and_its_barcode_reads(qapp):
    pages = PdfPages(LABEL)
    image = pages.image(0, 203)
    assert (image.width(), image.height()) == (799, 1199)  # 100 x 150 mm at 8 dots/mm
    assert barcodes(image) == ["R12345670"]


def test_painting_onto_a_printer_keeps_the_label_size_and_the_barcode(qapp, tmp_path):
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert paint_pdf(LABEL, printer) == 1
    page = PdfReader(out).pages[0]
    width_mm = float(page.mediabox.width) / 72 * 25.4
    height_mm = float(page.mediabox.height) / 72 * 25.4
    assert (round(width_mm), round(height_mm)) == (100, 150)
    assert barcodes(PdfPages(out.read_bytes()).image(0, 300)) == ["R12345670"]


def test_printing_on_a_printer_that_does_not_exist_fails_plainly(qapp):
    with pytest.raises(OSError, match="not found"):
        print_pdf(LABEL, "no-such-printer-anywhere")


def test_without_a_printer_the_document_is_still_made_and_kept(app_context, backend, stored_label):
    ret, make = stored_label
    outcome, problem = outcome_of(center(app_context, FakePrinters()), make, DocumentRole.LABEL)
    assert problem is None and not outcome.printed
    assert "No label printer is set" in outcome.problem.text
    kept = documents.list_documents(backend.uow(), ret.id)
    assert [d.name for d in kept] == [f"{ret.code}-label-100x150.pdf"]


def test_the_configured_printer_gets_the_document(app_context, stored_label):
    printers = FakePrinters(["Zebra"])
    app_context.settings.set("printers/label", "Zebra")
    ret, make = stored_label
    outcome, _ = outcome_of(center(app_context, printers), make, DocumentRole.LABEL)
    assert outcome.printed and outcome.printer == "Zebra"
    assert [(name, title) for name, title, _ in printers.printed] == [
        ("Zebra", f"{ret.code}-label-100x150.pdf")
    ]


def test_a_printer_failing_mid_job_keeps_the_document_and_says_so(app_context, stored_label):
    app_context.settings.set("printers/label", "Zebra")

    def jammed(data, name, title):
        raise OSError("paper jam")

    printing = PrintCenter(app_context, lister=lambda: ["Zebra"], printer=jammed)
    _, make = stored_label
    outcome, _ = outcome_of(printing, make, DocumentRole.LABEL)
    assert not outcome.printed and outcome.document.data.startswith(b"%PDF")
    assert "OSError" in outcome.problem.text


def test_a_document_that_cannot_be_made_reports_the_services_words(app_context):
    from returns_app.i18n import Message
    from returns_app.services.errors import NotFound

    def fail():
        raise NotFound(Message("documents", "No such return."))

    outcome, problem = outcome_of(center(app_context, FakePrinters()), fail, DocumentRole.LABEL)
    assert outcome is None and problem.text == "No such return."


def test_save_as_pdf_writes_the_stored_document(app_context, stored_label, tmp_path, monkeypatch):
    _, make = stored_label
    doc = make()
    target = tmp_path / "label"  # ".pdf" is added
    monkeypatch.setattr("ui.printing.choose_pdf_path", lambda parent, name: str(target))
    saved = []
    center(app_context, FakePrinters()).save_as(doc, None, lambda path, p: saved.append(path))
    assert saved == [f"{target}.pdf"]
    assert (tmp_path / "label.pdf").read_bytes() == doc.data


def test_cancelling_save_as_writes_nothing(app_context, stored_label, tmp_path, monkeypatch):
    _, make = stored_label
    monkeypatch.setattr("ui.printing.choose_pdf_path", lambda parent, name: "")
    saved = []
    center(app_context, FakePrinters()).save_as(make(), None, lambda p, e: saved.append((p, e)))
    assert saved == [(None, None)] and list(tmp_path.glob("*.pdf")) == []


def test_the_not_printed_message_offers_save_as_pdf(
    qtbot, app_context, stored_label, tmp_path, monkeypatch
):
    _, make = stored_label
    printing = center(app_context, FakePrinters())
    outcome, _ = outcome_of(printing, make, DocumentRole.LABEL)
    box = printing.offer_save(outcome, None)
    qtbot.addWidget(box)
    assert "No label printer is set" in box.text()
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr("ui.printing.choose_pdf_path", lambda parent, name: str(target))
    save = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    save.click()
    assert target.read_bytes() == outcome.document.data


def test_the_preview_shows_every_page_and_prints_from_there(qtbot, app_context, stored_label):
    printers = FakePrinters(["Zebra"])
    app_context.settings.set("printers/label", "Zebra")
    _, make = stored_label
    printing = center(app_context, printers)
    dialog = printing.preview(make(), DocumentRole.LABEL, None)
    qtbot.addWidget(dialog)
    assert len(dialog.page_labels) == 1
    assert dialog.page_labels[0].pixmap().width() > 300
    dialog.print_button.click()
    assert len(printers.printed) == 1
    assert "Printed on Zebra" in dialog.status.text()


def test_the_printer_list_refreshes_off_the_gui_thread(app_context):
    printing = center(app_context, FakePrinters(["Zebra", "Office"]))
    seen = []
    printing.printers_changed.connect(seen.append)
    printing.refresh_printers()
    assert seen == [["Zebra", "Office"]] and printing.available == ["Zebra", "Office"]


def test_save_as_pdf_opens_in_documents_or_home_never_the_program_folder(tmp_path, monkeypatch):
    from pathlib import Path

    from ui import printing

    monkeypatch.setattr(printing, "_LAST_PDF_FOLDER", [])
    folder = printing.pdf_folder()
    assert folder.is_dir() and folder != Path.cwd()
    monkeypatch.setattr(printing, "_LAST_PDF_FOLDER", [str(tmp_path)])
    assert printing.pdf_folder() == tmp_path


def test_the_preview_is_rendered_at_the_screens_pixel_ratio(
    qtbot, app_context, stored_label, monkeypatch
):
    _, make = stored_label
    printing = center(app_context, FakePrinters(["Zebra"]))
    sharp = printing.preview(make(), DocumentRole.LABEL, None)
    qtbot.addWidget(sharp)
    normal = sharp.page_pixmaps[0]
    monkeypatch.setattr("ui.printing.PreviewDialog.screen_ratio", lambda self: 1.5)
    scaled = printing.preview(make(), DocumentRole.LABEL, None)
    qtbot.addWidget(scaled)
    hidpi = scaled.page_pixmaps[0]
    assert hidpi.width() == pytest.approx(normal.width() * 1.5, abs=1)  # screen pixels
    assert hidpi.deviceIndependentSize().width() == pytest.approx(normal.width(), abs=1)
    assert scaled.page_labels[0].accessibleName() == "Page 1"
