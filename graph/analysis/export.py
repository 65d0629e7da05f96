"""Exports for Gephi and other tools: GraphML and GEXF, with attributes made writable.

Both formats take only scalar attributes (GraphML rejects lists and `None`; GEXF would read
lists as dynamic "spells"), so lists are joined into one string and `None` is dropped. The one
list kept is `spells`, the (start, end) time intervals GEXF writes for Gephi's timeline
(`graph.analysis.timeline`); GraphML, which has no time, drops it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

LIST_SEPARATOR = "; "
SPELLS = "spells"


def exportable(graph: nx.Graph, *, keep_spells: bool = False) -> nx.Graph:
    """A copy of the graph whose graph, node and edge attributes are all str, int, float or bool
    (and, with `keep_spells`, the `spells` time intervals as they are)."""
    safe = graph.copy()
    safe.graph = _scalars(graph.graph)
    for node, attrs in graph.nodes(data=True):
        safe.nodes[node].clear()
        safe.nodes[node].update(_scalars(attrs, keep_spells=keep_spells))
    for u, v, attrs in graph.edges(data=True):
        safe.edges[u, v].clear()
        safe.edges[u, v].update(_scalars(attrs, keep_spells=keep_spells))
    return nx.relabel_nodes(safe, {n: str(n) for n in safe.nodes if not isinstance(n, str)})


OUTPUTS_VARIABLE = "CTGRAPH_OUTPUTS"


def outputs_folder() -> Path:
    """Where the notebooks write their exports and figures, created if missing: the folder
    `CTGRAPH_OUTPUTS` names, else `outputs/` beside `notebooks/` (a notebook runs in
    `notebooks/`), else `outputs/` in the working folder. Git ignores `outputs/`."""
    named = os.environ.get(OUTPUTS_VARIABLE)
    here = Path.cwd()
    folder = (
        Path(named) if named else (here.parent if here.name == "notebooks" else here) / "outputs"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_graphml(graph: nx.Graph, path: str | Path) -> Path:
    """Write the graph as GraphML (attributes made writable); returns the path."""
    path = Path(path)
    nx.write_graphml(exportable(graph), path)
    return path


def write_gexf(graph: nx.Graph, path: str | Path) -> Path:
    """Write the graph as GEXF 1.2, Gephi's own format (attributes made writable; `spells`
    kept as time intervals, which makes the graph dynamic)."""
    path = Path(path)
    nx.write_gexf(exportable(graph, keep_spells=True), path)
    return path


def _scalars(attrs: Mapping[str, Any], *, keep_spells: bool = False) -> dict[str, Any]:
    """The attributes with lists joined, mappings as JSON, other objects as text, `None` dropped."""
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if key == SPELLS:
            if keep_spells and value:
                out[key] = [(float(start), float(end)) for start, end in value]
            continue
        if value is None:
            continue
        if isinstance(value, bool | int | float | str):
            out[key] = value
        elif isinstance(value, list | tuple | set | frozenset):
            items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
            out[key] = LIST_SEPARATOR.join(str(v) for v in items if v is not None)
        elif isinstance(value, Mapping):
            out[key] = json.dumps(value, default=str, sort_keys=True)
        else:
            out[key] = str(value)
    return out
