"""Factories and helpers for the document renderer tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from documents_testkit import finnish_table

from returns_app.documents import captions
from returns_app.documents.data import CreditNoteData, ItemTagData, ReturnLabelData
from returns_app.documents.samples import (
    sample_credit_note,
    sample_full_credit_note,
    sample_item_tag,
    sample_return_label,
)


@pytest.fixture
def make_label_data() -> Callable[..., ReturnLabelData]:
    return sample_return_label


@pytest.fixture
def make_tag_data() -> Callable[..., ItemTagData]:
    return sample_item_tag


@pytest.fixture
def make_credit_note() -> Callable[..., CreditNoteData]:
    return sample_credit_note


@pytest.fixture
def make_full_credit_note() -> Callable[..., CreditNoteData]:
    return sample_full_credit_note


@pytest.fixture
def finnish(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Translate document captions from the Finnish TSV, as the merged catalogue will."""
    table = finnish_table()

    def fake_translate(context: str, text: str, lang: str = "en") -> str:
        assert context == captions.CONTEXT
        return table.get(text, text) if lang == "fi" else text

    monkeypatch.setattr(captions, "translate", fake_translate)
    return table
