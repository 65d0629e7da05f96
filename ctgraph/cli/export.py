"""`ctgraph export FORMAT`: the whole graph as a Cypher script (for another Neo4j), GraphML (for
Gephi and other graph tools) or FollowTheMoney entities (for Aleph and OpenSanctions tooling),
streamed to a file or stdout; or `gexf`, the cooperation network for Gephi's timeline."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import networkx as nx
import typer
from rich.console import Console

from ctgraph.cli import app
from ctgraph.database import open_driver
from ctgraph.graph.analysis import timeline_graph, write_gexf
from ctgraph.graph.errors import GraphError
from ctgraph.graph.exchange.formats import Format, stream
from ctgraph.graph.filters import Filters
from ctgraph.settings import get_settings

err = Console(stderr=True)


class ExportFormat(StrEnum):
    """The whole-graph formats, and `gexf`: the cooperation network with its years."""

    cypher = "cypher"
    graphml = "graphml"
    ftm = "ftm"
    gexf = "gexf"


class Weight(StrEnum):
    """How a pair of countries is weighted in the GEXF export."""

    by_count = "count"
    by_size = "size"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Argument(help="cypher, graphml, ftm or gexf.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (default: stdout).")
    ] = None,
    weight: Annotated[
        Weight,
        typer.Option(
            help="gexf: pair weight, `count` of shared operations or `size` "
            "(1/(n-1) per operation of n states)."
        ),
    ] = Weight.by_count,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="gexf: keep countries with no partner.")
    ] = False,
    crime: Annotated[str | None, typer.Option(help="gexf: only operations of this crime.")] = None,
    year_from: Annotated[int | None, typer.Option("--from", help="gexf: first year.")] = None,
    year_to: Annotated[int | None, typer.Option("--to", help="gexf: last year.")] = None,
) -> None:
    """Export the whole graph: `cypher` (a script that loads it into an empty Neo4j), `graphml`
    (nodes with labels, edges with types and properties) or `ftm` (FollowTheMoney JSON Lines,
    with documents and mentions); or `gexf`, the country cooperation network for Gephi, years as
    time intervals (the timeline), pairs weighted by `--weight`."""
    settings = get_settings()
    try:
        with open_driver(settings) as driver:
            if fmt is ExportFormat.gexf:
                filters = Filters(crime=crime, year_from=year_from, year_to=year_to)
                graph = timeline_graph(driver, database=settings.neo4j_database,
                                       filters=filters, weight=weight.value, isolated=isolated)  # fmt: skip
                _write_gexf(graph, out)
                return
            pieces = stream(driver, Format(fmt.value), database=settings.neo4j_database)
            if out is None:
                _write(pieces, sys.stdout)
                return
            partial = out.with_name(out.name + ".partial")  # no half-written file on failure
            with partial.open("w", encoding="utf-8") as handle:
                _write(pieces, handle)
            partial.replace(out)
            err.print(f"wrote {out}")
    except GraphError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(1) from e


def _write_gexf(graph: nx.Graph, out: Path | None) -> None:
    """The GEXF to `out` (whole, or not at all) or to stdout."""
    if out is None:
        with tempfile.TemporaryDirectory() as tmp:
            path = write_gexf(graph, Path(tmp) / "graph.gexf")
            sys.stdout.write(path.read_text(encoding="utf-8"))
        return
    partial = write_gexf(graph, out.with_name(out.name + ".partial"))
    partial.replace(out)
    err.print(f"wrote {out}: {graph.number_of_nodes()} countries, {graph.number_of_edges()} pairs")


def _write(pieces: Iterable[str], handle: TextIO) -> None:
    for piece in pieces:
        handle.write(piece)
