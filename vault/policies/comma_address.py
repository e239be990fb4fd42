"""UK addresses written on one line as comma-separated parts ending in the postcode.

"The Old Laundry, Mile End Green, Longfield, Kent, DA2 8EB", "11.72 EC Stoner Building,
Leeds LS2 9JT, UK": no street word or house number need be there, so :mod:`address` (which
anchors on the street) misses them. The parts are read backwards from the postcode while they
look like address parts (short, capitalised, not a sentence); a lead-in such as "... the
Pantera Group of" or "... address is" ends the address.
"""
from __future__ import annotations

import re

from vault.policies.address import AddressHit, country_in

__all__ = ["find_comma_addresses"]

_UK_POSTCODE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}[0-9][A-Z0-9]?[ \t][0-9][A-Z]{2}(?![\w])")
_LEAD_IN = re.compile(r"^.*?\b(?:of|is|at|to|from|in|:)\s+(?=[A-Z0-9])")
_MAX_HITS = 200


def _is_part(part: str) -> bool:
    words = part.split()
    if not words or len(part) > 45 or len(words) > 6:
        return False
    lower = sum(1 for w in words if w.islower() and len(w) > 2)
    return lower == 0 and (part[0].isupper() or part[0].isdigit())


def find_comma_addresses(text: str) -> list[AddressHit]:
    """Comma-separated UK addresses (see the module docstring), in text order."""
    found: list[AddressHit] = []
    for n, match in enumerate(_UK_POSTCODE.finditer(text)):
        if n >= _MAX_HITS:
            break
        window_start = max(0, match.start() - 240)
        before = text[window_start:match.start()]
        cut = max(before.rfind("\n\n"), before.rfind(". "), before.rfind(";"))
        before = before[cut + 1:] if cut >= 0 else before
        # A line break inside a part is a wrapped line ("Mile\nEnd Green" in a PDF), not a comma.
        # but an HTML line break left in Markdown ("70 Whitehall<br/>") ends a part.
        before = re.sub(r"<br\s*/?>", ",", before)
        parts = [" ".join(p.split()) for p in before.split(",")]
        # The part holding the postcode may start with the town: "Leeds LS2 9JT".
        town = parts.pop() if parts else ""
        kept: list[str] = [town] if town and _is_part(town) else []
        if town and not kept:
            continue
        for part in reversed(parts):
            if not part:
                continue
            if _is_part(part):
                kept.insert(0, part)
                continue
            lead = _LEAD_IN.sub("", part)
            if lead != part and _is_part(lead):
                kept.insert(0, lead)
            break
        if len([p for p in kept if p]) < 2 and not (kept and any(ch.isdigit() for ch in kept[0])):
            continue  # a postcode with only a town: not enough to call it an address
        end = match.end()
        country = country_in(text[end:end + 30]) or "GB"
        address = ", ".join([p for p in kept if p]) + (" " if town and kept and kept[-1] == town else ", ") + match.group(0)
        address = address.replace(", , ", ", ")
        start = text.find(kept[0], window_start) if kept else match.start()
        found.append(AddressHit(address, max(start, window_start), end, country, ""))
    return found
