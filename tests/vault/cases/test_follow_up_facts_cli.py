"""Follow-ups tell the truth: each scenario of issue 13 built from the CLI, its letter read back.

Every letter is checked in English, French and German for the facts of the case (the original
request's reference and dates, an estimate said to be one, the extension, the reminder's own
calendar date) and the citations (UK GDPR for a UK controller in every language).
"""
from __future__ import annotations

import pytest

LANGS = ("en", "fr", "de")
DATE_OF = {  # how each language writes the dates used below
    "en": {"2026-01-05": "5 January 2026", "2026-01-08": "8 January 2026", "2026-02-09": "9 February 2026",
           "2026-02-05": "5 February 2026", "2026-04-06": "6 April 2026", "2026-02-20": "20 February 2026"},
    "fr": {"2026-01-05": "5 janvier 2026", "2026-01-08": "8 janvier 2026", "2026-02-09": "9 février 2026",
           "2026-02-05": "5 février 2026", "2026-04-06": "6 avril 2026", "2026-02-20": "20 février 2026"},
    "de": {"2026-01-05": "05.01.2026", "2026-01-08": "08.01.2026", "2026-02-09": "09.02.2026",
           "2026-02-05": "05.02.2026", "2026-04-06": "06.04.2026", "2026-02-20": "20.02.2026"},
}


def _identity(cli, *extra: str) -> str:
    return cli.ok("identity", "add", "--label", "Me", "--name", "Jeanne Durand", "--email", "jeanne@example.org",
                  "--address", "5 rue Victor Hugo\\n75002 Paris", *extra).out.strip()


def _controller(cli, *args: str) -> str:
    return cli.ok("controller", "add", "--email", "privacy@controller.example", *args).out.strip()


def _letter(cli, tmp_path, request_id: str, *extra: str) -> str:
    out = tmp_path / f"letter-{request_id}-{'-'.join(extra) or 'sent'}.txt"
    cli.ok("letter", request_id, "--format", "txt", "-o", str(out), *extra)
    return out.read_text(encoding="utf-8")


def _sent_access(cli, identity: str, controller: str, lang: str, *, on: str = "2026-01-05",
                 channel: str = "email") -> str:
    request = cli.ok("request", "new", "--identity", identity, "--controller", controller, "--right", "access",
                     "--lang", lang).out.strip()
    cli.ok("request", "sent", request, "--on", on, "--channel", channel)
    return request


@pytest.mark.parametrize("lang", LANGS)
def test_complaint_after_a_reminder_names_the_original_request(cli, tmp_path, lang):
    identity = _identity(cli, "--country", "FR")
    controller = _controller(cli, "--name", "Exemple SA", "--country", "FR")
    original = _sent_access(cli, identity, controller, lang)          # due 5 February 2026
    reminder = cli.ok("request", "follow-up", original, "--kind", "reminder", "--today", "2026-02-06").out.strip()
    cli.ok("request", "sent", reminder, "--on", "2026-02-06", "--channel", "email")
    complaint = cli.ok("request", "follow-up", reminder, "--kind", "complaint", "--lang", lang,
                       "--today", "2026-03-01").out.strip()
    text = _letter(cli, tmp_path, complaint)
    original_ref, reminder_ref = f"PV-2026-{int(original):05d}", f"PV-2026-{int(reminder):05d}"
    body = text.split("\n\n", 5)[-1]
    # The request is the original: its reference, its date and its deadline; the reminder is named as one.
    assert original_ref in body and DATE_OF[lang]["2026-01-05"] in body and DATE_OF[lang]["2026-02-05"] in body
    reminder_sentence = {"en": f"a reminder (reference {reminder_ref})", "fr": f"une relance (référence {reminder_ref})",
                         "de": f"erinnert (mein Zeichen: {reminder_ref})"}[lang]
    assert reminder_sentence in body
    assert {"en": "Article 77", "fr": "article 77", "de": "Art. 77"}[lang] in text


