"""The Browser's post-connect fetches: the guide and the style, open to the Browser's origin."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.neo4j
ORIGIN = "http://127.0.0.1:7474"


def test_guide_is_html_any_origin_may_read(client: TestClient) -> None:
    response = client.get("/browser/guide.html", headers={"Origin": ORIGIN})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["access-control-allow-origin"] == "*"
    assert "<slide>" in response.text and "find_partners" in response.text


def test_style_is_grass(client: TestClient) -> None:
    response = client.get("/browser/style.grass")
    assert response.status_code == 200 and "node.Country" in response.text


def test_preflight_allows_what_the_browser_sends(client: TestClient) -> None:
    response = client.options("/browser/guide.html", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "pragma,cache-control"})  # fmt: skip
    assert response.status_code == 204
    assert response.headers["access-control-allow-headers"] == "pragma,cache-control"
    assert response.headers["access-control-allow-origin"] == "*"


def test_guide_needs_no_key(keyed: TestClient) -> None:
    assert keyed.get("/browser/guide.html").status_code == 200
    assert keyed.get("/browser/style.grass").status_code == 200
