"""The bulk first load: facts into an empty database with `neo4j-admin database import full`,
for a first load of many documents (README, "Load").

The items go through the loader's batches in memory (`graph.replay`: the graph the loader would
leave), are written as CSV files (`graph.bulk`) and imported while ctgraph's own server is stopped
(`ctgraph.server.importer`); the server is started again, the lists the files cannot hold are
set, the schema is applied and waited for, and the CO_INVESTIGATED pairs are derived by the
loader's own pair rule (`refresh_co_investigated`). Invalid records are reported as failed and
skipped, like `ctgraph load` does. Only for ctgraph's own server, and only into an empty database
unless `overwrite` (which replaces the whole graph).

A bulk load finishes or leaves nothing: its phase is recorded (`ctgraph.server.bulkstate`), so
that a load killed while it stops the server leaves the database unchanged (the next start or
load waits for the server to exit and starts it again), one killed during the import is rolled
back to an empty database and one killed after the import is completed by the next start or
load; the import tool dies with it.
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ctgraph.database import open_driver, server_config, uses_local_server
from ctgraph.errors import DatabaseNotEmpty, ImportFailed, NotLocalServer
from ctgraph.graph import corrections_store
from ctgraph.graph.bulk import write_import_files
from ctgraph.graph.corrections import Correction
from ctgraph.graph.facts import Facts
from ctgraph.graph.load import co_investigated_pairs
from ctgraph.graph.queries import driver_errors, load
from ctgraph.graph.replay import Replay
from ctgraph.ingest import Item, Summary, load_batches
from ctgraph.server import bulkstate
from ctgraph.server import local as server
from ctgraph.server.importer import import_empty, import_full
from ctgraph.settings import Settings

Report = Callable[[str], None]


def _ignore(_: str) -> None:
    return None


def bulk_load(
    settings: Settings,
    items: Iterable[Item],
    *,
    overwrite: bool = False,
    on_item: Report = _ignore,
    on_phase: Report = _ignore,
    corrections: Sequence[Correction] = (),
) -> Summary:
    """Load the items into the local server's empty database with the import tool (see above);
    `on_item` is called with each item's name once read, `on_phase` as each step starts. The
    `corrections` (and, with `overwrite`, those the replaced graph held) are applied at the end."""
    if not uses_local_server(settings):
        raise NotLocalServer(
            f"CTGRAPH_NEO4J_URI is set ({settings.neo4j_uri}): a bulk load writes the store "
            "files of ctgraph's own server (`ctgraph neo4j`) and cannot reach another one. "
            "Unset CTGRAPH_NEO4J_URI to use ctgraph's server, or load with `ctgraph load` "
            "(without --bulk)."
        )
    config = server_config(settings)
    home, database = config.home, settings.neo4j_database
    server.resolve_interrupted_bulk(config, report=on_phase)  # a previous load killed
    bulkstate.remove_work_folders(home)
    on_phase("Neo4j: checking that the database is empty")
    _check_empty(settings, overwrite=overwrite)
    corrections = [*(_kept_corrections(settings) if overwrite else []), *corrections]
    summary = Summary()
    work_root = home / "import"
    work_root.mkdir(parents=True, exist_ok=True)
    prefix = f"{bulkstate.WORK_PREFIX}{os.getpid()}-"
    with tempfile.TemporaryDirectory(prefix=prefix, dir=work_root) as work:
        with _no_cyclic_gc():
            on_phase("reading the records through the loader's batches")
            graph = _replay(items, summary, on_item)
            on_phase("writing the import files")
            stamp = datetime.now(UTC).isoformat().replace("+00:00", "Z")
            files = write_import_files(graph, Path(work), loaded_at=stamp)
            del graph  # its memory back before Neo4j starts again
        _check_empty(settings, overwrite=overwrite)  # again: nothing was written meanwhile
        bulkstate.begin(home, "stopping", database=database)
        on_phase("Neo4j: stopping")
        server.stop(config)
        bulkstate.begin(home, "importing", database=database)
        try:
            on_phase("neo4j-admin: importing")
            import_full(config, files, database=database, work=Path(work))
            bulkstate.begin(home, "finishing", database=database)
        except ImportFailed:
            bulkstate.done(home)  # import_full left the database empty
            raise
        except BaseException:  # interrupted (Ctrl-C): never leave a half-written store
            import_empty(config, database=database)
            bulkstate.done(home)
            raise
        finally:
            on_phase("Neo4j: starting, waiting for Bolt")
            server.start(config)
    on_phase(
        "Neo4j: setting the empty lists, applying the schema, populating its indexes, "
        "deriving the CO_INVESTIGATED pairs"
    )
    with open_driver(settings) as driver:
        bulkstate.finish(driver, database)
        if corrections:
            on_phase("applying the corrections")
            corrections_store.import_records(driver, corrections, database=database)
        bulkstate.done(home)
        summary.co_investigated = co_investigated_pairs(driver, database=database)
    return summary


def _replay(items: Iterable[Item], summary: Summary, on_item: Report) -> Replay:
    """The items through the loader's batches in memory; each counted in the summary."""
    graph = Replay()
    for chunk in load_batches(items):
        summary.failed += [(name, str(item)) for name, item in chunk if not isinstance(item, Facts)]
        for loaded in graph.load([item for _, item in chunk if isinstance(item, Facts)]):
            summary.add(loaded)
        for name, _ in chunk:
            on_item(name)
    return graph


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Python's cyclic collector paused: the replay makes millions of small objects that all live
    until the files are written, which it would otherwise walk again and again (2x the time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_empty(settings: Settings, *, overwrite: bool) -> None:
    config = server_config(settings)
    if server.running_pid(config) is None:
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
        server.provision(config, password=password)
    server.start(config)  # also waits for a server a killed load left starting or shutting down
    with open_driver(settings) as driver, driver_errors("counting the nodes"):
        records, _, _ = driver.execute_query(
            load("count_nodes", folder="load").text, database_=settings.neo4j_database
        )
    nodes = int(records[0]["nodes"])
    if nodes and not overwrite:
        raise DatabaseNotEmpty(
            f"database {settings.neo4j_database!r} holds {nodes:,} nodes; a bulk load only fills "
            "an empty database. Load into this graph with `ctgraph load FILES` (without --bulk), "
            "or replace the whole graph with `ctgraph load --bulk --overwrite FILES`."
        )


def _kept_corrections(settings: Settings) -> list[Correction]:
    """The corrections' log of the graph an overwrite replaces: analysts' work is not lost."""
    with open_driver(settings) as driver:
        return corrections_store.every_record(driver, database=settings.neo4j_database)
