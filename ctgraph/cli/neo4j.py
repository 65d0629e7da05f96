"""`ctgraph neo4j start | stop | status`: the local Neo4j server."""

from __future__ import annotations

import typer
from rich.console import Console

from ctgraph.cli import app
from ctgraph.database import server_config, uses_local_server
from ctgraph.errors import CtgraphError
from ctgraph.graph.errors import GraphError
from ctgraph.server import local as server
from ctgraph.settings import get_settings

neo4j_app = typer.Typer(help="Run ctgraph's own Neo4j (no Docker needed).", no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")
err = Console(stderr=True)
out = Console()


def _fail(error: GraphError | CtgraphError) -> typer.Exit:
    err.print(f"[red]error:[/red] {error}")
    return typer.Exit(1)


def ensure_running() -> bool:
    """Provision and start the local server unless one is configured or already runs;
    True when it was started now."""
    settings = get_settings()
    if not uses_local_server(settings):
        return False
    config = server_config(settings)
    if server.running_pid(config) is not None:
        # a server left starting is waited for, one left shutting down started again, a
        # killed bulk load resolved
        return server.start(config, report=err.print)
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
    notes: list[str] = []
    with err.status("Neo4j: provisioning…") as spinner:
        server.provision(config, password=password, report=lambda m: spinner.update(m))
        spinner.update("Neo4j: starting, waiting for Bolt…")
        started = server.start(config, report=notes.append)
    for note in notes:  # a bulk load rolled back or completed: said once the spinner is gone
        if note.startswith("An interrupted bulk load"):
            err.print(note)
    return started


@neo4j_app.command()
def start() -> None:
    """Provision (first time: download from Maven Central) and start Neo4j; wait for Bolt."""
    try:
        started = ensure_running()
    except (GraphError, CtgraphError) as e:
        raise _fail(e) from e
    settings = get_settings()
    if not uses_local_server(settings):
        out.print(f"ctgraph uses the configured Neo4j at {settings.neo4j_uri}; no local server.")
    else:
        config = server_config(settings)
        if not started:
            out.print(f"Neo4j is already running (pid {server.running_pid(config)}).")
        out.print(
            f"Bolt:    {config.bolt_uri}  (user neo4j, password in {server.password_file(config)})"
        )
        out.print(f"Browser: {config.browser_url}")


@neo4j_app.command()
def stop() -> None:
    """Stop the local Neo4j and wait until its JVM has exited."""
    config = server_config(get_settings())
    stopped = server.stop(config)
    out.print("Neo4j stopped." if stopped else "Neo4j was not running.")


@neo4j_app.command()
def status() -> None:
    """Tell whether the local Neo4j runs, and its versions."""
    settings = get_settings()
    if not uses_local_server(settings):
        out.print(f"ctgraph uses the configured Neo4j at {settings.neo4j_uri}; no local server.")
        return
    config = server_config(settings)
    state = server.status(config)
    if not state.provisioned:
        out.print(f"Neo4j is not provisioned in {config.home}: run `ctgraph neo4j start`.")
        raise typer.Exit(3)
    versions = ", ".join(f"{k} {v}" for k, v in state.versions.items())
    if state.running:
        out.print(f"running (pid {state.pid}) — {versions}")
        out.print(f"Bolt: {config.bolt_uri}  Browser: {config.browser_url}")
    else:
        out.print(f"stopped — {versions}")
        raise typer.Exit(3)
