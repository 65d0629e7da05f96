"""The extractor never raises on any text: property-based tests on generated texts.

A text the extractor cannot take (empty, no words) gives an `InputError` with its reason:
that is the clear error the batch reports by name. Anything else is a bug.
"""

from __future__ import annotations

import random

import pytest
from fuzz_texts import COUNTRIES, KINDS, OPERATION_HEADS, corpus_sentences
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctgraph.extract.batch import extract_text
from ctgraph.extract.errors import InputError
from ctgraph.extract.records import DocumentRecord

pytestmark = pytest.mark.model

SENTENCES = corpus_sentences()
SETTINGS = settings(
    max_examples=25, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)  # fmt: skip


def extract_or_input_error(text: str) -> DocumentRecord | None:
    """The record, or None when the text is refused with an `InputError`."""
    try:
        return extract_text(text, doc_id="fuzz", source="fuzz")
    except InputError:
        return None


@pytest.mark.parametrize(
    "text",
    [
        "JIT Isle of Man",
        "the JIT Republic of Korea",
        "Operation X Republic of Moldova",
        "Romania and Bulgaria set up the JIT Isle of Man police.",
        "Operation Blue Republic of Moldova and Romania took part.",
        "A joint investigation team Bosnia and Herzegovina and Serbia.",
        "Operation Trinidad and Tobago",
        "the operation Democratic Republic of the Congo",
    ],
)
def test_linker_inside_a_country_name_after_an_operation(text: str) -> None:
    """The crash class of issue 19: `of`/`and` inside a country name right after the mention."""
    assert extract_or_input_error(text) is not None


@pytest.mark.parametrize("kind", sorted(KINDS))
@SETTINGS
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_generated_texts_of_each_kind(kind: str, seed: int) -> None:
    """Recombined corpus sentences, country lists, odd tokens, unicode, long lines, one word."""
    extract_or_input_error(KINDS[kind](random.Random(seed), SENTENCES))


@SETTINGS
@given(
    head=st.sampled_from(OPERATION_HEADS),
    tail=st.lists(
        st.one_of(st.sampled_from(COUNTRIES), st.text(min_size=1, max_size=12)), max_size=5
    ),
)
def test_operation_words_before_any_tokens(head: str, tail: list[str]) -> None:
    """ "Operation"/"JIT" followed by arbitrary text and country names."""
    extract_or_input_error(" ".join([head, *tail]))


@SETTINGS
@given(text=st.text(max_size=400))
def test_arbitrary_unicode(text: str) -> None:
    """Any unicode string, control characters and lone surrogates included."""
    extract_or_input_error(text)
