"""The Returns area: the list, and a return's page in its place when one is opened."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.backoffice.return_page import PrintDocument, ReturnPage
from ui.backoffice.returns_list import ReturnsListWidget
from ui.context import AppContext


class ReturnsArea(QWidget):
    """The returns list and a return's page, one at a time.

    Signals:
        database_problem(str): the database did not answer.
    """

    database_problem = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        print_document: PrintDocument | None = None,
    ) -> None:
        super().__init__(parent)
        self.list = ReturnsListWidget(ctx, self)
        self.page = ReturnPage(ctx, self, print_document=print_document)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list.open_requested.connect(self._on_list_open_requested)
        self.page.back_requested.connect(self._on_page_back_requested)
        self.list.database_problem.connect(self.database_problem)
        self.page.database_problem.connect(self.database_problem)

    def open_return(self, return_id: int) -> None:
        """Show the page of the return with ``return_id``."""
        self.page.show_return(return_id)
        self.stack.setCurrentWidget(self.page)

    def _on_list_open_requested(self, return_id: int) -> None:
        self.open_return(return_id)

    def _on_page_back_requested(self) -> None:
        self.stack.setCurrentWidget(self.list)
        self.list.refresh()  # the return may have changed meanwhile
        self.list.focus_default()

    def focus_default(self) -> None:
        """The search of the list, when the list is shown."""
        if self.stack.currentWidget() is self.list:
            self.list.focus_default()
