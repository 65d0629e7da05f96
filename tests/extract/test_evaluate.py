"""The evaluator reads the whole gold format: null route ends, implied, optional, alternatives."""

from __future__ import annotations

from typing import Any

from ctgraph.extract.evaluation.evaluate import PAIRS, evaluate, evaluate_by_doc, overall, pairs_per_doc
from ctgraph.extract.records import DocumentInfo, DocumentRecord, Entity, Evidence, Relation

EVIDENCE = Evidence(0, 1, "x")


def _record(countries: list[str], ops: dict[str, list[str]], routes: list[tuple[str, str]],
            *, years: dict[str, int] | None = None) -> DocumentRecord:  # fmt: skip
    entities = [Entity(f"country:{c}", "Country", c, properties={"iso2": c}) for c in countries]
    relations = []
    for name, members in ops.items():
        props = {"year": (years or {}).get(name)}
        entities.append(Entity(f"operation:{name}", "Operation", name or None, properties=props))
        relations += [Relation("PARTICIPATED_IN", f"country:{c}", f"operation:{name}", 0.9,
                               EVIDENCE) for c in members]  # fmt: skip
    relations += [Relation("ROUTE", f"country:{a}", f"country:{b}", 0.7, EVIDENCE)
                  for a, b in routes]  # fmt: skip
    info = DocumentInfo("d", "d.txt", "", "", "en", "")
    return DocumentRecord(info, entities, relations)


GOLD: dict[str, Any] = {
    "file": "d.txt",
    "countries": ["Romania", "Bulgaria", "Spain"],
    "countries_optional": ["Syria"],
    "operations": [
        {
            "name": "NORTHWIND",
            "aliases": ["North Wind"],
            "countries": ["Romania", "Bulgaria"],
            "countries_implied": ["Spain"],
            "year": None,
            "year_alternatives": [2019],
        },
    ],
    "routes": [
        {"from": None, "to": "Spain", "via": [], "from_alternatives": ["Romania"]},
        {"from": "Bulgaria", "to": None, "via": ["Romania"]},
        {"from": "Romania", "to": "Spain", "via": [], "optional": True},
    ],
    "co_investigations": [["Bulgaria", "Romania"]],
}


def test_null_route_ends_alternatives_and_optional_routes_are_neutral() -> None:
    record = _record(["RO", "BG", "ES"], {}, [("RO", "ES"), ("BG", "RO")])
    routes = evaluate([(record, GOLD)])["routes"]
    assert (routes.tp, routes.fp, routes.fn) == (0, 0, 0)


def test_implied_countries_make_no_pairs_and_cost_nothing() -> None:
    record = _record(["RO", "BG", "ES", "SY"], {"North Wind": ["RO", "BG", "ES"]}, [],
                     years={"North Wind": 2019})  # fmt: skip
    scores = evaluate([(record, GOLD)])
    assert scores[PAIRS].f1 == 1.0
    assert scores["participation"].f1 == 1.0
    assert scores["countries"].f1 == 1.0
    assert scores["operations"].f1 == 1.0
    assert scores["operation years"].f1 == 1.0


def test_per_document_pair_f1_and_overall() -> None:
    by_doc = evaluate_by_doc([(_record(["RO"], {"NORTHWIND": ["RO"]}, []), GOLD)])
    assert pairs_per_doc(by_doc) == 0.0
    assert 0 < overall(by_doc["d.txt"]).f1 < 1
