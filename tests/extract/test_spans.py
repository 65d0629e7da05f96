"""Mention bookkeeping: overlap refusal, ordered lookups, and an index that stays in step."""

from __future__ import annotations

import spacy

from ctgraph.extract import spans
from ctgraph.extract.spans import add_mention, covered, mentions, mentions_between


def test_overlap_refused_per_label_and_order_kept() -> None:
    doc = spacy.blank("en")("Embassy of Sweden in Oslo and Norway")
    assert add_mention(doc, 0, 3, "Organisation", "organisation:x") is not None
    assert add_mention(doc, 2, 3, "Country", "country:SE") is not None
    assert add_mention(doc, 1, 2, "Organisation", "organisation:y") is None
    assert add_mention(doc, 6, 7, "Country", "country:NO") is not None
    assert [m.kb_id_ for m in mentions(doc, "Country")] == ["country:SE", "country:NO"]
    assert covered(doc, 2, 3) and not covered(doc, 4, 6)
    assert [m.kb_id_ for m in mentions_between(doc, 3, 7, "Country")] == ["country:NO"]


def test_index_rebuilt_when_doc_is_copied() -> None:
    doc = spacy.blank("en")("Spain and France")
    add_mention(doc, 2, 3, "Country", "country:FR")
    add_mention(doc, 0, 1, "Country", "country:ES")
    copy = spacy.tokens.Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert [m.kb_id_ for m in mentions(copy, "Country")] == ["country:ES", "country:FR"]
    assert add_mention(copy, 0, 1, "Country", "country:ES") is None


def test_bookkeeping_is_linear_in_mentions() -> None:
    """Each added mention touches only its own tokens, whatever the number already kept."""
    doc = spacy.blank("en")(" ".join(["word"] * 60_000))
    for start in range(0, 60_000, 2):
        add_mention(doc, start, start + 1, "Country", f"country:{start}")
    index = spans._index(doc)
    assert index.count == 30_000
    assert len(mentions_between(doc, 100, 200, "Country")) == 50
