"""A local Neo4j Community server without Docker: assembled from Maven Central by `mvn`, run by Java.

The server lives in one folder (its *home*): `lib/` and `plugins/` from Maven, `conf/neo4j.conf`
from the template beside this module, `data/`, `logs/`, `run/ctgraph.pid` and `password`.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import string
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from string import Template
from urllib.parse import urlparse

from ctgraph.errors import ServerError
from ctgraph.graph.browser import bundle
from ctgraph.server import bulkstate

ASSETS = Path(__file__).parent  # pom.xml and the neo4j.conf template
NEO4J_VERSION = "5.26.31"
APOC_VERSION = "5.26.5"
BROWSER_VERSION = "5.24.0"
JAVA_OPENS = [
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
]
# lib/ before plugins/: the APOC jar bundles an old, unrelocated commons-lang3 that would
# otherwise shadow the one Neo4j's commons-configuration2 needs.
CLASSPATH = "lib/*:plugins/*:conf/*"

Report = Callable[[str], None]


@dataclass(frozen=True, kw_only=True)
class ServerConfig:
    """Where the local server lives and how it listens."""

    home: Path
    bolt_port: int = 7687
    http_port: int = 7474
    heap: str = "1g"
    pagecache: str = "256m"
    transaction_memory: str = "256m"
    start_timeout: float = 120.0
    api_url: str = "http://127.0.0.1:8000"  # where Browser fetches ctgraph's style and guide

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/browser/"


@dataclass(frozen=True)
class ServerStatus:
    """What `ctgraph neo4j status` reports."""

    running: bool
    pid: int | None
    provisioned: bool
    versions: dict[str, str]


def _ignore(_: str) -> None:
    return None


def password_file(config: ServerConfig) -> Path:
    return config.home / "password"


def read_password(config: ServerConfig) -> str | None:
    """The password set at provisioning, or None when the server was never provisioned."""
    path = password_file(config)
    return path.read_text(encoding="utf-8").strip() if path.exists() else None


def provision(
    config: ServerConfig, *, password: str | None = None, report: Report = _ignore
) -> None:
    """Assemble the server into `config.home` (once), write its config and initial password."""
    _require_tools()
    home = config.home
    marker = home / "assembly.json"
    wanted = {"neo4j": NEO4J_VERSION, "apoc": APOC_VERSION, "browser": BROWSER_VERSION}
    if not marker.exists() or json.loads(marker.read_text(encoding="utf-8")) != wanted:
        report(f"Assembling Neo4j {NEO4J_VERSION} (+ APOC, Browser) from Maven Central into {home}")
        _assemble(home)
        marker.write_text(json.dumps(wanted), encoding="utf-8")
    if bundle.neutralise(home / "lib"):  # Browser contacts no outside host (graph/browser)
        report("Neo4j Browser: removed its calls to outside services")
    for sub in ("conf", "data", "logs", "run", "import", "plugins"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    _write_conf(config)
    if read_password(config) is None or not any((home / "data").iterdir()):
        _set_initial_password(config, password or generate_password())


def generate_password() -> str:
    """A random password that starts with a letter: `neo4j-admin` reads a leading `-` as an option."""
    return secrets.choice(string.ascii_letters) + secrets.token_urlsafe(18)


def _require_tools() -> None:
    if shutil.which("java") is None:
        raise ServerError(
            "Java is not installed: install OpenJDK 17 (apt-get install openjdk-17-jre-headless)."
        )
    if shutil.which("mvn") is None:
        raise ServerError(
            "Maven is not installed: install it (apt-get install maven), or set CTGRAPH_NEO4J_URI to use an existing Neo4j."
        )
    version = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    match = re.search(r'version "(\d+)', version)
    if match and int(match.group(1)) < 17:
        raise ServerError(
            f"Neo4j 5.26 needs Java 17 or newer; `java -version` says: {version.splitlines()[0]}"
        )


def _assemble(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    cmd = [
        "mvn", "-B", "-q", "-f", str(ASSETS / "pom.xml"), "package",
        f"-Dneo4j.home={home}", f"-Dneo4j.version={NEO4J_VERSION}",
        f"-Dapoc.version={APOC_VERSION}", f"-Dneo4j-browser.version={BROWSER_VERSION}",
        f"-Dproject.build.directory={home / 'build'}",
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise ServerError(
            "Maven could not download Neo4j. Check the network access to Maven Central "
            f"(proxy settings in ~/.m2/settings.xml), then run the command again.\n{tail}"
        )


def _write_conf(config: ServerConfig) -> None:
    template = Template((ASSETS / "neo4j.conf").read_text(encoding="utf-8"))
    text = template.substitute(
        home=config.home.resolve(), bolt_port=config.bolt_port, http_port=config.http_port,
        pagecache=config.pagecache, transaction_memory=config.transaction_memory,
        api_url=config.api_url, api_hostname=urlparse(config.api_url).hostname or "127.0.0.1",
    )  # fmt: skip
    (config.home / "conf" / "neo4j.conf").write_text(text, encoding="utf-8")


def _java(config: ServerConfig, main: str, *args: str, heap: bool = False) -> list[str]:
    memory = [f"-Xms{config.heap}", f"-Xmx{config.heap}", "-XX:+ExitOnOutOfMemoryError"]
    return ["java", *(memory if heap else []), *JAVA_OPENS, "-Dfile.encoding=UTF-8",
            "-cp", CLASSPATH, main, *args]  # fmt: skip


def _env(config: ServerConfig) -> dict[str, str]:
    home = str(config.home.resolve())
    return {**os.environ, "NEO4J_HOME": home, "NEO4J_CONF": f"{home}/conf"}


def _set_initial_password(config: ServerConfig, password: str) -> None:
    if len(password) < 8 or password.startswith("-"):
        raise ServerError(
            "The Neo4j password must have at least 8 characters and not start with `-` "
            "(CTGRAPH_NEO4J_PASSWORD)."
        )
    cmd = _java(config, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", password)
    done = subprocess.run(cmd, cwd=config.home, env=_env(config), capture_output=True, text=True)
    if done.returncode != 0:
        raise ServerError(
            f"Setting the initial Neo4j password failed: {done.stderr.strip()[-500:]}"
        )
    path = password_file(config)
    path.write_text(password, encoding="utf-8")
    path.chmod(0o600)


def _pid_file(config: ServerConfig) -> Path:
    return config.home / "run" / "ctgraph.pid"


def running_pid(config: ServerConfig) -> int | None:
    """The pid of this home's server if it is alive, else None (a stale pid file is removed)."""
    path = _pid_file(config)
    if not path.exists():
        return None
    pid = int(path.read_text(encoding="utf-8").strip() or 0)
    try:
        os.kill(pid, 0)
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (ProcessLookupError, PermissionError, FileNotFoundError):
        path.unlink(missing_ok=True)
        return None
    return pid if b"CommunityEntryPoint" in cmdline else None


