"""One chart with its tools: optional controls, "Export PNG" and "Export CSV"."""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.reports.chart_base import ChartContent
from ui.reports.export import TableData


class ChartPanel(QFrame):
    """A chart view with export buttons; the owner does the exporting.

    Signals:
        export_png_requested(): "Export PNG" was clicked.
        export_csv_requested(): "Export CSV" was clicked.
    """

    export_png_requested = Signal()
    export_csv_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name  # the stem of the file names offered when exporting
        self.content: ChartContent | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.view = QChartView(self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(320, 240)
        self.tools = QHBoxLayout()
        self.tools.setContentsMargins(0, 0, 0, 0)
        self.png_button = QPushButton(self.tr("Export PNG"), self)
        self.csv_button = QPushButton(self.tr("Export CSV"), self)
        for button in (self.png_button, self.csv_button):
            button.setEnabled(False)
        self.tools.addStretch(1)
        self.tools.addWidget(self.png_button)
        self.tools.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.tools)
        layout.addWidget(self.view, 1)
        self.png_button.clicked.connect(self.export_png_requested)
        self.csv_button.clicked.connect(self.export_csv_requested)

    def add_tool(self, widget: QWidget) -> None:
        """Put a control (a combo box, a spin box) before the export buttons."""
        self.tools.insertWidget(self.tools.count() - 3, widget)

    @property
    def table(self) -> TableData | None:
        """The data behind the chart shown."""
        return self.content.table if self.content else None

    def set_content(self, content: ChartContent) -> None:
        """Show ``content``'s chart; the previous chart is deleted."""
        old = self.view.chart()
        self.view.setChart(content.chart)
        if old is not None and (self.content is None or old is not content.chart):
            old.deleteLater()
        self.content = content
        for button in (self.png_button, self.csv_button):
            button.setEnabled(True)
