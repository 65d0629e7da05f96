"""The two figures every issue quotes, computed the same way on every set.

From shared/gold/README.md ("How a set is scored"):
- pairs per document: the mean, over the documents that have gold or predicted co-investigation
  pairs (documents with neither are left out), of each document's pair F1; a document's
  predicted pairs are every unordered pair of countries taking part in the same predicted
  operation, named or unnamed, scored strictly against its `co_investigations`;
- overall: the mean of six F1s: countries, organisations (by name or alias), named operations
  (by name or alias), pairs per document, persons, cities.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from ctgraph.extract.evaluation.scoring import DocScorer, Score, country_code, match_sets
from ctgraph.extract.records import DocumentRecord
from ctgraph.extract.text import fold

# The five kinds scored by pooled counts; the sixth, pairs per document, is a mean of F1s.
POOLED = ("countries", "organisations", "named operations", "persons", "cities")
PAIRS_PER_DOCUMENT = "pairs per document"


@dataclass(slots=True)
class Headline:
    """Per-document pair F1s and the pooled scores of the other five kinds."""

    pooled: dict[str, Score]
    pair_f1: dict[str, float]  # document -> pair F1, only documents with gold or found pairs

    @property
    def pairs_per_document(self) -> float:
        """Mean pair F1 over documents with pairs (1.0 when no document has any)."""
        return sum(self.pair_f1.values()) / len(self.pair_f1) if self.pair_f1 else 1.0

    @property
    def f1s(self) -> dict[str, float]:
        """The six F1s of `overall`, by kind."""
        scores = {kind: self.pooled[kind].f1 for kind in POOLED}
        return {**scores, PAIRS_PER_DOCUMENT: self.pairs_per_document}

    @property
    def overall(self) -> float:
        """The mean of the six F1s."""
        f1s = self.f1s
        return sum(f1s.values()) / len(f1s)


def headline(pairs: Iterable[tuple[DocumentRecord, dict[str, Any]]]) -> Headline:
    """The headline figures over (record, gold document) pairs."""
    pooled = {kind: Score() for kind in POOLED}
    pair_f1: dict[str, float] = {}
    for record, gold in pairs:
        scorer = DocScorer(record, gold)
        scorer.countries(pooled["countries"])
        scorer.organisations(pooled["organisations"])
        named_operations(scorer, pooled["named operations"])
        scorer.persons(pooled["persons"])
        scorer.cities(pooled["cities"])
        score = document_pairs(record, gold)
        if score.tp + score.fp + score.fn:
            pair_f1[gold["file"]] = score.f1
    return Headline(pooled, pair_f1)


def document_pairs(record: DocumentRecord, gold: Mapping[str, Any]) -> Score:
    """One document's predicted pairs against its gold `co_investigations`, nothing neutral."""
    iso = {e.id: e.properties.get("iso2") for e in record.by_label("Country")}
    members: dict[str, set[str]] = {}
    for relation in record.relations:
        code = iso.get(relation.source)
        if relation.type == "PARTICIPATED_IN" and code:
            members.setdefault(relation.target, set()).add(str(code))
    found = {_pair(a, b) for codes in members.values() for a, b in combinations(codes, 2)}
    expected = set()
    for a, b in gold.get("co_investigations", []):
        codes = sorted(c for c in {country_code(a), country_code(b)} if c)
        if len(codes) == 2:
            expected.add(_pair(*codes))
    score = Score()
    match_sets(score, expected, found, f"{gold['file']}: ")
    return score


def named_operations(scorer: DocScorer, score: Score) -> None:
    """Named gold operations against named predicted ones, matched by any name or alias."""
    gold = scorer.gold.get("operations", [])
    names = {
        fold(op["name"]): {fold(n) for n in (op["name"], *op.get("aliases", [])) if n}
        for op in gold
        if op.get("name")
    }
    found = set()
    for entity in scorer.record.by_label("Operation"):
        if not entity.name:
            continue
        forms = {fold(n) for n in (entity.name, *entity.aliases) if n}
        found.add(next((key for key, known in names.items() if known & forms), fold(entity.name)))
    match_sets(score, set(names), found, scorer.label)


def _pair(a: str, b: str) -> str:
    x, y = sorted((a, b))
    return f"{x}-{y}"
