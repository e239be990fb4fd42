"""Where the person lives, as far as the vault knows: it picks an organisation's country variant.

The identity's residence comes first (an identity ``country`` attribute, where the vault has
one), then a ``country`` setting (where the vault has one), then the system's locale
("de_DE" -> DE). Each source is read only if it exists, so this works on vaults with and
without them. None when nothing says.
"""
from __future__ import annotations

import locale
import os

from vault.errors import InvalidInput, NotFound
from vault.law.countries import ISO_3166_ALPHA2
from vault.people.identities import get_identity, list_identities
from vault.storage import settings
from vault.storage.store import Vault


def _code(value: object) -> str | None:
    code = str(value or "").strip().upper()
    if code == "UK":
        return "GB"
    return code if code in ISO_3166_ALPHA2 else None


def _locale_country() -> str | None:
    names = [os.environ.get(name, "") for name in ("LC_ALL", "LC_CTYPE", "LANG")]
    # Python maps the "C" locale to en_US in getlocale(): a machine with no locale set is not in the US.
    if not any(names):
        try:
            names.append(locale.getlocale()[0] or "")
        except ValueError:
            pass
    for name in names:
        territory = name.split(".")[0].split("@")[0].replace("-", "_").partition("_")[2]
        if _code(territory):
            return _code(territory)
    return None


def person_country(vault: Vault, identity_id: int | None = None) -> str | None:
    """The ISO code of the country the person lives in, or None when nothing says.

    With ``identity_id``, that identity's residence; else the first real identity's that has one.
    """
    try:
        identities = [get_identity(vault, identity_id)] if identity_id else list_identities(vault)
    except NotFound:
        identities = []
    for identity in identities:
        code = _code(getattr(identity, "country", None))
        if code:
            return code
    if "country" in settings.DEFAULTS:
        try:
            code = _code(settings.get_setting(vault, "country"))
        except InvalidInput:
            code = None
        if code:
            return code
    return _locale_country()
