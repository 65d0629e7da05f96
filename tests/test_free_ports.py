"""No test server takes a fixed port: with a program listening on every port the suite used to
fix, the servers' ports are chosen elsewhere (`scripts/test-on-taken-ports` runs the whole
suite so)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

# The ports tests/server_home.py, tests/ctgraph/test_faults.py and .ci/run used to fix.
OLD_FIXED_PORTS = (7688, 7475, 7689, 7476, 8765, 7698, 7485, 7699, 7486)
TESTS = Path(__file__).resolve().parent


@contextmanager
def listening(ports: tuple[int, ...]) -> Iterator[list[int]]:
    """A listener on each port that is free (a taken one is taken already)."""
    with ExitStack() as stack:
        taken = []
        for port in ports:
            sock = stack.enter_context(socket.socket())
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            sock.listen()
            taken.append(port)
        yield taken


def test_test_servers_take_free_ports_when_the_old_fixed_ones_are_taken(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CTGRAPH_TEST_")}
    code = (
        "import server_home as h; "
        "print(h.TEST_BOLT_PORT, h.TEST_HTTP_PORT, h.TEST_API_PORT, "
        "h.BULK_TEST_BOLT_PORT, h.BULK_TEST_HTTP_PORT)"
    )
    with listening(OLD_FIXED_PORTS):
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=TESTS, env=env, capture_output=True, text=True
        )
    assert done.returncode == 0, done.stderr
    ports = [int(p) for p in done.stdout.split()]
    assert len(set(ports)) == 5 and not set(ports) & set(OLD_FIXED_PORTS)
