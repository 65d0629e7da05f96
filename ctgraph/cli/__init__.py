"""The `ctgraph` command line: one module per command group, assembled here."""

from __future__ import annotations

import logging
import warnings

import typer

app = typer.Typer(
    name="ctgraph",
    help="ctgraph: a counter-trafficking knowledge graph (extract, load, query, serve).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def _quiet() -> None:
    """Keep library chatter off the terminal: the CLI reports failures itself, once."""
    # The driver logs each retry and each server notification as a warning on stderr.
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    # spaCy and pypdf warn about things the pipeline handles (merged pieces, repaired PDFs).
    warnings.filterwarnings("ignore", module=r"spacy\..*|pypdf\..*")


# Each module adds its commands to `app` when imported.
from ctgraph.cli import (  # noqa: E402,F401
    corrections,
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
