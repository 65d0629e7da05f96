"""The cooperation graph as researchers load it into Gephi: pairs weighted by a choice of count or
size-normalised weight, countries and pairs carrying their years as time intervals (GEXF
`spells`, Gephi's timeline), countries with no partner left out unless asked.

Size-normalised weight: an operation of n states adds 1/(n−1) to each of its pairs, so every
state's ties from one operation sum to 1 whatever its size; with counts, a 23-state operation
adds 22 ties of weight 1 to each of its states and such operations dominate degree and
betweenness centrality.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Literal

import networkx as nx
from neo4j import Driver

from ctgraph.graph.analysis._cypher import read
from ctgraph.graph.analysis.projections import cooperation_graph
from ctgraph.graph.exchange.spells import spells
from ctgraph.graph.filters import NO_FILTERS, Filters

__all__ = ["WEIGHTINGS", "Weighting", "size_weight", "spells", "timeline_graph"]

Weighting = Literal["count", "size"]
WEIGHTINGS: tuple[Weighting, ...] = ("count", "size")


def size_weight(operations: Iterable[str], states: dict[str, int]) -> float:
    """The size-normalised weight of a pair: the sum of 1/(n−1) over its shared operations."""
    return sum(1 / (states[op] - 1) for op in operations if states.get(op, 0) > 1)


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
    if weight not in WEIGHTINGS:
        raise ValueError(f"weight must be one of {', '.join(WEIGHTINGS)}, not {weight!r}")
    graph = cooperation_graph(driver, database=database, filters=filters)
    rows = read(driver, "list_participations", database=database, **filters.params())
    states: dict[str, set[str]] = defaultdict(set)
    country_years: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        states[row["operation"]].add(row["country"])
        if row["year"]:
            country_years[row["country"]].add(row["year"])
    sizes = {op: len(members) for op, members in states.items()}
    for _, _, attrs in graph.edges(data=True):
        attrs["weight_count"] = int(attrs["weight"])
        attrs["weight_size"] = round(size_weight(attrs["operations"], sizes), 6)
        attrs["weight"] = attrs[f"weight_{weight}"]
        attrs["spells"] = spells(attrs["years"])
    for node, attrs in graph.nodes(data=True):
        if country_years.get(node):
            attrs["spells"] = spells(country_years[node])
    if not isolated:
        graph.remove_nodes_from([n for n in list(graph.nodes) if graph.degree(n) == 0])
    graph.graph.update(weight=weight, isolated=isolated)
    return graph
