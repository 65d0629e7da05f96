"""Projections of the Neo4j graph into networkx, the form researchers analyse it in.

Node keys are the graph's deterministic entity ids (`country:RO`, `operation:<slug>`), so the
projections can be joined with each other and with the API; `name` and `iso2` ride along as
node attributes for labels. Every projection can be narrowed to one crime and a period by a
`graph.filters.Filters`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx
from neo4j import Driver

from ctgraph.graph import queries
from ctgraph.graph.analysis._cypher import read
from ctgraph.graph.filters import NO_FILTERS, Crime, Filters

COORDINATING_ROLES = ("coordinated", "led")


def cooperation_graph(
    driver: Driver,
    *,
    database: str | None = None,
    filters: Filters = NO_FILTERS,
) -> nx.Graph:
    """The weighted country co-investigation graph: an edge per pair of countries that took part
    in the same operations, `weight` the number of such operations.

    Edges are the stored CO_INVESTIGATED pairs, read by the query the API's export streams
    (`cypher/api/export_pairs.cypher`): each pair keeps its operations' years and crimes, so the
    filters apply without walking to the operations. Nodes are the countries that took part in
    an operation of the period, so countries with no partner in it stay in, isolated.
    """
    params = filters.params()
    graph = nx.Graph(kind="cooperation", **_graph_filters(params))
    names: dict[str, str] = {}
    for row in read(driver, "list_participations", database=database, **params):
        _add_country(graph, row["country"], row["country_name"], row["iso2"])
        graph.nodes[row["country"]]["operations"] += 1
        names[row["operation"]] = row["operation_name"]
    # One builder: the cooperation graph the API exports, with the same filters.
    pairs = queries.read(
        driver, "export_pairs", folder="api", database=database, country=None, **params
    )
    for row in pairs:
        graph.add_edge(
            row["source"],
            row["target"],
            weight=row["count"],
            operations=row["operations"],
            operation_names=[names.get(op, op) for op in row["operations"]],
            years=row["years"],
            crimes=row["crimes"],
        )
    return graph


def country_operation_graph(
    driver: Driver,
    *,
    database: str | None = None,
    filters: Filters = NO_FILTERS,
) -> nx.Graph:
    """The bipartite country–operation graph (`bipartite` 0: countries, 1: operations)."""
    params = filters.params()
    graph = nx.Graph(kind="country-operation", **_graph_filters(params))
    for row in read(driver, "list_participations", database=database, **params):
        graph.add_node(
            row["country"], kind="Country", name=row["country_name"], iso2=row["iso2"], bipartite=0
        )
        _add_operation(graph, row)
        graph.add_edge(row["country"], row["operation"])
    return graph


def organisation_operation_graph(
    driver: Driver,
    *,
    database: str | None = None,
    filters: Filters = NO_FILTERS,
) -> nx.Graph:
    """The bipartite organisation–operation graph; each edge keeps the organisation's `role`."""
    params = filters.params()
    graph = nx.Graph(kind="organisation-operation", **_graph_filters(params))
    for row in read(driver, "list_involvements", database=database, **params):
        graph.add_node(
            row["organisation"], kind="Organisation", name=row["organisation_name"], bipartite=0
        )
        _add_operation(graph, row)
        graph.add_edge(
            row["organisation"], row["operation"], role=row["role"], confidence=row["confidence"]
        )
    return graph


def coordination_graph(
    driver: Driver,
    *,
    database: str | None = None,
    roles: Iterable[str] = COORDINATING_ROLES,
    filters: Filters = NO_FILTERS,
) -> nx.DiGraph:
    """Who coordinates whom: organisation → country when the organisation coordinated (or led)
    an operation the country took part in; `weight` counts such operations."""
    params = filters.params()
    graph = nx.DiGraph(kind="coordination", **_graph_filters(params))
    for row in read(driver, "list_coordinations", database=database, roles=list(roles), **params):
        graph.add_node(row["organisation"], kind="Organisation", name=row["organisation_name"])
        _add_country(graph, row["country"], row["country_name"], row["iso2"])
        graph.add_edge(
            row["organisation"], row["country"], weight=row["count"], operations=row["operations"]
        )
    return graph


def route_graph(
    driver: Driver, *, crime: Crime | None = None, database: str | None = None
) -> nx.DiGraph:
    """The route graph: country → country along stated routes (which have a crime, no period).
    Parallel `ROUTE` relationships (different crime, purpose or kind) merge into one edge;
    `weight` counts their supporting documents, `routes` the relationships, and their attributes
    are kept as sorted lists."""
    crime = Filters(crime=crime).crime
    graph = nx.DiGraph(kind="route", crime=crime or "")
    for row in read(driver, "list_routes", database=database, crime=crime):
        _add_country(graph, row["source"], row["source_name"], row["source_iso2"])
        _add_country(graph, row["target"], row["target_name"], row["target_iso2"])
        if not graph.has_edge(row["source"], row["target"]):
            graph.add_edge(row["source"], row["target"], weight=0, routes=0, confidence=0.0)
            graph.edges[row["source"], row["target"]].update(crimes=[], purposes=[], kinds=[])
        edge = graph.edges[row["source"], row["target"]]
        edge["weight"] += max(row["documents"], 1)
        edge["routes"] += 1
        edge["confidence"] = max(edge["confidence"], row["confidence"])
        for key, field in (("crimes", "crime"), ("purposes", "purpose"), ("kinds", "kind")):
            value = row[field]
            if value is not None and value not in edge[key]:
                edge[key] = sorted([*edge[key], value])
    return graph


def _add_country(graph: nx.Graph, node: str, name: str | None, iso2: str | None) -> None:
    """Add a country node once, labelled by its ISO code when it has no name."""
    if node not in graph:
        graph.add_node(node, kind="Country", name=name or iso2 or node, iso2=iso2, operations=0)


def _add_operation(graph: nx.Graph, row: dict[str, Any]) -> None:
    """Add an operation node (the `bipartite` 1 side) from a query row."""
    graph.add_node(
        row["operation"],
        kind="Operation",
        name=row["operation_name"],
        year=row["year"],
        crime=row["crime"],
        named=bool(row["named"]),
        bipartite=1,
    )


def _graph_filters(params: dict[str, Any]) -> dict[str, Any]:
    """The filters as graph attributes, so an exported file says what it contains."""
    return {key: "" if value is None else value for key, value in params.items()}
