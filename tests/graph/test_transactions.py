"""`graph.transactions.in_halves`: work that fails for Neo4j's memory limit is split in halves
down to one item; every item is done once, in order, and only a single item too large alone
reaches `alone`. Pure: the transaction is a function that fails above a size."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from neo4j.exceptions import Neo4jError

from ctgraph.graph.transactions import in_halves, over_memory_limit

MEMORY = "Neo.TransientError.General.MemoryPoolOutOfMemoryError"


def _memory_error() -> Neo4jError:
    return Neo4jError._hydrate_neo4j(code=MEMORY, message="memory pool exhausted")


@given(
    st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=40),
    st.integers(min_value=1, max_value=60),
)
def test_every_item_is_done_once_in_order_and_only_lone_giants_fail(
    items: list[int], limit: int
) -> None:
    """An attempt fails for memory when its items weigh more than `limit`; items heavier than
    `limit` alone go to `alone`."""
    failed: list[int] = []

    def attempt(some: list[int]) -> list[int]:
        if sum(some) > limit:
            raise _memory_error()
        return some

    def alone(item: int, error: Exception) -> list[int]:
        assert over_memory_limit(error)
        failed.append(item)
        return []

    done = in_halves(items, attempt, alone)
    assert done == [i for i in items if i <= limit]
    assert failed == [i for i in items if i > limit]


def test_a_failure_not_for_memory_is_raised_at_once() -> None:
    calls: list[list[int]] = []

    def attempt(some: list[int]) -> list[int]:
        calls.append(some)
        raise ValueError("not memory")

    with pytest.raises(ValueError):
        in_halves([1, 2, 3], attempt, lambda item, error: [])
    assert calls == [[1, 2, 3]]


def test_an_error_raised_from_a_memory_error_counts_as_one() -> None:
    try:
        try:
            raise _memory_error()
        except Neo4jError as e:
            raise RuntimeError("document too large") from e
    except RuntimeError as wrapped:
        assert over_memory_limit(wrapped)
    assert not over_memory_limit(RuntimeError("other"))
