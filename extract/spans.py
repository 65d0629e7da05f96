"""Where components leave their findings: one span group of mentions plus per-entity metadata.

Both survive `Doc.to_bytes`, so multi-process `nlp.pipe` keeps them.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

GROUP = "ctgraph"
META = "ctgraph_meta"


def add_mention(doc: Doc, start: int, end: int, label: str, key: str) -> Span | None:
    """Record a mention (token offsets) of entity `key`.

    A span overlapping a kept mention of the same label is refused; different labels may nest
    (the country in "Embassy of Sweden", the city in an event title).
    """
    group = doc.spans.get(GROUP, None)
    if group is None:
        doc.spans[GROUP] = []
        group = doc.spans[GROUP]
    for span in group:
        if span.label_ == label and span.start < end and start < span.end:
            return None
    span = Span(doc, start, end, label=label, kb_id=key)
    group.append(span)
    return span


def mentions(doc: Doc, label: str | None = None) -> list[Span]:
    """Mentions in text order, optionally of one label."""
    if GROUP not in doc.spans:
        return []
    found = [s for s in doc.spans[GROUP] if label is None or s.label_ == label]
    return sorted(found, key=lambda s: s.start)


def covered(doc: Doc, start: int, end: int, label: str | None = None) -> bool:
    """True when a kept mention (of `label`, if given) overlaps tokens [start, end)."""
    return any(s.start < end and start < s.end for s in mentions(doc, label))


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
