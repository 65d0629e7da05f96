"""ctgraph's Browser guide is generated from the query library: every query has a slide with
example parameters that bind, and every example answers on the sample graph."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from graph_builders import wipe
from neo4j import Driver

from ctgraph.graph import queries
from ctgraph.graph.browser import guide
from ctgraph.ingest import ingest, jsonl_items

SAMPLE = Path(__file__).parents[1] / "fixtures" / "facts" / "sample.jsonl"
ALL = [(q, "") for q in queries.library()] + [
    (queries.load(v, folder="browser"), "browser") for v in guide.VIEWS
]


def test_every_library_query_has_a_slide_with_its_query() -> None:
    html = guide.guide()
    slides = re.findall(r"<slide>(.*?)</slide>", html, flags=re.S)
    assert len(slides) == 1 + len(guide.VIEWS) + len(queries.library())
    blocks = [unescape(b) for b in re.findall(r'<pre class="runnable">(.*?)</pre>', html, re.S)]
    for query, _ in ALL:
        assert guide.body(query) in blocks, query.name


def test_examples_bind_to_the_declared_parameters() -> None:
    assert set(guide.examples()) == {q.name for q, _ in ALL}
    for query, _ in ALL:
        query.bind(guide.examples()[query.name])
        assert guide.params_command(query).startswith(":params {") or not query.params


def test_params_command_writes_cypher_literals() -> None:
    query = queries.load("list_operations")
    assert guide.params_command(query) == (
        ":params {country: 'RO', crime: null, year_from: 2008, year_to: 2009}"
    )


@pytest.fixture(scope="module")
def sample_graph(driver: Driver) -> Driver:
    """The sample facts, loaded once for this module's read-only tests."""
    ingest(wipe(driver), jsonl_items([SAMPLE]))
    return driver


@pytest.mark.neo4j
@pytest.mark.parametrize(("query", "folder"), ALL, ids=[q.name for q, _ in ALL])
def test_every_example_answers_on_the_sample(
    sample_graph: Driver, query: queries.NamedQuery, folder: queries.Folder
) -> None:
    params = guide.examples()[query.name]
    _, rows = queries.run(sample_graph, query.name, params, folder=folder)
    assert rows, f"{query.name} {params} found nothing: change graph/browser/examples.json"
