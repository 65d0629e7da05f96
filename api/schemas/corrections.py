"""Corrections: a new one to make, a record of the log with its state, rejected facts."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ctgraph.graph.corrections import Correction

NewAction = Literal["reject", "assert", "merge", "split", "set"]

NEW_EXAMPLE: dict[str, Any] = {
    "action": "reject",
    "author": "a.analyst",
    "reason": "the release names Moldova as a donor, not a participant",
    "fact_type": "PARTICIPATED_IN",
    "source": "country:MD",
    "target": "operation:northwind",
}


class NewCorrection(BaseModel):
    """A correction to make: what it does, who makes it and why, and what it corrects (a fact:
    `fact_type`, `source`, `target`; a property: `entity`, `property`; a pair: `keep`, `other`)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [NEW_EXAMPLE]})

    action: NewAction
    author: str = Field(min_length=1, max_length=200)
    reason: str | None = Field(default=None, max_length=5000)
    fact_type: str | None = Field(default=None, max_length=100)
    source: str | None = Field(default=None, max_length=500)
    target: str | None = Field(default=None, max_length=500)
    props: dict[str, str | int | float | bool] | None = Field(
        default=None, description='assert: the fact\'s properties, e.g. {"role": "led"}'
    )
    entity: str | None = Field(default=None, max_length=500)
    property: str | None = Field(default=None, max_length=100)
    value: str | int | float | bool | None = Field(default=None, description="set: the value")
    keep: str | None = Field(default=None, max_length=500)
    other: str | None = Field(default=None, max_length=500)
    source_document: str | None = Field(default=None, max_length=500)
    quote: str | None = Field(default=None, max_length=5000)
    url: str | None = Field(default=None, max_length=2000)


RECORD_EXAMPLE: dict[str, Any] = {
    **NEW_EXAMPLE,
    "id": "c20261204T201500123456-3fa2b1c0",
    "key": "PARTICIPATED_IN country:MD operation:northwind",
    "at": "2026-12-04T20:15:00.123456Z",
    "paired": True,
}
LISTED_EXAMPLE: dict[str, Any] = {"record": RECORD_EXAMPLE, "state": "active", "withdrawal": None}
REJECTED_EXAMPLE: dict[str, Any] = {
    "correction": RECORD_EXAMPLE,
    "evidence": [{"document": "europol-northwind-2019", "start": 120, "end": 260,
                  "text": "Moldova and Serbia took part in NORTHWIND.", "confidence": 0.9}],
}  # fmt: skip


class CorrectionRecord(Correction):
    """A record of the corrections' log (a correction, or a withdrawal of one): the graph's own
    record type (`graph/corrections.py`), with an example."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, json_schema_extra={"examples": [RECORD_EXAMPLE]}
    )


class Listed(BaseModel):
    """A record with its state: `active`, `dormant` (its target is not in the graph), `withdrawn`,
    or `recorded` (a withdrawal or split, which only records)."""

    model_config = ConfigDict(json_schema_extra={"examples": [LISTED_EXAMPLE]})

    record: CorrectionRecord
    state: Literal["active", "dormant", "withdrawn", "recorded"]
    withdrawal: CorrectionRecord | None = None


class CorrectionList(BaseModel):
    """Records in the order they were made; `next_after` gives the next page (`after=`)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"items": [LISTED_EXAMPLE], "next_after": None}]}
    )

    items: list[Listed]
    next_after: str | None = None


class RejectedEvidence(BaseModel):
    """A sentence of a document that states a rejected fact."""

    document: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    confidence: float | None = None
    page: int | None = Field(default=None, description="Its page, from 1, in a PDF.")


class RejectedFact(BaseModel):
    """A fact a rejection in force hides, with its correction and the documents' evidence."""

    model_config = ConfigDict(json_schema_extra={"examples": [REJECTED_EXAMPLE]})

    correction: CorrectionRecord
    evidence: list[RejectedEvidence]
