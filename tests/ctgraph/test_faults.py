"""Fault injection with the real `ctgraph` command and a real Neo4j of its own.

A second local server (free ports, or those of the test server + 10 and + 11 when
`CTGRAPH_TEST_NEO4J_BOLT_PORT` fixes them; in a temporary home) is started by
`ctgraph up` on a small generated corpus; its graph then is the fingerprint of a clean ingest.
Each fault (Neo4j killed mid-ingest then restarted, the ingest killed then run again, two
ingests at once, 20 identical posts at once) must end with that same fingerprint: counts by
label and relationship type, and evidence entries.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver, GraphDatabase
from server_home import TEST_BOLT_PORT, TEST_HOME, free_port

from ctgraph.extract.clean import clean_text
from ctgraph.settings import PROJECT_ROOT, Settings

pytestmark = [pytest.mark.neo4j, pytest.mark.model, pytest.mark.timeout(900)]
CTGRAPH = [str(Path(sys.executable).with_name("ctgraph"))]  # the installed command
CORPUS = PROJECT_ROOT / "data" / "corpus"
DOCUMENTS = 8


@dataclass
class Server:
    """The fault server: the environment its `ctgraph` commands run with, and its home."""

    env: dict[str, str]
    home: Path
    corpus: Path
    up_output: str

    def driver(self) -> Driver:
        password = (self.home / "password").read_text().strip()
        uri = f"bolt://127.0.0.1:{self.env['CTGRAPH_NEO4J_BOLT_PORT']}"
        return GraphDatabase.driver(uri, auth=("neo4j", password), max_transaction_retry_time=2)

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*CTGRAPH, *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [*CTGRAPH, *args], env=self.env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip


def make_corpus(folder: Path) -> Path:
    """`DOCUMENTS` distinct texts made of the sample corpus."""
    folder.mkdir()
    texts = [clean_text(p.read_text("utf-8")).text for p in sorted(CORPUS.glob("*.txt"))]
    texts = sorted(texts, key=len)[:3]  # the short ones: the faults, not extraction, are tested
    for number in range(DOCUMENTS):
        text = f"{texts[number % len(texts)]}\nBulletin number {number}.\n"
        (folder / f"bulletin-{number:02}.txt").write_text(text, "utf-8")
    return folder


def fault_ports() -> tuple[int, int]:
    """The fault server's Bolt and HTTP ports: next to fixed test ports, else free ones."""
    if os.environ.get("CTGRAPH_TEST_NEO4J_BOLT_PORT"):
        return TEST_BOLT_PORT + 10, TEST_BOLT_PORT + 11
    bolt = free_port()
    http = free_port()
    while http == bolt:
        http = free_port()
    return bolt, http


