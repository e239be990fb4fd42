"""Privacy policy -> controller draft: the two real policies, invented ones, and fuzzing."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from vault.policies.findings import JSON_KEYS, RIGHTS, extract_policy
from vault.policies.obfuscated_email import find_emails
from vault.policies.retention import duration_months
from vault.policies.text import policy_text_from_bytes

POLICIES = Path(__file__).parents[2] / "data" / "policies"


def findings(name: str) -> dict:
    path = POLICIES / name
    return extract_policy(policy_text_from_bytes(path.read_bytes(), path.name)).to_json()


def months_of(result: dict) -> list[int]:
    return [period["months"] for period in result["retention_periods"]]


def what_for(result: dict, months: int) -> list[str]:
    return [period["what"] for period in result["retention_periods"] if period["months"] == months]


# -- the JSON contract -------------------------------------------------------------------

def test_json_has_exactly_the_contract_keys() -> None:
    assert set(extract_policy("").to_json()) == set(JSON_KEYS) == {
        "controller_name", "postal_address", "country", "dpo_email", "contact_emails", "rights_mentioned",
        "retention_periods", "supervisory_authority", "transfers_outside_eu", "evidence",
        # issue 16: added, the keys above unchanged
        "web", "joint_controllers", "representative", "data_categories", "purposes", "recipients", "confidence", "review",
    }


def test_nothing_found_is_null_or_empty() -> None:
    assert extract_policy("Hello world. Nothing to see here.").to_json() == {
        "controller_name": None, "postal_address": None, "country": None, "dpo_email": None,
        "contact_emails": [], "rights_mentioned": [], "retention_periods": [],
        "supervisory_authority": None, "transfers_outside_eu": None, "evidence": {},
        "web": None, "joint_controllers": [], "representative": None, "data_categories": [], "purposes": [],
        "recipients": [], "confidence": {}, "review": [],
    }


@pytest.mark.parametrize("name", sorted(p.name for p in POLICIES.iterdir() if p.suffix in (".txt", ".html")))
def test_every_finding_has_its_snippet_and_only_known_keys(name: str) -> None:
    result = findings(name)
    assert set(result) == set(JSON_KEYS)
    evidence = result["evidence"]
    assert set(evidence) <= set(JSON_KEYS) - {"evidence", "confidence", "review"}
    for key, value in result.items():
        if key not in ("evidence", "confidence", "review") and value not in (None, []):
            assert evidence.get(key), f"{key} has no snippet"
            assert 0 < result["confidence"][key] <= 1, f"{key} has no confidence"
    assert set(result["review"]) == {k for k, v in result["confidence"].items() if v < 0.75}
    for period in result["retention_periods"]:
        assert set(period) == {"what", "months"}
        assert isinstance(period["months"], int) and period["months"] > 0
        assert 0 < len(period["what"]) <= 100
    assert set(result["rights_mentioned"]) <= set(RIGHTS)
    assert result["country"] is None or (len(result["country"]) == 2 and result["country"].isupper())


# -- the two real policies ---------------------------------------------------------------

def test_ocode_real_policy() -> None:
    result = findings("ocode-fr-en.txt")
    assert result["controller_name"] == "OCODE SAS"
    assert result["postal_address"] == "322 B Route du Puy Charpentreau 85000 La Roche-Sur-Yon, France"
    assert result["country"] == "FR"
    assert result["dpo_email"] is None  # only a generic contact address, no DPO named
    assert result["contact_emails"] == ["contact@o-code.co"]  # written "contact (AT) o-code (DOT) co"
    assert result["rights_mentioned"] == []  # the policy names no right
    # "détruit ... toute notification ou donnée chiffrée sous un délai maximal de trois mois",
    # said again in English: one period, not two.
    assert result["retention_periods"] == [{"what": "toute notification ou donnée chiffrée", "months": 3}]
    assert result["supervisory_authority"] is None  # the "loi Informatique et Libertés" is a law
    assert result["transfers_outside_eu"] is None
    assert "détenu et opéré par OCODE SAS" in result["evidence"]["controller_name"]
    assert "contact (AT) o-code (DOT) co" in result["evidence"]["contact_emails"]
    assert "trois mois" in result["evidence"]["retention_periods"]


def test_opendatasoft_real_policy() -> None:
    result = findings("opendatasoft-fr.txt")
    assert result["controller_name"] == "OpenDataSoft"
    assert result["postal_address"] == "130, rue de Lourmel, 75015 PARIS"
    assert result["country"] == "FR"
    assert result["dpo_email"] == "cil@opendatasoft.com"
    assert result["contact_emails"] == ["cil@opendatasoft.com"]
    assert result["rights_mentioned"] == list(RIGHTS)  # all nine, post mortem and complaint included
    assert result["supervisory_authority"] == "CNIL"
    assert result["transfers_outside_eu"] is True  # "serveurs situés en dehors de l'EEE", "Lieu : UE & États-Unis"
    # ARTICLE 10, read as a careful reader would: every stated duration, in order.
    assert months_of(result) == [60, 120, 36, 13, 15, 36, 27, 60, 12, 36, 26, 13]
    assert what_for(result, 120) == ["Vos factures et données comptables"]
    assert what_for(result, 26) == ["les statistiques de mesure d'audience"]
    assert what_for(result, 27) == ["la prospection commerciale"]
    assert what_for(result, 15) == ["le paiement par carte bancaire (pour les cartes de paiement à débit différé)"]
    assert any("pièces d'identité" in what and "opposition" in what for what in what_for(result, 36))
    assert any("relation commerciale" in what for what in what_for(result, 60))
    assert "Délégué à la Protection des Données" in result["evidence"]["dpo_email"]
    assert "réclamation" in result["evidence"]["supervisory_authority"]
    assert "en dehors de l'EEE" in result["evidence"]["transfers_outside_eu"]


# -- invented policies -------------------------------------------------------------------

INVENTED = {
    "en-acme-widgets.txt": {
        "controller_name": "Acme Widgets Ltd", "postal_address": "14 Harbour Road, London E14 5AB, United Kingdom",
        "country": "GB", "dpo_email": "dpo@acme-widgets.co.uk",
        "contact_emails": ["dpo@acme-widgets.co.uk", "support@acme-widgets.co.uk"],
        "rights_mentioned": ["access", "rectification", "erasure", "restriction", "portability", "objection",
                             "withdraw_consent", "complaint"],
        "retention_periods": [
            {"what": "order and invoice records", "months": 72}, {"what": "Customer account data", "months": 24},
            {"what": "Recordings of calls to our support line", "months": 3},
            {"what": "CCTV footage from our warehouse", "months": 2}],
        "supervisory_authority": "ICO", "transfers_outside_eu": True,
    },
    "fr-boulangerie.html": {
        "controller_name": "Boulangerie Dupont SARL", "postal_address": "12 rue des Lilas, 69003 Lyon", "country": "FR",
        "dpo_email": None, "contact_emails": ["contact@boulangerie-dupont.fr", "commandes@boulangerie-dupont.fr"],
        "rights_mentioned": ["access", "rectification", "erasure", "objection", "post_mortem", "complaint"],
        "retention_periods": [
            {"what": "Les données de nos clients", "months": 36},
            {"what": "Les cookies de mesure d’audience", "months": 13},
            {"what": "Les données des prospects", "months": 24},
            {"what": "Les demandes reçues par le formulaire de contact", "months": 12}],
        "supervisory_authority": "CNIL", "transfers_outside_eu": False,
    },
    "de-nordwind.txt": {
        "controller_name": "Nordwind Software GmbH", "postal_address": "Am Sandtorkai 12, 20457 Hamburg, Deutschland",
        "country": "DE", "dpo_email": "datenschutz@nordwind-software.de",
        "contact_emails": ["info@nordwind-software.de", "datenschutz@nordwind-software.de"],
        "rights_mentioned": ["access", "rectification", "erasure", "restriction", "portability", "objection",
                             "withdraw_consent", "complaint"],
        "retention_periods": [
            {"what": "Server-Logfiles", "months": 1}, {"what": "Die Daten unserer Webanalyse", "months": 26},
            {"what": "Rechnungen", "months": 120}, {"what": "Bewerbungsunterlagen", "months": 24}],
        "supervisory_authority": "HmbBfDI", "transfers_outside_eu": None,
    },
    "de-alpenblick.html": {
        "controller_name": "Alpenblick Versand GmbH", "postal_address": "Marienplatz 8, 80331 München", "country": "DE",
        "dpo_email": "dsb@alpenblick-versand.de", "contact_emails": ["dsb@alpenblick-versand.de"],
        "rights_mentioned": ["access", "erasure"],
        "retention_periods": [{"what": "Ihre Bestelldaten", "months": 36}, {"what": "Newsletter-Abmeldungen", "months": 6}],
        "supervisory_authority": "BayLDA", "transfers_outside_eu": True,
    },
    "en-funknetz.txt": {
        "controller_name": "FunkNetz AG", "postal_address": "Friedrichstraße 100, 10117 Berlin, Germany", "country": "DE",
        "dpo_email": "privacy.officer@funknetz.de", "contact_emails": ["privacy.officer@funknetz.de"],
        "rights_mentioned": ["access", "rectification", "erasure", "complaint"],
        "retention_periods": [{"what": "Traffic data", "months": 3}, {"what": "Contract data", "months": 12}],
        "supervisory_authority": "BfDI", "transfers_outside_eu": False,
    },
    "fr-mutuelle-horizon.txt": {
        "controller_name": "Mutuelle Horizon SA", "postal_address": "BP 4521, 33000 Bordeaux", "country": "FR",
        "dpo_email": "dpo@mutuelle-horizon.fr", "contact_emails": ["dpo@mutuelle-horizon.fr"],
        "rights_mentioned": ["access", "rectification", "erasure", "restriction", "portability", "complaint"],
        "retention_periods": [
            {"what": "Les enregistrements des appels téléphoniques", "months": 3},
            {"what": "Les données relatives à vos contrats", "months": 60},
            {"what": "Les pièces comptables", "months": 120}],
        "supervisory_authority": "CNIL", "transfers_outside_eu": None,
    },
    "en-tiny-notes.txt": {
        "controller_name": "Tiny Notes Ltd", "postal_address": "22 Baker Street, London NW1 6XE", "country": "GB",
        "dpo_email": None, "contact_emails": ["hello@tinynotes.co.uk"], "rights_mentioned": ["access", "complaint"],
        "retention_periods": [{"what": "your account and its notes", "months": 12}],
        "supervisory_authority": "ICO", "transfers_outside_eu": None,
    },
    "de-donauwelle.txt": {
        "controller_name": "Kulturverein Donauwelle", "postal_address": "Praterstraße 5, A-1020 Wien, Österreich",
        "country": "AT", "dpo_email": None, "contact_emails": ["office@donauwelle.at"],
        "rights_mentioned": ["access", "rectification", "erasure", "restriction", "portability", "objection", "complaint"],
        "retention_periods": [{"what": "Buchhaltungsunterlagen", "months": 84}],
        "supervisory_authority": "Österreichische Datenschutzbehörde", "transfers_outside_eu": False,
    },
    "en-greenleaf.html": {
        "controller_name": "Greenleaf Gardens Limited", "postal_address": "4 Ballymount Road, Dublin 12, D12 X2Y3, Ireland",
        "country": "IE", "dpo_email": None,
        "contact_emails": ["privacy@greenleaf-gardens.ie", "orders@greenleaf-gardens.ie"],  # not the script's address
        "rights_mentioned": ["access", "erasure", "complaint"],
        "retention_periods": [{"what": "Marketing preferences", "months": 18}, {"what": "Abandoned baskets", "months": 1}],
        "supervisory_authority": "Data Protection Commission (Ireland)", "transfers_outside_eu": None,
    },
}


@pytest.mark.parametrize("name", sorted(INVENTED))
def test_invented_policy(name: str) -> None:
    result = findings(name)
    result.pop("evidence")
    # The original fields, exactly (issue 16's fields are scored on the real corpus instead).
    assert {key: result[key] for key in INVENTED[name]} == INVENTED[name]


def test_authority_slug_links_to_the_authorities_table() -> None:
    import json

    table = json.loads((Path(__file__).parents[3] / "resources" / "authorities.json").read_text("utf-8"))
    slugs = {record["slug"] for record in table["authorities"]}
    for name, slug in [("de-nordwind.txt", "dehmbbfdi"), ("de-alpenblick.html", "debaylda"), ("en-funknetz.txt", "debfdi"),
                       ("en-acme-widgets.txt", "gbico"), ("opendatasoft-fr.txt", "frcnil"), ("de-donauwelle.txt", "atdsb")]:
        path = POLICIES / name
        found = extract_policy(policy_text_from_bytes(path.read_bytes(), name))
        assert found.authority_slug == slug and slug in slugs


@pytest.mark.parametrize("sentence, name", [
    ("Zuständige Aufsichtsbehörde ist der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg.",
     "LfDI Baden-Württemberg"),
    ("Beschwerden richten Sie an die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen.", "LDI NRW"),
    ("Sie können sich beim Thüringer Landesbeauftragten für den Datenschutz und die Informationsfreiheit beschweren.", "TLfDI"),
    ("You may complain to the Berlin Commissioner for Data Protection and Freedom of Information.", "BlnBDI"),
    ("Vous pouvez saisir la Commission nationale de l'informatique et des libertés.", "CNIL"),
    ("Sie können sich bei der zuständigen Aufsichtsbehörde beschweren.", None),  # named by type only
])
def test_supervisory_authorities(sentence: str, name: str | None) -> None:
    assert extract_policy(sentence).supervisory_authority == name


def test_address_of_the_authority_is_not_the_controllers() -> None:
    text = ("Exemple SAS, 5 rue Neuve, 44000 Nantes, est responsable du traitement.\n\n"
            "Vous pouvez saisir la CNIL, 3 Place de Fontenoy, TSA 80715, 75334 PARIS CEDEX 07.")
    result = extract_policy(text)
    assert result.controller_name == "Exemple SAS"
    assert result.postal_address == "5 rue Neuve, 44000 Nantes"


def test_country_from_the_authority_when_no_address() -> None:
    result = extract_policy("We are a small shop. You can complain to the Information Commissioner's Office.")
    assert (result.postal_address, result.country, result.supervisory_authority) == (None, "GB", "ICO")


# -- e-mail obfuscations -----------------------------------------------------------------

@pytest.mark.parametrize("written, address", [
    ("contact (AT) example (DOT) com", "contact@example.com"),
    ("name [at] example.org", "name@example.org"),
    ("name (at-symbol) x.de", "name@x.de"),
    ("name at example dot com", "name@example.com"),
    ("name(a)x.de", "name@x.de"),
    ("name@x[.]de", "name@x.de"),
    ("name {at} example {dot} co {dot} uk", "name@example.co.uk"),
    ("info (ät) firma (punkt) de", "info@firma.de"),
    ("dpo arobase exemple point fr", "dpo@exemple.fr"),
    ("contact [arobase] exemple [point] fr", "contact@exemple.fr"),
    ("jane.doe at example.com", "jane.doe@example.com"),
    ("Privacy@Example.COM", "privacy@example.com"),
])
def test_obfuscated_email(written: str, address: str) -> None:
    assert [hit.address for hit in find_emails(f"Write to {written}, please.")] == [address]


@pytest.mark.parametrize("prose", [
    "Our terms are available at example.com.",
    "Take a look at example dot com for details.",
    "You can reach us at privacy dot example dot com.",
    "Meet us at noon. Com is short for communication.",
    "The logo is at https://cdn.example.com/logo@2x.png here.",
    "See section (a) below and the item (at) the end.",
    "user@localhost has no domain.",
])
def test_prose_is_not_an_email(prose: str) -> None:
    assert find_emails(prose) == []


def test_authority_addresses_are_not_contacts() -> None:
    result = extract_policy("Write to privacy@shop.example. Complain to the CNIL: plaintes@cnil.fr.")
    assert result.contact_emails == ["privacy@shop.example"]


def test_dpo_from_context_or_mailbox_name() -> None:
    assert extract_policy("Questions: dpo@example.com or sales@example.com.").dpo_email == "dpo@example.com"
    text = "Notre délégué à la protection des données répond à vos questions. Écrivez-lui à rgpd@exemple.fr."
    assert extract_policy(text).dpo_email == "rgpd@exemple.fr"
    assert extract_policy("Customer service: help@example.com.").dpo_email is None


def test_dpo_not_appointed_gives_no_dpo() -> None:
    text = "We have not appointed a data protection officer. Email dpo@example.com with any question."
    assert extract_policy(text).dpo_email is None  # the policy says there is none


# -- durations ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, months", [
    ("Les données sont conservées 13 mois.", 13),
    ("We keep your data for 3 years.", 36),
    ("Die Daten werden 26 Monate gespeichert.", 26),
    ("Les journaux sont conservés 90 jours.", 3),
    ("Footage is kept for 6 weeks.", 2),
    ("Les données sont archivées 1 an.", 12),
    ("Les données sont conservées deux ans.", 24),
    ("We retain logs for two years.", 24),
    ("Die Daten werden zwei Jahre gespeichert.", 24),
    ("We keep it for twelve months.", 12),
    ("Les données sont conservées pendant toute la durée de la relation contractuelle puis 3 ans.", 36),
    ("Les données sont conservées trois (3) ans.", 36),
    ("Data is stored for 1.5 years.", 18),
    ("Les données sont conservées 365 jours.", 12),
    ("Wir speichern die Daten 14 Tage.", 1),
    ("Data is kept for 2 years and 6 months.", 30),
    ("Data is stored for a 3-year period.", 36),
])
def test_duration_wordings(sentence: str, months: int) -> None:
    assert months_of(extract_policy(sentence).to_json()) == [months]


@pytest.mark.parametrize("sentence", [
    "Nous ne collectons pas les données des enfants de moins de 15 ans.",  # an age
    "We back up the data every 6 months.",  # a frequency
    "Nous répondons à votre demande dans un délai d'un mois.",  # a reply deadline
    "The company has existed for 20 years.",  # no keeping or deleting
    "Nous conservons ce site depuis 3 ans.",  # time since
])
def test_not_retention_periods(sentence: str) -> None:
    assert extract_policy(sentence).retention_periods == []


def test_duration_months_rounds_up() -> None:
    assert duration_months(90, "day") == 3
    assert duration_months(31, "day") == 2
    assert duration_months(1, "day") == 1
    assert duration_months(6, "week") == 2
    assert duration_months(2, "year") == 24


# -- transfers ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Vos données sont transférées aux États-Unis vers nos sous-traitants.", True),
    ("We use standard contractual clauses for these transfers.", True),
    ("Ihre Daten werden nicht in Drittländer übermittelt.", False),
    ("Your data is not transferred outside the EEA.", False),
    ("We do not transfer data outside the EU, except to our US host under standard contractual clauses.", True),
    ("Transfers outside the EU?", None),  # a question announces, it does not answer
    ("Vos données sont hébergées en France.", None),  # France is not "only France"
    ("Die Daten werden ausschließlich in Deutschland verarbeitet.", False),
])
def test_transfers(sentence: str, expected: bool | None) -> None:
    assert extract_policy(sentence).transfers_outside_eu is expected


# -- robustness ----------------------------------------------------------------------------

@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_extract_policy_never_raises_on_any_text(text: str) -> None:
    assert set(extract_policy(text).to_json()) == set(JSON_KEYS)


_POLICY_WORDS = st.sampled_from([
    "(at)", "(dot)", "[at]", " at ", " dot ", "@", ".", ",", "\n", "\n\n", "- ", "• ", "ARTICLE 1.", "rue", "Straße",
    "75015", "D-10115", "Paris", "Berlin", "SAS", "GmbH", "Ltd", "3", "ans", "mois", "Jahre", "deux", "zwei", "years",
    "conservées", "gespeichert", "kept", "CNIL", "ICO", "Landesbeauftragte", "Bayern", "droit", "d'accès", "hors",
    "UE", "États-Unis", "DPO", "responsable du traitement", "Verantwortlich", "(\"we\")", "société", " ", "Pour ",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_POLICY_WORDS, max_size=400).map("".join))
def test_extract_policy_never_raises_on_policy_like_noise(text: str) -> None:
    result = extract_policy(text).to_json()
    assert all(isinstance(p["months"], int) for p in result["retention_periods"])
