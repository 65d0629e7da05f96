"""A bulk load finishes or leaves nothing: `ctgraph load --bulk` killed (SIGKILL) in each phase.

Killed while it stops the server, the next load waits for the server to exit and starts it
again (the database untouched); killed while the server is stopped for the import, the import
tool dies with it and the next start rolls the database back to empty; killed after the
import, the next start completes the graph (lists set, no internal marker left); killed at any
time, no temporary import folder survives the next load. Runs the bulk tests' own server (`server_home.BULK_TEST_HOME`).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from server_home import (
    BULK_TEST_BOLT_PORT,
    BULK_TEST_HOME,
    BULK_TEST_HTTP_PORT,
    bulk_server,
    uses_own_server,
)

from ctgraph.server.local import ServerConfig, lifecycle
from ctgraph.settings import Settings

pytestmark = [
    pytest.mark.neo4j,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not uses_own_server(), reason="a bulk load needs ctgraph's own server"),
]
CTGRAPH = str(Path(sys.executable).with_name("ctgraph"))
SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "facts" / "sample.jsonl"
STATE = BULK_TEST_HOME / "run" / "bulk-load.json"


@dataclass
class Bulk:
    env: dict[str, str]
    uri: str
    password: str

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [CTGRAPH, *args], env=self.env, capture_output=True, text=True, timeout=600
        )

    def start_load(self) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [CTGRAPH, "load", "--bulk", "--overwrite", str(SAMPLE)], env=self.env, text=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def counts(self) -> dict[str, int]:
        with GraphDatabase.driver(self.uri, auth=("neo4j", self.password)) as driver:
            records = driver.execute_query(
                "CALL () { MATCH (n) RETURN count(n) AS nodes, "
                "count(CASE WHEN n.ctgraph_empty IS NOT NULL OR n.ctgraph_blank IS NOT NULL "
                "THEN 1 END) AS marked } "
                "CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, "
                "count(CASE WHEN r.ctgraph_empty IS NOT NULL OR r.ctgraph_blank IS NOT NULL "
                "THEN 1 END) AS marked_relationships } "
                "RETURN nodes, marked, relationships, marked_relationships"
            ).records
        return dict(records[0])


@pytest.fixture(scope="module")
def bulk(neo4j_settings: Settings) -> Iterator[Bulk]:
    with bulk_server() as settings:
        assert settings.neo4j_password is not None
        env = {k: v for k, v in os.environ.items() if not k.startswith("CTGRAPH_")}
        env.update(
            CTGRAPH_NEO4J_HOME=str(BULK_TEST_HOME), CTGRAPH_NEO4J_BOLT_PORT=str(BULK_TEST_BOLT_PORT),
            CTGRAPH_NEO4J_HTTP_PORT=str(BULK_TEST_HTTP_PORT), CTGRAPH_NEO4J_HEAP="384m",
            CTGRAPH_NEO4J_PASSWORD=settings.neo4j_password.get_secret_value(), COLUMNS="200",
        )  # fmt: skip
        yield Bulk(env, str(settings.neo4j_uri), settings.neo4j_password.get_secret_value())


@pytest.fixture(scope="module")
def whole(bulk: Bulk) -> dict[str, int]:
    """The counts of an uninterrupted bulk load of the sample facts."""
    done = bulk.run("load", "--bulk", "--overwrite", str(SAMPLE))
    assert done.returncode == 0, done.stdout + done.stderr
    counts = bulk.counts()
    assert counts["nodes"] > 0 and counts["marked"] == counts["marked_relationships"] == 0
    return counts


def wait_for(condition: object, proc: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + 300
    while not condition():  # type: ignore[operator]
        assert proc.poll() is None, f"the load ended before {what}"
        assert time.monotonic() < deadline, f"no {what} within 300 s"
        time.sleep(0.05)


def phase() -> str | None:
    try:
        return str(json.loads(STATE.read_text(encoding="utf-8"))["phase"])
    except (FileNotFoundError, ValueError, KeyError):
        return None


def import_tools() -> list[int]:
    """The pids of running `neo4j-admin` import tools (AdminTool JVMs)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if (
                proc.name.isdigit()
                and b"org.neo4j.cli.AdminTool" in (proc / "cmdline").read_bytes()
            ):
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def test_killed_during_the_import_the_tool_dies_and_the_next_start_empties(
    bulk: Bulk, whole: dict[str, int]
) -> None:
    stale = BULK_TEST_HOME / "import" / "bulk-999999-left"
    stale.mkdir(parents=True, exist_ok=True)
    load = bulk.start_load()
    wait_for(lambda: phase() == "importing" and import_tools(), load, "the import")
    tools = import_tools()
    load.send_signal(signal.SIGKILL)
    load.wait()
    deadline = time.monotonic() + 20
    while set(tools) & set(import_tools()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not set(tools) & set(import_tools()), "the import tool outlived its parent"
    started = bulk.run("neo4j", "start")
    assert started.returncode == 0, started.stdout + started.stderr
    assert "interrupted bulk load was rolled back" in started.stderr
    assert bulk.counts()["nodes"] == 0
    assert not STATE.exists() and not list((BULK_TEST_HOME / "import").glob("bulk-*"))


def test_killed_after_the_import_the_next_start_completes_the_graph(
    bulk: Bulk, whole: dict[str, int]
) -> None:
    load = bulk.start_load()
    wait_for(lambda: phase() == "finishing", load, "the end of the import")
    load.send_signal(signal.SIGKILL)
    load.wait()
    started = bulk.run("neo4j", "start")
    assert started.returncode == 0, started.stdout + started.stderr
    assert "interrupted bulk load" in started.stderr and "completed" in started.stderr
    assert bulk.counts() == whole
    assert not STATE.exists() and not list((BULK_TEST_HOME / "import").glob("bulk-*"))


def test_a_load_after_a_killed_one_leaves_the_whole_graph_and_no_folder(
    bulk: Bulk, whole: dict[str, int]
) -> None:
    load = bulk.start_load()
    wait_for(lambda: list((BULK_TEST_HOME / "import").glob("bulk-*")), load, "the files")
    load.send_signal(signal.SIGKILL)
    load.wait()
    again = bulk.run("load", "--bulk", "--overwrite", str(SAMPLE))
    assert again.returncode == 0, again.stdout + again.stderr
    assert bulk.counts() == whole
    assert not STATE.exists() and not list((BULK_TEST_HOME / "import").glob("bulk-*"))


def test_a_load_killed_while_it_stops_neo4j_leaves_the_graph_and_the_next_load_restarts_it(
    bulk: Bulk, whole: dict[str, int]
) -> None:
    config = ServerConfig(home=BULK_TEST_HOME)
    load = bulk.start_load()
    wait_for(lambda: phase() == "stopping" and lifecycle(config) == "stopping", load, "the stop")
    load.send_signal(signal.SIGKILL)  # the server is left shutting down, its pid file kept
    load.wait()
    again = bulk.run("load", "--bulk", "--overwrite", str(SAMPLE))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "interrupted bulk load had not begun its import" in again.stderr
    assert bulk.counts() == whole
    assert not STATE.exists() and not list((BULK_TEST_HOME / "import").glob("bulk-*"))
