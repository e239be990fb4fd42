"""The shipped directory (resources/directory/companies.json) as a lookup for policies.

A policy that names a domain (its web site, its contact mailbox) or a name that a directory
record carries is that organisation's: the record's name and postal address are then taken
over, and the evidence says so. Free mail domains (gmail.com...) and domains shared by
several records tell nothing and are never matched.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from vault.organisations.directory_import import builtin_records

__all__ = ["DirectoryHit", "match_directory", "host_of", "FREE_MAIL"]

FREE_MAIL = frozenset("""
    gmail.com googlemail.com yahoo.com yahoo.fr yahoo.de hotmail.com hotmail.fr hotmail.de outlook.com outlook.fr
    outlook.de live.com live.fr msn.com icloud.com me.com mac.com aol.com gmx.de gmx.at gmx.net gmx.com gmx.fr web.de
    t-online.de freenet.de orange.fr wanadoo.fr free.fr laposte.net sfr.fr protonmail.com proton.me posteo.de
    mailbox.org aon.at chello.at eircom.net btinternet.com sky.com
""".split())


@dataclass(frozen=True)
class DirectoryHit:
    """A directory record matched by a policy: its name, address, web site and why it matched."""

    slug: str
    name: str
    address: str | None
    web: str | None
    country: str | None
    reason: str


def host_of(url_or_mail: str) -> str:
    """The host of a URL or the domain of an e-mail address, lower case, without ``www.``."""
    value = url_or_mail.strip().lower()
    if "@" in value and "://" not in value:
        return value.rsplit("@", 1)[-1]
    value = re.sub(r"^[a-z][a-z0-9+.-]*://", "", value)
    return value.split("/", 1)[0].split(":", 1)[0].removeprefix("www.")


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in text if ch.isalnum())


@functools.lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    by_domain: dict[str, list[dict[str, Any]]] = {}
    by_name: dict[str, list[dict[str, Any]]] = {}
    for record in builtin_records():
        if not isinstance(record, dict) or not isinstance(record.get("name"), str):
            continue
        hosts = set()
        if isinstance(record.get("web"), str) and record["web"]:
            hosts.add(host_of(record["web"]))
        if isinstance(record.get("email"), str) and "@" in record["email"]:
            hosts.add(host_of(record["email"]))
        for host in hosts - FREE_MAIL:
            by_domain.setdefault(host, []).append(record)
        by_name.setdefault(_key(record["name"]), []).append(record)
    return by_domain, by_name


def _hit(record: dict[str, Any], reason: str) -> DirectoryHit:
    address = record.get("address") if isinstance(record.get("address"), str) else None
    countries = record.get("relevant-countries") or []
    country = countries[0].upper() if len(countries) == 1 and countries[0] != "all" else None
    return DirectoryHit(record.get("slug", ""), record["name"], (address or "").replace("\n", ", ") or None,
                        record.get("web") if isinstance(record.get("web"), str) else None, country, reason)


def match_directory(domains: list[str], name: str | None) -> DirectoryHit | None:
    """The one record whose web or e-mail domain is among ``domains``, or whose name is ``name``."""
    by_domain, by_name = _index()
    for domain in domains:
        if domain in FREE_MAIL:
            continue
        records = by_domain.get(domain, [])
        if len(records) == 1:
            return _hit(records[0], f"domain {domain}")
        if records and name:
            named = [r for r in records if _key(r["name"]) == _key(name)]
            if len(named) == 1:
                return _hit(named[0], f"domain {domain} and name {name}")
    if name and len(_key(name)) >= 6:
        records = by_name.get(_key(name), [])
        if len(records) == 1:
            return _hit(records[0], f"name {name}")
    return None
