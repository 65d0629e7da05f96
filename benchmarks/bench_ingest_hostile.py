"""The hostile-file batch through `ctgraph ingest`: peak memory and time of the ingest process.

    CTGRAPH_BENCH_NEO4J_URI=bolt://127.0.0.1:7705 CTGRAPH_BENCH_NEO4J_PASSWORD=... \\
        .venv/bin/python benchmarks/bench_ingest_hostile.py [--mutants 20]

WIPES THE GRAPH of the server it is pointed at (never your own). One batch (issue 22): five good
files (a PDF, a DOCX, an HTML page, PDFs encrypted with RC4 and AES-256 and an empty user
password, made of the sample corpus's texts) and the bad ones (`tests/hostile_documents.py`:
PDFs with a password, an unsupported or damaged security handler, a 1 GB flate bomb, a PDF of
many 3 MB streams, a DOCX zip bomb, a whitespace bomb, two million paragraphs, and `--mutants`
mutated PDFs that cannot be read). Each run is `ctgraph ingest FOLDER` in a process of its own on
an empty graph; its peak RSS is the process's VmHWM. The bare reference, measured in the same
run: `ctgraph ingest` of the five good files alone (the CLI, the spaCy pipeline and the loader,
no hostile file); the ratio is what the hostile files cost.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from neo4j import GraphDatabase
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile_documents import PEAK_RSS_CLI, ingest_batch, peak_rss_mb, write_files  # noqa: E402

CORPUS = ROOT / "data" / "corpus"
WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"


def ingest(folder: Path, env: dict[str, str]) -> tuple[float, float, int, str]:
    """Seconds, peak RSS (MB), exit code and summary line of `ctgraph ingest FOLDER`."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PEAK_RSS_CLI, "ingest", str(folder)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    summary = re.search(r"documents: .*", done.stdout)
    return seconds, peak_rss_mb(done.stderr), done.returncode, summary[0] if summary else "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mutants", type=int, default=20)
    args = parser.parse_args()
    uri, password = (
        os.environ["CTGRAPH_BENCH_NEO4J_URI"],
        os.environ["CTGRAPH_BENCH_NEO4J_PASSWORD"],
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CTGRAPH_")}
    env.update(CTGRAPH_NEO4J_URI=uri, CTGRAPH_NEO4J_PASSWORD=password, COLUMNS="200")
    good, bad = ingest_batch([p.read_text() for p in sorted(CORPUS.glob("*.txt"))],
                             mutants=args.mutants)  # fmt: skip
    table = Table(title="`ctgraph ingest` of one folder, a process of its own, empty graph")
    for column in ("batch", "files", "seconds", "peak RSS MB", "exit", "summary"):
        table.add_column(column)
    results = {}
    with (
        tempfile.TemporaryDirectory() as folder,
        GraphDatabase.driver(uri, auth=("neo4j", password)) as driver,
    ):
        batches = {
            "good files alone (bare)": write_files(Path(folder) / "good", good),
            "good + hostile": write_files(Path(folder) / "batch", good | bad),
        }
        for name, path in batches.items():
            with driver.session() as session:
                session.run(WIPE).consume()
            results[name] = ingest(path, env)
            seconds, rss, code, summary = results[name]
            files = len(list(path.iterdir()))
            table.add_row(name, str(files), f"{seconds:.1f}", f"{rss:.0f}", str(code), summary)
        with driver.session() as session:
            session.run(WIPE).consume()
    console = Console()
    console.print(table)
    (bare_s, bare_rss, _, _), (s, rss, _, _) = results.values()
    console.print(
        f"hostile batch / good files alone: time {s / bare_s:.2f}x, peak RSS {rss / bare_rss:.2f}x "
        f"(+{rss - bare_rss:.0f} MB for {len(bad)} hostile files, "
        f"{sum(map(len, bad.values())) / 1e6:.1f} MB on disk)"
    )


if __name__ == "__main__":
    main()
