"""`ctgraph serve`: the query API on uvicorn, at the settings' host and port."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn
from rich.console import Console

from ctgraph.cli import app
from ctgraph.settings import get_settings


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address (default CTGRAPH_API_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default CTGRAPH_API_PORT).")] = None,
) -> None:
    """Serve the query API over the configured Neo4j and print its docs URL."""
    from ctgraph.api.app import create_app  # FastAPI only when serving
    from ctgraph.api.hardening import server_options

    settings = get_settings()
    host = host or settings.api_host
    port = port or settings.api_port
    Console().print(f"ctgraph API docs: http://{host}:{port}/docs")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", **server_options())
