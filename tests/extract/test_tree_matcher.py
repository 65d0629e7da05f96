"""`TreeMatcher` finds what spaCy's `DependencyMatcher` finds, in the same order."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from fuzz_texts import corpus_sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ctgraph.extract.actors import role_patterns
from ctgraph.extract.clean import clean_text
from ctgraph.extract.errors import PatternError
from ctgraph.extract.tree_matcher import TreeMatcher

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [ROOT / "data" / "corpus", ROOT.parent / "shared" / "corpus-wide"]
#: invented patterns for the operators the role patterns use least (`<`, `>>`, POS and TAG)
OPERATORS: dict[str, list[list[dict[str, Any]]]] = {
    "head of a subject": [[
        {"RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        {"LEFT_ID": "subject", "REL_OP": "<", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}},
    ]],
    "noun under a verb": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"TAG": {"IN": ["VBD", "VBZ"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">>", "RIGHT_ID": "noun", "RIGHT_ATTRS": {"POS": "PROPN"}},
    ]],
    "any child": [[
        {"RIGHT_ID": "word", "RIGHT_ATTRS": {}},
        {"LEFT_ID": "word", "REL_OP": ">", "RIGHT_ID": "child", "RIGHT_ATTRS": {"LOWER": "the"}},
    ]],
}  # fmt: skip


@lru_cache(maxsize=1)
def nlp() -> Language:
    from ctgraph.extract.pipeline import load_nlp

    return load_nlp()


@lru_cache(maxsize=1)
def matchers() -> tuple[DependencyMatcher, TreeMatcher]:
    spacy_matcher, ours = DependencyMatcher(nlp().vocab), TreeMatcher(nlp().vocab)
    for name, rules in [*role_patterns().patterns.items(), *OPERATORS.items()]:
        spacy_matcher.add(name, rules)
        ours.add(name, rules)
    return spacy_matcher, ours


def parsed(text: str) -> Doc:
    with nlp().select_pipes(enable=["tok2vec", "tagger", "senter", "ctgraph_lines", "parser",
                                    "attribute_ruler", "lemmatizer"]):  # fmt: skip
        return nlp()(text)


def same_as_spacy(doc: Doc) -> None:
    spacy_matcher, ours = matchers()
    theirs = [
        (key, [sent.start + t for t in tokens])
        for sent in doc.sents
        for key, tokens in spacy_matcher(sent)
    ]
    assert ours(doc, list(doc.sents)) == theirs


@pytest.mark.model
def test_every_corpus_text_gets_the_dependency_matchers_matches() -> None:
    paths = [p for folder in TEXTS for p in sorted(folder.glob("*.txt"))]
    assert paths
    for path in paths:
        same_as_spacy(parsed(clean_text(path.read_text("utf-8")).text))


@pytest.mark.model
@given(st.lists(st.sampled_from(corpus_sentences()), min_size=1, max_size=8))
@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
def test_recombined_sentences_get_the_dependency_matchers_matches(parts: list[str]) -> None:
    same_as_spacy(parsed(" ".join(parts)))


@pytest.mark.model
def test_the_whole_doc_is_one_span_by_default() -> None:
    doc = parsed("Police of Chile and Peru took part. The operation involved Bolivia.")
    spacy_matcher, ours = matchers()
    assert ours(doc) == spacy_matcher(doc)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"ORTH": "x"}}],
        [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LOWER": {"REGEX": "x"}}}],
        [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": "NOT_A_POS"}}],
        [{"RIGHT_ID": "a", "RIGHT_ATTRS": {}},
         {"LEFT_ID": "a", "REL_OP": ".", "RIGHT_ID": "b", "RIGHT_ATTRS": {}}],
        [{"RIGHT_ID": "a", "RIGHT_ATTRS": {}},
         {"LEFT_ID": "z", "REL_OP": ">", "RIGHT_ID": "b", "RIGHT_ATTRS": {}}],
    ],
)  # fmt: skip
def test_what_it_cannot_evaluate_is_refused_when_added(pattern: list[dict[str, Any]]) -> None:
    with pytest.raises(PatternError):
        TreeMatcher(Vocab()).add("refused", [pattern])
