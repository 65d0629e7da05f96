"""Per-document scoring against one gold annotation (format: shared/gold/README.md).

Matching is lenient where annotators are: names compare accent- and case-insensitively,
organisations match through any name or alias, `optional` and `*_optional` entries and
`countries_implied` are neither rewarded nor penalised, `*_alternatives` are also accepted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import countrynames
from rapidfuzz import fuzz

from ctgraph.extract.records import DocumentRecord
from ctgraph.extract.text import fold


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

    def add(self, other: Score) -> None:
        """Accumulate another score's counts and misses."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses


def country_code(name: str | None) -> str | None:
    """Gold country name -> the two-letter code our ids use (None stays None)."""
    if not name:
        return None
    code = countrynames.to_code(name, fuzzy=True) or fold(name)
    return code[:2] if len(code) == 4 else code


def _codes(names: Iterable[str | None]) -> set[str]:
    return {c for c in (country_code(n) for n in names) if c}


def match_sets(
    score: Score, gold: Iterable[str], found: Iterable[str], label: str = "",
    neutral: Iterable[str] = (),
) -> None:  # fmt: skip
    """Count a found set against a gold set; `neutral` found values are ignored."""
    gold_set, found_set = set(gold), set(found) - (set(neutral) - set(gold))
    score.tp += len(gold_set & found_set)
    score.fp += len(found_set - gold_set)
    score.fn += len(gold_set - found_set)
    score.misses += [f"{label}missed {g}" for g in sorted(gold_set - found_set)]
    score.misses += [f"{label}extra {f}" for f in sorted(found_set - gold_set)]


def _names(entity_names: Iterable[str | None]) -> set[str]:
    return {fold(n) for n in entity_names if n}


def _pair(a: str, b: str) -> str:
    x, y = sorted((a, b))
    return f"{x}-{y}"


