"""Which data-protection supervisory authority a policy names (CNIL, ICO, BfDI, Länder...).

Each authority has the ``slug`` of its record in ``resources/authorities.json`` so the
finding can be linked to the contact details kept there. German Land authorities are
recognised from a generic title ("Landesbeauftragte für Datenschutz", "Landesamt für
Datenschutzaufsicht", ...) plus the Land named next to it, in German or English.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from vault.policies.structure import Segments, Sentence

__all__ = ["AuthorityHit", "find_authority"]


@dataclass(frozen=True)
class AuthorityHit:
    """The authority chosen, the slug of its record, its country, and the sentence."""

    name: str
    slug: str
    country: str
    snippet: str


_I = re.IGNORECASE
# (slug, short name, country, pattern) - national and federal authorities.
_NATIONAL: tuple[tuple[str, str, str, re.Pattern[str]], ...] = (
    ("frcnil", "CNIL", "FR", re.compile(r"\bCNIL\b|Commission nationale de l['’\s]?informatique et (?:des|aux) libert[ée]s", _I)),
    ("gbico", "ICO", "GB", re.compile(r"\bICO\b|(?<!Australian )(?<!Canada's )Information Commissioner['’]?s?(?: Office)?\b")),
    ("debfdi", "BfDI", "DE", re.compile(
        r"\bBfDI\b|Bundesbeauftragte[nr]? für (?:den )?Datenschutz|Federal Commissioner for Data Protection", _I)),
    ("atdsb", "Österreichische Datenschutzbehörde", "AT", re.compile(
        r"österreichische[nr]? Datenschutzbehörde|Datenschutzbehörde[^.\n]{0,40}(?:Österreich|Wien|Barichgasse)"
        r"|Austrian Data Protection Authority|dsb\.gv\.at", _I)),
    ("beapd", "Autorité de protection des données (Belgique)", "BE", re.compile(
        r"\bAPD\b|\bGBA\b|Gegevensbeschermingsautoriteit|Autorité de protection des données[^.\n]{0,30}Belg"
        r"|Belgian Data Protection Authority|autoriteprotectiondonnees\.be|dataprotectionauthority\.be")),
    ("chedoeb", "EDÖB", "CH", re.compile(
        r"\bED[ÖO]E?B\b|\bPFPDT\b|\bFDPIC\b|Eidgenössische[nr]? Datenschutz|Préposé fédéral à la protection"
        r"|Federal Data Protection and Information Commissioner", _I)),
    ("lucnpd", "CNPD (Luxembourg)", "LU", re.compile(r"Commission nationale pour la protection des données|\bCNPD\b(?![^.\n]{0,60}Portug)", _I)),
    ("ptcnpd", "CNPD (Portugal)", "PT", re.compile(r"Comissão Nacional de Prote[cç]+ão de Dados|\bCNPD\b(?=[^.\n]{0,60}Portug)", _I)),
    ("iedpc", "Data Protection Commission (Ireland)", "IE", re.compile(
        r"Irish Data Protection Commission|Data Protection Commission(?:er)?(?=[^.\n]{0,60}Ireland)"
        r"|Data Protection Commission \(DPC\)|dataprotection\.ie")),
    ("esaepa", "AEPD", "ES", re.compile(r"\bAEPD\b|Agencia Española de Protección de Datos|Spanish Data Protection Agency", _I)),
    ("itgpdp", "Garante per la protezione dei dati personali", "IT", re.compile(
        r"Garante per la protezione dei dati|Garante (?:della )?Privacy|Italian Data Protection Authority", _I)),
    ("nlap", "Autoriteit Persoonsgegevens", "NL", re.compile(r"Autoriteit Persoonsgegevens|Dutch Data Protection Authority", _I)),
    ("sedi", "IMY", "SE", re.compile(r"Integritetsskyddsmyndigheten|\bIMY\b|Swedish (?:Authority for Privacy Protection|Data Protection Authority)")),
)
# German Land authorities: a title, then the Land (within the same sentence).
_LAND_TITLE = re.compile(
    r"Landesbeauftragte[nr]?|Landesdatenschutzbeauftragte[nr]?|Beauftragte[nr]? für (?:den )?Datenschutz"
    r"|Landesamt für Datenschutz\w*|Landeszentrum für Datenschutz|Datenschutzzentrum|Datenschutz- und Transparenzbeauftragte"
    r"|Datenschutzaufsicht\w*|\bLfDI\b|\bLfD\b|\bLDI\b|\bLDA\b|\bULD\b|\bUDZ\b"
    r"|(?:Data Protection|Privacy) (?:Authority|Commissioner|Supervisory Authority|Office)"
    r"|Commissioner for Data Protection|State Commissioner|State Office for Data Protection",
)
_LAND_ABBREVIATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bBayLDA\b"), "debaylda"), (re.compile(r"\bBayLfD\b"), "debayldb"),
    (re.compile(r"\bBlnBDI\b"), "deberlbdi"), (re.compile(r"\bHmbBfDI\b"), "dehmbbfdi"),
    (re.compile(r"\bHBDI\b"), "dehessbdi"), (re.compile(r"\bTLfDI\b"), "detlfdi"),
    (re.compile(r"\bLDI\s?NRW\b"), "denrwldi"), (re.compile(r"\bULD\b"), "deshuld"),
)
# (slug, short name, pattern of the Land's name or adjective, DE and EN)
_LANDS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("debawueldb", "LfDI Baden-Württemberg", re.compile(r"Baden-W(?:ü|ue|u)rttemberg", _I)),
    ("debaylda", "BayLDA", re.compile(r"\bBayern\b|Bayerische[snmr]?\b|\bBavaria", _I)),
    ("deberlbdi", "BlnBDI", re.compile(r"\bBerlin(?:er)?\b", _I)),
    ("debralda", "LDA Brandenburg", re.compile(r"\bBrandenburg", _I)),
    ("debrelfdi", "LfDI Bremen", re.compile(r"\bBremen\b|\bBremer\b", _I)),
    ("dehmbbfdi", "HmbBfDI", re.compile(r"\bHamburg(?:ische[rn]?)?\b", _I)),
    ("dehessbdi", "HBDI", re.compile(r"\bHessen\b|\bHessische[rn]?\b|\bHesse\b", _I)),
    ("demvldi", "LfDI Mecklenburg-Vorpommern", re.compile(r"Mecklenburg", _I)),
    ("dendslfd", "LfD Niedersachsen", re.compile(r"Niedersachsen|Niedersächsische|Lower Saxony", _I)),
    ("denrwldi", "LDI NRW", re.compile(r"Nordrhein-Westfalen|\bNRW\b|North Rhine-Westphalia", _I)),
    ("derlpbdi", "LfDI Rheinland-Pfalz", re.compile(r"Rheinland-Pfalz|Rhineland-Palatinate", _I)),
    ("desaarudz", "UDZ Saarland", re.compile(r"\bSaarland|Saarländische", _I)),
    ("desalbd", "LfD Sachsen-Anhalt", re.compile(r"Sachsen-Anhalt|Saxony-Anhalt", _I)),
    ("desaechsdsb", "Sächsische Datenschutz- und Transparenzbeauftragte", re.compile(r"\bSachsen\b(?!-)|\bSächsische[rn]?\b|\bSaxony\b(?!-)", _I)),
    ("deshuld", "ULD Schleswig-Holstein", re.compile(r"Schleswig-Holstein", _I)),
    ("detlfdi", "TLfDI", re.compile(r"Thüringen|Thüringer|Thuringia", _I)),
)
_LAND_NAMES = {slug: name for slug, name, _ in _LANDS} | {"debayldb": "BayLfD"}
# Cheap gates (plain substring search) before the regexes above.
_STEMS = (
    "cnil", "commission", "bfdi", "beauftragte", "landesamt", "datenschutz", "landeszentrum", "autorité", "authority",
    "edöb", "edoeb", "pfpdt", "fdpic", "préposé", "cnpd", "aepd", "agencia", "garante", "autoriteit",
    "integritetsskydd", "dsb.gv", "dataprotection.ie", "state office", "comiss", "gegevensbescherming",
)
_EXACT = ("ICO", "ULD", "LDA", "LDI", "LfD", "APD", "GBA", "IMY", "HBDI", "BlnBDI", "BayLDA", "BayLfD", "TLfDI", "HmbBfDI")
_COMPLAINT = re.compile(r"réclamation|plainte|saisir|complain|lodge|Beschwerde|beschweren|supervisory|autorité de contrôle|Aufsichtsbehörde|compétente|competent|zuständig", _I)


def find_authority(segments: Segments) -> AuthorityHit | None:
    """The supervisory authority the policy names, preferring one named for complaints."""
    best: tuple[float, int, AuthorityHit] | None = None
    counts: dict[str, int] = {}
    candidates: list[tuple[Sentence, AuthorityHit]] = []
    for sentence in segments.find(_STEMS, exact=_EXACT, budget=50_000):
        for hit in _in_sentence(sentence):
            counts[hit.slug] = counts.get(hit.slug, 0) + 1
            candidates.append((sentence, hit))
    for sentence, hit in candidates:
        context = [sentence.text] + [p.text for p in segments.previous(sentence, 2)] + list(sentence.headings[-1:])
        if not any(_COMPLAINT.search(c) for c in context):
            continue  # "selon les recommandations de la CNIL": named, but not as the authority to turn to
        score = (3.0 if _COMPLAINT.search(sentence.text) else 0.0) + min(counts[hit.slug], 10) * 0.1
        key = (score, -sentence.index)
        if best is None or key > (best[0], best[1]):
            best = (score, -sentence.index, hit)
    return best[2] if best else None


# "Eine Liste der Datenschutzbeauftragten ... finden Sie unter https://www.bfdi.bund.de/...":
# a link to a list of all authorities names none of them.
_LIST = re.compile(r"\bListe\b|\blist of\b|\bliste des\b|Anschriften", _I)


def _in_url(text: str, at: int) -> bool:
    """Whether ``at`` falls inside a web address ("https://www.bfdi.bund.de/..."): a link, not a naming."""
    start = max(text.rfind(" ", 0, at), text.rfind("(", 0, at), text.rfind("<", 0, at)) + 1
    token = text[start:at]
    return "://" in token or token.startswith("www.") or "/" in token


def _in_sentence(sentence: Sentence) -> list[AuthorityHit]:
    text = sentence.text
    found: list[tuple[int, AuthorityHit]] = []
    for slug, name, country, pattern in _NATIONAL:
        match = pattern.search(text)
        if match and _in_url(text, match.start()) and _LIST.search(text):
            match = next((m for m in pattern.finditer(text) if not _in_url(text, m.start())), None)
        if match:
            found.append((match.start(), AuthorityHit(name, slug, country, text)))
    for pattern, slug in _LAND_ABBREVIATIONS:
        match = pattern.search(text)
        if match:
            found.append((match.start(), AuthorityHit(_LAND_NAMES[slug], slug, "DE", text)))
    for title in _LAND_TITLE.finditer(text):
        if title.group(0).startswith("Bundes"):
            continue
        # Adjectives precede the title ("Bayerisches Landesamt"), Land names follow it.
        window = text[max(0, title.start() - 40):title.end() + 100]
        for slug, name, land in _LANDS:
            if land.search(window):
                if slug == "debaylda" and "Landesbeauftragte" in title.group(0):
                    slug, name = "debayldb", "BayLfD"  # Bavaria's public-sector authority
                found.append((title.start(), AuthorityHit(name, slug, "DE", text)))
                break
    found.sort(key=lambda item: item[0])
    return [hit for _, hit in found]
