"""The files that follow from the graph model: `cypher/schema.cypher`, the counts of `/stats`
(`cypher/api/count_graph.cypher`) and the model tables of `docs/graph-model.md` are generated
from it, the Browser style (`graph/browser/style.grass`) is
checked against it. `scripts/generate_model_files.py` writes them; tests fail when they drift.
"""

from __future__ import annotations

import re

from ctgraph.graph.model import Label, Model, Property, RelationType

DOCS_BEGIN = "<!-- generated from graph/model.yaml by scripts/generate_model_files.py: begin -->"
DOCS_END = "<!-- generated: end -->"
_SCHEMA_HEADER = """\
// schema: constraints and indexes of the graph model, generated from graph/model.yaml by
// scripts/generate_model_files.py (do not edit; a test compares). Applied before every load;
// every statement is idempotent (IF NOT EXISTS). Statements end with a semicolon.
"""
_COUNTS_HEADER = """\
// How many nodes of each label and relationships of each type the graph holds (from the count
// store: each label and type is written out, as graph/model.yaml declares them), and the span of
// operation years (its ends read from the operation_year index, in order, not by a scan).
// Generated from graph/model.yaml by scripts/generate_model_files.py (do not edit; a test compares).
// (no parameters)
CALL () {
  OPTIONAL MATCH (o:Operation) WHERE o.year IS NOT NULL
  WITH o.year AS year ORDER BY year ASC LIMIT 1
  RETURN year AS first_year
}
CALL () {
  OPTIONAL MATCH (o:Operation) WHERE o.year IS NOT NULL
  WITH o.year AS year ORDER BY year DESC LIMIT 1
  RETURN year AS last_year
}
"""
_GRASS_RULE = re.compile(r'(node|relationship)\.(\w+)\s*\{((?:"[^"]*"|[^}"])*)\}')


def schema_text(model: Model) -> str:
    """The Cypher of `cypher/schema.cypher`: uniqueness constraints, range indexes, fulltext."""
    labels = (model.entity, *model.labels)
    constraints = [
        f"CREATE CONSTRAINT {_key(label, p)} IF NOT EXISTS "
        f"FOR (n:{label.name}) REQUIRE n.{p.name} IS UNIQUE;"
        for label in labels
        for p in _properties(model, label)
        if p.unique
    ]
    indexes = [
        f"CREATE INDEX {_key(label, p)} IF NOT EXISTS FOR (n:{label.name}) ON (n.{p.name});"
        for label in labels
        for p in _properties(model, label)
        if p.index and not p.unique
    ] + [
        f"CREATE INDEX {label.name.lower()}_{'_'.join(keys)} IF NOT EXISTS "
        f"FOR (n:{label.name}) ON ({', '.join(f'n.{k}' for k in keys)});"
        for label in labels
        for keys in label.indexes
    ]
    searched = ", ".join(f"n.{p.name}" for p in model.entity.properties if p.search)
    fulltext = (
        "// Fuzzy search by name and alias (`alias_text`: a fulltext index cannot read a list).\n"
        "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS\n"
        f"FOR (n:{'|'.join(model.searchable_labels)}) ON EACH [{searched}];\n"
    )
    return "\n".join([_SCHEMA_HEADER, *constraints, "", *indexes, "", fulltext])


def count_graph_text(model: Model) -> str:
    """The Cypher of `cypher/api/count_graph.cypher`: a count per label and per type."""
    nodes = [f"  {label.name}: COUNT {{ (:{label.name}) }}" for label in model.labels]
    rels = [f"  {rel.name}: COUNT {{ ()-[:{rel.name}]->() }}" for rel in model.relations]
    return (
        _COUNTS_HEADER
        + "RETURN {\n"
        + ",\n".join(nodes)
        + "\n} AS nodes,\n{\n"
        + ",\n".join(rels)
        + "\n} AS relationships,\nfirst_year, last_year\n"
    )


