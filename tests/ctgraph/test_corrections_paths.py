"""Corrections survive every way facts come into the graph (issue 20, "Done when"): a text really
extracted, then four corrections (reject a participation, assert one, merge two organisations,
set a year); then the same document ingested again, the corpus re-extracted with a changed
pattern file, remove and re-add, and a bulk load into a fresh database with the corrections file.
After each, the corrections hold in the graph, in `/co-investigations` and in the exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from graph_builders import one, wipe
from neo4j import Driver
from server_home import (
    bulk_server,
    uses_own_server,
)

from ctgraph.api.app import create_app
from ctgraph.bulk import bulk_load
from ctgraph.database import open_driver
from ctgraph.graph import corrections_store as store
from ctgraph.graph.corrections import new, read_jsonl, write_jsonl
from ctgraph.graph.exchange.formats import Format, stream
from ctgraph.graph.facts import Facts, as_facts
from ctgraph.graph.load import remove_document
from ctgraph.ingest import Item, ingest
from ctgraph.settings import PROJECT_ROOT, Settings

pytestmark = [pytest.mark.neo4j, pytest.mark.model]

TEXT = PROJECT_ROOT / "tests" / "fixtures" / "texts" / "joint-investigation-bulgaria-greece.txt"
OP = "operation:northwind"
SELEC = "organisation:southeast-european-law-enforcement-center"
SECI = "organisation:seci-center"


def extract(participation: Path | None = None) -> Facts:
    """The fixture text through the real pipeline (with another participation pattern file)."""
    from ctgraph.extract import pipeline
    from ctgraph.extract.batch import BatchReport, extract_files

    if participation is None:
        return as_facts(next(extract_files([TEXT], BatchReport())))
    config = pipeline.read_config()
    config["components"]["ctgraph_frames"]["cues"]["path"] = str(participation)
    changed = pipeline.build_nlp(config)
    original = pipeline.load_nlp
    pipeline.load_nlp = lambda: changed  # type: ignore[assignment]  # the changed pipeline
    try:
        record = next(extract_files([TEXT], BatchReport()))
    finally:
        pipeline.load_nlp = original
    # A new pipeline's facts of an unchanged text: its fingerprint names the pipeline too.
    record.document.sha256 = record.document.sha256[:56] + "changed1"
    return as_facts(record)


@pytest.fixture(scope="module")
def facts() -> Facts:
    return extract()


@pytest.fixture(scope="module")
def changed_facts(tmp_path_factory: pytest.TempPathFactory) -> Facts:
    """The same text extracted with a participation pattern file that lost a phrase."""
    source = PROJECT_ROOT / "extract" / "patterns" / "participation.jsonl"
    rows = [json.loads(line) for line in source.read_text("utf-8").splitlines() if line.strip()]
    for row in rows:
        row["phrases"] = [p for p in row["phrases"] if p != "cooperation"]
    path = tmp_path_factory.mktemp("patterns") / "participation.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return extract(path)


def corrections() -> list:  # type: ignore[type-arg]
    return [
        new("reject", author="ana", reason="North Macedonia is only named", fact_type="PARTICIPATED_IN",
            source="country:MK", target=OP),
        new("assert", author="ana", fact_type="PARTICIPATED_IN", source="country:TR", target=OP,
            url="https://example.org/northwind", reason="Turkish police took part"),
        new("merge", author="ben", keep=SELEC, other=SECI, reason="one body under two names"),
        new("set", author="ben", entity=OP, property="year", value=2017, reason="the text says 2017"),
    ]  # fmt: skip


def assert_corrected(driver: Driver, settings: Settings) -> None:
    """The four corrections hold in the graph, the API's pairs and the exports."""
    participants = (
        "MATCH (c:Country)-[:PARTICIPATED_IN]->(:Operation {id: $op}) RETURN collect(c.iso2)"
    )
    assert sorted(one(driver, participants, op=OP)) == ["BG", "GR", "TR"]
    asserted = "MATCH (:Country {iso2: 'TR'})-[r:PARTICIPATED_IN]->() RETURN r.asserted_by"
    assert one(driver, asserted) == "ana"
    assert one(driver, "MATCH (o:Organisation {id: $id}) RETURN count(o)", id=SECI) == 0
    assert "SECI Center" in one(driver, "MATCH (o:Entity {id: $id}) RETURN o.aliases", id=SELEC)
    assert one(driver, "MATCH (o:Entity {id: $id}) RETURN o.year", id=OP) == 2017
    with TestClient(create_app(settings)) as client:
        pairs = client.get("/co-investigations", params={"limit": 100}).json()["items"]
        csv = client.get("/exports/cooperation.csv").text
    named = {tuple(sorted((p["country_a"]["iso2"], p["country_b"]["iso2"]))) for p in pairs}
    assert named == {("BG", "GR"), ("BG", "TR"), ("GR", "TR")}
    assert "country:MK" not in csv and "country:TR" in csv
    graphml = "".join(stream(driver, Format.graphml, database=settings.neo4j_database))
    assert SECI not in graphml.replace('seci-center"', "")  # no node nor edge of it
    assert "2017" in graphml


