"""A small dialog that asks for a written reason (or a note, or a tracking number) before a
decision is taken: OK stays off until something is written, and says what it will do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

MAX_TEXT = 2000


class ReasonDialog(QDialog):
    """Asks for a text (required unless ``optional``), and optionally a choice from a list.

    ``choices`` are (text, data) pairs shown above the text (e.g. which unit to accept).
    """

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        prompt: str,
        ok_text: str,
        placeholder: str = "",
        optional: bool = False,
        single_line: bool = False,
        choices: list[tuple[str, object]] | None = None,
        choice_label: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self._optional = optional
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.choice = QComboBox(self)
        if choices:
            if choice_label:
                label = QLabel(choice_label, self)
                label.setBuddy(self.choice)
                layout.addWidget(label)
            for text, data in choices:
                self.choice.addItem(text, data)
            layout.addWidget(self.choice)
        else:
            self.choice.hide()
        if single_line:
            self.line = QLineEdit(self)
            self.line.setMaxLength(64)
            self.line.setPlaceholderText(placeholder)
            self.line.textChanged.connect(self._on_text_changed)
            self.line.returnPressed.connect(self._on_return_pressed)
            layout.addWidget(self.line)
            self.editor: QLineEdit | QPlainTextEdit = self.line
        else:
            self.text_edit = QPlainTextEdit(self)
            self.text_edit.setPlaceholderText(placeholder)
            self.text_edit.setTabChangesFocus(True)
            self.text_edit.setMinimumHeight(90)
            self.text_edit.textChanged.connect(self._on_text_changed)
            layout.addWidget(self.text_edit)
            self.editor = self.text_edit
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not single_line:
            # Enter starts a new line in the text; Ctrl+Enter confirms from the keyboard.
            for key in ("Ctrl+Return", "Ctrl+Enter"):
                QShortcut(QKeySequence(key), self).activated.connect(self._on_ok_clicked)
            self.ok.setToolTip(self.tr("Ctrl+Enter"))
        self.fit()
        self._on_text_changed()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit(self, width: int = 480) -> None:
        """Size the dialog to show every line of its wrapped texts at ``width`` (call it again
        after adding widgets)."""
        layout = self.layout()
        layout.activate()
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else self.sizeHint().height()
        )
        self.setMinimumHeight(height)
        self.resize(width, height)

    def text(self) -> str:
        """What was written, trimmed."""
        if isinstance(self.editor, QLineEdit):
            return self.editor.text().strip()
        return self.editor.toPlainText().strip()

    def choice_data(self) -> object:
        """The data of the chosen item (None without choices)."""
        return self.choice.currentData()

    def _problem(self) -> str:
        text = self.text()
        if not text and not self._optional:
            return self.tr("Write it first; it is kept with the decision. Ctrl+Enter confirms.")
        if len(text) > MAX_TEXT:
            return self.tr("Keep it under {n} characters.").format(n=MAX_TEXT)
        return ""

    def _on_text_changed(self) -> None:
        problem = self._problem()
        self.ok.setEnabled(not problem)
        self.hint.setText(problem)

    def _on_return_pressed(self) -> None:
        if not self._problem():
            self.accept()

    def _on_ok_clicked(self) -> None:
        if not self._problem():
            self.accept()
