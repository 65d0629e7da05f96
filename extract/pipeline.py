"""Build the pipeline from `config.cfg` once per process and run batches through `nlp.pipe`.

A text longer than the piece size is analysed in pieces (`extract.chunks`) and the pieces'
`Doc`s merged back into one, so time grows linearly with length and memory stays bounded by
the piece size; offsets are offsets into the whole text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.api import Config

import extract.components
import extract.gazetteers  # noqa: F401  (registers the ctgraph.* functions)
from extract.chunks import DEFAULT_CHUNK_CHARS, split_text
from extract.spans import GROUP, META

CONFIG_PATH = Path(__file__).parent / "config.cfg"


def read_config(path: Path = CONFIG_PATH) -> Config:
    """The pipeline declaration."""
    return Config().from_disk(path, interpolate=False)


def build_nlp(config: Config, *, components: list[str] | None = None) -> Language:
    """Base model with its unneeded components excluded, then ctgraph's components."""
    base = config["base"]
    nlp = spacy.load(base["model"], exclude=list(base.get("exclude", [])))
    for name in base.get("enable", []):
        nlp.enable_pipe(name)
    names = components if components is not None else config["pipeline"]["components"]
    for name in names:
        settings: dict[str, Any] = dict(config["components"][name])
        factory = settings.pop("factory")
        nlp.add_pipe(factory, name=name, config=settings)
    return nlp


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The process-wide pipeline: loading takes seconds, so it happens once."""
    return build_nlp(read_config())


def run(
    texts: Iterable[tuple[str, Any]],
    *,
    n_process: int = 1,
    batch_size: int = 8,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
) -> Iterator[tuple[Doc, Any]]:
    """Analyse (text, context) pairs in batches; with n_process > 1, in worker processes."""
    nlp = load_nlp()
    nlp.max_length = max(nlp.max_length, chunk_chars + 1)
    pieces = (
        (piece, (context, index, len(parts)))
        for text, context in texts
        for parts in [split_text(text, chunk_chars)]
        for index, piece in enumerate(parts)
    )
    done: list[Doc] = []
    for doc, (context, index, count) in nlp.pipe(
        pieces, as_tuples=True, n_process=n_process, batch_size=batch_size
    ):
        done.append(doc)
        if index == count - 1:
            yield (done[0] if count == 1 else merge_docs(done)), context
            done = []


def merge_docs(docs: list[Doc]) -> Doc:
    """One `Doc` of consecutive pieces: tokens, sentences, mentions and entity metadata.

    Per-document keys (unnamed operations are numbered within a text) get the piece's number,
    so that two pieces' `unnamed-1` do not become one entity.
    """
    merged = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data", "tensor"])  # type: ignore[call-arg]
    starts = [0]
    for doc in docs[:-1]:
        starts.append(starts[-1] + len(doc.text))
    store: dict[str, dict[str, Any]] = {}
    for number, doc in enumerate(docs):
        for key, values in doc.user_data.get(META, {}).items():
            _merge_meta(store.setdefault(_piece_key(key, number), {}), values)
    merged.user_data[META] = store
    if GROUP in merged.spans:
        merged.spans[GROUP] = [_renamed(span, starts) for span in merged.spans[GROUP]]
    return merged


def _piece_key(key: str, number: int) -> str:
    return f"{key}-part{number + 1}" if number and "unnamed" in key else key


def _renamed(span: Span, starts: list[int]) -> Span:
    number = bisect_right(starts, span.start_char) - 1
    key = _piece_key(span.kb_id_, number)
    if key == span.kb_id_:
        return span
    return Span(span.doc, span.start, span.end, label=span.label_, kb_id=key)


def _merge_meta(entry: dict[str, Any], values: dict[str, Any]) -> None:
    """Lists are unioned in order, other values: the first piece's wins."""
    for name, value in values.items():
        if isinstance(value, list):
            merged = entry.setdefault(name, [])
            merged.extend(v for v in value if v not in merged)
        elif value is not None and name not in entry:
            entry[name] = value
