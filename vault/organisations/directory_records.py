"""One datarequests.org company record → controller column values, and what letters need from it.

``map_record`` accepts any JSON value and either returns validated column values or raises
``InvalidInput`` with one sentence: a record from the internet is untrusted input. Field types
are checked before the shared controller checks (``controllers.controller_values``) run, so
a number where text belongs is a skip, never a crash.
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from vault import validation as check
from vault.errors import InvalidInput
from vault.law.countries import ISO_3166_ALPHA2
from vault.organisations.controllers import controller_values

CATEGORIES = ("addresses", "ads", "church", "collection agency", "commerce", "credit agency",
              "entertainment", "finance", "health", "insurance", "nonprofit", "political party",
              "public body", "school", "social media", "telecommunication", "travel", "utility")
TRANSPORT_MEDIA = ("email", "webform", "letter", "fax")
ELEMENT_TYPES = ("input", "textarea", "email", "address", "name", "birthdate")
QUALITIES = ("tested", "verified", "imported", "scraped")
TEMPLATE_KEYS = ("custom-access-template", "custom-erasure-template", "custom-rectification-template",
                 "custom-objection-template")
# Identity fields ``required_identity_fields`` can name; anything else is "other:<description>".
IDENTITY_FIELDS = ("name", "email", "address", "birth_date", "birth_place", "birth_name", "phone",
                   "username", "customer_number")

_SLUG = re.compile(r"^[a-z0-9-]{1,200}$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")

# Country names as they appear on the last line of the records' addresses (English and native
# spellings). The schema requires the country there; this table turns it into ISO 3166-1.
_NAMES = {
    "AT": "austria|österreich", "BE": "belgium|belgique|belgië|belgien", "BG": "bulgaria|българия",
    "CY": "cyprus", "CZ": "czech republic|czechia|česká republika", "DE": "germany|deutschland",
    "DK": "denmark|danmark", "EE": "estonia|eesti", "ES": "spain|españa", "FI": "finland|suomi",
    "FR": "france", "GR": "greece|ελλάδα|hellas", "HR": "croatia|hrvatska", "HU": "hungary|magyarország",
    "IE": "ireland|éire", "IT": "italy|italia", "LT": "lithuania|lietuva", "LU": "luxembourg|luxemburg",
    "LV": "latvia|latvija", "MT": "malta", "NL": "netherlands|the netherlands|nederland|holland",
    "PL": "poland|polska", "PT": "portugal", "RO": "romania|românia", "SE": "sweden|sverige",
    "SI": "slovenia|slovenija", "SK": "slovakia|slovensko", "IS": "iceland|ísland",
    "LI": "liechtenstein", "NO": "norway|norge", "CH": "switzerland|schweiz|suisse|svizzera",
    "GB": "united kingdom|uk|great britain|england|scotland|wales|northern ireland",
    "US": "united states of america|united states|usa|u.s.a.", "CA": "canada", "AU": "australia",
    "NZ": "new zealand", "SG": "singapore|republic of singapore", "HK": "hong kong", "CN": "china",
    "JP": "japan", "IL": "israel", "AE": "united arab emirates|uae", "IN": "india", "MA": "morocco",
    "QA": "qatar", "TW": "taiwan", "PA": "panama", "MY": "malaysia", "MH": "marshall islands",
    "SC": "seychelles", "GI": "gibraltar", "PK": "pakistan", "IM": "isle of man", "RU": "russia",
    "JE": "jersey", "GG": "guernsey", "MC": "monaco", "KR": "south korea|republic of korea",
}
COUNTRY_NAMES = {name: code for code, names in _NAMES.items() for name in names.split("|")}


def _text(record: Mapping[str, Any], key: str, *, required: bool = False) -> str | None:
    value = record.get(key)
    if value is None:
        if required:
            raise InvalidInput(f"The record has no '{key}'.")
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"The field '{key}' must be text.")
    return value


def _texts(record: Mapping[str, Any], key: str) -> list[str]:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(f"The field '{key}' must be a list of text.")
    return [check.clean_text(v, key, max_length=2000) for v in value]


def _flag(record: Mapping[str, Any], key: str) -> bool | None:
    value = record.get(key)
    if value is not None and not isinstance(value, bool):
        raise InvalidInput(f"The field '{key}' must be true or false.")
    return value


def _choice(record: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> str | None:
    value = _text(record, key)
    if value is not None and value not in allowed:
        raise InvalidInput(f"The field '{key}' is '{value}', not one of {', '.join(allowed)}.")
    return value


def _url(record: Mapping[str, Any], key: str, what: str) -> str | None:
    try:
        return check.check_url(_text(record, key), what)
    except ValueError:  # urlparse refuses some strings ("http://[") outright
        raise InvalidInput(f"The {what} '{record.get(key)}' is not a web address.") from None


def _elements(record: Mapping[str, Any]) -> list[dict[str, Any]] | None:
    value = record.get("required-elements")
    if value is None:
        return None
    if not isinstance(value, list):
        raise InvalidInput("The field 'required-elements' must be a list.")
    elements = []
    for item in value:
        if not isinstance(item, dict):
            raise InvalidInput("Each of the 'required-elements' must be an object.")
        kind = _choice(item, "type", ELEMENT_TYPES) or "input"
        desc = check.clean_line(_text(item, "desc"), "required element description")
        elements.append({"desc": desc, "type": kind, "optional": bool(_flag(item, "optional"))})
    return elements


def country_of(address: str, relevant_countries: list[str]) -> tuple[str | None, str | None]:
    """(ISO code, where it came from: 'address' | 'relevant-countries' | None).

    The address's last line comes first because it is where the controller *is* (whose holidays
    count for deadlines); ``relevant-countries`` is the market a record serves (amazon-fr's
    controller is in Luxembourg). Only a single country there is used, as a fallback.
    """
    lines = [line.strip() for line in address.strip().splitlines() if line.strip()]
    if lines:
        last = lines[-1].strip(" .,;").casefold()
        for candidate in (last, last.rsplit(",", 1)[-1].strip()):
            code = COUNTRY_NAMES.get(candidate)
            if code:
                return code, "address"
    if len(relevant_countries) == 1 and relevant_countries[0].casefold() != "all":
        code = relevant_countries[0].strip().upper()
        if code in ISO_3166_ALPHA2:
            return code, "relevant-countries"
    return None, None


def _directory(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record's reach-and-identify metadata, under its own key names, in a stable order."""
    language = _text(record, "request-language")
    if language is not None and not _LANGUAGE.match(language):
        raise InvalidInput(f"The request language '{language}' is not a two-letter language code.")
    values: dict[str, Any] = {
        "relevant-countries": [c.lower() for c in _texts(record, "relevant-countries")] or None,
        "suggested-transport-medium": _choice(record, "suggested-transport-medium", TRANSPORT_MEDIA),
        "request-language": language,
        "needs-id-document": _flag(record, "needs-id-document"),
        "required-elements": _elements(record),
        "quality": _choice(record, "quality", QUALITIES),
        "fax": check.clean_line(_text(record, "fax"), "fax number") or None,
        **{key: check.clean_line(_text(record, key), key) or None for key in TEMPLATE_KEYS},
        "facet-group": check.clean_line(_text(record, "facet-group"), "facet group") or None,
        "nsfw": _flag(record, "nsfw"),
        "pgp-fingerprint": check.clean_line(_text(record, "pgp-fingerprint"), "PGP fingerprint") or None,
        "pgp-url": _url(record, "pgp-url", "PGP key address"),
        "sources": _texts(record, "sources") or None,
        "comments": _texts(record, "comments") or None,
    }
    return {key: value for key, value in values.items() if value is not None}


