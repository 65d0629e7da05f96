"""The loader's input: one document's facts in the shape of the extraction spec, validated.

`../shared/spec/extraction-output.md` defines the JSON object; `as_facts` accepts that dict,
a JSON line, or any typed record that turns into it (`to_dict()` of extract's dataclasses,
`model_dump()` of a pydantic model), so the loader does not depend on extract's classes.
Beyond its shape, a record must fit the graph model (`graph/model.yaml`) before anything is
written: model labels and relationship types with the declared endpoints, declared properties of
the declared types, integers Neo4j can hold. A record that does not is refused whole, naming the
field; the batch it came in goes on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ctgraph.graph.errors import InvalidFacts
from ctgraph.graph.model import INT64, Model, Property, model

Offset = Annotated[int, Field(ge=0, le=INT64[1])]


class _Open(BaseModel):
    # The spec may be extended ("extend it, never break it"): unknown fields are kept.
    model_config = ConfigDict(extra="allow")


class Offsets(_Open):
    """Where a mention or an evidence sentence is, in the document's stored text."""

    start: Offset
    end: Offset
    text: str = ""
    page: int | None = Field(default=None, ge=1, le=INT64[1])  # of a paged document (PDF), from 1


class DocumentIn(_Open):
    """The document a record comes from; `sha256` decides whether it changed."""

    id: str = Field(min_length=1)
    source: str = ""
    title: str = ""
    sha256: str = Field(min_length=1)
    language: str = "en"
    date: str | None = None
    text: str | None = None  # the cleaned text the offsets point into (stored on the Document)


class EntityIn(_Open):
    """One entity with its deterministic id, label and properties."""

    id: str = Field(min_length=1)
    label: str = Field(pattern=r"^[A-Z][A-Za-z]*$")
    name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)
    mentions: list[Offsets] = Field(default_factory=list)


class RelationIn(_Open):
    """One extracted relation with its evidence sentence and confidence."""

    type: str = Field(pattern=r"^[A-Z][A-Z_]*$")
    source: str
    target: str
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: Offsets
    properties: dict[str, Any] = Field(default_factory=dict)
    extractor: str | None = None


class Facts(_Open):
    """Everything extracted from one document: one line of the JSON Lines output."""

    document: DocumentIn
    entities: list[EntityIn] = Field(default_factory=list)
    relations: list[RelationIn] = Field(default_factory=list)
    extractor: str | None = None


def as_facts(record: Any, *, graph_model: Model | None = None) -> Facts:
    """Validate one record (spec dict, JSON line, or typed record) against the shape of the spec
    and the graph model (`model()` unless another is given); `InvalidFacts` says why not."""
    if isinstance(record, Facts):
        return record
    if isinstance(record, str):
        try:
            record = json.loads(record)
        except json.JSONDecodeError as e:
            raise InvalidFacts(f"not JSON: {e}") from e
    elif hasattr(record, "model_dump"):
        record = record.model_dump(mode="json")
    elif hasattr(record, "to_dict"):
        record = record.to_dict()
    try:
        facts = Facts.model_validate(record)
    except ValidationError as e:
        raise InvalidFacts(f"not an extraction record: {_first_error(e)}") from e
    _check_endpoints(facts)
    check_model(facts, graph_model or model())
    return facts


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']} ({error.error_count()} problem(s))"


def _check_endpoints(facts: Facts) -> None:
    """Every relation must join two entities of the same record (they get its MENTIONS)."""
    ids = {e.id for e in facts.entities}
    for rel in facts.relations:
        for end in (rel.source, rel.target):
            if end not in ids:
                raise InvalidFacts(f"relation {rel.type} refers to unknown entity {end!r}")


def check_model(facts: Facts, graph_model: Model) -> None:
    """The record's labels, relationship types, endpoints and properties are those the model
    declares, with values of the declared types; else `InvalidFacts` naming the first field."""
    document = graph_model.label("Document")
    date = document.property("date") if document else None
    problem = date.problem(facts.document.date) if date else None
    if problem:
        raise InvalidFacts(f"document.date {problem}")
    labels: dict[str, str] = {}
    for index, entity in enumerate(facts.entities):
        labels[entity.id] = _check_entity(f"entities[{index}] ({entity.id})", entity, graph_model)
    for index, rel in enumerate(facts.relations):
        _check_relation(f"relations[{index}] ({rel.type})", rel, labels, graph_model)


def _check_entity(where: str, entity: EntityIn, graph_model: Model) -> str:
    label = graph_model.label(entity.label)
    if label is None or not label.entity:
        allowed = ", ".join(graph_model.entity_labels)
        raise InvalidFacts(f"{where}: label {entity.label!r} is not an entity label ({allowed})")
    _check_properties(where, entity.label, entity.properties, label.property, graph_model)
    missing = [p.name for p in label.properties if p.required and p.name not in entity.properties]
    if missing:
        raise InvalidFacts(f"{where}: {entity.label} needs properties.{missing[0]}")
    return label.name


def _check_relation(
    where: str, rel: RelationIn, labels: dict[str, str], graph_model: Model
) -> None:
    kind = graph_model.relation(rel.type)
    if kind is None or kind.kind != "extracted":
        allowed = ", ".join(r.name for r in graph_model.relations if r.kind == "extracted")
        raise InvalidFacts(
            f"{where}: type {rel.type!r} is not an extracted relationship ({allowed})"
        )
    for end, label, wanted in ((rel.source, labels[rel.source], kind.source),
                               (rel.target, labels[rel.target], kind.target)):  # fmt: skip
        if not graph_model.fits(wanted, label):
            raise InvalidFacts(
                f"{where}: {rel.type} goes {kind.source} → {kind.target}; {end!r} is labelled {label}"
            )
    _check_properties(where, rel.type, rel.properties, kind.property, graph_model)


def _check_properties(
    where: str,
    owner: str,
    given: dict[str, Any],
    declared: Callable[[str], Property | None],
    graph_model: Model,
) -> None:
    """Each given property is declared for `owner` and its value fits the declared type."""
    for key, value in given.items():
        prop = declared(key)
        if prop is None or prop.loader:
            shared = graph_model.entity.property(key) is not None
            why = "is set from the record's own field" if shared else "is not in graph/model.yaml"
            raise InvalidFacts(f"{where}: properties.{key}: {owner} property {key!r} {why}")
        problem = prop.problem(value)
        if problem:
            raise InvalidFacts(f"{where}: properties.{key} {problem}")


def read_jsonl(path: Path) -> Iterator[tuple[int, Facts | InvalidFacts]]:
    """Each non-blank line of an extraction JSON Lines file, parsed, or the error it gave."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield number, as_facts(line)
            except InvalidFacts as e:
                yield number, e
