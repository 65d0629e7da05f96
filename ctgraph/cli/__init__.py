"""The `ctgraph` command line: one module per command group, assembled here."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="ctgraph",
    help="ctgraph: a counter-trafficking knowledge graph (extract, load, query, serve).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

# Each module adds its commands to `app` when imported.
from ctgraph.cli import (  # noqa: E402,F401
    export,
    extract,
    graph,
    neo4j,
    notebooks,
    serve,
    up,
)


def main() -> None:
    """Entry point of the `ctgraph` console script."""
    app()
