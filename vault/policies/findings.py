"""Read a privacy policy and draft what it says about its controller.

``extract_policy(text)`` returns :class:`PolicyFindings`: controller name, postal address,
country, DPO e-mail, contact e-mails, rights mentioned, retention periods, supervisory
authority and transfers outside the EU/EEA, each with the snippet it came from so the
person can confirm or correct it. French, English and German.

Unknown stays ``None`` or empty: every value is read from the text, never guessed. The
work is bounded for any input (no exception, roughly linear time): regexes have bounded
repetitions and run either once over the text or on single sentences of bounded length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from vault.policies.address import AddressHit, country_in, find_addresses
from vault.policies.authority import find_authority
from vault.policies.comma_address import find_comma_addresses
from vault.policies.controller_identity import REVIEW_BELOW, controller_identity
from vault.policies.controller_name import strip_legal_form
from vault.policies.national_law import country_of_law
from vault.policies.obfuscated_email import EmailHit, find_emails
from vault.policies.processing import Purpose, read_processing
from vault.policies.registration import find_registrations
from vault.policies.retention import RetentionHit, find_retention
from vault.policies.rights import RIGHTS, rights_mentioned
from vault.policies.structure import Segments, collapse, language_of
from vault.policies.transfers import transfers_outside_eu

__all__ = ["PolicyFindings", "RetentionPeriod", "extract_policy", "RIGHTS", "JSON_KEYS"]

JSON_KEYS = ("controller_name", "postal_address", "country", "dpo_email", "contact_emails",
             "rights_mentioned", "retention_periods", "supervisory_authority",
             "transfers_outside_eu", "evidence", "web", "joint_controllers", "representative",
             "data_categories", "purposes", "recipients", "confidence", "review")
# Fields read from looser cues: a confidence below REVIEW_BELOW marks them for review.
_DEFAULT_CONFIDENCE = {"contact_emails": 0.95, "dpo_email": 0.85, "rights_mentioned": 0.85, "retention_periods": 0.8,
                       "supervisory_authority": 0.85, "transfers_outside_eu": 0.7, "country": 0.7,
                       "joint_controllers": 0.6, "representative": 0.6, "data_categories": 0.6, "purposes": 0.6,
                       "recipients": 0.5}


@dataclass(frozen=True)
class RetentionPeriod:
    """How long something is kept: ``what`` in the policy's words, ``months`` rounded up."""

    what: str
    months: int


