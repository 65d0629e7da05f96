"""The import files of a bulk load (`graph.bulk`): typed headers, one file per set of compatible
columns, markers for the lists the CSV format cannot hold (the whole path against Neo4j:
tests/ctgraph/test_bulk.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctgraph.graph.bulk import ARRAY_DELIMITER, write_import_files
from ctgraph.graph.errors import CannotBulkLoad
from ctgraph.graph.replay import Entity, Replay


def _graph(*entities: tuple[str, dict[str, object]]) -> Replay:
    graph = Replay()
    for entity_id, props in entities:
        graph.entities[entity_id] = Entity(["Entity", "Place"], {"id": entity_id, **props})
    return graph


def test_columns_are_typed_and_a_type_conflict_gets_its_own_file(tmp_path: Path) -> None:
    graph = _graph(("a", {"name": "A", "code": 1}), ("b", {"code": "B2", "flag": True}))
    files = write_import_files(graph, tmp_path, loaded_at="2026-01-01T00:00:00Z")
    first, second = (p.read_text(encoding="utf-8").splitlines() for p in files.nodes[1:])
    assert first == [
        "id:ID(Entity),:LABEL,code:long,name:string",
        f'"a","Entity{ARRAY_DELIMITER}Place",1,"A"',
    ]
    assert second[0] == "id:ID(Entity),:LABEL,code:string,flag:boolean"
    assert second[1].endswith(',"B2",true')


def test_lists_the_format_cannot_hold_are_named_by_markers(tmp_path: Path) -> None:
    graph = _graph(
        ("a", {"aliases": [], "crimes": [""], "years": [2001, 2002], "text": 'say "hi"'})
    )
    files = write_import_files(graph, tmp_path, loaded_at="2026-01-01T00:00:00Z")
    header, row = files.nodes[1].read_text(encoding="utf-8").splitlines()
    assert header.split(",")[2:] == [
        "ctgraph_blank:string[]", "ctgraph_empty:string[]", "text:string", "years:long[]"
    ]  # fmt: skip
    assert row.split(",")[2:] == [
        '"crimes"',
        '"aliases"',
        '"say ""hi"""',
        f"2001{ARRAY_DELIMITER}2002",
    ]


def test_a_value_the_files_cannot_hold_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(CannotBulkLoad, match="U\\+001F"):
        write_import_files(
            _graph(("a", {"aliases": ["x", f"y{ARRAY_DELIMITER}z"]})), tmp_path, loaded_at=""
        )
    with pytest.raises(CannotBulkLoad, match="'mixed'"):
        write_import_files(_graph(("a", {"mixed": [1, "x"]})), tmp_path, loaded_at="")
