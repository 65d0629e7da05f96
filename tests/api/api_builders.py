"""A hand-written extraction record that gives the API tests every kind of fact to read.

It goes through the real loader next to the sample corpus, so ids here are stable while the
corpus's own ids may change as extraction improves. Every id starts with `api-`.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ctgraph.settings import PROJECT_ROOT

CORPUS = PROJECT_ROOT / "data" / "corpus"
READ_KEY, WRITE_KEY = "read-key-for-tests", "write-key-for-tests"

DOC_ID = "api-test-balkan-route"
TEXT = (
    "Police of Serbia, Romania and Hungary detained 42 smugglers in Operation Danube Shield in 2017. "
    "SELEC coordinated the operation. Jane Doe, director of SELEC, opened the Belgrade meeting. "
    "SELEC succeeded the SECI Center. Migrants were smuggled from Turkey to Serbia. "
    "In 2015 Serbia and Hungary dismantled a trafficking ring."
)


def e(eid: str, label: str, name: str | None, **props: Any) -> dict[str, Any]:
    """An entity with one mention of its name."""
    start = TEXT.find(name or "") if name else 0
    mention = {"start": max(start, 0), "end": max(start, 0) + len(name or ""), "text": name or ""}
    aliases = props.pop("aliases", [])
    return {
        "id": eid,
        "label": label,
        "name": name,
        "aliases": aliases,
        "properties": props,
        "mentions": [mention],
    }


def r(rtype: str, source: str, target: str, sentence: int, **props: Any) -> dict[str, Any]:
    """A relation whose evidence is the n-th sentence of the text."""
    sentences = [s if s.endswith(".") else s + "." for s in TEXT.split(". ")]
    start = TEXT.find(sentences[sentence].rstrip("."))
    text = sentences[sentence]
    evidence = {"start": start, "end": start + len(text), "text": text}
    return {
        "type": rtype,
        "source": source,
        "target": target,
        "confidence": 0.9,
        "evidence": evidence,
        "properties": props,
    }


def api_record() -> dict[str, Any]:
    """The record: Serbia RS and partners, two operations, organisations, a person, a route."""
    entities = [
        e("country:RS", "Country", "Serbia", iso2="RS", aliases=["Republic of Serbia"]),
        e("country:RO", "Country", "Romania", iso2="RO"),
        e("country:HU", "Country", "Hungary", iso2="HU"),
        e("country:TR", "Country", "Turkey", iso2="TR"),
        e("operation:api-danube-shield", "Operation", "Operation Danube Shield", year=2017,
          crime="migrant smuggling", named=True, figures={"detained": 42}),
        e("operation:api-ring-2015", "Operation", "joint investigation (HU, RS)", year=2015,
          crime="human trafficking", named=False, figures={}),
        e("organisation:api-selec", "Organisation", "SELEC", aliases=["Southeast European Law Enforcement Center"]),
        e("organisation:api-seci", "Organisation", "SECI Center"),
        e("person:api-jane-doe", "Person", "Jane Doe", role="director"),
        e("place:api-belgrade", "Place", "Belgrade", country="RS"),
        e("event:api-belgrade-meeting", "Event", "Belgrade meeting", date="2017-05"),
    ]  # fmt: skip
    relations = [
        r("PARTICIPATED_IN", "country:RS", "operation:api-danube-shield", 0),
        r("PARTICIPATED_IN", "country:RO", "operation:api-danube-shield", 0),
        r("PARTICIPATED_IN", "country:HU", "operation:api-danube-shield", 0),
        r("PARTICIPATED_IN", "country:RS", "operation:api-ring-2015", 5),
        r("PARTICIPATED_IN", "country:HU", "operation:api-ring-2015", 5),
        r("INVOLVED_IN", "organisation:api-selec", "operation:api-danube-shield", 1, role="coordinated"),
        r("AFFILIATED_WITH", "person:api-jane-doe", "organisation:api-selec", 2, role="director"),
        r("SUCCEEDED_BY", "organisation:api-seci", "organisation:api-selec", 3),
        r("HELD_IN", "event:api-belgrade-meeting", "place:api-belgrade", 2),
        r("ROUTE", "country:TR", "country:RS", 4, crime="migrant smuggling", kind="transit"),
    ]  # fmt: skip
    document = {
        "id": DOC_ID,
        "source": "tests/api/builders.py",
        "title": "API test: the Balkan route",
        "sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
        "language": "en",
        "text": TEXT,
    }
    return {
        "document": document,
        "entities": entities,
        "relations": relations,
        "extractor": "api-tests",
    }
