"""`ctgraph notebooks`: JupyterLab on the project's notebooks, with ctgraph's settings in place."""

from __future__ import annotations

import importlib.util
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import SecretStr
from rich.console import Console

from ctgraph.cli import app
from ctgraph.cli.neo4j import ensure_running
from ctgraph.errors import CtgraphError
from ctgraph.graph.errors import GraphError
from ctgraph.settings import PROJECT_ROOT, Settings, get_settings

NOTEBOOKS = PROJECT_ROOT / "notebooks"
err = Console(stderr=True)


def settings_env(settings: Settings) -> dict[str, str]:
    """The settings as `CTGRAPH_*` variables, so the kernels (which run in `notebooks/`, away
    from the project's `.env`) see the same graph as this command."""
    env: dict[str, str] = {}
    for name, value in settings.model_dump().items():
        if value is not None:
            env[f"CTGRAPH_{name.upper()}"] = _text(value)
    return env


def _text(value: Any) -> str:
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    if isinstance(value, list):
        return json.dumps([_text(v) for v in value])
    return str(value)


def command(*, folder: Path, port: int, open_browser: bool, extra: list[str]) -> list[str]:
    """The `jupyter lab` command line."""
    # A read-only extension manager: JupyterLab then queries no package index at run time.
    cmd = [sys.executable, "-m", "jupyterlab", f"--notebook-dir={folder}", f"--port={port}",
           "--ServerApp.ip=127.0.0.1", "--LabApp.extension_manager=readonly"]  # fmt: skip
    as_root = ["--allow-root"] if os.geteuid() == 0 else []  # containers and CI run as root
    return cmd + as_root + ([] if open_browser else ["--no-browser"]) + extra


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def notebooks(
    ctx: typer.Context,
    port: Annotated[int, typer.Option(help="Port of JupyterLab.")] = 8888,
    browser: Annotated[bool, typer.Option(help="Open a web browser tab.")] = True,
    start: Annotated[bool, typer.Option(help="Start the local Neo4j first.")] = True,
    dry_run: Annotated[bool, typer.Option(help="Print the command, run nothing.")] = False,
) -> None:
    """Open the notebooks in JupyterLab (needs the `notebooks` extra); further arguments go to
    `jupyter lab`."""
    cmd = command(folder=NOTEBOOKS, port=port, open_browser=browser, extra=list(ctx.args))
    if dry_run:
        typer.echo(shlex.join(cmd))
        return
    if importlib.util.find_spec("jupyterlab") is None:
        err.print("[red]error:[/red] JupyterLab is not installed: pip install -e '.[notebooks]'")
        raise typer.Exit(1)
    try:
        if start:
            ensure_running()
    except (CtgraphError, GraphError) as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(1) from e
    env = {**os.environ, **settings_env(get_settings())}
    raise typer.Exit(subprocess.call(cmd, cwd=NOTEBOOKS, env=env))