@pytest.mark.parametrize("lang", LANGS)
def test_a_reminder_before_the_deadline_is_refused_with_the_due_date(cli, lang):
    identity = _identity(cli)
    controller = _controller(cli, "--name", "Exemple SA", "--country", "FR")
    original = _sent_access(cli, identity, controller, lang)
    result = cli("request", "follow-up", original, "--kind", "reminder", "--today", "2026-02-05")
    assert result.code == 2 and "2026-02-05" in result.err and "2026-02-06" in result.err
    assert len(cli.ok("request", "list", "--json").json()) == 1  # nothing was written


@pytest.mark.parametrize("lang", LANGS)
def test_reminder_after_a_valid_extension_states_it_and_waits_for_it(cli, tmp_path, lang):
    identity = _identity(cli)
    controller = _controller(cli, "--name", "Exemple SA", "--country", "FR")
    original = _sent_access(cli, identity, controller, lang)
    cli.ok("request", "event", original, "--kind", "extended", "--on", "2026-01-20")  # in time: due 5 April → 7 April
    refused = cli("request", "follow-up", original, "--kind", "reminder", "--today", "2026-03-01")
    assert refused.code == 2 and "extended" in refused.err
    [record] = [r for r in cli.ok("request", "list", "--json").json() if str(r["id"]) == original]
    extended_due = record["extended_due_on"]
    reminder = cli.ok("request", "follow-up", original, "--kind", "reminder", "--today", "2026-04-08").out.strip()
    text = _letter(cli, tmp_path, reminder)
    assert extended_due == "2026-04-07"
    assert {"en": "7 April 2026", "fr": "7 avril 2026", "de": "07.04.2026"}[lang] in text
    denial = {"en": "no notice of extension", "fr": "aucune information de prolongation",
              "de": "Eine Mitteilung über eine Fristverlängerung habe ich nicht erhalten"}[lang]
    assert denial not in text
    assert {"en": "extending the time limit", "fr": "prolongation du délai", "de": "Frist bis zum"}[lang] in text


@pytest.mark.parametrize("lang", LANGS)
def test_reminder_after_a_late_extension_names_it_late(cli, tmp_path, lang):
    identity = _identity(cli)
    controller = _controller(cli, "--name", "Exemple SA", "--country", "FR")
    original = _sent_access(cli, identity, controller, lang)
    cli.ok("request", "event", original, "--kind", "extended", "--on", "2026-02-10")  # after 5 February: late
    reminder = cli.ok("request", "follow-up", original, "--kind", "reminder", "--today", "2026-02-11").out.strip()
    text = _letter(cli, tmp_path, reminder)
    assert {"en": "10 February 2026", "fr": "10 février 2026", "de": "10.02.2026"}[lang] in text
    assert {"en": "came after the first month", "fr": "après l'expiration du premier mois",
            "de": "nach Ablauf des ersten Monats"}[lang] in text
    assert {"en": "no notice of extension", "fr": "aucune information de prolongation",
            "de": "habe ich nicht erhalten"}[lang] not in text


@pytest.mark.parametrize("lang", LANGS)
def test_an_estimated_receipt_is_said_to_be_an_estimate(cli, tmp_path, lang):
    identity = _identity(cli, "--country", "FR")
    controller = _controller(cli, "--name", "Exemple SA", "--country", "FR")
    original = _sent_access(cli, identity, controller, lang, channel="post")  # estimated: 8 January 2026
    reminder = cli.ok("request", "follow-up", original, "--kind", "reminder", "--today", "2026-02-20").out.strip()
    complaint = cli.ok("request", "follow-up", original, "--kind", "complaint", "--lang", lang,
                       "--today", "2026-02-20").out.strip()
    for request in (reminder, complaint):
        text = _letter(cli, tmp_path, request)
        assert DATE_OF[lang]["2026-01-08"] in text
        assert {"en": "an estimate", "fr": "date estimée", "de": "geschätzt"}[lang] in text
        assert {"en": "received on", "fr": "reçue le", "de": "zugegangen;"}[lang] not in text.replace(
            "zugegangen sein", "")


