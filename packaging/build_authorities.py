"""Build ``resources/authorities.json`` from a checkout of the datarequests.org open data.

Usage::

    python packaging/build_authorities.py PATH/TO/datenanfragen-data [-o resources/authorities.json]
        [--commit SHA]

The source records (repository ``datenanfragen/data``, folder ``supervisory-authorities/``,
CC0 1.0) do not say which German Land an authority supervises, nor whether it supervises
private companies or public bodies: the Land is only visible in the slug ("debaylda" = Bavaria).
We therefore add ``land`` (ISO 3166-2 subdivision code without "DE-"), ``scope`` and ``sector``
from the table below, and fail loudly when a German record appears that the table does not
know, so a data update can never silently mis-route a complaint.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

# slug -> (scope, land, sector). scope: national | land | federal | church | broadcasting;
# sector: who the authority supervises — "all", "private" (companies) or "public" (public bodies).
GERMAN_RECORDS: dict[str, tuple[str, str | None, str]] = {
    "debawueldb": ("land", "BW", "all"),
    "debaylda": ("land", "BY", "private"),   # Bavaria splits: BayLDA for the private sector ...
    "debayldb": ("land", "BY", "public"),    # ... the Landesbeauftragte for Bavarian public bodies
    "deberlbdi": ("land", "BE", "all"),
    "debralda": ("land", "BB", "all"),
    "debrelfdi": ("land", "HB", "all"),
    "dehmbbfdi": ("land", "HH", "all"),
    "dehessbdi": ("land", "HE", "all"),
    "demvldi": ("land", "MV", "all"),
    "dendslfd": ("land", "NI", "all"),
    "denrwldi": ("land", "NW", "all"),
    "derlpbdi": ("land", "RP", "all"),
    "desaarudz": ("land", "SL", "all"),
    "desaechsdsb": ("land", "SN", "all"),
    "desalbd": ("land", "ST", "all"),
    "deshuld": ("land", "SH", "all"),
    "detlfdi": ("land", "TH", "all"),
    # Federal commissioner: federal public bodies, telecommunications and postal services.
    "debfdi": ("federal", None, "all"),
    # Church and public-broadcasting authorities supervise only their own institutions.
    "deekdbfd": ("church", None, "all"),
    "dekathbayddsb": ("church", None, "all"),
    "dekathdsz": ("church", None, "all"),
    "dekathffdsz": ("church", None, "all"),
    "dekathnordddsb": ("church", None, "all"),
    "dekathostddsb": ("church", None, "all"),
    "derf": ("broadcasting", None, "all"),
    "derfdw": ("broadcasting", None, "all"),
}

KEPT_FIELDS = ("slug", "name", "address", "email", "phone", "fax", "web", "webform",
               "complaint-language", "relevant-countries")


# Complaint channels checked on each authority's own pages (docs/law-sources.md §9), and the
# complaint form where the source lists another page. slug -> (channels, web form or None).
VERIFIED_CHANNELS = {
    "frcnil": (["web-form", "post"], "https://www.cnil.fr/fr/plaintes"),                      # §9.1
    "gbico": (["web-form", "post"],                                                             # §9.2
              "https://ico.org.uk/make-a-complaint/data-protection-complaints/personal-information-complaint/"),
    "esaepa": (["web-form", "post"], "https://sedeagpd.gob.es/sede-electronica-web/"),          # §9.3
    "nlap": (["web-form", "post"], None),        # §9.4 "via het klachtformulier ... of per brief"
    "iedpc": (["web-form", "email", "post"], None),                                             # §9.5
    "debayldb": (["web-form", "email", "post"],                                                 # §9.6
                 "https://www.datenschutz-bayern.de/docs/buerger/eingabe.html"),
    "debaylda": (["web-form", "email", "post"], None),                                          # §9.7
    "debfdi": (["web-form", "email", "post"], None),     # §9.8, BDSG § 14(3): no channel excluded
    "atdsb": (["web-form", "email", "post"], None),                                             # §9.9
}


def convert(record: dict) -> dict:
    """Keep the fields the app uses and add the German Land data."""
    out = {key: record[key] for key in KEPT_FIELDS if key in record}
    slug = record["slug"]
    if "de" in record["relevant-countries"]:
        if slug not in GERMAN_RECORDS:
            raise SystemExit(f"German authority {slug!r} is not in GERMAN_RECORDS: add its Land.")
        scope, land, sector = GERMAN_RECORDS[slug]
    else:
        scope, land, sector = "national", None, "all"
    out.update(scope=scope, land=land, sector=sector)
    if slug in VERIFIED_CHANNELS:
        channels, form = VERIFIED_CHANNELS[slug]
        out["complaint-channels"] = channels
        if form:
            out["webform"] = form
    if slug == "debfdi":
        out["competence-note"] = "federal public bodies; telecommunications and postal services"
    return out


def source_commit(checkout: Path, given: str | None) -> str | None:
    """The commit the records come from: given, else asked of git, else unknown."""
    if given:
        return given
    try:
        done = subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"],
                              capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip() or None


def build(checkout: Path, commit: str | None) -> dict:
    """The whole table, sorted by slug so rebuilding gives byte-identical output."""
    folder = checkout / "supervisory-authorities"
    files = sorted(folder.glob("*.json"))
    if not files:
        raise SystemExit(f"No records found in {folder}.")
    records = [convert(json.loads(f.read_text(encoding="utf-8"))) for f in files]
    records.sort(key=lambda r: r["slug"])
    return {
        "source": "datarequests.org open data, repository datenanfragen/data, "
                  "folder supervisory-authorities/",
        "commit": source_commit(checkout, commit),
        "licence": "CC0-1.0",
        "authorities": records,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path, help="folder of a datenanfragen/data checkout")
    parser.add_argument("-o", "--output", type=Path, default=Path("resources/authorities.json"))
    parser.add_argument("--commit", help="source commit, when the checkout is not a git clone")
    args = parser.parse_args(argv)
    table = build(args.checkout, args.commit)
    args.output.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(table['authorities'])} authorities written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