def port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def start(config: ServerConfig, *, report: Report = _ignore) -> bool:
    """Start the server and wait for Bolt; False when it was already running (then once it
    answers: another process, such as a killed load, may have left it starting). A server left
    shutting down (a stop that was interrupted) is waited for until it has exited, then started
    again. A bulk load that was interrupted is rolled back or completed first (`bulkstate`)."""
    resolve_interrupted_bulk(config, report=report)
    if _await_running(config, report=report):
        return False
    for name, port in (("Bolt", config.bolt_port), ("HTTP", config.http_port)):
        if port_in_use(port):
            var = f"CTGRAPH_NEO4J_{name.upper()}_PORT"
            raise ServerError(
                f"Port {port} ({name}) is already taken by another program: stop it, "
                f"or choose another port with {var}."
            )
    report(f"Starting Neo4j {NEO4J_VERSION} in {config.home}")
    log = (config.home / "logs" / "console.log").open("ab")
    args = ("--home-dir", str(config.home.resolve()), "--config-dir", str(config.home.resolve() / "conf"), "--console-mode")  # fmt: skip
    proc = subprocess.Popen(
        _java(config, "org.neo4j.server.CommunityEntryPoint", *args, heap=True),
        cwd=config.home, env=_env(config), stdout=log, stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    _pid_file(config).write_text(str(proc.pid), encoding="utf-8")
    _wait_until_ready(config, proc)
    resolve_interrupted_bulk(config, report=report)
    return True


def _await_running(config: ServerConfig, *, report: Report = _ignore) -> bool:
    """True once this home's running server answers on Bolt; False when none runs, after
    waiting for one that is shutting down to exit."""
    if running_pid(config) is None:
        return False
    if lifecycle(config) == "stopping":
        report("Neo4j is shutting down (a stop was interrupted): waiting for it to exit")
        stop(config)
        return False
    _wait_for_bolt(config)
    return True


def resolve_interrupted_bulk(config: ServerConfig, *, report: Report = _ignore) -> None:
    """Roll back (server stopped), release (import not begun) or complete (server running) a
    bulk load whose process is gone, so that the graph is whole or empty; remove its temporary
    import folders."""
    state = bulkstate.interrupted(config.home)
    if state is None:
        return
    database, phase = state["database"], state["phase"]
    if phase == "stopping" or (phase != "finishing" and running_pid(config) is not None):
        # killed before its import began: the store is untouched (the server may be left
        # shutting down; `start` waits for it to exit and starts it again)
        bulkstate.done(config.home)
        bulkstate.remove_work_folders(config.home)
        report(
            f"An interrupted bulk load had not begun its import: database {database!r} is "
            "unchanged. Run `ctgraph load --bulk FILES` again."
        )
    elif phase != "finishing":
        from ctgraph.server.importer import import_empty

        import_empty(config, database=database)
        bulkstate.done(config.home)
        bulkstate.remove_work_folders(config.home)
        report(
            f"An interrupted bulk load was rolled back: database {database!r} is empty. "
            "Run `ctgraph load --bulk FILES` again."
        )
    elif _await_running(config, report=report):  # the killed load may have left it starting
        password = read_password(config) or ""
        bulkstate.complete(config.home, config.bolt_uri, password, database, report)


# The lines of neo4j.log that tell where the server is in its life, and what each means.
_LIFECYCLE = re.compile(
    r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+[+-]\d{4}) INFO  (Starting\.\.\.|Started\.|Stopping\.\.\.|Stopped\.)$"
)
_PHASES = {"Starting...": "starting", "Started.": "started",
           "Stopping...": "stopping", "Stopped.": "stopping"}  # fmt: skip
