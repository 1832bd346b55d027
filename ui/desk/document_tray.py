"""The desk's last document (a tag, a slip, a label): printed, or why not, and what to do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from returns_app.services.documents import StoredDocument
from ui.desk.desk_view import DeskView
from ui.error_text import Problem
from ui.printing import DocumentRole, PreviewDialog, PrintCenter, PrintOutcome


class DocumentTray(QObject):
    """Prints the desk's documents and keeps the last one to print again or save as a PDF.

    A document that did not print shows in the view's notice bar with "Save as PDF…".

    Signals:
        problem(object): a :class:`Problem` for the banner (the document could not be made
            or saved).
    """

    problem = Signal(object)

    def __init__(self, printer: PrintCenter, view: DeskView, parent: QObject | None = None):
        super().__init__(parent)
        self._printer = printer
        self._view = view
        self._last: tuple[StoredDocument, DocumentRole] | None = None
        self._previews: list[PreviewDialog] = []

    @property
    def last(self) -> tuple[StoredDocument, DocumentRole] | None:
        """The last document made, and the printer it was for."""
        return self._last

    def forget(self) -> None:
        """Another return is on the desk: its documents are not the last one's."""
        self._last = None
        self._view.last_document.setText("")
        self._view.notice.hide()

    def print_document(self, make: Callable[[], StoredDocument], role: DocumentRole) -> None:
        """Make (the service stores it) and print a document."""
        self._printer.print_document(make, role, self._on_printed)

    def reprint(self) -> bool:
        """Print the last document again; False when there is none."""
        if self._last is None:
            return False
        doc, role = self._last
        self._printer.print_stored(doc, role, self._on_printed)
        return True

    def save(self, parent: QWidget | None) -> bool:
        """Save the last document as a PDF; False when there is none."""
        if self._last is None:
            return False
        self._printer.save_as(self._last[0], parent, self._on_saved)
        return True

    def preview(self, parent: QWidget | None) -> bool:
        """Show the last document; False when there is none."""
        if self._last is None:
            return False
        doc, role = self._last
        self._previews.append(self._printer.preview(doc, role, parent))
        return True

    def _on_printed(self, outcome: PrintOutcome | None, problem: Problem | None) -> None:
        v = self._view
        if outcome is None:
            self.problem.emit(
                problem
                or Problem(
                    QCoreApplication.translate("DeskWidget", "The document could not be made.")
                )
            )
            return
        self._last = (outcome.document, outcome.role)
        if outcome.printed:
            v.notice.hide()
            v.last_document.setText(
                QCoreApplication.translate("DeskWidget", "Printed {name} on {printer}.").format(
                    name=outcome.document.name, printer=outcome.printer
                )
            )
            return
        v.last_document.setText(
            QCoreApplication.translate("DeskWidget", "Not printed: {name}").format(
                name=outcome.document.name
            )
        )
        v.notice_text.setText(outcome.problem.text if outcome.problem else "")
        v.notice.show()

    def _on_saved(self, path: str | None, problem: Problem | None) -> None:
        if path:
            self._view.notice.hide()
            self._view.last_document.setText(
                QCoreApplication.translate("DeskWidget", "Saved to {path}.").format(path=path)
            )
        elif problem is not None:
            self.problem.emit(problem)
