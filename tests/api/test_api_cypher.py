"""Every API query file parses (EXPLAIN) and none of them writes."""

from __future__ import annotations

import re

import pytest
from neo4j import Driver

from graph import queries

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