def fresh_home(home: Path) -> Path:
    """A home that was never started: the test server's jars, nothing else."""
    home.mkdir()
    for name in ("lib", "plugins"):
        (home / name).symlink_to((TEST_HOME / name).resolve())
    (home / "assembly.json").write_bytes((TEST_HOME / "assembly.json").read_bytes())
    return home


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, neo4j_settings: Settings) -> Iterator[Server]:
    """A fresh second server, started and filled with the generated corpus by `ctgraph up`."""
    if not (TEST_HOME / "assembly.json").exists():  # an external test server is configured
        pytest.skip("the fault tests reuse the jars of the local test server")
    root = tmp_path_factory.mktemp("faults")
    home, corpus = fresh_home(root / "neo4j"), make_corpus(root / "corpus")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CTGRAPH_")}
    bolt, http = fault_ports()
    env.update(
        CTGRAPH_NEO4J_HOME=str(home), CTGRAPH_NEO4J_BOLT_PORT=str(bolt),
        CTGRAPH_NEO4J_HTTP_PORT=str(http), CTGRAPH_NEO4J_HEAP="384m",
        CTGRAPH_NEO4J_PAGECACHE="64m", COLUMNS="200",
        # One document per transaction, so that a kill lands between two commits.
        CTGRAPH_LOAD_BATCH_DOCUMENTS="1",
    )  # fmt: skip
    up = subprocess.run(
        [*CTGRAPH, "up", "--no-serve", "--corpus", str(corpus)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    srv = Server(env, home, corpus, up.stdout + up.stderr)
    try:
        assert up.returncode == 0, srv.up_output
        yield srv
    finally:
        srv.run("neo4j", "stop")


def fingerprint(driver: Driver) -> dict[str, Any]:
    """What two ingests of the same corpus must agree on."""
    nodes = driver.execute_query(
        "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l"
    ).records
    rels = driver.execute_query(
        "MATCH ()-[r]->() RETURN type(r) AS l, count(*) AS c ORDER BY l"
    ).records
    evidence = driver.execute_query(
        "MATCH ()-[r]->() RETURN sum(size(coalesce(r.evidence_doc, []))) AS e"
    ).records
    return {
        "nodes": {r["l"]: r["c"] for r in nodes},
        "relationships": {r["l"]: r["c"] for r in rels},
        "evidence": evidence[0]["e"],
    }


@pytest.fixture(scope="module")
def clean(server: Server) -> dict[str, Any]:
    """The fingerprint of the clean ingest `ctgraph up` made."""
    with server.driver() as driver:
        found = fingerprint(driver)
    assert found["nodes"]["Document"] == DOCUMENTS
    return found


def wipe(server: Server) -> None:
    with server.driver() as driver, driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()


def documents(server: Server) -> int:
    with server.driver() as driver:
        return int(driver.execute_query("MATCH (d:Document) RETURN count(d)").records[0][0])


def wait_for_documents(server: Server, proc: subprocess.Popen[str], least: int) -> None:
    """Wait until the running ingest has loaded `least` documents (and has not finished)."""
    deadline = time.monotonic() + 300
    while documents(server) < least:
        assert proc.poll() is None, "the ingest ended before the fault"
        assert time.monotonic() < deadline, "the ingest loads nothing"
        time.sleep(0.2)


def test_up_on_a_fresh_machine_starts_neo4j_once_and_loads_the_corpus(
    server: Server, clean: dict[str, Any]
) -> None:
    assert "already running" not in server.up_output
    assert f"{DOCUMENTS} new, 0 unchanged, 0 updated, 0 failed" in server.up_output
    assert clean["evidence"] > 0


def test_neo4j_killed_mid_ingest_then_resumed(server: Server, clean: dict[str, Any]) -> None:
    wipe(server)
    ingest = server.start("ingest", str(server.corpus))
    wait_for_documents(server, ingest, 2)
    pid = int((server.home / "run" / "ctgraph.pid").read_text())
    os.kill(pid, signal.SIGKILL)
    _, err = ingest.communicate(timeout=120)
    assert ingest.returncode == 1 and "Neo4j" in err
    assert "retried" not in err and "Traceback" not in err
    started = server.run("neo4j", "start")
    assert started.returncode == 0, started.stderr
    again = server.run("ingest", str(server.corpus))
    assert again.returncode == 0, again.stdout + again.stderr
    with server.driver() as driver:
        assert fingerprint(driver) == clean


def test_ingest_killed_then_run_again(server: Server, clean: dict[str, Any]) -> None:
    wipe(server)
    ingest = server.start("ingest", str(server.corpus))
    wait_for_documents(server, ingest, 2)
    ingest.kill()
    ingest.communicate(timeout=60)
    assert documents(server) < DOCUMENTS
    again = server.run("ingest", str(server.corpus))
    assert again.returncode == 0, again.stdout + again.stderr
    with server.driver() as driver:
        assert fingerprint(driver) == clean


def test_two_concurrent_ingests_give_the_graph_of_one(
    server: Server, clean: dict[str, Any]
) -> None:
    wipe(server)
    first, second = (server.start("ingest", str(server.corpus)) for _ in range(2))
    for proc in (first, second):
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, out + err
    with server.driver() as driver:
        assert fingerprint(driver) == clean


def test_twenty_concurrent_identical_posts_load_once(server: Server) -> None:
    from fastapi.testclient import TestClient
    from pydantic import SecretStr

    from ctgraph.api.app import create_app

    settings = Settings(
        neo4j_uri=f"bolt://127.0.0.1:{server.env['CTGRAPH_NEO4J_BOLT_PORT']}",
        neo4j_password=SecretStr((server.home / "password").read_text().strip()),
        api_write_keys=[SecretStr("fault-key")],
    )
    body = {"source": "https://example.org/tara", "title": "TARA",
            "text": (CORPUS / "selec-task-force-mirage.txt").read_text("utf-8")}  # fmt: skip
    headers = {"X-API-Key": "fault-key"}
    wipe(server)
    with TestClient(create_app(settings)) as client:
        assert client.post("/documents", json=body, headers=headers).status_code == 201
        with server.driver() as driver:
            once = fingerprint(driver)
        wipe(server)
        with ThreadPoolExecutor(max_workers=20) as pool:
            answers = list(
                pool.map(lambda _: client.post("/documents", json=body, headers=headers), range(20))
            )
    assert [a.status_code for a in answers] == [201] * 20
    statuses = sorted(a.json()["status"] for a in answers)
    assert statuses == ["loaded"] + ["unchanged"] * 19
    with server.driver() as driver:
        assert fingerprint(driver) == once
