"""`ctgraph extract` (texts -> JSON Lines) and `ctgraph eval` (quality against gold).

Exit codes: 0 every document done, 1 some documents failed (each named on stderr, tracebacks
in a log file whose path is printed), 2 nothing could run (no pipeline, no gold file).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ctgraph.cli import app
from ctgraph.cluster import extract_on_cluster
from ctgraph.errors import ExtractionUnavailable
from ctgraph.extract.errors import ExtractError
from ctgraph.extract.records import DocumentRecord
from ctgraph.extract.sources import expand_sources
from ctgraph.ingest import Failed, Summary, extracted_records, write_log

err = Console(stderr=True)
out = Console()

CONFIG_OPTION = typer.Option(
    "--config", help="Another spaCy pipeline config (default: the shipped extract/config.cfg)."
)
CLUSTER_OPTION = typer.Option(
    "--cluster",
    help="Extract on a Dask cluster: its scheduler (tcp://HOST:8786), or local:N for N local "
    "workers (docs/cluster.md).",
)


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Text files or folders of texts (or URLs, with --cluster).")
    ],
    out_path: Annotated[
        str | None,
        typer.Option(
            "--out", "-o", help="JSON Lines file (default stdout); with --cluster, a folder or URL."
        ),
    ] = None,
    processes: Annotated[
        int, typer.Option("--processes", "-p", min=1, help="Worker processes.")
    ] = 1,
    max_bytes: Annotated[
        int, typer.Option(help="Files larger than this are refused.")
    ] = 20_000_000,
    config: Annotated[Path | None, CONFIG_OPTION] = None,
    cluster: Annotated[str | None, CLUSTER_OPTION] = None,
) -> None:
    """Extract entities and relations from texts and write JSON Lines (one document per line).

    Every record written is one the loader takes. A document that fails (unreadable, the
    pipeline raised on it, a record the loader refuses) is named on stderr and skipped; the
    others go on. Exit 0: all done; 1: some failed; 2: nothing could run.
    """
    files = expand_sources(paths)
    if cluster is not None:
        _extract_on_cluster(files, cluster=cluster, out=out_path, config=config)
    summary = Summary()
    sink = Path(out_path).open("w", encoding="utf-8") if out_path else sys.stdout  # noqa: SIM115 (closed below)
    try:
        for name, outcome in extracted_records(
            files, processes=processes, config=config, max_bytes=max_bytes
        ):
            if isinstance(outcome, Failed):
                _failed(summary, name, outcome)
                continue
            sink.write(json.dumps(outcome.record.to_dict(), ensure_ascii=False) + "\n")
            summary.new.append(name)
    except ExtractionUnavailable as e:
        err.print(f"[red]error:[/red] {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(2) from e
    finally:
        if out_path:
            sink.close()
    err.print(f"{len(summary.new)} document(s) extracted, {len(summary.failed)} failed")
    _report_failures(summary)
    raise typer.Exit(1 if summary.failed else 0)


def _extract_on_cluster(
    files: list[str], *, cluster: str, out: str | None, config: Path | None
) -> None:
    """`ctgraph extract --cluster`: shards of JSON Lines under `out`, a summary, the exit."""
    if out is None:
        err.print("[red]error:[/red] --cluster writes shards: give --out FOLDER (or a URL)")
        raise typer.Exit(2)
    summary = Summary()
    try:
        shards = extract_on_cluster(files, address=cluster, out=out, config=config,
                                    on_shard=lambda s: err.print(f"shard {s.index}: {s.done} done"))  # fmt: skip
    except OSError as e:  # the scheduler cannot be reached
        err.print(f"[red]error:[/red] cluster {cluster}: {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(2) from e
    for shard in shards:
        summary.new += [shard.path] * shard.done
        summary.failed += shard.failures
    err.print(f"{len(summary.new)} document(s) extracted into {len(shards)} shard(s) under {out}, "
              f"{len(summary.failed)} failed")  # fmt: skip
    _report_failures(summary)
    raise typer.Exit(1 if summary.failed else 0)


def _failed(summary: Summary, name: str, failed: Failed) -> None:
    summary.failed.append((name, failed.reason))
    if failed.details:
        summary.details.append((name, failed.details))


def _report_failures(summary: Summary) -> None:
    """One line per failed document; the tracebacks go to a log file whose path is printed."""
    for name, reason in summary.failed:
        err.print(f"  [red]failed[/red] {escape(name)}: {escape(reason)}", soft_wrap=True)
    log = write_log(summary)
    if log is not None:
        err.print(f"tracebacks of the failed documents: {escape(str(log))}", soft_wrap=True)


@app.command("eval")
def evaluate_gold(
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotations (shared/gold format).")],
    corpus: Annotated[Path | None, typer.Option(help="Folder of the gold's texts.")] = None,
    show_misses: Annotated[bool, typer.Option("--misses", help="List every miss.")] = False,
    by_doc: Annotated[
        bool, typer.Option("--by-doc", help="Print each document's pair and overall F1.")
    ] = False,
    by_source: Annotated[
        Path | None,
        typer.Option(
            "--by-source",
            help="sources.json of the corpus: also print the headline figures per publisher.",
        ),
    ] = None,
    config: Annotated[Path | None, CONFIG_OPTION] = None,
) -> None:
    """Print precision, recall and F1 per fact kind of extraction against gold annotations,
    then the headline figures: pairs per document and overall (shared/gold/README.md)."""
    from ctgraph.extract.evaluation.gold import corpus_dir, load_gold

    try:
        documents = load_gold(gold)
    except ExtractError as e:
        err.print(f"[red]error[/] {escape(str(e))}")
        raise typer.Exit(2) from e
    folder = corpus_dir(gold, corpus)
    summary = Summary()
    by_file: dict[str, DocumentRecord] = {}
    try:
        for name, outcome in extracted_records(
            [folder / d["file"] for d in documents], config=config
        ):
            if isinstance(outcome, Failed):
                _failed(summary, name, outcome)
            else:
                by_file[Path(outcome.record.document.source).name] = outcome.record
    except ExtractionUnavailable as e:
        err.print(f"[red]error:[/red] {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(2) from e
    pairs = [(by_file[d["file"]], d) for d in documents if d["file"] in by_file]
    _print_scores(gold, pairs, show_misses=show_misses, by_doc=by_doc)
    if by_source is not None:
        _print_sources(by_source, pairs)
    if summary.failed:
        err.print(f"{len(summary.failed)} document(s) failed and are not scored:")
        _report_failures(summary)
        raise typer.Exit(1)


def _print_scores(
    gold: Path,
    pairs: list[tuple[DocumentRecord, dict[str, Any]]],
    *,
    show_misses: bool,
    by_doc: bool,
) -> None:
    from ctgraph.extract.evaluation.evaluate import PAIRS, evaluate_by_doc, overall, total
    from ctgraph.extract.evaluation.headline import headline

    per_doc = evaluate_by_doc(pairs)
    scores = total(per_doc)
    scores["overall"] = overall(scores)
    table = Table(title=f"Extraction quality on {gold.name} ({len(pairs)} documents)")
    for column in ("fact kind", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "fact kind" else "right")
    for kind, s in scores.items():
        table.add_row(kind, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                      str(s.tp), str(s.fp), str(s.fn))  # fmt: skip
    out.print(table)
    _print_headline(headline(pairs))
    if by_doc:
        for name, doc_scores in per_doc.items():
            pair, pooled = doc_scores[PAIRS], overall(doc_scores)
            out.print(
                f"{name}: pairs F1 {pair.f1:.3f} (tp {pair.tp} fp {pair.fp} fn {pair.fn}),"
                f" overall F1 {pooled.f1:.3f}",
                markup=False,
                soft_wrap=True,
            )
    if show_misses:
        for kind, s in scores.items():
            for miss in s.misses:
                out.print(f"{kind}: {miss}", markup=False)


def _print_headline(result: Any, label: str = "") -> None:
    f1s = ", ".join(f"{kind} {value:.3f}" for kind, value in result.f1s.items())
    out.print(
        f"{label}pairs per document {result.pairs_per_document:.3f} "
        f"({len(result.pair_f1)} documents with pairs); overall {result.overall:.3f} "
        f"(mean of: {f1s})",
        markup=False,
        soft_wrap=True,
    )


def _print_sources(sources: Path, pairs: list[tuple[DocumentRecord, dict[str, Any]]]) -> None:
    """The headline figures of each publisher's documents (leave-one-source-out: what a
    tuned component scores on the publisher it was not tuned with, `sources.split_by`)."""
    from ctgraph.extract.evaluation.headline import headline
    from ctgraph.extract.evaluation.sources import publishers, split_by

    try:
        publisher_of = publishers(sources)
    except ExtractError as e:
        err.print(f"[red]error[/] {escape(str(e))}")
        raise typer.Exit(2) from e
    for publisher, held_out, _ in split_by(pairs, publisher_of):
        _print_headline(headline(held_out), f"{publisher} ({len(held_out)}): ")
