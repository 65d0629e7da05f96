"""How a pair of countries is weighted in the cooperation exports, and which countries stay in:
shared by the analysis export (`ctgraph export gexf`, `graph.analysis.timeline`) and the API's
streamed GEXF (`graph.read.exports`), so both weigh a pair the same way.

`count`: the number of shared operations. `size`: an operation of n states adds 1/(n−1) to each
of its pairs, so every state's ties from one operation sum to 1 whatever its size (with counts,
a 23-state operation adds 22 ties of weight 1 to each of its states, and such operations
dominate degree and betweenness centrality).

Both read the operations' states from the participations (`cypher/analysis/list_participations`,
one row per country and operation, with the export's crime and period filters); the countries
in them are the ones an `isolated` export keeps when they have no partner.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

Weighting = Literal["count", "size"]
WEIGHTINGS: tuple[Weighting, ...] = ("count", "size")


def checked(weight: str) -> Weighting:
    """`weight` as a weighting; another name is a ValueError naming the choices."""
    for known in WEIGHTINGS:
        if weight == known:
            return known
    raise ValueError(f"weight must be one of {', '.join(WEIGHTINGS)}, not {weight!r}")


def size_weight(operations: Iterable[str], states: Mapping[str, int]) -> float:
    """The size-normalised weight of a pair: the sum of 1/(n−1) over its shared operations."""
    return sum(1 / (states[op] - 1) for op in operations if states.get(op, 0) > 1)


@dataclass(frozen=True, slots=True)
class Participations:
    """What the weighting needs of the participations: the states of each operation."""

    states: dict[str, int]

    @classmethod
    def of(cls, rows: Iterable[Mapping[str, Any]]) -> Participations:
        """From rows with `country` and `operation` ids."""
        members: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            members[row["operation"]].add(row["country"])
        return cls({op: len(states) for op, states in members.items()})

    def weights(self, operations: Iterable[str]) -> dict[str, float]:
        """A pair's weights by kind (`count`, `size`), from its shared operations."""
        shared = list(operations)
        return {"count": len(shared), "size": round(size_weight(shared, self.states), 6)}
