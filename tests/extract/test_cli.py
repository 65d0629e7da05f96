"""`ctgraph extract` end to end: JSON Lines out, bad files reported, batch goes on (model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ctgraph.cli import app

pytestmark = pytest.mark.model


def test_extract_writes_jsonl_and_survives_bad_files(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Operation TIDE - cooperation between Spain and France.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff\x00\x10" * 50)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 failed" in result.output
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    text = record["document"]["text"]
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    assert {"PARTICIPATED_IN"} <= {r["type"] for r in record["relations"]}


def test_extract_fails_when_every_file_fails(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
