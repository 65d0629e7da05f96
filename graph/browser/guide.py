"""ctgraph's Neo4j Browser guide, generated from the query library so that it never drifts: a
slide on the model (`model.html`), the demo question as a graph, then one slide per query of
`cypher/*.cypher` with its description, its typed parameters, a block that sets example
parameters in one click (`examples.json`) and a block that puts the query into the editor."""

from __future__ import annotations

import json
from functools import cache
from html import escape
from importlib import resources
from typing import Any

from ctgraph.graph import queries
from ctgraph.graph.errors import QueryError
from ctgraph.graph.exchange.cypher_script import literal

VIEWS = {  # cypher/browser/: graph views, with their slide titles
    "show_partners_graph": "Demo: which states co-investigated migrant smuggling with Serbia?",
    "show_cooperation_network": "View: the whole cooperation network",
}


def _text(name: str) -> str:
    return (resources.files("ctgraph.graph.browser") / name).read_text(encoding="utf-8")


@cache
def examples() -> dict[str, dict[str, Any]]:
    """Example parameters per query name (`examples.json`)."""
    data: dict[str, dict[str, Any]] = json.loads(_text("examples.json"))
    return data


def style() -> str:
    """The Browser style (grass) of the graph model."""
    return _text("style.grass")


def params_command(query: queries.NamedQuery) -> str:
    """`:param [{a, b}] => { RETURN ... AS a, ... AS b }` with the example value of every
    parameter (null for those without). Browser evaluates the right side as Cypher, so 2008
    stays an integer; `:params {year: 2008}` would read it as JavaScript and send 2008.0."""
    given = examples().get(query.name, {})
    missing = [p.name for p in query.params if p.required and p.name not in given]
    if missing:
        raise QueryError(f"graph/browser/examples.json: no example {missing[0]!r} for {query.name}")
    names = ", ".join(p.name for p in query.params)
    values = ", ".join(f"{literal(given.get(p.name))} AS {p.name}" for p in query.params)
    return f":param [{{{names}}}] => {{ RETURN {values} }}"


def body(query: queries.NamedQuery) -> str:
    """The query's Cypher without its header comments."""
    lines = query.text.splitlines()
    return "\n".join(ln for ln in lines if not ln.startswith("//")).strip()


def blocks(query: queries.NamedQuery) -> str:
    """Two clickable blocks: one sets the example parameters at once (`data-exec`), the other
    puts the query into the editor (`pre.runnable`), where Run shows its table or graph."""
    query_block = f'<pre class="runnable">{escape(body(query))}</pre>'
    if not query.params:
        return query_block
    command = params_command(query)
    return (f'<p>1. Click to set example parameters:</p>\n<pre class="params" '
            f'data-exec="{escape(command[1:])}">{escape(command)}</pre>\n'
            f"<p>2. Click to put the query in the editor, then run it:</p>\n{query_block}")  # fmt: skip


def slide(query: queries.NamedQuery, *, title: str) -> str:
    """One slide: title, description, parameters, the clickable blocks."""
    params = "".join(
        f"<li><code>{p.name}</code> ({p.type}{'' if p.required else ', optional'}): "
        f"{escape(p.description)}</li>"
        for p in query.params
    )
    listed = f"<ul>{params}</ul>" if params else ""
    return (f"<slide>\n<h3>{escape(title)}</h3>\n<p>{escape(query.description)}</p>\n"
            f"{listed}\n{blocks(query)}\n</slide>\n")  # fmt: skip


def guide() -> str:
    """The whole guide as HTML with `<slide>` elements (Neo4j Browser 5's guide format)."""
    views = [slide(queries.load(v, folder="browser"), title=t) for v, t in VIEWS.items()]
    library = [slide(q, title=f"Query: {q.name}") for q in queries.library()]
    slides = [f"<slide>\n{_text('model.html')}</slide>\n", *views, *library]
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>ctgraph</title></head>\n"
            f"<body>\n<article class=\"guide\">\n{''.join(slides)}</article>\n</body></html>\n")  # fmt: skip
