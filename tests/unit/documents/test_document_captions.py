"""Document captions are translatable and the Finnish table covers them all."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from documents_testkit import finnish_table

from returns_app.documents import captions
from returns_app.documents.captions import text_of, tr
from returns_app.i18n import msg

PLACEHOLDER = re.compile(r"{(\w+)}")
DOCUMENTS = Path(captions.__file__).parent


def test_every_caption_has_a_finnish_translation_and_no_row_is_stale():
    table = finnish_table()
    assert set(captions.ALL) == set(table)
    assert all(table[english].strip() for english in captions.ALL)


def test_finnish_translations_keep_every_placeholder():
    for english, finnish in finnish_table().items():
        assert set(PLACEHOLDER.findall(english)) == set(PLACEHOLDER.findall(finnish)), english


def test_every_translatable_text_in_the_renderers_is_a_declared_caption():
    # lupdate only sees literal QT_TRANSLATE_NOOP calls; the renderers must not hide any.
    for path in DOCUMENTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, text = (arg.value for arg in node.args)  # type: ignore[attr-defined]
                if context == captions.CONTEXT:
                    assert text in captions.ALL, f"{path.name}: {text}"


def test_english_documents_use_the_source_text():
    assert tr(captions.CREDIT_NOTE, "en") == "Credit note"
    assert tr(captions.PAGE_OF, "en", page=2, pages=3) == "Page 2 of 3"


def test_finnish_captions_come_from_the_catalogue(finnish):
    assert tr(captions.CREDIT_NOTE, "fi") == "Hyvityslasku"
    assert tr(captions.PAGE_OF, "fi", page=2, pages=3) == "Sivu 2/3"


def test_a_broken_translation_falls_back_to_english(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(captions, "translate", lambda context, text, lang: "Sivu {sivu}")
    assert tr(captions.PAGE_OF, "fi", page=1, pages=1) == "Page 1 of 1"


def test_data_texts_may_be_plain_or_translatable_messages():
    assert text_of("Takaisin myyntiin", "fi") == "Takaisin myyntiin"
    assert text_of(msg("documents", "Shelf {n}", n=4), "en") == "Shelf 4"
