"""Build the pipeline from `config.cfg` once per process and run batches through `nlp.pipe`.

A text longer than the piece size is analysed in consecutive pieces (`extract.chunks`), each a
`Doc` of its own, so time grows linearly with length and memory stays bounded by the piece
size; `extract.merge` joins the pieces' records with offsets into the whole text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

import ctgraph.extract.components
import ctgraph.extract.gazetteers  # noqa: F401  (registers the ctgraph.* functions)
from ctgraph.extract.chunks import DEFAULT_CHUNK_CHARS, split_text

CONFIG_PATH = Path(__file__).parent / "config.cfg"
BATCH_CHARS = 100_000


def read_config(path: Path = CONFIG_PATH) -> Config:
    """The pipeline declaration."""
    return Config().from_disk(path, interpolate=False)


def build_nlp(config: Config, *, components: list[str] | None = None) -> Language:
    """Base model with its unneeded components excluded, then ctgraph's components."""
    base = config["base"]
    nlp = spacy.load(base["model"], exclude=list(base.get("exclude", [])))
    for name in base.get("enable", []):
        nlp.enable_pipe(name)
    for name, anchor in dict(base.get("before", {})).items():
        _move_before(nlp, name, anchor)
    names = components if components is not None else config["pipeline"]["components"]
    for name in names:
        settings: dict[str, Any] = dict(config["components"][name])
        factory = settings.pop("factory")
        before = settings.pop("before", None)
        before = before if before in nlp.pipe_names else None
        nlp.add_pipe(factory, name=name, config=settings, before=before)
    return nlp


def _move_before(nlp: Language, name: str, anchor: str) -> None:
    """Move a component of the base model before another (the same trained object)."""
    if name not in nlp.pipe_names or anchor not in nlp.pipe_names:
        return
    moved = f"{name}_moved"
    nlp.add_pipe(name, name=moved, source=nlp, before=anchor)
    nlp.remove_pipe(name)
    nlp.rename_pipe(moved, name)


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The process-wide pipeline: loading takes seconds, so it happens once."""
    return build_nlp(read_config())


@dataclass(frozen=True, slots=True)
class Piece:
    """Where an analysed piece belongs: its text's context, its offset, its number of count."""

    context: Any
    start: int
    index: int
    count: int

    @property
    def last(self) -> bool:
        return self.index == self.count - 1


def run(
    texts: Iterable[tuple[str, Any]],
    *,
    n_process: int = 1,
    batch_size: int = 8,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
) -> Iterator[tuple[Doc, Piece]]:
    """Analyse (text, context) pairs in batches, a long text as consecutive pieces; with
    n_process > 1, in worker processes."""
    nlp = load_nlp()
    nlp.max_length = max(nlp.max_length, chunk_chars + 1)
    # Memory grows with the characters of one batch: at most BATCH_CHARS of pieces at once.
    batch_size = max(1, min(batch_size, BATCH_CHARS // chunk_chars))
    yield from nlp.pipe(_pieces(texts, chunk_chars), as_tuples=True, n_process=n_process,
                        batch_size=batch_size)  # fmt: skip


def _pieces(texts: Iterable[tuple[str, Any]], size: int) -> Iterator[tuple[str, Piece]]:
    for text, context in texts:
        parts = split_text(text, size)
        start = 0
        for index, part in enumerate(parts):
            yield part, Piece(context, start, index, len(parts))
            start += len(part)
