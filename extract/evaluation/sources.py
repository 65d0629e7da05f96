"""Documents grouped by publisher, for leave-one-source-out figures: whatever is learned or
tuned on a gold set is tuned without a publisher's texts and scored on them
(shared/gold/README.md). Sources: `sources.json` beside the corpus (`file`, `publisher`)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ctgraph.extract.errors import GoldError

T = TypeVar("T")


def publishers(path: Path) -> dict[str, str]:
    """File name -> publisher, from a `sources.json`."""
    try:
        rows = json.loads(path.read_text("utf-8"))
        return {str(row["file"]): str(row.get("publisher") or row["file"]) for row in rows}
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as e:
        raise GoldError(f"cannot read sources file {path}: {e}") from e


def split_by(
    pairs: Sequence[tuple[T, dict[str, Any]]], publisher_of: dict[str, str]
) -> Iterator[tuple[str, list[tuple[T, dict[str, Any]]], list[tuple[T, dict[str, Any]]]]]:
    """For each publisher (sorted): its (record, gold) pairs, and everyone else's, to tune on."""
    names = sorted({publisher_of.get(gold["file"], gold["file"]) for _, gold in pairs})
    for name in names:
        held: list[tuple[T, dict[str, Any]]] = []
        rest: list[tuple[T, dict[str, Any]]] = []
        for pair in pairs:
            (held if publisher_of.get(pair[1]["file"], pair[1]["file"]) == name else rest).append(
                pair
            )
        yield name, held, rest