@dataclass
class PolicyFindings:
    """What a policy says about its controller; ``evidence`` maps a field to its snippet(s).

    Snippets are sentences of the policy with whitespace collapsed to single spaces; a
    list field's snippets are joined one per line, in the order of its items.
    ``authority_slug`` (not in the JSON) is the record in ``resources/authorities.json``.
    """

    controller_name: str | None = None
    postal_address: str | None = None
    country: str | None = None
    dpo_email: str | None = None
    contact_emails: list[str] = field(default_factory=list)
    rights_mentioned: list[str] = field(default_factory=list)
    retention_periods: list[RetentionPeriod] = field(default_factory=list)
    supervisory_authority: str | None = None
    transfers_outside_eu: bool | None = None
    evidence: dict[str, str] = field(default_factory=dict)
    authority_slug: str | None = None
    web: str | None = None
    joint_controllers: list[str] = field(default_factory=list)
    representative: str | None = None
    data_categories: list[str] = field(default_factory=list)
    purposes: list[Purpose] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    directory_slug: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The findings as JSON-ready data with exactly the keys of ``JSON_KEYS``."""
        return {
            "controller_name": self.controller_name,
            "postal_address": self.postal_address,
            "country": self.country,
            "dpo_email": self.dpo_email,
            "contact_emails": list(self.contact_emails),
            "rights_mentioned": list(self.rights_mentioned),
            "retention_periods": [{"what": p.what, "months": p.months} for p in self.retention_periods],
            "supervisory_authority": self.supervisory_authority,
            "transfers_outside_eu": self.transfers_outside_eu,
            "evidence": dict(self.evidence),
            "web": self.web,
            "joint_controllers": list(self.joint_controllers),
            "representative": self.representative,
            "data_categories": list(self.data_categories),
            "purposes": [{"purpose": p.purpose, "legal_basis": p.legal_basis} for p in self.purposes],
            "recipients": list(self.recipients),
            "confidence": {k: round(v, 2) for k, v in self.confidence.items()},
            "review": sorted(k for k, v in self.confidence.items() if v < REVIEW_BELOW),
        }


def extract_policy(text: str) -> PolicyFindings:
    """Draft the controller's details from the plain text of its privacy policy."""
    text = text if isinstance(text, str) else str(text)
    segments = Segments(text)
    lang = language_of(text[:20000])
    found = PolicyFindings()
    evidence = found.evidence

    emails = [hit for hit in find_emails(text) if not _authority_domain(hit.address)]
    unique: dict[str, EmailHit] = {}
    for hit in emails:
        unique.setdefault(hit.address, hit)
    identity = controller_identity(segments, [hit.address for hit in emails])
    confidence = found.confidence
    if identity.name:
        found.controller_name, evidence["controller_name"] = identity.name, identity.name_evidence
        confidence["controller_name"] = identity.name_confidence
    if identity.web:
        found.web, evidence["web"], confidence["web"] = identity.web, identity.web_evidence, identity.web_confidence
    if unique:
        found.contact_emails = list(unique)
        evidence["contact_emails"] = "\n".join(_snippet(segments, hit.start) for hit in unique.values())
    dpo = _dpo_email(segments, emails)
    if dpo:
        found.dpo_email, evidence["dpo_email"] = dpo

    authority = find_authority(segments)
    if authority:
        found.supervisory_authority = authority.name
        found.authority_slug = authority.slug
        evidence["supervisory_authority"] = authority.snippet

    address = None if identity.address else _postal_address(segments, lang, found.controller_name)
    if identity.address:
        found.postal_address, evidence["postal_address"] = identity.address, identity.address_evidence
        confidence["postal_address"] = identity.address_confidence
        country = identity.address_country or next(
            (hit.country for hit in find_addresses(identity.address, default_lang=lang) if hit.country), None)
        if country:
            found.country, evidence["country"] = country, identity.address_evidence
            confidence["country"] = identity.address_confidence
    elif address:
        found.postal_address = address.text
        evidence["postal_address"] = _snippet(segments, address.start)
        confidence["postal_address"] = 0.6
        if address.country:
            found.country = address.country
            evidence["country"] = evidence["postal_address"]
            confidence["country"] = 0.6
    if found.country is None:
        registered = _registered_country(segments)
        registrations = find_registrations(segments)
        law = country_of_law(segments) if not registrations and not authority else None
        if registered:
            found.country, evidence["country"] = registered
        elif len({r.country for r in registrations}) == 1:
            # One register's country ("SIREN 910066273", "HRB 12345"): several would be a guess.
            found.country, evidence["country"] = registrations[0].country, registrations[0].snippet
        elif authority:
            found.country = authority.country
            evidence["country"] = authority.snippet
        elif law:
            # The weakest cue: the national statute the policy cites.
            found.country, evidence["country"] = law
            confidence["country"] = 0.6

    rights = rights_mentioned(segments)
    if rights:
        found.rights_mentioned = [right for right in RIGHTS if right in rights]
        snippets = dict.fromkeys(rights[right] for right in found.rights_mentioned)
        evidence["rights_mentioned"] = "\n".join(snippets)

    periods = _drop_translations(find_retention(segments))
    if periods:
        found.retention_periods = [RetentionPeriod(p.what, p.months) for p in periods]
        evidence["retention_periods"] = "\n".join(p.snippet for p in periods)

    transfers = transfers_outside_eu(segments)
    if transfers:
        found.transfers_outside_eu, evidence["transfers_outside_eu"] = transfers

    processing = read_processing(segments, found.controller_name)
    found.data_categories = processing.data_categories
    found.purposes = processing.purposes
    found.recipients = processing.recipients
    found.joint_controllers = processing.joint_controllers
    found.representative = processing.representative
    for key, snippets in (("data_categories", processing.data_categories_evidence),
                          ("purposes", processing.purposes_evidence), ("recipients", processing.recipients_evidence),
                          ("joint_controllers", processing.joint_evidence)):
        if snippets:
            evidence[key] = "\n".join(dict.fromkeys(snippets))
    if processing.representative:
        evidence["representative"] = processing.representative_evidence
    if identity.directory is not None:
        found.directory_slug = identity.directory.slug
    for key in evidence:
        confidence.setdefault(key, _DEFAULT_CONFIDENCE.get(key, 0.7))
    return found


