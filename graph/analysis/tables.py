"""Operations over time as tables: per year and crime, and which states joined when."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import astuple, dataclass, fields
from typing import Any

from neo4j import Driver

from ctgraph.graph.analysis._cypher import read
from ctgraph.graph.filters import NO_FILTERS, Filters

UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class YearCrime:
    """How many operations of one crime type a year saw, and how many country participations."""

    year: int | None
    crime: str
    operations: int
    participations: int


@dataclass(frozen=True, slots=True)
class CountryTimeline:
    """One state's cooperation over time: the year it first joined an operation and every year."""

    iso2: str
    name: str
    first_year: int | None
    years: tuple[int, ...]
    operations: int


def operations_by_year(
    driver: Driver,
    *,
    database: str | None = None,
    filters: Filters = NO_FILTERS,
) -> list[YearCrime]:
    """Operations per (year, crime type), oldest first; unknown years and crimes come last."""
    params = filters.params()
    operations: Counter[tuple[int | None, str]] = Counter()
    participations: Counter[tuple[int | None, str]] = Counter()
    for row in read(driver, "list_operations", database=database, **params):
        key = (row["year"], row["crime"] or UNKNOWN)
        operations[key] += 1
        participations[key] += row["countries"]
    return [
        YearCrime(year, crime, operations[year, crime], participations[year, crime])
        for year, crime in sorted(operations, key=_year_crime_order)
    ]


def country_timeline(
    driver: Driver,
    *,
    database: str | None = None,
    filters: Filters = NO_FILTERS,
) -> list[CountryTimeline]:
    """Which states joined when: per country, its first year and all years of participation,
    earliest joiners first (countries only seen in operations of unknown year last)."""
    params = filters.params()
    names: dict[str, str] = {}
    years: defaultdict[str, set[int]] = defaultdict(set)
    operations: Counter[str] = Counter()
    for row in read(driver, "list_participations", database=database, **params):
        iso2 = row["iso2"] or row["country"]
        names[iso2] = row["country_name"] or iso2
        operations[iso2] += 1
        if row["year"] is not None:
            years[iso2].add(row["year"])
    rows = [
        CountryTimeline(
            iso2=iso2,
            name=names[iso2],
            first_year=min(years[iso2], default=None),
            years=tuple(sorted(years[iso2])),
            operations=operations[iso2],
        )
        for iso2 in names
    ]
    return sorted(rows, key=lambda r: (r.first_year is None, r.first_year or 0, r.iso2))


def as_markdown(rows: Sequence[Any]) -> str:
    """A list of dataclass rows as a Markdown table, for `IPython.display.Markdown`."""
    if not rows:
        return "_no rows_"
    header = [f.name for f in fields(rows[0])]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(_cell(v) for v in astuple(row)) + " |" for row in rows]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    """A table cell: floats to 3 decimals, sequences joined, None as a dash."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, tuple | list | set | frozenset):
        return ", ".join(_cell(v) for v in value)
    return str(value).replace("|", "\\|")


def _year_crime_order(key: tuple[int | None, str]) -> tuple[bool, int, bool, str]:
    """Sort by year (unknown last), then crime (unknown last)."""
    year, crime = key
    return (year is None, year or 0, crime == UNKNOWN, crime)
