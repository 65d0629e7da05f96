"""The incremental CO_INVESTIGATED: which pairs of countries gain or lose which operations.

The loader reads the operations a change touches (their countries, name, year, crime) before
and after it; the difference, per pair, is what `cypher/load/update_co_investigated.cypher`
applies, so a load pays for the pairs of its own operations, never for the whole graph.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

# What `operation_countries` returns per operation id.
Operations = dict[str, dict[str, Any]]
Pair = tuple[str, str]


def pair_changes(before: Operations, after: Operations) -> list[dict[str, Any]]:
    """Per pair of country ids (smaller ordering key first): operations to remove and to add."""
    changes: dict[Pair, dict[str, Any]] = {}
    for op_id in sorted(before.keys() | after.keys()):
        old, new = before.get(op_id), after.get(op_id)
        old_pairs, new_pairs = _pairs(old), _pairs(new)
        if old is not None and new is not None and _summary(old) == _summary(new):
            old_pairs, new_pairs = old_pairs - new_pairs, new_pairs - old_pairs
        for pair in old_pairs:
            _change(changes, pair)["remove"].append(op_id)
        for pair in new_pairs:
            _change(changes, pair)["add"].append(_summary(new or {}))
    return [changes[pair] for pair in sorted(changes)]


def _pairs(operation: dict[str, Any] | None) -> set[Pair]:
    if operation is None:
        return set()
    countries = sorted({(key, cid) for key, cid in operation["countries"]})
    return {(a[1], b[1]) for a, b in combinations(countries, 2) if a[0] != b[0]}


def _summary(operation: dict[str, Any]) -> dict[str, Any]:
    return {k: operation.get(k) for k in ("id", "name", "year", "crime")}


def _change(changes: dict[Pair, dict[str, Any]], pair: Pair) -> dict[str, Any]:
    if pair not in changes:
        changes[pair] = {"a": pair[0], "b": pair[1], "remove": [], "add": []}
    return changes[pair]


def by_first_country(found: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Pairs {a, b} as the rows of `refresh_pairs`: {a, bs}, one per first country."""
    grouped: dict[str, list[str]] = {}
    for pair in found:
        grouped.setdefault(pair["a"], []).append(pair["b"])
    return [{"a": a, "bs": bs} for a, bs in sorted(grouped.items())]
