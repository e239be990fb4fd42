"""The HTML export: a complete page that loads nothing and shows user text literally."""
from __future__ import annotations

import dataclasses
from html.parser import HTMLParser

import pytest

from vault.letters.document import LetterDocument
from vault.letters.html import letter_to_html

MARKUP = "<b>x</b><img src=x>"
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "p", "br", "b", "ul", "li"}


class Collector(HTMLParser):
    """Tags, attributes and text of a page, as a browser would parse it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Collector:
    collector = Collector()
    collector.feed(page)
    collector.close()
    return collector


@pytest.fixture
def letter() -> LetterDocument:
    return LetterDocument(
        lang="en",
        sender_lines=["Jane Doe", "1 High Street", "London N1 1AA"],
        recipient_lines=["Acme Widgets Ltd", "Attn. Data Protection Officer", "Manchester M1 2AB"],
        place_date="London, 23 November 2026",
        reference="PV-2026-0043",
        subject="Request for access (Article 15 GDPR)",
        body="Dear Sir or Madam,\n\nPlease send me a copy.\nThank you.\n\nYours faithfully,\nJane Doe",
        annexes=["ID card copy"],
    )


def test_complete_self_contained_document(letter: LetterDocument) -> None:
    page = letter_to_html(letter)
    assert page.startswith("<!DOCTYPE html>")
    parsed = parse(page)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    for _, attrs in parsed.tags:
        assert "src" not in attrs and "href" not in attrs
    assert "default-src 'none'" in page
    assert ("html", {"lang": "en"}) in parsed.tags
    assert "http:" not in page and "https:" not in page and "url(" not in page


def test_layout_order_and_paragraphs(letter: LetterDocument) -> None:
    page = letter_to_html(letter)
    positions = [page.index(s) for s in ("Jane Doe", "Acme Widgets Ltd", "London, 23 November 2026",
                                         "PV-2026-0043", "<b>Request for access", "Dear Sir", "ID card copy")]
    assert positions == sorted(positions)
    assert '<p class="date" align="right">London, 23 November 2026</p>' in page
    assert "<p>Please send me a copy.<br>\nThank you.</p>" in page
    assert "<li>ID card copy</li>" in page


@pytest.mark.parametrize("field", ["sender_lines", "recipient_lines", "place_date", "reference", "subject",
                                   "body", "annexes"])
def test_user_markup_is_shown_literally(letter: LetterDocument, field: str) -> None:
    value = [MARKUP] if isinstance(getattr(letter, field), list) else MARKUP
    parsed = parse(letter_to_html(dataclasses.replace(letter, **{field: value})))
    assert "img" not in {tag for tag, _ in parsed.tags}
    assert MARKUP in "".join(parsed.text)


def test_attribute_and_control_characters_cannot_escape(letter: LetterDocument) -> None:
    page = letter_to_html(dataclasses.replace(letter, lang='en" onload="alert(1)', subject="A\x00B\x1bC"))
    parsed = parse(page)
    assert parsed.tags[0] == ("html", {"lang": 'en" onload="alert(1)'})
    assert "\x00" not in page and "\x1b" not in page
    assert "ABC" in "".join(parsed.text)
