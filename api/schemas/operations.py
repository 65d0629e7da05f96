"""Operations: summaries, and one with participants, organisations, figures and evidence."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ctgraph.api.schemas.common import CountryRef, DocumentRef, EntityRef, Provenance

EVIDENCE_EXAMPLE: dict[str, Any] = {
    "document": "selec-mirage-meeting-2016",
    "start": 120,
    "end": 212,
    "text": "Serbia and Romania took part in Operation Mirage 2016.",
    "confidence": 0.9,
}


class OperationSummary(BaseModel):
    """An operation in a list: id, name, year, crime and its countries."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "operation:mirage-2016",
                    "name": "Mirage 2016",
                    "year": 2016,
                    "crime": "both",
                    "named": True,
                    "countries": [
                        {"id": "country:RO", "iso2": "RO", "name": "Romania"},
                        {"id": "country:RS", "iso2": "RS", "name": "Serbia"},
                    ],
                }
            ]
        }
    )

    id: str
    name: str | None = None
    year: int | None = None
    crime: str | None = None
    named: bool = False
    countries: list[CountryRef] = Field(default_factory=list)


class Participant(Provenance):
    """A country that took part, with the evidence of its participation."""

    country: CountryRef


class Involvement(Provenance):
    """An organisation involved, its role and the evidence."""

    organisation: EntityRef
    role: str | None = None


class Operation(BaseModel):
    """One operation with its participants, organisations, figures and the documents on it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "operation:mirage-2016",
                    "name": "Mirage 2016",
                    "aliases": [],
                    "year": 2016,
                    "crime": "both",
                    "named": True,
                    "figures": {"detained": 42},
                    "participants": [
                        {
                            "country": {"id": "country:RS", "iso2": "RS", "name": "Serbia"},
                            "confidence": 0.9,
                            "extractor": "ctgraph-extract/0.1",
                            "evidence": [EVIDENCE_EXAMPLE],
                        }
                    ],
                    "organisations": [],
                    "documents": [
                        {"id": "selec-mirage-meeting-2016", "title": "SELEC", "count": 2}
                    ],
                }
            ]
        }
    )

    id: str
    name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    year: int | None = None
    crime: str | None = None
    named: bool = False
    figures: dict[str, int | float | None] = Field(
        default_factory=dict, description="The `figure_<key>` properties, e.g. detained: 42."
    )
    participants: list[Participant] = Field(default_factory=list)
    organisations: list[Involvement] = Field(default_factory=list)
    documents: list[DocumentRef] = Field(default_factory=list)
