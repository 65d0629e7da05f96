"""The cooperation graph (countries and CO_INVESTIGATED pairs) as networkx, GraphML, GEXF or CSV."""

from __future__ import annotations

import csv
import io

import networkx as nx
from neo4j import Driver

from graph.read import read

CSV_COLUMNS = ("source", "target", "source_iso2", "target_iso2", "count", "years", "crimes")


def cooperation_graph(driver: Driver, *, database: str) -> nx.Graph:
    """Countries as nodes and co-investigation pairs as weighted edges (list values joined by ';')."""
    row = read(driver, "export_cooperation", database=database)[0]
    graph = nx.Graph(name="ctgraph cooperation")
    for c in row["countries"]:
        graph.add_node(c["id"], iso2=c["iso2"] or "", name=c["name"] or "", label=c["name"] or "")
    for p in row["pairs"]:
        graph.add_edge(
            p["source"],
            p["target"],
            weight=int(p["count"] or 0),
            years=";".join(str(y) for y in p["years"]),
            crimes=";".join(p["crimes"]),
            operations=";".join(p["operations"]),
        )
    return graph


def to_graphml(graph: nx.Graph) -> bytes:
    """The graph as GraphML."""
    return "\n".join(nx.generate_graphml(graph)).encode()


def to_gexf(graph: nx.Graph) -> bytes:
    """The graph as GEXF 1.2."""
    return "\n".join(nx.generate_gexf(graph)).encode()


def to_csv(graph: nx.Graph) -> bytes:
    """The graph's edges as CSV, one pair per line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for a, b, data in sorted(graph.edges(data=True)):
        row = (a, b, graph.nodes[a]["iso2"], graph.nodes[b]["iso2"], data["weight"])
        writer.writerow((*row, data["years"], data["crimes"]))
    return out.getvalue().encode()
