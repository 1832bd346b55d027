"""One catalogue for the whole product: Qt's ``tr()`` reads the same ``.ts`` files as the CLI."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from returns_app.domain.money import MoneyParam
from returns_app.i18n import Message, MessageList, plural_form, translate
from ui.money import money


class CatalogueTranslator(QTranslator):
    """A QTranslator answering from ``resources/i18n/returns_desk_<lang>.ts``."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102
        del disambiguation
        if not source_text:
            return None
        if n is not None and n >= 0:
            # Plural forms ("%n unit(s)" -> "1 unit", "2 units"); Qt fills in %n.
            return plural_form(context, source_text, n, self.lang) or plural_form(
                context, source_text, n, "en"
            )
        if self.lang == "en":
            return None
        text = translate(context, source_text, self.lang)
        return text if text != source_text else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False  # English has its plural forms in the catalogue too


def install_language(lang: str) -> CatalogueTranslator:
    """Install the translator for ``lang`` on the running application."""
    translator = CatalogueTranslator(lang, QCoreApplication.instance())
    QCoreApplication.installTranslator(translator)
    if lang != "en":
        # Qt's own texts (standard buttons such as Cancel, file dialogs) from Qt's catalogue.
        qt = QTranslator(QCoreApplication.instance())
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt)
    return translator


def ui_language() -> str:
    """The language the UI runs in ("fi" or "en"): the one set at start (``--lang`` or the
    station's saved choice, :func:`ui.app.set_locale`), not the saved setting, which a change
    in Settings alters before the next start."""
    return "fi" if QLocale().language() == QLocale.Language.Finnish else "en"


def render(message: Message) -> str:
    """Render a message from the services in the language the UI runs in; an amount of money
    in it is written as the UI writes money (:func:`ui.money.money`, QLocale)."""
    lang = ui_language()
    return _ui_money(message).render(lang, lambda ctx, text: QCoreApplication.translate(ctx, text))


def _ui_money(value: Any) -> Any:
    """``value`` with every amount of money in it (at any depth) already written."""
    if isinstance(value, MoneyParam):
        return money(value.amount, value.currency)
    if isinstance(value, MessageList):
        return replace(
            value,
            items=tuple(m if isinstance(m, MoneyParam) else _ui_money(m) for m in value.items),
        )
    if isinstance(value, Message) and value.params:
        return replace(value, params={k: _ui_money(v) for k, v in value.params.items()})
    return value
