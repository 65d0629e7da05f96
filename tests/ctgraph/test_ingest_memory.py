"""Never failing for memory: a server with a small transaction memory limit
(`db.memory.transaction.max`) still takes every document that fits it alone.

Its own server (free ports, a temporary home sharing the test server's jars), started with a
limit a batch of documents exceeds while each of them fits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pytest
from graph_builders import counts, one
from neo4j import Driver, GraphDatabase
from server_home import TEST_HOME, free_port

from ctgraph.graph import load as graph_load
from ctgraph.graph.errors import DocumentTooLarge
from ctgraph.graph.facts import Facts, as_facts
from ctgraph.graph.load import apply_schema, load_documents
from ctgraph.ingest import ingest
from ctgraph.server import local as server
from ctgraph.settings import Settings

pytestmark = pytest.mark.neo4j

LIMIT = "10m"
PAD = 4_000  # characters of each evidence sentence: a document's facts weigh about 100 kB


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory, neo4j_settings: Settings) -> Iterator[Driver]:
    """A driver to a server whose transactions may use at most `LIMIT` of memory."""
    if not (TEST_HOME / "assembly.json").exists():  # an external test server is configured
        pytest.skip("the small server reuses the jars of the local test server")
    home = tmp_path_factory.mktemp("small-memory") / "neo4j"
    home.mkdir()
    for name in ("lib", "plugins"):
        (home / name).symlink_to((TEST_HOME / name).resolve())
    (home / "assembly.json").write_bytes((TEST_HOME / "assembly.json").read_bytes())
    config = server.ServerConfig(
        home=home, bolt_port=free_port(), http_port=free_port(), heap="512m",
        pagecache="64m", transaction_memory=LIMIT,
    )  # fmt: skip
    server.provision(config)
    server.start(config)
    try:
        auth = ("neo4j", server.read_password(config) or "")
        with GraphDatabase.driver(config.bolt_uri, auth=auth) as driver:
            apply_schema(driver)
            yield driver
    finally:
        server.stop(config)


@pytest.fixture
def empty_small(small: Driver) -> Driver:
    """The small server, emptied a few relationships, then nodes, per transaction (in one, the
    deletion would exceed its limit)."""
    with small.session() as session:
        for query in (
            "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 100 ROWS",
            "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 100 ROWS",
        ):
            session.run(query).consume()
    return small


def padded(n: int, facts: int = 12) -> Facts:
    """Document n: `facts` participations of 4 countries in operations of its own, each with a
    long evidence sentence."""
    ops = [f"operation:m{n}-{k}" for k in range(facts // 4)]
    codes = [f"C{(n + j) % 20:02}" for j in range(4)]
    entities: list[dict[str, Any]] = [
        {"id": f"country:{c}", "label": "Country", "name": c, "properties": {"iso2": c},
         "mentions": [{"start": 0, "end": 3}]} for c in codes
    ]  # fmt: skip
    entities += [{"id": op, "label": "Operation", "name": op, "properties": {"year": 2010},
                  "mentions": [{"start": 5, "end": 9}]} for op in ops]  # fmt: skip
    relations = [
        {"type": "PARTICIPATED_IN", "source": f"country:{c}", "target": op, "confidence": 0.8,
         "evidence": {"start": 0, "end": PAD, "text": f"{n} {op} {c} " + "x" * PAD}}
        for op in ops for c in codes
    ]  # fmt: skip
    sha = hashlib.sha256(f"m{n}".encode()).hexdigest()
    return as_facts({"document": {"id": f"m{n:03}", "sha256": sha}, "entities": entities,
                     "relations": relations})  # fmt: skip


@pytest.fixture
def parts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, bool]]:
    """The transactions the loader tries: (documents, committed)."""
    tried: list[tuple[int, bool]] = []
    real = graph_load._load_part

    def spy(driver: Driver, part: list[Facts], database: str | None, defer: bool) -> Any:
        try:
            loaded = real(driver, part, database, defer)
        except DocumentTooLarge:
            tried.append((len(part), False))
            raise
        tried.append((len(part), True))
        return loaded

    monkeypatch.setattr(graph_load, "_load_part", spy)
    return tried


@pytest.mark.timeout(600)
def test_a_batch_over_the_memory_limit_loads_in_halves(
    empty_small: Driver, parts: list[tuple[int, bool]]
) -> None:
    batch = [padded(n) for n in range(200)]
    loaded = load_documents(empty_small, batch, defer_pairs=True)
    assert [d.document for d in loaded] == [f.document.id for f in batch]
    assert parts[-1] != (200, True) and (200, False) in parts  # the whole batch did not fit
    assert sum(size for size, committed in parts if committed) == 200
    graph_load.refresh_stale_pairs(empty_small)
    assert counts(empty_small)["PARTICIPATED_IN"] == 200 * 12
    assert one(empty_small, "MATCH (d:Document) RETURN count(d)") == 200


@pytest.mark.timeout(600)
def test_only_a_document_too_large_alone_fails_by_name(
    empty_small: Driver, parts: list[tuple[int, bool]]
) -> None:
    huge = padded(999, facts=4 * 400)
    batch = [padded(n) for n in range(60)]
    items = [(f"m{n}.jsonl:1", f) for n, f in enumerate(batch[:30])]
    items += [("huge.jsonl:1", huge)] + [(f"m{n}.jsonl:1", f) for n, f in enumerate(batch[30:], 30)]
    summary = ingest(empty_small, items)
    ((name, reason),) = summary.failed
    assert name == "huge.jsonl:1" and "document 'm999' is too large" in reason
    assert sorted(summary.new) == sorted(f.document.id for f in batch)
    assert (1, False) in parts  # the huge document was tried alone
    assert one(empty_small, "MATCH (d:Document) RETURN count(d)") == 60
    assert counts(empty_small)["PARTICIPATED_IN"] == 60 * 12
