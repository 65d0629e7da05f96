"""The record of a long text from the records of its pieces: offsets shifted into the whole text.

Entities with one id across pieces are one entity (names and properties of the first piece,
aliases and mentions of all); per-text numbered keys (unnamed operations) get the piece's
number so that two pieces' `unnamed-1` stay two operations.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ctgraph.extract.dates import document_date
from ctgraph.extract.records import DocumentRecord, Entity, Mention, Relation


def piece_key(key: str, index: int) -> str:
    """An entity id unique across pieces: numbered keys of later pieces get the piece number."""
    return f"{key}-part{index + 1}" if index and "unnamed" in key else key


def _shifted_entity(entity: Entity, start: int, index: int) -> Entity:
    mentions = [Mention(m.start + start, m.end + start, m.text) for m in entity.mentions]
    return dataclasses.replace(entity, id=piece_key(entity.id, index), mentions=mentions)


def _shifted_relation(relation: Relation, start: int, index: int) -> Relation:
    evidence = relation.evidence
    return dataclasses.replace(
        relation,
        source=piece_key(relation.source, index),
        target=piece_key(relation.target, index),
        evidence=dataclasses.replace(
            evidence, start=evidence.start + start, end=evidence.end + start
        ),
    )


def _absorb(kept: Entity, other: Entity) -> None:
    """Aliases, missing properties and mentions of the same entity seen in a later piece."""
    kept.aliases.extend(a for a in other.aliases if a not in kept.aliases and a != kept.name)
    for name, value in other.properties.items():
        if kept.properties.get(name) is None and value is not None:
            kept.properties[name] = value
    kept.mentions.extend(other.mentions)


def merge_records(pieces: list[tuple[DocumentRecord, int]], text: str) -> DocumentRecord:
    """One record of the whole `text` from (record of a piece, offset of the piece)."""
    entities: dict[str, Entity] = {}
    relations: dict[tuple[Any, ...], Relation] = {}
    for index, (record, start) in enumerate(pieces):
        for entity in record.entities:
            shifted = _shifted_entity(entity, start, index)
            if shifted.id in entities:
                _absorb(entities[shifted.id], shifted)
            else:
                entities[shifted.id] = shifted
        for relation in record.relations:
            moved = _shifted_relation(relation, start, index)
            key = (moved.type, moved.source, moved.target, moved.evidence.start)
            relations.setdefault(key, moved)
    first = pieces[0][0].document
    document = dataclasses.replace(first, text=text, date=document_date(text) or first.date)
    return DocumentRecord(document, list(entities.values()), list(relations.values()))
