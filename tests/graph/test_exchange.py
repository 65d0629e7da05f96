"""Whole-graph exports: the Cypher dump loads into an empty Neo4j and gives the same graph back,
the GraphML reads in networkx with every node and edge, every FtM entity passes its schema."""

from __future__ import annotations

import io
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from analysis_seed import statements
from followthemoney import model
from graph_builders import wipe
from neo4j import Driver
from neo4j.time import DateTime

from ctgraph.graph.analysis import timeline_graph
from ctgraph.graph.exchange import cypher_script, ftm, pages
from ctgraph.graph.exchange.formats import Format, stream
from ctgraph.graph.exchange.weights import Participations
from ctgraph.graph.filters import Filters
from ctgraph.graph.read.exports import export_cooperation
from ctgraph.graph.read.stats import graph_stats
from ctgraph.ingest import ingest, jsonl_items

SAMPLE = Path(__file__).parents[1] / "fixtures" / "facts" / "sample.jsonl"
PAGE = 7  # small, so that the sample graph takes many pages


@pytest.fixture
def sample_graph(driver: Driver) -> Driver:
    """The sample facts, loaded afresh (the dump test wipes the graph)."""
    ingest(wipe(driver), jsonl_items([SAMPLE]))
    return driver


def text(driver: Driver, fmt: Format) -> str:
    return "".join(stream(driver, fmt, database=None, page=PAGE))


def snapshot(driver: Driver) -> tuple[Counter[Any], Counter[Any]]:
    """Every node (labels, properties) and relationship (type, ends, properties), as counters."""

    def key(props: dict[str, Any]) -> str:
        return json.dumps(props, sort_keys=True, default=str)

    nodes = Counter((n.labels, key(n.properties)) for n in pages.nodes(driver, database=None))
    rels = Counter((r.type, r.source, r.target, key(r.properties))
                   for r in pages.relationships(driver, database=None))  # fmt: skip
    return nodes, rels


def test_literals_escape_what_cypher_needs() -> None:
    assert cypher_script.literal("it's a \\ line\nbreak") == "'it\\'s a \\\\ line\\nbreak'"
    assert cypher_script.literal({"a`b": [1, 2.5, True, None]}) == "{`a``b`: [1, 2.5, true, null]}"
    assert cypher_script.literal(math.inf) == "1.0 / 0.0"
    assert cypher_script.literal("\x01") == "'\\u0001'"


@pytest.mark.neo4j
def test_cypher_dump_loads_into_an_empty_graph_and_gives_it_back(sample_graph: Driver) -> None:
    before_stats, before = graph_stats(sample_graph, database="neo4j"), snapshot(sample_graph)
    dump = text(sample_graph, Format.cypher)
    wipe(sample_graph)
    for statement in statements(dump):
        sample_graph.execute_query(statement)
    assert graph_stats(sample_graph, database="neo4j") == before_stats
    assert snapshot(sample_graph) == before
    assert before_stats["nodes"]["Document"] > 0 and before_stats["relationships"]["MENTIONS"] > 0


@pytest.mark.neo4j
def test_dump_keeps_temporal_values(sample_graph: Driver) -> None:
    doc = next(n for n in pages.nodes(sample_graph, database=None) if n.kind == "Document")
    assert isinstance(doc.properties["loaded_at"], DateTime)
    assert "datetime('" in text(sample_graph, Format.cypher)


@pytest.mark.neo4j
def test_graphml_has_every_node_and_edge(sample_graph: Driver) -> None:
    stats = graph_stats(sample_graph, database="neo4j")
    read = nx.read_graphml(io.BytesIO(text(sample_graph, Format.graphml).encode()))
    labels = Counter(label for _, d in read.nodes(data=True) for label in d["labels"].split(":"))
    assert {k: labels[k] for k in stats["nodes"]} == stats["nodes"]
    types = Counter(d["label"] for _, _, d in read.edges(data=True))
    assert {k: types[k] for k in stats["relationships"]} == stats["relationships"]
    country = read.nodes["country:RS"]
    assert country["name"] == "Serbia" and country["iso2"] == "RS"


@pytest.mark.neo4j
def test_every_ftm_entity_passes_its_schema(sample_graph: Driver) -> None:
    entities = [json.loads(line) for line in text(sample_graph, Format.ftm).splitlines()]
    by_id = {e["id"]: e for e in entities}
    assert len(by_id) == len(entities)
    for data in entities:
        schema = model.get(data["schema"])
        assert schema is not None
        schema.validate(data)
        assert set(schema.required) <= set(data["properties"]), data
        assert model.get_proxy(data, cleaned=False).to_dict() == data  # nothing dropped
        for name, values in data["properties"].items():
            prop = schema.get(name)
            if prop is not None and prop.range is not None and prop.type.name == "entity":
                assert all(by_id[v]["schema"] in {s.name for s in prop.range.descendants} | {prop.range.name}
                           for v in values), (data, name)  # fmt: skip
    schemas = Counter(e["schema"] for e in entities)
    stats = graph_stats(sample_graph, database="neo4j")
    assert schemas["PublicBody"] == stats["nodes"]["Country"]
    assert schemas["Project"] == stats["nodes"]["Operation"]
    participants = schemas["ProjectParticipant"]
    assert (
        participants
        == stats["relationships"]["PARTICIPATED_IN"] + stats["relationships"]["INVOLVED_IN"]
    )
    link = next(e for e in entities if e["schema"] == "ProjectParticipant")
    assert link["properties"]["description"][0].startswith("[")


