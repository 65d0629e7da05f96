"""The API under test: the sample corpus and one hand-written record, loaded by the real loader.

The corpus goes through extract when its pipeline runs here, else through the sample facts the
graph engineer extracted from it (`tests/fixtures/facts/sample.jsonl`); either way the real
`ctgraph.ingest.ingest` writes it, applies the schema and derives CO_INVESTIGATED.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from api_builders import CORPUS, DOC_ID, READ_KEY, WRITE_KEY, api_record
from fastapi.testclient import TestClient
from neo4j import Driver
from pydantic import SecretStr
from serving import serving

from ctgraph.api.app import create_app
from ctgraph.graph.facts import as_facts
from ctgraph.ingest import Item, ingest, jsonl_items
from ctgraph.settings import PROJECT_ROOT, Settings

SAMPLE_FACTS = PROJECT_ROOT / "tests" / "fixtures" / "facts" / "sample.jsonl"


def corpus_items() -> tuple[str, list[Item]]:
    """The corpus as loader items, and where they came from."""
    try:
        from ctgraph.extract.batch import BatchReport, extract_files

        records = list(extract_files(sorted(CORPUS.glob("*.txt")), BatchReport()))
        return "extract", [(r.document.id, as_facts(r)) for r in records]
    except Exception:  # extraction missing, or its pipeline mid-change in a parallel branch
        return "sample facts", list(jsonl_items([SAMPLE_FACTS]))


@pytest.fixture(scope="session")
def items() -> list[Item]:
    """Everything the API tests load (extracted once per session)."""
    _, corpus = corpus_items()
    return [*corpus, (DOC_ID, as_facts(api_record()))]


@pytest.fixture(scope="module")
def loaded(driver: Driver, neo4j_settings: Settings, items: list[Item]) -> Driver:
    """A fresh graph holding the corpus and the API record (per module: others may wipe)."""
    with driver.session(database=neo4j_settings.neo4j_database) as session:  # auto-commit
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    summary = ingest(driver, items, database=neo4j_settings.neo4j_database)
    assert DOC_ID in summary.new, summary.failed
    return driver


@pytest.fixture(scope="module")
def client(loaded: Driver, neo4j_settings: Settings) -> Iterator[TestClient]:
    """The app with no keys configured: reads open, writes refused."""
    with TestClient(create_app(neo4j_settings)) as c:
        yield c


@pytest.fixture(scope="module")
def keyed(loaded: Driver, neo4j_settings: Settings) -> Iterator[TestClient]:
    """The app with one read key and one write key."""
    settings = neo4j_settings.model_copy(
        update={"api_read_keys": [SecretStr(READ_KEY)], "api_write_keys": [SecretStr(WRITE_KEY)]}
    )
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture(scope="module")
def open_server(loaded: Driver, neo4j_settings: Settings) -> Iterator[str]:
    """A real server of the app with open reads (per module)."""
    with serving(create_app(neo4j_settings)) as url:
        yield url
