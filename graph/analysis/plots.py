"""Figures for the notebooks: the network drawn with labels, bars and timelines.

Every function draws on an `Axes` it is given and returns it, so a notebook owns its figures
and the tests can draw on the non-interactive Agg backend.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import networkx as nx
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ctgraph.graph.analysis.metrics import DEFAULT_SEED, Centrality, node_label
from ctgraph.graph.analysis.tables import CountryTimeline, YearCrime

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")
SMALL = 5  # nodes: a graph or component smaller than this is drawn at its own size, centred
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
    pos = layout(graph, seed=seed)
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
    nx.draw_networkx_labels(
        graph, pos, labels=labels, ax=ax, font_size=9,
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
    )  # fmt: skip
    if len(graph) < SMALL:  # else the drawing fills the panel (stretched: more room)
        _frame(ax, pos.values())
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    return ax


def _frame(ax: Axes, points: Collection[tuple[float, float]]) -> None:
    """Axis limits at least one layout box wide and high around the drawing, so that a small
    graph (two states) stays small in the middle, not stretched from corner to corner."""
    xs, ys = zip(*points, strict=True) if points else ((0.0,), (0.0,))
    for low, high, setter in ((min(xs), max(xs), ax.set_xlim), (min(ys), max(ys), ax.set_ylim)):
        half = max((high - low) / 2, 0.5) * 1.15
        setter((low + high) / 2 - half, (low + high) / 2 + half)


def layout(graph: nx.Graph, *, seed: int = DEFAULT_SEED) -> dict[Hashable, Any]:
    """Seeded node positions spread wide enough for labels. Each connected component is laid
    out alone (a spring layout with about twice networkx's default spacing) in a box of its
    own, side by side and largest first, so small components are not squeezed into a corner."""
    parts = sorted(
        nx.connected_components(graph.to_undirected(as_view=True)), key=lambda c: -len(c)
    )
    total = max(len(graph), 1)
    pos: dict[Hashable, Any] = {}
    left = 0.0
    for part in parts:
        sub = graph.subgraph(part)
        width = max(0.25, (len(part) / total) ** 0.5)
        if len(part) == 1:
            placed = {next(iter(part)): (0.0, 0.0)}
        else:
            spacing = 2.2 / len(part) ** 0.5
            placed = nx.spring_layout(sub, seed=seed, weight="weight", k=spacing, iterations=300)
        extent = min(1.0, 0.3 + 0.7 * len(part) / SMALL)  # a pair short, a big part the box
        for node, (x, y) in placed.items():
            pos[node] = (left + width * (extent * float(x) + 1) / 2, width * extent * float(y) / 2)
        left += width * 1.15
    return pos


def year_ticks(ax: Axes, years: Sequence[int], *, most: int = 12) -> None:
    """Year labels on the x axis that never run together: at most `most`, every k-th year."""
    if not years:
        return
    step = max(1, -(-(max(years) - min(years) + 1) // most))
    shown = list(range(min(years), max(years) + 1, step))
    ax.set_xticks(shown, [str(y) for y in shown])
    ax.tick_params(axis="x", labelrotation=45 if len(shown) > 8 else 0)


def grid(count: int, *, columns: int = 3, size: float = 4.5) -> tuple[Figure, list[Axes]]:
    """A figure of `count` square panels in rows of at most `columns` (never wider than
    `columns * size` inches), and its axes in reading order; unused panels are hidden."""
    cols = max(1, min(columns, count))
    rows = max(1, -(-count // cols))
    figure, axes = plt.subplots(rows, cols, figsize=(cols * size, rows * size), squeeze=False)
    flat = [ax for row in axes for ax in row]
    for ax in flat[count:]:
        ax.set_axis_off()
    return figure, flat[:count]


def save(figure: Figure, path: Path) -> Path:
    """The figure as a PNG at 100 dpi (what the docs and the notebooks' outputs/ hold)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100, bbox_inches="tight")
    return path


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
    year_ticks(ax, years)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
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
    year_ticks(ax, sorted({y for r in dated for y in r.years}))
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
