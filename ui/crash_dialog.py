"""The dialog shown when something the app did not expect went wrong.

It says what happened in a sentence, names the log file that has the details, and lets the
person copy the crash report (traceback, version, platform, the last log lines; no
passwords) to the clipboard or save it as a file to send to support.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import style


class CrashDialog(QDialog):
    """What went wrong, where the log is, and the report to copy or save.

    ``choose_file`` asks where to save (tests pass a function instead of the file dialog).
    """

    def __init__(
        self,
        message: str,
        report: str,
        log_file: Path | None,
        parent: QWidget | None = None,
        *,
        choose_file=None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self._choose_file = choose_file or self._ask_file
        self.setWindowTitle(self.tr("Returns Desk: something went wrong"))
        layout = QVBoxLayout(self)
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        style.set_font(self.message_label, 1, bold=True)
        layout.addWidget(self.message_label)
        if log_file is not None:
            where = self.tr("The details are in the log file {file}.").format(file=log_file)
        else:
            where = self.tr("No log file is written; copy the report below instead.")
        self.log_label = QLabel(where)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.log_label)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Crash report"))
        self.details.setMinimumSize(style.scaled(560), style.scaled(220))
        layout.addWidget(self.details, 1)
        self.status_label = QLabel("")
        self.status_label.setAccessibleName(self.tr("What happened to the report"))
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.save_button = QPushButton(self.tr("Save report…"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.status_label.setText(self.tr("The report is on the clipboard."))

    def _ask_file(self) -> str:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the crash report"), "returns-desk-crash.txt", "*.txt"
        )
        return name

    def _on_save_button_clicked(self) -> None:
        name = self._choose_file()
        if not name:
            return
        try:
            Path(name).write_text(self.report, encoding="utf-8")
        except OSError as exc:
            self.status_label.setText(
                self.tr("Could not save the report ({error}); copy it instead.").format(
                    error=exc.strerror or exc
                )
            )
            return
        self.status_label.setText(self.tr("The report is saved in {file}.").format(file=name))


def unexpected_message(error_name: str) -> str:
    """The sentence at the top of the dialog."""
    return QCoreApplication.translate(
        "CrashDialog",
        "Returns Desk met an error it did not expect ({error}). What was saved before it "
        "stays saved; try again, and if it happens again send the report to support.",
    ).format(error=error_name)
