"""`ctgraph correct …` and `ctgraph corrections …` on the real test server: the three commonest
corrections, the log and the history of a fact, and the log carried through JSON Lines into
another (here: the wiped) graph, where a load then honours it."""

from __future__ import annotations

import json
from pathlib import Path

from graph_builders import document, one, wipe
from neo4j import Driver
from typer.testing import CliRunner

from ctgraph.cli import app
from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import load_document

runner = CliRunner()
DOC = {"KANIS": ["RS", "MK"], "DORA": ["RS", "MK", "AL"]}
MK_KANIS = ["PARTICIPATED_IN", "country:MK", "operation:kanis"]
FACT = "MATCH (:Country {iso2: 'MK'})-[r:PARTICIPATED_IN]->(:Operation {id: 'operation:kanis'}) RETURN count(r)"
YEAR = "MATCH (o:Operation {id: 'operation:kanis'}) RETURN o.year"


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_correct_list_history_export_and_import(cli_env: Driver, tmp_path: Path) -> None:
    load_document(cli_env, as_facts(document("a", DOC)))
    rejected = ok("correct", "reject", *MK_KANIS, "--author", "ana", "--why", "only named")
    ok("correct", "set", "operation:kanis", "year", "2011", "--author", "ana")
    ok("correct", "merge", "operation:kanis", "operation:dora", "--author", "ben")
    assert one(cli_env, FACT) == 0 and one(cli_env, YEAR) == 2011
    listed = [json.loads(line) for line in ok("corrections", "list", "--json").splitlines()]
    assert [(r["action"], r["state"]) for r in listed] == [
        ("reject", "active"), ("set", "active"), ("merge", "active"),
    ]  # fmt: skip
    history = ok("corrections", "history", *MK_KANIS, "--json")
    assert json.loads(history)["author"] == "ana"

    exported = tmp_path / "corrections.jsonl"
    ok("corrections", "export", "--out", str(exported))
    wipe(cli_env)
    load_document(cli_env, as_facts(document("a", DOC)))  # another installation's graph
    assert one(cli_env, FACT) == 1
    assert "3 new of 3 records" in ok("corrections", "import", str(exported))
    assert one(cli_env, FACT) == 0 and one(cli_env, YEAR) == 2011
    assert "0 new of 3" in ok("corrections", "import", str(exported))  # idempotent

    correction_id = rejected.split()[-1]
    ok("correct", "withdraw", correction_id, "--author", "ben")
    assert one(cli_env, FACT) == 1
    states = [
        json.loads(line)["state"]
        for line in ok("corrections", "history", *MK_KANIS, "--json").splitlines()
    ]
    assert states == ["withdrawn", "recorded"]


def test_a_bad_correction_fails_with_its_reason(cli_env: Driver) -> None:
    result = runner.invoke(app, ["correct", "set", "operation:kanis", "year", "soon"])
    assert result.exit_code == 1 and "year" in result.output
    result = runner.invoke(app, ["correct", "withdraw", "c-none"])
    assert result.exit_code == 1 and "c-none" in result.output
