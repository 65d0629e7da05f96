"""Fuzz the whole extractor: generated texts through `extract_text`, exceptions per site.

Texts come from tests/fuzz_texts.py (recombined corpus sentences, long country lists with
multi-word names, "Operation"/"JIT" before odd tokens, unicode, very long lines, one-word
texts). An `InputError` (empty text, no words) is the intended clear error and is counted
apart; any other exception is a bug, reported by the innermost ctgraph line that raised it.
Not a test:
    .venv/bin/python benchmarks/bench_fuzz_extract.py [--texts 10000] [--seed 0]
        [--corpus ../shared/corpus-wide ...]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fuzz_texts import CORPORA, corpus_sentences, generate  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from ctgraph.extract.batch import extract_text  # noqa: E402
from ctgraph.extract.errors import InputError  # noqa: E402


def site(error: BaseException) -> str:
    """`path:line in function` of the innermost frame inside ctgraph (else the innermost), of
    the first exception of the chain ("generator raised StopIteration" names the next())."""
    name = type(error).__name__
    while error.__cause__ is not None or error.__context__ is not None:
        error = error.__cause__ or error.__context__  # type: ignore[assignment]
        name = f"{name} from {type(error).__name__}"
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/ctgraph/" in f.filename or str(ROOT) in f.filename]
    frame = (ours or frames)[-1]
    where = Path(frame.filename)
    shown = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where.name
    return f"{name} at {shown}:{frame.lineno} in {frame.name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    sentences = corpus_sentences(CORPORA + args.corpus)
    rng = random.Random(args.seed)
    kinds: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    sites: Counter[str] = Counter()
    first: dict[str, str] = {}
    chars = 0
    start = time.perf_counter()
    for number in range(args.texts):
        if number and number % 1000 == 0:
            print(f"{number:,} texts, {sum(sites.values())} exceptions", flush=True)
        kind, text = generate(rng, sentences)
        kinds[kind] += 1
        chars += len(text)
        try:
            extract_text(text, doc_id=f"fuzz-{number}", source=f"fuzz-{number}")
        except InputError:
            refused[kind] += 1
        except Exception as e:  # counting every failure is the point
            sites[site(e)] += 1
            first.setdefault(site(e), text[:160])
    seconds = time.perf_counter() - start
    console = Console()
    table = Table(title=f"{args.texts:,} generated texts (seed {args.seed}), {seconds:.0f} s")
    for column in ("kind", "texts", "refused (InputError)"):
        table.add_column(column, justify="right" if column != "kind" else "left")
    for kind, count in sorted(kinds.items()):
        table.add_row(kind, f"{count:,}", f"{refused[kind]:,}")
    console.print(table)
    console.print(f"{chars / seconds:,.0f} characters/s, {args.texts / seconds:,.1f} texts/s")
    console.print(f"exceptions: {sum(sites.values())} in {len(sites)} sites")
    for where, count in sites.most_common():
        console.print(f"  {count:6,}  {where}\n          first text: {first[where]!r}")


if __name__ == "__main__":
    main()
