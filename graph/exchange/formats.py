"""The three whole-graph formats, each a stream of text read from Neo4j page by page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from neo4j import Driver

from ctgraph.graph.exchange import cypher_script, ftm, graphml, pages
from ctgraph.graph.model import Model


class Format(StrEnum):
    """What `ctgraph export` and `GET /exports/graph.*` write."""

    cypher = "cypher"
    graphml = "graphml"
    ftm = "ftm"


@dataclass(frozen=True, slots=True)
class FileType:
    """How a format is served and saved."""

    media_type: str
    filename: str


FILES = {
    Format.cypher: FileType("application/x-cypher-query; charset=utf-8", "ctgraph-graph.cypher"),
    Format.graphml: FileType("application/graphml+xml", "ctgraph-graph.graphml"),
    Format.ftm: FileType("application/x-ndjson", "ctgraph-entities.ftm.jsonl"),
}


def stream(
    driver: Driver,
    fmt: Format,
    *,
    database: str | None,
    page: int = pages.PAGE,
    graph_model: Model | None = None,
) -> Iterator[str]:
    """The whole graph in `fmt`, piece by piece; the Cypher script's schema and the FtM mapping
    are those `graph_model` declares (`model()` unless given)."""
    nodes = pages.nodes(driver, database=database, page=page)
    rels = pages.relationships(driver, database=database, page=page)
    if fmt is Format.cypher:
        return cypher_script.script(nodes, rels, graph_model=graph_model)
    if fmt is Format.graphml:
        types = pages.property_types(driver, database=database)
        return graphml.document(types, nodes, rels)
    return ftm.lines(nodes, rels, graph_model=graph_model)