@pytest.mark.parametrize("lang", LANGS)
def test_the_reminder_names_the_calendar_date_the_app_tracks(cli, tmp_path, lang):
    identity = _identity(cli)
    controller = _controller(cli, "--name", "Exemple SA", "--country", "FR")
    original = _sent_access(cli, identity, controller, lang)
    reminder = cli.ok("request", "follow-up", original, "--kind", "reminder", "--today", "2026-02-06").out.strip()
    cli.ok("request", "sent", reminder, "--on", "2026-02-06", "--channel", "email")
    [record] = [r for r in cli.ok("request", "list", "--json").json() if str(r["id"]) == reminder]
    assert record["due_on"] == "2026-02-20"
    text = _letter(cli, tmp_path, reminder)
    assert DATE_OF[lang]["2026-02-20"] in text
    annexes = text.split({"en": "Annexes:", "fr": "Annexes :", "de": "Anlagen:"}[lang])[1]
    assert DATE_OF[lang]["2026-01-05"] in annexes  # the original letter is enclosed


@pytest.mark.parametrize("lang", LANGS)
def test_a_us_controller_never_blocks_a_complaint(cli, tmp_path, lang):
    identity = _identity(cli, "--country", "DE", "--region", "BE")
    with_rep = _controller(cli, "--name", "Google LLC", "--country", "US",
                           "--representative", "Example Rep Ltd\\n1 Rue Exemple\\nDublin")
    without = _controller(cli, "--name", "Other Inc.", "--country", "US")
    for controller, rep in ((with_rep, True), (without, False)):
        original = _sent_access(cli, identity, controller, lang)
        complaint = cli.ok("request", "follow-up", original, "--kind", "complaint", "--lang", lang,
                           "--details", "My typed note.", "--today", "2026-03-01").out.strip()
        text = _letter(cli, tmp_path, complaint)
        assert "Berliner Beauftragte" in text.split("\n\n")[1]  # the person's own authority (Berlin)
        assert "My typed note." in text
        assert ("Example Rep Ltd, 1 Rue Exemple, Dublin" in text) is rep
        assert {"en": "Article 27", "fr": "article 27", "de": "Art. 27"}[lang] in text


def test_a_bavarian_public_body_goes_to_the_bavarian_commissioner(cli, tmp_path):
    identity = _identity(cli)  # no residence recorded: the controller's authority
    public = _controller(cli, "--name", "Landratsamt Beispiel", "--country", "DE", "--region", "BY",
                         "--sector", "public")
    private = _controller(cli, "--name", "Beispiel GmbH", "--country", "DE", "--region", "BY")
    recorded = _controller(cli, "--name", "Telko AG", "--country", "DE", "--region", "BY", "--authority", "debfdi")
    expected = {public: "Der Bayerische Landesbeauftragte", private: "Bayerisches Landesamt",
                recorded: "Die Bundesbeauftragte"}
    for controller, authority in expected.items():
        original = _sent_access(cli, identity, controller, "de")
        complaint = cli.ok("request", "follow-up", original, "--kind", "complaint", "--today", "2026-03-01").out
        assert authority in _letter(cli, tmp_path, complaint.strip()).split("\n\n")[1]


def test_the_person_chooses_the_authority(cli, tmp_path):
    identity = _identity(cli, "--country", "FR")
    controller = _controller(cli, "--name", "Ejemplo SA", "--country", "ES")
    original = _sent_access(cli, identity, controller, "en")
    own = cli.ok("request", "follow-up", original, "--kind", "complaint", "--today", "2026-03-01")
    lead = cli.ok("request", "follow-up", original, "--kind", "complaint", "--authority", "controller",
                  "--today", "2026-03-01")
    chosen = cli.ok("request", "follow-up", original, "--kind", "complaint", "--authority", "iedpc",
                    "--today", "2026-03-01")
    own_text = _letter(cli, tmp_path, own.out.strip())
    assert "CNIL" in own_text.split("\n\n")[1] and "Réclamation" in own_text  # in French, to the CNIL
    assert "web form https://www.cnil.fr/fr/plaintes" in own.err
    assert "Agencia Española" in _letter(cli, tmp_path, lead.out.strip()).split("\n\n")[1]
    assert "Irish Data Protection" in _letter(cli, tmp_path, chosen.out.strip()).split("\n\n")[1]
    bad = cli("request", "follow-up", original, "--kind", "complaint", "--authority", "nowhere")
    assert bad.code == 1 and "nowhere" in bad.err


