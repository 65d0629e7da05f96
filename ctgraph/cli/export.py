"""`ctgraph export FORMAT`: the whole graph as a Cypher script (for another Neo4j), GraphML (for
Gephi and other graph tools) or FollowTheMoney entities (for Aleph and OpenSanctions tooling),
streamed to a file or stdout."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console

from ctgraph.cli import app
from ctgraph.database import open_driver
from ctgraph.graph.errors import GraphError
from ctgraph.graph.exchange.formats import Format, stream
from ctgraph.settings import get_settings

err = Console(stderr=True)


@app.command()
def export(
    fmt: Annotated[Format, typer.Argument(help="cypher, graphml or ftm.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (default: stdout).")
    ] = None,
) -> None:
    """Export the whole graph: `cypher` (a script that loads it into an empty Neo4j), `graphml`
    (nodes with labels, edges with types and properties) or `ftm` (FollowTheMoney JSON Lines)."""
    settings = get_settings()
    try:
        with open_driver(settings) as driver:
            pieces = stream(driver, fmt, database=settings.neo4j_database)
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


def _write(pieces: Iterable[str], handle: TextIO) -> None:
    for piece in pieces:
        handle.write(piece)
