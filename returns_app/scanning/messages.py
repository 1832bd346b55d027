"""Every text the scanner module shows to people, as translatable :class:`Message` factories.

The literals sit inside ``QT_TRANSLATE_NOOP("scanning", ...)`` so ``pyside6-lupdate`` finds
them; keeping them in one module keeps the wording consistent across code kinds.
"""

from __future__ import annotations

from returns_app.i18n import QT_TRANSLATE_NOOP, Message

CONTEXT = "scanning"

_MAX_SHOWN = 48


def _shown(text: str) -> str:
    """Return ``text`` shortened for a message, with control characters made visible."""
    visible = "".join(f"<{ord(c):02X}>" if ord(c) < 32 else c for c in text)
    if len(visible) > _MAX_SHOWN:
        return visible[: _MAX_SHOWN - 1] + "…"
    return visible


def _m(template: str, /, **params: object) -> Message:
    return Message(CONTEXT, template, params)


def nothing_scanned() -> Message:
    return _m(QT_TRANSLATE_NOOP("scanning", "Nothing was scanned."))


def too_long(limit: int) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning", "Too long for a code (over {limit} characters). Scan the label again."
        ),
        limit=limit,
    )


def unknown_format(text: str) -> Message:
    return _m(QT_TRANSLATE_NOOP("scanning", "Unknown format: “{text}”."), text=_shown(text))


def check_digit_mismatch(expected: int | str, scanned: int | str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP("scanning", "Check digit should be {expected}, scanned {scanned}."),
        expected=expected,
        scanned=scanned,
    )


def s10_country(country: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning",
            "{country} is not a country code, so this is no postal tracking number (UPU S10). "
            "Scan the label again.",
        ),
        country=_shown(country),
    )


def gs1_bad_value(ai: str, value: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning", "GS1 field ({ai}) holds “{value}”, which is not a value it may hold."
        ),
        ai=ai,
        value=_shown(value),
    )


def return_code_shape(text: str, example: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning", "A return code is R followed by digits, like {example}; got “{text}”."
        ),
        text=_shown(text),
        example=example,
    )


def return_code_length(count: int, minimum: int, maximum: int) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning", "A return code has {minimum} to {maximum} digits; this one has {count}."
        ),
        count=count,
        minimum=minimum,
        maximum=maximum,
    )


def gtin_shape(text: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning", "A product code (GTIN) has 8, 12, 13 or 14 digits; got “{text}”."
        ),
        text=_shown(text),
    )


def gs1_empty() -> Message:
    return _m(QT_TRANSLATE_NOOP("scanning", "GS1: the code contains no data."))


def gs1_unknown_ai(rest: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP("scanning", "GS1: unknown application identifier (AI) at “{rest}”."),
        rest=_shown(rest),
    )


def gs1_fixed_length(ai: str, length: int, value: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP("scanning", "GS1: AI {ai} needs {length} characters, got “{value}”."),
        ai=ai,
        length=length,
        value=_shown(value),
    )


def gs1_too_short(ai: str, minimum: int, value: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning", "GS1: AI {ai} needs at least {minimum} characters, got “{value}”."
        ),
        ai=ai,
        minimum=minimum,
        value=_shown(value),
    )


def gs1_too_long(ai: str, maximum: int, value: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning", "GS1: AI {ai} allows at most {maximum} characters, got “{value}”."
        ),
        ai=ai,
        maximum=maximum,
        value=_shown(value),
    )


def gs1_not_digits(ai: str, value: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP("scanning", "GS1: AI {ai} allows only digits, got “{value}”."),
        ai=ai,
        value=_shown(value),
    )


def gs1_bad_character(ai: str, char: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning", "GS1: AI {ai} contains “{char}”, which GS1 data may not contain."
        ),
        ai=ai,
        char=_shown(char),
    )


def gs1_check_digit(ai: str, expected: int, scanned: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning", "GS1: AI {ai} check digit should be {expected}, scanned {scanned}."
        ),
        ai=ai,
        expected=expected,
        scanned=scanned,
    )


def gs1_bad_date(ai: str, value: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP("scanning", "GS1: AI {ai} date {value} is not a valid date."),
        ai=ai,
        value=_shown(value),
    )


def gs1_bad_time(ai: str, value: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP("scanning", "GS1: AI {ai} time {value} is not a valid time."),
        ai=ai,
        value=_shown(value),
    )


def gs1_duplicate(ai: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP("scanning", "GS1: AI {ai} appears twice with different values."),
        ai=ai,
    )


def url_without_code(url: str) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning",
            "The link contains no return code, order, tracking or product code: “{url}”.",
        ),
        url=_shown(url),
    )


def us_layout_on_finnish() -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning",
            "The scanner seems to use a US keyboard layout on a Finnish computer: set the scanner to Finnish layout.",
        )
    )


def y_z_swapped() -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "scanning",
            "The scanner seems to swap Y and Z (a German keyboard layout): set the scanner to the computer's keyboard layout.",
        )
    )


# Kind labels for people; keyed by ScanResult.kind.
KIND_LABELS: dict[str, str] = {
    "return_code": QT_TRANSLATE_NOOP("scanning", "Return code"),
    "order_number": QT_TRANSLATE_NOOP("scanning", "Order number"),
    "tracking_s10": QT_TRANSLATE_NOOP("scanning", "Tracking number (UPU S10)"),
    "tracking": QT_TRANSLATE_NOOP("scanning", "Tracking number"),
    "gtin": QT_TRANSLATE_NOOP("scanning", "Product code (GTIN)"),
    "sscc": QT_TRANSLATE_NOOP("scanning", "Shipping container code (SSCC)"),
    "gs1": QT_TRANSLATE_NOOP("scanning", "GS1 data"),
    "url": QT_TRANSLATE_NOOP("scanning", "Link"),
    "unknown": QT_TRANSLATE_NOOP("scanning", "Unknown code"),
}


def kind_label(kind: str) -> Message:
    """Return the name of a code kind for people (``"gtin"`` → "Product code (GTIN)")."""
    return Message(CONTEXT, KIND_LABELS.get(kind, KIND_LABELS["unknown"]))
