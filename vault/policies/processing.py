"""What a policy says the controller does with data: categories, purposes and legal bases,
recipients, joint controllers and an EU representative (GDPR art. 13(1)(c)-(e), art. 26,
art. 27).

- purposes: each section whose text cites a legal basis of art. 6(1) or 9(2) ("Art. 6 Abs. 1
  lit. f DSGVO", "article 6(1)(b)", "6.1.a RGPD") becomes ``{purpose: its heading,
  legal_basis: "6(1)(f)"}``;
- data categories: the list items under a heading about the data collected ("Données
  collectées", "Verarbeitete Datenarten", "What data we collect") and the items of a
  "Verarbeitete Datenarten: A; B; C" line;
- recipients: organisations named with a legal form in sentences about processors,
  recipients, hosting or third-party services;
- joint controllers: organisations named in a sentence on joint controllership (art. 26);
- representative: the organisation named as EU representative (art. 27).

Regulation (EU) 2016/679 (docs/law-sources.md, 2.12 and 2.12a), art. 13(1): "the controller
shall, at the time when personal data are obtained, provide the data subject with all of the
following information: ... (c) the purposes of the processing for which the personal data are
intended as well as the legal basis for the processing; ... (e) the recipients or categories
of recipients of the personal data, if any;"; art. 26(1): "Where two or more controllers
jointly determine the purposes and means of processing, they shall be joint controllers.";
art. 27(1): "Where Article 3(2) applies, the controller or the processor shall designate in
writing a representative in the Union."

Each reader returns its values with the snippets they came from; every regex runs on one
sentence of bounded length.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from vault.policies.structure import Segments

__all__ = ["Purpose", "Processing", "read_processing", "READ_CHARS"]

# What a policy says it does with data is read from its first 300,000 characters: real
# policies are shorter (the corpus's longest is ~110 kB), and the letter quotes 20 items at most.
READ_CHARS = 300_000

_BASIS = re.compile(
    r"Art(?:ikel|icle|\.)?\s?(?P<art>6|9)\s?(?:\((?P<p1>[12])\)\s?\(?(?P<l1>[a-j])\)?"
    r"|\s?Abs(?:atz|\.)?\s?(?P<p2>[12])\s?(?:S(?:atz|\.)\s?1\s?)?(?:lit(?:era|\.)?|Buchst(?:abe|\.)?)\s?(?P<l2>[a-j])\b"
    r"|,?\s?(?:paragraphe|§|para(?:graph)?\.?)\s?(?P<p3>[12]),?\s?(?:point|alinéa|lit\.?|sub)?\s?\(?(?P<l3>[a-j])\)?"
    r"|[.-](?P<p4>[12])[.-](?P<l4>[a-j])\b)"
    r"|\b(?P<art5>6|9)\s?\((?P<p5>[12])\)\s?\((?P<l5>[a-j])\)",
    re.IGNORECASE,
)
_DATA_HEADING = re.compile(
    r"donn[ée]es (?:personnelles )?(?:collect|trait|recueill)|cat[ée]gories de donn[ée]es|data (?:we )?collect|information we collect"
    r"|personal (?:data|information) we (?:collect|hold|process)|what (?:data|information)|types of (?:personal )?(?:data|information)"
    r"|Datenarten|erhobene[n]? Daten|verarbeitete[n]? Daten|Kategorien (?:von )?(?:personenbezogenen )?Daten|Welche Daten",
    re.IGNORECASE,
)
# "Dies sind: / folgende Daten:", "we collect the following information:": the list items after it.
_DATA_LEAD_IN = re.compile(
    r"(?:folgende[n]? (?:personenbezogene[n]? )?(?:Daten|Informationen|Datenarten)|following (?:personal )?(?:data|information|categories)"
    r"|(?:données|informations) (?:personnelles )?suivantes|we (?:may )?collect|nous collectons|wir erheben|erhoben|erfasst"
    r"|Dies sind|This includes|Cela comprend|notamment)[^:]{0,80}:\s*$",
    re.IGNORECASE,
)
_DATA_LEAD_IN_STEMS = ("folgende", "following", "suivantes", "collect", "erheben", "erhoben", "erfasst", "dies sind",
                       "this includes", "cela comprend", "notamment")
# Kinds of personal data as policies write them, read where a sentence speaks of collecting.
_DATA_TERMS = re.compile(
    r"(?<![\w-])(?:IP[- ]Adresse|IP[- ]address(?:es)?|adresses? IP|Browsertyp(?: und Browserversion)?|Browser(?:version)?"
    r"|(?:verwendetes )?Betriebssystem|operating system|système d['’]exploitation|Referr?er(?:[- ]URL)?|Hostname(?: des zugreifenden Rechners)?"
    r"|Uhrzeit der Serveranfrage|Datum und Uhrzeit(?: des Zugriffs| der Anfrage)?|date (?:and|et) (?:time|heure)(?: of access| de la requête)?"
    r"|browser type(?: and version)?|type (?:et langue )?(?:de|du) navigateur|date of birth|date de naissance|Geburtsdatum"
    r"|e-?mail address(?:es)?|adresse (?:e-?mail|électronique|de messagerie(?: électronique)?)|E-Mail-Adresse"
    r"|phone number|numéro de téléphone|Telefonnummer|postal address|adresse postale|Anschrift|postcode|code postal"
    r"|(?:first |last )?name|nom|prénom|Vorname|Nachname|username|nom d['’]utilisateur|Benutzername|password|mot de passe|Passwort"
    r"|cookies?|gender|sexe|Geschlecht|payment (?:information|details)|données bancaires|Zahlungsdaten|Bankverbindung"
    r"|location data|données de (?:localisation|connexion|navigation)|Standortdaten|Nutzungsdaten|Kontaktdaten|Bestandsdaten"
    r"|historique (?:d['’]achats?|de navigation)|purchase history)(?![\w-])",
    re.IGNORECASE,
)
_COLLECT = re.compile(r"collect|recueill|collecte|erheb|erfass|gespeichert|speicher|process|traitons|traitées|nous utilisons"
                      r"|we (?:hold|keep|store|use)|protokolliert|übermittelt|provide us|nous fournissez|following (?:data|information)",
                      re.IGNORECASE)
_COLLECT_STEMS = ("collect", "recueill", "erheb", "erfass", "speicher", "process", "traitons", "traitées", "nous utilisons",
                  "we hold", "we keep", "we store", "we use", "protokoll", "übermittelt", "provide us", "fournissez", "following")
_DATA_LINE = re.compile(r"(?:Verarbeitete Datenarten|Datenarten|Types of data|Données traitées)\s?:\s?(?P<items>.{3,600})", re.IGNORECASE)
_RECIPIENT_CUE = re.compile(
    r"Auftragsverarbeit|Empfänger|Dienstleister|Anbieter|Hoster|Hosting|gehostet|sous-traitant|destinataire|h[ée]berg|prestataire"
    r"|processor|recipient|hosted|hosting|provider|third part|service(?:s)? (?:of|by|from)|we use|nous utilisons|wir nutzen|setzen wir",
    re.IGNORECASE,
)
_JOINT_CUE = re.compile(r"gemeinsam(?:e)? Verantwortlich|joint(?:ly)? controll|responsables? conjoint|coresponsab|Art(?:\.|ikel|icle) 26", re.IGNORECASE)
_REPRESENTATIVE_CUE = re.compile(
    r"(?:EU|EEA|Union)[- ]representative|representative in the (?:EU|EEA|European Union|Union)|Vertreter in der (?:EU|Union|Europäischen Union)"
    r"|représentant (?:dans l['’]Union|dans l['’]UE|en Europe)|Art(?:\.|ikel|icle) 27",
    re.IGNORECASE,
)
_FORMS = (r"GmbH(?: & Co\.? KG)?|gGmbH|AG|SE|KG|e\.\s?V\.|Inc\.?|LLC|Ltd\.?|Limited|Unlimited Company|plc|PLC|LLP|CIC|SAS|SASU|SARL"
          r"|S\.A\.S\.?|SA|A/S|ApS|AB|B\.V\.|N\.V\.|S\.L\.|S\.r\.l\.|Corp\.?|Corporation|Foundation|GbR|UG")
_ORG = re.compile(
    rf"(?<![\w-])(?P<name>(?:[A-Z0-9][\w&'’.+-]{{0,30}}[ \t,]{{1,2}}){{1,5}}(?:{_FORMS}))(?![\w])"
)
# Services that policies name without a legal form (hosting, mailing, analytics, maps...).
_SERVICES = re.compile(
    r"(?<![\w.-])(?:Google (?:Analytics|Maps|Fonts|Tag Manager|reCAPTCHA|Custom Search|Translate)|reCAPTCHA|YouTube|Cloudflare"
    r"|OVH(?:cloud)?|Netlify|Slack|AWS|Amazon Web Services|Mailchimp|Sendinblue|Brevo|Scalingo|GitHub(?: Pages)?|Matomo"
    r"|Formspree|GoatCounter|Clever ?Cloud|Vimeo|Zoom|Stripe|PayPal|Hetzner|IONOS|Strato|Jimdo|Squarespace|Hotjar"
    r"|Mapbox|OpenStreetMap|Typeform|HubSpot|Microsoft Azure|Heroku|Vercel|Gandi|Scaleway|Outscale|Trustindex"
    r"|Datawrapper|Disqus|Calendly|Mollie|Klarna|Shopify|Salesforce|Zendesk|Intercom|Crisp|Sentry|Plausible"
    r"|CleverReach|Mailjet|SendGrid|Mailgun|Postmark|Royal Mail|Wordfence|Borlabs|Usercentrics|Cookiebot|Didomi"
    r"|Axeptio|tarteaucitron|Jetpack|Akismet|Gravatar|Bunny ?CDN|jsDelivr|Unpkg|Font Awesome|Adobe Fonts|Typekit)(?![\w-])"
)
_GENERIC_START = frozenset("""
    Die Der Das Den Dem The La Le Les Des Une Un A An Our Notre Unser Unsere Wir We Nous Diese This Ce Cette
    Mit With Avec Von By Par Durch Bei For Pour Für Zu To And Und Et Or Oder Ou Als As Im In Dans Auf On Sur
