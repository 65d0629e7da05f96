"""The crime and period filter that every filtered read takes, as one typed, checked record.

Query files that filter operations declare the same three parameters (`crime`, `year_from`,
`year_to`) and use the same clause (an operation of crime `both` counts for either crime; with a
period, operations of unknown year drop out); `Filters.params()` gives those parameters.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal, get_args

from ctgraph.graph.errors import QueryError

Crime = Literal["migrant smuggling", "human trafficking", "both", "other"]
CRIMES: tuple[str, ...] = get_args(Crime)
PARAMS = ("crime", "year_from", "year_to")


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """Only operations of one crime (None: any) within a period (None: unbounded); checked when
    made, so an unknown crime or an empty period fails before any query runs."""

    crime: Crime | None = None
    year_from: int | None = None
    year_to: int | None = None

    def __post_init__(self) -> None:
        if self.crime is not None and self.crime not in CRIMES:
            raise QueryError(f"crime must be one of {', '.join(CRIMES)}, got {self.crime!r}")
        for name in ("year_from", "year_to"):
            year = getattr(self, name)
            if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
                raise QueryError(f"{name} must be a year (int), got {year!r}")
        if (
            self.year_from is not None
            and self.year_to is not None
            and self.year_from > self.year_to
        ):
            raise QueryError(
                f"empty period: year_from {self.year_from} is after year_to {self.year_to}"
            )

    @classmethod
    def of(cls, params: dict[str, Any]) -> Filters:
        """The filter among a query's parameters (absent ones: no filter)."""
        return cls(**{name: params.get(name) for name in PARAMS})

    def params(self) -> dict[str, Any]:
        """The Cypher parameters `crime`, `year_from`, `year_to`."""
        return asdict(self)


NO_FILTERS = Filters()