def map_record(record: Any) -> tuple[dict[str, Any], list[str]]:
    """(controller column values, warnings) for one record, or InvalidInput saying why not.

    Warnings name fields that were dropped while the record was kept: only the home page
    (``web``), which is informational, not a channel; a bad e-mail or web form skips the record.
    """
    if not isinstance(record, dict):
        raise InvalidInput("The record is not a JSON object.")
    try:
        source_text = json.dumps(record, ensure_ascii=False)  # no indent: the C encoder, 3x faster
        source_text.encode("utf-8")
    except (UnicodeEncodeError, ValueError, RecursionError, TypeError):
        raise InvalidInput("The record holds text that is not valid Unicode.") from None
    name = check.clean_line(_text(record, "name", required=True), "name", required=True)
    try:
        return _map(record, name, source_text)
    except InvalidInput as err:
        raise InvalidInput(f"{name}: {err}") from None


def _map(record: Mapping[str, Any], name: str, source_text: str) -> tuple[dict[str, Any], list[str]]:
    slug = _text(record, "slug", required=True)
    if not _SLUG.match(slug or ""):
        raise InvalidInput(f"The slug '{slug}' is not lower-case letters, digits and dashes.")
    warnings = []
    try:
        web = _url(record, "web", "web site")
    except InvalidInput as err:
        warnings.append(f"{name}: {err} It was left out.")
        web = None
    address = check.clean_text(_text(record, "address"), "postal address", max_length=2000)
    directory = _directory(record)
    country, derived_from = country_of(address, directory.get("relevant-countries", []))
    if derived_from:
        directory["country-derived-from"] = derived_from  # so the UI can say it was derived
    email = _text(record, "email")
    values = controller_values(
        name=name, slug=slug, address=address, country=country, emails=[email] if email else [],
        web=web, web_form=_url(record, "webform", "web form"), phone=_text(record, "phone") or "",
        runs=_texts(record, "runs"), categories=_texts(record, "categories"), directory=directory,
        source="directory", source_text=source_text)
    # Re-encoded without \u escapes: controllers.py escapes non-ASCII, and the FTS index would then
    # hold "u00fc" instead of "ü", so "Gebühreneinzugszentrale" (a former name) would not be found.
    for column in ("runs", "categories", "emails", "directory"):
        values[column] = json.dumps(json.loads(values[column]), ensure_ascii=False)
    return values, warnings


