"""Every PDF is reproducible, carries its creation date and embeds its fonts."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pypdf
import pytest

from returns_app.documents import render_credit_note, render_item_tag, render_return_label
from returns_app.documents.samples import (
    sample_credit_note,
    sample_full_credit_note,
    sample_item_tag,
    sample_return_label,
)

RENDERS: dict[str, Callable[..., bytes]] = {
    "label 100x150": lambda **kw: render_return_label(sample_return_label(**kw), "100x150"),
    "label a6": lambda **kw: render_return_label(sample_return_label(**kw), "a6"),
    "label a4": lambda **kw: render_return_label(sample_return_label(**kw), "a4"),
    "tag 57x32": lambda **kw: render_item_tag(sample_item_tag(**kw), "57x32"),
    "tag 100x50": lambda **kw: render_item_tag(sample_item_tag(**kw), "100x50"),
    "credit note a4": lambda **kw: render_credit_note(sample_full_credit_note(**kw), "a4"),
    "credit note 80mm": lambda **kw: render_credit_note(sample_credit_note(**kw), "80mm"),
}


@pytest.mark.parametrize("render", RENDERS.values(), ids=RENDERS.keys())
def test_the_same_data_gives_the_same_bytes(render):
    first = render()
    assert first.startswith(b"%PDF-")
    assert render() == first


@pytest.mark.parametrize("render", RENDERS.values(), ids=RENDERS.keys())
def test_the_creation_date_is_the_one_in_the_data(render):
    created = datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone(timedelta(hours=2)))
    pdf = render(created_at=created)
    assert pdf != render()
    metadata = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert metadata.creation_date == created
    assert metadata.creation_date.astimezone(UTC) == datetime(2026, 3, 4, 3, 6, 7, tzinfo=UTC)
    assert metadata.producer == "Returns Desk"


def test_a_naive_creation_date_is_written_without_a_zone():
    pdf = RENDERS["tag 57x32"](created_at=datetime(2026, 3, 4, 5, 6, 7))
    raw = pypdf.PdfReader(io.BytesIO(pdf)).metadata["/CreationDate"]
    assert raw == "D:20260304050607"


@pytest.mark.parametrize("render", RENDERS.values(), ids=RENDERS.keys())
def test_only_the_embedded_dejavu_fonts_are_used(render):
    reader = pypdf.PdfReader(io.BytesIO(render()))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/BaseFont"].endswith(("+DejaVuSans", "+DejaVuSans-Bold"))
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
