"""`ctgraph extract` end to end: JSON Lines out, bad files reported, batch goes on (model).
Exit codes: 0 all done, 1 some documents failed (named), 2 nothing could run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fault_config import MARKER, fault_config
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
    assert result.exit_code == 1, result.output  # some documents failed, each named
    assert "1 document(s) extracted, 2 failed" in result.output
    assert "empty.txt" in result.output and "binary.txt" in result.output
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


@pytest.mark.parametrize("processes", ["1", "2"])
def test_an_exception_in_the_pipeline_fails_one_document_with_its_traceback_logged(
    tmp_path: Path, processes: str
) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    for index in range(3):
        marker = MARKER if index == 1 else ""
        (texts / f"t{index}.txt").write_text(
            f"Operation TIDE{index} - cooperation between Spain and France. {marker}\n",
            encoding="utf-8",
        )
    out = tmp_path / "out.jsonl"
    config = fault_config(tmp_path)
    args = ["extract", str(texts), "-o", str(out), "--config", str(config), "-p", processes]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "2 document(s) extracted, 1 failed" in result.output
    assert "t1.txt: extraction failed: RuntimeError: fault drill" in result.output
    log = Path(result.output.split("tracebacks of the failed documents: ")[1].split()[0])
    assert "Traceback" in log.read_text(encoding="utf-8") and "t1.txt" in log.read_text()
    names = [json.loads(line)["document"]["source"] for line in out.read_text().splitlines()]
    assert [Path(n).name for n in names] == ["t0.txt", "t2.txt"]


def test_nothing_can_run_without_a_pipeline(tmp_path: Path) -> None:
    text = tmp_path / "t.txt"
    text.write_text("Spain and France.", encoding="utf-8")
    broken = tmp_path / "broken.cfg"
    broken.write_text('[nlp]\nlang = "en"\npipeline = ["nothing"]\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(text), "--config", str(broken)])
    assert result.exit_code == 2 and "cannot build the extraction pipeline" in result.output
