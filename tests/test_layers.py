"""The layers import only what their `__init__` says: extract and graph never import each other,
api or ctgraph; api never imports extract directly (ingestion goes through `ctgraph.ingest`)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "extract": {"graph", "api", "ctgraph", "cypher"},
    "graph": {"extract", "api", "ctgraph"},
    "api": {"extract"},
}


def imported_packages(path: Path) -> set[str]:
    """Top-level packages a module imports (absolute imports only; ctgraph has no relative ones)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layers_do_not_import_upwards(package: str) -> None:
    offences = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offences.items() if v} == {}
