"""Streamed exports: gzip when accepted, the list filters, the same pairs as the lists."""

from __future__ import annotations

import csv
import gzip
import io

import networkx as nx
import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.neo4j


def test_exports_are_gzipped_when_the_client_accepts_it(client: TestClient) -> None:
    with client.stream("GET", "/exports/cooperation.graphml",
                       headers={"Accept-Encoding": "gzip"}) as response:  # fmt: skip
        assert response.headers["content-encoding"] == "gzip"
        raw = b"".join(response.iter_raw())
    assert nx.parse_graphml(gzip.decompress(raw).decode()).number_of_edges() > 0
    plain = client.get("/exports/cooperation.csv", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.text.startswith("source,")


@pytest.mark.parametrize("query", ["crime=human%20trafficking", "year_from=2015", "country=rs"])
def test_filtered_exports_hold_the_pairs_the_list_gives(client: TestClient, query: str) -> None:
    listed = client.get(f"/co-investigations?limit=500&{query}").json()
    rows = list(csv.DictReader(io.StringIO(client.get(f"/exports/cooperation.csv?{query}").text)))
    assert len(rows) == listed["total"]
    assert {(r["source_iso2"], r["target_iso2"], int(r["count"])) for r in rows} == {
        (p["country_a"]["iso2"], p["country_b"]["iso2"], p["count"]) for p in listed["items"]
    }
    gexf = nx.read_gexf(io.BytesIO(client.get(f"/exports/cooperation.gexf?{query}").content))
    assert gexf.number_of_edges() == len(rows)
