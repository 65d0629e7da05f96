"""Write transactions that ctgraph begins and commits itself, instead of the driver's managed
`execute_write`: one that reaches Neo4j's transaction memory limit fails at once, so that its
caller can split the work (the managed retry would wait a second, then two, four... before
trying the same work again, which cannot fit any better). A transaction that fails for a
passing reason (a deadlock with a concurrent writer, a lost connection) is tried again as the
driver would: after pauses of 1, 2, 4... seconds (jittered), for 30 s from the first failure, so
that the loader and the other writers (corrections, which use `execute_write`) keep equal chances.
"""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Callable
from typing import TypeVar, cast

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import DriverError, Neo4jError

from ctgraph.graph.queries import open_session

T = TypeVar("T")
X = TypeVar("X")

# Neo4j's answers when a transaction needs more memory than its limit
# (`db.memory.transaction.max`) or than the global pool allows, while its queries run or at commit.
MEMORY_LIMIT_CODES = {
    "Neo.ClientError.General.TransactionOutOfMemoryError",
    "Neo.TransientError.General.TransactionOutOfMemoryError",
    "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
}
# The driver's defaults: the first pause (seconds), its growth, its jitter, and how long after the
# first failure a transaction is still tried again.
FIRST_PAUSE, GROWTH, JITTER = 1.0, 2.0, 0.2
RETRY_SECONDS = 30.0


def over_memory_limit(error: BaseException | None) -> bool:
    """True when Neo4j refused a transaction for the memory it needed (the error itself, or the
    Neo4j error it was raised from)."""
    for found in (error, error.__cause__ if error is not None else None):
        if isinstance(found, Neo4jError) and found.code in MEMORY_LIMIT_CODES:
            return True
    return False


def in_halves(
    items: list[X],
    attempt: Callable[[list[X]], list[T]],
    alone: Callable[[X, Exception], list[T]],
) -> list[T]:
    """`attempt(items)` (one transaction); when it fails for memory, each half again at once,
    down to one item, whose failure goes to `alone` (which may raise it)."""
    try:
        return attempt(items)
    except Exception as e:
        if not over_memory_limit(e):
            raise
        if len(items) == 1:
            return alone(items[0], e)
    middle = len(items) // 2
    return [*in_halves(items[:middle], attempt, alone), *in_halves(items[middle:], attempt, alone)]


def write(driver: Driver, work: Callable[[ManagedTransaction], T], *, database: str | None) -> T:
    """`work` in one write transaction, committed; the driver's error when the memory limit is
    reached or a failure is not passing, or after RETRY_SECONDS of passing failures."""
    deadline: float | None = None
    for attempt in itertools.count():
        try:
            with (
                open_session(driver, database=database, write=True) as session,
                session.begin_transaction() as tx,
            ):
                # The work takes the managed transaction type (what `execute_write` passes, and
                # what the loader's steps are written for); both share `run`.
                result = work(cast(ManagedTransaction, tx))
                tx.commit()
            return result
        except (Neo4jError, DriverError) as e:
            if over_memory_limit(e) or not e.is_retryable():
                raise
            deadline = deadline or time.monotonic() + RETRY_SECONDS
            if time.monotonic() > deadline:
                raise
        time.sleep(FIRST_PAUSE * GROWTH**attempt * random.uniform(1 - JITTER, 1 + JITTER))
    raise AssertionError("unreachable: attempts never end")
