"""Mechanical repairs of datarequests.org records, so a person never meets a data error from shipped data.

``repair_record`` returns a corrected copy of a record and one sentence per change. Only
repairs that cannot change what a field means are made: a misspelt URL scheme ("httsp://"),
invisible characters copied from web pages (soft hyphens, zero-width spaces) in any text, an
e-mail domain in Unicode written in its ASCII form, a fax number that only repeats the phone
number, a home page whose host name is not a valid one (the home page is informational; the
record keeps its channels). What needs a human (a domain that looks misspelt, a number too long
to dial) is left as it is: ``packaging/directory-quality.md`` lists those.

The packaging build (``packaging/build_directory.py``) runs this and then the importer's own
validation (``directory_records.map_record``) on every record, dropping a record that still
fails; ``directory_import`` runs it again on any export the person chooses.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

# Required by the upstream schema (datenanfragen/data schema.json, "required").
REQUIRED = ("slug", "name", "address", "relevant-countries", "sources", "quality")
URL_FIELDS = ("web", "webform", "pgp-url")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SCHEME_TYPO = re.compile(r"^([a-z]{2,6})[:;]?/{1,3}(?=[^/])", re.IGNORECASE)
_GOOD_SCHEME = re.compile(r"^https?://", re.IGNORECASE)
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$", re.IGNORECASE)


def _clean_text(value: Any) -> Any:
    if isinstance(value, str):
        return _INVISIBLE.sub("", value)
    if isinstance(value, list):
        return [_clean_text(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean_text(v) for k, v in value.items()}
    return value


def repaired_url(value: str) -> str:
    """The URL with a misspelt or missing scheme corrected ("httsp://x" -> "https://x", "www.x" -> "https://www.x")."""
    text = value.strip()
    if _GOOD_SCHEME.match(text):
        return text
    match = _SCHEME_TYPO.match(text)
    if match:
        scheme = match.group(1).lower()
        # Letters of "http(s)" only, in any order or doubled ("httsp", "htp", "hhtps"): a typo of it.
        if set(scheme) <= set("htps") and {"h", "t", "p"} <= set(scheme):
            return ("https://" if "s" in scheme else "http://") + text[match.end():]
        return text
    if re.match(r"^[a-z0-9.-]+\.[a-z]{2,}(?:[/?#:]|$)", text, re.IGNORECASE):  # no scheme at all
        return "https://" + text
    return text


def valid_host(url: str) -> bool:
    """True when the URL's host is made of valid DNS labels (no label starting or ending with '-')."""
    try:
        host = (urlsplit(url).hostname or "").encode("idna").decode("ascii")  # "günstiger" is valid too
    except (ValueError, UnicodeError):
        return False
    labels = host.split(".")
    return len(labels) >= 2 and all(_LABEL.match(label) for label in labels)


def _ascii_email(address: str) -> str:
    local, at, domain = address.strip().rpartition("@")
    if not at or domain.isascii():
        return address.strip()
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return address.strip()


def _digits(number: Any) -> str:
    return re.sub(r"\D", "", number) if isinstance(number, str) else ""


def repair_record(record: Any) -> tuple[Any, list[str]]:
    """(repaired copy, one sentence per change). A non-object is returned as it is, unchanged."""
    if not isinstance(record, dict):
        return record, []
    changes: list[str] = []
    repaired = _clean_text(record)
    if repaired != record:
        changes.append("Removed invisible characters (soft hyphens, zero-width spaces) copied from a web page.")
    for key in URL_FIELDS:
        value = repaired.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        fixed = repaired_url(value)
        if fixed != value:
            repaired[key] = fixed
            changes.append(f"Corrected the address '{value}' in '{key}' to '{fixed}'.")
        if key == "web" and not valid_host(fixed):
            del repaired[key]
            changes.append(f"Left out the home page '{fixed}': its host name is not a valid one.")
    email = repaired.get("email")
    if isinstance(email, str) and _ascii_email(email) != email:
        repaired["email"] = _ascii_email(email)
        changes.append(f"Wrote the e-mail address '{email}' as '{repaired['email']}' (ASCII domain, as mail servers expect).")
    fax, phone = repaired.get("fax"), repaired.get("phone")
    if _digits(fax) and _digits(fax) == _digits(phone):
        del repaired["fax"]
        changes.append(f"Left out the fax number '{fax}': it is the phone number.")
    return repaired, changes


def missing_required(record: Any) -> list[str]:
    """The schema's required fields the record lacks (or leaves empty)."""
    if not isinstance(record, dict):
        return list(REQUIRED)
    return [key for key in REQUIRED if record.get(key) in (None, "", [])]
