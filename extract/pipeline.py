"""Build the pipeline from `config.cfg` once per process and run batches through `nlp.pipe`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

import extract.components
import extract.gazetteers  # noqa: F401  (registers the ctgraph.* functions)

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
    texts: Iterable[tuple[str, Any]], *, n_process: int = 1, batch_size: int = 8
) -> Iterator[tuple[Doc, Any]]:
    """Analyse (text, context) pairs in batches; with n_process > 1, in worker processes."""
    nlp = load_nlp()
    yield from nlp.pipe(texts, as_tuples=True, n_process=n_process, batch_size=batch_size)
