"""Names as analysts give them, resolved to one entity: an id, a country's ISO code, a name or
an alias (case-insensitive), the rule of the query library (`cypher/find_partners.cypher`...).
One resolver for the API's paths and filters and the CLI's `ctgraph query` parameters
(`cypher/api/resolve_name.cypher`); a name that fits several entities is `Ambiguous`, with the
candidates, and one that fits none is `Unknown`."""

from __future__ import annotations

from dataclasses import dataclass

from neo4j import Driver

from ctgraph.graph.errors import QueryError
from ctgraph.graph.read import read

# The library's parameters that name an entity, and the label they name (None: any entity).
NAMED_PARAMS: dict[str, str | None] = {
    "country": "Country",
    "organisation": "Organisation",
    "source": None,
    "target": None,
    "entity": None,
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity a name may mean."""

    id: str
    label: str
    name: str | None
    iso2: str | None = None


class Unknown(QueryError):
    """A name that fits no entity (of the label asked for)."""

    def __init__(self, name: str, label: str | None) -> None:
        how = "id, ISO code, name or alias" if label in (None, "Country") else "id, name or alias"
        super().__init__(f"no {(label or 'entity').lower()} {name!r} (by {how})")
        self.name = name
        self.label = label


class Ambiguous(QueryError):
    """A name that fits several entities; `candidates` lists them."""

    def __init__(self, name: str, label: str | None, candidates: list[Candidate]) -> None:
        shown = ", ".join(f"{c.id} ({c.name})" for c in candidates)
        super().__init__(
            f"{name!r} fits {len(candidates)} {(label or 'entitie').lower()}s: {shown}; give an id"
        )
        self.name = name
        self.label = label
        self.candidates = candidates


def candidates(driver: Driver, name: str, *, label: str | None, database: str) -> list[Candidate]:
    """The entities `name` may mean: its exact id or ISO code if any, else by name and alias."""
    rows = read(driver, "resolve_name", database=database, name=name, label=label)
    return [Candidate(id=r["id"], label=r["label"], name=r["name"], iso2=r["iso2"]) for r in rows]


def resolve(driver: Driver, name: str, *, label: str | None, database: str) -> Candidate:
    """The one entity `name` means; `Unknown` or `Ambiguous` otherwise."""
    found = candidates(driver, name, label=label, database=database)
    if not found:
        raise Unknown(name, label)
    if len(found) > 1 and found[0].id != name:  # an exact id wins over names
        raise Ambiguous(name, label, found)
    return found[0]