# -- DPO ---------------------------------------------------------------------------------
_DPO_CUE = re.compile(
    r"(?-i:\bDPO\b|\bDPD\b|\bCIL\b)|d[ée]l[ée]gu[ée]e? (?:[àa] la )?protection des donn[ée]es|data protection officer"
    r"|(?<![a-zäöü])datenschutzbeauftragte[rn]?|correspondant informatique et libert[ée]s",
    re.IGNORECASE,
)
_DPO_NEGATED = re.compile(
    r"\b(?:not|no|n['’]|pas|aucun|kein\w*|nicht)\b[^.]{0,60}(?:appoint|designat|désign|nomm|bestell|benannt|require|obligat|verpflicht)",
    re.IGNORECASE,
)
_DPO_LOCAL = re.compile(r"^(?:dpo|dpd|dsb|privacy[._-]?officer|data[._-]?protection[._-]?officer|datenschutzbeauftragter?)[._+@-]")
_OTHER_ROLE = re.compile(r"service client|customer (?:service|support)|support|presse|press|jobs|recrutement|Kundenservice|marketing", re.IGNORECASE)


_DPO_STEMS = ("dpo", "dpd", "cil", "délégué", "delegue", "délegué", "data protection officer", "datenschutzbeauftragte",
              "correspondant informatique")


def _dpo_email(segments: Segments, emails: list[EmailHit]) -> tuple[str, str] | None:
    """The DPO's address: named next to the DPO, just after them, or by its mailbox name."""
    if not emails:
        return None
    for sentence in segments.find(_DPO_STEMS, budget=20_000):
        if _DPO_CUE.search(sentence.text) and _DPO_NEGATED.search(sentence.text):
            return None  # "we have not appointed a DPO": whatever the mailbox is called
    best: tuple[float, int, str, str] | None = None
    for hit in emails[:500]:
        sentence = segments.at(hit.start)
        if sentence is None:
            continue
        score = 0.0
        cue = _DPO_CUE.search(sentence.text)
        if cue and not _DPO_NEGATED.search(sentence.text):
            score = 3.0
        elif _DPO_LOCAL.match(hit.address):
            score = 3.0
        elif not _OTHER_ROLE.search(sentence.text):
            context = [s.text for s in segments.previous(sentence, 2)] + list(sentence.headings[-1:])
            if any(_DPO_CUE.search(c) and not _DPO_NEGATED.search(c) for c in context):
                score = 2.0
        if score and (best is None or score > best[0]):
            best = (score, hit.start, hit.address, sentence.text)
    return (best[2], best[3]) if best else None


# -- postal address and country ----------------------------------------------------------
_SEAT_CUE = re.compile(r"siège|sise?\b|situé|domicili|registered office|located|address|adresse|Anschrift|Sitz|headquarter", re.IGNORECASE)
_AUTHORITY_NEAR = re.compile(
    r"CNIL|\bICO\b|Commissioner|Aufsichtsbehörde|Landesbeauftragte|Landesamt|autorité|authority|Beauftragte|Datenschutzbehörde"
    r"|Commission nationale|Fontenoy|Wycliffe|Bundesbeauftragte",
    re.IGNORECASE,
)


