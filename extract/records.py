"""Typed records that leave the pipeline; `to_dict` gives the JSON Lines shape of the spec."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity: character offsets into `DocumentInfo.text`."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    """One real thing (country, organisation, operation...), with all its mentions."""

    id: str
    label: str
    name: str | None
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation is stated: offsets of its sentence, the sentence, its page (PDF)."""

    start: int
    end: int
    text: str
    page: int | None = None


@dataclass(slots=True)
class Relation:
    """A typed, directed fact between two entities, with evidence and a confidence."""

    type: str
    source: str
    target: str
    confidence: float
    evidence: Evidence
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class DocumentInfo:
    """The document as stored: every offset of the record points into `text` (cleaned)."""

    id: str
    source: str
    title: str
    sha256: str
    language: str
    text: str
    date: str | None = None
    cleaning: dict[str, int] = field(default_factory=dict)
    pages: list[int] | None = None  # offset where each page starts, for paged formats (PDF)


@dataclass(slots=True)
class DocumentRecord:
    """Everything extracted from one document: one line of the JSON Lines output."""

    document: DocumentInfo
    entities: list[Entity]
    relations: list[Relation]
    # What the contract check (`extract.contract`) repaired or dropped, one line each.
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The spec's JSON object (dataclasses to plain dicts, nothing dropped)."""
        return asdict(self)

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)

    def by_label(self, label: str) -> list[Entity]:
        """All entities of one label, in order of first mention."""
        return [e for e in self.entities if e.label == label]
