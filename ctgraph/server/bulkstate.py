"""What a bulk load leaves behind if it is interrupted, and how the next start puts it right.

A bulk load writes its phase to `run/bulk-load.json` in the server's home before it stops the
server (`stopping`), once the server has exited and before the import tool starts
(`importing`) and once the import tool has finished (`finishing`); it removes the file when
the graph is complete. Found by the next start (or load) while the loading process is gone,
the state is resolved so that the graph is either whole or empty, never half-made:

- `stopping`: the import never began, so the store is untouched; the server the killed load
  was stopping is waited for until it has exited, and started again;
- `importing`: the store may be half-written, so an empty database is imported in its place
  (rolled back), and the user is told to load again;
- `finishing`: the store is whole but lacks its lists and schema, so they are set now
  (completed), which also removes the internal `ctgraph_empty`/`ctgraph_blank` markers.

Temporary import folders (`import/bulk-*`) of a loading process that is gone are removed.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from neo4j import Driver, GraphDatabase

from ctgraph.graph.load import apply_schema, refresh_co_investigated
from ctgraph.graph.queries import driver_errors, load, open_session

# Longest wait for the schema's indexes to be populated over the imported graph.
INDEX_WAIT_SECONDS = 600
WORK_PREFIX = "bulk-"

Report = Callable[[str], None]


def _state_file(home: Path) -> Path:
    return home / "run" / "bulk-load.json"


def begin(home: Path, phase: str, *, database: str) -> None:
    """Record that this process's bulk load of `database` is in `phase`."""
    path = _state_file(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    state = {"phase": phase, "database": database, "pid": os.getpid()}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state), encoding="utf-8")
    tmp.replace(path)  # atomic: a kill leaves the old phase or the new one


def done(home: Path) -> None:
    """The bulk load is over (complete, or rolled back to an empty database)."""
    _state_file(home).unlink(missing_ok=True)


def interrupted(home: Path) -> dict[str, str] | None:
    """The state of a bulk load whose process is gone, else None."""
    path = _state_file(home)
    if not path.exists():
        return None
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {"phase": "importing", "database": "neo4j"}  # unreadable: assume the worst
    if _alive(int(state.get("pid", 0))):
        return None
    return {"phase": str(state.get("phase")), "database": str(state.get("database", "neo4j"))}


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except (FileNotFoundError, IndexError):
        return False


def remove_work_folders(home: Path) -> int:
    """Remove the import folders (`bulk-<pid>-...`) left by bulk loads whose process is gone;
    how many were removed."""
    folders = [
        p for p in (home / "import").glob(f"{WORK_PREFIX}*")
        if p.is_dir() and not _alive(_pid_of(p.name))
    ]  # fmt: skip
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    return len(folders)


def _pid_of(name: str) -> int:
    number = name.removeprefix(WORK_PREFIX).split("-")[0]
    return int(number) if number.isdigit() else 0


def finish(driver: Driver, database: str) -> None:
    """The marked lists set (auto-commit: the queries commit in batches), the schema applied
    and its indexes populated, the CO_INVESTIGATED pairs derived by the loader's one pair rule:
    the last step of a bulk load, safe to run again."""
    doing = "setting the lists of the imported graph"
    with driver_errors(doing), open_session(driver, database=database, write=True) as session:
        for name in ("set_marked_node_lists", "set_marked_relationship_lists"):
            session.run(load(name, folder="load").text).consume()
    apply_schema(driver, database=database)
    query = load("await_indexes", folder="load")
    with driver_errors("waiting for the indexes"):
        driver.execute_query(
            query.text, query.bind({"seconds": INDEX_WAIT_SECONDS}), database_=database
        )
    refresh_co_investigated(driver, database=database)


def complete(home: Path, bolt_uri: str, password: str, database: str, report: Report) -> None:
    """Finish an interrupted bulk load on the running server."""
    with GraphDatabase.driver(bolt_uri, auth=("neo4j", password)) as driver:
        finish(driver, database)
    done(home)
    remove_work_folders(home)
    report(
        f"An interrupted bulk load of database {database!r} was completed: its lists and "
        "schema are set and no internal marker is left."
    )