def test_authorities_list_gives_each_channel(cli):
    records = {r["id"]: r for r in cli.ok("authorities", "list", "--json").json()}
    assert {"id", "name", "country", "region", "sector", "email", "web_form", "postal_address"} <= set(records["nlap"])
    assert records["nlap"]["email"] == ""  # the AP's info address is no complaint channel
    assert "Postbus 93374" in records["nlap"]["postal_address"]
    assert records["debayldb"]["region"] == "BY" and records["debayldb"]["sector"] == "public"
    assert records["frcnil"]["web_form"] == "https://www.cnil.fr/fr/plaintes"


@pytest.mark.parametrize("lang", LANGS)
def test_gb_access_with_an_id_request_follows_article_12a(cli, tmp_path, lang):
    identity = _identity(cli, "--country", "GB")
    controller = _controller(cli, "--name", "Example Ltd", "--country", "GB")
    original = _sent_access(cli, identity, controller, lang, on="2026-03-02")  # due 2 April 2026
    cli.ok("request", "event", original, "--kind", "id-requested", "--on", "2026-03-05")
    cli.ok("request", "event", original, "--kind", "id-provided", "--on", "2026-03-20")
    [record] = [r for r in cli.ok("request", "list", "--json").json() if str(r["id"]) == original]
    assert record["due_on"] == "2026-04-20"  # Art. 12A(2)(b): one month from 20 March, a Monday
    early = cli("request", "follow-up", original, "--kind", "reminder", "--today", "2026-04-10")
    assert early.code == 2 and "2026-04-20" in early.err
    reminder = cli.ok("request", "follow-up", original, "--kind", "reminder", "--today", "2026-04-21").out.strip()
    text = _letter(cli, tmp_path, reminder)
    assert "UK GDPR" in text and "12A" in text
    assert "RGPD" not in text and "DSGVO" not in text and "General Data Protection Regulation" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_complaint_to_the_ico_rests_on_the_dpa_and_not_on_eu_cooperation(cli, tmp_path, lang):
    identity = _identity(cli, "--country", "GB")
    controller = _controller(cli, "--name", "Example Ltd", "--country", "GB")
    original = _sent_access(cli, identity, controller, lang, on="2026-07-01")
    reminder = cli.ok("request", "follow-up", original, "--kind", "reminder", "--today", "2026-08-05").out.strip()
    cli.ok("request", "sent", reminder, "--on", "2026-08-05", "--channel", "email")
    complaint = cli.ok("request", "follow-up", original, "--kind", "complaint", "--lang", lang,
                       "--today", "2026-09-01").out.strip()
    text = _letter(cli, tmp_path, complaint)
    assert "Information Commissioner" in text.split("\n\n")[1]
    assert "165" in text and "164A" in text
    assert "56" not in text.replace("PV-2026", "") and "Article 77(1)" not in text


def test_the_letter_as_sent_stays_what_letter_and_show_give(cli, tmp_path):
    identity = _identity(cli)
    controller = _controller(cli, "--name", "Exemple SA", "--country", "FR")
    request = _sent_access(cli, identity, controller, "en")
    sent_text = _letter(cli, tmp_path, request)
    body = tmp_path / "edited.txt"
    body.write_text("A later draft.", encoding="utf-8")
    cli.ok("request", "edit-letter", request, "--body-file", str(body))
    assert _letter(cli, tmp_path, request) == sent_text
    assert "A later draft." in _letter(cli, tmp_path, request, "--version", "2")
    shown = cli.ok("request", "show", request, "--json").json()
    assert "A later draft." not in shown["letter"]
    assert [(v["version"], v["sent"], v["shown"]) for v in shown["letter_versions"]] == [(1, True, True), (2, False, False)]
    assert cli("letter", request, "--format", "txt", "-o", str(tmp_path / "x.txt"), "--version", "3").code == 1


