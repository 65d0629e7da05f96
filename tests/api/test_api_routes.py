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
    assert all(p["country_a"]["iso2"] < p["country_b"]["iso2"] for p in pairs["items"])
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
            "/connections?source=country:RS&target=country:nope", "/operations?country=Atlantis",
            "/co-investigations?organisation=nope"],
)  # fmt: skip
def test_unknown_ids_are_404(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert (
        "nope" in response.json()["detail"]
        or "ZZ" in response.json()["detail"]
        or ("Atlantis" in response.json()["detail"])
    )


def test_one_rule_for_ids(client: TestClient) -> None:
    by_code = client.get("/connections", params={"source": "rs", "target": "HU"}).json()
    by_id = client.get("/connections", params={"source": "country:RS", "target": "country:HU"})
    assert by_code == by_id.json() and by_code["source"] == "country:RS"
    assert client.get("/countries/country:RS").json()["iso2"] == "RS"
    assert (
        client.get("/operations", params={"country": "country:RS"}).json()["total"]
        == (client.get("/operations", params={"country": "rs"}).json()["total"])
    )
    # documents have no prefix, in the data and in the examples
    assert not any(
        d["id"].startswith("document:") for d in client.get("/documents").json()["items"]
    )
    schema = client.get("/openapi.json").json()
    assert '"document:' not in str(schema).replace("'", '"')


def test_one_shape_per_entity(client: TestClient) -> None:
    op = next(o for o in client.get("/operations").json()["items"] if o["id"] == OP)
    assert {"id": "country:RS", "iso2": "RS", "name": "Serbia"} in op["countries"]
    jane = next(
        p for p in client.get("/persons").json()["items"] if p["id"] == "person:api-jane-doe"
    )
    assert jane["organisations"] == [{"id": "organisation:api-selec", "name": "SELEC"}]


def test_pages_link_to_their_neighbours(client: TestClient) -> None:
    first = client.get("/operations", params={"limit": 1, "country": "RS"})
    body = first.json()
    assert body["prev"] is None and body["next"] == "/operations?limit=1&country=RS&offset=1"
    assert first.headers["link"] == f'<{body["next"]}>; rel="next"'
    second = client.get(body["next"])
    assert second.json()["prev"] == "/operations?limit=1&country=RS&offset=0"
    assert 'rel="prev"' in second.headers["link"]
    last = client.get("/operations", params={"limit": 500}).json()
    assert last["next"] is None and last["prev"] is None


def test_search_pages(client: TestClient) -> None:
    whole = client.get("/search", params={"q": "serbia hungary", "limit": 100}).json()
    assert whole["total"] == len(whole["items"]) >= 2
    second = client.get("/search", params={"q": "serbia hungary", "limit": 1, "offset": 1}).json()
    assert second["items"] == whole["items"][1:2] and second["total"] == whole["total"]
    assert second["prev"] is not None


def test_reversed_periods_are_422(client: TestClient) -> None:
    for url in ("/operations", "/co-investigations", "/countries/RS/partners"):
        response = client.get(url, params={"year_from": 2017, "year_to": 2015})
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"] == ["query", "year_from"]


def test_documents_loaded_since(client: TestClient) -> None:
    everything = client.get("/documents", params={"limit": 500}).json()
    stamps = sorted(d["loaded_at"] for d in everything["items"])
    assert (
        client.get("/documents", params={"loaded_since": "2000-01-01T00:00:00Z"}).json()["total"]
        == everything["total"]
    )
    assert (
        client.get("/documents", params={"loaded_since": "2999-01-01T00:00:00+02:00"}).json()[
            "total"
        ]
        == 0
    )
    latest = client.get("/documents", params={"loaded_since": stamps[-1][:19] + "Z"}).json()
    assert 1 <= latest["total"] <= everything["total"]
    for odd in ("0117-03-08T17:05:44.2-20:01", "0001-01-01T00:00:00+14:00"):  # Neo4j refuses these
        assert (
            client.get("/documents", params={"loaded_since": odd}).json()["total"]
            == (everything["total"])
        )
    for bad in ("0.5", "2026-11-23", "2026-02-30T00:00:00Z", "yesterday"):
        assert client.get("/documents", params={"loaded_since": bad}).status_code == 422


@pytest.mark.parametrize("country", [None, "RS"])
def test_operations_are_newest_first_then_by_id_and_pages_tile(
    client: TestClient, country: str | None
) -> None:
    """Read from the index on Operation(year, id) in its order; unknown years come last."""
    params = {"limit": 500} | ({"country": country} if country else {})
    whole = client.get("/operations", params=params).json()
    items = whole["items"]
    assert whole["total"] == len(items) >= 2
    keys = [(-(o["year"] or 0), o["id"]) for o in items]
    assert keys == sorted(keys)
    paged = [
        o
        for offset in range(0, len(items), 2)
        for o in client.get("/operations", params=params | {"limit": 2, "offset": offset}).json()[
            "items"
        ]
    ]
    assert paged == items
