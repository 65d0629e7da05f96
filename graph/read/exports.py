"""The cooperation graph (countries and CO_INVESTIGATED pairs) streamed as GraphML, GEXF or CSV.

Rows come from Neo4j as they are read (`export_countries`, then `export_pairs` with the
filters) and each is written out at once, so the server holds one row at a time, not the graph.
Values of lists are joined by ';' (years, crimes, operation ids), as the analysis exports do.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from neo4j import Driver

from ctgraph.graph import queries
from ctgraph.graph.exchange.spells import spells
from ctgraph.graph.exchange.weights import Participations, Weighting, checked
from ctgraph.graph.filters import NO_FILTERS, PARAMS, Filters

Row = dict[str, Any]
CSV_COLUMNS = ("source", "target", "source_iso2", "target_iso2", "count", "years", "crimes")
NODE_KEYS = (("iso2", "string"), ("name", "string"), ("label", "string"))
# The GEXF's edge attributes: the lists, both weights (`weight_size` given the participations).
EDGE_ATTRIBUTES = (
    ("years", "string"),
    ("crimes", "string"),
    ("operations", "string"),
    ("weight_count", "long"),
    ("weight_size", "double"),
)
EDGE_KEYS = (
    ("weight", "long"),
    ("years", "string"),
    ("crimes", "string"),
    ("operations", "string"),
)


def stream_rows(driver: Driver, name: str, *, database: str, **params: Any) -> Iterator[Row]:
    """The rows of `cypher/api/<name>.cypher`, fetched from Neo4j as they are consumed."""
    query = queries.load(name, folder="api")
    with (
        queries.driver_errors(f"exporting {name}"),
        queries.open_session(driver, database=database, write=False) as session,
    ):
        for record in session.run(query.text, query.bind(params)):
            yield record.data()


def edge_values(pair: Row) -> Row:
    """A pair's edge attributes: its count as the weight, lists joined by ';'."""
    return {
        "weight": int(pair["count"] or 0),
        "years": ";".join(str(y) for y in pair["years"]),
        "crimes": ";".join(pair["crimes"]),
        "operations": ";".join(pair["operations"]),
    }


def graphml(countries: Iterator[Row], pairs: Iterator[Row]) -> Iterator[str]:
    """GraphML, one element per line: keys, nodes, then edges."""
    yield '<?xml version="1.0" encoding="utf-8"?>\n'
    yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
    for domain, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for key, kind in keys:
            yield f'<key id="{key}" for="{domain}" attr.name="{key}" attr.type="{kind}"/>\n'
    yield '<graph edgedefault="undirected" id="ctgraph cooperation">\n'
    for c in countries:
        data = {"iso2": c["iso2"], "name": c["name"], "label": c["name"]}
        yield f"<node id={quoteattr(c['id'])}>{_graphml_data(data)}</node>\n"
    for p in pairs:
        ends = f"source={quoteattr(p['source'])} target={quoteattr(p['target'])}"
        yield f"<edge {ends}>{_graphml_data(edge_values(p))}</edge>\n"
    yield "</graph>\n</graphml>\n"


def _graphml_data(values: Row) -> str:
    return "".join(f'<data key="{k}">{escape(str(v))}</data>' for k, v in values.items())


