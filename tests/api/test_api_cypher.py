"""Every API query file parses (EXPLAIN) and none of them writes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from neo4j import Driver

from graph.read import QUERY_DIR, load_query

pytestmark = pytest.mark.neo4j

FILES = sorted(QUERY_DIR.glob("*.cypher"))
WRITES = re.compile(r"\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH|LOAD\s+CSV)\b", re.IGNORECASE)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_query_explains(driver: Driver, path: Path) -> None:
    text = load_query(path.stem)
    params = {name: None for name in re.findall(r"\$(\w+)", text)}
    driver.execute_query("EXPLAIN " + text, parameters_=params)  # type: ignore[arg-type]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_query_only_reads(path: Path) -> None:
    code = "\n".join(ln for ln in path.read_text().splitlines() if not ln.lstrip().startswith("//"))
    assert not WRITES.search(code)
