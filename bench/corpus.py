"""Vaults for the benchmarks, built through the app's own API and kept on disk between runs.

A vault of N requests holds what a person's vault holds after years of use, in the proportions
of the issue (#15): N/100 identities, N/10 controllers (31 of them credit agencies, for the bulk
benchmark), N requests each with its rendered letter (``create_request``), 95 % of them sent
(``mark_sent`` freezes the letter and records the event) and most of those answered or closed
(``add_event``), about 2.3 events per request, and one attachment (a reply, a data export) per
20 requests, 20-200 kB of incompressible bytes each. Every row goes through the same functions
the CLI and the GUI call, with their validation and rendering; only the commits are grouped
(an outer transaction per 500 requests, the API's own transactions nesting as savepoints),
because one fsync per call would make the 100k build take hours without changing the file.

Vaults are cached in ``$PRIVACY_VAULT_BENCH_CACHE`` or the platform's user cache folder
(never in the repository), named by size and corpus version: change ``CORPUS_VERSION`` when
the content changes. Building the 100k vault takes minutes (see ``make bench``'s output).
"""
from __future__ import annotations

import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from vault.storage import kdf

CORPUS_VERSION = 1
PASSPHRASE = "bench: a realistic vault"
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1M": 1_000_000}
TODAY = date(2026, 11, 2)  # fixed, so a cached vault means the same at every run (overdue, due soon...)
BULK_CATEGORY = "credit agency"
BULK_CONTROLLERS = 31
_BATCH = 500
_COUNTRIES = ("FR", "DE", "IE", "NL", "BE", "ES", "IT", "AT")
_WORDS = ("data", "cloud", "retail", "media", "bank", "insurance", "travel", "telecom", "health", "energy",
          "logistics", "games", "dating", "fitness", "news", "shop", "mobility", "credit", "payments", "social")


def cache_dir() -> Path:
    """Where benchmark vaults are kept (outside the repository)."""
    override = os.environ.get("PRIVACY_VAULT_BENCH_CACHE")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("privacy-vault-bench", appauthor=False))


def vault_path(size: str) -> Path:
    """The cached vault of ``size`` (a key of ``SIZES``), built first if missing."""
    path = cache_dir() / f"vault-{size}-v{CORPUS_VERSION}.db"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        print(f"   building the {size} vault through the API (cached in {path.parent})…", flush=True)
        temporary = path.with_name(path.name + ".building")
        for leftover in (temporary, temporary.with_name(temporary.name + ".lock")):
            leftover.unlink(missing_ok=True)
        build(temporary, SIZES[size])
        temporary.rename(path)
        temporary.with_name(temporary.name + ".lock").unlink(missing_ok=True)
        print(f"   built in {time.perf_counter() - started:.0f} s, {path.stat().st_size / 2**20:.0f} MiB", flush=True)
    return path


def raw_key(path: Path) -> str:
    """The raw-key literal of a cached vault (for the baselines: raw SQLCipher, no KDF)."""
    salt = _head(path)
    return kdf.sqlcipher_key_pragma_value(kdf.derive_key(PASSPHRASE, salt), salt)


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(kdf.SALT_SIZE)


def build(path: Path, requests: int, *, seed: int = 15) -> None:
    """Write a vault of ``requests`` requests at ``path`` through the app's API."""
    from vault.cases.drafts import create_request
    from vault.cases.lifecycle import add_event, mark_sent
    from vault.organisations.controllers import add_controller
    from vault.people.identities import add_identity
    from vault.storage.store import create_vault

    rng = random.Random(seed)
    vault = create_vault(path, PASSPHRASE)
    try:
        identities, controllers = [], []
        with vault.transaction():
            for i in range(max(10, requests // 100)):
                identities.append(add_identity(
                    vault, label=f"Identity {i}", name=f"Person {i} Example", emails=[f"person{i}@example.org"],
                    address=f"{i} rue de l'Exemple\n75011 Paris", kind="real" if i % 3 else "pseudonym"))
            for i in range(max(100, requests // 10)):
                words = rng.sample(_WORDS, 2)
                categories = [BULK_CATEGORY] if i < BULK_CONTROLLERS else words
                controllers.append(add_controller(
                    vault, name=f"{words[0].title()} {words[1].title()} {i} SA", country=rng.choice(_COUNTRIES),
                    address=f"{i} Data Street\n1000 City", dpo_email=f"dpo@c{i}.example",
                    emails=[f"privacy@c{i}.example"], categories=categories))
        done = 0
        while done < requests:
            with vault.transaction():
                for _ in range(min(_BATCH, requests - done)):
                    done += 1
                    _one_case(vault, rng, done, identities, controllers, create_request, mark_sent, add_event)
            if requests >= 10_000 and done % 10_000 == 0:
                print(f"     {done:,} requests", flush=True)
    finally:
        vault.close()


def _one_case(vault, rng, number, identities, controllers, create_request, mark_sent, add_event) -> None:  # noqa: ANN001, PLR0913
    created = TODAY - timedelta(days=rng.randint(1, 730))
    request_id = create_request(vault, identity_id=rng.choice(identities), controller_id=rng.choice(controllers),
                                right=rng.choice(("access", "access", "erasure", "portability", "rectification")),
                                details="Please include the recipients and the source of my data." if number % 4 else "",
                                today=created)
    if rng.random() < 0.05:
        return  # a draft
    channel = rng.choice(("email", "email", "web-form", "post", "registered-post"))
    sent = created + timedelta(days=rng.randint(0, 5))
    sent = min(sent, TODAY)
    mark_sent(vault, request_id, on=sent, channel=channel, today=TODAY)
    fate = rng.random()
    if fate < 0.15:
        return  # waiting (overdue or due soon, by its date)
    answered = min(sent + timedelta(days=rng.randint(5, 40)), TODAY)
    if channel in ("post", "registered-post"):
        add_event(vault, request_id, "delivered", on=min(sent + timedelta(days=2), answered), today=TODAY)
    if fate < 0.20:
        add_event(vault, request_id, "acknowledged", on=answered, today=TODAY)
        return
    attachments = None
    if number % 20 == 0:  # a reply or a data export, as received
        size = rng.randint(20_000, 200_000)
        attachments = [(f"export-{number}.zip", os.urandom(size))]
    add_event(vault, request_id, rng.choice(("answered", "answered", "partly-answered", "refused")), on=answered,
              note="Their answer, as received.", attachments=attachments, today=TODAY)
    if fate < 0.75:
        add_event(vault, request_id, "closed", on=answered, today=TODAY)


if __name__ == "__main__":  # python -m bench.corpus 1k 10k: build (or find) those vaults
    for name in sys.argv[1:] or ["1k", "10k", "100k"]:
        print(vault_path(name))
