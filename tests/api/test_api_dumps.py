"""The whole-graph exports over HTTP: streamed files with their media types, behind read keys."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from followthemoney import model

pytestmark = pytest.mark.neo4j


def test_cypher_dump_is_a_script(client: TestClient) -> None:
    response = client.get("/exports/graph.cypher")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-cypher-query")
    assert "ctgraph-graph.cypher" in response.headers["content-disposition"]
    assert "CREATE (n:`Country`:`Entity`)" in response.text


def test_graphml_dump_is_xml(client: TestClient) -> None:
    response = client.get("/exports/graph.graphml")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/graphml+xml"
    assert response.text.startswith("<?xml") and response.text.rstrip().endswith("</graphml>")


def test_ftm_export_is_valid_json_lines(client: TestClient) -> None:
    response = client.get("/exports/ftm.jsonl")
    assert response.status_code == 200
    entities = [json.loads(line) for line in response.text.splitlines()]
    assert {e["schema"] for e in entities} >= {"PublicBody", "Project", "ProjectParticipant"}
    for data in entities:
        model.get_proxy(data, cleaned=False)


def test_exports_need_a_read_key_when_keys_are_set(keyed: TestClient) -> None:
    assert keyed.get("/exports/ftm.jsonl").status_code == 401
