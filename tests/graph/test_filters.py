"""The crime and period filter: one typed record, one check in the runner, one Cypher clause."""

from __future__ import annotations

import re

import pytest

from ctgraph.graph import queries
from ctgraph.graph.errors import QueryError
from ctgraph.graph.filters import CRIMES, Filters, Window
from ctgraph.graph.model import model

CRIME_CLAUSE = re.compile(
    r"\(\$crime IS NULL OR (\w+)\.crime = \$crime "
    r"OR \(\1\.crime = 'both' AND \$crime IN \['migrant smuggling', 'human trafficking'\]\)\)"
)
PERIOD_CLAUSES = (
    "($year_from IS NULL OR o.year >= $year_from)",
    "($year_to IS NULL OR o.year <= $year_to)",
)
OWN: tuple[queries.Folder, ...] = ("", "analysis")


def test_filters_are_checked_when_made() -> None:
    assert Filters(crime="both", year_from=2010, year_to=2010).params() == {
        "crime": "both", "year_from": 2010, "year_to": 2010
    }  # fmt: skip
    assert Filters().params() == {"crime": None, "year_from": None, "year_to": None}
    with pytest.raises(QueryError, match="empty period: year_from 2018 is after year_to 2015"):
        Filters(year_from=2018, year_to=2015)
    with pytest.raises(QueryError, match="crime must be one of migrant smuggling"):
        Filters(crime="piracy")  # type: ignore[arg-type]
    with pytest.raises(QueryError, match="year_from must be a year"):
        Filters(year_from="2010")  # type: ignore[arg-type]
    assert "both" in CRIMES


def test_the_crime_vocabulary_is_the_models() -> None:
    declared = model().label("Operation").property("crime").values  # type: ignore[union-attr]
    assert CRIMES == declared == model().relation("ROUTE").property("crime").values  # type: ignore[union-attr]


def test_the_api_filters_and_window() -> None:
    filters = Filters(country="RS", organisation="organisation:selec", min_confidence=0.5)
    assert filters.given() == {
        "country": "RS", "organisation": "organisation:selec", "min_confidence": 0.5
    }  # fmt: skip
    assert filters.params()["crime"] is None and filters.params()["country"] == "RS"
    assert Filters(active=False).given() == {} and Filters(active=True).given() == {"active": True}
    declared = {"country", "organisation", "min_confidence", "limit", "offset"}
    assert filters.params_for("q", declared) == filters.given()
    with pytest.raises(QueryError, match="'list_countries' cannot filter by organisation"):
        Filters(organisation="organisation:selec").params_for("list_countries", {"q", "active"})
    with pytest.raises(QueryError, match=r"min_confidence must be within 0\.\.1"):
        Filters(min_confidence=1.5)
    with pytest.raises(QueryError, match="date_from must be an ISO date"):
        Filters(date_from="May 2016")
    with pytest.raises(QueryError, match="empty date range: date_from 2017 is after date_to 2016"):
        Filters(date_from="2017", date_to="2016-12")
    assert Filters(date_from="2016-05", date_to="2016").given()["date_to"] == "2016"
    assert Window(offset=10, limit=5).params() == {"offset": 10, "limit": 5}
    with pytest.raises(QueryError):
        Window(limit=0)


def test_the_runner_checks_the_filter_of_every_library_query_that_takes_it() -> None:
    """Checked before the driver is touched (none is given here)."""
    with pytest.raises(QueryError, match="'list_co_investigations': empty period"):
        queries.run(None, "list_co_investigations", {"year_from": 2018, "year_to": 2015})  # type: ignore[arg-type]
    with pytest.raises(QueryError, match="'list_routes': crime must be one of"):
        queries.run(None, "list_routes", {"country": "RS", "crime": "piracy"})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "query",
    [
        queries.load(f.name.removesuffix(".cypher"), folder=d)
        for d in OWN
        for f in queries.folder_files(d)
    ],
    ids=lambda q: q.name,
)
def test_every_filtered_query_uses_the_one_clause(query: queries.NamedQuery) -> None:
    """'both' counts for either crime and a period drops unknown years, in every file alike."""
    text = " ".join(ln.strip() for ln in query.text.splitlines() if not ln.startswith("//"))
    text = text.replace("( ", "(")
    declared = {p.name for p in query.params}
    if "crime" in declared:
        assert text.count("$crime") == 3 * len(CRIME_CLAUSE.findall(text)) > 0
    for clause, name in zip(PERIOD_CLAUSES, ("year_from", "year_to"), strict=True):
        if name in declared:
            assert text.count(f"${name}") == 2 * text.count(clause) > 0
