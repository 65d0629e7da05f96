"""`ctgraph ingest | load | query | remove`: facts into the graph through the ingest service
(`ctgraph.ingest`), and the analysts' queries."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import Annotated, Any

import typer
from neo4j import Driver
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ctgraph import ingest as batch
from ctgraph.bulk import bulk_load
from ctgraph.cli import app
from ctgraph.cli.neo4j import ensure_running
from ctgraph.cluster import extract_on_cluster, shard_items
from ctgraph.database import open_driver
from ctgraph.errors import BulkLoadError, CtgraphError, ExtractionUnavailable
from ctgraph.extract.sources import expand_sources
from ctgraph.graph import queries
from ctgraph.graph.errors import GraphError, QueryError
from ctgraph.graph.load import remove_document
from ctgraph.graph.read.resolve import NAMED_PARAMS, resolve
from ctgraph.ingest import Item, Summary, count_jsonl_records, jsonl_items, path_items
from ctgraph.settings import get_settings

out = Console()
err = Console(stderr=True)


class Format(StrEnum):
    """Output of `ctgraph query`."""

    table = "table"
    json = "json"


def _driver(*, start: bool) -> Driver:
    """A verified driver; with `start`, the local Neo4j is started first when it is used."""
    if start:
        ensure_running()
    return open_driver(get_settings())


def _fail(error: GraphError | CtgraphError) -> typer.Exit:
    err.print(f"[red]error:[/red] {error}")
    return typer.Exit(1)


def _run_batch(items: Iterator[Item], total: int) -> Summary:
    """Load a batch with a progress bar; print the summary. Exit 2 when nothing could run
    (Neo4j or the extraction pipeline cannot start), 1 when Neo4j went away during the batch."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    try:
        driver = _driver(start=True)
    except (GraphError, CtgraphError) as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    try:
        with driver, Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("loading", total=total)

            def advance(name: str) -> None:
                progress.update(task, advance=1, description=name)

            summary = batch.ingest(
                driver, items, database=get_settings().neo4j_database, on_item=advance
            )
    except ExtractionUnavailable as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    except (GraphError, CtgraphError) as e:
        raise _fail(e) from e
    _print_summary(summary)
    return summary


def _print_summary(summary: Summary) -> None:
    out.print(
        f"documents: {len(summary.new)} new, {len(summary.unchanged)} unchanged, "
        f"{len(summary.updated)} updated, {len(summary.failed)} failed"
    )
    out.print(
        f"entities: {summary.entities}, relations: {summary.relations}, "
        f"co-investigating pairs: {summary.co_investigated}"
    )
    for name, reason in summary.failed:  # one line each, never wrapped: paths get copied
        out.print(f"  [red]failed[/red] {escape(name)}: {escape(reason)}", soft_wrap=True)
    log = batch.write_log(summary)
    if log is not None:
        out.print(f"tracebacks of the failed documents: {escape(str(log))}", soft_wrap=True)


@app.command()
def load(
    files: Annotated[list[Path], typer.Argument(help="Extraction JSON Lines files.")],
    bulk: Annotated[
        bool,
        typer.Option(
            "--bulk",
            help="First load into an empty database with neo4j-admin import (ctgraph's own "
            "server only; stops and restarts it): many times faster, the same graph.",
        ),
    ] = False,
    overwrite: Annotated[
        bool,
        typer.Option("--overwrite", help="With --bulk: replace the whole graph if not empty."),
    ] = False,
) -> None:
    """Load extraction JSON Lines (one document per line) into Neo4j, idempotently."""
    if overwrite and not bulk:
        err.print("[red]error:[/red] --overwrite goes with --bulk (a bulk load replaces the graph)")
        raise typer.Exit(2)
    if bulk:
        summary = _run_bulk(files, overwrite=overwrite)
    else:
        summary = _run_batch(jsonl_items(files), count_jsonl_records(files))
    raise typer.Exit(1 if summary.failed else 0)


