"""What relation builders share: the doc, entities by id, sentences as evidence."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from extract.records import Entity, Evidence, Relation
from extract.spans import mentions


@dataclass(slots=True)
class Context:
    """An analysed document and the entities already built from it."""

    doc: Doc
    entities: dict[str, Entity]
    date: str | None = None
    relations: list[Relation] = field(default_factory=list)

    def evidence(self, sent: Span) -> Evidence:
        """A sentence as evidence (offsets into the stored text)."""
        return Evidence(sent.start_char, sent.end_char, sent.text.strip())

    def relate(
        self, kind: str, source: str, target: str, confidence: float, sent: Span, **props: object
    ) -> None:
        """Add a relation once (same type, source, target and properties)."""
        for rel in self.relations:
            same = (rel.type, rel.source, rel.target) == (kind, source, target)
            if same and (rel.properties == props or kind != "ROUTE"):
                return
        self.relations.append(
            Relation(kind, source, target, round(confidence, 2), self.evidence(sent), dict(props))
        )

    def in_sentence(self, sent: Span, label: str) -> list[Span]:
        """Mentions of one label inside a sentence."""
        return [m for m in mentions(self.doc, label) if sent.start <= m.start < sent.end]

    def main_organisation(self) -> str | None:
        """The most mentioned organisation: the publisher in most press releases."""
        counts = Counter(m.kb_id_ for m in mentions(self.doc, "Organisation"))
        return counts.most_common(1)[0][0] if counts else None
