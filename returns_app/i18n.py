"""Translatable messages for the layers below the UI.

Code under ``returns_app`` cannot use Qt, yet everything a person reads must be translatable.
Texts are marked with :func:`QT_TRANSLATE_NOOP` (``pyside6-lupdate`` extracts them by that
name into ``resources/i18n/returns_desk_*.ts``). The UI translates them with
``QCoreApplication.translate``; the CLI and the documents use :func:`translate`, which reads
the same ``.ts`` files, so there is one catalogue for the whole product.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from returns_app.resources import i18n_dir

LANGUAGES = ("en", "fi")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name read by lupdate)
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    del context
    return text


@functools.cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    return _read(lang)[0]


@functools.cache
def _plurals(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    return _read(lang)[1]


@functools.cache
def _read(lang: str) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, ...]]]:
    path = i18n_dir() / f"returns_desk_{lang}.ts"
    if not path.exists():
        return {}, {}
    table: dict[tuple[str, str], str] = {}
    plurals: dict[tuple[str, str], tuple[str, ...]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            source = msg.findtext("source", "")
            node = msg.find("translation")
            if node is None or node.get("type") in ("obsolete", "vanished"):
                continue
            forms = tuple(f.text or "" for f in node.iter("numerusform"))
            if forms and all(f.strip() for f in forms):
                plurals[(name, source)] = forms
                continue
            if not (node.text or "").strip():
                continue
            table[(name, source)] = node.text or ""
    return table, plurals


def plural_form(context: str, text: str, n: int, lang: str = "en") -> str | None:
    """The plural form of a ``%n`` text for ``n`` in ``lang`` (``%n`` kept), if catalogued.

    English and Finnish both have two forms: one for exactly 1, one for every other number.
    """
    forms = _plurals(lang).get((context, text))
    if not forms:
        return None
    return forms[0] if n == 1 or len(forms) == 1 else forms[1]


def translate(context: str, text: str, lang: str = "en") -> str:
    """Return ``text`` in ``lang`` (English source text when no translation exists)."""
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)


def translate_plural(context: str, text: str, n: int, lang: str = "en") -> str:
    """``text`` with ``%n`` in ``lang``, in the right plural form for ``n`` and ``%n`` filled."""
    form = plural_form(context, text, n, lang) or plural_form(context, text, n, "en") or text
    return form.replace("%n", str(n))


@dataclass(frozen=True)
class Message:
    """A translatable text with named parameters, e.g. ``Message("rules", "Ends {day}.", ...)``.

    The text is an English ``str.format`` template and doubles as the translation key.
    """

    context: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str = "en", translator=None) -> str:
        """Return the message in ``lang``; ``translator(context, text)`` overrides the lookup."""
        template = (
            translator(self.context, self.text)
            if translator
            else translate(self.context, self.text, lang)
        )
        # A parameter may itself be a message (a state's name, a list of reasons): it is
        # rendered in the same language.
        params = {
            k: v.render(lang, translator) if isinstance(v, Message | MessageList) else v
            for k, v in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**params)

    def __str__(self) -> str:
        return self.render("en")


@dataclass(frozen=True)
class MessageList:
    """Several messages shown as one parameter, joined by ``separator``."""

    items: tuple[Message, ...]
    separator: str = " "

    def render(self, lang: str = "en", translator=None) -> str:
        """Render every message and join them."""
        return self.separator.join(m.render(lang, translator) for m in self.items)

    def __str__(self) -> str:
        return self.render("en")


class ReturnsError(Exception):
    """Base of every error a person may see: carries a translatable :class:`Message`."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def msg(context: str, text: str, **params: Any) -> Message:
    """Build a :class:`Message`; ``text`` must be a literal wrapped in QT_TRANSLATE_NOOP."""
    return Message(context, text, params)
