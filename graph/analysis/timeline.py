"""The cooperation graph as researchers load it into Gephi: pairs weighted by a choice of count or
size-normalised weight (`graph.exchange.weights`, shared with the API's GEXF), countries and
pairs carrying their years as time intervals (GEXF `spells`, Gephi's timeline), countries with
no partner left out unless asked.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from neo4j import Driver

from ctgraph.graph.analysis._cypher import read
from ctgraph.graph.analysis.projections import cooperation_graph
from ctgraph.graph.exchange.spells import spells
from ctgraph.graph.exchange.weights import (
    WEIGHTINGS,
    Participations,
    Weighting,
    checked,
    size_weight,
)
from ctgraph.graph.filters import NO_FILTERS, Filters

__all__ = ["WEIGHTINGS", "Weighting", "size_weight", "spells", "timeline_graph"]


def timeline_graph(
    driver: Driver,
    *,
    database: str | None = None,
    filters: Filters = NO_FILTERS,
    weight: Weighting = "count",
    isolated: bool = False,
) -> nx.Graph:
    """The cooperation graph with `weight` the chosen weighting (`weight_count` and
    `weight_size` both kept), `spells` on countries (the years of their operations) and pairs
    (the years of their shared operations); countries with no partner only if `isolated`."""
    weight = checked(weight)
    graph = cooperation_graph(driver, database=database, filters=filters)
    rows = read(driver, "list_participations", database=database, **filters.params())
    participations = Participations.of(rows)
    country_years: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        if row["year"]:
            country_years[row["country"]].add(row["year"])
    for _, _, attrs in graph.edges(data=True):
        weights = participations.weights(attrs["operations"])
        attrs["weight_count"], attrs["weight_size"] = int(weights["count"]), weights["size"]
        attrs["weight"] = attrs[f"weight_{weight}"]
        attrs["spells"] = spells(attrs["years"])
    for node, attrs in graph.nodes(data=True):
        if country_years.get(node):
            attrs["spells"] = spells(country_years[node])
    if not isolated:
        graph.remove_nodes_from([n for n in list(graph.nodes) if graph.degree(n) == 0])
    graph.graph.update(weight=weight, isolated=isolated)
    return graph
