"""Cooperation over time, per crime: the cooperation graph of each period of a few years, its
Louvain communities, a table of how the network changed and figures of it."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import networkx as nx
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from neo4j import Driver

from ctgraph.graph.analysis.metrics import DEFAULT_SEED, communities, community_labels, membership
from ctgraph.graph.analysis.plots import draw_network, grid
from ctgraph.graph.analysis.projections import cooperation_graph
from ctgraph.graph.analysis.tables import operations_by_year
from ctgraph.graph.filters import Crime, Filters

CRIMES: tuple[Crime, ...] = ("human trafficking", "migrant smuggling")


@dataclass(frozen=True)
class Period:
    """One crime's cooperation graph over the years `year_from`..`year_to`, and its communities."""

    crime: str
    year_from: int
    year_to: int
    graph: nx.Graph
    groups: list[frozenset[Hashable]]

    @property
    def label(self) -> str:
        """The years, e.g. `2008–2009`."""
        if self.year_from == self.year_to:
            return str(self.year_from)
        return f"{self.year_from}–{self.year_to}"


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """A period as a table row: how many states, pairs and communities, and who grouped with whom."""

    crime: str
    period: str
    states: int
    pairs: int
    communities: int
    groups: str


def windows(years: Sequence[int], *, span: int) -> list[tuple[int, int]]:
    """Consecutive periods of `span` years covering the years, from the first one."""
    if not years:
        return []
    first, last = min(years), max(years)
    return [(start, min(start + span - 1, last)) for start in range(first, last + 1, span)]


def periods(
    driver: Driver,
    *,
    database: str | None = None,
    crimes: Sequence[Crime] = CRIMES,
    span: int = 2,
    seed: int = DEFAULT_SEED,
) -> list[Period]:
    """Every (crime, period) whose cooperation graph has at least one pair of states."""
    years = [r.year for r in operations_by_year(driver, database=database) if r.year is not None]
    found = []
    for crime in crimes:
        for year_from, year_to in windows(years, span=span):
            period = Filters(crime=crime, year_from=year_from, year_to=year_to)
            graph = cooperation_graph(driver, database=database, filters=period)
            graph.remove_nodes_from([n for n, degree in graph.degree if degree == 0])
            if graph.number_of_edges():
                groups = communities(graph, seed=seed)
                found.append(Period(crime, year_from, year_to, graph, groups))
    return found


def period_table(found: Sequence[Period]) -> list[PeriodRow]:
    """One row per period: states with a partner, pairs, communities and their members."""
    return [
        PeriodRow(
            p.crime,
            p.label,
            p.graph.number_of_nodes(),
            p.graph.number_of_edges(),
            len(p.groups),
            " | ".join(community_labels(p.graph, p.groups)),
        )
        for p in found
    ]


def draw_periods(
    found: Sequence[Period],
    *,
    figure: Figure | None = None,
    seed: int = DEFAULT_SEED,
    columns: int = 3,
) -> Figure:
    """The networks of every crime and period, coloured by community, in rows of at most
    `columns` panels (so the figure stays a page wide however many periods there are); on
    `figure` if given (its size is then the caller's), else on a new one."""
    if figure is None:
        figure, axes = grid(len(found), columns=columns)
    else:
        cols = max(1, min(columns, len(found)))
        rows = max(1, -(-len(found) // cols))
        flat = [ax for row in figure.subplots(rows, cols, squeeze=False) for ax in row]
        for ax in flat[len(found) :]:
            ax.set_axis_off()
        axes = flat[: len(found)]
    for ax, p in zip(axes, found, strict=True):
        found_text = "1 community" if len(p.groups) == 1 else f"{len(p.groups)} communities"
        title = f"{p.crime}, {p.label}: {found_text}"
        draw_network(p.graph, ax=ax, groups=membership(p.groups), seed=seed, title=title)
    return figure


def plot_period_counts(rows: Sequence[PeriodRow], *, ax: Axes) -> Axes:
    """States, pairs and communities per period, one line style per crime."""
    for crime in dict.fromkeys(r.crime for r in rows):
        mine = [r for r in rows if r.crime == crime]
        labels = [r.period for r in mine]
        ax.plot(labels, [r.states for r in mine], marker="o", label=f"{crime}: states")
        ax.plot(labels, [r.pairs for r in mine], marker="s", label=f"{crime}: pairs")
        ax.plot(labels, [r.communities for r in mine], marker="^", label=f"{crime}: communities")
    ax.set_xlabel("period")
    ax.legend(fontsize=8)
    return ax
