"""Documents: summaries, one with its facts and evidence, and a new text to ingest."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ctgraph.api.schemas.common import Evidence, LabelledRef

DOCUMENT_EXAMPLE: dict[str, Any] = {
    "id": "selec-mirage-meeting-2016",
    "title": "SELEC Mirage meeting 2016",
    "source": "data/corpus/selec-mirage-meeting-2016.txt",
    "sha256": "9f2c…",
    "language": "en",
    "date": "2016-05-12",
    "loaded_at": "2026-11-23T09:40:00Z",
}


# At least one character that no regex dialect counts as white space. Spelt out, because `\w`
# or `\S` mean different things in the schema's dialect (ECMA-262, ASCII `\w`) and in
# pydantic's (Unicode); this class is every `str.isspace()` character plus U+FEFF.
NOT_ONLY_SPACE = (
    r"[^\t\n\v\f\r \x1c-\x1f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f"
    r"\u3000\ufeff]"
)


class DocumentFields(BaseModel):
    """What every answer about a document says of it."""

    id: str
    title: str | None = None
    source: str | None = None
    sha256: str | None = None
    language: str | None = None
    date: str | None = Field(default=None, description="Its date (ISO 8601, maybe partial).")
    loaded_at: str | None = None


class DocumentSummary(DocumentFields):
    """A document in a list, with how many entities it mentions."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{**DOCUMENT_EXAMPLE, "mentions": 12}]}
    )

    mentions: int = 0


class MentionedEntity(LabelledRef):
    """An entity the document mentions, and how often."""

    count: int | None = None


class Fact(BaseModel):
    """A relationship the document gives evidence for, with this document's evidence only."""

    type: str
    source: LabelledRef
    target: LabelledRef
    properties: dict[str, Any] = Field(default_factory=dict)
    confidence: float | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Document(DocumentFields):
    """One document, the entities it mentions and the facts it supports."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **DOCUMENT_EXAMPLE,
                    "entities": [
                        {"id": "country:RS", "label": "Country", "name": "Serbia", "count": 2}
                    ],
                    "facts": [
                        {
                            "type": "PARTICIPATED_IN",
                            "source": {"id": "country:RS", "label": "Country", "name": "Serbia"},
                            "target": {
                                "id": "operation:mirage-2016",
                                "label": "Operation",
                                "name": "Mirage 2016",
                            },
                            "properties": {},
                            "confidence": 0.9,
                            "evidence": [],
                        }
                    ],
                }
            ]
        }
    )

    entities: list[MentionedEntity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)


class NewDocument(BaseModel):
    """A text to extract facts from and load into the graph."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "source": "https://example.org/press/2017-05-23",
                    "title": "Joint operation dismantles smuggling ring",
                    "text": "Police of Serbia and Romania arrested 12 suspects in 2017...",
                }
            ]
        },
    )

    source: str = Field(min_length=1, max_length=2000, description="Where the text comes from.")
    title: str | None = Field(default=None, max_length=2000)
    text: str = Field(
        min_length=1,
        pattern=NOT_ONLY_SPACE,
        description="The plain text; it must hold at least one word of two letters (any script), "
        "else it is refused with 422.",
    )


class Ingested(BaseModel):
    """What ingestion did: the document's id and how many entities and facts it loaded."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "joint-operation-dismantles-smuggling-ring",
                    "status": "loaded",
                    "entities": 5,
                    "relations": 3,
                }
            ]
        }
    )

    id: str
    status: str = Field(
        description="`loaded`, or `unchanged` when the same text was loaded before."
    )
    entities: int = 0
    relations: int = 0
