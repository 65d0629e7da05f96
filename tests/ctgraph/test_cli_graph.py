"""`ctgraph load | ingest | query | remove` end to end against the real Neo4j."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from graph_builders import counts
from neo4j import Driver
from typer.testing import CliRunner

from ctgraph.cli import app

pytestmark = pytest.mark.neo4j
FACTS = Path(__file__).parents[1] / "fixtures" / "facts"
runner = CliRunner()


def test_load_twice_then_query_and_remove(cli_env: Driver) -> None:
    first = runner.invoke(app, ["load", str(FACTS / "sample.jsonl")])
    assert first.exit_code == 0, first.output
    assert "2 new, 0 unchanged, 0 updated, 0 failed" in first.output
    before = counts(cli_env)
    again = runner.invoke(app, ["load", str(FACTS / "sample.jsonl")])
    assert "0 new, 2 unchanged" in again.output and counts(cli_env) == before

    args = ["query", "find_partners", "--param", "country=Serbia"]
    table = runner.invoke(app, [*args, "--param", "crime=migrant smuggling"])
    assert table.exit_code == 0 and "Albania" in table.output and "KANIS" in table.output
    as_json = runner.invoke(app, [*args, "-p", "year_to=2008", "--format", "json"])
    rows = json.loads(as_json.output)
    assert [r["iso2"] for r in rows] == ["MK", "AL"] and rows[0]["operations"][0] == "DORA (2008)"

    removed = runner.invoke(app, ["remove", "osce-trafficking-migration-routes"])
    assert removed.exit_code == 0 and counts(cli_env)["Document"] == 1
    assert runner.invoke(app, ["remove", "osce-trafficking-migration-routes"]).exit_code == 3


def test_bad_input_is_reported_by_name_and_the_batch_goes_on(cli_env: Driver) -> None:
    result = runner.invoke(app, ["ingest", str(FACTS / "broken.jsonl")])
    assert result.exit_code == 1
    assert "1 new, 0 unchanged, 0 updated, 2 failed" in result.output
    assert "broken.jsonl:2" in result.output and "broken.jsonl:3" in result.output


def test_query_list_and_errors(cli_env: Driver) -> None:
    listing = runner.invoke(app, ["query", "--list"])
    assert listing.exit_code == 0 and "find_partners" in listing.output
    missing = runner.invoke(app, ["query", "find_partners"])
    assert missing.exit_code == 1 and "needs --param country" in missing.output
    unknown = runner.invoke(app, ["query", "drop_everything"])
    assert unknown.exit_code == 1 and "no query named" in unknown.output


@pytest.mark.model
def test_demo_question_on_the_real_corpus(cli_env: Driver) -> None:
    corpus = Path(__file__).parents[2] / "data" / "corpus"
    first = runner.invoke(app, ["ingest", str(corpus)])
    assert first.exit_code == 0 and "5 new" in first.output, first.output
    before = counts(cli_env)
    again = runner.invoke(app, ["ingest", str(corpus)])
    assert "0 new, 5 unchanged" in again.output and counts(cli_env) == before
    args = ["query", "find_partners", "-p", "country=Serbia", "-p", "crime=migrant smuggling"]
    rows = json.loads(runner.invoke(app, [*args, "--format", "json"]).output)
    partners = {r["iso2"]: r for r in rows}
    assert {"MK", "AL"} <= set(partners)
    assert any("KANIS" in op for op in partners["MK"]["operations"])
    assert any("KANIS" in sentence for sentence in partners["MK"]["evidence"])
    # Unnamed operations of different documents stay apart (issue 12): the Belgian-Romanian case
    # of one text and the Moldovan-Romanian one of another make no Belgium-Moldova pair.
    moldova = runner.invoke(app, ["query", "find_partners", "-p", "country=MD", "--format", "json"])
    assert "BE" not in {r["iso2"] for r in json.loads(moldova.output)}


def test_bulk_load_refuses_a_configured_server_by_name(cli_env: Driver) -> None:
    """`load --bulk` writes the store of ctgraph's own server: with CTGRAPH_NEO4J_URI set it
    says so and what to do (the bulk load itself: tests/ctgraph/test_bulk.py)."""
    done = runner.invoke(app, ["load", "--bulk", str(FACTS / "sample.jsonl")])
    assert done.exit_code == 1
    assert "NotLocalServer" in done.output and "without --bulk" in done.output
    assert counts(cli_env) == {}
    misused = runner.invoke(app, ["load", "--overwrite", str(FACTS / "sample.jsonl")])
    assert misused.exit_code == 2 and "--overwrite goes with --bulk" in misused.output
