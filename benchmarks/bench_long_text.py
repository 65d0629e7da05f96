"""Seconds and peak memory of extracting one long text (100 KB, 1 MB, 5 MB by default).

The text is the sample corpus, cleaned, repeated until long enough; each size runs in its own
process so that its peak resident memory is its own (model loading included). Not a test:
    .venv/bin/python benchmarks/bench_long_text.py [--sizes 100000 1000000 5000000]
        [--chunk-chars 50000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


def long_text(size: int) -> str:
    """Corpus texts, cleaned, joined by blank lines until `size` characters."""
    from ctgraph.extract.clean import clean_text

    texts = [clean_text(p.read_text("utf-8")).text for p in sorted(CORPUS.glob("*.txt"))]
    parts: list[str] = []
    length = 0
    while length < size:
        part = texts[len(parts) % len(texts)]
        parts.append(part)
        length += len(part) + 1
    return "\n".join(parts)[:size]


def measure(size: int, chunk_chars: int) -> dict[str, float]:
    """Extract one text of `size` characters in this process; seconds and peak RSS in MB."""
    from ctgraph.extract.batch import Limits, extract_text
    from ctgraph.extract.pipeline import load_nlp

    text = long_text(size)
    load_nlp()
    start = time.perf_counter()
    limits = Limits(chunk_chars=chunk_chars, max_chars=2 * size)
    record = extract_text(text, doc_id="bench", source="bench", limits=limits)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "seconds": seconds, "peak_mb": peak_mb,
            "entities": len(record.entities), "relations": len(record.relations)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 5_000_000])
    parser.add_argument("--chunk-chars", type=int, default=50_000)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.chunk_chars)))
        return
    table = Table(title=f"One long text, pieces of {args.chunk_chars:,} characters")
    for column in ("characters", "seconds", "peak memory (MB)", "entities", "relations"):
        table.add_column(column, justify="right")
    for size in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(size), "--chunk-chars", str(args.chunk_chars)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        row = json.loads(done.stdout.strip().splitlines()[-1])
        table.add_row(f"{size:,}", f"{row['seconds']:.1f}", f"{row['peak_mb']:.0f}",
                      str(row["entities"]), str(row["relations"]))  # fmt: skip
        Console().print(f"{size:,} characters: {row['seconds']:.1f} s, {row['peak_mb']:.0f} MB")
    Console().print(table)


if __name__ == "__main__":
    main()