def gexf(
    countries: Iterator[Row],
    pairs: Iterator[Row],
    *,
    weight: Weighting = "count",
    participations: Participations | None = None,
    isolated: frozenset[str] = frozenset(),
) -> Iterator[str]:
    """GEXF 1.2, one element per line: attributes, nodes, then edges. Dynamic: every pair
    carries the years of its shared operations as time intervals (Gephi's timeline). A pair
    weighs its `weight` (`weight_count` and, given the `participations`, `weight_size` kept as
    attributes); countries with no partner are left out unless in `isolated`, so the pairs are
    read first (one small row each)."""
    pairs_read = list(pairs)
    linked = {p["source"] for p in pairs_read} | {p["target"] for p in pairs_read}
    kept = linked | isolated
    keys = EDGE_ATTRIBUTES if participations else EDGE_ATTRIBUTES[:-1]
    yield '<?xml version="1.0" encoding="utf-8"?>\n'
    yield '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
    yield '<graph defaultedgetype="undirected" mode="dynamic" timeformat="double">\n'
    yield '<attributes class="node" mode="static">'
    yield '<attribute id="0" title="iso2" type="string"/></attributes>\n'
    yield '<attributes class="edge" mode="static">'
    for n, (key, kind) in enumerate(keys):
        yield f'<attribute id="{n}" title="{key}" type="{kind}"/>'
    yield "</attributes>\n<nodes>\n"
    for c in countries:
        if c["id"] not in kept:
            continue
        values = '<attvalues><attvalue for="0" value={}/></attvalues>'.format(quoteattr(c["iso2"]))
        yield f"<node id={quoteattr(c['id'])} label={quoteattr(c['name'])}>{values}</node>\n"
    yield "</nodes>\n<edges>\n"
    for n, p in enumerate(pairs_read):
        edge = edge_values(p)
        weights = participations.weights(p["operations"]) if participations else {}
        edge |= {f"weight_{kind}": value for kind, value in weights.items()}
        edge["weight_count"] = edge["weight"]
        values = "".join(
            f'<attvalue for="{i}" value={quoteattr(str(edge[k]))}/>'
            for i, (k, _) in enumerate(keys)
        )
        times = "".join(f'<spell start="{a}" end="{b}"/>' for a, b in spells(p["years"]))
        times = f"<spells>{times}</spells>" if times else ""  # no known year: always there
        ends = f"source={quoteattr(p['source'])} target={quoteattr(p['target'])}"
        yield (f'<edge id="{n}" {ends} weight="{edge[f"weight_{weight}"]}"><attvalues>{values}'
               f"</attvalues>{times}</edge>\n")  # fmt: skip
    yield "</edges>\n</graph>\n</gexf>\n"


def csv_lines(countries: Iterator[Row], pairs: Iterator[Row]) -> Iterator[str]:
    """CSV of the pairs (edges), one per line; the countries are not needed."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in pairs:
        edge = edge_values(p)
        writer.writerow(
            (p["source"], p["target"], p["source_iso2"], p["target_iso2"], edge["weight"],
             edge["years"], edge["crimes"])
        )  # fmt: skip
        yield out.getvalue()
        out.seek(0)
        out.truncate()
    yield out.getvalue()


Writer = Callable[[Iterator[Row], Iterator[Row]], Iterator[str]]
WRITERS: dict[str, Writer] = {"graphml": graphml, "gexf": gexf, "csv": csv_lines}


def export_cooperation(
    driver: Driver,
    fmt: str,
    filters: Filters = NO_FILTERS,
    *,
    database: str,
    weight: str = "count",
    isolated: bool = False,
) -> Iterator[bytes]:
    """The cooperation graph in `fmt`, as chunks of about 64 KB, filtered by country, crime and
    period. GEXF only: pairs weighted by `weight` (`count` or `size`, as `ctgraph export gexf`
    does: `graph.exchange.weights`), countries with no partner kept if `isolated` (those that
    took part in an operation of the filters; with a country filter, that country)."""
    declared = {p.name for p in queries.load("export_pairs", folder="api").params}
    writer = WRITERS[fmt]
    if fmt == "gexf":
        writer = partial(gexf, weight=checked(weight), **_gexf_options(driver, filters,
                         database=database, isolated=isolated))  # fmt: skip
    countries = stream_rows(driver, "export_countries", database=database)
    pairs = stream_rows(
        driver, "export_pairs", database=database, **filters.params_for("export_pairs", declared)
    )
    chunk: list[str] = []
    size = 0
    for piece in writer(countries, pairs):
        chunk.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(chunk).encode()
            chunk, size = [], 0
    yield "".join(chunk).encode()


def _gexf_options(driver: Driver, filters: Filters, *, database: str, isolated: bool) -> Row:
    """The participations of the filters' operations (what the size weight and `isolated` need)
    and the countries with no partner to keep."""
    period = {name: value for name, value in filters.params().items() if name in PARAMS}
    rows = queries.read(
        driver, "list_participations", folder="analysis", database=database, **period
    )
    participations = Participations.of(rows)
    kept = (r["country"] for r in rows if filters.country in (None, r["iso2"]))
    return {"participations": participations, "isolated": frozenset(kept if isolated else ())}


CHUNK = 64 * 1024
