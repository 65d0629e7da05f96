"""`ctgraph notebooks` starts a real JupyterLab on the project's notebooks, with the settings
handed to the kernels."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from ctgraph.cli import app
from ctgraph.cli.notebooks import NOTEBOOKS, settings_env
from ctgraph.settings import Settings

runner = CliRunner()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_help_and_dry_run() -> None:
    assert runner.invoke(app, ["notebooks", "--help"]).exit_code == 0
    result = runner.invoke(app, ["notebooks", "--dry-run", "--no-browser", "--port", "9999"])
    assert result.exit_code == 0
    assert "jupyterlab" in result.stdout and f"--notebook-dir={NOTEBOOKS}" in result.stdout
    assert "--port=9999" in result.stdout and "--no-browser" in result.stdout


def test_the_kernels_get_the_settings() -> None:
    settings = Settings(
        neo4j_uri="bolt://example:7687",
        neo4j_password=SecretStr("s3cret-pass"),
        neo4j_database="other",
        api_read_keys=[SecretStr("k")],
    )
    env = settings_env(settings)
    assert env["CTGRAPH_NEO4J_URI"] == "bolt://example:7687"
    assert env["CTGRAPH_NEO4J_PASSWORD"] == "s3cret-pass"
    assert env["CTGRAPH_NEO4J_DATABASE"] == "other"
    assert json.loads(env["CTGRAPH_API_READ_KEYS"]) == ["k"]
    assert Settings.model_validate({}).neo4j_database == "neo4j"


@pytest.mark.timeout(180)
def test_jupyterlab_starts_on_the_notebooks() -> None:
    pytest.importorskip("jupyterlab", reason="needs the notebooks extra")
    port, token = free_port(), "ctgraph-test-token"
    cmd = [sys.executable, "-c", "from ctgraph.cli import main; main()", "notebooks",
           "--no-start", "--no-browser", f"--port={port}", f"--IdentityProvider.token={token}"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, env={**os.environ, "JUPYTER_NO_CONFIG": "1"})  # fmt: skip
    try:
        lab = _wait_for(f"http://127.0.0.1:{port}/lab?token={token}", proc)
        assert lab.status_code == 200 and "JupyterLab" in lab.text
        contents = httpx.get(f"http://127.0.0.1:{port}/api/contents?token={token}").json()
        names = {item["name"] for item in contents["content"]}
        assert {p.name for p in NOTEBOOKS.glob("*.ipynb")} <= names
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def _wait_for(url: str, proc: subprocess.Popen[bytes]) -> httpx.Response:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, (proc.stderr.read() if proc.stderr else b"").decode()[-2000:]
        try:
            return httpx.get(url, timeout=5)
        except httpx.TransportError:
            time.sleep(0.5)
    raise AssertionError(f"JupyterLab did not answer at {url}")
