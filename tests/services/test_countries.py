"""Countries as people write them: everyday English, the committees' languages, the UK nations,
and a suggestion for a typo."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sistercommittee.cli.main import main
from sistercommittee.services import fields as f
from sistercommittee.services import partnerships

EVERYDAY = {
    "Russia": "RU",
    "Turkey": "TR",
    "Brunei": "BN",
    "Cape Verde": "CV",
    "Ivory Coast": "CI",
    "Palestine": "PS",
    "East Timor": "TL",
    "Republic of Ireland": "IE",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    # ISO's and CLDR's own names keep working
    "Russian Federation": "RU",
    "Türkiye": "TR",
    "Côte d’Ivoire": "CI",
    "Timor-Leste": "TL",
    "Germany": "DE",
    "jp": "JP",
    "JPN": "JP",
    # any case, spacing and "the"
    "  ivory   coast ": "CI",
    "the netherlands": "NL",
}

IN_OTHER_LANGUAGES = {
    "Japón": "JP",  # es
    "Rusia": "RU",  # es
    "日本": "JP",  # ja
    "ドイツ": "DE",  # ja
    "Allemagne": "DE",  # fr
    "Royaume-Uni": "GB",  # fr
    "Deutschland": "DE",  # de
    "Vereinigte Staaten": "US",  # de
}


@pytest.mark.parametrize(("typed", "code"), sorted({**EVERYDAY, **IN_OTHER_LANGUAGES}.items()))
def test_country_names_people_use_are_accepted(typed, code):
    assert f.country(typed, "Country") == code


@pytest.mark.parametrize(
    ("typed", "nearest"),
    [("Japa", "Japan"), ("Germny", "Germany"), ("Untied States", "United States")],
)
def test_a_typo_gets_the_nearest_country_in_the_message(typed, nearest):
    with pytest.raises(f.FieldProblem) as caught:
        f.country(typed, "Country")
    assert str(caught.value) == (
        f"Country '{typed}' is not a country. Did you mean {nearest}? "
        "Or use its two-letter code, such as JP or DE."
    )


def test_nothing_near_gets_no_guess():
    with pytest.raises(f.FieldProblem) as caught:
        f.country("Narnia", "Country")
    assert "Did you mean" not in str(caught.value)
    assert "two-letter code" in str(caught.value)


@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(raw=st.one_of(st.text(max_size=80), st.sampled_from(list(EVERYDAY))))
def test_no_input_raises_anything_but_a_field_problem(raw):
    try:
        assert len(f.country(raw, "Country")) == 2
    except f.FieldProblem as problem:
        assert str(problem).startswith("Country")


def test_a_uk_nation_is_kept_as_the_region(db):
    cardiff = partnerships.add_partnership(
        db, {"city_name": "Cardiff", "country": "Wales", "status": "exploring"}
    ).id
    detail = partnerships.get_partnership(db, cardiff)
    assert (detail.country, detail.region) == ("GB", "Wales")
    # A region given with it is kept as given.
    glasgow = partnerships.add_partnership(
        db,
        {"city_name": "Glasgow", "country": "Scotland", "region": "Lanarkshire",
         "status": "exploring"},
    ).id  # fmt: skip
    assert partnerships.get_partnership(db, glasgow).region == "Lanarkshire"


def test_cli_adds_moscow_in_russia(db, db_path, capsys):
    code = main(
        ["--db", str(db_path), "partnership", "add", "--city-name", "Moscow", "--country",
         "Russia", "--status", "exploring", "--json"]
    )  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    rows = partnerships.list_partnerships(db).items
    assert [(row.city_name, row.country) for row in rows] == [("Moscow", "RU")]
