"""Centrality and community summaries of a projection, as plain rows researchers can sort.

Pure networkx: nothing here touches Neo4j, so it is tested on small hand-made graphs.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

import networkx as nx

from ctgraph.graph.errors import GraphError

DEFAULT_SEED = 7


class AnalysisError(GraphError):
    """A network measure could not be computed (e.g. eigenvector centrality did not converge)."""


@dataclass(frozen=True, slots=True)
class Centrality:
    """One node's centralities. `degree` counts partners, `strength` sums edge weights."""

    node: Hashable
    name: str
    degree: int
    strength: float
    degree_centrality: float
    betweenness: float
    eigenvector: float


def centrality_table(graph: nx.Graph, *, weight: str | None = "weight") -> list[Centrality]:
    """Degree, betweenness and eigenvector centrality of every node, most between first.

    Betweenness counts hops (unweighted): in a cooperation graph a heavy edge means *closer*,
    while networkx reads weights as distances, so weighting would invert the meaning.
    Eigenvector centrality uses the weights (repeated cooperation counts more).
    """
    if graph.number_of_nodes() == 0:
        return []
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    degree = nx.degree_centrality(graph)
    betweenness = nx.betweenness_centrality(graph, normalized=True)
    eigenvector = _eigenvector(undirected, weight=weight)
    rows = [
        Centrality(
            node=node,
            name=node_label(graph, node),
            degree=int(undirected.degree(node)),
            strength=float(undirected.degree(node, weight=weight)),
            degree_centrality=degree[node],
            betweenness=betweenness[node],
            eigenvector=eigenvector[node],
        )
        for node in graph.nodes
    ]
    return sorted(rows, key=lambda r: (-r.betweenness, -r.eigenvector, -r.degree, r.name))


def _eigenvector(graph: nx.Graph, *, weight: str | None) -> dict[Hashable, float]:
    """Eigenvector centrality; on an edgeless graph every node scores 0 (the measure is void)."""
    if graph.number_of_edges() == 0:
        return dict.fromkeys(graph.nodes, 0.0)
    try:
        result: dict[Hashable, float] = nx.eigenvector_centrality(
            graph, max_iter=1000, tol=1e-9, weight=weight
        )
    except nx.PowerIterationFailedConvergence as e:
        raise AnalysisError(
            "eigenvector centrality did not converge; try weight=None or a connected subgraph"
        ) from e
    return result


def communities(
    graph: nx.Graph, *, seed: int = DEFAULT_SEED, weight: str | None = "weight"
) -> list[frozenset[Hashable]]:
    """Louvain communities with a fixed seed (reproducible), largest first, then by first member.

    Isolated nodes form communities of one; a directed graph is read as undirected.
    """
    if graph.number_of_nodes() == 0:
        return []
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    found = nx.community.louvain_communities(undirected, weight=weight, seed=seed)
    return sorted(
        (frozenset(c) for c in found), key=lambda c: (-len(c), sorted(str(n) for n in c)[0])
    )


def membership(groups: list[frozenset[Hashable]]) -> dict[Hashable, int]:
    """Node → index of its community in `groups` (0 is the largest)."""
    return {node: index for index, group in enumerate(groups) for node in group}


def with_metrics(
    graph: nx.Graph, *, seed: int = DEFAULT_SEED, weight: str | None = "weight"
) -> nx.Graph:
    """A copy of the graph whose nodes carry `degree`, `betweenness`, `eigenvector` and
    `community`, so an export opened in Gephi can be sized and coloured without recomputing."""
    annotated = graph.copy()
    for row in centrality_table(graph, weight=weight):
        annotated.nodes[row.node].update(
            degree=row.degree, betweenness=row.betweenness, eigenvector=row.eigenvector
        )
    for node, index in membership(communities(graph, seed=seed, weight=weight)).items():
        annotated.nodes[node]["community"] = index
    return annotated


def community_labels(graph: nx.Graph, groups: list[frozenset[Hashable]]) -> list[str]:
    """Each community as a readable line: its members' ISO codes or names, sorted."""
    return [", ".join(sorted(node_label(graph, n) for n in group)) for group in groups]


def node_label(graph: nx.Graph, node: Hashable) -> str:
    """A short label: a country's ISO code, else the entity's name, else its id."""
    attrs = graph.nodes[node]
    return str(attrs.get("iso2") or attrs.get("name") or node)
