"""Gold annotations (format: shared/gold/README.md) and where their texts live."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ctgraph.extract.errors import GoldError

REPO_CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The `documents` of a gold file."""
    try:
        data = json.loads(path.read_text("utf-8"))
        documents: list[dict[str, Any]] = data["documents"]
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as e:
        raise GoldError(f"cannot read gold file {path}: {e}") from e
    return documents


def corpus_dir(gold_path: Path, corpus: Path | None = None) -> Path:
    """The texts of a gold file: given, else `corpus/` beside its folder, else data/corpus."""
    if corpus is not None:
        return corpus
    beside = gold_path.resolve().parent.parent / "corpus"
    return beside if beside.is_dir() else REPO_CORPUS
