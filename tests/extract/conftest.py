"""Shared fixtures: a blank English pipeline (no model) and the full pipeline (model)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import ctgraph.extract.components
import ctgraph.extract.gazetteers  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "texts"


@pytest.fixture(scope="session")
def blank() -> Callable[[list[str]], Language]:
    """A blank English pipeline with a sentencizer and the given ctgraph components."""

    def build(components: list[str]) -> Language:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("ctgraph_lines")
        for name in components:
            nlp.add_pipe(name)
        return nlp

    return build


@pytest.fixture(scope="session")
def analyse() -> Callable[[str], Doc]:
    """The real pipeline (needs the trained model)."""
    from ctgraph.extract.pipeline import load_nlp

    return lambda text: load_nlp()(text)