""".split())


@dataclass(frozen=True)
class Purpose:
    """A purpose of processing with its legal basis ("6(1)(f)"), or None when not stated."""

    purpose: str
    legal_basis: str | None


@dataclass
class Processing:
    """The readers' results, each list with the snippets it was read from (same order)."""

    data_categories: list[str]
    data_categories_evidence: list[str]
    purposes: list[Purpose]
    purposes_evidence: list[str]
    recipients: list[str]
    recipients_evidence: list[str]
    joint_controllers: list[str]
    joint_evidence: list[str]
    representative: str | None
    representative_evidence: str


def _bases(text: str) -> list[str]:
    out = []
    for match in _BASIS.finditer(text):
        art = match.group("art") or match.group("art5")
        para = next((match.group(g) for g in ("p1", "p2", "p3", "p4", "p5") if match.group(g)), None)
        letter = next((match.group(g) for g in ("l1", "l2", "l3", "l4", "l5") if match.group(g)), None)
        if art and para and letter:
            basis = f"{art}({para})({letter.lower()})"
            if basis not in out:
                out.append(basis)
    return out


def _orgs(text: str, exclude: str | None) -> list[str]:
    names = []
    for match in _ORG.finditer(text):
        words = match.group("name").replace(",", " ").split()
        while words and words[0] in _GENERIC_START:
            words.pop(0)
        if len(words) < 2:
            continue
        half = len(words) // 2
        if len(words) % 2 == 0 and words[:half] == words[half:]:
            words = words[:half]  # "Defiant Inc. Defiant Inc."
        name = " ".join(words)
        if exclude and (name.casefold() in exclude.casefold() or exclude.casefold() in name.casefold()):
            continue
        names.append(name)
    return names


