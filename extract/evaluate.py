"""Precision, recall and F1 per fact kind against gold annotations.

Matching is lenient where annotators are: names compare accent- and case-insensitively,
organisations match through any name or alias, gold entries marked `optional` are neither
rewarded nor penalised, events match by date or by similar name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import countrynames
from rapidfuzz import fuzz

from extract.records import DocumentRecord
from extract.text import fold

KINDS = ["countries", "organisations", "operations", "co-investigation pairs", "persons",
         "cities", "person affiliations", "person roles", "operation years", "operation crimes",
         "routes", "events"]  # fmt: skip


@dataclass(slots=True)
class Score:
    """Counts of one fact kind; precision, recall and F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def country_code(name: str) -> str:
    """Gold country name -> the two-letter code our ids use."""
    code = countrynames.to_code(name, fuzzy=True) or fold(name)
    return code[:2] if len(code) == 4 else code


def _match_sets(score: Score, gold: Iterable[str], found: Iterable[str], label: str = "") -> None:
    gold_set, found_set = set(gold), set(found)
    score.tp += len(gold_set & found_set)
    score.fp += len(found_set - gold_set)
    score.fn += len(gold_set - found_set)
    score.misses += [f"{label}missed {g}" for g in sorted(gold_set - found_set)]
    score.misses += [f"{label}extra {f}" for f in sorted(found_set - gold_set)]


def _org_names(entity_names: list[str]) -> set[str]:
    return {fold(n) for n in entity_names if n}


