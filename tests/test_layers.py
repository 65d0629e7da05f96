"""ctgraph is one import root whose parts form layers: a module imports only its own part and
the parts of lower layers, never one above it. `extract` and `graph` are the bottom and ignore
each other; the command line is the top. No module is imported under a second top-level name."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ctgraph"

# Each part of ctgraph with its layer; a part may import parts of a strictly lower layer.
LAYERS = {
    "ctgraph.extract": 0,
    "ctgraph.graph": 0,
    "ctgraph.cypher": 0,
    "ctgraph": 1,  # __init__
    "ctgraph.errors": 1,
    "ctgraph.settings": 1,
    "ctgraph.server": 2,
    "ctgraph.database": 3,
    "ctgraph.bulk": 4,
    "ctgraph.ingest": 4,
    "ctgraph.cluster": 5,
    "ctgraph.api": 5,
    "ctgraph.cli": 6,
}
# Same-layer parts that may use each other.
PEERS = {("ctgraph.errors", "ctgraph.settings"), ("ctgraph.bulk", "ctgraph.ingest")}


def part(module: str) -> str:
    """The part of ctgraph a dotted module name belongs to."""
    pieces = module.split(".")
    return ".".join(pieces[:2]) if ".".join(pieces[:2]) in LAYERS else pieces[0]


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (through the links to the top-level folders)."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        dotted = ".".join(("ctgraph", *path.relative_to(PACKAGE).with_suffix("").parts))
        found[dotted.removesuffix(".__init__")] = path
    return found


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_every_part_has_a_layer() -> None:
    assert {part(m) for m in modules()} <= set(LAYERS)


@pytest.mark.parametrize("name", sorted(LAYERS))
def test_parts_import_only_lower_layers(name: str) -> None:
    offences = {}
    for module, path in modules().items():
        if part(module) != name:
            continue
        bad = sorted(
            imported
            for imported in imports(path)
            if imported.split(".")[0] == "ctgraph"
            and (target := part(imported)) != name
            and LAYERS[target] >= LAYERS[name]
            and (name, target) not in PEERS
            and (target, name) not in PEERS
        )
        if bad:
            offences[module] = bad
    assert offences == {}


def test_no_second_import_root() -> None:
    """No module imports api, graph, extract or cypher as top-level packages."""
    roots = {"api", "graph", "extract", "cypher"}
    paths = [*modules().values(), *ROOT.glob("tests/**/*.py"), *ROOT.glob("benchmarks/*.py")]
    offences = {
        str(p): sorted(imports(p) & roots | {i for i in imports(p) if i.split(".")[0] in roots})
        for p in paths
    }
    assert {k: v for k, v in offences.items() if v} == {}
