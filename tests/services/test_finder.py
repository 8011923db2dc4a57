"""The partner finder on the shipped snapshot, and on a small one built from a crawl."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from sistercommittee.errors import ValidationError
from sistercommittee.services import finder
from sistercommittee.services.partnerships import get_partnership
from sistercommittee.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def snapshot() -> finder.Snapshot:
    return finder.default_snapshot()


def test_snapshot_says_where_it_comes_from(snapshot: finder.Snapshot) -> None:
    info = snapshot.info
    assert "CC0" in info.licence
    assert info.crawled == "2016-09-10"
    assert "P190" in info.statement
    assert info.twinnings == 17401 and info.places == 10055
    assert "CC BY 4.0" in info.attribution and "17,401 twinnings" in info.attribution
    size = (ROOT / "resources" / "finder" / "twinnings.sqlite.gz").stat().st_size
    assert size < 3_000_000


def test_who_a_city_is_twinned_with(snapshot: finder.Snapshot) -> None:
    results = snapshot.twins_of("fort lauderdale")
    assert results[0].place.label == "Fort Lauderdale (FL, United States)"
    partners = {p.name: p.country for p in results[0].partners}
    assert partners["Mataró"] == "ES"  # the trade mission Sister Cities International tells of
    assert partners["Duisburg"] == "DE"
    # and the twinning is known from both sides
    assert "Fort Lauderdale" in {p.name for p in snapshot.twins_of("Mataró")[0].partners}


def test_a_name_of_several_places_is_not_guessed(snapshot: finder.Snapshot) -> None:
    springfields = snapshot.twins_of("Springfield")
    assert len(springfields) >= 2
    assert all(r.place.country is None for r in springfields)
    assert {r.place.country_name for r in springfields} == {"country unknown"}


def test_search_by_the_start_of_a_name(snapshot: finder.Snapshot) -> None:
    names = [p.name for p in snapshot.search("Takay")]
    assert "Takayama" in names
    with pytest.raises(ValidationError) as error:
        snapshot.search("  ")
    assert "Type the name of a city" in error.value.errors["city"]


def test_cities_of_a_country_with_no_partner_in_ours(snapshot: finder.Snapshot) -> None:
    results = snapshot.unpartnered("Japan", "US", min_population=100_000, limit=30)
    assert results
    for result in results:
        assert result.place.country == "JP"
        assert (result.place.population or 0) >= 100_000
        assert "US" not in {p.country for p in result.partners}
        assert result.partners and "none in United States" in result.reason
    sizes = [r.place.population or 0 for r in results]
    assert sizes == sorted(sizes, reverse=True)
    # a Japanese city with an American partner is not among them
    takayama = snapshot.twins_of("Takayama")[0]
    if "US" in {p.country for p in takayama.partners}:
        assert "Takayama" not in {r.place.name for r in results}


def test_bad_countries_are_named(snapshot: finder.Snapshot) -> None:
    with pytest.raises(ValidationError) as error:
        snapshot.unpartnered("Japa", "US")
    assert "Did you mean Japan?" in error.value.errors["country"]
    with pytest.raises(ValidationError) as error:
        snapshot.unpartnered("US", "United States")
    assert "other than your own" in error.value.errors["country"]


def test_cities_like_ours(snapshot: finder.Snapshot) -> None:
    home = finder.HomeCity("Springfield", "US", "IL", 114_394, None)
    results = snapshot.similar(home, our_partner_countries=["JP", "FR"], scope="country")
    assert results
    for result in results:
        assert result.place.country == "US"
        assert 57_197 <= (result.place.population or 0) <= 228_788
        assert result.partners
    assert "like ours" in results[0].reason
    world = snapshot.similar(home, scope="continent", limit=200)
    assert {r.place.country for r in world} - {"US"}  # Canada, Mexico … come in too
    with pytest.raises(ValidationError) as error:
        snapshot.similar(finder.HomeCity("Nowhere", "US", None, None, None))
    assert "size of Nowhere is not known" in error.value.errors["city"]


def test_home_city_and_start_exploring(db: Database, snapshot: finder.Snapshot) -> None:
    home = finder.home_city(db, snapshot)
    assert home.population and home.population > 1000
    mataro = snapshot.twins_of("Mataró")[0].place
    changes = finder.start_exploring(db, snapshot, mataro.qid)
    detail = get_partnership(db, changes.id)
    assert detail.city_name == "Mataró" and detail.country == "ES"
    assert detail.status == "exploring"
    assert mataro.qid in (detail.notes or "")
    with pytest.raises(ValidationError):  # the same city twice is refused by the service
        finder.start_exploring(db, snapshot, mataro.qid)
    unknown = snapshot.twins_of("Springfield")[0].place
    with pytest.raises(ValidationError) as error:
        finder.start_exploring(db, snapshot, unknown.qid)
    assert "country of Springfield is not known" in error.value.errors["country"]


def _build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_finder_snapshot", ROOT / "scripts" / "build_finder_snapshot.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_the_rebuild_script_reads_a_crawl_and_a_query_answer(tmp_path: Path) -> None:
    script = _build_script()
    names = tmp_path / "names.tsv"
    names.write_text("Q3955\tWeimar\nQ90\tParis\nQ1\tSpringfield\n", encoding="utf-8")
    relations = tmp_path / "relations.tsv"
    relations.write_text("Q3955\tQ90\nQ90\tQ3955\nQ1\tQ90\n", encoding="utf-8")
    out = tmp_path / "snap.sqlite.gz"
    assert (
        script.main(
            ["--crawl", str(names), str(relations), "--crawled", "2026-01-02", "--out", str(out)]
        )
        == 0
    )
    snap = finder.Snapshot(out)
    assert snap.info.twinnings == 2 and snap.info.crawled == "2026-01-02"
    weimar = snap.twins_of("Weimar")[0]
    assert weimar.place.country == "DE" and [p.name for p in weimar.partners] == ["Paris"]

    answer = tmp_path / "answer.json"
    answer.write_text(
        '{"results": {"bindings": [{"a": {"value": "http://www.wikidata.org/entity/Q3955"},'
        ' "aLabel": {"value": "Weimar"}, "b": {"value": "http://www.wikidata.org/entity/Q90"},'
        ' "bLabel": {"value": "Paris"}}]}}',
        encoding="utf-8",
    )
    assert script.main(["--sparql", str(answer), "--crawled", "2026-03-04", "--out", str(out)]) == 0
    snap = finder.Snapshot(out)
    assert snap.info.twinnings == 1
    assert snap.twins_of("Paris")[0].partners[0].name == "Weimar"


def test_an_unreadable_snapshot_says_so(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite.gz"
    bad.write_bytes(b"not gzip")
    from sistercommittee.errors import NotFoundError

    with pytest.raises(NotFoundError) as error:
        finder.Snapshot(bad)
    assert "could not be read" in str(error.value)
