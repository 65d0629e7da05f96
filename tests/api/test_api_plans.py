"""Every API query's plan starts from what the request names: no query scans all nodes, and one
that must name a node (an id, a country) finds it through an index, never by scanning its label.
A name that is only a filter (optional) may leave the query reading every node of a label: the
list unfiltered."""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

from ctgraph.graph import queries
from ctgraph.graph.model import model
from ctgraph.settings import Settings

pytestmark = pytest.mark.neo4j

FILES = [f.name.removesuffix(".cypher") for f in queries.folder_files("api")]
NAMING = {"iso2", "country", "id", "source", "target"}
VALUES: dict[str, Any] = {
    "iso2": "RS", "country": "RS", "id": "operation:kanis", "source": "country:rs",
    "target": "country:mk", "query": "serbia", "terms": ["serbia"], "name": "entity_names",
    "limit": 10, "offset": 0, "with_operations": True, "year_from": 2010, "year_to": 2012,
    "crime": "human trafficking", "label": None, "loaded_since": "2026-01-01T00:00:00Z",
    "organisation": "organisation:selec", "min_confidence": 0.5, "q": "serb", "active": True,
    "date_from": "2016", "date_to": "2019-06",
}  # fmt: skip


def operators(plan: dict[str, Any]) -> list[str]:
    """Every operator of a plan, depth first (names without the `@database` suffix)."""
    children = plan.get("children", [])
    return [plan["operatorType"].split("@")[0]] + [op for c in children for op in operators(c)]


def plan_of(driver: Driver, settings: Settings, name: str) -> list[str]:
    query = queries.load(name, folder="api")
    given = model().parameter_values | VALUES  # the model's parameters the runner gives
    params = query.bind({p.name: given[p.name] for p in query.params})
    summary = driver.execute_query(
        "EXPLAIN " + query.text, params, database_=settings.neo4j_database
    ).summary
    return operators(summary.plan) if summary.plan else []


@pytest.mark.parametrize("name", FILES)
def test_no_query_scans_every_node(loaded: Driver, neo4j_settings: Settings, name: str) -> None:
    assert "AllNodesScan" not in plan_of(loaded, neo4j_settings, name)


@pytest.mark.parametrize("name", FILES)
def test_a_named_node_is_found_through_an_index(
    loaded: Driver, neo4j_settings: Settings, name: str
) -> None:
    named = NAMING & {p.name for p in queries.load(name, folder="api").params if p.required}
    if named:
        assert "NodeByLabelScan" not in plan_of(loaded, neo4j_settings, name), named
