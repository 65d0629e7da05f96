"""What relation builders share: the doc, entities by id, sentences as evidence."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ctgraph.extract.dates import heading_years
from ctgraph.extract.records import Entity, Evidence, Relation
from ctgraph.extract.spans import doc_text, mentions, mentions_between, span_text


@dataclass(slots=True)
class Context:
    """An analysed document and the entities already built from it."""

    doc: Doc
    entities: dict[str, Entity]
    date: str | None = None
    relations: list[Relation] = field(default_factory=list)
    sents: list[Span] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _seen: dict[tuple[str, str, str], list[Relation]] = field(default_factory=dict)
    text: str = ""
    headings: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sents = list(self.doc.sents)
        self._starts = [s.start for s in self.sents]
        self.text = doc_text(self.doc)
        self.headings = heading_years(self.text)

    def evidence(self, sent: Span) -> Evidence:
        """A sentence as evidence (offsets into the stored text)."""
        return Evidence(sent.start_char, sent.end_char, span_text(sent).strip())

    def relate(
        self, kind: str, source: str, target: str, confidence: float, sent: Span, **props: object
    ) -> None:
        """Add a relation once (same type, source, target and, for routes, properties)."""
        same = self._seen.setdefault((kind, source, target), [])
        if any(rel.properties == props or kind != "ROUTE" for rel in same):
            return
        relation = Relation(
            kind, source, target, round(confidence, 2), self.evidence(sent), dict(props)
        )
        same.append(relation)
        self.relations.append(relation)

    def in_sentence(self, sent: Span, label: str) -> list[Span]:
        """Mentions of one label starting inside a sentence (or any span)."""
        return mentions_between(self.doc, sent.start, sent.end, label)

    def sentence_index(self, token: int) -> int:
        """Position in `sents` of the sentence holding token `token`."""
        return bisect_right(self._starts, token) - 1

    def of_entity(self, entity_id: str, label: str) -> list[Span]:
        """Mentions of one entity, in text order."""
        return [m for m in mentions(self.doc, label) if m.kb_id_ == entity_id]

    def main_organisation(self) -> str | None:
        """The most mentioned organisation: the publisher in most press releases."""
        counts = Counter(m.kb_id_ for m in mentions(self.doc, "Organisation"))
        return counts.most_common(1)[0][0] if counts else None
