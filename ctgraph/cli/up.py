"""`ctgraph up`: the main job: Neo4j running, the sample corpus loaded, the API serving."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ctgraph.cli import app
from ctgraph.cli.graph import ingest_paths
from ctgraph.cli.neo4j import ensure_running
from ctgraph.cli.serve import serve
from ctgraph.database import server_config, uses_local_server
from ctgraph.errors import CtgraphError
from ctgraph.graph.errors import GraphError
from ctgraph.settings import PROJECT_ROOT, get_settings

out = Console()
SAMPLE_CORPUS = PROJECT_ROOT / "data" / "corpus"


@app.command()
def up(
    corpus: Annotated[Path, typer.Option(help="Texts to ingest.")] = SAMPLE_CORPUS,
    serve_api: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve the API.")] = True,
) -> None:
    """Start Neo4j (provisioned the first time), ingest the corpus, serve the API."""
    try:
        ensure_running()
    except (GraphError, CtgraphError) as e:
        Console(stderr=True).print(f"[red]error:[/red] {e}")
        raise typer.Exit(1) from e
    ingest_paths([corpus])  # a re-run changes nothing: unchanged documents are skipped
    settings = get_settings()
    if uses_local_server(settings):
        config = server_config(settings)
        out.print(
            f"Neo4j Browser: {config.browser_url}  (connect to {config.bolt_uri})", soft_wrap=True
        )
        out.print(f"  user neo4j, password in {config.home / 'password'}", soft_wrap=True)
        served = "the API serves" if serve_api else "`ctgraph serve` serves"
        out.print(
            f"  on connect it applies ctgraph's style and opens its guide ({served} both)",
            soft_wrap=True,
        )
    if serve_api:
        serve(host=None, port=None)
