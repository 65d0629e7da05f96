"""Records are checked against the graph model before anything is written; a bad record fails
alone, naming the field, and the batch goes on (issue 12, items 4 and 7)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from graph_builders import country, document, one, operation, took_part, wipe
from neo4j import Driver

from ctgraph.graph.errors import InvalidFacts
from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import refresh_co_investigated
from ctgraph.ingest import ingest, jsonl_items


def _record(**changes: Any) -> dict[str, Any]:
    """A good record (KANIS: MK and RS) with one part replaced."""
    record = document("bad", {"KANIS": ["MK", "RS"]})
    for path, value in changes.items():
        where: Any = record
        *steps, last = path.split("__")
        for step in steps:
            where = where[int(step)] if step.isdigit() else where[step]
        where[last] = value
    return record


BAD = {
    "label Document": (
        _record(entities__0__label="Document"),
        r"label 'Document' is not an entity",
    ),
    "property id": (_record(entities__0__properties={"iso2": "MK", "id": "x"}), r"properties\.id"),
    "undeclared property": (_record(entities__2__properties={"tonnage": 3}), "'tonnage'"),
    "year as words": (
        _record(entities__2__properties={"year": "two thousand"}),
        r"entities\[2\] \(operation:kanis\): properties\.year must be int, got 'two thousand'",
    ),
    "year beyond int64": (
        _record(entities__2__properties={"year": 2**70}),
        r"properties\.year must be within Neo4j's 64-bit integer range",
    ),
    "figure beyond int64": (
        _record(entities__2__properties={"figures": {"detained": 2**70}}),
        r"properties\.figures must be within Neo4j's 64-bit integer range",
    ),
    "offset beyond int64": (_record(entities__0__mentions=[{"start": 2**70, "end": 1}]), "start"),
    "crime not in the model": (_record(entities__2__properties={"crime": 7}), "crime must be str"),
    "iso2 missing": (_record(entities__0__properties={}), r"Country needs properties\.iso2"),
    "unknown relation type": (_record(relations__0__type="FUNDED"), r"'FUNDED' is not"),
    "derived relation": (_record(relations__0__type="CO_INVESTIGATED"), "not an extracted"),
    "wrong endpoints": (
        _record(relations__0__source="operation:kanis", relations__0__target="country:MK"),
        r"PARTICIPATED_IN goes Country → Operation; 'operation:kanis' is labelled Operation",
    ),
    "relation property": (_record(relations__0__properties={"role": 1}), r"property 'role'"),
    "document date": (_record(document__date="last spring"), r"document\.date must be an ISO"),
}


@pytest.mark.parametrize(("record", "message"), BAD.values(), ids=BAD.keys())
def test_a_record_that_does_not_fit_the_model_is_refused_naming_the_field(
    record: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidFacts, match=message):
        as_facts(copy.deepcopy(record))


def test_declared_properties_of_the_declared_types_are_accepted() -> None:
    record = _record(entities__2__properties={"year": None, "crime": "both", "figures": {}})
    assert as_facts(record).entities[2].properties["crime"] == "both"


@pytest.mark.neo4j
def test_bad_records_fail_alone_and_later_loads_and_the_refresh_still_work(
    driver: Driver, tmp_path: Path
) -> None:
    """Before the model check, a string year blocked every later CO_INVESTIGATED refresh (a list of
    mixed types cannot be stored), 2**70 stopped the batch with a traceback, a `Document` label
    or an `id` property corrupted shared nodes."""
    wipe(driver)
    bad = [record for record, _ in BAD.values()]
    shared = document("shared", {"KANIS": ["MK", "RS"]})
    words = document("words", {"TARA": ["MK", "RS"]})
    words["entities"][2]["properties"]["year"] = "two thousand"
    lines = [*bad, words, shared, document("good", {"DORA": ["AL", "RS"]})]
    path = tmp_path / "facts.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    summary = ingest(driver, jsonl_items([path]))
    assert len(summary.failed) == len(bad) + 1
    assert summary.new == ["shared", "good"] and summary.co_investigated == 2
    assert one(driver, "MATCH (n:Entity:Document) RETURN count(n)") == 0
    assert one(driver, "MATCH (o:Operation) RETURN collect(DISTINCT o.year)") == [2009]
    assert refresh_co_investigated(driver) == 2


def test_the_graph_builders_fit_the_model() -> None:
    """The builders the other graph tests use fit the model (a guard against a drifting model)."""
    as_facts({**document("a", {}), "entities": [country("RS"), operation("X")],
              "relations": [took_part("RS", "X")]})  # fmt: skip
