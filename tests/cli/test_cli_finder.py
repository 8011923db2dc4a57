"""`sistercommittee finder …` on a new database (Springfield, Illinois)."""

from __future__ import annotations

from tests.cli.conftest import Cli


def test_twins_table_and_json(cli_org: Cli) -> None:
    result = cli_org("finder", "twins", "Fort Lauderdale")
    assert result.code == 0, result.err
    assert "Fort Lauderdale (FL, United States)" in result.out
    assert "Mataró (Spain)" in result.out
    assert "CC0" in result.out and "2016-09-10" in result.out  # attribution with every answer
    rows = cli_org("finder", "twins", "Mataró", "--json").json()
    assert rows[0]["place"]["country"] == "ES"
    assert "Fort Lauderdale" in {p["name"] for p in rows[0]["partners"]}


def test_unpartnered_similar_and_explore(cli_org: Cli) -> None:
    rows = cli_org(
        "finder", "unpartnered", "--country", "Japan", "--min-population", "300000", "--json"
    ).json()
    assert rows and all(r["place"]["country"] == "JP" for r in rows)
    assert all("US" not in {p["country"] for p in r["partners"]} for r in rows)

    like = cli_org("finder", "similar", "--scope", "country", "--limit", "5", "--json").json()
    assert len(like) == 5 and all(r["place"]["country"] == "US" for r in like)

    added = cli_org("finder", "explore", rows[0]["place"]["qid"])
    assert added.code == 0, added.err
    assert "status exploring" in added.out
    listed = cli_org("partnership", "list", "--json").json()
    assert [p["status"] for p in listed] == ["exploring"]
    assert listed[0]["country"] == "JP"

    again = cli_org("finder", "explore", rows[0]["place"]["qid"])
    assert again.code == 2 and "already a partnership" in again.err


def test_bad_input_names_what_to_fix(cli_org: Cli) -> None:
    result = cli_org("finder", "unpartnered", "--country", "Japa")
    assert result.code == 2 and "Did you mean Japan?" in result.err
    result = cli_org("finder", "explore", "Q0")
    assert result.code != 0 and "knows no place Q0" in result.err
    source = cli_org("finder", "source")
    assert "L3viathan/sister-cities" in source.out and "CC BY 4.0" in source.out
