"""The shapes the API's plans are warmed in: every one binds, and together they cover what the
routes send (no filter, each filter alone, the period and date range, short and long strings)."""

from __future__ import annotations

import pytest

from ctgraph.graph import queries
from ctgraph.graph.read.plans import shapes

API = [
    queries.load(f.name.removesuffix(".cypher"), folder="api") for f in queries.folder_files("api")
]


@pytest.mark.parametrize("query", API, ids=lambda q: q.name)
def test_every_shape_binds(query: queries.NamedQuery) -> None:
    given = list(shapes(query))
    for params in given:
        query.bind(params)  # the runner's own checks: known names, required ones, types
    optional = {p.name for p in query.params if not p.required}
    assert {name for params in given for name in params} >= optional
    assert any(not set(params) & optional for params in given)  # no filter at all


def test_the_period_and_string_sizes_are_covered() -> None:
    pairs = next(q for q in API if q.name == "list_pairs_filtered")
    given = list(shapes(pairs))
    assert any({"crime", "year_from", "year_to"} <= set(p) for p in given)
    crimes = {p["crime"] for p in given if "crime" in p}
    assert {len(c) <= 10 for c in crimes} == {True, False}  # Neo4j's string-size buckets