def test_corrections_survive_reingest_reextraction_and_remove_readd(
    empty_graph: Driver, neo4j_settings: Settings, facts: Facts, changed_facts: Facts
) -> None:
    driver = empty_graph
    ingest(driver, [("northwind", facts)])
    assert one(driver, "MATCH (o:Entity {id: $id}) RETURN o.year", id=OP) == 2011  # the mistake
    for record in corrections():
        store.correct(driver, record)
    assert_corrected(driver, neo4j_settings)
    ingest(driver, [("northwind", facts)])  # the same document again: unchanged
    assert_corrected(driver, neo4j_settings)
    summary = ingest(driver, [("northwind", changed_facts)])  # re-extracted, changed patterns
    assert summary.updated == [facts.document.id]
    assert_corrected(driver, neo4j_settings)
    remove_document(driver, facts.document.id)
    states = {i.record.action: i.state for i in store.listed(driver)}
    assert states["reject"] == "dormant" and states["set"] == "dormant"
    ingest(driver, [("northwind", facts)])  # re-added
    assert_corrected(driver, neo4j_settings)
    assert {i.record.action: i.state for i in store.listed(driver)}["reject"] == "active"


@pytest.fixture(scope="module")
def local_settings(neo4j_settings: Settings) -> Iterator[Settings]:
    """A local server of these tests' own for the bulk load (as tests/ctgraph/test_bulk.py)."""
    with bulk_server() as settings:
        yield settings.model_copy(update={"neo4j_uri": None})


@pytest.mark.skipif(not uses_own_server(), reason="a bulk load needs ctgraph's own test server")
def test_corrections_survive_a_bulk_load_into_a_fresh_database(
    empty_graph: Driver, local_settings: Settings, facts: Facts, tmp_path: Path
) -> None:
    for record in corrections():  # made on one installation, exported as JSON Lines
        store.correct(empty_graph, record)
    exported = tmp_path / "corrections.jsonl"
    exported.write_text("".join(write_jsonl(store.every_record(empty_graph))), "utf-8")
    with open_driver(local_settings) as driver:
        wipe(driver)
    items: list[Item] = [("northwind", facts)]
    kept = read_jsonl(exported.read_text("utf-8").splitlines())
    bulk_load(local_settings, items, corrections=kept)
    with open_driver(local_settings) as driver:
        assert_corrected(driver, local_settings)
        assert len(store.every_record(driver)) == 4
    # --overwrite replaces the graph, not the analysts' work.
    bulk_load(local_settings, [("northwind", facts)], overwrite=True)
    with open_driver(local_settings) as driver:
        assert_corrected(driver, local_settings)
