"""The Neo4j Browser guide page of corrections (`:guide <api>/browser/corrections.html`): an
introduction (`browser/corrections.html`) and one slide per command of `browser/corrections.json`,
each with a block that sets its example parameters and one that puts its Cypher in the editor
(the `cypher/corrections/browser_*` files: plain Cypher that writes a correction record)."""

from __future__ import annotations

import json
from html import escape
from importlib import resources
from typing import Any

from ctgraph.graph import queries
from ctgraph.graph.exchange.cypher_script import literal
from ctgraph.graph.model import model


def _text(name: str) -> str:
    return (resources.files("ctgraph.graph.browser") / name).read_text(encoding="utf-8")


def pair_rule() -> str:
    """The loader's own pair rule (`cypher/load/refresh_pairs.cypher`, not a copy), as the Browser
    commands run it through `apoc.cypher.doIt`: APOC first binds the parameters as variables
    (`WITH $rows AS rows, ...`), which the rule declares itself, so a `WITH` drops them."""
    rule = queries.load("refresh_pairs", folder="load").text
    return "WITH true AS pair_rule\n" + rule


def slides() -> list[dict[str, Any]]:
    """The command slides: query name, title, example parameters."""
    found: list[dict[str, Any]] = json.loads(_text("corrections.json"))
    return found


def params_command(query: queries.NamedQuery, given: dict[str, Any]) -> str:
    """`:params {...}` with the slide's example value of each parameter."""
    values = ", ".join(f"{p.name}: {literal(given.get(p.name))}" for p in query.params)
    return f":params {{{values}}}"


def slide(entry: dict[str, Any]) -> str:
    """One slide: title, what the command does, its parameters, the two clickable blocks."""
    query = queries.load(entry["query"], folder="corrections")
    given = dict(entry["params"])
    if any(p.name == "refresh" for p in query.params):
        given["refresh"] = pair_rule()
    given |= {
        k: v for k, v in model().parameter_values.items() if k in {p.name for p in query.params}
    }
    command = params_command(query, given)
    text = "\n".join(ln for ln in query.text.splitlines() if not ln.startswith("//")).strip()
    params = "".join(
        f"<li><code>{p.name}</code>: {escape(p.description)}</li>" for p in query.params
    )
    return (f"<slide>\n<h3>{escape(entry['title'])}</h3>\n<p>{escape(query.description)}</p>\n"
            f"<ul>{params}</ul>\n<p>1. Click to set the parameters:</p>\n"
            f'<pre class="params" data-exec="{escape(command[1:])}">{escape(command)}</pre>\n'
            f'<p>2. Click to put the command in the editor, then run it:</p>\n'
            f'<pre class="runnable">{escape(text)}</pre>\n</slide>\n')  # fmt: skip


def guide() -> str:
    """The guide page as HTML with `<slide>` elements (Neo4j Browser 5's guide format)."""
    pages = [f"<slide>\n{_text('corrections.html')}</slide>\n", *map(slide, slides())]
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>ctgraph corrections"
            "</title></head>\n<body>\n<article class=\"guide\">\n"
            f"{''.join(pages)}</article>\n</body></html>\n")  # fmt: skip
