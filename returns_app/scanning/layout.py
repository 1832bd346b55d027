"""Undo what a keyboard-layout mismatch does to a scan, and say so.

A USB scanner in keyboard mode sends key positions, not characters. Set to US layout on a
computer with the Finnish layout, ``-`` arrives as ``+``, ``/`` as ``-``, ``;`` as ``ö``,
``'`` as ``ä``, ``[`` as ``å``, and ``]``, ``=`` (and shifted ``}``, ``+``) hit dead keys:
they vanish, or arrive as ``¨ ´ ^ ` `` or combined with the next letter (``=e`` → ``é``).
So ``https://`` arrives as ``httpsÖ--`` and an AIM prefix ``]C1`` as ``C1`` or ``¨C1``.
Letters and digits are safe on Nordic, US and German layouts, except Y and Z, which the
German layout swaps. Our return code uses neither, so it survives any layout.

Only key positions the two layouts disagree on are mapped; a lost dead key cannot be
restored here (callers look for codes inside the text instead, e.g. after ``?code``).
"""

from __future__ import annotations

from returns_app.i18n import Message
from returns_app.scanning import messages

# What a Finnish-layout computer shows (key) for what a US-layout scanner meant (value).
US_ON_FINNISH: dict[str, str] = {
    "+": "-",
    "?": "_",
    "-": "/",
    "_": "?",
    "ö": ";",
    "Ö": ":",
    "ä": "'",
    "Ä": '"',
    "å": "[",
    "Å": "{",
    "¨": "]",
    "^": "}",
    "´": "=",
    "`": "+",
    "§": "`",
    "½": "~",
    "'": "\\",
    "*": "|",
    ";": "<",
    ":": ">",
    '"': "@",
    "¤": "$",
    "&": "^",
    "/": "&",
    "(": "*",
    ")": "(",
    "=": ")",
    # A dead key followed by a letter it combines with.
    **{c: "=" + b for c, b in zip("éáíóúýÉÁÍÓÚÝ", "eaiouyEAIOUY", strict=True)},
    **{c: "+" + b for c, b in zip("èàìòùÈÀÌÒÙ", "eaiouEAIOU", strict=True)},
    **{c: "]" + b for c, b in zip("ëïüÿËÏÜ", "eiuyEIU", strict=True)},
    **{c: "}" + b for c, b in zip("êâîôûÊÂÎÔÛ", "eaiouEAIOU", strict=True)},
}

_TRANSLATION = str.maketrans(US_ON_FINNISH)

# Characters a US-layout scanner produces on a Finnish computer that no barcode we read
# contains on purpose (the non-ASCII ones): seeing one is strong evidence of the mismatch.
_TELLTALES = frozenset(k for k in US_ON_FINNISH if not k.isascii())

# AIM symbology identifiers seen in practice, as they arrive when "]" was a lost dead key.
AIM_WITHOUT_BRACKET = frozenset(
    ["C0", "C1", "E0", "E3", "E4", "e0", "d1", "d2", "Q1", "Q3", "I0", "I1", "J1"]
)

_YZ_SWAP = str.maketrans("YZyz", "ZYzy")


def looks_us_on_finnish(text: str) -> bool:
    """Tell whether ``text`` shows the marks of a US-layout scanner on a Finnish computer."""
    lowered = text[:9].lower()
    return any(c in _TELLTALES for c in text) or lowered.startswith(("httpsö--", "httpö--"))


def undo_us_on_finnish(text: str) -> str:
    """Return what a US-layout scanner meant when a Finnish computer received ``text``."""
    return text.translate(_TRANSLATION)


def alternatives(text: str) -> list[tuple[str, Message]]:
    """Return other readings of ``text``, each with the warning to show if it is the right one.

    Tried in order by the caller when ``text`` as received is not a valid code.
    """
    found: list[tuple[str, Message]] = []
    fixed = undo_us_on_finnish(text)
    if fixed != text:
        found.append((fixed, messages.us_layout_on_finnish()))
    if fixed[:2] in AIM_WITHOUT_BRACKET:
        found.append(("]" + fixed, messages.us_layout_on_finnish()))
    if any(c in "YZyz" for c in text):
        found.append((text.translate(_YZ_SWAP), messages.y_z_swapped()))
    return found
