"""`ctgraph export gexf` end to end against the real Neo4j: the file Gephi opens has years as
time intervals (read back by networkx), weights of the chosen kind, no isolated country."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from neo4j import Driver
from typer.testing import CliRunner

from ctgraph.cli import app

pytestmark = pytest.mark.neo4j
FACTS = Path(__file__).parents[1] / "fixtures" / "facts"
runner = CliRunner()


def test_export_gexf_has_time_intervals_and_size_weights(cli_env: Driver, tmp_path: Path) -> None:
    assert runner.invoke(app, ["load", str(FACTS / "sample.jsonl")]).exit_code == 0
    out = tmp_path / "cooperation.gexf"
    result = runner.invoke(app, ["export", "gexf", "-o", str(out), "--weight", "size"])
    assert result.exit_code == 0, result.output
    graph = nx.read_gexf(out)
    assert graph.graph["mode"] == "dynamic" and graph.number_of_edges() > 0
    for _, _, attrs in graph.edges(data=True):
        assert attrs["spells"] and all(start <= end for start, end in attrs["spells"])
        assert attrs["weight"] == attrs["weight_size"] <= attrs["weight_count"]
    assert all(graph.degree(n) > 0 for n in graph)  # no country without a partner
    counted = runner.invoke(app, ["export", "gexf"])  # to stdout, weights by count
    assert counted.exit_code == 0 and 'mode="dynamic"' in counted.output


def test_export_gexf_refuses_an_unknown_crime(cli_env: Driver) -> None:
    result = runner.invoke(app, ["export", "gexf", "--crime", "piracy"])
    assert result.exit_code == 1 and "crime must be one of" in result.output
