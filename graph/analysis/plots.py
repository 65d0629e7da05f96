"""Figures for the notebooks: the network drawn with labels, bars and timelines.

Every function draws on an `Axes` it is given and returns it, so a notebook owns its figures
and the tests can draw on the non-interactive Agg backend.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

import networkx as nx
from matplotlib.axes import Axes

from ctgraph.graph.analysis.metrics import DEFAULT_SEED, Centrality, node_label
from ctgraph.graph.analysis.tables import CountryTimeline, YearCrime

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")
KIND_COLOURS = {"Country": "#1f77b4", "Organisation": "#d62728", "Operation": "#bbbbbb"}


def draw_network(
    graph: nx.Graph,
    *,
    ax: Axes,
    sizes: Mapping[Hashable, float] | None = None,
    groups: Mapping[Hashable, int] | None = None,
    seed: int = DEFAULT_SEED,
    title: str | None = None,
) -> Axes:
    """Draw the graph with labels: node area from `sizes` (scaled), colour from `groups`
    (community index; else by node kind), edge width from `weight`. The layout is seeded."""
    pos = nx.spring_layout(graph, seed=seed, weight="weight", k=1.5 / max(len(graph), 1) ** 0.5)
    nodes = list(graph.nodes)
    top = max([*(sizes or {}).values(), 1e-9])
    area = [300 + 2200 * (sizes or {}).get(n, 0.0) / top for n in nodes]
    colour = [
        PALETTE[groups[n] % len(PALETTE)]
        if groups and n in groups
        else KIND_COLOURS.get(graph.nodes[n].get("kind", ""), "#777777")
        for n in nodes
    ]
    widths = [0.8 + 1.2 * float(w) for _, _, w in graph.edges(data="weight", default=1)]
    nx.draw_networkx_edges(
        graph,
        pos,
        ax=ax,
        nodelist=nodes,
        node_size=area,
        width=widths,
        alpha=0.45,
        arrows=graph.is_directed(),
        arrowsize=16 if graph.is_directed() else 10,  # 10: the default, no warning
    )
    nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=nodes, node_size=area, node_color=colour)
    labels = {n: node_label(graph, n) for n in nodes}
    nx.draw_networkx_labels(graph, pos, labels=labels, ax=ax, font_size=9)
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    return ax


def plot_centrality(rows: Sequence[Centrality], *, ax: Axes, top: int = 10) -> Axes:
    """Horizontal bars of betweenness and eigenvector centrality for the `top` nodes."""
    shown = list(rows[:top])[::-1]
    y = range(len(shown))
    ax.barh([i - 0.2 for i in y], [r.betweenness for r in shown], height=0.4, label="betweenness")
    ax.barh([i + 0.2 for i in y], [r.eigenvector for r in shown], height=0.4, label="eigenvector")
    ax.set_yticks(list(y), [r.name for r in shown])
    ax.set_xlabel("centrality")
    ax.legend(loc="lower right")
    return ax


def plot_operations_per_year(rows: Sequence[YearCrime], *, ax: Axes) -> Axes:
    """Stacked bars: operations per year, one colour per crime type (unknown years omitted)."""
    years = sorted({r.year for r in rows if r.year is not None})
    crimes = sorted({r.crime for r in rows})
    bottom = [0] * len(years)
    for index, crime in enumerate(crimes):
        counts = {r.year: r.operations for r in rows if r.crime == crime}
        heights = [counts.get(year, 0) for year in years]
        ax.bar(years, heights, bottom=bottom, label=crime, color=PALETTE[index % len(PALETTE)])
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_xticks(years, [str(y) for y in years])
    ax.set_ylabel("operations")
    ax.legend(title="crime")
    return ax


def plot_timeline(rows: Sequence[CountryTimeline], *, ax: Axes) -> Axes:
    """Which states joined when: a dot per year of participation, the first year filled."""
    dated = [r for r in rows if r.years][::-1]
    for index, row in enumerate(dated):
        ax.scatter(row.years, [index] * len(row.years), facecolors="none", edgecolors="#1f77b4")
        ax.scatter(row.years[:1], [index], color="#1f77b4")
    ax.set_yticks(range(len(dated)), [f"{r.iso2} {r.name}" for r in dated])
    years = sorted({y for r in dated for y in r.years})
    ax.set_xticks(years, [str(y) for y in years])
    ax.set_xlabel("year (filled: first operation)")
    return ax


def draw_bipartite(graph: nx.Graph, *, ax: Axes, title: str | None = None) -> Axes:
    """A two-column drawing of a bipartite or organisation → country graph: sources (nodes
    without incoming edges, or `bipartite` 0) on the left, the rest on the right, each column
    sorted by label, labels outside the columns so long operation names stay readable."""
    directed = graph.is_directed()
    left = {
        n
        for n, attrs in graph.nodes(data=True)
        if attrs.get("bipartite") == 0 or (directed and graph.in_degree(n) == 0)
    }
    pos: dict[Hashable, tuple[float, float]] = {}
    for x, column in ((0.0, left), (1.0, set(graph.nodes) - left)):
        ordered = sorted(column, key=lambda n: node_label(graph, n))
        for index, node in enumerate(ordered):
            pos[node] = (x, 1.0 - index / max(len(ordered) - 1, 1))
    colour = [KIND_COLOURS.get(graph.nodes[n].get("kind", ""), "#777777") for n in graph.nodes]
    widths = [0.8 + float(w) for _, _, w in graph.edges(data="weight", default=1)]
    nx.draw_networkx_edges(
        graph,
        pos,
        ax=ax,
        node_size=250,
        width=widths,
        alpha=0.4,
        arrows=directed,
        arrowsize=12 if directed else 10,
    )
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=colour, node_size=250)
    for node, (x, y) in pos.items():
        side = "right" if x == 0.0 else "left"
        offset = -0.04 if x == 0.0 else 0.04
        ax.text(x + offset, y, node_label(graph, node), ha=side, va="center", fontsize=8)
    ax.set_xlim(-0.6, 1.6)
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    return ax
