"""The readers on hostile files: peak memory and seconds per file, and a fuzz run.

Each hostile file (encrypted PDFs, a 1 GB flate bomb, a PDF of many streams, a DOCX zip bomb,
a whitespace bomb, two million paragraphs; `tests/hostile_documents.py`) is read in a process
of its own, so that its peak resident memory is its own. Good files are read by ctgraph's
reader and by the bare tool (pypdf's `extract_text`, python-docx, selectolax) in the same run:
the ratio is the cost of the bounds. Then `--mutants` mutations of the good files go through
the reader; any exception that is not a clean refusal (`InputError`) is counted as a crash.
Not a test:
    .venv/bin/python benchmarks/bench_readers.py [--mutants 6000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path.insert(0, str(TESTS))

from hostile_documents import good_documents, hostile_set, mutations  # noqa: E402

# Peak memory is VmHWM (reset by exec), not ru_maxrss (Linux keeps the parent's across exec).
CHILD = """
import json, sys, time
from io import BytesIO
from pathlib import Path
import docx, pypdf
from selectolax.parser import HTMLParser
from ctgraph.extract.errors import InputError
from ctgraph.extract.reader import read_bytes
data = Path(sys.argv[1]).read_bytes()
mode = sys.argv[2]
started = time.perf_counter()
outcome = "read"
if mode == "ctgraph":
    try:
        read_bytes(data, sys.argv[1])
    except InputError as e:
        outcome = type(e).__name__
else:
    if data.startswith(b"%PDF"):
        reader = pypdf.PdfReader(BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        "".join(p.extract_text() or "" for p in reader.pages)
    elif data.startswith(b"PK"):
        "".join(p.text for p in docx.Document(BytesIO(data)).paragraphs)
    else:
        HTMLParser(data.decode()).body.text()
seconds = time.perf_counter() - started
status = Path("/proc/self/status").read_text()
peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) / 1024
print(json.dumps({"seconds": seconds, "outcome": outcome, "rss_mb": peak}))
"""


def measure(path: Path, mode: str) -> dict[str, object]:
    """Read one file in a fresh process; its seconds, outcome and peak RSS."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), mode], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        return {"seconds": 0.0, "outcome": f"crash: {done.stderr.strip().splitlines()[-1]}",
                "rss_mb": 0.0}  # fmt: skip
    result: dict[str, object] = json.loads(done.stdout)
    return result


def fuzz(count: int) -> tuple[Counter[str], float, float]:
    """Outcomes of `count` mutants spread over the good files, the slowest, peak RSS."""
    from ctgraph.extract.clean import clean_text
    from ctgraph.extract.errors import InputError
    from ctgraph.extract.reader import read_bytes

    seeds = good_documents()
    outcomes: Counter[str] = Counter()
    slowest = 0.0
    for index, (name, data) in enumerate(sorted(seeds.items())):
        for number, mutant in enumerate(mutations(data, count // len(seeds) + 1, seed=index)):
            started = time.perf_counter()
            try:
                clean_text(read_bytes(mutant, f"{name}#{number}").text)
                outcomes["read"] += 1
            except InputError as e:
                outcomes[type(e).__name__] += 1
            except Exception as e:  # a crash: what the reader must never do
                outcomes[f"CRASH {type(e).__name__}"] += 1
            slowest = max(slowest, time.perf_counter() - started)
    status = Path("/proc/self/status").read_text().splitlines()
    peak = int(next(line for line in status if line.startswith("VmHWM")).split()[1]) / 1024
    return outcomes, slowest, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mutants", type=int, default=6000)
    parser.add_argument("--fuzz-only", action="store_true", help="only the fuzz run, here")
    args = parser.parse_args()
    console = Console()
    if args.fuzz_only:
        started = time.perf_counter()
        outcomes, slowest, rss = fuzz(args.mutants)
        console.print(
            f"Fuzz: {sum(outcomes.values()):,} mutants in {time.perf_counter() - started:.0f} s, "
            f"slowest {slowest:.2f} s, peak RSS {rss:.0f} MB: {dict(outcomes.most_common())}"
        )
        return
    with tempfile.TemporaryDirectory() as folder:
        table = Table(title="Hostile files (one process each)")
        for column in ("file", "KB", "outcome", "seconds", "peak RSS MB"):
            table.add_column(column)
        for name, data in hostile_set().items():
            path = Path(folder) / name
            path.write_bytes(data)
            found = measure(path, "ctgraph")
            table.add_row(name, f"{len(data) / 1024:,.0f}", str(found["outcome"]),
                          f"{found['seconds']:.2f}", f"{found['rss_mb']:.0f}")  # fmt: skip
        console.print(table)
        table = Table(title="Good files: ctgraph's bounded reader / the bare tool")
        for column in ("file", "ctgraph s", "bare s", "ratio", "ctgraph MB", "bare MB"):
            table.add_column(column)
        for name, data in good_documents().items():
            path = Path(folder) / name
            path.write_bytes(data)
            ours, bare = measure(path, "ctgraph"), measure(path, "bare")
            ratio = float(ours["seconds"]) / max(float(bare["seconds"]), 1e-9)  # type: ignore[arg-type]
            table.add_row(name, f"{ours['seconds']:.4f}", f"{bare['seconds']:.4f}",
                          f"{ratio:.2f}x", f"{ours['rss_mb']:.0f}", f"{bare['rss_mb']:.0f}")  # fmt: skip
        console.print(table)
    # In a process of its own: this one holds the bombs it generated.
    subprocess.run(
        [sys.executable, __file__, "--fuzz-only", "--mutants", str(args.mutants)], check=True
    )


if __name__ == "__main__":
    main()
