"""Reproducible PDF output: the same data always gives the same bytes."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, timedelta

from reportlab.pdfgen.canvas import Canvas

from returns_app.documents.fonts import REGULAR, register_fonts

PRODUCER = "Returns Desk"


def pdf_date(when: datetime) -> Callable[..., str]:
    """Return a ReportLab date formatter that always gives ``when`` (a PDF date string).

    A naive ``when`` is written without a zone, which PDF readers take as unknown.
    """
    offset = when.utcoffset() if when.tzinfo else None
    if offset is None:
        zone = ""
    else:
        minutes = int(offset / timedelta(minutes=1))
        sign = "+" if minutes >= 0 else "-"
        zone = f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    text = f"D:{when:%Y%m%d%H%M%S}{zone}"
    return lambda *_args: text


def stamp(canvas: Canvas, *, title: str, author: str, created_at: datetime) -> None:
    """Give ``canvas`` its metadata, with ``created_at`` as creation and modification date."""
    canvas.setTitle(title)
    canvas.setSubject(title)
    canvas.setAuthor(author)
    canvas.setCreator(PRODUCER)
    canvas.setProducer(PRODUCER)
    canvas.setDateFormatter(pdf_date(created_at))


def new_canvas(
    size: tuple[float, float], *, title: str, author: str, created_at: datetime, lang: str
) -> tuple[Canvas, io.BytesIO]:
    """Return a deterministic canvas of ``size`` points and the buffer it writes to."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=size, invariant=1, pageCompression=1, lang=lang, initialFontName=REGULAR
    )
    stamp(canvas, title=title, author=author, created_at=created_at)
    return canvas, buffer
