"""The evaluator reads the whole gold format: null route ends, implied, optional, alternatives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ctgraph.extract.evaluation.evaluate import (
    PAIRS,
    evaluate,
    evaluate_by_doc,
    overall,
    pairs_per_doc,
)
from ctgraph.extract.evaluation.headline import headline
from ctgraph.extract.evaluation.sources import publishers, split_by
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


def test_pairs_per_document_leaves_out_documents_with_no_pairs_and_counts_strictly() -> None:
    # GOLD: one pair (BG-RO); ES is implied. Found: RO-BG-ES -> three pairs, one right.
    record = _record(["RO", "BG", "ES"], {"North Wind": ["RO", "BG", "ES"]}, [])
    empty_gold = {**GOLD, "file": "e.txt", "co_investigations": [], "operations": []}
    empty = _record(["RO"], {}, [])
    result = headline([(record, GOLD), (empty, empty_gold)])
    assert list(result.pair_f1) == ["d.txt"]  # the document with neither is left out
    assert result.pairs_per_document == pytest.approx(2 * (1 / 3) * 1 / (1 / 3 + 1))
    assert evaluate([(record, GOLD)])[PAIRS].f1 == 1.0  # the fact-kind table is lenient


def test_overall_is_the_mean_of_six_f1s_and_operations_match_by_alias() -> None:
    record = _record(["RO", "BG", "ES"], {"North Wind": ["RO", "BG"], "": ["ES", "RO"]}, [])
    result = headline([(record, GOLD)])
    assert result.pooled["named operations"].f1 == 1.0  # the alias; the unnamed one is not scored
    assert set(result.f1s) == {"countries", "organisations", "named operations", "persons",
                               "cities", "pairs per document"}  # fmt: skip
    assert result.overall == pytest.approx(sum(result.f1s.values()) / 6)
    assert result.pairs_per_document == pytest.approx(2 * 0.5 * 1 / 1.5)


def test_documents_split_by_publisher_for_leave_one_source_out(tmp_path: Path) -> None:
    sources = tmp_path / "sources.json"
    rows = [{"file": "a.txt", "publisher": "P"}, {"file": "b.txt", "publisher": "Q"},
            {"file": "c.txt", "publisher": "P"}]  # fmt: skip
    sources.write_text(json.dumps(rows), encoding="utf-8")
    pairs = [(name, {"file": name}) for name in ("a.txt", "b.txt", "c.txt")]
    split = {p: ([x for x, _ in held], [x for x, _ in rest])
             for p, held, rest in split_by(pairs, publishers(sources))}  # fmt: skip
    assert split == {"P": (["a.txt", "c.txt"], ["b.txt"]), "Q": (["b.txt"], ["a.txt", "c.txt"])}
