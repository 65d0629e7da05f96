"""The HTML view of a document's text (`api.document_view`), on hand-made spans: overlapping and
repeated spans, stale offsets, and text that must not become markup."""

from __future__ import annotations

import re

from ctgraph.api.document_view import Span, body, page, pieces, spans


def test_overlapping_spans_cut_the_text_without_nesting_marks() -> None:
    text = "Serbia and Romania took part. Hungary too."
    marks = [Span(0, 29, "Serbia PARTICIPATED_IN X"), Span(11, 29, "Romania PARTICIPATED_IN X"),
             Span(30, 42, "Hungary PARTICIPATED_IN X", page=2)]  # fmt: skip
    cut = list(pieces(text, marks))
    assert "".join(piece for piece, _ in cut) == text
    assert [len(covering) for _, covering in cut] == [1, 2, 0, 1]
    html = body(text, marks)
    assert "<mark" not in re.sub(r"<mark[^>]*>[^<]*</mark>", "", html)  # never nested
    assert 'title="Serbia PARTICIPATED_IN X; Romania PARTICIPATED_IN X"' in html
    assert 'title="Hungary PARTICIPATED_IN X (page 2)"' in html
    assert html.index("p.&nbsp;2") < html.index("Hungary")


def test_the_text_is_escaped_and_stale_offsets_are_clipped() -> None:
    text = '<script>alert("x")</script> & "quotes"'
    rows = [{"start": 0, "end": 500, "type": "T", "source": "<b>", "target": '"t"', "page": None},
            {"start": 90, "end": 95, "type": "T", "source": "a", "target": "b", "page": 3}]  # fmt: skip
    marks = spans(rows, len(text))
    assert marks == [Span(0, len(text), '<b> T "t"')]
    html = page({"id": "d", "title": "<Title>", "source": None, "text": text}, marks)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;Title&gt;" in html
    assert 'title="&lt;b&gt; T &quot;t&quot;"' in html


def test_a_text_without_evidence_is_shown_whole() -> None:
    html = page({"id": "d", "title": None, "source": "d.txt", "text": "No facts here."}, [])
    assert "No facts here." in html and "<mark title" not in html and "<h1>d</h1>" in html