# Headings that are about the law or the rights, not a purpose of processing.
_NOT_PURPOSE = re.compile(
    r"Rechtsgrundlage|legal bas[ie]s|lawful bas[ie]s|bases? l[ée]gale|fondement|Rechte|rights|droits|Definition|d[ée]finition"
    r"|Begriff|Glossar|Übersicht|overview|sommaire|Inhalt|contents",
    re.IGNORECASE,
)


def _sentences_with(segments: Segments, pattern: re.Pattern[str], stems: tuple[str, ...],
                    budget: int = 150_000) -> list[int]:
    """Indexes of the sentences where ``pattern`` occurs; ``str.find`` on ``stems`` gates the regex."""
    return [sentence.index for sentence in segments.find(stems, budget=budget, end=READ_CHARS)
            if pattern.search(sentence.text)]


_BASIS_STEMS = ("art", "6(", "6 (", "9(", "9 (")
_DATA_LINE_STEMS = ("datenarten", "types of data", "données traitées")
_JOINT_STEMS = ("gemeinsam", "joint", "conjoint", "coresponsab", " 26")
_REPRESENTATIVE_STEMS = ("representative", "vertreter", "représentant", " 27")
_RECIPIENT_STEMS = (
    "auftragsverarbeit", "empfänger", "dienstleister", "anbieter", "hoster", "hosting", "gehostet", "sous-traitant",
    "destinataire", "héberg", "heberg", "prestataire", "processor", "recipient", "hosted", "provider", "third part",
    "service", "we use", "nous utilisons", "wir nutzen", "setzen wir",
)