@pytest.mark.neo4j
def test_ftm_facts_lead_to_their_documents(sample_graph: Driver) -> None:
    entities = [json.loads(line) for line in text(sample_graph, Format.ftm).splitlines()]
    by_id = {e["id"]: e for e in entities}
    schemas = Counter(e["schema"] for e in entities)
    stats = graph_stats(sample_graph, database="neo4j")
    assert schemas["Document"] == stats["nodes"]["Document"] > 0
    assert schemas["Mention"] > 0
    links = [e for e in entities if e["schema"] in {"ProjectParticipant", "Membership"}]
    for link in links:  # every fact names the documents it comes from, and they are exported
        assert link["properties"]["proof"], link
        assert {by_id[d]["schema"] for d in link["properties"]["proof"]} == {"Document"}
    mentions = [e for e in entities if e["schema"] in {"Mention", "Documentation"}]
    nodes = {schema for schema, _ in ftm.mapping().nodes.values()}
    entity_ids = {e["id"] for e in entities if e["schema"] in nodes}
    mentioned = {
        (m["properties"].get("resolved") or m["properties"]["entity"])[0] for m in mentions
    }
    assert mentioned == entity_ids  # every entity leads to the documents that name it
    for mention in mentions:
        props = mention["properties"]
        (doc,), (entity,) = props["document"], props.get("resolved") or props["entity"]
        assert by_id[doc]["schema"] == "Document" and entity in by_id


def test_ftm_ids_are_readable_and_safe() -> None:
    assert ftm.entity_id("operation:kanis-2009") == "ctgraph-operation-kanis-2009"
    assert ftm.entity_id("country:RS") == "ctgraph-country-rs"


@pytest.mark.neo4j
def test_api_gexf_is_dynamic_and_leaves_isolated_countries_out(sample_graph: Driver) -> None:
    body = b"".join(export_cooperation(sample_graph, "gexf", database="neo4j"))
    graph = nx.read_gexf(io.BytesIO(body))
    assert graph.graph["mode"] == "dynamic" and graph.number_of_edges() > 0
    assert all(graph.degree(n) > 0 for n in graph)
    spells = [s for _, _, d in graph.edges(data=True) for s in d.get("spells", [])]
    assert spells and all(1900 < start <= end < 2100 for start, end in spells)


@pytest.mark.neo4j
@pytest.mark.parametrize("weight", ["count", "size"])
@pytest.mark.parametrize("isolated", [False, True])
@pytest.mark.parametrize("crime", [None, "human trafficking"])
def test_api_gexf_weighs_and_keeps_countries_as_the_cli_export_does(
    sample_graph: Driver, weight: str, isolated: bool, crime: str | None
) -> None:
    lone = "CREATE (:Entity:Country {id: 'country:IS', iso2: 'IS', name: 'Iceland'})"
    lone += "-[:PARTICIPATED_IN]->(:Entity:Operation {id: 'operation:northwind', year: 2016, "
    lone += "crime: 'human trafficking', name: 'Northwind'})"
    sample_graph.execute_query(lone)  # a country alone in its operation: a partner of no one
    filters = Filters(crime=crime)
    body = b"".join(export_cooperation(sample_graph, "gexf", filters, database="neo4j",
                                       weight=weight, isolated=isolated))  # fmt: skip
    api = nx.read_gexf(io.BytesIO(body))
    cli = timeline_graph(sample_graph, database="neo4j", filters=filters, weight=weight,  # type: ignore[arg-type]
                         isolated=isolated)  # fmt: skip
    assert set(api.nodes) == set(cli.nodes)
    weights = {frozenset(e): d["weight"] for *e, d in api.edges(data=True)}
    assert weights == pytest.approx({frozenset(e): d["weight"] for *e, d in cli.edges(data=True)})
    assert ("country:IS" in api) == isolated and all(api.degree(n) > 0 or isolated for n in api)
    for _, _, attrs in api.edges(data=True):
        assert attrs["weight"] == attrs[f"weight_{weight}"]
        assert attrs["weight_size"] <= attrs["weight_count"]


def test_size_weights_give_an_operation_one_unit_per_state() -> None:
    rows = [{"operation": op, "country": c} for op, n in (("big", 23), ("pair", 2))
            for c in range(n)]  # fmt: skip
    participations = Participations.of(rows)
    assert participations.states == {"big": 23, "pair": 2}
    assert participations.weights(["big", "pair"]) == {"count": 2, "size": round(1 / 22 + 1, 6)}
    assert participations.weights(["gone"]) == {"count": 1, "size": 0}
