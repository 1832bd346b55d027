"""The wording of customer e-mails: shipped templates, administrators' overrides, rendering.

A template is a subject and a plain-text body with ``{placeholders}``. The plain-text part is
the body with the values filled in; the HTML part is made from the same body, with both the
template's words and every value escaped (a customer named ``<b>`` stays text), blank lines
as paragraphs and single line breaks kept. The shop's name, address, business ID and contact
details are added below every message by the renderer, so no edited template can lose them.
"""

from __future__ import annotations

import html
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from returns_app.i18n import QT_TRANSLATE_NOOP, Message
from returns_app.resources import mail_template_path
from returns_app.services.errors import InvalidInput

LANGUAGES = ("fi", "en")
KINDS = (
    "return_registered",
    "parcel_arrived",
    "refund_issued",
    "return_rejected",
    "defect_registered",
    "defect_arrived",
)

KIND_NAMES = {
    "return_registered": QT_TRANSLATE_NOOP("mail", "Return registered"),
    "parcel_arrived": QT_TRANSLATE_NOOP("mail", "Parcel arrived"),
    "refund_issued": QT_TRANSLATE_NOOP("mail", "Refund issued"),
    "return_rejected": QT_TRANSLATE_NOOP("mail", "Return rejected"),
    "defect_registered": QT_TRANSLATE_NOOP("mail", "Defect claim registered"),
    "defect_arrived": QT_TRANSLATE_NOOP("mail", "Defect claim: parcel arrived"),
    "test": QT_TRANSLATE_NOOP("mail", "Test message"),
}

COMMON = ("customer_name", "return_code", "order_number", "shop_name")
PLACEHOLDERS: Mapping[str, tuple[str, ...]] = {
    "return_registered": COMMON + ("items", "goods_due", "return_address"),
    "parcel_arrived": COMMON
    + ("received_items", "missing_items", "not_accepted", "refund_due", "refund_state"),
    "refund_issued": COMMON + ("amount", "payment_method", "credit_note_number", "deductions"),
    "return_rejected": COMMON + ("reason", "goods_fate"),
    # A defect claim has no withdrawal deadlines and its remedy is decided after the check.
    "defect_registered": COMMON + ("items", "return_address"),
    "defect_arrived": COMMON + ("received_items", "missing_items"),
}


@dataclass(frozen=True)
class Template:
    """A subject and a body with placeholders; ``shipped`` when no administrator changed it."""

    kind: str
    language: str
    subject: str
    body: str
    shipped: bool = True


@dataclass(frozen=True)
class Rendered:
    """One message ready for the outbox."""

    subject: str
    text: str
    html: str


def _msg(text: str, **params) -> Message:
    return Message("services", text, params)


@cache
def shipped_template(kind: str, language: str) -> Template:
    """The wording shipped with the app (``resources/mail/<lang>/<kind>.txt``)."""
    raw = mail_template_path(kind, language).read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    assert first.startswith("Subject:"), f"{kind}/{language}: the first line is the subject"
    return Template(kind, language, first.removeprefix("Subject:").strip(), body.strip("\n"))


def placeholders_in(text: str) -> list[str]:
    """The placeholder names ``text`` uses, in order; raises ValueError for a broken brace."""
    names = []
    for _, field_name, spec, conversion in string.Formatter().parse(text):
        if field_name is None:
            continue
        if spec or conversion:
            raise ValueError(field_name)
        names.append(field_name)
    return names


def check_template(kind: str, subject: str, body: str) -> None:
    """Raise :class:`InvalidInput` unless every placeholder is one this kind of message fills."""
    if kind not in PLACEHOLDERS:
        raise InvalidInput(_msg(QT_TRANSLATE_NOOP("services", "Unknown kind of e-mail.")))
    if not subject.strip() or not body.strip():
        raise InvalidInput(
            _msg(QT_TRANSLATE_NOOP("services", "Write both the subject and the message."))
        )
    allowed = PLACEHOLDERS[kind]
    for part in (subject, body):
        try:
            names = placeholders_in(part)
        except ValueError:
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "A brace {{ or }} is not closed, or a placeholder has extra characters. "
                        "Write placeholders as {{name}}; write a brace as {{{{ or }}}}.",
                    )
                )
            ) from None
        unknown = [n for n in names if n not in allowed]
        if unknown:
            raise InvalidInput(
                _msg(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "{{{name}}} is not a placeholder of this message. Use one of: {allowed}.",
                    ),
                    name=unknown[0],
                    allowed=", ".join("{" + a + "}" for a in allowed),
                )
            )


def _paragraphs_html(text: str) -> str:
    out = []
    for block in text.split("\n\n"):
        if block.strip():
            out.append("<p>" + "<br>\n".join(block.strip("\n").split("\n")) + "</p>")
    return "\n".join(out)


def _escaped_fill(template: str, values: Mapping[str, str]) -> str:
    pieces = []
    for literal, field_name, _, _ in string.Formatter().parse(template):
        pieces.append(html.escape(literal, quote=False))
        if field_name is not None:
            pieces.append(html.escape(str(values.get(field_name, "")), quote=False))
    return "".join(pieces)


def render(template: Template, values: Mapping[str, str], signature: str) -> Rendered:
    """Fill ``template`` with ``values``: subject, plain text and HTML (values escaped).

    ``signature`` (the shop's details, one per line) ends both parts.
    """
    subject = " ".join(template.subject.format_map(_Values(values)).split())
    # An empty value on a line of its own (no deductions) leaves no gap of blank lines.
    filled = re.sub(r"\n{3,}", "\n\n", template.body.format_map(_Values(values)))
    text = filled.rstrip() + "\n\n-- \n" + signature + "\n"
    body_html = _paragraphs_html(_escaped_fill(template.body, values))
    sign_html = "<br>\n".join(html.escape(line, quote=False) for line in signature.split("\n"))
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(subject, quote=False)}</title></head>\n"
        '<body style="font-family: sans-serif; font-size: 15px; color: #222;">\n'
        f"{body_html}\n"
        '<hr style="border: none; border-top: 1px solid #ccc;">\n'
        f'<p style="color: #555; font-size: 13px;">{sign_html}</p>\n'
        "</body></html>\n"
    )
    return Rendered(subject, text, page)


class _Values(dict):
    """Values for ``format_map``; a placeholder without a value reads as nothing."""

    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__({k: str(v) for k, v in values.items()})

    def __missing__(self, key: str) -> str:
        return ""
