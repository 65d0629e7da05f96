"""Pure parts of the server module: no Neo4j needed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ctgraph.errors import ServerError
from ctgraph.server import local as server


def test_status_of_an_empty_home(tmp_path: Path) -> None:
    state = server.status(server.ServerConfig(home=tmp_path))
    assert not state.running and not state.provisioned


def test_stop_when_not_running(tmp_path: Path) -> None:
    assert server.stop(server.ServerConfig(home=tmp_path)) is False


def test_missing_maven_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ServerError, match=r"(Java|Maven) is not installed"):
        server.provision(server.ServerConfig(home=tmp_path))


def test_conf_is_written_from_the_template(tmp_path: Path) -> None:
    config = server.ServerConfig(home=tmp_path, bolt_port=9999, http_port=9998, pagecache="64m")
    (tmp_path / "conf").mkdir()
    server._write_conf(config)
    text = (tmp_path / "conf" / "neo4j.conf").read_text()
    assert "127.0.0.1:9999" in text and "127.0.0.1:9998" in text and "=64m" in text


def log_line(at: float, word: str) -> str:
    stamp = datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
    return f"{stamp}+0000 INFO  {word}\n"


def test_a_servers_life_is_read_from_the_log_lines_of_its_own_run(tmp_path: Path) -> None:
    config = server.ServerConfig(home=tmp_path)
    (tmp_path / "run").mkdir()
    (tmp_path / "logs").mkdir()
    pid_file = tmp_path / "run" / "ctgraph.pid"
    pid_file.write_text("1")
    launched = pid_file.stat().st_mtime
    log = tmp_path / "logs" / "neo4j.log"
    log.write_text(log_line(launched - 60, "Started.") + log_line(launched - 1, "Stopped."))
    assert server.lifecycle(config) == "starting"  # an earlier run's lines are history
    for offset, word, phase in [
        (1, "Starting...", "starting"), (5, "Started.", "started"),
        (9, "Stopping...", "stopping"), (12, "Stopped.", "stopping"),
    ]:  # fmt: skip
        with log.open("a") as out:
            out.write(log_line(launched + offset, word))
        assert server.lifecycle(config) == phase


def test_a_load_killed_while_stopping_the_server_is_released_not_rolled_back(
    tmp_path: Path,
) -> None:
    state = {"phase": "stopping", "database": "neo4j", "pid": 2**22 + 1}  # no such process
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "bulk-load.json").write_text(json.dumps(state))
    (tmp_path / "import" / f"bulk-{2**22 + 1}-x").mkdir(parents=True)
    said: list[str] = []
    server.resolve_interrupted_bulk(server.ServerConfig(home=tmp_path), report=said.append)
    assert said == [
        "An interrupted bulk load had not begun its import: database 'neo4j' is unchanged. "
        "Run `ctgraph load --bulk FILES` again."
    ]
    assert not (tmp_path / "run" / "bulk-load.json").exists()
    assert not list((tmp_path / "import").iterdir())
