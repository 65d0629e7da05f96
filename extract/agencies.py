"""National agencies and the state each acts for, from `patterns/agencies.csv`.

A police, border, customs, prosecution, justice or interior body of one state makes that state a
participant when it is stated to take part ("HSI and the RCMP led the operation"). Each row
names its source; entries are chosen for the states of cooperation texts worldwide.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from spacy.util import registry

from ctgraph.extract.errors import PatternError
from ctgraph.extract.gazetteers import pattern_path

KINDS = {"police", "border", "customs", "prosecution", "justice", "interior"}


@dataclass(frozen=True, slots=True)
class Agency:
    """A national authority: canonical name, aliases, the alpha-2 code of its state, its kind."""

    name: str
    aliases: tuple[str, ...]
    state: str
    kind: str


def agency_table(path: str = "agencies.csv") -> list[Agency]:
    """Rows of the agency table; a row without a state, a known kind or a source is an error."""
    agencies: list[Agency] = []
    with pattern_path(path).open(encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle), 2):
            try:
                name, state, kind = row["name"].strip(), row["state"].strip(), row["kind"].strip()
                if not (name and len(state) == 2 and kind in KINDS and row["source"].strip()):
                    raise ValueError("name, two-letter state, kind and source are required")
            except (KeyError, AttributeError, ValueError) as e:
                raise PatternError(f"{path}:{number}: bad agency row: {e}") from e
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
            agencies.append(Agency(name, aliases, state.upper(), kind))
    return agencies


registry.misc("ctgraph.agency_table.v1", func=agency_table)
