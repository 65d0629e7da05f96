"""Organisations and persons."""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, Field

from ctgraph.api.schemas.common import CountryRef, DocumentRef, EntityRef, OperationRef, Provenance

SELEC: dict[str, Any] = {"id": "organisation:selec", "name": "SELEC"}
PERSON: dict[str, Any] = {
    "id": "person:dana-ionescu",
    "name": "Dana Ionescu",
    "role": "Director General",
}
EVIDENCE: dict[str, Any] = {
    "document": "selec-mirage-meeting-2016",
    "start": 0,
    "end": 58,
    "text": "Dana Ionescu, Director General of SELEC, opened the meeting.",
    "confidence": 0.9,
}
PROVENANCE: dict[str, Any] = {
    "confidence": 0.9,
    "extractor": "ctgraph-extract/0.1",
    "evidence": [EVIDENCE],
}
DOCUMENTS: Any = [
    {
        "id": "selec-mirage-meeting-2016",
        "title": "SELEC Mirage meeting 2016",
        "source": None,
        "count": 2,
    }
]


class OrganisationSummary(EntityRef):
    """An organisation in a list, with its operation and member counts."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "organisation:selec",
                    "name": "SELEC",
                    "aliases": ["Southeast European Law Enforcement Center"],
                    "operations": 2,
                    "members": 1,
                }
            ]
        }
    )

    aliases: list[str] = Field(default_factory=list)
    operations: int = 0
    members: int = 0


class PersonRef(EntityRef):
    """A person, by id, name and role."""

    role: str | None = None


class OperationInvolvement(Provenance):
    """An operation the organisation was involved in, with its role."""

    operation: OperationRef
    role: str | None = None


class Membership(Provenance):
    """A person affiliated with the organisation, with their role."""

    person: PersonRef
    role: str | None = None


class Organisation(EntityRef):
    """One organisation with its operations, members, predecessors and successors."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **SELEC,
                    "aliases": ["Southeast European Law Enforcement Center"],
                    "operations": [
                        {
                            "operation": {
                                "id": "operation:mirage-2016",
                                "name": "Mirage 2016",
                                "year": 2016,
                                "crime": "both",
                            },
                            "role": "coordinated",
                            **PROVENANCE,
                        }
                    ],
                    "members": [{"person": PERSON, "role": "Director General", **PROVENANCE}],
                    "predecessors": [{"id": "organisation:seci-center", "name": "SECI Center"}],
                    "successors": [],
                    "documents": DOCUMENTS,
                }
            ]
        }
    )

    aliases: list[str] = Field(default_factory=list)
    operations: list[OperationInvolvement] = Field(default_factory=list)
    members: list[Membership] = Field(default_factory=list)
    predecessors: list[EntityRef] = Field(default_factory=list)
    successors: list[EntityRef] = Field(default_factory=list)
    documents: list[DocumentRef] = Field(default_factory=list)


class PersonSummary(PersonRef):
    """A person in a list, with their organisations."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **PERSON,
                    "aliases": [],
                    "organisations": [SELEC],
                }
            ]
        }
    )

    aliases: list[str] = Field(default_factory=list)
    organisations: list[EntityRef] = Field(default_factory=list)


class Affiliation(Provenance):
    """An organisation the person is affiliated with, and the role."""

    organisation: EntityRef
    role: str | None = None


class Person(PersonRef):
    """One person with their affiliations and the documents mentioning them."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **PERSON,
                    "aliases": [],
                    "affiliations": [
                        {"organisation": SELEC, "role": "Director General", **PROVENANCE}
                    ],
                    "documents": DOCUMENTS,
                }
            ]
        }
    )

    aliases: list[str] = Field(default_factory=list)
    affiliations: list[Affiliation] = Field(default_factory=list)
    documents: list[DocumentRef] = Field(default_factory=list)


class Route(Provenance):
    """A trafficking or smuggling route from one country to another."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "source": {"id": "country:TR", "iso2": "TR", "name": "Turkey"},
                    "target": {"id": "country:RS", "iso2": "RS", "name": "Serbia"},
                    "crime": "migrant smuggling",
                    "purpose": None,
                    "kind": "transit",
                    "confidence": 0.8,
                    "extractor": "ctgraph-extract/0.1",
                    "evidence": [],
                }
            ]
        }
    )

    source: CountryRef
    target: CountryRef
    crime: str | None = None
    purpose: str | None = None
    kind: str | None = None
