"""The controller's identity block: a heading or lead-in line, then name and address lines.

Most policies, and the generator templates of each country, name the controller as a block:

    I. Name und Anschrift des Verantwortlichen          Responsable du traitement
    Verantwortlicher im Sinne der DSGVO ist die:        Les coordonnées de la DGS sont :
    Muster GmbH                                         Direction générale de la Santé
    Musterstraße 1                                      14, avenue Duquesne
    12345 Berlin                                        75350 PARIS 07 SP

A cue line (a heading, or a line that ends with ":" and speaks of the controller, the legal
notice or "who we are") is followed by up to eight short lines; the first that reads as a
name is the name, and an address among the next lines is the controller's address. A block
with an address (or an e-mail or phone line) next to its name is strong evidence; a bare
name line is weaker. Every regex runs on one line of bounded length.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from vault.policies.address import AddressHit, country_in, find_addresses
from vault.policies.controller_name import strip_legal_form

__all__ = ["ControllerBlock", "controller_blocks", "clean_line"]

_CUE = re.compile(
    r"verantwortlich|Name und Anschrift|Anbieter(?:in)?\b|Herausgeber|Medieninhaber|Websitebetreiber|Betreiber(?:in)?\b"
    r"|Angaben gem(?:ä|ae)ß|\bImpressum\b|Kontaktdaten (?:des|der) Verantwortlichen"
    r"|responsables? (?:du|de|des) traitements?|mentions l[ée]gales|[ée]diteur|identit[ée] d|coordonn[ée]es (?:de|du|des)"
    r"|who we are|about us|(?:data )?controller|our (?:contact )?details|contact details|registered (?:office|address)"
    r"|is run by|is operated by|is provided by",
    re.IGNORECASE,
)
# Lines that open a block for someone else: the DPO, the host, the authority.
_OTHER_PARTY = re.compile(
    r"Datenschutzbeauftragte|Aufsichtsbehörde|d[ée]l[ée]gu[ée]|protection officer|\bDPO\b|\bDPD\b|h[ée]berge|Hosting|host(?:ed|ing)?\b"
    r"|Auftragsverarbeit|sous-traitant|processor|Commissioner|CNIL|authority|autorit[ée]|Beschwerde",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"<br\s*/?>|\*\*|__|^#{1,6}\s*|^[-•●▪*]\s+|\[([^\]]{0,120})\]\([^)]{0,300}\)|&#\d{1,6};|&nbsp;")
_PREFIX = re.compile(
    r"^(?:Name|Firma|Firmenname|Unternehmen|Verein|Verantwortliche[rn]?|Verantwortliche Stelle|Anbieter|Betreiber|Organisation"
    r"|Raison sociale|D[ée]nomination(?: sociale)?|Soci[ée]t[ée]|Nom|Company(?: name)?|Organisation name|Controller"
    r"|Responsable(?: du traitement)?|[ÉE]diteur(?: du site)?)\s?:\s*",
    re.IGNORECASE,
)
_NOT_NAME = re.compile(
    r"^(?:Tel|Telefon|Phone|Téléphone|Tél|Fax|Mobil|E-?Mail|Mail|Courriel|Internet|Web|www\.|https?:|Adresse|Address|Anschrift"
    r"|Postanschrift|Vertreten|Vertretungsberechtigt|Represented|Repr[ée]sent|Directeur|Director|Geschäftsführ|Vorstand"
    r"|Registergericht|Registernummer|Handelsregister|Umsatzsteuer|USt|SIRE[NT]|RCS|Capital|VAT|Company (?:number|no)"
    r"|Charity|Stand|Version|Last updated|Mise à jour|Dernière|c/o|Postfach|BP\s|CS\s|Sitz|Siège|Registered)\b"
    r"|^[\d(+]|@|^\W*$|\s\d{1,5}\s?[a-zA-Z]?$",  # ... or ends with a house number: a street
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_MAX_LINE = 160
_BLOCK_LINES = 8


@dataclass(frozen=True)
class ControllerBlock:
    """A name read from a controller block, the block's address if any, and how strong it is."""

    name: str
    address: AddressHit | None
    start: int
    snippet: str
    score: float


def clean_line(line: str) -> str:
    """A line without Markdown/HTML leftovers, list bullets and spacing."""
    line = _MARKUP.sub(lambda m: m.group(1) or " ", line.strip())
    return " ".join(line.split()).strip(" ,;:")


def _lines(text: str, limit: int = 400_000) -> list[tuple[int, str]]:
    out = []
    offset = 0
    for raw in text[:limit].split("\n"):
        out.append((offset, raw))
        offset += len(raw) + 1
    return out


