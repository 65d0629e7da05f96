"""Where components leave their findings: one span group of mentions plus per-entity metadata.

Both survive `Doc.to_bytes`, so multi-process `nlp.pipe` keeps them. Lookups go through an
index kept beside each doc (token occupancy per label, mentions sorted per label), rebuilt
from the span group whenever it is missing or stale, so bookkeeping stays linear in the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Any
from weakref import WeakKeyDictionary, ref

from spacy.tokens import Doc, Span

GROUP = "ctgraph"
META = "ctgraph_meta"


class _Index:
    """Token occupancy and start-sorted mentions per label for one doc."""

    def __init__(self, length: int, spans: Iterable[Span]) -> None:
        self.length = length
        self.count = 0
        self.occupied: dict[str, bytearray] = {}
        self.sorted: dict[str, list[Span]] = {}
        self.starts: dict[str, list[int]] = {}
        for span in spans:
            self.add(span)

    def add(self, span: Span) -> None:
        """Record one kept mention."""
        label = span.label_
        occupied = self.occupied.setdefault(label, bytearray(self.length))
        occupied[span.start : span.end] = b"\x01" * (span.end - span.start)
        spans, starts = self.sorted.setdefault(label, []), self.starts.setdefault(label, [])
        at = bisect_left(starts, span.start)
        while at < len(starts) and starts[at] == span.start:
            at += 1
        starts.insert(at, span.start)
        spans.insert(at, span)
        self.count += 1

    def overlaps(self, start: int, end: int, label: str | None) -> bool:
        """True when any token of [start, end) is taken (by `label`, if given)."""
        arrays = self.occupied.values() if label is None else [self.occupied.get(label)]
        return any(a is not None and any(a[start:end]) for a in arrays)


_INDEXES: WeakKeyDictionary[Doc, _Index] = WeakKeyDictionary()
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per doc (spaCy rebuilds it from the tokens on every access)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text`, cut from the doc's text built once (spaCy joins the tokens on each access)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def line_of(doc: Doc, char: int) -> str:
    """The line of the text holding character offset `char`."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return text[start : end if end >= 0 else len(text)]


_LAST: list[tuple[ref[Doc], _Index]] = []  # the doc asked last, without a dictionary lookup


def _index(doc: Doc) -> _Index:
    """The doc's index, rebuilt when the span group changed behind its back."""
    group = doc.spans.get(GROUP, None)
    size = len(group) if group is not None else 0
    index = _LAST[0][1] if _LAST and _LAST[0][0]() is doc else _INDEXES.get(doc)
    if index is None or index.count != size or index.length != len(doc):
        index = _INDEXES[doc] = _Index(len(doc), group if group is not None else [])
    _LAST[:] = [(ref(doc), index)]
    return index


def add_mention(doc: Doc, start: int, end: int, label: str, key: str) -> Span | None:
    """Record a mention (token offsets) of entity `key`.

    A span overlapping a kept mention of the same label is refused; different labels may nest
    (the country in "Embassy of Sweden", the city in an event title).
    """
    index = _index(doc)
    if index.overlaps(start, end, label):
        return None
    if GROUP not in doc.spans:
        doc.spans[GROUP] = []
    span = Span(doc, start, end, label=label, kb_id=key)
    doc.spans[GROUP].append(span)
    index.add(span)
    return span


def mentions(doc: Doc, label: str | None = None) -> list[Span]:
    """Mentions in text order, optionally of one label (the list is shared: do not mutate)."""
    index = _index(doc)
    if label is not None:
        return index.sorted.get(label, [])
    return sorted((s for spans in index.sorted.values() for s in spans), key=lambda s: s.start)


def mentions_between(doc: Doc, start: int, end: int, label: str) -> list[Span]:
    """Mentions of one label starting in tokens [start, end), found by bisection."""
    index = _index(doc)
    starts = index.starts.get(label, [])
    return index.sorted.get(label, [])[bisect_left(starts, start) : bisect_left(starts, end)]


def covered(doc: Doc, start: int, end: int, label: str | None = None) -> bool:
    """True when a kept mention (of `label`, if given) overlaps tokens [start, end)."""
    return _index(doc).overlaps(start, end, label)


def meta(doc: Doc) -> dict[str, dict[str, Any]]:
    """Per-entity metadata (canonical name, aliases, codes), keyed by entity id."""
    store: dict[str, dict[str, Any]] = doc.user_data.setdefault(META, {})
    return store


def set_meta(doc: Doc, key: str, **values: Any) -> dict[str, Any]:
    """Merge metadata of one entity; list values are unioned in order."""
    entry = meta(doc).setdefault(key, {})
    for name, value in values.items():
        if isinstance(value, list):
            merged = entry.setdefault(name, [])
            merged.extend(v for v in value if v not in merged)
        elif value is not None and name not in entry:
            entry[name] = value
    return entry
