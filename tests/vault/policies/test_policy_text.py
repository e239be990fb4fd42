"""Policy files to plain text: encodings, pages saved from a browser, PDF hand-off, junk."""
from __future__ import annotations

from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from vault.errors import InvalidInput
from vault.policies.text import decode_text, html_to_text, policy_text_from_bytes

POLICIES = Path(__file__).parents[2] / "data" / "policies"
SAMPLE = "Les données sont conservées 13 mois – l’équipe. Straße, Größe, €5."


# -- encodings -----------------------------------------------------------------------------

@pytest.mark.parametrize("encoded", [
    SAMPLE.encode("utf-8"),
    SAMPLE.encode("utf-8-sig"),
    SAMPLE.encode("utf-16"),  # with its BOM, in the machine's byte order
    b"\xff\xfe" + SAMPLE.encode("utf-16-le"),
    b"\xfe\xff" + SAMPLE.encode("utf-16-be"),
    SAMPLE.encode("utf-16-le"),  # no BOM: told by the NUL bytes
    SAMPLE.encode("utf-16-be"),
    SAMPLE.encode("cp1252"),  # Windows text: not UTF-8
], ids=["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "cp1252"])
def test_plain_text_in_common_encodings(encoded: bytes) -> None:
    assert policy_text_from_bytes(encoded, "policy.txt") == SAMPLE


def test_latin1_fallback_for_bytes_cp1252_leaves_undefined() -> None:
    # 0x81 and 0x8d have no meaning in cp1252; latin-1 still reads the rest right.
    assert decode_text("données".encode("latin-1") + b"\x81\x8d") == "données\x81\x8d"


def test_line_ends_and_invisible_characters_are_normalised() -> None:
    data = "Ligne un\r\nLigne\u00a0deux\rtrois\u200b\x00\n\n\n\nquatre\u00ad".encode()
    assert policy_text_from_bytes(data, "p.txt") == "Ligne un\nLigne\u00a0deux\ntrois\n\nquatre"


# -- HTML ----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Ignored title</title>
<style>p { color: red }</style><script>var x = "secret@tracker.example";</script></head>
<body><nav><a href="/">Home</a> | <a href="/shop">Shop</a></nav>
<h1>Privacy &amp; you</h1>
<p>We keep data for 3&nbsp;years &ndash; no longer.<br>Second line.</p>
<ul><li>First item</li><li>Second&#160;item</li></ul>
<p>Write to <a href="mailto:privacy%40example.org?subject=Hello">our privacy team</a>
or <a href="mailto:dpo@example.org">dpo@example.org</a>.</p>
<div hidden>Hidden text</div><div style="display: none">Also hidden</div>
<table><tr><td>Logs</td><td>90 days</td></tr></table>
<footer>ACME SAS, 1 rue X, 75001 Paris</footer>
</body></html>"""


def test_html_keeps_the_readable_text_with_its_blocks() -> None:
    text = policy_text_from_bytes(PAGE.encode(), "privacy.html")
    lines = [line for line in text.split("\n") if line]
    assert lines == [
        "Privacy & you",
        "We keep data for 3 years – no longer.",  # no-break spaces read as spaces
        "Second line.",
        "- First item",
        "- Second item",
        "Write to our privacy team <privacy@example.org> or dpo@example.org.",
        "Logs 90 days",
        "ACME SAS, 1 rue X, 75001 Paris",
    ]


def test_html_drops_scripts_styles_navigation_and_hidden_parts() -> None:
    text = policy_text_from_bytes(PAGE.encode(), "privacy.html")
    for noise in ("secret@tracker", "color: red", "Home", "Shop", "Hidden text", "Also hidden", "Ignored title"):
        assert noise not in text


def test_html_is_recognised_by_content_whatever_the_name() -> None:
    assert policy_text_from_bytes(PAGE.encode(), "download").startswith("Privacy & you")


def test_html_declared_charset_is_used_when_not_utf8() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Données conservées – 13 mois</p></body></html>'
    assert policy_text_from_bytes(page.encode("cp1252"), "p.html") == "Données conservées – 13 mois"


def test_html_saved_as_utf8_with_a_stale_charset_declaration() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Données</p></body></html>'
    assert policy_text_from_bytes(page.encode("utf-8"), "p.html") == "Données"


def test_broken_html_still_gives_text() -> None:
    page = "<html><body><p>Unclosed <b>bold <div>and <script>never closed"
    assert html_to_text(page).split() == ["Unclosed", "bold", "and"]


def test_mhtml_single_file_page_saved_by_chrome() -> None:
    archive = MIMEMultipart("related")
    archive["From"] = "<Saved by Blink>"
    archive.attach(MIMEText("<html><body><h1>Datenschutz</h1><p>Wir löschen Daten nach 14 Tagen.</p></body></html>",
                            "html", "utf-8"))
    text = policy_text_from_bytes(archive.as_bytes(), "policy.mhtml")
    assert text == "Datenschutz\n\nWir löschen Daten nach 14 Tagen."


def test_saved_pages_in_the_test_data_read_cleanly() -> None:
    text = policy_text_from_bytes((POLICIES / "fr-boulangerie.html").read_bytes(), "fr-boulangerie.html")
    assert "Le responsable du traitement est la société Boulangerie Dupont SARL, 12 rue des Lilas, 69003 Lyon." in text
    assert "<commandes@boulangerie-dupont.fr>" in text  # only in the link's href
    assert "analytics@" not in text and "Nos pains" not in text


# -- PDF -------------------------------------------------------------------------------------

def test_pdf_without_qt_part_is_refused_with_a_sentence() -> None:
    with pytest.raises(InvalidInput, match="PDF needs the app's Qt part"):
        policy_text_from_bytes(b"%PDF-1.7\n...", "policy.pdf")


def test_pdf_text_comes_from_the_injected_reader() -> None:
    seen: list[bytes] = []

    def fake(data: bytes) -> str:
        seen.append(data)
        return "Page one\r\n\r\nPage two"

    assert policy_text_from_bytes(b"%PDF-1.4 body", "x.bin", pdf_to_text=fake) == "Page one\n\nPage two"
    assert seen == [b"%PDF-1.4 body"]


def test_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(InvalidInput, match="no text layer"):
        policy_text_from_bytes(b"%PDF-1.4 scan", "scan.pdf", pdf_to_text=lambda data: "  \n ")


# -- junk ------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"PK\x03\x04" + bytes(200), "Word"),
    (bytes(range(256)) * 20, "not text"),
])
def test_unreadable_files_are_refused_with_one_sentence(data: bytes, words: str) -> None:
    with pytest.raises(InvalidInput, match=words) as caught:
        policy_text_from_bytes(data, "file")
    message = str(caught.value)
    assert message.endswith(".") and message.count(". ") == 0


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000), st.sampled_from(["p.txt", "p.html", "p.pdf", "p.mhtml", ""]))
def test_any_bytes_give_text_or_invalid_input(data: bytes, name: str) -> None:
    try:
        text = policy_text_from_bytes(data, name)
    except InvalidInput:
        return
    assert isinstance(text, str)


_MARKUP = st.sampled_from(["<p>", "</p>", "<script>", "</script>", "<a href='mailto:x@y.z'>", "</a>", "<!--", "-->",
                           "<![CDATA[", "]]>", "<br>", "&amp;", "&#xZZ;", "&#99999999;", "<div hidden>", "</div>",
                           "<pre>", "</pre>", "text", " ", "\n", "<", ">", "\"", "'", "<?xml", "<!doctype html>"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MARKUP, max_size=200).map("".join))
def test_any_markup_gives_text(page: str) -> None:
    assert isinstance(html_to_text(page), str)
    try:
        policy_text_from_bytes(page.encode(), "p.html")
    except InvalidInput:
        pass
