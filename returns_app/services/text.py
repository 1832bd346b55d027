"""Text people type into a note or a reason, as the services keep it.

A note may come from a paste: control characters (a NUL, which PostgreSQL cannot store) and
halves of surrogate pairs are dropped, line breaks and tabs kept, and the text is stored
composed (NFC). Scanned and searched codes are cleaned by ``scanning.classify.clean_input``.
"""

from __future__ import annotations

import re
import unicodedata

_UNWRITTEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str | None) -> str:
    """``text`` without control characters (except line breaks and tabs), composed, trimmed."""
    return unicodedata.normalize("NFC", _UNWRITTEN.sub("", text or "")).strip()
