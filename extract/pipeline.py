"""Build the pipeline from a spaCy config (`config.cfg`) once per process and run texts through
`nlp.pipe`.

The config is spaCy's own (`[nlp]`, `[components.X]`): the trained components are sourced from
the base model and ctgraph's components come from their `ctgraph_*` factories, assembled the way
`spacy.load` assembles a pipeline (`spacy.util.load_model_from_config`). Another config can be
given (`ctgraph extract --config FILE`, `CTGRAPH_EXTRACT_CONFIG`).

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
import ctgraph.extract.faults
import ctgraph.extract.gazetteers  # noqa: F401  (registers the ctgraph.* functions)
from ctgraph.extract.chunks import DEFAULT_CHUNK_CHARS, split_text
from ctgraph.extract.errors import PipelineUnavailable

CONFIG_PATH = Path(__file__).parent / "config.cfg"
BATCH_CHARS = 100_000


def read_config(path: Path = CONFIG_PATH) -> Config:
    """The pipeline declaration (spaCy's config format, variables interpolated)."""
    try:
        return spacy.util.load_config(path, interpolate=True)
    except (OSError, ValueError) as e:  # missing file; thinc's ConfigValidationError
        raise PipelineUnavailable(f"cannot read the pipeline config {path}: {e}") from e


def build_nlp(config: Config) -> Language:
    """The pipeline the config declares: sourced base components, then ctgraph's factories."""
    try:
        return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    except (OSError, ValueError, KeyError, ImportError) as e:  # model missing, bad config
        raise PipelineUnavailable(f"cannot build the extraction pipeline: {e}") from e


@lru_cache(maxsize=2)
def load_nlp(path: Path = CONFIG_PATH) -> Language:
    """The process-wide pipeline of a config: loading takes seconds, so it happens once."""
    return build_nlp(read_config(path))


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
    nlp: Language,
    texts: Iterable[tuple[str, Any]],
    *,
    batch_size: int = 8,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
) -> Iterator[tuple[Doc, Piece]]:
    """Analyse (text, context) pairs in batches, a long text as consecutive pieces."""
    nlp.max_length = max(nlp.max_length, chunk_chars + 1)
    # Memory grows with the characters of one batch: at most BATCH_CHARS of pieces at once.
    batch_size = max(1, min(batch_size, BATCH_CHARS // chunk_chars))
    yield from nlp.pipe(_pieces(texts, chunk_chars), as_tuples=True, batch_size=batch_size)


def _pieces(texts: Iterable[tuple[str, Any]], size: int) -> Iterator[tuple[str, Piece]]:
    for text, context in texts:
        parts = split_text(text, size)
        start = 0
        for index, part in enumerate(parts):
            yield part, Piece(context, start, index, len(parts))
            start += len(part)


def nlp_for(config: Path | None) -> Language:
    """The pipeline of a config file, or of the shipped one."""
    return load_nlp() if config is None else load_nlp(config.resolve())