def _run_bulk(files: list[Path], *, overwrite: bool) -> Summary:
    """A bulk first load with progress (records read, then each step); print the summary."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())  # fmt: skip
    try:
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("reading", total=count_jsonl_records(files))

            def advance(name: str) -> None:
                progress.update(task, advance=1, description=name)

            def phase(text: str) -> None:
                if text.startswith("An interrupted bulk load"):  # said, not only shown
                    progress.console.print(text, soft_wrap=True)
                progress.update(task, description=text)

            summary = bulk_load(
                get_settings(),
                jsonl_items(files),
                overwrite=overwrite,
                on_item=advance,
                on_phase=phase,
            )
    except BulkLoadError as e:
        err.print(f"[red]error:[/red] {type(e).__name__}: {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(1) from e
    except (GraphError, CtgraphError) as e:
        raise _fail(e) from e
    _print_summary(summary)
    return summary


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Text files or folders to extract; .jsonl are loaded.")
    ],
    processes: Annotated[
        int, typer.Option("--processes", "-p", min=1, help="Extraction worker processes.")
    ] = 1,
    config: Annotated[
        Path | None, typer.Option("--config", help="Another spaCy pipeline config.")
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            help="Extract on a Dask cluster (tcp://HOST:8786, or local:N), then load the shards.",
        ),
    ] = None,
    shards: Annotated[
        Path | None,
        typer.Option(help="With --cluster: where the workers write their shards (shared folder)."),
    ] = None,
) -> None:
    """Extract facts from texts and load them (new, unchanged, updated, failed are reported).

    Exit 0: all done; 1: some documents failed (named); 2: nothing could run."""
    if cluster is not None:
        summary = ingest_on_cluster(paths, cluster=cluster, shards=shards, config=config)
    else:
        summary = ingest_paths(paths, processes=processes, config=config)
    raise typer.Exit(1 if summary.failed else 0)


def ingest_on_cluster(
    paths: list[Path], *, cluster: str, shards: Path | None, config: Path | None
) -> Summary:
    """Extract the texts on the cluster into shards, then load the shards (and any .jsonl
    given) with the one loader, in order."""
    records = [p for p in paths if p.suffix == ".jsonl"]
    texts = expand_sources([str(p) for p in paths if p.suffix != ".jsonl"])
    with tempfile.TemporaryDirectory(prefix="ctgraph-shards-") as tmp:
        where = str(shards or tmp)
        err.print(f"extracting {len(texts)} document(s) on {cluster} into {where}")
        done = extract_on_cluster(texts, address=cluster, out=where, config=config)
        items = chain(batch.jsonl_items(records), shard_items(done))
        return _run_batch(items, batch.count_jsonl_records(records) + len(texts))


def ingest_paths(paths: list[Path], *, processes: int = 1, config: Path | None = None) -> Summary:
    """Extract and load texts (and load .jsonl records) with a progress bar and a summary."""
    items, total = path_items(paths, processes=processes, config=config)
    return _run_batch(items, total)


@app.command()
def remove(doc_id: Annotated[str, typer.Argument(help="Id of the document.")]) -> None:
    """Remove a document and every fact only it supported (its CO_INVESTIGATED pairs too)."""
    database = get_settings().neo4j_database
    try:
        with _driver(start=False) as driver:
            found = remove_document(driver, doc_id, database=database)
    except GraphError as e:
        raise _fail(e) from e
    if not found:
        err.print(f"no document {doc_id!r} in the graph")
        raise typer.Exit(3)
    out.print(f"removed {doc_id}")


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="Query name (see --list).")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="key=value (JSON values parsed).")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    list_: Annotated[bool, typer.Option("--list", help="List the queries.")] = False,
) -> None:
    """Run a named query of the Cypher library (`cypher/NAME.cypher`) with parameters."""
    if list_ or name is None:
        _print_library()
        return
    database = get_settings().neo4j_database
    try:
        params = _parse_params(param or [])
        queries.load(name).bind(params)  # unknown, missing or mistyped: before connecting
        with _driver(start=False) as driver:
            params = resolved(driver, name, params, database=database)
            keys, rows = queries.run(driver, name, params, database=database)
    except GraphError as e:
        raise _fail(e) from e
    if fmt is Format.json:
        out.print_json(json.dumps(rows, default=str, ensure_ascii=False))
    else:
        out.print(_table(keys, rows))


def resolved(driver: Driver, name: str, params: dict[str, Any], *, database: str) -> dict[str, Any]:
    """The query's entity parameters (`country`, `organisation`, `source`, ...) as ids: a name,
    ISO code, alias or id resolved by the resolver the API uses (`graph.read.resolve`), so that
    a name fitting two entities is an error listing them, and one fitting none says so."""
    declared = {p.name for p in queries.load(name).params}
    named = {k: v for k, v in params.items() if k in declared and isinstance(v, str)}
    return params | {
        key: resolve(driver, value, label=NAMED_PARAMS[key], database=database).id
        for key, value in named.items()
        if key in NAMED_PARAMS
    }


def _parse_params(pairs: list[str]) -> dict[str, Any]:
    """`key=value` pairs; values that parse as JSON (numbers, null, lists) are typed."""
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise QueryError(f"--param takes key=value, got {pair!r}")
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    return params


def _print_library() -> None:
    table = Table("query", "description", "parameters (= null: optional)")
    for q in queries.library():
        params = ", ".join(p.name if p.required else f"{p.name}=null" for p in q.params)
        table.add_row(q.name, q.description, params)
    out.print(table)


def _table(keys: list[str], rows: list[dict[str, Any]]) -> Table:
    table = Table(*keys, caption=f"{len(rows)} row(s)")
    for row in rows:
        table.add_row(*(_cell(row[k]) for k in keys))
    return table


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_cell(v) for v in value)
    return str(value)
