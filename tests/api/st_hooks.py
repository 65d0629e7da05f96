"""Schemathesis hooks for ctgraph: the rules the OpenAPI schema cannot state.

`year_from` after `year_to` (and `date_from` after `date_to`) is refused with 422 (documented
on the parameters), but a schema cannot relate two parameters, so generated cases order them. A posted text must hold a word of
two letters in any script (documented on `text`), which JSON Schema's regex dialect cannot
say, so generated texts without one get one. Imported by the suite's runs and
given to the CLI as `SCHEMATHESIS_HOOKS=st_hooks` (with `tests/api` on `PYTHONPATH`).
"""

from __future__ import annotations

from typing import Any

import schemathesis

from ctgraph.extract.reader import has_words


@schemathesis.hook
def before_call(ctx: Any, case: schemathesis.Case, **kwargs: Any) -> None:
    """Swap `year_from` and `year_to` when both are integers out of order, and `date_from` and
    `date_to` (in every phase, the boundary-value one included)."""
    body = case.body
    if isinstance(body, dict) and isinstance(body.get("text"), str) and not has_words(body["text"]):
        body["text"] += " word"
    query = case.query
    if query:
        low, high = as_int(query.get("year_from")), as_int(query.get("year_to"))
        if low is not None and high is not None and low > high:
            query["year_from"], query["year_to"] = query["year_to"], query["year_from"]
        first, last = query.get("date_from"), query.get("date_to")
        # (`date_to` takes in its whole year or month: 2016-05 .. 2016 is in order)
        if isinstance(first, str) and isinstance(last, str) and reversed_dates(first, last):
            query["date_from"], query["date_to"] = last, first


def reversed_dates(first: str, last: str) -> bool:
    """True when the date range `first`..`last` is empty (the API's 422)."""
    return first > last and not first.startswith(last)


def as_int(value: Any) -> int | None:
    """An integer query value, given as a number or as its digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None
