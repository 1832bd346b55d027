"""Printing stored PDFs: a printer per document type, previews, and "Save as PDF…" instead.

The services make and keep every document (so it can always be printed again); this module
gets it to paper. Qt cannot send a PDF file to a printer as is, so each page is rendered with
:class:`QPdfDocument` at the printer's own resolution (a 203 dpi label printer gets whole
dots for every bar, DOMAIN.md section 5) and painted onto a :class:`QPrinter`. Rendering and
printing run in ``runner.run_io``; only the dialogs live on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from returns_app.files import write_atomically
from returns_app.i18n import QT_TRANSLATE_NOOP, Message, ReturnsError
from returns_app.services.documents import StoredDocument
from ui.context import AppContext
from ui.error_text import Problem, describe
from ui.translator import render

log = logging.getLogger(__name__)

MAX_RENDER_DPI = 600  # finer than any label printer; keeps an A4 page under 40 MB
PREVIEW_DPI = 110


class DocumentRole(StrEnum):
    """Which printer a document goes to."""

    LABEL = "label"  # return labels (thermal label printer)
    TAG = "tag"  # item tags (small label printer)
    A4 = "a4"  # credit notes / refund slips (office printer)


ROLE_SETTING = {
    DocumentRole.LABEL: "printers/label",
    DocumentRole.TAG: "printers/tag",
    DocumentRole.A4: "printers/a4",
}
ROLE_NAMES = {
    DocumentRole.LABEL: QT_TRANSLATE_NOOP("Printing", "label printer"),
    DocumentRole.TAG: QT_TRANSLATE_NOOP("Printing", "tag printer"),
    DocumentRole.A4: QT_TRANSLATE_NOOP("Printing", "A4 printer"),
}


ROLE_SHORT_NAMES = {
    DocumentRole.LABEL: QT_TRANSLATE_NOOP("Printing", "label"),
    DocumentRole.TAG: QT_TRANSLATE_NOOP("Printing", "tag"),
    DocumentRole.A4: QT_TRANSLATE_NOOP("Printing", "A4"),
}


def role_short_name(role: DocumentRole) -> str:
    """The translated short name of a document type ("label"), for the status bar."""
    return QCoreApplication.translate("Printing", ROLE_SHORT_NAMES[role])


def role_name(role: DocumentRole) -> str:
    """The translated name of the printer for ``role`` ("label printer")."""
    return QCoreApplication.translate("Printing", ROLE_NAMES[role])


class PrinterUnavailable(ReturnsError):
    """No printer is set for a document type, or the one set is not there.

    Attributes:
        role: the document type.
        printer: the configured printer name ("" when none is configured).
    """

    def __init__(self, message: Message, role: DocumentRole, printer: str) -> None:
        super().__init__(message)
        self.role = role
        self.printer = printer


def available_printers() -> list[str]:
    """The printers the system knows (may take a moment with network printers: run_io)."""
    return list(QPrinterInfo.availablePrinterNames())


_NOT_CONFIGURED = {
    DocumentRole.LABEL: QT_TRANSLATE_NOOP(
        "Printing",
        "No label printer is set for this station. The label is saved: save it as a PDF, "
        "or choose a label printer in the settings.",
    ),
    DocumentRole.TAG: QT_TRANSLATE_NOOP(
        "Printing",
        "No tag printer is set for this station. The tag is saved: save it as a PDF, "
        "or choose a tag printer in the settings.",
    ),
    DocumentRole.A4: QT_TRANSLATE_NOOP(
        "Printing",
        "No A4 printer is set for this station. The document is saved: save it as a PDF, "
        "or choose an A4 printer in the settings.",
    ),
}
_NOT_FOUND = {
    DocumentRole.LABEL: QT_TRANSLATE_NOOP(
        "Printing",
        "The label printer '{name}' is not found (switched off or unplugged?). The label is "
        "saved: save it as a PDF, or print it again later.",
    ),
    DocumentRole.TAG: QT_TRANSLATE_NOOP(
        "Printing",
        "The tag printer '{name}' is not found (switched off or unplugged?). The tag is "
        "saved: save it as a PDF, or print it again later.",
    ),
    DocumentRole.A4: QT_TRANSLATE_NOOP(
        "Printing",
        "The A4 printer '{name}' is not found (switched off or unplugged?). The document is "
        "saved: save it as a PDF, or print it again later.",
    ),
}


def check_printer(name: str, role: DocumentRole, available: list[str]) -> None:
    """Raise :class:`PrinterUnavailable` unless ``name`` is set and in ``available``."""
    if not name:
        raise PrinterUnavailable(Message("Printing", _NOT_CONFIGURED[role]), role, name)
    if name not in available:
        raise PrinterUnavailable(Message("Printing", _NOT_FOUND[role], {"name": name}), role, name)


# --- Rendering (any thread) ---------------------------------------------------------------


class PdfPages:
    """A PDF loaded for rendering; usable on the thread that made it."""

    def __init__(self, data: bytes) -> None:
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._doc = QPdfDocument()
        self._doc.load(self._buffer)
        if self._doc.status() != QPdfDocument.Status.Ready or self._doc.pageCount() < 1:
            raise ValueError(f"not a readable PDF ({self._doc.error()})")

    def __len__(self) -> int:
        return self._doc.pageCount()

    def size_points(self, page: int) -> QSizeF:
        """The page's size in points (1/72 in)."""
        return self._doc.pagePointSize(page)

    def pixel_size(self, page: int, dpi: float) -> QSize:
        """The page's size in pixels at ``dpi``."""
        pts = self.size_points(page)
        return QSize(round(pts.width() * dpi / 72), round(pts.height() * dpi / 72))

    def image(self, page: int, dpi: float) -> QImage:
        """The page rendered at ``dpi`` on white (labels have no background of their own)."""
        size = self.pixel_size(page, dpi)
        rendered = self._doc.render(page, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return image

    def images(self, dpi: float) -> Iterator[QImage]:
        """Every page rendered at ``dpi``."""
        for page in range(len(self)):
            yield self.image(page, dpi)


def page_images(data: bytes, dpi: float = PREVIEW_DPI) -> list[QImage]:
    """Every page of a PDF as an image (for previews; run it in run_io)."""
    return list(PdfPages(data).images(dpi))


def paint_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of a PDF onto ``printer`` at its resolution; returns the page count.

    Each printed page takes the PDF page's own size (a 100 x 150 mm label stays one), with
    no margins: the documents place their own quiet zones.
    """
    pages = PdfPages(data)
    printer.setFullPage(True)
    dpi = printer.resolution()
    render_dpi = min(dpi, MAX_RENDER_DPI)
    painter = QPainter()
    for page in range(len(pages)):
        points = pages.size_points(page)
        layout = QPageLayout(
            QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
        printer.setPageLayout(layout)
        if page == 0:
            if not painter.begin(printer):
                raise OSError("the printer did not start the job")
        elif not printer.newPage():
            painter.end()
            raise OSError("the printer refused a new page")
        target = QRectF(0, 0, points.width() * dpi / 72, points.height() * dpi / 72)
        painter.drawImage(target, pages.image(page, render_dpi))
    painter.end()
    return len(pages)


def print_pdf(data: bytes, printer_name: str, title: str = "") -> int:
    """Print a PDF on the named printer (run it in run_io); returns the page count."""
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        raise OSError(f"printer {printer_name!r} is not found")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or "Returns Desk")
    if not printer.isValid():
        raise OSError(f"printer {printer_name!r} is not valid")
    return paint_pdf(data, printer)


def save_pdf(data: bytes, path: str) -> str:
    """Write the PDF to ``path``, whole or not at all (run it in run_io)."""
    write_atomically(path, data)
    return path


_LAST_PDF_FOLDER: list[str] = []


def pdf_folder() -> Path:
    """Where Save-as-PDF opens: the folder used last, else Documents, else the home folder;
    never the program's own folder."""
    if _LAST_PDF_FOLDER and Path(_LAST_PDF_FOLDER[0]).is_dir():
        return Path(_LAST_PDF_FOLDER[0])
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def choose_pdf_path(parent: QWidget | None, suggested: str) -> str:
    """Ask where to save a PDF; "" when cancelled. (Tests replace this function.)"""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        str(pdf_folder() / suggested),
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    if path:
        _LAST_PDF_FOLDER[:] = [str(Path(path).parent)]
    return path


# --- For the screens ----------------------------------------------------------------------


@dataclass(frozen=True)
class PrintOutcome:
    """What became of one document.

    Attributes:
        document: the stored document (always there once it was made).
        role: the printer it was meant for.
        printer: the printer used ("" when not printed).
        pages: pages printed (0 when not printed).
        problem: why it was not printed, or None.
    """

    document: StoredDocument
    role: DocumentRole
    printer: str = ""
    pages: int = 0
    problem: Problem | None = None

    @property
    def printed(self) -> bool:
        """Whether the document went to a printer."""
        return self.problem is None and self.pages > 0


Done = Callable[[PrintOutcome | None, Problem | None], None]


class PrintCenter(QObject):
    """Makes, prints, previews and saves documents for the screens, off the GUI thread.

    ``print_document(make, role, done)``: ``make()`` runs in ``run_db`` (the service makes
    and stores the PDF); printing runs in ``run_io``; ``done(outcome, problem)`` gets a
    :class:`PrintOutcome` whenever the document exists (its ``problem`` says why it did not
    print), or ``problem`` alone when it could not be made.

    Signals:
        printers_changed(list): the printer names the system knows, after a refresh.
    """

    printers_changed = Signal(list)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        lister: Callable[[], list[str]] = available_printers,
        printer: Callable[[bytes, str, str], int] = print_pdf,
    ) -> None:
        """Create the print center.

        Args:
            ctx: the app context (settings name the printers; runner runs the work).
            parent: QObject parent.
            lister: lists the system's printers (tests pass a fake).
            printer: prints PDF bytes on a named printer, returns pages (tests pass a fake).
        """
        super().__init__(parent)
        self._ctx = ctx
        self._available: list[str] | None = None
        self._lister = lister
        self._printer = printer

    @property
    def available(self) -> list[str] | None:
        """The printers found by the last refresh (None before the first one)."""
        return self._available

    def configured(self, role: DocumentRole) -> str:
        """The printer name set for ``role`` ("" when none)."""
        return self._ctx.settings.get(ROLE_SETTING[role])

    def refresh_printers(self) -> None:
        """Ask the system for its printers (in run_io); emits :attr:`printers_changed`."""
        self._ctx.runner.run_io(self._lister, self._on_lister_done)

    def _on_lister_done(self, names: list[str] | None, error: BaseException | None) -> None:
        if error is not None:
            log.warning("could not list printers: %s", error)
            names = []
        self._available = list(names or [])
        self.printers_changed.emit(self._available)

    def print_document(
        self, make: Callable[[], StoredDocument], role: DocumentRole, done: Done
    ) -> None:
        """Make (and store) a document, then print it on the printer for ``role``."""

        def made(doc: StoredDocument | None, error: BaseException | None) -> None:
            if error is not None or doc is None:
                done(None, describe(error or RuntimeError("no document"), self._ctx.backend))
                return
            self.print_stored(doc, role, done)

        self._ctx.runner.run_db(make, made)

    def print_stored(self, doc: StoredDocument, role: DocumentRole, done: Done) -> None:
        """Print a document already made (a reprint)."""
        name = self.configured(role)
        lister, printer = self._lister, self._printer

        def work() -> PrintOutcome:
            available = lister()
            try:
                check_printer(name, role, available)
            except PrinterUnavailable as exc:
                return PrintOutcome(doc, role, name, 0, Problem(render(exc.message)))
            pages = printer(doc.data, name, doc.name)
            return PrintOutcome(doc, role, name, pages)

        def finished(outcome: PrintOutcome | None, error: BaseException | None) -> None:
            if error is not None or outcome is None:
                problem = describe(error or RuntimeError("no outcome"))
                done(PrintOutcome(doc, role, name, 0, problem), None)
                return
            done(outcome, None)

        self._ctx.runner.run_io(work, finished)

    def save_as(
        self,
        doc: StoredDocument,
        parent: QWidget | None,
        done: Callable[[str | None, Problem | None], None] | None = None,
    ) -> None:
        """Ask for a file name and write the PDF there (in run_io)."""
        path = choose_pdf_path(parent, doc.name)
        if not path:
            if done is not None:
                done(None, None)
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"

        def finished(result: str | None, error: BaseException | None) -> None:
            if done is not None:
                done(result, describe(error) if error is not None else None)

        self._ctx.runner.run_io(lambda: save_pdf(doc.data, path), finished)

    def preview(
        self, doc: StoredDocument, role: DocumentRole, parent: QWidget | None
    ) -> PreviewDialog:
        """Open a preview of ``doc`` with Print and Save as PDF buttons (not blocking)."""
        dialog = PreviewDialog(doc, parent)
        dialog.print_requested.connect(
            lambda: self.print_stored(doc, role, lambda o, p: dialog.show_outcome(o, p))
        )
        dialog.save_requested.connect(lambda: self.save_as(doc, dialog, dialog.show_saved))
        # Sharp on a 150 % screen: rendered at the screen's pixels, shown at the same size.
        ratio = dialog.screen_ratio()
        self._ctx.runner.run_io(
            lambda: page_images(doc.data, PREVIEW_DPI * ratio),
            lambda images, error: dialog.show_pages(images, error, ratio),
        )
        dialog.open()
        return dialog

    def offer_save(self, outcome: PrintOutcome, parent: QWidget | None) -> QMessageBox:
        """Tell why a document did not print and offer "Save as PDF…" (not blocking)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Printing", "Not printed"))
        box.setText(outcome.problem.text if outcome.problem else "")
        save = box.addButton(
            QCoreApplication.translate("Printing", "Save as PDF…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(save)
        save.clicked.connect(lambda: self.save_as(outcome.document, parent))
        box.open()
        return box


class PreviewDialog(QDialog):
    """The pages of a document as images, with Print (Ctrl+P) and Save as PDF… (Ctrl+S).

    Signals:
        print_requested(): the Print button was pressed.
        save_requested(): the Save as PDF button was pressed.
    """

    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, doc: StoredDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: {name}").format(name=doc.name))
        self.resize(720, 700)
        self._pages = QWidget()
        self._pages_layout = QVBoxLayout(self._pages)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.status = QLabel(self.tr("Rendering…"))
        self._pages_layout.addWidget(self.status)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._pages)
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.page_labels: list[QLabel] = []
        self.page_pixmaps: list[QPixmap] = []  # as rendered, in screen pixels

    def screen_ratio(self) -> float:
        """Screen pixels per logical pixel where the dialog shows (1.5 on a 150 % screen)."""
        return self.devicePixelRatioF()

    def show_pages(
        self, images: list[QImage] | None, error: BaseException | None, ratio: float = 1.0
    ) -> None:
        """Show the rendered pages (or why they could not be rendered); ``ratio`` is the
        device pixel ratio they were rendered for."""
        if error is not None or not images:
            self.status.setText(describe(error or ValueError("empty")).text)
            return
        self.status.hide()
        for number, image in enumerate(images, start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(pixmap)
            label.setAccessibleName(self.tr("Page {number}").format(number=number))
            self.page_pixmaps.append(pixmap)
            label.setStyleSheet("border: 1px solid #8a9099; background: white;")
            self._pages_layout.addWidget(label)
            self.page_labels.append(label)

    def show_outcome(self, outcome: PrintOutcome | None, problem: Problem | None) -> None:
        """Say whether printing worked."""
        self.status.show()
        if outcome is not None and outcome.printed:
            self.status.setText(self.tr("Printed on {printer}.").format(printer=outcome.printer))
        else:
            shown = problem or (outcome.problem if outcome else None)
            self.status.setText(shown.text if shown else "")

    def show_saved(self, path: str | None, problem: Problem | None) -> None:
        """Say where the PDF was saved."""
        if path:
            self.status.show()
            self.status.setText(self.tr("Saved to {path}.").format(path=path))
        elif problem is not None:
            self.status.show()
            self.status.setText(problem.text)
