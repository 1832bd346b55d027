"""What a payout's provider said, kept so that every screen can show it in its own language.

``payouts.provider_message`` holds either the payment service's own words (Paytrail's
``message``, kept as it said them) or one of our messages, kept as a translatable
:class:`~returns_app.i18n.Message` in JSON (marked by a prefix), never as English text.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from returns_app.i18n import QT_TRANSLATE_NOOP, Message, MessageList

PREFIX = "msg:"
LIMIT = 2000
WORDS = QT_TRANSLATE_NOOP("payouts", "{words}")


def _encode(value: Any) -> Any:
    if isinstance(value, Message):
        return {"$m": [value.context, value.text, {k: _encode(v) for k, v in value.params.items()}]}
    if isinstance(value, MessageList):
        return {"$l": [_encode(m) for m in value.items], "sep": value.separator}
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and "$m" in value:
        context, text, params = value["$m"]
        return Message(context, text, {k: _decode(v) for k, v in params.items()})
    if isinstance(value, dict) and "$l" in value:
        return MessageList(tuple(_decode(m) for m in value["$l"]), value.get("sep", " "))
    return value


def stored(said: Message | str) -> str:
    """What to keep in ``provider_message``: the provider's own words as they are, our own
    message as JSON (its English words, cut, if it would not fit)."""
    if isinstance(said, str):
        return said[:LIMIT]
    text = PREFIX + json.dumps(_encode(said), ensure_ascii=False, separators=(",", ":"))
    return text if len(text) <= LIMIT else said.render("en")[:LIMIT]


def spoken(text: str | None) -> Message | None:
    """``provider_message`` as a message to render (``None`` when nothing was said)."""
    if not text:
        return None
    if text.startswith(PREFIX):
        try:
            decoded = _decode(json.loads(text[len(PREFIX) :]))
        except (ValueError, TypeError, KeyError):
            decoded = None
        if isinstance(decoded, Message):
            return decoded
    return Message("payouts", WORDS, {"words": text})
