"""Every read route against the real Neo4j holding the sample corpus and the API record."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from api_builders import DOC_ID
from fastapi.testclient import TestClient

pytestmark = pytest.mark.neo4j

OP = "operation:api-danube-shield"


def ids(items: list[dict[str, object]], key: str = "id") -> set[object]:
    return {i[key] for i in items}


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}


def test_countries_list_and_one(client: TestClient) -> None:
    page = client.get("/countries").json()
    assert {"RS", "RO", "HU"} <= {c["iso2"] for c in page["items"]}
    serbia = client.get("/countries/rs").json()
    assert serbia["id"] == "country:RS" and serbia["operations"] >= 2 and serbia["partners"] >= 2
    assert "Republic of Serbia" in serbia["aliases"]


def test_partners_filtered_by_crime_and_period(client: TestClient) -> None:
    everything = client.get("/countries/RS/partners").json()
    assert everything["country"]["iso2"] == "RS"
    assert {"RO", "HU"} <= {p["country"]["iso2"] for p in everything["items"]}
    in_2017 = client.get("/countries/RS/partners?year_from=2017&year_to=2017").json()
    assert {p["country"]["iso2"] for p in in_2017["items"]} == {"RO", "HU"}
    assert all(p["years"] == [2017] for p in in_2017["items"])
    trafficking = client.get(
        "/countries/RS/partners",
        params={
            "crime": "human trafficking",
            "year_from": 2015,
            "year_to": 2015,
            "operations": True,
        },
    ).json()
    assert [p["country"]["iso2"] for p in trafficking["items"]] == ["HU"]
    assert trafficking["items"][0]["operations"][0]["id"] == "operation:api-ring-2015"


def test_partners_from_co_investigated_match_the_operations(client: TestClient) -> None:
    fast = client.get("/countries/RS/partners?operations=true").json()
    wide = client.get("/countries/RS/partners?year_from=1900&year_to=2100&operations=true").json()
    assert all(p["operations"] == [] for p in client.get("/countries/RS/partners").json()["items"])
    undated = [p for p in fast["items"] if not p["years"]]
    assert fast["total"] >= wide["total"] and not [
        p for p in wide["items"] if p not in fast["items"]
    ], "filtered partners differ from CO_INVESTIGATED"
    assert fast["total"] == wide["total"] + len([p for p in undated if p not in wide["items"]])


def test_pairs_match_the_derived_co_investigated(client: TestClient) -> None:
    pairs = client.get("/co-investigations?limit=500").json()
    exported = client.get("/exports/cooperation.csv").text
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert pairs["total"] == len(rows)
    assert all(p["a"]["iso2"] < p["b"]["iso2"] for p in pairs["items"])
    only_rs = client.get("/co-investigations?country=RS").json()
    assert only_rs["total"] == client.get("/countries/RS/partners").json()["total"]


def test_operations_filtered(client: TestClient) -> None:
    page = client.get("/operations", params={"country": "RS", "year_from": 2015}).json()
    assert {OP, "operation:api-ring-2015"} <= ids(page["items"])
    assert all("RS" in ids(o["countries"], "iso2") and o["year"] >= 2015 for o in page["items"])
    smuggling = client.get("/operations", params={"crime": "migrant smuggling"}).json()
    assert all(o["crime"] in ("migrant smuggling", "both") for o in smuggling["items"])


def test_one_operation_with_participants_figures_and_evidence(client: TestClient) -> None:
    op = client.get(f"/operations/{OP}").json()
    assert op["figures"] == {"detained": 42}
    assert {p["country"]["iso2"] for p in op["participants"]} == {"RS", "RO", "HU"}
    evidence = op["participants"][0]["evidence"][0]
    assert evidence["document"] == DOC_ID and "Danube Shield" in evidence["text"]
    assert op["organisations"][0]["organisation"]["id"] == "organisation:api-selec"
    assert op["organisations"][0]["role"] == "coordinated"
    assert DOC_ID in ids(op["documents"])


def test_organisations(client: TestClient) -> None:
    assert "organisation:api-selec" in ids(client.get("/organisations?limit=500").json()["items"])
    selec = client.get("/organisations/organisation:api-selec").json()
    assert selec["operations"][0]["operation"]["id"] == OP
    assert selec["members"][0]["person"]["id"] == "person:api-jane-doe"
    assert ids(selec["predecessors"]) == {"organisation:api-seci"}


def test_persons(client: TestClient) -> None:
    assert "person:api-jane-doe" in ids(client.get("/persons").json()["items"])
    jane = client.get("/persons/person:api-jane-doe").json()
    assert jane["affiliations"][0]["organisation"]["id"] == "organisation:api-selec"
    assert jane["affiliations"][0]["role"] == "director"


def test_routes(client: TestClient) -> None:
    page = client.get("/routes", params={"country": "RS", "crime": "migrant smuggling"}).json()
    route = next(r for r in page["items"] if r["source"]["iso2"] == "TR")
    assert route["target"]["iso2"] == "RS" and route["kind"] == "transit"
    assert route["evidence"][0]["document"] == DOC_ID


def test_documents(client: TestClient) -> None:
    page = client.get("/documents").json()
    assert page["total"] >= 2 and DOC_ID in ids(page["items"])
    doc = client.get(f"/documents/{DOC_ID}").json()
    assert {"country:RS", OP} <= ids(doc["entities"])
    assert {e["label"] for e in doc["entities"]} >= {"Country", "Operation", "Person"}
    facts = {(f["type"], f["source"]["id"], f["target"]["id"]) for f in doc["facts"]}
    assert ("PARTICIPATED_IN", "country:RS", OP) in facts
    assert all(ev["document"] == DOC_ID for f in doc["facts"] for ev in f["evidence"])


def test_search_is_fuzzy_over_names_and_aliases(client: TestClient) -> None:
    misspelt = client.get("/search", params={"q": "Serbai"}).json()
    assert misspelt["items"][0]["id"] == "country:RS"
    alias = client.get("/search", params={"q": "Southeast European Law", "label": "Organisation"})
    assert "organisation:api-selec" in ids(alias.json()["items"])
    assert client.get("/search", params={"q": "!!!"}).json()["items"] == []


def test_connections(client: TestClient) -> None:
    path = client.get(
        "/connections", params={"source": "country:RS", "target": "person:api-jane-doe"}
    ).json()
    assert path["connected"] and path["length"] == 3
    assert [n["id"] for n in path["nodes"]][1:3] == [OP, "organisation:api-selec"]
    same = client.get("/connections", params={"source": "country:RS", "target": "country:RS"})
    assert same.json()["length"] == 0 and same.json()["nodes"][0]["id"] == "country:RS"
    lonely = client.get(
        "/connections", params={"source": "country:RS", "target": "event:api-belgrade-meeting"}
    ).json()
    assert lonely["connected"] is False and lonely["nodes"] == []


def test_stats(client: TestClient) -> None:
    stats = client.get("/stats").json()
    assert stats["nodes"]["Country"] >= 4 and stats["relationships"]["CO_INVESTIGATED"] >= 3
    assert stats["last_year"] >= 2017


def test_exports_parse_in_their_formats(client: TestClient) -> None:
    graphml = client.get("/exports/cooperation.graphml")
    assert graphml.headers["content-type"].startswith("application/graphml+xml")
    g = nx.parse_graphml(graphml.text)
    assert g.has_edge("country:RO", "country:RS")
    gexf = nx.read_gexf(io.BytesIO(client.get("/exports/cooperation.gexf").content))
    assert gexf.number_of_edges() == g.number_of_edges()
    assert "attachment" in client.get("/exports/cooperation.csv").headers["content-disposition"]


@pytest.mark.parametrize(
    "url", ["/countries", "/co-investigations", "/operations", "/organisations", "/persons",
            "/routes", "/documents"],
)  # fmt: skip
def test_pagination(client: TestClient, url: str) -> None:
    whole = client.get(url, params={"limit": 500}).json()
    first = client.get(url, params={"limit": 2, "offset": 0}).json()
    rest = client.get(url, params={"limit": 500, "offset": 2}).json()
    assert first["total"] == whole["total"] == rest["total"] and first["limit"] == 2
    assert first["items"] + rest["items"] == whole["items"]
    beyond = client.get(url, params={"offset": whole["total"] + 5}).json()
    assert beyond["items"] == [] and beyond["total"] == whole["total"]
    for bad in ({"limit": 0}, {"limit": 501}, {"offset": -1}):
        assert client.get(url, params=bad).status_code == 422


@pytest.mark.parametrize(
    "url", ["/countries/ZZ", "/countries/ZZ/partners", "/operations/operation:nope",
            "/organisations/organisation:nope", "/persons/person:nope", "/documents/nope",
            "/connections?source=country:RS&target=country:nope"],
)  # fmt: skip
def test_unknown_ids_are_404(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
