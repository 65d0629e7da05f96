"""graph.analysis: measures on small hand-made graphs with known answers (pure networkx), and
the projections against the real Neo4j seeded with tests/fixtures/analysis_seed.cypher."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import matplotlib
import networkx as nx
import pytest
from analysis_seed import load_seed
from neo4j import Driver

import ctgraph.graph.analysis as ga
from ctgraph.graph import queries
from ctgraph.graph.analysis import plots, timeline
from ctgraph.graph.errors import QueryError

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def by_node(rows: list[ga.Centrality]) -> dict[object, ga.Centrality]:
    return {row.node: row for row in rows}


def two_triangles() -> nx.Graph:
    """Triangles a-b-c and d-e-f joined by the bridge c-d."""
    return nx.Graph(
        [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("d", "e"), ("e", "f"), ("d", "f")]
    )


# --- measures on hand-made graphs ---------------------------------------------------------


def test_star_centre_is_most_central() -> None:
    rows = by_node(ga.centrality_table(nx.star_graph(4), weight=None))
    assert rows[0].betweenness == pytest.approx(1.0)
    assert rows[0].degree_centrality == pytest.approx(1.0)
    assert rows[0].eigenvector == pytest.approx(1 / math.sqrt(2), abs=1e-6)
    for leaf in range(1, 5):
        assert rows[leaf].betweenness == 0.0
        assert rows[leaf].eigenvector == pytest.approx(1 / math.sqrt(8), abs=1e-6)


def test_path_middle_and_ordering() -> None:
    rows = ga.centrality_table(nx.path_graph(["x", "y", "z"]), weight=None)
    assert rows[0].node == "y"
    middle = by_node(rows)["y"]
    assert middle.betweenness == pytest.approx(1.0)
    assert middle.eigenvector == pytest.approx(1 / math.sqrt(2), abs=1e-6)
    assert by_node(rows)["x"].eigenvector == pytest.approx(0.5, abs=1e-6)


def test_bridge_nodes_carry_betweenness() -> None:
    rows = by_node(ga.centrality_table(two_triangles()))
    # c lies on the shortest paths from a and b to d, e, f: 6 of the 10 pairs not involving c.
    assert rows["c"].betweenness == pytest.approx(0.6)
    assert rows["d"].betweenness == pytest.approx(0.6)
    assert rows["a"].betweenness == 0.0


def test_weights_count_for_strength_and_eigenvector() -> None:
    graph = nx.Graph()
    graph.add_edge("a", "b", weight=5)
    graph.add_edge("b", "c", weight=1)
    rows = by_node(ga.centrality_table(graph))
    assert rows["b"].strength == 6.0
    assert rows["b"].degree == 2
    assert rows["a"].eigenvector > rows["c"].eigenvector


def test_louvain_splits_two_triangles_reproducibly() -> None:
    groups = ga.communities(two_triangles())
    assert set(groups) == {frozenset("abc"), frozenset("def")}
    assert groups == ga.communities(two_triangles())
    assert ga.membership(groups)["a"] != ga.membership(groups)["f"]


def test_empty_and_edgeless_graphs() -> None:
    assert ga.centrality_table(nx.Graph()) == []
    assert ga.communities(nx.Graph()) == []
    rows = ga.centrality_table(nx.empty_graph(3))
    assert [r.eigenvector for r in rows] == [0.0, 0.0, 0.0]
    assert len(ga.communities(nx.empty_graph(3))) == 3


def test_with_metrics_annotates_a_copy() -> None:
    graph = two_triangles()
    annotated = ga.with_metrics(graph)
    assert annotated.nodes["c"]["betweenness"] == pytest.approx(0.6)
    assert annotated.nodes["a"]["community"] == annotated.nodes["b"]["community"]
    assert "betweenness" not in graph.nodes["c"]


def test_exports_read_back(tmp_path: Path) -> None:
    graph = nx.Graph(kind="test", crime=None)
    graph.add_node("country:RO", name="Romania", iso2="RO", years=[2015, 2016], note=None)
    graph.add_node(("tuple", 1), flag=True)
    graph.add_edge("country:RO", ("tuple", 1), weight=2, operations=["op:a", "op:b"])
    graphml = nx.read_graphml(ga.write_graphml(graph, tmp_path / "g.graphml"))
    assert graphml.nodes["country:RO"]["years"] == "2015; 2016"
    assert "note" not in graphml.nodes["country:RO"]
    assert graphml.edges["country:RO", "('tuple', 1)"]["operations"] == "op:a; op:b"
    gexf = nx.read_gexf(ga.write_gexf(graph, tmp_path / "g.gexf"))
    assert gexf.nodes["country:RO"]["years"] == "2015; 2016"
    assert gexf.edges["country:RO", "('tuple', 1)"]["weight"] == 2


def test_markdown_table() -> None:
    rows = [ga.YearCrime(2016, "migrant smuggling", 2, 6), ga.YearCrime(None, "other", 1, 1)]
    table = ga.as_markdown(rows)
    assert table.splitlines()[0] == "| year | crime | operations | participations |"
    assert table.splitlines()[-1] == "| – | other | 1 | 1 |"
    assert ga.as_markdown([]) == "_no rows_"


def test_query_errors_say_what_is_wrong() -> None:
    with pytest.raises(QueryError, match="no query named 'nope'"):
        queries.load("nope", folder="analysis")
    with pytest.raises(QueryError, match="empty period"):
        ga.Filters(year_from=2018, year_to=2015)
    with pytest.raises(QueryError, match="crime must be one of"):
        ga.route_graph(None, crime="piracy")  # type: ignore[arg-type]


def test_figures_draw_on_agg() -> None:
    graph = two_triangles()
    rows = ga.centrality_table(graph)
    fig, axes = plt.subplots(1, 4)
    sizes = {r.node: r.betweenness for r in rows}
    groups = ga.membership(ga.communities(graph))
    plots.draw_network(graph, ax=axes[0], sizes=sizes, groups=groups, title="t")
    plots.plot_centrality(rows, ax=axes[1])
    plots.plot_operations_per_year([ga.YearCrime(2016, "other", 1, 2)], ax=axes[2])
    plots.plot_timeline([ga.CountryTimeline("RO", "Romania", 2015, (2015, 2016), 2)], ax=axes[3])
    plt.close(fig)


def test_a_pair_is_drawn_short_in_the_middle_not_from_corner_to_corner() -> None:
    pair = nx.Graph()
    pair.add_edge("country:MD", "country:RO", weight=1)
    fig, (ax, empty) = plt.subplots(1, 2)
    plots.draw_network(pair, ax=ax)
    plots.draw_network(nx.Graph(), ax=empty)  # nothing to draw: no error
    xs = [x for x, _ in plots.layout(pair).values()]
    low, high = ax.get_xlim()
    assert (max(xs) - min(xs)) / (high - low) < 0.6
    plt.close(fig)


# --- projections against the real Neo4j ----------------------------------------------------


@pytest.fixture(scope="module")
def seeded(driver: Driver) -> Iterator[Driver]:
    """The real test server holding the hand-made seed graph."""
    load_seed(driver)
    yield driver


def weights(graph: nx.Graph) -> dict[frozenset[str], int]:
    return {frozenset(str(n)[-2:] for n in (u, v)): w for u, v, w in graph.edges(data="weight")}


def pairs(*spec: str) -> dict[frozenset[str], int]:
    """'MD-RO:3' → {frozenset({'MD', 'RO'}): 3} (weight 1 when omitted)."""
    out = {}
    for item in spec:
        pair, _, weight = item.partition(":")
        out[frozenset(pair.split("-"))] = int(weight or 1)
    return out


@pytest.mark.neo4j
def test_every_analysis_query_explains(seeded: Driver) -> None:
    params = {"crime": None, "year_from": None, "year_to": None, "roles": ["coordinated"]}
    for name in ga.query_names():
        seeded.execute_query(
            "EXPLAIN " + queries.load(name, folder="analysis").text, parameters_=params
        )


@pytest.mark.neo4j
def test_cooperation_graph(seeded: Driver) -> None:
    graph = ga.cooperation_graph(seeded)
    assert sorted(graph.nodes[n]["iso2"] for n in graph) == sorted(
        ["RO", "MD", "BG", "RS", "HU", "GR", "TR", "UA"]
    )
    assert weights(graph) == pairs(
        "MD-RO:3",
        "BG-MD",
        "BG-RO",
        "HU-RO",
        "RO-RS",
        "HU-RS",
        "GR-RS",
        "BG-RS",
        "BG-GR",
        "GR-TR",
        "MD-UA",
        "RO-UA",
    )
    edge = graph.edges["country:MD", "country:RO"]
    assert edge["years"] == [2015, 2017, 2018]
    assert len(edge["operations"]) == 3
    assert graph.nodes["country:HU"]["operations"] == 2


@pytest.mark.neo4j
def test_cooperation_graph_matches_stored_co_investigated(seeded: Driver) -> None:
    records, _, _ = seeded.execute_query(
        "MATCH (a:Country)-[r:CO_INVESTIGATED]-(b:Country) WHERE a.id < b.id "
        "RETURN a.id AS a, b.id AS b, r.count AS count"
    )
    stored = {frozenset((r["a"], r["b"])): r["count"] for r in records}
    graph = ga.cooperation_graph(seeded)
    assert {frozenset((u, v)): w for u, v, w in graph.edges(data="weight")} == stored


@pytest.mark.neo4j
def test_cooperation_graph_filters(seeded: Driver) -> None:
    smuggling = ga.cooperation_graph(
        seeded, filters=ga.Filters(crime="migrant smuggling")
    )  # 'both' counts too
    assert weights(smuggling) == pairs(
        "HU-RO", "RO-RS", "HU-RS", "GR-RS", "BG-RS", "BG-GR", "GR-TR", "MD-UA", "RO-UA", "MD-RO"
    )
    assert smuggling.graph["crime"] == "migrant smuggling"
    late = ga.cooperation_graph(seeded, filters=ga.Filters(year_from=2017))
    assert weights(late) == pairs("MD-RO:2", "GR-TR", "MD-UA", "RO-UA")
    assert "country:HU" not in late  # its only other operation has no year
    assert weights(ga.cooperation_graph(seeded, filters=ga.Filters(year_to=2015))) == pairs(
        "MD-RO", "BG-MD", "BG-RO"
    )


@pytest.mark.neo4j
def test_bipartite_projections(seeded: Driver) -> None:
    countries = ga.country_operation_graph(seeded)
    assert nx.is_bipartite(countries)
    assert countries.number_of_edges() == 17
    assert sum(1 for _, k in countries.nodes(data="kind") if k == "Operation") == 7
    organisations = ga.organisation_operation_graph(seeded)
    assert organisations.number_of_edges() == 8
    assert organisations.edges["organisation:interpol", "operation:balkan-route"]["role"] == "led"
    assert "operation:pannonia" not in organisations


@pytest.mark.neo4j
def test_coordination_graph(seeded: Driver) -> None:
    graph = ga.coordination_graph(seeded)
    assert graph.edges["organisation:selec", "country:RO"]["weight"] == 2
    assert "organisation:eurojust" not in graph  # it only supported
    assert set(graph.successors("organisation:frontex")) == {"country:GR", "country:TR"}


@pytest.mark.neo4j
def test_route_graph(seeded: Driver) -> None:
    graph = ga.route_graph(seeded)
    assert graph.number_of_edges() == 6
    assert graph.edges["country:TR", "country:GR"]["weight"] == 2
    assert graph.nodes["country:AT"]["name"] == "Austria"
    trafficking = ga.route_graph(seeded, crime="human trafficking")
    assert set(trafficking.edges) == {("country:MD", "country:RO"), ("country:RO", "country:DE")}
    assert trafficking.edges["country:RO", "country:DE"]["purposes"] == ["sexual exploitation"]


@pytest.mark.neo4j
def test_tables(seeded: Driver) -> None:
    per_year = ga.operations_by_year(seeded)
    assert (per_year[0].year, per_year[0].crime, per_year[0].operations) == (
        2015,
        "human trafficking",
        1,
    )
    assert ga.YearCrime(2016, "migrant smuggling", 2, 6) in per_year
    assert per_year[-1] == ga.YearCrime(None, "other", 1, 1)
    timeline = {row.iso2: row for row in ga.country_timeline(seeded)}
    assert timeline["RO"].years == (2015, 2016, 2017, 2018)
    assert timeline["UA"].first_year == 2018
    assert timeline["HU"].operations == 2


@pytest.mark.neo4j
def test_real_projection_exports(seeded: Driver, tmp_path: Path) -> None:
    graph = ga.with_metrics(ga.cooperation_graph(seeded))
    back = nx.read_graphml(ga.write_graphml(graph, tmp_path / "coop.graphml"))
    assert back.number_of_edges() == graph.number_of_edges()
    assert "community" in back.nodes["country:RO"]
    assert nx.read_gexf(
        ga.write_gexf(ga.route_graph(seeded), tmp_path / "routes.gexf")
    ).is_directed()


# --- the timeline export (Gephi): years as time intervals, count or size weights -----------


def test_spells_merge_consecutive_years() -> None:
    assert ga.spells([2018, 2015, 2016, None, 2016]) == [(2015.0, 2016.0), (2018.0, 2018.0)]
    assert ga.spells([]) == []


def test_size_weight_gives_each_operation_one_unit_per_state() -> None:
    # A 23-state operation adds 1/22 to each of its pairs; a 2-state one adds 1.
    assert timeline.size_weight(["big", "pair"], {"big": 23, "pair": 2}) == pytest.approx(
        1 / 22 + 1
    )


def test_timeline_graph_weights_and_years(seeded: Driver, tmp_path: Path) -> None:
    graph = ga.timeline_graph(seeded, weight="size")
    edge = graph.edges["country:MD", "country:RO"]
    # mirage (3 states) 1/2 + joint investigation (2 states) 1 + black sea (3 states) 1/2
    assert (edge["weight_count"], edge["weight_size"], edge["weight"]) == (3, 2.0, 2.0)
    back = nx.read_gexf(ga.write_gexf(graph, tmp_path / "timeline.gexf"))
    assert back.graph["mode"] == "dynamic"
    assert back.edges["country:MD", "country:RO"]["spells"] == [(2015.0, 2015.0), (2017.0, 2018.0)]
    assert back.nodes["country:RO"]["spells"] == [(2015.0, 2018.0)]
    assert back.edges["country:MD", "country:RO"]["weight"] == 2.0
    assert ga.timeline_graph(seeded).edges["country:MD", "country:RO"]["weight"] == 3


def test_timeline_graph_leaves_isolated_countries_out_unless_asked(seeded: Driver) -> None:
    other = ga.Filters(crime="other")  # Pannonia: Hungary alone
    assert "country:HU" not in ga.timeline_graph(seeded, filters=other)
    assert "country:HU" in ga.timeline_graph(seeded, filters=other, isolated=True)
    with pytest.raises(ValueError, match="weight must be one of"):
        ga.timeline_graph(seeded, weight="size-ish")  # type: ignore[arg-type]
