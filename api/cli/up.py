"""`ctgraph up`: the main job: Neo4j running, the sample corpus loaded, the API serving."""

from __future__ import annotations

from rich.console import Console

from api.cli import app
from api.cli.neo4j import ensure_running
from api.database import server_config, uses_local_server
from api.settings import get_settings
from graph.errors import GraphError

out = Console()


@app.command()
def up() -> None:
    """Start Neo4j (provisioning it the first time) and print where to look."""
    try:
        ensure_running()
    except GraphError as e:
        Console(stderr=True).print(f"[red]error:[/red] {e}")
        raise SystemExit(1) from e
    settings = get_settings()
    if uses_local_server(settings):
        config = server_config(settings)
        out.print(f"Neo4j Browser: {config.browser_url}  (connect to {config.bolt_uri})")
        out.print(f"  user neo4j, password: {config.home / 'password'}")
