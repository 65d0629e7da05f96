"""`ctgraph extract` (texts -> JSON Lines) and `ctgraph eval` (quality against gold)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ctgraph.cli import app
from ctgraph.extract.errors import ExtractError

err = Console(stderr=True)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Text files or folders of texts.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="JSON Lines file (default stdout).")
    ] = None,
    processes: Annotated[
        int, typer.Option("--processes", "-p", min=1, help="Worker processes.")
    ] = 1,
    max_bytes: Annotated[
        int, typer.Option(help="Files larger than this are refused.")
    ] = 20_000_000,
) -> None:
    """Extract entities and relations from texts and write JSON Lines (one document per line).

    Unreadable files (empty, binary, undecodable, too large) are reported on stderr and
    skipped; the exit code is 1 only when no file at all could be processed.
    """
    from ctgraph.extract.batch import BatchReport, extract_files
    from ctgraph.extract.reader import expand_paths
    from ctgraph.ingest import extract_limits

    files = expand_paths(paths)
    report = BatchReport()
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        records = extract_files(
            files, report, n_process=processes, max_bytes=max_bytes, limits=extract_limits()
        )
        for record in records:
            sink.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    finally:
        if out:
            sink.close()
    for failure in report.failures:
        err.print(f"[yellow]skipped[/] {failure.path}: {failure.reason}")
    err.print(f"{report.done} document(s) extracted, {len(report.failures)} failed")
    if report.done == 0:
        raise typer.Exit(1)


@app.command("eval")
def evaluate_gold(
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotations (shared/gold format).")],
    corpus: Annotated[Path | None, typer.Option(help="Folder of the gold's texts.")] = None,
    show_misses: Annotated[bool, typer.Option("--misses", help="List every miss.")] = False,
    by_doc: Annotated[
        bool, typer.Option("--by-doc", help="Print each document's pair and overall F1.")
    ] = False,
) -> None:
    """Print precision, recall and F1 per fact kind of extraction against gold annotations."""
    from ctgraph.extract.batch import BatchReport, extract_files
    from ctgraph.extract.evaluation.evaluate import PAIRS, evaluate_by_doc, overall, pairs_per_doc, total
    from ctgraph.extract.evaluation.gold import corpus_dir, load_gold

    try:
        documents = load_gold(gold)
    except ExtractError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(2) from e
    folder = corpus_dir(gold, corpus)
    report = BatchReport()
    records = list(extract_files([folder / d["file"] for d in documents], report))
    for failure in report.failures:
        err.print(f"[red]missing[/] {failure.path}: {failure.reason}")
    by_file = {Path(r.document.source).name: r for r in records}
    per_doc = evaluate_by_doc((by_file[d["file"]], d) for d in documents if d["file"] in by_file)
    scores = total(per_doc)
    scores["overall"] = overall(scores)
    table = Table(title=f"Extraction quality on {gold.name} ({len(records)} documents)")
    for column in ("fact kind", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "fact kind" else "right")
    for kind, s in scores.items():
        table.add_row(
            kind,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.tp),
            str(s.fp),
            str(s.fn),
        )
    Console().print(table)
    Console().print(f"co-investigation pairs, mean per-document F1: {pairs_per_doc(per_doc):.3f}")
    if by_doc:
        for name, doc_scores in per_doc.items():
            pair, pooled = doc_scores[PAIRS], overall(doc_scores)
            Console().print(
                f"{name}: pairs F1 {pair.f1:.3f} (tp {pair.tp} fp {pair.fp} fn {pair.fn}),"
                f" overall F1 {pooled.f1:.3f}",
                markup=False,
                soft_wrap=True,
            )
    if show_misses:
        for kind, s in scores.items():
            for miss in s.misses:
                Console().print(f"{kind}: {miss}", markup=False)
