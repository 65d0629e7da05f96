"""The loader's input: one document's facts in the shape of the extraction spec, validated.

`../shared/spec/extraction-output.md` defines the JSON object; `as_facts` accepts that dict,
a JSON line, or any typed record that turns into it (`to_dict()` of extract's dataclasses,
`model_dump()` of a pydantic model), so the loader does not depend on extract's classes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graph.errors import InvalidFacts

LABELS = ("Country", "Organisation", "Operation", "Person", "Place", "Event")


class _Open(BaseModel):
    # The spec may be extended ("extend it, never break it"): unknown fields are kept.
    model_config = ConfigDict(extra="allow")


class Offsets(_Open):
    """Where a mention or an evidence sentence is, in the document's stored text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = ""


class DocumentIn(_Open):
    """The document a record comes from; `sha256` decides whether it changed."""

    id: str = Field(min_length=1)
    source: str = ""
    title: str = ""
    sha256: str = Field(min_length=1)
    language: str = "en"
    date: str | None = None


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


def as_facts(record: Any) -> Facts:
    """Validate one record (spec dict, JSON line, or typed record); `InvalidFacts` says why not."""
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