def read_processing(segments: Segments, controller: str | None) -> Processing:
    """Read categories, purposes, recipients, joint controllers and representative."""
    result = Processing([], [], [], [], [], [], [], [], None, "")
    seen_purpose: set[tuple[str, str | None]] = set()
    for index in _sentences_with(segments, _BASIS, _BASIS_STEMS, 80_000):
        sentence = segments[index]
        heading = sentence.headings[-1] if sentence.headings else ""
        if sentence.is_heading or not heading or len(heading) > 120 or _NOT_PURPOSE.search(heading):
            continue
        if heading.rstrip().endswith((":", ",")) or len(heading.split()) > 10:
            continue  # a lead-in line ("Dies sind beispielsweise:"), not the name of a processing
        for basis in _bases(sentence.text):
            key = (heading.casefold(), basis)
            if key not in seen_purpose and len(result.purposes) < 80:
                seen_purpose.add(key)
                result.purposes.append(Purpose(heading.strip(" :#*"), basis))
                result.purposes_evidence.append(sentence.text)
    for index in segments.under_heading(_DATA_HEADING, limit=3000):
        sentence = segments[index]
        if sentence.is_bullet and len(sentence.text) <= 200:
            _add_category(result, sentence.text.lstrip("-•*–—·▪◦○►✓ \t").strip(" ;,."), sentence.text)
    for index in _sentences_with(segments, _DATA_LEAD_IN, _DATA_LEAD_IN_STEMS, 60_000):
        for following in range(index + 1, min(index + 16, len(segments))):
            item = segments[following]
            if not item.is_bullet or len(item.text) > 160:
                break
            _add_category(result, item.text.lstrip("-•*–—·▪◦○►✓ \t").strip(" ;,."), segments[index].text)
    for index in _sentences_with(segments, _COLLECT, _COLLECT_STEMS, 60_000):
        text = segments[index].text
        if len(text) > 700 or segments[index].is_heading:
            continue
        for term in _DATA_TERMS.finditer(text):
            word = term.group(0)
            if not any(word.casefold() in known.casefold() for known in result.data_categories):
                _add_category(result, word, text)
    for index in _sentences_with(segments, _DATA_LINE, _DATA_LINE_STEMS, 60_000):
        line = _DATA_LINE.search(segments[index].text)
        if line:
            for item in re.split(r";\s?", line.group("items")):
                _add_category(result, item.strip(" ."), segments[index].text)
    for index in _sentences_with(segments, _JOINT_CUE, _JOINT_STEMS, 60_000):
        text = segments[index].text
        for name in _orgs(text, controller):
            if name not in result.joint_controllers:
                result.joint_controllers.append(name)
                result.joint_evidence.append(text)
    for index in _sentences_with(segments, _REPRESENTATIVE_CUE, _REPRESENTATIVE_STEMS, 60_000):
        names = _orgs(segments[index].text, controller)
        if names:
            result.representative, result.representative_evidence = names[0], segments[index].text
            break
    seen_org: set[str] = set()
    for index in _sentences_with(segments, _RECIPIENT_CUE, _RECIPIENT_STEMS, 80_000):
        text = segments[index].text
        services = [m.group(0) for m in _SERVICES.finditer(text)]
        for name in _orgs(text, controller) + services:
            first = name.split()[0].casefold()
            if name in services and any(known.split()[0].casefold() == first for known in result.recipients):
                continue  # "Cloudflare" after "Cloudflare Inc.": the same recipient
            key = name.casefold()
            if key not in seen_org and len(result.recipients) < 80:
                seen_org.add(key)
                result.recipients.append(name)
                result.recipients_evidence.append(text)
    # "Cloudflare" and "Cloudflare Inc." in one sentence: keep the legal name only.
    legal_first = {r.split()[0].casefold() for r in result.recipients if _ORG.fullmatch(r)}
    kept = [(r, e) for r, e in zip(result.recipients, result.recipients_evidence)
            if _ORG.fullmatch(r) or r.split()[0].casefold() not in legal_first or len(r.split()) > 1]
    result.recipients = [r for r, _e in kept]
    result.recipients_evidence = [e for _r, e in kept]
    return result


_POSSESSIVE = re.compile(r"^(?:your|their|our|Ihr(?:e|en|er)?|Deine?|vos|votre|leurs?)\s+", re.IGNORECASE)


def _add_category(result: Processing, item: str, snippet: str) -> None:
    item = _POSSESSIVE.sub("", html.unescape(item).replace("\u202f", " ")).strip(" ;,.:")
    if re.match(r"^\d{1,2}\.\s", item) or len(item.split()) > 12:
        return  # a numbered heading, or a clause rather than a kind of data
    # "Bestandsdaten" and "Bestandsdaten (z.B. Namen, Adressen)" are one category: keep the first.
    core = item.split(" (", 1)[0].casefold()
    if any(known.split(" (", 1)[0].casefold() == core for known in result.data_categories):
        return
    if 2 <= len(item) <= 150 and len(result.data_categories) < 80:
        result.data_categories.append(item)
        result.data_categories_evidence.append(snippet)
