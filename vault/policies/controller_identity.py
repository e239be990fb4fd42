"""Who the controller is, where it is and its web site: the evidence weighed together.

Three readers propose a name: the identity block under a controller heading
(:mod:`controller_block`), the phrases that name it in a sentence (:mod:`controller_name`)
and a company name with its legal form. The block with an address beside the name is the
strongest; a legal form alone is accepted only when the name matches the policy's own
e-mail domain or web site ("8DIGRIZ" and contact@8digriz.fr), since processors and hosts
("Google Ireland Limited") carry legal forms too. When the controller's domain or name is a
record of the shipped directory, the record's name and address are taken, and the evidence
says so. Each value carries a confidence in [0, 1]; below 0.75 the GUI asks for a review.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from vault.policies.address import AddressHit
from vault.policies.controller_block import controller_blocks
from vault.policies.controller_name import scored_controller_name, strip_legal_form
from vault.policies.directory_match import FREE_MAIL, DirectoryHit, host_of, match_directory
from vault.policies.structure import Segments

__all__ = ["Identity", "controller_identity", "REVIEW_BELOW"]

REVIEW_BELOW = 0.75  # a value less certain than this is marked for the person to review

_URL = re.compile(r"(?<![@\w.-])(?:https?://|www\.)[A-Za-z0-9.-]{2,120}\.[A-Za-z]{2,12}(?![\w-])")
_WEB_CUE = re.compile(r"(?:Website|Web|Internet|Homepage|Site(?: web| internet)?|Webseite)\s?:\s*$", re.IGNORECASE)
_THIRD_PARTY_HOSTS = re.compile(
    r"google|facebook|meta\.com|instagram|twitter|x\.com|linkedin|youtube|apple\.com|microsoft|amazon|aws\.|cloudflare|"
    r"cnil\.fr|ico\.org|europa\.eu|gov\.uk/|legislation|datenschutz|bfdi|dsb\.gv|w3\.org|wikipedia|github|mozilla|opera\.com|"
    r"allaboutcookies|youronlinechoices|networkadvertising|aboutads|matomo|hotjar|stripe|paypal|mailchimp|gstatic|jsdelivr|"
    r"optout|adobe|vimeo|zoom\.us|slack|dataprotection\.ie|edpb|commission|eur-lex|gesetze|legifrance|service-public",
    re.IGNORECASE,
)


@dataclass
class Identity:
    """The controller's name, address and web site, each with its snippet and confidence."""

    name: str | None = None
    name_evidence: str = ""
    name_confidence: float = 0.0
    address: str | None = None
    address_start: int = -1
    address_country: str | None = None
    address_evidence: str = ""
    address_confidence: float = 0.0
    web: str | None = None
    web_evidence: str = ""
    web_confidence: float = 0.0
    directory: DirectoryHit | None = None


# Processors and platforms that policies name in "provided by" sentences: never the
# controller unless the policy's own domain says so.
_PLATFORMS = frozenset("""
    google facebook meta cloudflare amazon aws microsoft apple github twitter linkedin youtube vimeo matomo mailchimp
    stripe paypal zoom slack wordpress jimdo wix squarespace ionos strato hetzner ovh netlify vercel heroku automattic
    hubspot sendinblue brevo cleverreach mailgun sendgrid shopify instagram tiktok pinterest adobe hotjar typeform
""".split())


def _platform(name: str, domains: list[str]) -> bool:
    first = re.split(r"[\s,.]", name.strip().casefold(), maxsplit=1)[0]
    return first in _PLATFORMS and not any(_matches_domain(name, d) for d in domains[:3])


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold().replace("ß", "ss"))


def _matches_domain(name: str, domain: str) -> bool:
    """Whether the name and the domain's main label spell each other ("8DIGRIZ", 8digriz.fr)."""
    label = domain.split(".")[-2] if domain.count(".") >= 1 else domain
    label = _squash(label)
    core = _squash(strip_legal_form(name))
    if len(label) < 3 or not core:
        return False
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]{3,}", name)).casefold()
    return label in core or core in label or (len(initials) >= 3 and initials == label)


def _own_domains(text: str, emails: list[str]) -> list[str]:
    """The policy's contact domains, most used first (free mail left out)."""
    counts = Counter(host_of(e) for e in emails)
    return [d for d, _n in counts.most_common() if d not in FREE_MAIL]