_HEADING_WORDS = frozenset("""
    datenschutz datenschutzerklärung datenschutzhinweise impressum kontakt kontaktdaten kontaktformular information
    informationen informations allgemeine allgemeines hinweise hinweis übersicht inhalt inhaltsverzeichnis cookies
    cookie mentions politique données donnees contact contacts privacy policy notice personal data introduction
    overview contents table summary sommaire définitions definitions begriffsbestimmungen rechtsgrundlagen
    rechtsgrundlage speicherdauer empfänger rechte your vos ihre changes änderungen modifications version stand
""".split())
_CONNECTOR = frozenset("de du des la le et und zur zum für der die von van of the and in im à - – &".split())


def _as_name(line: str) -> str | None:
    """The line as an organisation's or person's name, or None when it reads otherwise."""
    if line.rstrip().endswith(":") or (_CUE.search(line) and not _PREFIX.match(clean_line(line))):
        return None  # a lead-in ("... ist die:") or another cue, not the name
    line = _PREFIX.sub("", clean_line(line))
    if not line or len(line) > 110 or _NOT_NAME.search(line):
        return None
    words = _WORD.findall(line)
    if not words or len(line.split()) > 14:
        return None
    if not any(ch.isupper() for ch in line):
        return None
    lower = sum(1 for w in words if w.islower() and w.casefold() not in _CONNECTOR and len(w) > 2)
    if line.endswith(".") and not line.endswith(("e.V.", "e. V.", "Ltd.", "Inc.", "Co.", "e.K.", "mbH.")) and lower >= 2:
        return None  # a sentence, not a name
    if lower * 2 > len(words):
        return None  # mostly lower-case words: a phrase, not a name
    if line.endswith("?"):
        return None
    if words[0].casefold() in _HEADING_WORDS:
        return None  # "Datenschutzerklärung", "Informations légales", "Contact": a heading, not a name
    return line.strip(" ,;:")


def _as_address_line(line: str) -> bool:
    return bool(_POSTCODE_LINE.search(clean_line(line)))


def _is_heading_like(line: str) -> bool:
    stripped = clean_line(line)
    return bool(stripped) and (line.lstrip().startswith("#") or stripped.endswith(":") or line.rstrip().endswith(":")
                               or (len(stripped) <= 90 and not stripped.endswith(".")))


_CUE_STEMS = (
    "verantwortlich", "name und anschrift", "anbieter", "herausgeber", "medieninhaber", "betreiber", "angaben gem",
    "impressum", "kontaktdaten de", "responsable", "mentions l", "diteur", "identit", "coordonn", "who we are",
    "about us", "controller", "our details", "our contact details", "contact details", "registered", "is run by",
    "is operated by", "is provided by",
)


def controller_blocks(text: str, lower: str | None = None) -> list[ControllerBlock]:
    """Every controller block in the text, strongest first.

    ``lower`` is the text in lower case with the same length (``Segments.lower``): the cue
    lines are found with ``str.find`` on it, the regex runs only on those lines.
    """
    lines = _lines(text)
    starts = [offset for offset, _raw in lines]
    lower = lower if lower is not None and len(lower) == len(text) else text.lower()
    if len(lower) != len(text):
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    limit = min(len(text), 400_000)
    candidates: set[int] = set()
    for stem in _CUE_STEMS:
        pos = lower.find(stem, 0, limit)
        count = 0
        while pos >= 0 and count < 500:
            candidates.add(bisect.bisect_right(starts, pos) - 1)
            pos = lower.find(stem, pos + len(stem), limit)
            count += 1
    cue_lines = [index for index in sorted(candidates)[:2000] if _CUE.search(lines[index][1][:400])]
    found: list[ControllerBlock] = []
    for index in cue_lines:
        offset, raw = lines[index]
        if len(raw) > 400 or _OTHER_PARTY.search(raw):
            continue
        if not _is_heading_like(raw):
            continue
        block = _block_after(text, lines, index)
        if block:
            found.append(block)
        if len(found) >= 30:
            break
    found.sort(key=lambda b: (-b.score, b.start))
    return found


