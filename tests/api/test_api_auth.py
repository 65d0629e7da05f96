"""API-key roles: read keys read, write keys read and ingest; without keys reads are open and
writes refused. Also CORS from the settings."""

from __future__ import annotations

import importlib.util

import pytest
from api_builders import DOC_ID, READ_KEY, WRITE_KEY
from fastapi.testclient import TestClient
from neo4j import Driver
from test_api_errors import assert_error

from ctgraph.api.app import create_app
from ctgraph.settings import Settings

pytestmark = pytest.mark.neo4j

NEW = {
    "source": "tests/api/test_api_auth.py",
    "title": "API ingestion test",
    "text": "In 2018 police of Serbia and Croatia arrested 7 smugglers in Operation Sava Bridge. "
    "Europol supported Operation Sava Bridge.",
}


def test_open_reads_and_refused_writes_without_keys(client: TestClient) -> None:
    assert client.get("/countries").status_code == 200
    error = assert_error(client.post("/documents", json=NEW), 403, "forbidden")
    assert "no write key is configured" in str(error["detail"])


def test_reads_need_a_key_when_read_keys_are_set(keyed: TestClient) -> None:
    response = keyed.get("/countries")
    assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "APIKey"
    assert_error(keyed.get("/countries", headers={"X-API-Key": "guess"}), 401, "unauthorized")
    assert keyed.get("/countries", headers={"X-API-Key": READ_KEY}).status_code == 200
    assert keyed.get("/countries", headers={"X-API-Key": WRITE_KEY}).status_code == 200
    assert keyed.get(f"/documents/{DOC_ID}", headers={"X-API-Key": READ_KEY}).status_code == 200


def test_probes_need_no_key(keyed: TestClient) -> None:
    assert keyed.get("/healthz").status_code == 200
    assert keyed.get("/readyz").status_code == 200


def test_writes_need_the_write_role(keyed: TestClient) -> None:
    assert_error(keyed.post("/documents", json=NEW), 401, "unauthorized")
    assert_error(
        keyed.post("/documents", json=NEW, headers={"X-API-Key": READ_KEY}), 403, "forbidden"
    )
    bad = keyed.post("/documents", json={"text": ""}, headers={"X-API-Key": WRITE_KEY})
    assert_error(bad, 422, "invalid_parameters")


@pytest.mark.skipif(
    importlib.util.find_spec("ctgraph.extract.batch") is None, reason="extraction not available"
)
def test_a_write_key_ingests_a_text(keyed: TestClient) -> None:
    headers = {"X-API-Key": WRITE_KEY}
    before = keyed.get("/stats", headers=headers).json()["nodes"]["Document"]
    response = keyed.post("/documents", json=NEW, headers=headers)
    assert response.status_code == 201, response.text
    # the read right after the write sees it (not the version and answer cached before it)
    assert keyed.get("/stats", headers=headers).json()["nodes"]["Document"] == before + 1
    result = response.json()
    assert result["status"] == "loaded" and result["entities"] >= 2
    doc = keyed.get(f"/documents/{result['id']}", headers=headers).json()
    assert doc["title"] == NEW["title"] and doc["source"] == NEW["source"]
    assert "country:RS" in {e["id"] for e in doc["entities"]}
    again = keyed.post("/documents", json=NEW, headers=headers).json()
    assert again == {**result, "status": "unchanged"}


def test_cors_from_settings(loaded: Driver, neo4j_settings: Settings) -> None:
    settings = neo4j_settings.model_copy(update={"api_cors_origins": ["http://app.example"]})
    with TestClient(create_app(settings)) as c:
        preflight = c.options(
            "/countries",
            headers={"Origin": "http://app.example", "Access-Control-Request-Method": "GET"},
        )
        assert preflight.headers["access-control-allow-origin"] == "http://app.example"
        other = c.get("/countries", headers={"Origin": "http://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers


@pytest.mark.skipif(
    importlib.util.find_spec("ctgraph.extract.pipeline") is None, reason="extraction not available"
)
def test_an_app_that_may_ingest_loads_the_pipeline_at_start(keyed: TestClient) -> None:
    import threading

    from ctgraph.extract.pipeline import load_nlp

    for thread in threading.enumerate():
        if thread.name == "warm-extraction":
            thread.join(timeout=120)
    assert load_nlp.cache_info().currsize == 1
