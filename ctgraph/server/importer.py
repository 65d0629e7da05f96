"""`neo4j-admin database import full` on the local server's home: CSV files into a new store.

The server must be stopped (the tool writes the store files); the database's previous content
is replaced. The tool runs from the home's `lib/` with the home's configuration, as the server.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from ctgraph.errors import ImportFailed
from ctgraph.graph.bulk import ImportFiles
from ctgraph.server.local import ServerConfig, _env, _java, running_pid

# Lines of the tool's output and report quoted when it fails.
QUOTED_LINES = 15
# Longest wait for the import tool of a killed load to exit (it is killed with its parent).
TOOL_EXIT_SECONDS = 60.0
# Bytes of each of the import tool's read buffers (its default 4 MiB): large enough for the largest
# single value, a document's stored text (5M characters of up to 4 bytes, quotes doubled).
READ_BUFFER = "48m"


def import_full(config: ServerConfig, files: ImportFiles, *, database: str, work: Path) -> None:
    """Import the files into `database` (replacing it); `work` holds the tool's report. When the
    tool fails, an empty database is imported in place of the half-written one (Neo4j cannot
    start a half-written store), and `ImportFailed` quotes the tool's errors."""
    if running_pid(config) is not None:
        raise ImportFailed("Neo4j is running: stop it (`ctgraph neo4j stop`) before an import.")
    report = work / "import.report"
    done = _run(config, files, database=database, report=report)
    if done.returncode != 0:
        import_empty(config, database=database)
        raise ImportFailed(
            f"neo4j-admin database import failed (exit code {done.returncode}); the database "
            "is left empty. Fix the input (or load it with `ctgraph load` without --bulk), "
            f"then run the command again.\n{_relevant(done.stdout + done.stderr, report)}"
        )


def import_empty(config: ServerConfig, *, database: str) -> None:
    """Replace `database` with an empty one (the rollback of a failed or interrupted import),
    once the import tool of a killed load has exited (it holds the store's lock)."""
    _wait_for_tools(config)
    with tempfile.TemporaryDirectory(prefix="rollback-") as work:
        empty = Path(work) / "empty.csv"
        empty.write_text("id:ID\n", encoding="utf-8")
        done = _run(config, ImportFiles([empty], []), database=database, report=Path(work) / "r")
    if done.returncode != 0:
        raise ImportFailed(
            f"could not empty database {database!r} after an interrupted bulk load "
            f"(exit code {done.returncode}).\n{_relevant(done.stdout + done.stderr, empty)}"
        )


def _wait_for_tools(config: ServerConfig) -> None:
    """Wait until no import tool runs in this home (a killed load's dies with it, not at once)."""
    deadline = time.monotonic() + TOOL_EXIT_SECONDS
    while _tools(config) and time.monotonic() < deadline:
        time.sleep(0.1)


def _tools(config: ServerConfig) -> list[int]:
    """The pids of the `neo4j-admin` JVMs (AdminTool) working in this home."""
    home = str(config.home.resolve())
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if b"org.neo4j.cli.AdminTool" in (proc / "cmdline").read_bytes() and (
                os.readlink(proc / "cwd") == home
            ):
                found.append(int(proc.name))
        except OSError:  # gone meanwhile, or another user's
            continue
    return found


def _die_with_parent() -> None:
    """In the child: be killed when the loading process dies (Linux PR_SET_PDEATHSIG), so that
    no import goes on writing the store after its parent was killed."""
    pr_set_pdeathsig = 1
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)


def _run(
    config: ServerConfig, files: ImportFiles, *, database: str, report: Path
) -> subprocess.CompletedProcess[str]:
    args = [
        "database", "import", "full", database,
        "--overwrite-destination=true", "--multiline-fields=true", "--bad-tolerance=0",
        "--array-delimiter=U+001F", f"--report-file={report}", "--verbose",
        f"--read-buffer-size={READ_BUFFER}",
        *(f"--nodes={path}" for path in files.nodes),
        *(f"--relationships={path}" for path in files.relationships),
    ]  # fmt: skip
    cmd = _java(config, "org.neo4j.cli.AdminTool", *args)
    return subprocess.run(
        cmd, cwd=config.home, env=_env(config), capture_output=True, text=True,
        preexec_fn=_die_with_parent,  # prctl only: safe although other threads may run
    )  # fmt: skip


def _relevant(output: str, report: Path) -> str:
    """The tool's error lines (else its last lines) and the head of its report of bad entries."""
    lines = [line for line in output.splitlines() if line.strip() and not line.startswith(".")]
    errors = [line for line in lines if _is_error(line)]
    quoted = (errors or lines)[-QUOTED_LINES:]
    text = "\n".join(quoted)
    if report.exists() and report.stat().st_size:
        head = report.read_text(encoding="utf-8", errors="replace").splitlines()[:QUOTED_LINES]
        text += f"\nFirst lines of {report.name}:\n" + "\n".join(head)
    return text


def _is_error(line: str) -> bool:
    lowered = line.lower()
    return any(word in lowered for word in ("error", "exception", "caused by", "invalid", "bad"))