def _postal_address(segments: Segments, lang: str, controller: str | None) -> AddressHit | None:
    text = segments.text
    candidates = find_addresses(text, default_lang=lang)[:200] + find_comma_addresses(text)[:50]
    best: tuple[float, int, AddressHit] | None = None
    core = strip_legal_form(controller or "")
    for hit in candidates:
        before = text[max(0, hit.start - 200):hit.start]
        score = 0.0
        if core and len(core) >= 2 and core.casefold() in before.casefold():
            score += 3
        if _SEAT_CUE.search(before[-80:]):
            score += 2
        if _AUTHORITY_NEAR.search(before[-150:]):
            score -= 5
        if hit.country:
            score += 0.5
        if country_in(text[hit.end - 40:hit.end].rsplit(",", 1)[-1]):
            score += 0.25  # the country written out makes the most complete address
        if best is None or score > best[0]:
            best = (score, -hit.start, hit)
    if best is None or best[0] < -1:
        return None
    return best[2]


_REGISTERED = re.compile(
    r"(?i:registered|incorporated|immatricul[ée]e?|eingetragen|domicili[ée]e?)\s(?:in|en|au|im|à)\s(?:the\s)?(?P<place>[A-ZÉ][\w-]+(?:\s(?:and\s)?[A-Z][\w-]+)?)"
    r"|(?i:société de droit|company under)\s(?P<adj>français|allemand|belge|luxembourgeois|suisse|anglais|irlandais|German|French|English|Irish)",
)
_REGISTERED_STEMS = ("registered", "incorporated", "immatricul", "eingetragen", "domicili", "société de droit", "company under")
_ADJ_COUNTRY = {"français": "FR", "french": "FR", "allemand": "DE", "german": "DE", "belge": "BE",
                "luxembourgeois": "LU", "suisse": "CH", "anglais": "GB", "english": "GB", "irlandais": "IE", "irish": "IE"}


def _registered_country(segments: Segments) -> tuple[str, str] | None:
    for sentence in segments.find(_REGISTERED_STEMS, budget=20_000):
        match = _REGISTERED.search(sentence.text)
        if not match:
            continue
        if match.group("adj"):
            code = _ADJ_COUNTRY.get(match.group("adj").lower())
        else:
            place = match.group("place")
            code = "GB" if place.startswith(("England", "Scotland", "Wales")) else country_in(place)
        if code:
            return code, sentence.text
    return None


# -- helpers -----------------------------------------------------------------------------
_AUTHORITY_DOMAINS = frozenset("""
    cnil.fr ico.org.uk bfdi.bund.de apd-gba.be autoriteitpersoonsgegevens.nl cnpd.lu cnpd.pt dataprotection.ie
    datenschutz-bayern.de datenschutz-berlin.de datenschutz-mv.de datenschutz.bremen.de datenschutz.hamburg.de
    datenschutz.hessen.de datenschutz.rlp.de datenschutz.saarland.de datenschutz.thueringen.de datenschutzzentrum.de
    dsb.gv.at lda.bayern.de lda.brandenburg.de ldi.nrw.de lfd.niedersachsen.de lfd.sachsen-anhalt.de lfdi.bwl.de
    sdtb.sachsen.de edoeb.admin.ch aepd.es gpdp.it imy.se datatilsynet.dk datatilsynet.no
""".split())


def _authority_domain(address: str) -> bool:
    """Whether an address belongs to a supervisory authority (not a way to reach the controller)."""
    domain = address.rsplit("@", 1)[-1]
    return any(domain == d or domain.endswith("." + d) for d in _AUTHORITY_DOMAINS)


def _snippet(segments: Segments, offset: int) -> str:
    sentence = segments.at(offset)
    if sentence is not None:
        return sentence.text
    return collapse(segments.text[max(0, offset - 100):offset + 100])


def _drop_translations(periods: list[RetentionHit]) -> list[RetentionHit]:
    """In a policy written twice (French then English...), keep the first language's periods.

    A later-language period is dropped when an earlier-language one has the same duration:
    the same policy translated, not a second retention rule.
    """
    if not periods:
        return periods
    first_lang = periods[0].lang
    unmatched = [p.months for p in periods if p.lang == first_lang]
    kept: list[RetentionHit] = []
    for period in periods:
        if period.lang and first_lang and period.lang != first_lang and period.months in unmatched:
            unmatched.remove(period.months)
            continue
        kept.append(period)
    return kept