def _directory_of(controller: Any) -> Mapping[str, Any]:
    value = controller.get("directory") if isinstance(controller, Mapping) else getattr(controller, "directory", None)
    if isinstance(value, str):
        value = json.loads(value or "{}")
    return value if isinstance(value, Mapping) else {}


# Free-text ("input") elements: what their description asks for, tried in this order.
_FREE_TEXT = (
    ("birth_date", r"geburtsdatum|date of birth|birth ?date|date de naissance"),
    ("birth_place", r"geburtsort|place of birth|lieu de naissance"),
    ("birth_name", r"geburtsname|maiden name|nom de naissance"),
    ("email", r"e-?mail"),
    ("phone", r"phone|telefon|handy|mobil|numéro d'appel|ligne t[ée]l[ée]phonique"),
    ("username", r"user ?name|benutzername|nutzername|user id|pseudo"),
    ("customer_number", r"kunden?n?nummer|customer|client|mitglied|member|vertrag|contrat|contract|abo-nr"),
)
_TYPED = {"name": "name", "email": "email", "address": "address", "birthdate": "birth_date"}


def required_identity_fields(controller: Any) -> list[str]:
    """The identity fields a letter to this controller must include, from ``required-elements``.

    Keys from ``IDENTITY_FIELDS``; a free-text element not recognised is ``"other:<its
    description>"`` so the letter can ask for it by name. Optional elements are left out
    (the record's minimum is the point). An empty list means the record says nothing: the
    letter then uses its usual fields. ``controller`` is a ``Controller`` or a dict with
    ``directory``.
    """
    elements = _directory_of(controller).get("required-elements") or []
    found: list[str] = []
    for element in elements if isinstance(elements, list) else []:
        if not isinstance(element, Mapping) or element.get("optional") is True:
            continue
        kind, desc = str(element.get("type") or "input"), str(element.get("desc") or "").strip()
        key = _TYPED.get(kind)
        if key is None:
            key = next((k for k, pattern in _FREE_TEXT if re.search(pattern, desc, re.IGNORECASE)), None)
            key = key or f"other:{desc or 'unnamed'}"
        if key not in found:
            found.append(key)
    return found


def contact_for_right(controller: Any, right: str) -> dict[str, Any]:
    """Where and how to send a request for ``right`` ('access', 'erasure', ...).

    A per-right channel wins when the controller has one: ``directory["channels"][right]``,
    a dict with any of ``email``, ``web_form``, ``address``, ``fax``, ``medium`` (the upstream
    records carry none today; a person may add one). Otherwise the general channels are used
    with the record's ``suggested-transport-medium``, defaulting as the schema says: e-mail when
    there is an address for it, else the web form, else a letter.
    Returns ``{right, medium, email, web_form, address, fax, language, needs_id_document, per_right}``.
    """
    directory = _directory_of(controller)
    get = controller.get if isinstance(controller, Mapping) else lambda k, d=None: getattr(controller, k, d)
    emails = get("emails") or []
    if isinstance(emails, str):
        emails = json.loads(emails or "[]")
    general = {"email": get("dpo_email") or (emails[0] if emails else None), "web_form": get("web_form"),
               "address": get("address") or None, "fax": directory.get("fax")}
    channels = directory.get("channels")
    special = channels.get(right) if isinstance(channels, Mapping) else None
    special = {k: v for k, v in special.items() if isinstance(v, str) and v.strip()} \
        if isinstance(special, Mapping) else {}
    per_right = any(k in special for k in ("email", "web_form", "address", "fax"))
    contact = {**general, **{k: special[k] for k in general if k in special}}
    by_medium = {"email": "email", "webform": "web_form", "letter": "address", "fax": "fax"}
    if per_right:
        preferred = special.get("medium") or next(m for m, k in by_medium.items() if k in special)
    else:
        preferred = directory.get("suggested-transport-medium")
    if preferred not in by_medium or not contact[by_medium[preferred]]:
        preferred = next((m for m, k in by_medium.items() if contact[k]), "letter")
    return {"right": right, "medium": preferred, **contact, "language": directory.get("request-language"),
            "needs_id_document": directory.get("needs-id-document") is True, "per_right": per_right}
