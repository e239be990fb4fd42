"""Ranking what people type against the vault's controllers: the search index.

Order of the tiers (first wins): a pasted e-mail address, URL or domain (exact address, then
site, then the same name under another country's domain); then, for words, the exact name
(or a name of the brand from the EU-controller overlay), the name's beginning, a former name
(``runs``), a web or e-mail domain's name, every word found in the name, a name with one typo,
and every word found anywhere (former names, web, e-mail, address: the FTS5 index). Within a tier the bigger
brand (more country variants, known to the overlay) comes first, then the shorter name.

The index is built in memory from one query and kept up to date: the functions that write
controllers call ``changed`` (one controller is then re-read alone; an import rebuilds it), and
after any write the count and last id of the table are checked against the index. With 10,000 controllers a search then costs
a few milliseconds.
"""
from __future__ import annotations

import bisect
import json
import re
import weakref
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from vault.organisations.eu_controllers import overlay_for, overlay_hosts, overlay_names
from vault.organisations.name_folding import (
    core_name,
    country_of_host,
    fold,
    host_of,
    label_of,
    site_of,
    spellings,
    url_key,
)
from vault.storage.store import Vault

_DOMAIN_IN_TEXT = re.compile(r"[\w.-]+\.[a-z]{2,24}\b", re.IGNORECASE)
_MAX_FUZZY_KEY = 24
Score = tuple[float, ...]


@dataclass
class Entry:
    """What the index knows of one controller."""

    id: int
    name: str
    folded: str
    brand_key: str
    countries: tuple[str, ...]
    words: tuple[str, ...] = ()  # of the name, in both foldings
    base_weight: int = 0  # 5 for a brand the overlay knows
    weight: int = 0  # bigger brands first: variants sharing the name, an overlay entry


def _countries(value: Any) -> tuple[str, ...]:
    try:
        items = json.loads(value) if isinstance(value, str) else []
    except ValueError:
        items = []
    return tuple(str(c).casefold() for c in items if isinstance(c, str)) if isinstance(items, list) else ()