class DocScorer:
    """Scores one document's record against its gold annotation."""

    def __init__(self, record: DocumentRecord, gold: dict[str, Any]) -> None:
        self.record = record
        self.gold = gold
        self.label = f"{gold['file']}: "
        self.orgs = {
            e.id: _org_names([e.name or "", *e.aliases]) for e in record.by_label("Organisation")
        }
        self.gold_orgs = [
            (_org_names([o["name"], *o.get("aliases", [])]), bool(o.get("optional")), o["name"])
            for o in gold.get("organisations", [])
        ]

    def gold_org_of(self, names: set[str]) -> str | None:
        """The gold organisation (canonical name) sharing a name with `names`."""
        return next((g[2] for g in self.gold_orgs if g[0] & names), None)

    def org_key(self, entity_id: str) -> str:
        names = self.orgs.get(entity_id, {entity_id})
        return self.gold_org_of(names) or entity_id

    def organisations(self, score: Score) -> None:
        optional = {g[2] for g in self.gold_orgs if g[1]}
        found = {self.org_key(e) for e in self.orgs} - optional
        gold = {g[2] for g in self.gold_orgs if not g[1]}
        _match_sets(score, gold, found, self.label)

    def countries(self, score: Score) -> None:
        found = {e.properties["iso2"] for e in self.record.by_label("Country")}
        _match_sets(
            score, {country_code(c) for c in self.gold.get("countries", [])}, found, self.label
        )

    def _participants(self, operation_id: str) -> set[str]:
        iso = {e.id: e.properties["iso2"] for e in self.record.by_label("Country")}
        return {
            iso[r.source]
            for r in self.record.relations
            if r.type == "PARTICIPATED_IN" and r.target == operation_id and r.source in iso
        }

    def operation_pairs(self) -> dict[str, str]:
        """Found operation id -> gold operation key (name, or `unnamed:<countries>`)."""
        gold_unnamed = [
            {country_code(c) for c in op["countries"]}
            for op in self.gold.get("operations", [])
            if not op.get("name")
        ]
        pairs: dict[str, str] = {}
        for entity in self.record.by_label("Operation"):
            if entity.name:
                pairs[entity.id] = fold(entity.name)
                continue
            found = self._participants(entity.id)
            best = max(gold_unnamed, key=lambda g: len(g & found), default=set())
            key = best if best & found else found
            pairs[entity.id] = "unnamed:" + ",".join(sorted(key))
        return pairs

    def gold_operation_key(self, op: dict[str, Any]) -> str:
        if op.get("name"):
            return fold(op["name"])
        return "unnamed:" + ",".join(sorted(country_code(c) for c in op["countries"]))

    def operations(self, score: Score) -> None:
        gold = {self.gold_operation_key(o) for o in self.gold.get("operations", [])}
        _match_sets(score, gold, set(self.operation_pairs().values()), self.label)

    def operation_facts(self, score: Score, prop: str) -> None:
        pairs = self.operation_pairs()
        gold = {
            f"{self.gold_operation_key(o)}={o.get(prop)}" for o in self.gold.get("operations", [])
        }
        found = {
            f"{pairs[e.id]}={e.properties.get(prop)}" for e in self.record.by_label("Operation")
        }
        _match_sets(score, gold, found, self.label)

    def co_investigations(self, score: Score) -> None:
        found: set[str] = set()
        for entity in self.record.by_label("Operation"):
            for a, b in combinations(sorted(self._participants(entity.id)), 2):
                found.add(f"{a}-{b}")
        gold = set()
        for a, b in self.gold.get("co_investigations", []):
            x, y = sorted((country_code(a), country_code(b)))
            gold.add(f"{x}-{y}")
        _match_sets(score, gold, found, self.label)

    def _person_key(self, name: str) -> str:
        gold_names = [fold(p["name"]) for p in self.gold.get("persons", [])]
        key = fold(name)
        return next((g for g in gold_names if g.endswith(key) or key.endswith(g)), key)

    def persons(self, score: Score) -> None:
        gold = {fold(p["name"]) for p in self.gold.get("persons", [])}
        found = {self._person_key(e.name or "") for e in self.record.by_label("Person")}
        _match_sets(score, gold, found, self.label)

    def affiliations(self, score: Score) -> None:
        gold = set()
        for person in self.gold.get("persons", []):
            org = self.gold_org_of({fold(person["organisation"])}) or person["organisation"]
            gold.add(f"{fold(person['name'])}@{org}")
        names = {e.id: e.name or "" for e in self.record.by_label("Person")}
        found = {
            f"{self._person_key(names[r.source])}@{self.org_key(r.target)}"
            for r in self.record.relations
            if r.type == "AFFILIATED_WITH" and r.source in names
        }
        _match_sets(score, gold, found, self.label)

    def roles(self, score: Score) -> None:
        gold = {
            f"{fold(p['name'])}={fold(p.get('role') or '')}" for p in self.gold.get("persons", [])
        }
        found = {
            f"{self._person_key(e.name or '')}={fold(e.properties.get('role') or '')}"
            for e in self.record.by_label("Person")
        }
        _match_sets(score, gold, found, self.label)

    def cities(self, score: Score) -> None:
        gold = {fold(c) for c in self.gold.get("cities", [])}
        found = {fold(e.name or "") for e in self.record.by_label("Place")}
        _match_sets(score, gold, found, self.label)

    def routes(self, score: Score) -> None:
        gold = {
            f"{country_code(r['from'])}>{country_code(r['to'])}"
            for r in self.gold.get("routes", [])
        }
        iso = {e.id: e.properties["iso2"] for e in self.record.by_label("Country")}
        found = {
            f"{iso[r.source]}>{iso[r.target]}"
            for r in self.record.relations
            if r.type == "ROUTE" and r.source in iso and r.target in iso
        }
        _match_sets(score, gold, found, self.label)

    def events(self, score: Score) -> None:
        found = list(self.record.by_label("Event"))
        used: set[str] = set()
        for event in self.gold.get("events", []):
            match = next(
                (
                    f
                    for f in found
                    if f.id not in used
                    and _same_event(event, f.name or "", f.properties.get("date"))
                ),
                None,
            )
            if match is None:
                score.fn += 1
                score.misses.append(f"{self.label}missed event {event['name']}")
            else:
                score.tp += 1
                used.add(match.id)
        extra = [f for f in found if f.id not in used]
        score.fp += len(extra)
        score.misses += [f"{self.label}extra event {f.name}" for f in extra]


def _same_event(gold: dict[str, Any], name: str, date: str | None) -> bool:
    if gold.get("date") and date and gold["date"] == date:
        return True
    return fuzz.token_set_ratio(fold(gold["name"]), fold(name)) >= 80


SCORERS: dict[str, Callable[[DocScorer, Score], None]] = {
    "countries": DocScorer.countries,
    "organisations": DocScorer.organisations,
    "operations": DocScorer.operations,
    "co-investigation pairs": DocScorer.co_investigations,
    "persons": DocScorer.persons,
    "cities": DocScorer.cities,
    "person affiliations": DocScorer.affiliations,
    "person roles": DocScorer.roles,
    "operation years": lambda s, score: s.operation_facts(score, "year"),
    "operation crimes": lambda s, score: s.operation_facts(score, "crime"),
    "routes": DocScorer.routes,
    "events": DocScorer.events,
}


def evaluate(pairs: Iterable[tuple[DocumentRecord, dict[str, Any]]]) -> dict[str, Score]:
    """Micro-averaged scores per fact kind over (record, gold document) pairs."""
    scores = {kind: Score() for kind in KINDS}
    for record, gold in pairs:
        scorer = DocScorer(record, gold)
        for kind in KINDS:
            SCORERS[kind](scorer, scores[kind])
    return scores
