"""A text longer than spaCy's `max_length` posted to the API is extracted in pieces, not a 500."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from api_builders import CORPUS, WRITE_KEY
from fastapi.testclient import TestClient
from neo4j import Driver
from pydantic import SecretStr

from ctgraph.api.app import create_app
from ctgraph.extract.clean import clean_text
from ctgraph.extract.pipeline import load_nlp
from ctgraph.settings import Settings

pytestmark = [pytest.mark.neo4j, pytest.mark.model]


@pytest.fixture
def small_pieces(loaded: Driver, neo4j_settings: Settings) -> Iterator[TestClient]:
    """The app with pieces of 10,000 characters and spaCy's limit lowered to 20,000."""
    nlp = load_nlp()
    saved = nlp.max_length
    nlp.max_length = 20_000
    settings = neo4j_settings.model_copy(
        update={"api_write_keys": [SecretStr(WRITE_KEY)], "extract_chunk_chars": 10_000}
    )
    with TestClient(create_app(settings)) as client:
        yield client
    nlp.max_length = saved


def test_a_text_over_spacy_max_length_is_loaded(small_pieces: TestClient) -> None:
    cleaned = [clean_text(p.read_text("utf-8")).text for p in sorted(CORPUS.glob("*.txt"))]
    text = "\n\n".join(cleaned * 3)
    assert len(text) > 60_000
    body = {"source": "https://example.org/long", "title": "Long report", "text": text}
    answer = small_pieces.post("/documents", json=body, headers={"X-API-Key": WRITE_KEY})
    assert answer.status_code == 201, answer.text
    assert answer.json()["status"] == "loaded" and answer.json()["relations"] > 0
