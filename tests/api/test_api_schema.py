"""The published schema: valid OpenAPI 3, security as configured, examples on every success,
readable operation ids and one tag per resource; a client generated from it works."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from api_builders import READ_KEY
from fastapi.testclient import TestClient
from openapi_spec_validator import validate

pytestmark = pytest.mark.neo4j


def operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(m, p, op) for p, ops in schema["paths"].items() for m, op in ops.items()]


def test_the_schema_is_valid_openapi(client: TestClient, keyed: TestClient) -> None:
    validate(client.get("/openapi.json").json())
    validate(keyed.get("/openapi.json").json())


def test_security_is_declared_as_configured(client: TestClient, keyed: TestClient) -> None:
    open_schema = client.get("/openapi.json").json()
    for method, path, op in operations(open_schema):
        needs_key = method in ("post", "delete")  # writes always need a write key
        assert ("security" in op) == needs_key, (method, path)
        assert ("401" in op["responses"]) == needs_key, (method, path)
    keyed_schema = keyed.get("/openapi.json", headers={"X-API-Key": READ_KEY}).json()
    for method, path, op in operations(keyed_schema):
        keyless = path in ("/healthz", "/readyz") or path.startswith("/browser/")
        assert ("security" in op) != keyless, (method, path)
    assert client.get("/stats").status_code == 200  # what the open schema promises


def test_every_success_has_an_example(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    components = schema["components"]["schemas"]
    missing = []
    for method, path, op in operations(schema):
        success = next(op["responses"][s] for s in ("200", "201") if s in op["responses"])
        for content in success["content"].values():
            ref = content["schema"].get("$ref", "")
            target = components[ref.rsplit("/", 1)[-1]] if ref else content["schema"]
            if "example" not in content and not target.get("examples"):
                missing.append(f"{method} {path}")
    assert not missing


def test_operation_ids_are_readable_and_tags_per_resource(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    ids = {op["operationId"] for _, _, op in operations(schema)}
    assert {"list_partners", "get_country", "list_co_investigations", "search_entities",
            "find_connection", "export_cooperation", "ingest_document"} <= ids  # fmt: skip
    assert all("__" not in i and not i.endswith("_get") for i in ids)
    tags = {op["tags"][0] for _, _, op in operations(schema)}
    assert tags == {t["name"] for t in schema["tags"]}
    assert schema["paths"]["/co-investigations"]["get"]["tags"] == ["co-investigations"]


def test_a_generated_client_works(client: TestClient, open_server: str, tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(client.get("/openapi.json").json()))
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    generator = Path(sys.executable).parent / "openapi-python-client"
    # The whole-graph files have media types no generator knows: read them as text, as an
    # integrator would tell the generator to (its documented `content_type_overrides`).
    config = tmp_path / "generator.json"
    config.write_text(
        json.dumps(
            {
                "content_type_overrides": {
                    "application/x-cypher-query; charset=utf-8": "text/plain",
                    "application/graphml+xml": "text/plain",
                    "application/gexf+xml": "text/plain",
                    "application/x-ndjson": "text/plain",
                }
            }
        )
    )
    subprocess.run(
        [str(generator), "generate", "--path", str(spec), "--meta", "none", "--config", str(config),
         "--output-path", str(tmp_path / "ctgraph_client"), "--fail-on-warning"],
        check=True, env=env, capture_output=True, timeout=120,
    )  # fmt: skip
    sys.path.insert(0, str(tmp_path))
    try:
        generated = importlib.import_module("ctgraph_client")
        get_country = importlib.import_module("ctgraph_client.api.countries.get_country")
        list_partners = importlib.import_module("ctgraph_client.api.countries.list_partners")
        search = importlib.import_module("ctgraph_client.api.search.search_entities")
        connection = importlib.import_module("ctgraph_client.api.connections.find_connection")
        api = generated.Client(base_url=open_server)
        serbia = get_country.sync(client=api, country="Serbia")
        assert serbia.id == "country:RS" and serbia.name
        partners = list_partners.sync(client=api, country="rs", year_from=2017)
        assert {"RO", "HU"} <= {p.country.iso2 for p in partners.items}
        hits = search.sync(client=api, q="Serbai", limit=1)
        assert hits.items[0].id == "country:RS" and hits.total >= 1
        path = connection.sync(client=api, source="RS", target="HU")
        assert path.connected
        missing = get_country.sync_detailed(client=api, country="ZZ")
        assert missing.status_code == 404 and json.loads(missing.content)["code"] == "not_found"
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.startswith("ctgraph_client")]:
            del sys.modules[name]


def test_the_text_pattern_means_the_same_in_every_dialect(client: TestClient) -> None:
    from pydantic import ValidationError

    from ctgraph.api.schemas.documents import NOT_ONLY_SPACE, NewDocument

    schema = client.get("/openapi.json").json()["components"]["schemas"]["NewDocument"]
    assert schema["properties"]["text"]["pattern"] == NOT_ONLY_SPACE
    for space in [chr(i) for i in range(0x3001) if chr(i).isspace()] + ["\ufeff"]:
        with pytest.raises(ValidationError):
            NewDocument(source="s", text=space * 3)
    for text in ("!!", "å", "\U000853d8å", "Сербия", " a "):  # fuzzing once found "\U000853d8å"
        assert NewDocument(source="s", text=text).text == text
