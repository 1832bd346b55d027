"""The wording of customer e-mails: shipped templates are valid, values are escaped in HTML."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from returns_app.services.errors import InvalidInput
from returns_app.services.mail import templates


@pytest.mark.parametrize("language", templates.LANGUAGES)
@pytest.mark.parametrize("kind", templates.KINDS)
def test_every_shipped_template_uses_only_its_own_placeholders(kind, language):
    shipped = templates.shipped_template(kind, language)
    templates.check_template(kind, shipped.subject, shipped.body)
    used = set(templates.placeholders_in(shipped.subject + shipped.body))
    assert {"customer_name", "return_code"} <= used


@pytest.mark.parametrize(
    ("subject", "body", "complaint"),
    [
        ("Hi {customer}", "x", "{customer} is not a placeholder"),
        ("Hi", "{return_code!r}", "not closed"),
        ("Hi", "{amount:>10}", "not closed"),
        ("Hi", "{", "not closed"),
        ("", "text", "Write both"),
    ],
)
def test_a_broken_template_is_refused_with_what_to_do(subject, body, complaint):
    with pytest.raises(InvalidInput, match=re.escape(complaint)):
        templates.check_template("refund_issued", subject, body)


values = st.text(st.characters(whitelist_categories=("L", "N", "P", "S")), max_size=40)


@given(name=values, reason=values)
def test_no_value_ever_becomes_html(name, reason):
    template = templates.Template(
        "return_rejected", "en", "For {customer_name}", "Dear {customer_name},\n\n{reason}"
    )
    shown = templates.render(
        template, {"customer_name": name, "reason": reason}, "Shop <Oy>\nBusiness ID 1"
    )
    assert name in shown.text and reason in shown.text
    body = shown.html.split("<body", 1)[1]
    assert html.escape(name, quote=False) in body
    # Only the page's own tags: every "<" a value brought is escaped.
    tags = set(re.findall(r"<(/?[a-z]+)", body))
    assert tags <= {"p", "/p", "br", "hr", "/body", "/html"}
    assert "Shop &lt;Oy&gt;" in body
