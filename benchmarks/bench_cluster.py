"""The cost of extracting on a Dask cluster against `--processes` on one machine.

Same files, one run: one process, two worker processes (`extract_files(n_process=2)`, what
`ctgraph extract --processes 2` does), and a local Dask cluster of two single-threaded workers
(`ctgraph extract --cluster local:2`), its start-up and the workers' pipeline loading timed
apart (`--processes` forks a process that has the pipeline loaded already). Not a test:
    .venv/bin/python benchmarks/bench_cluster.py [--corpus ../shared/corpus-wide] [--repeat 2]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from ctgraph.cluster import extract_on_cluster, warm_up
from ctgraph.extract.batch import BatchReport, extract_files
from ctgraph.extract.sources import expand_sources

ROOT = Path(__file__).resolve().parent.parent


def _copies(corpus: Path, repeat: int, into: Path) -> list[str]:
    """The corpus's files `repeat` times under other names (so that ids stay distinct)."""
    files = expand_sources([str(corpus)])
    for i in range(repeat):
        for f in files:
            shutil.copy(f, into / f"{i}-{Path(f).name}")
    return expand_sources([str(into)])


def _words(sources: list[str]) -> int:
    return sum(len(Path(s).read_text(errors="replace").split()) for s in sources)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus-wide")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--shard-documents", type=int, default=None)
    args = parser.parse_args()
    from distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        sources = _copies(args.corpus, args.repeat, Path(tmp))
        words = _words(sources)
        print(f"{len(sources)} documents, {words:,} words", flush=True)
        rows = []
        for n in (1, 2):
            start = time.perf_counter()
            done = sum(1 for _ in extract_files(sources, BatchReport(), n_process=n))
            rows.append((f"--processes {n}", done, time.perf_counter() - start))
        start = time.perf_counter()
        with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
            started = time.perf_counter() - start
            begin = time.perf_counter()
            with Client(cluster.scheduler_address) as client:
                client.run(warm_up)
            warmed = time.perf_counter() - begin
            out = str(Path(tmp) / "shards")
            begin = time.perf_counter()
            shards = extract_on_cluster(
                sources, address=cluster.scheduler_address, out=out,
                shard_documents=args.shard_documents,
            )  # fmt: skip
            rows.append(
                ("--cluster local:2", sum(s.done for s in shards), time.perf_counter() - begin)
            )
        print(
            f"local cluster of 2 workers started in {started:.1f} s, pipelines loaded in {warmed:.1f} s"
        )
        base = rows[1][2]
        print("| run | documents | seconds | words/s | time ÷ --processes 2 |")
        print("| --- | --- | --- | --- | --- |")
        for name, done, seconds in rows:
            print(
                f"| {name} | {done} | {seconds:.1f} | {words / seconds:,.0f} | {seconds / base:.2f} |"
            )


if __name__ == "__main__":
    main()