def _list(value: Any) -> list[str]:
    try:
        items = json.loads(value or "[]")
    except ValueError:
        return []
    return [v for v in items if isinstance(v, str)] if isinstance(items, list) else []


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _distance(a: str, b: str) -> int:
    """Optimal string alignment distance (a swap of two neighbours counts once)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


class SearchIndex:
    """Folded names, former names, domains and words of every controller, for ranked search."""

    def __init__(self, rows: list[Any]):
        self.entries: dict[int, Entry] = {}
        self._exact: dict[str, set[int]] = defaultdict(set)      # name, core name, overlay names
        self._brand_names: dict[str, set[int]] = defaultdict(set)  # the overlay's names of a brand
        self._names: list[tuple[str, int]] = []                   # sorted, for prefixes
        self._runs_exact: dict[str, set[int]] = defaultdict(set)
        self._runs: list[tuple[str, int]] = []
        self._hosts: dict[str, dict[int, int]] = defaultdict(dict)  # host -> id -> 0 web / 1 other
        self._sites: dict[str, set[int]] = defaultdict(set)
        self._labels: dict[str, set[int]] = defaultdict(set)
        self._urls: dict[str, set[int]] = defaultdict(set)
        self._emails: dict[str, set[int]] = defaultdict(set)
        self._fuzzy_keys: dict[str, set[tuple[int, int]]] = defaultdict(set)  # key -> (id, kind)
        self._deletes: dict[str, set[str]] | None = None
        self.groups: dict[str, list[int]] = defaultdict(list)  # records sharing a name: one organisation
        self.by_name: list[int] = []
        for row in rows:
            self._add(row)
        self._finish()

    def update(self, ids: Iterable[int], rows: list[Any]) -> None:
        """Take in the current rows of the controllers ``ids`` (a missing row: the controller was removed)."""
        for controller_id in ids:
            self._remove(int(controller_id))
        for row in rows:
            self._add(row)
        self._finish()

    def _finish(self) -> None:
        self.groups = defaultdict(list)
        for entry in self.entries.values():
            self.groups[entry.brand_key].append(entry.id)
        for entry in self.entries.values():
            entry.weight = entry.base_weight + len(self.groups[entry.brand_key])
        self.by_name = [e.id for e in sorted(self.entries.values(), key=lambda e: (e.name.casefold(), e.id))]
        self._names.sort()
        self._runs.sort()

    def _remove(self, controller_id: int) -> None:
        if self.entries.pop(controller_id, None) is None:
            return
        for table in (self._exact, self._brand_names, self._runs_exact, self._sites, self._labels, self._urls,
                      self._emails):
            for key in [key for key, ids in table.items() if controller_id in ids]:
                table[key].discard(controller_id)
                if not table[key]:
                    del table[key]
        for host in [host for host, ids in self._hosts.items() if controller_id in ids]:
            del self._hosts[host][controller_id]
            if not self._hosts[host]:
                del self._hosts[host]
        for key in [key for key, pairs in self._fuzzy_keys.items() if any(p[0] == controller_id for p in pairs)]:
            self._fuzzy_keys[key] = {p for p in self._fuzzy_keys[key] if p[0] != controller_id}
        self._names = [pair for pair in self._names if pair[1] != controller_id]
        self._runs = [pair for pair in self._runs if pair[1] != controller_id]

    # -- building ------------------------------------------------------------------------
    def _add(self, row: Any) -> None:
        controller_id, name = int(row["id"]), row["name"] or ""
        folded = fold(name)
        entry = Entry(controller_id, name, folded, folded, _countries(row["countries"]))
        self.entries[controller_id] = entry
        overlay = overlay_for(row["slug"], name)
        runs = _list(row["runs"])
        if overlay is not None:
            entry.base_weight = 5
        names = spellings(name)
        entry.words = tuple({word for key in names for word in key.split()})
        for key in names:
            self._exact[key].add(controller_id)
            self._names.append((key, controller_id))
            core = core_name(key)
            if core != key:
                self._exact[core].add(controller_id)
                self._names.append((core, controller_id))
            self._fuzzy(core, controller_id, 0)
            self._fuzzy(key.split()[0] if key else "", controller_id, 1)
        for key in (k for n in (overlay_names(overlay) if overlay else ()) for k in spellings(n)):
            self._brand_names[key].add(controller_id)
            self._fuzzy(key, controller_id, 2)
        for run in runs:
            for key in spellings(run):
                self._runs_exact[key].add(controller_id)
                self._runs_exact[core_name(key)].add(controller_id)
                self._runs.append((key, controller_id))
                self._fuzzy(core_name(key), controller_id, 2)
        web = row["web"]
        if url_key(web):
            self._urls[url_key(web)].add(controller_id)
        self._host(host_of(web), controller_id, 0)
        emails = _list(row["emails"]) + ([row["dpo_email"]] if row["dpo_email"] else [])
        for email in emails:
            self._emails[email.strip().casefold()].add(controller_id)
            self._host(host_of(email), controller_id, 1)
        self._host(host_of(row["web_form"]), controller_id, 1)
        for text in runs:
            for found in _DOMAIN_IN_TEXT.findall(text):
                self._host(host_of(found), controller_id, 1)
        for host in overlay_hosts(overlay) if overlay else ():
            self._host(host, controller_id, 1)

    def _host(self, host: str | None, controller_id: int, kind: int) -> None:
        if not host:
            return
        known = self._hosts[host].get(controller_id)
        self._hosts[host][controller_id] = kind if known is None else min(known, kind)
        self._sites[site_of(host)].add(controller_id)
        self._labels[label_of(host)].add(controller_id)

    def _fuzzy(self, key: str, controller_id: int, kind: int) -> None:
        if 4 <= len(key) <= _MAX_FUZZY_KEY:
            self._fuzzy_keys[key].add((controller_id, kind))
            if self._deletes is not None:  # already built: keep it complete
                for shorter in _deletes(key) | {key}:
                    self._deletes[shorter].add(key)

    # -- searching -----------------------------------------------------------------------
    def search(self, text: str, country: str | None = None, full_text: Iterable[int] = ()) -> list[tuple[int, Score]]:
        """(controller id, score) for every match of ``text``, best first (lower scores first).

        ``full_text``: the ids whose words (name, former names, web, e-mail, address) all start
        with the words typed, found by the vault's FTS5 index.
        """
        scores: dict[int, Score] = {}
        host = host_of(text) if ("." in text or "@" in text) else None
        if host:
            self._by_address(text, host, scores)
        if not scores:
            self._by_words(text, scores, full_text)
        ranked = sorted(scores.items(), key=lambda item: self._order(item, country))
        return [(controller_id, score) for controller_id, score in ranked]

    def _order(self, item: tuple[int, Score], country: str | None) -> tuple:
        controller_id, score = item
        entry = self.entries[controller_id]
        here = 0 if country and country.casefold() in entry.countries else 1
        return (*score, -entry.weight, here, len(entry.folded), entry.folded, controller_id)

    def _better(self, scores: dict[int, Score], ids: Any, score: Score) -> None:
        for controller_id in ids:
            if controller_id not in scores or score < scores[controller_id]:
                scores[controller_id] = score

    def _by_address(self, text: str, host: str, scores: dict[int, Score]) -> None:
        wanted = country_of_host(host)

        def here(controller_id: int) -> int:
            return 0 if wanted and wanted in self.entries[controller_id].countries else 1

        if "@" in text and not text.strip().startswith("@"):
            self._better(scores, self._emails.get(text.strip().casefold(), ()), (0, 0))
        self._better(scores, self._urls.get(url_key(text) or "", ()), (0, 1))
        for controller_id, kind in self._hosts.get(host, {}).items():
            self._better(scores, (controller_id,), (0, 2 + kind, here(controller_id)))
        for controller_id in self._sites.get(site_of(host), ()):
            self._better(scores, (controller_id,), (1, here(controller_id)))
        if not scores:
            for controller_id in self._labels.get(label_of(host), ()):
                self._better(scores, (controller_id,), (2, here(controller_id)))

    def _prefixed(self, pairs: list[tuple[str, int]], prefix: str) -> list[tuple[str, int]]:
        start = bisect.bisect_left(pairs, (prefix, -1))
        found = []
        for key, controller_id in pairs[start:]:
            if not key.startswith(prefix):
                break
            found.append((key, controller_id))
        return found

    def _by_words(self, text: str, scores: dict[int, Score], full_text: Iterable[int]) -> None:
        queries = spellings(text)
        for query in queries:
            core = core_name(query)
            for key in (query, core):
                for controller_id in self._exact.get(key, ()):
                    self._better(scores, (controller_id,), (3, 0 if key == query else 1))
                self._better(scores, self._brand_names.get(key, ()), (3, 2))
            for key, controller_id in self._prefixed(self._names, query):
                whole = len(key) == len(query) or key[len(query)] == " "
                self._better(scores, (controller_id,), (4, 0 if whole else 1))
            for key in (query, core):
                self._better(scores, self._runs_exact.get(key, ()), (5, 0))
            for key, controller_id in self._prefixed(self._runs, query):
                whole = len(key) == len(query) or key[len(query)] == " "
                self._better(scores, (controller_id,), (5, 1) if whole else (6.5, 0))
            self._better(scores, self._labels.get(query.replace(" ", ""), ()), (7, 0))
        self._full_text(fold(text), scores, full_text)
        if not any(score[0] <= 7 for score in scores.values()):
            for query in queries:
                self._typo(core_name(query), scores)

    def _full_text(self, query: str, scores: dict[int, Score], found: Iterable[int]) -> None:
        words = query.split()
        for controller_id in found:
            entry = self.entries.get(controller_id)
            if entry is None:
                continue
            names = entry.words
            in_name = sum(1 for w in words if any(n.startswith(w) for n in names))
            self._better(scores, (controller_id,), (6 if words and in_name == len(words) else 9, -in_name))

    def _typo(self, query: str, scores: dict[int, Score]) -> None:
        if not 4 <= len(query) <= _MAX_FUZZY_KEY:
            return
        if self._deletes is None:  # built on the first typo: most searches never need it
            self._deletes = defaultdict(set)
            for key in self._fuzzy_keys:
                self._deletes[key].add(key)
                for shorter in _deletes(key):
                    self._deletes[shorter].add(key)
        candidates = set(self._deletes.get(query, ()))
        for shorter in _deletes(query):
            candidates |= self._deletes.get(shorter, set())
        for key in candidates:
            distance = _distance(query, key)
            if distance <= 1 or (distance == 2 and len(query) >= 8):
                for controller_id, kind in self._fuzzy_keys[key]:
                    self._better(scores, (controller_id,), (8, distance, kind))


_COLUMNS = ("SELECT id, name, slug, runs, web, emails, dpo_email, web_form, address, "
            "CASE WHEN json_valid(directory) THEN json_extract(directory, '$.\"relevant-countries\"') END "
            "AS countries FROM controller")
# Cheap signs of a write the vault's own functions did not announce with ``changed``; read only
# after the connection reports a write (``total_changes``), to any table.
_FINGERPRINT = "SELECT count(*), max(id) FROM controller"
_CACHE: "weakref.WeakKeyDictionary[Vault, tuple[tuple, SearchIndex]]" = weakref.WeakKeyDictionary()
_GENERATION: "weakref.WeakKeyDictionary[Vault, int]" = weakref.WeakKeyDictionary()
_PENDING: "weakref.WeakKeyDictionary[Vault, set[int]]" = weakref.WeakKeyDictionary()


def changed(vault: Vault, controller_id: int | None = None) -> None:
    """Say that a controller (or, without an id, any number of them) changed.

    One controller is taken into the index at the next search; many rebuild it.
    """
    if controller_id is None:
        _GENERATION[vault] = _GENERATION.get(vault, 0) + 1
    else:
        _PENDING.setdefault(vault, set()).add(int(controller_id))


def search_index(vault: Vault) -> SearchIndex:
    """The vault's index, brought up to date with the controllers' changes."""
    with vault.raw_connection() as connection:
        stamp = (_GENERATION.get(vault, 0), id(connection), connection.total_changes)
        cached = _CACHE.get(vault)
        pending = _PENDING.pop(vault, set())
        if cached is not None and cached[0] == stamp and not pending:
            return cached[1]
        if cached is not None and cached[0][:2] == stamp[:2]:  # no bulk change: update what was announced
            index = cached[1]
            if pending:
                marks = ", ".join("?" * len(pending))
                index.update(pending, connection.execute(f"{_COLUMNS} WHERE id IN ({marks})",
                                                         tuple(pending)).fetchall())
            count, last = connection.execute(_FINGERPRINT).fetchone()
            if count == len(index.entries) and last == max(index.entries, default=None):
                _CACHE[vault] = (stamp, index)
                return index
        index = SearchIndex(connection.execute(_COLUMNS).fetchall())
        _CACHE[vault] = (stamp, index)
        return index


def fts_query(text: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word, as a prefix, must match."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " AND ".join(f'"{word}"*' for word in words[:12])


def ranked(vault: Vault, text: str, country: str | None = None) -> list[tuple[int, Score]]:
    """(id, score) of the controllers matching ``text``, best first; equal scores are equally good."""
    if not text or not text.strip():
        return []
    index = search_index(vault)
    query = fts_query(text)
    found = [row[0] for row in vault.query("SELECT rowid FROM controller_fts WHERE controller_fts MATCH ?",
                                           (query,))] if query else []
    return index.search(text.strip(), country, found)


def ranked_ids(vault: Vault, text: str, country: str | None = None) -> list[int]:
    """The ids of the controllers matching ``text``, best match first."""
    return [controller_id for controller_id, _score in ranked(vault, text, country)]
