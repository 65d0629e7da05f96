"""Precision, recall and F1 per fact kind against gold annotations, overall and per document."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ctgraph.extract.evaluation.scoring import DocScorer, Score, country_code
from ctgraph.extract.records import DocumentRecord

__all__ = ["KINDS", "PAIRS", "Score", "country_code", "evaluate", "evaluate_by_doc", "overall"]

PAIRS = "co-investigation pairs"
KINDS = ["countries", "organisations", "operations", "participation", PAIRS, "persons",
         "cities", "person affiliations", "person roles", "operation years", "operation crimes",
         "routes", "events"]  # fmt: skip

SCORERS: dict[str, Callable[[DocScorer, Score], None]] = {
    "countries": DocScorer.countries,
    "organisations": DocScorer.organisations,
    "operations": DocScorer.operations,
    "participation": DocScorer.participation,
    PAIRS: DocScorer.co_investigations,
    "persons": DocScorer.persons,
    "cities": DocScorer.cities,
    "person affiliations": DocScorer.affiliations,
    "person roles": DocScorer.roles,
    "operation years": lambda s, score: s.operation_facts(score, "year"),
    "operation crimes": lambda s, score: s.operation_facts(score, "crime"),
    "routes": DocScorer.routes,
    "events": DocScorer.events,
}


def evaluate_by_doc(
    pairs: Iterable[tuple[DocumentRecord, dict[str, Any]]],
) -> dict[str, dict[str, Score]]:
    """Scores per fact kind of each document, keyed by the gold file name."""
    result: dict[str, dict[str, Score]] = {}
    for record, gold in pairs:
        scorer = DocScorer(record, gold)
        scores = {kind: Score() for kind in KINDS}
        for kind in KINDS:
            SCORERS[kind](scorer, scores[kind])
        result[gold["file"]] = scores
    return result


def evaluate(pairs: Iterable[tuple[DocumentRecord, dict[str, Any]]]) -> dict[str, Score]:
    """Micro-averaged scores per fact kind over (record, gold document) pairs."""
    return total(evaluate_by_doc(pairs))


def total(by_doc: dict[str, dict[str, Score]]) -> dict[str, Score]:
    """Micro-averaged scores per fact kind from per-document scores."""
    scores = {kind: Score() for kind in KINDS}
    for doc_scores in by_doc.values():
        for kind, score in doc_scores.items():
            scores[kind].add(score)
    return scores


def overall(scores: dict[str, Score]) -> Score:
    """All fact kinds pooled (participation excluded: pairs already count it)."""
    pooled = Score()
    for kind, score in scores.items():
        if kind != "participation":
            pooled.add(score)
    return pooled


def pairs_per_doc(by_doc: dict[str, dict[str, Score]]) -> float:
    """Mean over documents of the co-investigation pair F1 (1.0 where none expected or found)."""
    if not by_doc:
        return 1.0
    return sum(s[PAIRS].f1 for s in by_doc.values()) / len(by_doc)
