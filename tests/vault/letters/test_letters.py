"""Letters: every kind in every language, the articles they cite, and the template sandbox."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from vault.errors import InvalidInput
from vault.law.authorities import authority_for
from vault.letters.document import LetterDocument
from vault.letters.rendering import (
    FOLLOW_UPS,
    KINDS,
    LANGUAGES,
    OBSTACLES,
    RIGHTS,
    LetterContext,
    default_language,
    format_date,
    render_letter,
    template_source,
)

LAW = {"en": "GDPR", "fr": "RGPD", "de": "DSGVO"}

# The main article of each kind, as each language writes it.
ARTICLE = {
    "access": ("Article 15", "article 15", "Art. 15"),
    "rectification": ("Article 16", "article 16", "Art. 16"),
    "erasure": ("Article 17", "article 17", "Art. 17"),
    "restriction": ("Article 18", "article 18", "Art. 18"),
    "portability": ("Article 20", "article 20", "Art. 20"),
    "objection": ("Article 21(1)", "article 21, paragraphe 1", "Art. 21 Abs. 1"),
    "objection_marketing": ("Article 21(2)", "article 21, paragraphe 2", "Art. 21 Abs. 2"),
    "automated_decision": ("Article 22", "article 22", "Art. 22"),
    "withdraw_consent": ("Article 7(3)", "article 7, paragraphe 3", "Art. 7 Abs. 3"),
    "post_mortem": ("Article 85", "article 85", "Art. 85"),
    "reminder": ("Article 12(3)", "article 12, paragraphe 3", "Art. 12 Abs. 3"),
    "complaint": ("Article 77", "article 77", "Art. 77"),
    "obstacle_id_demand": ("Article 12(6)", "article 12, paragraphe 6", "Art. 12 Abs. 6"),
    "obstacle_excessive_or_fee": ("Article 12(5)", "article 12, paragraphe 5", "Art. 12 Abs. 5"),
    "obstacle_language_or_partial": ("Article 12(1)", "article 12, paragraphe 1", "Art. 12 Abs. 1"),
    "obstacle_channel_or_form": ("Article 12(2)", "article 12, paragraphe 2", "Art. 12 Abs. 2"),
    "obstacle_no_data": ("Article 15", "article 15", "Art. 15"),
    "obstacle_forwarded_no_answer": ("Article 12(3)", "article 12, paragraphe 3", "Art. 12 Abs. 3"),
    "id_copy_cover": ("Article 17(1)(a)", "article 17, paragraphe 1, point a)", "Art. 17 Abs. 1 lit. a"),
}

# Every rule each obstacle reply must cite (issue 5), per language.
OBSTACLE_CITES = {
    "obstacle_id_demand": {
        "en": ["Article 11(2)", "Article 12(2)", "Article 12(6)", "Article 5(1)(c)"],
        "fr": ["article 11, paragraphe 2", "article 12, paragraphe 2", "article 12, paragraphe 6",
               "article 5, paragraphe 1, point c)"],
        "de": ["Art. 11 Abs. 2", "Art. 12 Abs. 2", "Art. 12 Abs. 6", "Art. 5 Abs. 1 lit. c"]},
    "obstacle_excessive_or_fee": {
        "en": ["Article 12(5)", "Article 15(3)"],
        "fr": ["article 12, paragraphe 5", "article 15, paragraphe 3"],
        "de": ["Art. 12 Abs. 5", "Art. 15 Abs. 3"]},
    "obstacle_language_or_partial": {
        "en": ["Article 12(1)", "Article 15(1)"],
        "fr": ["article 12, paragraphe 1", "article 15, paragraphes 1"],
        "de": ["Art. 12 Abs. 1", "Art. 15 Abs. 1"]},
    "obstacle_channel_or_form": {
        "en": ["Article 12(2)"], "fr": ["article 12, paragraphe 2"], "de": ["Art. 12 Abs. 2"]},
    "obstacle_no_data": {
        "en": ["Article 15", "Article 5(2)"], "fr": ["article 15", "article 5, paragraphe 2"],
        "de": ["Art. 15", "Art. 5 Abs. 2"]},
    "obstacle_forwarded_no_answer": {
        "en": ["Article 12(3)"], "fr": ["article 12, paragraphe 3"], "de": ["Art. 12 Abs. 3"]},
}


def make_context(**changes) -> LetterContext:
    ctx = LetterContext(
        sender_name="Jeanne Exemple",
        sender_address_lines=["12 rue des Lilas", "75011 Paris"],
        sender_email="jeanne.shop@example.org",
        identifiers=[("E-mail", "jeanne.shop@example.org"), ("Customer number", "C-778812")],
        controller_name="Acme Retail SAS",
        controller_address_lines=["1 avenue de l'Opéra", "75001 Paris"],
        dpo_email="dpo@acme.example",
        contact_email="contact@acme.example",
        place="Paris",
        letter_date=date(2026, 11, 23),
        reference="PV-2026-00042",
        details="",
        original_right="access",
        original_sent_on=date(2026, 9, 1),
        original_received_on=date(2026, 9, 1),
        original_due_on=date(2026, 10, 1),
        original_reference="PV-2026-00007",
        answer_received_on=date(2026, 9, 20),
        authority=authority_for("FR"),
        chronology=[(date(2026, 9, 1), "Request sent by e-mail"), (date(2026, 10, 20), "Reminder sent")],
        annexes=["Request of 1 September 2026", "Reminder of 20 October 2026"],
    )
    return replace(ctx, **changes)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_and_language_renders(kind: str, lang: str) -> None:
    doc = render_letter(kind, lang, make_context())
    text = doc.as_text()
    assert isinstance(doc, LetterDocument) and doc.lang == lang
    assert doc.subject and doc.body and "\n\n\n" not in doc.body
    assert "Acme Retail SAS" in text
    assert "Jeanne Exemple" in doc.body  # signed
    assert "C-778812" in doc.body        # an identifier the controller knows
    assert ARTICLE[kind][LANGUAGES.index(lang)] in doc.body
    assert LAW[lang] in doc.body
    assert doc.sender_lines[0] == "Jeanne Exemple"
    assert not re.search(r"\{\{|\{%|\}\}", text), "template syntax leaked into the letter"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", RIGHTS)
def test_rights_letters_state_the_deadline_and_where_to_answer(kind: str, lang: str) -> None:
    doc = render_letter(kind, lang, make_context())
    if kind != "post_mortem":  # art. 12(3) covers arts. 15-22 only, not French directives after death
        assert ("Article 12(3)", "article 12, paragraphe 3", "Art. 12 Abs. 3")[LANGUAGES.index(lang)] in doc.body
    assert "jeanne.shop@example.org" in doc.body
    assert "PV-2026-00042" in doc.body
    assert doc.recipient_email == "dpo@acme.example"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_access_letter_spells_out_article_15(lang: str) -> None:
    body = render_letter("access", lang, make_context()).body
    for letter in "abcdefgh":
        assert re.search(rf"^{letter}\)", body, re.M) or f"({letter})" in body
    assert {"en": "copy", "fr": "copie", "de": "Kopie"}[lang] in body
    assert {"en": "source", "fr": "source", "de": "Herkunft"}[lang] in body
    assert {"en": "recipients", "fr": "destinataires", "de": "Empfänger"}[lang] in body


def test_subjects_and_layout_per_language() -> None:
    en = render_letter("access", "en", make_context())
    fr = render_letter("access", "fr", make_context())
    de = render_letter("access", "de", make_context(place="Berlin"))
    assert en.subject == "Request for access to personal data (Article 15 GDPR)"
    assert fr.subject == "Demande d'accès aux données personnelles (article 15 du RGPD)"
    assert de.subject == "Auskunftsersuchen nach Art. 15 DSGVO"
    assert en.place_date == "Paris, 23 November 2026"
    assert fr.place_date == "Paris, le 23 novembre 2026"
    assert de.place_date == "Berlin, 23.11.2026"
    assert en.recipient_lines[:2] == ["Acme Retail SAS", "Attn: Data Protection Officer"]
    assert fr.recipient_lines[1] == "À l'attention du délégué à la protection des données"
    assert de.recipient_lines[1] == "– Datenschutzbeauftragte(r) –"  # the review: no "z. Hd." with a job title
    assert en.recipient_lines[2:] == ["1 avenue de l'Opéra", "75001 Paris"]
    named = render_letter("access", "en", make_context(dpo_name="Ada Lovelace"))
    assert named.recipient_lines[1] == "Attn: Ada Lovelace, Data Protection Officer"
    assert en.sender_lines == ["Jeanne Exemple", "12 rue des Lilas", "75011 Paris", "jeanne.shop@example.org"]


def test_date_formats() -> None:
    assert format_date(date(2026, 11, 23), "en") == "23 November 2026"
    assert format_date(date(2026, 11, 23), "fr") == "23 novembre 2026"
    assert format_date(date(2026, 11, 1), "fr") == "1er novembre 2026"
    assert format_date(date(2026, 3, 5), "de") == "05.03.2026"


def test_recipient_email_falls_back_to_contact() -> None:
    doc = render_letter("erasure", "en", make_context(dpo_email=""))
    assert doc.recipient_email == "contact@acme.example"
    assert render_letter("erasure", "en", make_context(dpo_email="", contact_email="")).recipient_email == ""


def test_uk_controller_letters_cite_the_uk_gdpr() -> None:
    assert "Article 15 UK GDPR" in render_letter("access", "en", make_context(controller_country="GB")).subject


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", OBSTACLES)
def test_obstacle_replies_cite_their_rules_and_the_history(kind: str, lang: str) -> None:
    body = render_letter(kind, lang, make_context()).body
    for cite in OBSTACLE_CITES[kind][lang]:
        assert cite in body, (kind, lang, cite)
    assert format_date(date(2026, 9, 1), lang) in body      # the original request
    assert format_date(date(2026, 9, 20), lang) in body     # the controller's reply
    assert "PV-2026-00007" in body


@pytest.mark.parametrize("lang", LANGUAGES)
def test_reminder_refers_to_the_original_request(lang: str) -> None:
    doc = render_letter("reminder", lang, make_context())
    text = doc.subject + "\n" + doc.body
    assert ("Article 12(3)", "article 12, paragraphe 3", "Art. 12 Abs. 3")[LANGUAGES.index(lang)] in text
    assert ("Article 12(4)", "article 12, paragraphe 4", "Art. 12 Abs. 4")[LANGUAGES.index(lang)] in text
    assert format_date(date(2026, 9, 1), lang) in text   # sent on
    assert format_date(date(2026, 10, 1), lang) in text  # due date passed
    assert "PV-2026-00007" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_complaint_goes_to_the_authority_with_chronology_and_annexes(lang: str) -> None:
    authority = authority_for("DE", "BY")
    doc = render_letter("complaint", lang, make_context(authority=authority))
    assert doc.recipient_lines[0] == authority.name
    assert doc.recipient_lines[-1] == "Deutschland"
    assert doc.recipient_email == "poststelle@lda.bayern.de"
    assert "Acme Retail SAS" in doc.subject and "Acme Retail SAS" in doc.body
    assert f"- {format_date(date(2026, 10, 20), lang)}: Reminder sent".replace(":", " :" if lang == "fr" else ":") in doc.body
    assert doc.annexes == ["Request of 1 September 2026", "Reminder of 20 October 2026"]
    assert ("Annexes:", "Annexes :", "Anlagen:")[LANGUAGES.index(lang)] in doc.as_text()


def test_complaint_accepts_an_authority_as_plain_data() -> None:
    doc = render_letter("complaint", "en", make_context(
        authority={"name": "Some Authority", "address": "1 Road\nTown\nCountry", "email": "c@auth.example"}))
    assert doc.recipient_lines == ["Some Authority", "1 Road", "Town", "Country"]
    assert doc.recipient_email == "c@auth.example"


def test_follow_ups_need_the_original_request_and_complaints_an_authority() -> None:
    for kind in FOLLOW_UPS + OBSTACLES:
        with pytest.raises(InvalidInput):
            render_letter(kind, "en", make_context(original_sent_on=None))
    with pytest.raises(InvalidInput, match="authority"):
        render_letter("complaint", "en", make_context(authority=None))


def test_unknown_kind_or_language_is_refused() -> None:
    with pytest.raises(InvalidInput, match="kind of letter"):
        render_letter("nonsense", "en", make_context())
    with pytest.raises(InvalidInput, match="language"):
        render_letter("access", "it", make_context())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_post_mortem_explains_french_law(lang: str) -> None:
    body = render_letter("post_mortem", lang, make_context()).body
    assert "78-17" in body
    if lang != "fr":
        assert {"en": "French law", "de": "französischem Recht"}[lang] in body


def test_details_appear_literally_never_as_template_code() -> None:
    details = "{{ 7*7 }} {% if true %}x{% endif %} <b>x</b> {{ ''.__class__ }}"
    for kind in ("rectification", "objection", "withdraw_consent", "obstacle_no_data"):
        body = render_letter(kind, "en", make_context(details=details)).body
        assert details in body
        assert "49" not in body
    sneaky = make_context(sender_name="{{ 7*7 }}", controller_name="<script>", identifiers=[("{%", "%}")])
    doc = render_letter("access", "en", sneaky)
    assert "{{ 7*7 }}" in doc.body and "<script>" in doc.as_text() and "- {%: %}" in doc.body


def test_missing_details_leave_a_visible_placeholder() -> None:
    body = render_letter("rectification", "en", make_context(details="")).body
    assert "[Describe the data" in body


def test_user_template_override() -> None:
    template = ("Personal subject for {{ controller_name }}\n\nDear DPO,\n\nPlease act on "
                "Article 15 {{ gdpr }} by {{ letter_date | date }}.\n\n{{ sender_name }}")
    doc = render_letter("access", "en", make_context(), user_template=template)
    assert doc.subject == "Personal subject for Acme Retail SAS"
    assert doc.body == "Dear DPO,\n\nPlease act on Article 15 GDPR by 23 November 2026.\n\nJeanne Exemple"
    assert doc.recipient_lines[0] == "Acme Retail SAS"


def test_user_template_may_use_the_shared_macros() -> None:
    template = '{% import "de/_macros.txt.j2" as m with context %}\nBetreff\n\n{{ m.deadline() }}'
    assert "Art. 12 Abs. 3" in render_letter("access", "de", make_context(), user_template=template).body


def test_builtin_template_source_round_trips_as_user_template() -> None:
    for kind in KINDS:
        source = template_source(kind, "fr")
        assert render_letter(kind, "fr", make_context(), user_template=source) == \
            render_letter(kind, "fr", make_context())
    with pytest.raises(InvalidInput):
        template_source("access", "xx")


@pytest.mark.parametrize(("template", "line"), [
    ("Subject\n\nline 3\nline 4\nline 5\nline 6\n{% if %}\n", 7),
    ("Subject\n\n{{ unknown_variable }}\n", 3),
    ("Subject\n{{ sender_name\n", 2),
    ("Subject\n\n\n{% for x in identifiers %}\n{{ x }}\n", None),  # unclosed block: line of the end
    ("Subject\n\n{{ 1 / 0 }}\n", 3),
    ('Subject\n{% include "../../etc/passwd" %}\n', 2),
])
def test_broken_user_template_names_the_line(template: str, line: int | None) -> None:
    with pytest.raises(InvalidInput) as caught:
        render_letter("access", "en", make_context(), user_template=template)
    message = str(caught.value)
    assert message.startswith("Your template has an error on line ")
    if line is not None:
        assert f"on line {line}:" in message
    assert "Traceback" not in message and message.endswith(".")


@pytest.mark.parametrize("template", [
    "S\n{{ ''.__class__.__mro__ }}",
    "S\n{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "S\n{{ cycler.__init__.__globals__ }}",
    "S\n{{ joiner.__init__.__globals__.os }}",
    "S\n{{ lipsum.__globals__['os'].popen('id').read() }}",
    "S\n{{ namespace.__init__.__globals__ }}",
    "S\n{{ ''|attr('__class__') }}",
    "S\n{{ '{0.__class__}'.format(1) }}",
    "S\n{{ self._TemplateReference__context }}",
    "S\n{{ letter_date.__class__.__init__.__globals__ }}",
    "S\n{{ annexes.append('x') }}",
    "S\n{{ 'x' * 1000000000 }}",
    "S\n{{ 9 ** 99999999 }}",
    "S\n{% for i in range(100000) %}{{ 'x' * 99999 }}{% endfor %}",
])
def test_sandbox_escapes_are_refused(template: str) -> None:
    with pytest.raises(InvalidInput):
        render_letter("access", "en", make_context(), user_template=template)


def test_empty_user_template_is_refused() -> None:
    with pytest.raises(InvalidInput, match="subject"):
        render_letter("access", "en", make_context(), user_template="  \n\n")


@pytest.mark.parametrize(("country", "region", "lang"), [
    ("FR", None, "fr"), ("be", None, "fr"), ("LU", None, "fr"), ("MC", None, "fr"),
    ("DE", "BY", "de"), ("AT", None, "de"), ("LI", None, "de"),
    ("CH", "GE", "fr"), ("CH", "CH-VD", "fr"), ("CH", "VS", "fr"), ("CH", "FR", "fr"),
    ("CH", "ZH", "de"), ("CH", "BE", "de"), ("CH", None, "de"),
    ("IE", None, "en"), ("GB", None, "en"), (None, None, "en"), ("", None, "en"),
])
def test_default_language(country: str | None, region: str | None, lang: str) -> None:
    assert default_language(country, region) == lang