def _block_after(text: str, lines: list[tuple[int, str]], cue_index: int) -> ControllerBlock | None:
    cue_line = clean_line(lines[cue_index][1])
    taken: list[tuple[int, str]] = []
    skipped_sentences = 0
    for offset, raw in lines[cue_index + 1: cue_index + 1 + 3 * _BLOCK_LINES]:
        line = raw.strip()
        if not line:
            continue
        if len(line) > _MAX_LINE:
            if taken or skipped_sentences >= 2:
                break
            skipped_sentences += 1
            continue
        taken.append((offset, line))
        if len(taken) >= _BLOCK_LINES:
            break
    if not taken:
        return None
    name_at = None
    for position, (offset, line) in enumerate(taken[:3]):
        if line.startswith("#"):
            continue  # a sub-heading ("## Éditeur") between the cue and the block
        name = _as_name(line)
        if name:
            name_at = position
            break
        if not (line.endswith((".", ":")) or _CUE.search(line) or _NOT_NAME.search(clean_line(line))):
            break  # a line that is neither a sentence nor contact data, and not a name: no block
    if name_at is None:
        return None
    for later in range(name_at + 1, min(name_at + 3, len(taken))):
        # "Bio 7.0 Apotheke / am Ku'damm / Marietta Dubinski e.K.": the line with the legal
        # form is the legal name.
        legal = _as_name(taken[later][1])
        if legal and strip_legal_form(legal) != legal and not _as_address_line(taken[later][1]):
            name, name_at = legal, later
            break
    name_offset = taken[name_at][0]
    words = name.split()
    if words and words[-1].casefold() in _CONNECTOR and name_at + 1 < len(taken):
        # "Verein zur Förderung ... in" / "Österreich": a name broken over two lines
        rest = _as_name(taken[name_at + 1][1])
        if rest:
            name = f"{name} {rest}"
            name_at += 1
    following = taken[name_at + 1: name_at + 6]
    block_end = following[-1][0] + len(following[-1][1]) if following else name_offset + len(taken[name_at][1])
    addresses = find_addresses(text, name_offset, block_end)
    address = addresses[0] if addresses else _block_address(following)
    contact = any(re.search(r"@|\bTel|\bPhone|\bTéléphone|\+\d", line, re.IGNORECASE) for _o, line in following)
    score = 3.0
    if address is not None:
        score += 3.0
    elif contact:
        score += 1.5
    if re.search(r"verantwortlich|responsable|controller|Name und Anschrift", cue_line, re.IGNORECASE):
        score += 1.0
    snippet = " / ".join([cue_line] + [clean_line(line) for _o, line in taken[name_at: name_at + 4]])
    return ControllerBlock(name, address, name_offset, snippet[:400], score)


# A line that holds the postcode and town: "9135 Bad Eisenkappel", "D-10115 Berlin",
# "75350 PARIS 07 SP", "CS 61321 - 31013 TOULOUSE", "London SW1A 2AS", "N13 4BS".
_POSTCODE_LINE = re.compile(
    r"^(?:(?:CS|BP|TSA)\s?\d{1,6}\s?[-–,]?\s?)?(?:[A-Z]{1,2}-)?(?P<code>\d{4,5})\s+[^\W\d_]"
    r"|(?P<uk>(?<![A-Z0-9])[A-Z]{1,2}[0-9][A-Z0-9]?\s[0-9][A-Z]{2})\s*$"
    r"|(?P<ie>(?<![A-Z0-9])[AC-FHKNPRTV-Y][0-9][0-9W]\s?[0-9AC-FHKNPRTV-Y]{4})\s*$"
)
_CONTACT_LINE = re.compile(r"@|^(?:Tel|Telefon|Phone|Téléphone|Tél|Fax|E-?Mail|Mail|Web|www\.|https?:)", re.IGNORECASE)


def _block_address(following: list[tuple[int, str]]) -> AddressHit | None:
    """The address written as lines under the name: street line(s), then postcode and town.

    For what ``find_addresses`` cannot read on one line: a street without a street word
    ("70 Whitehall", "Bad Eisenkappel 265") or a UK address with the town and the postcode
    on lines of their own.
    """
    street: list[str] = []
    for position, (offset, raw) in enumerate(following):
        line = clean_line(raw)
        if _CONTACT_LINE.search(line):
            break
        match = _POSTCODE_LINE.search(line)
        if match and street:
            parts = street[-3:] + [line]
            country = None
            if position + 1 < len(following):
                country = country_in(clean_line(following[position + 1][1]))
            if country is None:
                country = "GB" if match.group("uk") else "IE" if match.group("ie") else None
            start = following[max(0, position - len(parts) + 1)][0]
            lang = "" if match.group("uk") or match.group("ie") else "de" if "straße" in " ".join(street).lower() else ""
            return AddressHit(", ".join(parts), start, offset + len(raw), country, lang)
        if len(line) > 70 or line.endswith((".", ":")) or (not any(ch.isdigit() for ch in line) and len(street) >= 3):
            break  # a sentence or a run of lines without a number: not an address block
        street.append(line)
    return None
