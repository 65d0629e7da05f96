"""The filter and the paging window every filtered read takes, as typed, checked records.

`Filters` is what a question narrows the graph to: the crime and period of operations (the
library and analysis queries take those three), and for the API's lists a country, an
organisation, a minimum confidence of facts, a document date range, countries with operations
only, and words of a name. The API builds one from its query parameters and `graph/read` hands
it to the query as it is; each query file declares the filter parameters it understands, and a
set filter a query does not declare is an error rather than silently ignored (`params_for`).

Query files that filter operations use the same clause (an operation of crime `both` counts for
either crime; with a period, operations of unknown year drop out). The crime vocabulary is the
model's (`graph/model.yaml`, Operation.crime).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from ctgraph.graph.errors import QueryError
from ctgraph.graph.model import model

# A crime is one of the model's values; the type stays `str` because the vocabulary is data.
Crime = str
CRIMES: tuple[str, ...] = model().label("Operation").property("crime").values  # type: ignore[union-attr]
PARAMS = ("crime", "year_from", "year_to")
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
MAX_LIMIT = 10_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """What to keep; None (or False) is "no filter". Checked when made, so an unknown crime, an
    empty period or a confidence outside 0..1 fails before any query runs.

    `country` is an ISO code and `organisation` an id: names are resolved before
    (`graph.read.resolve`)."""

    crime: Crime | None = None
    year_from: int | None = None
    year_to: int | None = None
    country: str | None = None
    organisation: str | None = None
    min_confidence: float | None = None
    date_from: str | None = None
    date_to: str | None = None
    active: bool = False
    q: str | None = None

    def __post_init__(self) -> None:
        if self.crime is not None and self.crime not in CRIMES:
            raise QueryError(f"crime must be one of {', '.join(CRIMES)}, got {self.crime!r}")
        for name in ("year_from", "year_to"):
            year = getattr(self, name)
            if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
                raise QueryError(f"{name} must be a year (int), got {year!r}")
        _ordered("period", "year_from", self.year_from, "year_to", self.year_to)
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise QueryError(f"min_confidence must be within 0..1, got {self.min_confidence!r}")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and not ISO_DATE.match(value):
                raise QueryError(
                    f"{name} must be an ISO date (2017, 2017-04, 2017-04-12), got {value!r}"
                )
        if self.date_from and self.date_to and not self.date_from.startswith(self.date_to):
            # `date_to` takes in its whole year or month: 2016-05 .. 2016 is not empty
            _ordered("date range", "date_from", self.date_from, "date_to", self.date_to)

    @classmethod
    def of(cls, params: dict[str, Any]) -> Filters:
        """The crime and period filter among a query's parameters (absent ones: no filter)."""
        return cls(
            crime=params.get("crime"),
            year_from=params.get("year_from"),
            year_to=params.get("year_to"),
        )

    def given(self) -> dict[str, Any]:
        """The filters that are set, by name."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return {k: v for k, v in values.items() if v is not None and v is not False}

    def params(self) -> dict[str, Any]:
        """The Cypher parameters `crime`, `year_from`, `year_to` (None when unset), and any
        other filter that is set."""
        return {**{name: getattr(self, name) for name in PARAMS}, **self.given()}

    def params_for(self, query: str, declared: set[str]) -> dict[str, Any]:
        """The set filters as the parameters of a query that declares `declared`; a set filter
        the query does not take is a `QueryError` (never silently dropped)."""
        given = self.given()
        unknown = sorted(set(given) - declared)
        if unknown:
            raise QueryError(f"query {query!r} cannot filter by {', '.join(unknown)}")
        return given

    @property
    def period_only(self) -> bool:
        """True when nothing but crime and period is set (the derived pairs can answer)."""
        return set(self.given()) <= set(PARAMS)


@dataclass(frozen=True, slots=True, kw_only=True)
class Window:
    """Which slice of a list: `limit` items from `offset`."""

    offset: int = 0
    limit: int = 50

    def __post_init__(self) -> None:
        if self.offset < 0 or not 0 < self.limit <= MAX_LIMIT:
            raise QueryError(f"a window needs offset >= 0 and 0 < limit <= {MAX_LIMIT}")

    def params(self) -> dict[str, int]:
        """The Cypher parameters `offset` and `limit`."""
        return {"offset": self.offset, "limit": self.limit}


def _ordered(what: str, low_name: str, low: Any, high_name: str, high: Any) -> None:
    if low is not None and high is not None and low > high:
        raise QueryError(f"empty {what}: {low_name} {low} is after {high_name} {high}")


NO_FILTERS = Filters()
FIRST_PAGE = Window()