class DocScorer:
    """Scores one document's record against its gold annotation."""

    def __init__(self, record: DocumentRecord, gold: dict[str, Any]) -> None:
        self.record = record
        self.gold = gold
        self.label = f"{gold['file']}: "
        self.iso = {e.id: e.properties["iso2"] for e in record.by_label("Country")}
        self.orgs = {
            e.id: _names([e.name or "", *e.aliases]) for e in record.by_label("Organisation")
        }
        self.gold_orgs = [
            (_names([o["name"], *o.get("aliases", [])]), bool(o.get("optional")), o["name"])
            for o in gold.get("organisations", [])
        ]
        self.gold_ops = gold.get("operations", [])
        self.op_keys = self._operation_keys()

    def gold_org_of(self, names: set[str]) -> str | None:
        """The gold organisation (canonical name) sharing a name with `names`."""
        return next((g[2] for g in self.gold_orgs if g[0] & names), None)

    def org_key(self, entity_id: str) -> str:
        names = self.orgs.get(entity_id, {entity_id})
        return self.gold_org_of(names) or entity_id

    def organisations(self, score: Score) -> None:
        optional = {g[2] for g in self.gold_orgs if g[1]}
        found = {self.org_key(e) for e in self.orgs}
        gold = {g[2] for g in self.gold_orgs if not g[1]}
        match_sets(score, gold, found, self.label, optional)

    def countries(self, score: Score) -> None:
        found = set(self.iso.values())
        gold = _codes(self.gold.get("countries", []))
        match_sets(score, gold, found, self.label, _codes(self.gold.get("countries_optional", [])))

    def participants(self, operation_id: str) -> set[str]:
        """Codes of the countries found to take part in one found operation."""
        return {
            self.iso[r.source]
            for r in self.record.relations
            if r.type == "PARTICIPATED_IN" and r.target == operation_id and r.source in self.iso
        }

    def gold_key(self, op: dict[str, Any]) -> str:
        """A gold operation's key: folded name, or `unnamed:<codes>`."""
        if op.get("name"):
            return fold(op["name"])
        return "unnamed:" + ",".join(sorted(_codes(op["countries"])))

    def _named_key(self, name: str) -> str:
        folded = fold(name)
        for op in self.gold_ops:
            if op.get("name") and folded in _names([op["name"], *op.get("aliases", [])]):
                return self.gold_key(op)
        return folded

    def _unnamed_key(self, found: set[str]) -> str:
        best, overlap = None, 0.0
        for op in self.gold_ops:
            if op.get("name"):
                continue
            # implied countries neither rewarded nor penalised (shared/gold/README.md)
            stated, implied = _codes(op["countries"]), _codes(op.get("countries_implied", []))
            union = stated | (found - implied)
            similarity = len(stated & found) / len(union) if found and union else 0.0
            if similarity > overlap:
                best, overlap = op, similarity
        return self.gold_key(best) if best else "unnamed:" + ",".join(sorted(found))

    def _operation_keys(self) -> dict[str, str]:
        """Found operation id -> gold operation key (or its own key when not in gold)."""
        keys: dict[str, str] = {}
        for entity in self.record.by_label("Operation"):
            if entity.name:
                keys[entity.id] = self._named_key(entity.name)
            else:
                keys[entity.id] = self._unnamed_key(self.participants(entity.id))
        return keys

    def operations(self, score: Score) -> None:
        gold = {self.gold_key(o) for o in self.gold_ops}
        match_sets(score, gold, set(self.op_keys.values()), self.label)

    def operation_facts(self, score: Score, prop: str) -> None:
        """A property of each gold operation, accepting `<prop>_alternatives`."""
        found: dict[str, set[Any]] = {}
        for entity in self.record.by_label("Operation"):
            found.setdefault(self.op_keys[entity.id], set()).add(entity.properties.get(prop))
        for op in self.gold_ops:
            key = self.gold_key(op)
            accepted = {op.get(prop), *op.get(f"{prop}_alternatives", [])}
            values = found.pop(key, set())
            if values & accepted:
                score.tp += 1
                continue
            score.fn += 1
            score.misses.append(f"{self.label}missed {key}={op.get(prop)}")
            score.fp += len(values)
            score.misses += [f"{self.label}extra {key}={v}" for v in values]
        for key, values in found.items():
            score.fp += len(values)
            score.misses += [f"{self.label}extra {key}={v}" for v in values]

    def participation(self, score: Score) -> None:
        """(operation, country) facts; implied countries are neutral."""
        gold, neutral = set(), set()
        for op in self.gold_ops:
            key = self.gold_key(op)
            gold |= {f"{key}@{c}" for c in _codes(op["countries"])}
            neutral |= {f"{key}@{c}" for c in _codes(op.get("countries_implied", []))}
        found = {
            f"{self.op_keys[e.id]}@{c}"
            for e in self.record.by_label("Operation")
            for c in self.participants(e.id)
        }
        match_sets(score, gold, found, self.label, neutral)

    def co_investigations(self, score: Score) -> None:
        found = {
            _pair(a, b)
            for entity in self.record.by_label("Operation")
            for a, b in combinations(self.participants(entity.id), 2)
        }
        gold = {_pair(*sorted(_codes([a, b]))) for a, b in self.gold.get("co_investigations", [])
                if len(_codes([a, b])) == 2}  # fmt: skip
        neutral = set()
        for op in self.gold_ops:
            members = _codes(op["countries"]) | _codes(op.get("countries_implied", []))
            neutral |= {_pair(a, b) for a, b in combinations(members, 2)}
        match_sets(score, gold, found, self.label, neutral)

    def _person_key(self, name: str) -> str:
        key = fold(name)
        for person in self.gold.get("persons", []):
            names = _names([person["name"], *person.get("aliases", [])])
            if any(g.endswith(key) or key.endswith(g) for g in names):
                return fold(person["name"])
        return key

    def persons(self, score: Score) -> None:
        gold = {fold(p["name"]) for p in self.gold.get("persons", [])}
        found = {self._person_key(e.name or "") for e in self.record.by_label("Person")}
        match_sets(score, gold, found, self.label)

    def affiliations(self, score: Score) -> None:
        gold = set()
        for person in self.gold.get("persons", []):
            org_name = person.get("organisation") or ""
            org = self.gold_org_of({fold(org_name)}) or org_name
            gold.add(f"{fold(person['name'])}@{org}")
        names = {e.id: e.name or "" for e in self.record.by_label("Person")}
        affiliated = [
            r for r in self.record.relations if r.type == "AFFILIATED_WITH" and r.source in names
        ]
        found = {
            f"{self._person_key(names[r.source])}@{self.org_key(r.target)}" for r in affiliated
        }
        # a person found without any organisation matches a gold person without one
        alone = set(names) - {r.source for r in affiliated}
        found |= {f"{self._person_key(names[key])}@" for key in alone}
        match_sets(score, gold, found, self.label)

    def roles(self, score: Score) -> None:
        gold = {
            f"{fold(p['name'])}={fold(p.get('role') or '')}" for p in self.gold.get("persons", [])
        }
        found = {
            f"{self._person_key(e.name or '')}={fold(e.properties.get('role') or '')}"
            for e in self.record.by_label("Person")
        }
        match_sets(score, gold, found, self.label)

    def cities(self, score: Score) -> None:
        gold = {fold(c) for c in self.gold.get("cities", [])}
        found = {fold(e.name or "") for e in self.record.by_label("Place")}
        optional = {fold(c) for c in self.gold.get("cities_optional", [])}
        match_sets(score, gold, found, self.label, optional)

    def routes(self, score: Score) -> None:
        """Country pairs of routes; region ends, optional routes and legs via transit are neutral."""
        gold, neutral = set(), set()
        for route in self.gold.get("routes", []):
            starts = _codes([route.get("from"), *route.get("from_alternatives", [])])
            ends = _codes([route.get("to"), *route.get("to_alternatives", [])])
            via = [c for c in (country_code(v) for v in route.get("via", [])) if c]
            pairs = {f"{a}>{b}" for a in starts for b in ends if a != b}
            if route.get("from") and route.get("to") and not route.get("optional"):
                gold.add(f"{country_code(route['from'])}>{country_code(route['to'])}")
                pairs.discard(f"{country_code(route['from'])}>{country_code(route['to'])}")
            chain = [*sorted(starts), *via, *sorted(ends)]
            legs = {f"{a}>{b}" for i, a in enumerate(chain) for b in chain[i + 1 :] if a != b}
            neutral |= pairs | legs
        found = {
            f"{self.iso[r.source]}>{self.iso[r.target]}"
            for r in self.record.relations
            if r.type == "ROUTE" and r.source in self.iso and r.target in self.iso
        }
        match_sets(score, gold, found, self.label, neutral)

    def events(self, score: Score) -> None:
        found = list(self.record.by_label("Event"))
        used: set[str] = set()
        for event in self.gold.get("events", []):
            match = next(
                (f for f in found if f.id not in used
                 and same_event(event, f.name or "", f.properties.get("date"))),
                None,
            )  # fmt: skip
            if match is None:
                score.fn += 1
                score.misses.append(f"{self.label}missed event {event['name']}")
            else:
                score.tp += 1
                used.add(match.id)
        extra = [f for f in found if f.id not in used]
        score.fp += len(extra)
        score.misses += [f"{self.label}extra event {f.name}" for f in extra]


def same_event(gold: dict[str, Any], name: str, date: str | None) -> bool:
    """An event matches by first day or by a similar name."""
    if gold.get("date") and date and gold["date"] == date:
        return True
    return fuzz.token_set_ratio(fold(gold["name"]), fold(name)) >= 80
