"""The API on a real uvicorn server in a thread, called over loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from neo4j import Driver
from serving import serving

from ctgraph.api.app import create_app
from ctgraph.settings import Settings

pytestmark = pytest.mark.neo4j


@pytest.fixture
def server_url(loaded: Driver, neo4j_settings: Settings) -> Iterator[str]:
    """The base URL of a uvicorn serving the app, stopped after the test."""
    with serving(create_app(neo4j_settings)) as url:
        yield url


def test_real_server_answers(server_url: str) -> None:
    with httpx.Client(base_url=server_url, timeout=10) as http:
        assert http.get("/readyz").json() == {"status": "ready"}
        partners = http.get("/countries/RS/partners", params={"year_from": 2017}).json()
        assert {p["country"]["iso2"] for p in partners["items"]} >= {"RO", "HU"}
        assert http.get("/openapi.json").json()["info"]["title"] == "ctgraph API"
        big = http.post(
            "/documents", content=b"x" * 3_000_000, headers={"Content-Type": "application/json"}
        )
        assert big.status_code == 413 and big.json()["code"] == "payload_too_large"
