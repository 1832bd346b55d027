"""The wording of the customer e-mails (administrators): subject and body per kind and
language, with the placeholders each may use and a live preview of the HTML mail."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from returns_app.i18n import ReturnsError
from returns_app.services.mail import manage, templates
from returns_app.services.shop_settings import ShopSettings, load_settings
from ui.backoffice.common import MessageLine
from ui.backoffice.return_models import render
from ui.context import AppContext
from ui.style import Tone

PREVIEW_DELAY_MS = 250


class MailTemplateDialog(QDialog):
    """Edit, preview, save or reset the wording of one kind of e-mail in one language."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wording of the customer e-mails"))
        self._ctx = ctx
        self._settings: ShopSettings | None = None
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.kind.currentIndexChanged.connect(self._on_choice_changed)
        self.language.currentIndexChanged.connect(self._on_choice_changed)
        self.subject.textChanged.connect(self._on_text_changed)
        self.body.textChanged.connect(self._on_text_changed)
        self.save.clicked.connect(self._on_save_clicked)
        self.reset.clicked.connect(self._on_reset_clicked)
        self.close_button.clicked.connect(self.accept)
        backend = ctx.backend
        ctx.runner.run_db(lambda: load_settings(backend.uow(readonly=True)), self._on_settings)

    def _build(self) -> None:
        self.kind = QComboBox(self)
        for kind in templates.KINDS:
            self.kind.addItem(self._kind_name(kind), kind)
        self.language = QComboBox(self)
        self.language.addItem("Suomi", "fi")
        self.language.addItem("English", "en")
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.placeholders = QLabel(self)
        self.placeholders.setWordWrap(True)
        self.placeholders.setProperty("role", "muted")
        self.state = QLabel(self)
        self.state.setProperty("role", "muted")
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("mailPreview")
        self.preview_subject = QLabel(self)
        self.preview_subject.setWordWrap(True)
        self.message = MessageLine(self)
        self.save = QPushButton(self.tr("Save"), self)
        self.reset = QPushButton(self.tr("Back to the shipped wording"), self)
        self.close_button = QPushButton(self.tr("Close"), self)

        choose = QFormLayout()
        choose.addRow(self.tr("Message"), self.kind)
        choose.addRow(self.tr("Language"), self.language)
        choose.addRow(self.tr("Subject"), self.subject)
        edit = QWidget(self)
        left = QVBoxLayout(edit)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(choose)
        left.addWidget(self.body, 1)
        left.addWidget(self.placeholders)
        left.addWidget(self.state)
        shown = QWidget(self)
        right = QVBoxLayout(shown)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(QLabel(self.tr("Preview with made-up values"), self))
        right.addWidget(self.preview_subject)
        right.addWidget(self.preview, 1)
        split = QSplitter(self)
        split.addWidget(edit)
        split.addWidget(shown)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.reset)
        buttons.addWidget(self.save)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(1100, 640)

    def _kind_name(self, kind: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("mail", templates.KIND_NAMES[kind])

    # --- Loading -------------------------------------------------------------------------

    def _on_settings(self, settings: ShopSettings | None, error: BaseException | None) -> None:
        if error is not None or settings is None:
            self._say_error(error or RuntimeError("no settings"))
            return
        self._settings = settings
        self._on_choice_changed()

    def _on_choice_changed(self, *_: object) -> None:
        kind, lang = self.kind.currentData(), self.language.currentData()
        self.placeholders.setText(
            self.tr("Placeholders: {names}").format(
                names=" ".join("{" + p + "}" for p in templates.PLACEHOLDERS[kind])
            )
        )
        backend = self._ctx.backend
        self._ctx.runner.run_db(
            lambda: manage.get_template(backend.uow(readonly=True), kind, lang),
            self._on_template,
        )

    def _on_template(self, template: templates.Template | None, error) -> None:
        if error is not None or template is None:
            self._say_error(error or RuntimeError("no template"))
            return
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self._show_state(template)
        self.message.clear_message()
        self.update_preview()

    def _show_state(self, template: templates.Template) -> None:
        self.state.setText(
            self.tr("The shipped wording.")
            if template.shipped
            else self.tr("Changed by an administrator.")
        )
        self.reset.setEnabled(not template.shipped)

    # --- Preview -------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        self._timer.start()

    def update_preview(self) -> None:
        """Show the draft filled with made-up values (or why it cannot be filled)."""
        self._timer.stop()
        if self._settings is None:
            return
        kind, lang = self.kind.currentData(), self.language.currentData()
        subject, body = self.subject.text(), self.body.toPlainText()
        try:
            templates.check_template(kind, subject, body)
            shown = manage.preview_with(self._settings, kind, lang, subject, body)
        except ReturnsError as exc:
            self.message.say(render(exc.message), Tone.WARN)
            return
        self.message.clear_message()
        self.preview_subject.setText(shown.subject)
        self.preview.setHtml(shown.html)

    # --- Saving --------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        kind, lang = self.kind.currentData(), self.language.currentData()
        subject, body = self.subject.text(), self.body.toPlainText()
        backend, actor = self._ctx.backend, self._ctx.actor
        self._ctx.runner.run_db(
            lambda: manage.save_template(backend.uow(), actor, kind, lang, subject, body),
            self._on_saved,
        )

    def _on_saved(self, template: templates.Template | None, error) -> None:
        if error is not None or template is None:
            self._say_error(error or RuntimeError("not saved"))
            return
        self._show_state(template)
        self.message.say(self.tr("Saved. New e-mails use this wording."), Tone.GOOD)

    def _on_reset_clicked(self) -> None:
        kind, lang = self.kind.currentData(), self.language.currentData()
        backend, actor = self._ctx.backend, self._ctx.actor
        self._ctx.runner.run_db(
            lambda: manage.reset_template(backend.uow(), actor, kind, lang), self._on_template
        )

    def _say_error(self, error: BaseException) -> None:
        from ui.error_text import describe

        self.message.say(describe(error, self._ctx.backend).text, Tone.BAD)