def controller_identity(segments: Segments, emails: list[str]) -> Identity:
    """Weigh the readers' proposals into one identity (see the module docstring)."""
    text = segments.text
    found = Identity()
    domains = _own_domains(text, emails)
    blocks = [b for b in controller_blocks(text, segments.lower) if b.score >= 5.5]
    block = blocks[0] if blocks else None
    inline = scored_controller_name(segments)
    if inline is not None and _platform(inline[0], domains):
        inline = None
    if block is not None and (inline is None or inline[2] < 5 or block.address is not None):
        found.name, found.name_evidence = block.name, block.snippet
        found.name_confidence = 0.9 if block.address is not None else 0.75
    elif inline is not None and inline[2] >= 3:
        found.name, found.name_evidence = inline[0], inline[1]
        found.name_confidence = 0.8 if inline[2] >= 5 else 0.6
    elif inline is not None and any(_matches_domain(inline[0], d) for d in domains[:3]):
        found.name, found.name_evidence = inline[0], inline[1]
        found.name_confidence = 0.6
    if found.name and any(_matches_domain(found.name, d) for d in domains[:3]):
        found.name_confidence = min(1.0, found.name_confidence + 0.1)
    if block is not None and block.address is not None and found.name == block.name:
        _take_address(found, block.address, block.snippet, 0.9)

    found.web, found.web_evidence = _web_site(text, domains, found.name)
    if found.web:
        at = segments.at(int(found.web_evidence)) if found.web_evidence.isdigit() else None
        found.web_evidence = at.text if at is not None else ""
    if found.web:
        found.web_confidence = 0.8
    web_domains = [host_of(found.web)] if found.web else []
    hit = match_directory(web_domains + [d for d in domains[:2] if found.name and _matches_domain(found.name, d)],
                          found.name)
    if hit is not None:
        found.directory = hit
        note = f"From the app's directory (record {hit.slug}, matched by {hit.reason})"
        found.name, found.name_evidence, found.name_confidence = hit.name, note, 0.9
        if hit.address:
            found.address, found.address_evidence, found.address_confidence = hit.address, note, 0.85
            found.address_country = hit.country
        if not found.web and hit.web:
            found.web, found.web_evidence, found.web_confidence = hit.web, note, 0.7
    return found


def _take_address(found: Identity, address: AddressHit, snippet: str, confidence: float) -> None:
    found.address, found.address_start = address.text.replace("<br/>", "").replace(" ,", ","), address.start
    found.address_country = address.country
    found.address_evidence, found.address_confidence = snippet, confidence


_BARE_SITE = re.compile(
    r"(?i:\b(?:le |du |the |die |der |unsere[rn]? |our |notre )?(?:site(?: web| internet)?|website|web site|webseite|domaine|domain)"
    r"(?: de)?)\s(?P<host>[a-z0-9][a-z0-9-]{0,60}(?:\.[a-z0-9-]{1,60}){0,3}\.[a-z]{2,12})\b"
)
_LEGAL_NOTICE_PATH = re.compile(r"/(?:impressum|mentions-legales|mentions_legales|legal-notice|imprint)\b", re.IGNORECASE)


def _url_matches(text: str, limit: int = 2000) -> list[re.Match[str]]:
    """Web addresses, found from "http" and "www." with ``str.find`` (a regex scan of 1 MB is slow)."""
    starts: set[int] = set()
    for needle in ("http", "www."):
        pos = text.find(needle)
        while pos >= 0 and len(starts) < limit:
            starts.add(pos)
            pos = text.find(needle, pos + 4)
    found = []
    for start in sorted(starts):
        match = _URL.match(text, start)
        if match and not (found and match.start() < found[-1].end()):
            found.append(match)
    return found


def _bare_sites(text: str, limit: int = 200) -> list[re.Match[str]]:
    """"le site 11h42.com": the site words found with ``str.find``, the regex run just there."""
    lower = text.lower()
    found = []
    for needle in ("site", "domain", "webseite"):
        pos = lower.find(needle)
        while pos >= 0 and len(found) < limit:
            match = _BARE_SITE.search(text, max(0, pos - 12), min(len(text), pos + 100))
            if match:
                found.append(match)
            pos = lower.find(needle, pos + len(needle))
    found.sort(key=lambda m: m.start())
    return found


def _web_site(text: str, domains: list[str], name: str | None) -> tuple[str | None, str]:
    """The controller's own site: a URL whose host is its mail domain or spells its name.

    Also the bare domain of "le site 11h42.com" / "hosted on the domain 8digriz.fr" and the
    site whose legal notice ("…/impressum.html") the policy links to.
    """
    candidates: list[tuple[float, int, str]] = []
    for match in _url_matches(text):
        url = match.group(0).rstrip(".")
        host = host_of(url if "://" in url else "https://" + url)
        if _THIRD_PARTY_HOSTS.search(host):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        score = 0.0
        if any(host == d for d in domains[:3]):
            score += 2
        elif any(host.endswith("." + d) for d in domains[:3]):
            score += 1
        if name and _matches_domain(name, host):
            score += 2
        if _WEB_CUE.search(text[line_start:match.start()]):
            score += 1
        if _LEGAL_NOTICE_PATH.search(text, match.end(), min(len(text), match.end() + 60)):
            score += 2
        if score >= 2:
            score += 0.5 if host.count(".") <= 1 else 0.0  # the site itself rather than "login.x.net"
            candidates.append((score, -match.start(), url))
    for n, match in enumerate(_bare_sites(text)):
        host = match.group("host").lower()
        if _THIRD_PARTY_HOSTS.search(host) or "@" in text[max(0, match.start("host") - 1):match.start("host")]:
            continue
        if any(host == d for d in domains[:3]) or (name and _matches_domain(name, host)) or n == 0:
            candidates.append((2.5 if any(host == d for d in domains[:3]) else 2.0, -match.start(), "https://" + host))
    if not candidates:
        return None, ""
    _score, neg_start, url = max(candidates)
    host = host_of(url if "://" in url else "https://" + url)
    scheme = "http://" if url.startswith("http://") else "https://"
    prefix = "www." if url.split("://")[-1].startswith("www.") else ""
    return f"{scheme}{prefix}{host}", str(-neg_start)  # the caller turns the offset into its sentence