@pytest.mark.parametrize("lang", LANGS)
def test_post_mortem_directives_only_where_french_law_applies(cli, tmp_path, lang):
    abroad = _identity(cli, "--country", "DE")
    resident = _identity(cli, "--country", "FR")
    controller = _controller(cli, "--name", "Example Ltd", "--country", "GB")
    refused = cli("request", "new", "--identity", abroad, "--controller", controller, "--right", "post_mortem",
                  "--lang", lang)
    assert refused.code == 1 and "French" in refused.err
    request = cli.ok("request", "new", "--identity", resident, "--controller", controller, "--right", "post_mortem",
                     "--lang", lang, "--details", "Erase everything.").out.strip()
    text = _letter(cli, tmp_path, request)
    assert {"en": "because I reside in France (Article 3(II)", "fr": "car je réside en France (article 3, II",
            "de": "weil ich in Frankreich wohne (Art. 3 Abs. II"}[lang] in text
    assert {"en": "Article 12(3)", "fr": "article 12, paragraphe 3", "de": "Art. 12 Abs. 3"}[lang] not in text


@pytest.mark.parametrize("lang", LANGS)
def test_withdrawal_of_consent_is_effective_on_receipt_without_a_month(cli, tmp_path, lang):
    identity = _identity(cli)
    controller = _controller(cli, "--name", "Exemple SA", "--country", "FR")
    request = cli.ok("request", "new", "--identity", identity, "--controller", controller, "--right",
                     "withdraw_consent", "--lang", lang).out.strip()
    text = _letter(cli, tmp_path, request)
    assert {"en": "takes effect as soon as you receive", "fr": "prend effet dès la réception",
            "de": "mit Zugang dieses Schreibens wirksam"}[lang] in text
    assert {"en": "immediate effect", "fr": "effet immédiat", "de": "sofortiger Wirkung"}[lang] not in text
    # The month applies to the erasure asked for, not to the withdrawal.
    assert {"en": "As for the erasure", "fr": "Quant à l'effacement", "de": "Für die Löschung"}[lang] in text


def test_a_complaint_export_points_to_the_web_form_when_the_authority_takes_no_email(cli, tmp_path):
    identity = _identity(cli, "--country", "NL")
    controller = _controller(cli, "--name", "Voorbeeld BV", "--country", "NL")
    original = _sent_access(cli, identity, controller, "en")
    complaint = cli.ok("request", "follow-up", original, "--kind", "complaint", "--today", "2026-03-01").out.strip()
    result = cli("letter", complaint, "--format", "eml", "-o", str(tmp_path / "c.eml"))
    assert result.code == 1 and "web form" in result.err and "autoriteitpersoonsgegevens.nl" in result.err
    assert "info@autoriteitpersoonsgegevens.nl" not in result.err
    assert "Postbus 93374" in _letter(cli, tmp_path, complaint).split("\n\n")[1]


@pytest.mark.parametrize("lang", LANGS)
def test_a_reminder_sent_days_after_its_draft_names_the_date_tracked(cli, tmp_path, lang):
    identity = _identity(cli)
    controller = _controller(cli, "--name", "Exemple SA", "--country", "FR")
    original = _sent_access(cli, identity, controller, lang)
    reminder = cli.ok("request", "follow-up", original, "--kind", "reminder", "--today", "2026-02-06").out.strip()
    cli.ok("request", "sent", reminder, "--on", "2026-02-16", "--channel", "email")  # ten days later
    [record] = [r for r in cli.ok("request", "list", "--json").json() if str(r["id"]) == reminder]
    assert record["due_on"] == "2026-03-02"  # 14 days from 16 February
    text = _letter(cli, tmp_path, reminder)
    assert {"en": "2 March 2026", "fr": "2 mars 2026", "de": "02.03.2026"}[lang] in text
    assert DATE_OF[lang]["2026-02-20"] not in text  # the draft's date is gone


@pytest.mark.parametrize("lang", LANGS)
def test_the_dossier_speaks_the_case_language(cli, tmp_path, lang):
    from tests.ui.rendering.test_page_breaks import pdf_pages

    identity = _identity(cli)
    controller = _controller(cli, "--name", "Exemple SA", "--country", "FR")
    original = _sent_access(cli, identity, controller, lang)
    path = tmp_path / "dossier.pdf"
    cli.ok("request", "dossier", original, "-o", str(path))
    text = "\n".join(line for page in pdf_pages(path) for line in page)
    assert DATE_OF[lang]["2026-01-05"] in text and "2026-01-05" not in text
    assert {"en": "Right: access (Art. 15)", "fr": "Droit : droit d'accès (art. 15)",
            "de": "Recht: Auskunft (Art. 15)"}[lang] in text


