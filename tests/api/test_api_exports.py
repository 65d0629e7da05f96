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


def test_gexf_takes_the_cli_exports_weight_and_isolated(client: TestClient) -> None:
    def gexf(query: str) -> nx.Graph:
        response = client.get(f"/exports/cooperation.gexf?{query}")
        assert response.status_code == 200, response.text
        return nx.read_gexf(io.BytesIO(response.content))

    counted, sized, lone = gexf(""), gexf("weight=size"), gexf("weight=size&isolated=true")
    assert counted.graph["mode"] == "dynamic"
    spells = [s for *_, attrs in sized.edges(data=True) for s in attrs.get("spells", [])]
    assert spells and all(1900 < start <= end < 2100 for start, end in spells)  # years as times
    for _, _, attrs in sized.edges(data=True):  # size weights
        assert attrs["weight"] == attrs["weight_size"] <= attrs["weight_count"]
    assert all(counted.degree(n) > 0 for n in counted)  # no lone country unless asked
    assert set(counted) <= set(lone) and all(lone.degree(n) == 0 for n in set(lone) - set(counted))
    assert set(counted.edges) == set(sized.edges)
    assert all(d["weight"] == d["weight_count"] for *_, d in counted.edges(data=True))
    refused = client.get("/exports/cooperation.gexf?weight=heaviest")
    assert refused.status_code == 422
