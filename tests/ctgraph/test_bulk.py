"""The bulk first load (`ctgraph.bulk`) against the incremental loader, on the real test server.

The same records (the sample corpus's facts, plus synthetic documents that share facts and
operations, a fact supported by more documents than the evidence sample holds, a document that
comes again changed and one that comes again unchanged, an invalid record) are loaded once by
the ingest service and once by the bulk load; the two graphs must be equal, node by node and
relationship by relationship (`loaded_at` values aside). The bulk load stops the server and
replaces its store, which the session's driver would not survive (its bookmarks name
transactions the new store never had): these tests run a server of their own
(`server_home.BULK_TEST_HOME`, sharing the test server's jars), stopped at the end.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from graph_builders import country, document, operation, took_part, wipe
from neo4j import Driver
from server_home import (
    bulk_server,
    uses_own_server,
)

from ctgraph.bulk import bulk_load
from ctgraph.database import open_driver
from ctgraph.errors import DatabaseNotEmpty, NotLocalServer
from ctgraph.graph.load import EVIDENCE_SAMPLE
from ctgraph.ingest import ingest, jsonl_items
from ctgraph.settings import Settings

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "facts" / "sample.jsonl"
HOT = EVIDENCE_SAMPLE + 5  # documents supporting one fact

pytestmark = pytest.mark.skipif(
    not uses_own_server(), reason="a bulk load needs ctgraph's own (local) test server"
)


@pytest.fixture(scope="module")
def local_settings(neo4j_settings: Settings) -> Iterator[Settings]:
    """The bulk tests' own local server (no URI configured), the test server's jars linked."""
    with bulk_server() as settings:
        # as a user's own server: no URI configured (what tells the bulk load it is local)
        yield settings.model_copy(update={"neo4j_uri": None})


@pytest.fixture
def bulk_driver(local_settings: Settings) -> Iterator[Driver]:
    """A driver to the bulk tests' server, with an empty graph (closed before a bulk load)."""
    with open_driver(local_settings) as driver:
        yield wipe(driver)


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """A JSON Lines file: the sample corpus, then synthetic documents (see the module's doc)."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    extra = [_hot_document(n) for n in _shuffled(HOT)]
    extra.append(document("shared-ops", {"MIRAGE": ["RO", "MD"], "NEW": ["RO", "RS", "AL"]}))
    extra.append(_unnamed_operation())
    extra.append(_hot_document(0, version="2", supports=False))  # changed: forgets its fact
    extra.append(_hot_document(7))  # again, unchanged
    extra.append(document("shared-ops", {"NEW": ["RO", "MK"]}, version="2"))
    lines += [json.dumps(record) for record in extra]
    lines.insert(3, '{"document": {"id": "broken"}}')
    path = tmp_path / "facts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bulk_load_gives_the_loaders_graph(local_settings: Settings, records: Path) -> None:
    with open_driver(local_settings) as driver:
        wipe(driver)
        incremental = ingest(driver, jsonl_items([records]))
        expected = _graph(driver)
        wipe(driver)
    bulk = bulk_load(local_settings, jsonl_items([records]))
    with open_driver(local_settings) as fresh:
        found = _graph(fresh)
        indexes = fresh.execute_query("SHOW INDEXES YIELD name, state RETURN name, state").records
    assert {k: v for k, v in found.items() if k not in expected} == {}
    assert {k: v for k, v in expected.items() if found.get(k) != v} == {
        k: v for k, v in found.items() if expected.get(k) != v
    }
    assert bulk == incremental
    assert [name for name, _ in bulk.failed] == ["facts.jsonl:4"]
    assert (bulk.updated, bulk.unchanged) == (["hot-00", "shared-ops"], ["hot-07"])
    hot = found[("rel", "country:RO", "PARTICIPATED_IN", "operation:hot")]
    assert (hot["evidence_count"], len(hot["evidence_doc"])) == (HOT - 1, EVIDENCE_SAMPLE)
    assert {name for name, _ in indexes} >= {"entity_id", "entity_names", "operation_year"}
    assert {state for _, state in indexes} == {"ONLINE"}


def test_a_graph_is_not_replaced_unless_asked(
    bulk_driver: Driver, local_settings: Settings, records: Path
) -> None:
    ingest(bulk_driver, jsonl_items([SAMPLE]))
    with pytest.raises(DatabaseNotEmpty, match="--overwrite"):
        bulk_load(local_settings, jsonl_items([records]))
    assert bulk_driver.execute_query("MATCH (d:Document) RETURN count(d)").records[0][0] > 0


def test_a_configured_server_is_refused(neo4j_settings: Settings, records: Path) -> None:
    with pytest.raises(NotLocalServer, match="without --bulk"):
        bulk_load(neo4j_settings, jsonl_items([records]))


def _graph(driver: Driver) -> dict[tuple[str, ...], Any]:
    """Every node (labels, properties) and relationship (properties) by a key of ids;
    `loaded_at` checked to be a date-time and left out."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN n:Document AS doc, n.id AS id, labels(n) AS labels, properties(n) AS p"
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a:Document AS doc, a.id AS a, type(r) AS type, b.id AS b, "
        "properties(r) AS p"
    )
    graph: dict[tuple[str, ...], Any] = {}
    for n in nodes:
        props = dict(n["p"])
        if n["doc"]:
            assert hasattr(props.pop("loaded_at"), "tzinfo")
        graph[("node", "Document" if n["doc"] else "Entity", n["id"])] = (
            sorted(n["labels"]),
            props,
        )
    for r in rels:
        key = ("mention", r["a"], r["b"]) if r["doc"] else ("rel", r["a"], r["type"], r["b"])
        assert key not in graph
        graph[key] = r["p"]
    return graph


def _shuffled(n: int) -> list[int]:
    """0..n-1 in an order that is not the documents' id order."""
    return sorted(range(n), key=lambda i: (i * 7) % n)


def _hot_document(n: int, *, version: str = "1", supports: bool = True) -> dict[str, Any]:
    """Document n of those that support one fact (RO took part in HOT), each with its own
    evidence, confidence and alias of Romania; MD always takes part too."""
    record = document(f"hot-{n:02d}", {"HOT": ["MD"]}, version=version)
    record["entities"] = [country("MD"), {**country("RO"), "aliases": [f"RO-{n % 4}", "Rumania"]},
                          operation("HOT", year=2015, crime="human trafficking")]  # fmt: skip
    if supports:
        sentence = f"hot-{n:02d}: Romania in HOT"
        fact = took_part("RO", "HOT", sentence=sentence, confidence=0.5 + n / 100)
        fact["evidence"]["page"] = 1 + n % 3  # as from a PDF
        record["relations"].append({**fact, "properties": {"how": f"rule {n % 3}"}})
    if n % 2 == 0:  # a stored text (quotes, commas, new lines); the others have none
        record["document"]["text"] = f'hot-{n:02d}: "Romania", in HOT;\n\tv{version}'
    if n == 1:  # a text larger than the import tool's default read buffer (4 MiB)
        record["document"]["text"] = "Romania in HOT. " * 300_000
    return record


def _unnamed_operation() -> dict[str, Any]:
    """An operation without name, year or crime, and without mentions."""
    record = document("unnamed", {})
    unnamed = {"id": "operation:unnamed", "label": "Operation", "aliases": [], "mentions": [],
               "properties": {"figures": {"seized": 4}}}  # fmt: skip
    record["entities"] = [country("RS"), country("AL"), unnamed]
    record["relations"] = [took_part(c, "unnamed") for c in ("RS", "AL")]
    return record