_LOG_TAIL_BYTES = 256 * 1024


def lifecycle(config: ServerConfig) -> str:
    """Where the running server is: `starting`, `started` or `stopping` (its JVM has logged
    "Stopping..." or "Stopped." but not exited yet). Only the log lines written since this
    server was launched (its pid file's time) count: the lines of earlier runs are history."""
    path, pid_file = config.home / "logs" / "neo4j.log", _pid_file(config)
    try:
        launched = pid_file.stat().st_mtime
        with path.open("rb") as log:
            log.seek(max(0, log.seek(0, os.SEEK_END) - _LOG_TAIL_BYTES))
            lines = log.read().decode("utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return "starting"
    phase = "starting"
    for line in lines:
        match = _LIFECYCLE.match(line)
        if match and _timestamp(match.group(1)) >= launched:
            phase = _PHASES[match.group(2)]
    return phase


def _launched_long_ago(config: ServerConfig) -> bool:
    try:
        return time.time() - _pid_file(config).stat().st_mtime > config.start_timeout
    except FileNotFoundError:
        return False


def _timestamp(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f%z").timestamp()


def _wait_until_ready(config: ServerConfig, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + config.start_timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            _pid_file(config).unlink(missing_ok=True)
            raise ServerError(f"Neo4j exited at start (code {proc.returncode}).\n{_tail(config)}")
        if lifecycle(config) == "started" and port_in_use(config.bolt_port):
            return
        time.sleep(0.5)
    stop(config)
    raise ServerError(
        f"Neo4j did not answer on Bolt within {config.start_timeout:.0f}s "
        f"(raise CTGRAPH_NEO4J_START_TIMEOUT on a slow machine).\n{_tail(config)}"
    )


def _wait_for_bolt(config: ServerConfig) -> None:
    """Wait until a running server (started by another process) answers on Bolt."""
    deadline = time.monotonic() + config.start_timeout
    while time.monotonic() < deadline:
        if running_pid(config) is None or lifecycle(config) == "stopping":
            raise ServerError(f"Neo4j stopped while it was being waited for.\n{_tail(config)}")
        phase = lifecycle(config)
        if port_in_use(config.bolt_port) and (phase == "started" or _launched_long_ago(config)):
            return  # a server launched long ago may have its "Started." out of the log's tail
        time.sleep(0.5)
    raise ServerError(
        f"Neo4j did not answer on Bolt within {config.start_timeout:.0f}s.\n{_tail(config)}"
    )


def _tail(config: ServerConfig, lines: int = 20) -> str:
    path = config.home / "logs" / "console.log"
    if not path.exists():
        return ""
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    return f"Last lines of {path}:\n" + "\n".join(text)


def stop(config: ServerConfig, *, timeout: float = 60.0) -> bool:
    """Stop the server and wait for its JVM to exit; False when it was not running."""
    pid = running_pid(config)
    if pid is None:
        return False
    os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.2)
    if _alive(pid):
        os.killpg(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.1)
    _pid_file(config).unlink(missing_ok=True)
    return True


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
        if waited == pid:
            return False
    except ChildProcessError:
        pass
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def status(config: ServerConfig) -> ServerStatus:
    marker = config.home / "assembly.json"
    versions: dict[str, str] = (
        json.loads(marker.read_text(encoding="utf-8")) if marker.exists() else {}
    )
    pid = running_pid(config)
    return ServerStatus(
        running=pid is not None, pid=pid, provisioned=bool(versions), versions=versions
    )
