"""Every Cypher file EXPLAINs on the real Neo4j; the library's queries answer on sample facts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
from graph_builders import wipe
from neo4j import Driver

from ctgraph.graph import queries
from ctgraph.graph.errors import QueryError
from ctgraph.graph.load import apply_schema
from ctgraph.graph.model import model
from ctgraph.ingest import ingest, jsonl_items

SAMPLE = Path(__file__).parents[1] / "fixtures" / "facts" / "sample.jsonl"
FOLDERS: tuple[queries.Folder, ...] = get_args(queries.Folder)
OWN_FILES = [
    (folder, f.name.removesuffix(".cypher"))
    for folder in FOLDERS
    for f in queries.folder_files(folder)
]


@pytest.fixture(scope="module")
def sample_graph(driver: Driver) -> Driver:
    """The sample facts, loaded once for the read-only tests of this module."""
    ingest(wipe(driver), jsonl_items([SAMPLE]))
    return driver


@pytest.mark.neo4j
@pytest.mark.parametrize(
    ("folder", "name"), OWN_FILES, ids=[f"{f or 'library'}/{n}" for f, n in OWN_FILES]
)
def test_every_query_file_explains(driver: Driver, folder: queries.Folder, name: str) -> None:
    apply_schema(driver)
    query = queries.load(name, folder=folder)
    params = {p.name: None for p in query.params}
    driver.execute_query("EXPLAIN " + query.text, params)


def test_the_schema_has_its_statements() -> None:
    assert len(queries.schema_statements()) >= 10


@pytest.mark.parametrize(
    ("folder", "name"), OWN_FILES, ids=[f"{f or 'library'}/{n}" for f, n in OWN_FILES]
)
def test_every_query_file_declares_what_it_uses(folder: queries.Folder, name: str) -> None:
    """One header format everywhere: a description and a typed `@param` for every `$name` used."""
    query = queries.load(name, folder=folder)
    body = "\n".join(ln for ln in query.text.splitlines() if not ln.startswith("//"))
    assert query.description
    assert {p.name for p in query.params} == set(re.findall(r"\$([a-z_][a-z_0-9]*)", body))
    assert all(p.type in {"string", "int", "float", "bool", "list", "map"} for p in query.params)


def test_parameters_are_checked_against_the_header() -> None:
    query = queries.load("list_operations")
    with pytest.raises(QueryError, match="year_from must be int"):
        query.bind({"country": "RO", "year_from": "2009"})
    with pytest.raises(QueryError, match="has no parameter nope"):
        query.bind({"country": "RO", "nope": 1})
    assert query.bind({"country": "RO"})["crime"] is None


def test_a_fragment_is_composed_with_its_parameters() -> None:
    text = "// Pairs.\n// @param rows: list — rows\nUNWIND $rows AS c\n  // @fragment set_pair_properties\nRETURN 1\n"
    composed = queries.parse("q", queries.composed(text))
    assert [p.name for p in composed.params] == ["rows", "recent"]
    assert "  CALL (c, ops) {" in composed.text and "@fragment" not in composed.text
    with pytest.raises(QueryError, match="no query fragment named 'nope'"):
        queries.composed("RETURN 1\n// @fragment nope\n")


def test_the_models_parameters_are_given_to_the_queries_declaring_them() -> None:
    page = {"limit": 1, "offset": 0}
    pairs = queries.load("list_pairs", folder="api")
    assert pairs.bind(page)["recent"] == model().parameter_values["recent"]
    assert pairs.bind({**page, "recent": 3})["recent"] == 3
    assert "recent" not in queries.load("list_countries", folder="api").bind(page)


def test_every_library_query_is_documented() -> None:
    for query in queries.library():
        assert query.description and query.params, query.name
        assert all(p.description for p in query.params), query.name


def test_parameters_are_checked() -> None:
    query = queries.load("find_partners")
    assert query.bind({"country": "RS"}) == {"country": "RS", "crime": None, "year_from": None,
                                             "year_to": None}  # fmt: skip
    with pytest.raises(QueryError, match="needs --param country"):
        query.bind({})
    with pytest.raises(QueryError, match="no parameter colour"):
        query.bind({"country": "RS", "colour": "red"})
    with pytest.raises(QueryError, match="no query named"):
        queries.load("../schema")


@pytest.mark.neo4j
def test_demo_question_serbia_migrant_smuggling(sample_graph: Driver) -> None:
    _, rows = queries.run(
        sample_graph, "find_partners", {"country": "Serbia", "crime": "migrant smuggling"}
    )
    partners = {r["iso2"]: r for r in rows}
    assert set(partners) == {"MK", "AL", "AT", "BA", "HR", "ME", "SI", "TR"}
    assert partners["MK"]["shared"] == 4
    assert any("KANIS" in s for s in partners["MK"]["evidence"])
    _, by_code = queries.run(sample_graph, "find_partners", {"country": "rs", "year_to": 2008})
    assert {r["iso2"] for r in by_code} == {"MK", "AL"}


@pytest.mark.neo4j
@pytest.mark.parametrize(
    ("name", "params", "column", "expected"),
    [
        ("list_co_investigations", {"crime": "human trafficking"}, "count", 1),
        ("list_operations", {"country": "Romania", "year_from": 2009}, "operation", "BLUE WOLF"),
        ("list_coordinators", {"role": "coordinated"}, "organisation", "SECI Center"),
        ("list_members", {"organisation": "SECI"}, "person", "Ion Popescu"),
        ("list_routes", {"country": "BE"}, "position", "destination"),
        ("find_connection", {"source": "Serbia", "target": "Belgium"}, "hops", 5),
        ("show_evidence", {"source": "RS", "target": "KANIS"}, "document", "selec-task-force-mirage"),
        ("list_documents", {"entity": "Romanian"}, "mentions", 1),
    ],
)  # fmt: skip
def test_library_queries_answer(
    sample_graph: Driver, name: str, params: dict[str, object], column: str, expected: object
) -> None:
    _, rows = queries.run(sample_graph, name, params)
    assert rows and rows[0][column] == expected, rows