@pytest.mark.parametrize("lang, line", [("fr", "ALLEMAGNE"), ("de", "DEUTSCHLAND"), ("en", "GERMANY")])
def test_a_letter_abroad_ends_the_address_with_the_country_in_capitals(cli, tmp_path, lang, line):
    identity = _identity(cli, "--country", "FR")
    controller = _controller(cli, "--name", "Beispiel GmbH", "--country", "DE", "--region", "BE",
                             "--address", "Hauptstraße 1\\n10115 Berlin\\nGermany")
    request = cli.ok("request", "new", "--identity", identity, "--controller", controller, "--right", "access",
                     "--lang", lang).out.strip()
    recipient = _letter(cli, tmp_path, request).split("\n\n")[1].splitlines()
    assert recipient[-1] == line and "Germany" not in recipient  # written once, in the letter's language


def test_spain_warns_of_a_second_access_request_within_six_months(cli, tmp_path):
    from datetime import date, timedelta

    identity = _identity(cli)
    controller = _controller(cli, "--name", "Ejemplo SA", "--country", "ES")
    first = cli.ok("request", "new", "--identity", identity, "--controller", controller, "--right", "access")
    assert "LOPDGDD" not in first.err
    cli.ok("request", "sent", first.out.strip(), "--on", (date.today() - timedelta(days=30)).isoformat(),
           "--channel", "email")
    second = cli.ok("request", "new", "--identity", identity, "--controller", controller, "--right", "access")
    assert "art. 13.3 LOPDGDD" in second.err and second.out.strip().isdigit()  # a warning, not a refusal


def test_a_complaint_to_the_ico_without_a_prior_complaint_warns(cli, tmp_path):
    identity = _identity(cli, "--country", "GB")
    controller = _controller(cli, "--name", "Example Ltd", "--country", "GB")
    original = _sent_access(cli, identity, controller, "en", on="2026-07-01")
    early = cli.ok("request", "follow-up", original, "--kind", "complaint", "--today", "2026-09-01")
    assert "164A" in early.err


def test_a_complaint_to_the_austrian_dsb_carries_what_section_24_dsg_asks(cli, tmp_path):
    identity = _identity(cli, "--country", "AT")
    controller = _controller(cli, "--name", "Beispiel GmbH", "--country", "AT")
    original = _sent_access(cli, identity, controller, "en")
    complaint = cli.ok("request", "follow-up", original, "--kind", "complaint", "--today", "2026-03-01").out.strip()
    text = _letter(cli, tmp_path, complaint)
    assert "Österreichische Datenschutzbehörde" in text.split("\n\n")[1]
    assert "Beschwerde" in text  # in German, as the DSB requires
    assert "(Beschwerdegegner)" in text and "§ 24 Abs. 2 Z 5 DSG" in text  # respondent, the finding sought
    assert "innerhalb eines Jahres" in text and "05.02.2026" in text  # timeliness: § 24 Abs. 2 Z 6 and Abs. 4


def test_gb_clock_moves_with_a_fee_and_pauses_for_a_clarification(cli):
    identity = _identity(cli, "--country", "GB")
    controller = _controller(cli, "--name", "Example Ltd", "--country", "GB")
    request = _sent_access(cli, identity, controller, "en", on="2026-03-02")  # due 2 April 2026

    def due() -> str:
        return next(r for r in cli.ok("request", "list", "--json").json() if str(r["id"]) == request)["due_on"]

    cli.ok("request", "event", request, "--kind", "clarification-requested", "--on", "2026-03-10")
    cli.ok("request", "event", request, "--kind", "clarification-provided", "--on", "2026-03-19")
    assert due() == "2026-04-13"  # ten paused days: 12 April, a Sunday, moves to Monday 13 April
    cli.ok("request", "event", request, "--kind", "fee-paid", "--on", "2026-04-05")
    # Art. 12A(2)(c): one month from the payment (5 May); the pause was before it and no longer counts.
    assert due() == "2026-05-05"