def docs_tables(model: Model) -> str:
    """The Markdown tables of labels, node properties, relationships and their properties."""
    lines = [
        DOCS_BEGIN,
        "",
        "| label | is | caption | Browser colour |",
        "| --- | --- | --- | --- |",
    ]
    for label in (model.entity, *model.labels):
        what = label.about + ("" if label.entity or label is model.entity else " Not an entity.")
        lines.append(
            f"| `{label.name}` | {_cell(what)} | `{label.caption}` | `{label.color or '—'}` |"
        )
    lines += ["", "| label | property | type | meaning |", "| --- | --- | --- | --- |"]
    for label in (model.entity, *model.labels):
        lines += [_property_row(f"`{label.name}`", p) for p in label.properties]
    lines += ["", "| type | from → to | kind | meaning |", "| --- | --- | --- | --- |"]
    lines += [
        f"| `{r.name}` | `{r.source}` → `{r.target}` | {r.kind} | {_cell(r.about)} |"
        for r in model.relations
    ]
    lines += ["", "| type | property | type | meaning |", "| --- | --- | --- | --- |"]
    for rel in model.relations:
        lines += [_property_row(f"`{rel.name}`", p) for p in rel.properties]
    lines += [_property_row("every extracted", p) for p in model.provenance]
    if model.parameters:
        lines += ["", "| query parameter | value | meaning |", "| --- | --- | --- |"]
        lines += [f"| `${p.name}` | {p.value} | {_cell(p.about)} |" for p in model.parameters]
    return "\n".join([*lines, "", DOCS_END])


def with_docs_tables(document: str, model: Model) -> str:
    """`document` (docs/graph-model.md) with its generated block replaced by the current one."""
    begin, end = document.index(DOCS_BEGIN), document.index(DOCS_END) + len(DOCS_END)
    return document[:begin] + docs_tables(model) + document[end:]


def style_problems(model: Model, grass: str) -> list[str]:
    """What the Browser style lacks or contradicts: a rule per label and relationship type, with
    the model's colour and caption."""
    rules = {(kind, name): _declarations(body) for kind, name, body in _GRASS_RULE.findall(grass)}
    problems = []
    styled: list[tuple[str, Label | RelationType]] = [("node", lb) for lb in model.labels]
    styled += [("relationship", rel) for rel in model.relations]
    for kind, thing in styled:
        rule = rules.get((kind, thing.name))
        if rule is None:
            problems.append(f"{kind}.{thing.name}: no style rule")
            continue
        if thing.color and rule.get("color", "").lower() != thing.color.lower():
            problems.append(f"{kind}.{thing.name}: color {rule.get('color')}, model {thing.color}")
        captions = {f'"{{{thing.caption}}}"'} if thing.caption else {'""', '"<type>"'}
        if rule.get("caption", '""') not in captions:
            problems.append(f"{kind}.{thing.name}: caption {rule.get('caption')}, not {captions}")
    return problems


def _properties(model: Model, label: Label) -> tuple[Property, ...]:
    """A label's properties, the shared entity ones first for entity labels."""
    shared = model.entity.properties if label.entity and label is not model.entity else ()
    return (*shared, *label.properties)


def _key(label: Label, prop: Property) -> str:
    """A constraint or index name: `operation_year`."""
    return f"{re.sub(r'(?<!^)(?=[A-Z])', '_', label.name).lower()}_{prop.name}"


def _property_row(owner: str, prop: Property) -> str:
    traits = [prop.type] + [t for t in ("required", "unique") if getattr(prop, t)]
    traits += ["indexed"] if prop.index else []
    traits += ["fulltext"] if prop.search else []
    traits += ["set by the loader"] if prop.loader else []
    name = f"`{prop.name}`" + (f" → `{prop.stored_as}_<key>`" if prop.stored_as else "")
    values = f" (one of {', '.join(f'`{v}`' for v in prop.values)})" if prop.values else ""
    return f"| {owner} | {name} | {', '.join(traits)} | {_cell(prop.about)}{values} |"


def _cell(text: str) -> str:
    """Text for a Markdown table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _declarations(body: str) -> dict[str, str]:
    pairs = (line.partition(":") for line in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', body))
    return {key.strip(): value.strip() for key, _, value in pairs}
