"""Every API query file parses (EXPLAIN) and none of them writes."""

from __future__ import annotations

import re

import pytest
from neo4j import Driver

from ctgraph.graph import queries
from ctgraph.graph.model import model

pytestmark = pytest.mark.neo4j

FILES = [f.name.removesuffix(".cypher") for f in queries.folder_files("api")]
WRITES = re.compile(r"\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH|LOAD\s+CSV)\b", re.IGNORECASE)


@pytest.mark.parametrize("name", FILES)
def test_query_explains(driver: Driver, name: str) -> None:
    query = queries.load(name, folder="api")
    params = {p.name: None for p in query.params}
    driver.execute_query("EXPLAIN " + query.text, parameters_=params)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", FILES)
def test_query_only_reads(name: str) -> None:
    text = queries.load(name, folder="api").text
    code = "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("//"))
    assert not WRITES.search(code)


def test_find_connection_looks_for_a_direct_fact_of_every_type_that_can_be_one() -> None:
    """Its first, cheap step names the types; one missing would only cost the walk, but keep
    them in step with the model: every type but MENTIONS (never a fact) and PARTICIPATED_IN
    (looked for on its own, from the operation's side)."""
    text = queries.load("find_connection", folder="api").text
    named = re.search(r"\(a\)-\[:([A-Z_|]+)\]-\(b\)", text)
    assert named is not None
    expected = {r.name for r in model().relations} - {"MENTIONS", "PARTICIPATED_IN"}
    assert set(named.group(1).split("|")) == expected
