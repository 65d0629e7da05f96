"""The derived CO_INVESTIGATED graph: one relationship per pair, exact properties, refreshed."""

from __future__ import annotations

import pytest
from graph_builders import document, wipe
from neo4j import Driver

from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import load_document, refresh_co_investigated, remove_document

pytestmark = pytest.mark.neo4j


@pytest.fixture
def clean(driver: Driver) -> Driver:
    """The driver, with an empty graph."""
    return wipe(driver)


PAIRS = """MATCH (a:Country)-[c:CO_INVESTIGATED]->(b:Country)
RETURN a.iso2 AS a, b.iso2 AS b, c.operations AS ops, c.count AS n, c.years AS years,
       c.crimes AS crimes ORDER BY a, b"""


def pairs(driver: Driver) -> list[dict[str, object]]:
    return [r.data() for r in driver.execute_query(PAIRS).records]


def test_pairs_are_stored_once_from_smaller_to_larger_iso2(clean: Driver) -> None:
    ops = {"KANIS": ["RS", "MK"], "DORA": ["RS", "MK", "AL"]}
    load_document(clean, as_facts(document("a", ops)))
    assert refresh_co_investigated(clean) == 3
    assert pairs(clean) == [
        {"a": "AL", "b": "MK", "ops": ["operation:dora"], "n": 1, "years": [2009],
         "crimes": ["migrant smuggling"]},
        {"a": "AL", "b": "RS", "ops": ["operation:dora"], "n": 1, "years": [2009],
         "crimes": ["migrant smuggling"]},
        {"a": "MK", "b": "RS", "ops": ["operation:dora", "operation:kanis"], "n": 2,
         "years": [2009], "crimes": ["migrant smuggling"]},
    ]  # fmt: skip


def test_refresh_is_idempotent_and_drops_stale_pairs(clean: Driver) -> None:
    load_document(clean, as_facts(document("a", {"KANIS": ["RS", "MK"]})))
    load_document(clean, as_facts(document("b", {"DORA": ["RS", "AL"]})))
    refresh_co_investigated(clean)
    before = pairs(clean)
    assert refresh_co_investigated(clean) == 2 and pairs(clean) == before
    remove_document(clean, "b")
    assert refresh_co_investigated(clean) == 1
    assert [(p["a"], p["b"]) for p in pairs(clean)] == [("MK", "RS")]
