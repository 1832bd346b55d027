"""The Finnish catalogue is complete, keeps every placeholder, and is what ``translate`` reads.

These tests read ``resources/i18n/returns_desk_fi.ts`` as it is; they never run lupdate
(``python tools/translations.py update`` brings the catalogue up to date with the code).
"""

from __future__ import annotations

import functools
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from returns_app.i18n import translate
from returns_app.resources import i18n_dir

CATALOGUE = i18n_dir() / "returns_desk_fi.ts"
DOCUMENTS_TSV = i18n_dir() / "documents_fi.tsv"


def _finished(node: ET.Element | None) -> bool:
    if node is None or node.get("type") is not None:
        return False
    forms = [f.text or "" for f in node.iter("numerusform")]
    if forms:  # plural forms ("%n unit(s)"): every form written
        return all(f.strip() for f in forms)
    return bool((node.text or "").strip())


def _forms(node: ET.Element) -> list[str]:
    """The translated text, or each of its plural forms."""
    return [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]


@functools.cache
def _messages(path: Path = CATALOGUE) -> tuple[tuple[str, str, ET.Element | None], ...]:
    """(context, source, translation element) of every message in the catalogue."""
    rows = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for message in ctx.iter("message"):
            rows.append((name, message.findtext("source", ""), message.find("translation")))
    return tuple(rows)


def _placeholders(text: str) -> list[str]:
    """The ``str.format`` fields of ``text`` as written, e.g. ``{quantity:+d}``.

    A malformed brace raises ValueError.
    """
    return sorted(
        "{" + field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        for _, field, spec, conversion in string.Formatter().parse(text)
        if field is not None
    )


def _finnish(context: str, source: str) -> str:
    for ctx, text, node in _messages():
        if (ctx, text) == (context, source):
            assert node is not None
            return node.text or ""
    raise LookupError(f"{context!r} / {source!r} is not in the catalogue")


def test_the_catalogue_is_a_finnish_qt_ts_file_with_messages():
    root = ET.parse(CATALOGUE).getroot()
    assert root.tag == "TS"
    assert root.get("language") == "fi_FI"
    assert CATALOGUE.read_text(encoding="utf-8").splitlines()[1] == "<!DOCTYPE TS>"
    assert len(_messages()) > 100


def test_every_message_has_a_finished_finnish_translation():
    unfinished = [f"{ctx}: {source!r}" for ctx, source, node in _messages() if not _finished(node)]
    assert not unfinished, "untranslated (run tools/translations.py missing):\n" + "\n".join(
        unfinished
    )


def test_every_translation_has_exactly_the_placeholders_of_its_source():
    wrong = []
    for ctx, source, node in _messages():
        if not _finished(node):
            continue  # reported by the completeness test
        for finnish in _forms(node):
            try:
                same = _placeholders(source) == _placeholders(finnish)
            except ValueError as exc:  # an unbalanced brace in either text
                same = False
                finnish = f"{finnish} ({exc})"
            if not same:
                wrong.append(f"{ctx}: {source!r} -> {finnish!r}")
    assert not wrong, "\n".join(wrong)


def test_translations_keep_the_accelerator_and_the_outer_spaces_of_their_source():
    wrong = []
    for ctx, source, node in _messages():
        if not _finished(node):
            continue  # reported by the completeness test
        for finnish in _forms(node):
            if source.replace("&&", "").count("&") != finnish.replace("&&", "").count("&"):
                wrong.append(f"{ctx}: {source!r} -> {finnish!r} (accelerator)")
            if (source[:1].isspace(), source[-1:].isspace()) != (
                finnish[:1].isspace(),
                finnish[-1:].isspace(),
            ):
                wrong.append(f"{ctx}: {source!r} -> {finnish!r} (leading or trailing space)")
    assert not wrong, "\n".join(wrong)


def test_translate_returns_the_finnish_credit_note_caption_from_the_catalogue():
    finnish = _finnish("documents", "Credit note")
    assert finnish == "Hyvityslasku"
    assert translate("documents", "Credit note", "fi") == finnish
    assert translate("documents", "Credit note", "en") == "Credit note"


def test_a_caption_with_placeholders_renders_in_finnish_with_its_values():
    template = translate("documents", "Page {page} of {pages}", "fi")
    assert template == _finnish("documents", "Page {page} of {pages}")
    rendered = template.format(page=3, pages=7)
    assert "3" in rendered and "7" in rendered and "Page" not in rendered


def _documents_wording() -> list[tuple[str, str]]:
    rows = []
    for line in DOCUMENTS_TSV.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            english, finnish = line.split("\t")
            rows.append((english, finnish))
    return rows


@pytest.mark.parametrize(("english", "finnish"), _documents_wording())
def test_document_captions_use_the_wording_of_the_documents_table(english, finnish):
    in_catalogue = {source for ctx, source, _ in _messages() if ctx == "documents"}
    if english not in in_catalogue:
        pytest.skip(f"{english!r} is not in the catalogue (yet): run tools/translations.py update")
    assert translate("documents", english, "fi") == finnish
