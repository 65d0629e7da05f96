"""ctgraph's Browser guide is generated from the query library: every query has a slide with
example parameters that bind, and every example answers on the graph an analyst first opens:
the sample corpus `ctgraph up` loads (data/corpus), extracted by the real model."""

from __future__ import annotations

import re
from html import unescape

import pytest
from graph_builders import wipe
from neo4j import Driver

from ctgraph.graph import queries
from ctgraph.graph.browser import guide
from ctgraph.ingest import ingest, path_items
from ctgraph.settings import PROJECT_ROOT

SAMPLE_CORPUS = PROJECT_ROOT / "data" / "corpus"  # what `ctgraph up` loads
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
        assert guide.params_command(query).startswith(":param [{") or not query.params


def test_params_command_sets_cypher_literals_so_integers_stay_integers() -> None:
    query = queries.load("list_operations")
    assert guide.params_command(query) == (
        ":param [{country, crime, year_from, year_to}] => "
        "{ RETURN 'RO' AS country, null AS crime, 2008 AS year_from, 2009 AS year_to }"
    )


@pytest.mark.parametrize(("query", "folder"), ALL, ids=[q.name for q, _ in ALL])
def test_every_integer_example_is_set_as_a_cypher_integer(
    query: queries.NamedQuery, folder: queries.Folder
) -> None:
    command = guide.params_command(query) if query.params else ""
    for param in query.params:
        value = guide.examples()[query.name].get(param.name)
        if param.type == "int" and value is not None:
            assert isinstance(value, int) and f" {value} AS {param.name}" in command, command
    assert not re.search(r"\d\.0\b", command), command  # 2008, never 2008.0


@pytest.fixture(scope="module")
def sample_graph(driver: Driver) -> Driver:
    """The sample corpus, extracted and loaded once for this module's read-only tests."""
    items, _ = path_items([SAMPLE_CORPUS])
    summary = ingest(wipe(driver), items)
    assert not summary.failed, summary.failed
    return driver


@pytest.mark.neo4j
@pytest.mark.model
@pytest.mark.parametrize(("query", "folder"), ALL, ids=[q.name for q, _ in ALL])
def test_every_example_answers_on_the_sample(
    sample_graph: Driver, query: queries.NamedQuery, folder: queries.Folder
) -> None:
    params = guide.examples()[query.name]
    _, rows = queries.run(sample_graph, query.name, params, folder=folder)
    assert rows, f"{query.name} {params} found nothing: change graph/browser/examples.json"
