"""Every place that knows the graph model agrees with `graph/model.yaml`: the generated schema,
counts and docs, the Browser style, the API's label enum, the FtM mapping, extraction's labels
and properties; and a throwaway kind of fact needs only its declaration (plus its style rule)
to be loaded, searched, counted and exported."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml
from graph_builders import document
from neo4j import Driver

from ctgraph.graph.errors import InvalidFacts, InvalidModel
from ctgraph.graph.exchange import ftm
from ctgraph.graph.exchange.formats import Format, stream
from ctgraph.graph.facts import as_facts
from ctgraph.graph.load import apply_schema, load_document
from ctgraph.graph.model import MODEL_FILE, Model, load_model, model
from ctgraph.graph.model_files import (
    count_graph_text,
    docs_tables,
    schema_text,
    style_problems,
    with_docs_tables,
)
from ctgraph.graph.queries import load
from ctgraph.graph.read.search import fallback, search
from ctgraph.settings import PROJECT_ROOT

SCHEMA = PROJECT_ROOT / "cypher" / "schema.cypher"
COUNTS = PROJECT_ROOT / "cypher" / "api" / "count_graph.cypher"
DOCS = PROJECT_ROOT / "docs" / "graph-model.md"
STYLE = PROJECT_ROOT / "graph" / "browser" / "style.grass"
FIXTURE_TEXTS = sorted((PROJECT_ROOT / "tests" / "fixtures" / "texts").glob("*.txt"))
REGENERATE = "run `python scripts/generate_model_files.py`"


def test_the_committed_schema_is_generated_from_the_model() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(model()), REGENERATE


def test_the_committed_counts_are_generated_from_the_model() -> None:
    assert COUNTS.read_text(encoding="utf-8") == count_graph_text(model()), REGENERATE


def test_the_ftm_mapping_names_what_followthemoney_knows() -> None:
    assert ftm.problems(model()) == []
    exported = set(ftm.mapping().nodes) | set(ftm.mapping().links)
    extracted = {r.name for r in model().relations if r.kind == "extracted"}
    assert exported == set(model().entity_labels) | extracted


def test_the_docs_tables_are_generated_from_the_model() -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert with_docs_tables(text, model()) == text, REGENERATE


def test_the_browser_style_has_a_rule_for_every_label_and_type() -> None:
    assert style_problems(model(), STYLE.read_text(encoding="utf-8")) == []


def test_the_api_search_labels_are_the_models_searchable_labels() -> None:
    from pydantic import WithJsonSchema

    from ctgraph.api.routes.search import Label

    schema = next(m for m in get_args(Label) if isinstance(m, WithJsonSchema))
    assert schema.json_schema == {"type": "string", "enum": list(model().searchable_labels)}


def test_the_crime_values_agree_across_layers() -> None:
    from ctgraph.api.schemas.common import Crime
    from ctgraph.graph.filters import CRIMES

    declared = model().label("Operation").property("crime").values  # type: ignore[union-attr]
    assert set(get_args(Crime)) == set(CRIMES) == set(declared)


def test_the_document_record_has_the_models_document_properties() -> None:
    from ctgraph.graph.facts import DocumentIn

    document = model().label("Document")
    assert document is not None and not document.entity
    given = {p.name for p in document.properties if not p.loader}
    assert set(DocumentIn.model_fields) == given | {"id"}


def test_create_relations_names_every_extracted_relationship_property() -> None:
    """create_relations sets properties by name (no Eager in its plan): each declared property of
    an extracted relationship type must be among them, as a scalar (a map would be flattened
    into keys no query names)."""
    from ctgraph.graph.queries import load

    text = load("create_relations", folder="load").text
    for relation in model().relations:
        if relation.kind != "extracted":
            continue
        for prop in relation.properties:
            assert f"{prop.name}: row.props.{prop.name}" in text, (relation.name, prop.name)
            assert not prop.type.startswith("map"), (relation.name, prop.name)


def test_extraction_orders_the_models_entity_labels() -> None:
    """`extract/` imports nothing of ctgraph (README, Layout), so it keeps its own list."""
    from ctgraph.extract.relate.core import LABEL_ORDER

    assert list(model().entity_labels) == LABEL_ORDER


@pytest.mark.model
def test_extraction_emits_only_model_labels_and_properties() -> None:
    """What `doc_to_records` emits for each label and type is declared (and so loads)."""
    from ctgraph.extract.batch import extract_text

    current = model()
    for path in FIXTURE_TEXTS:
        record = extract_text(path.read_text(encoding="utf-8"), doc_id=path.stem, source=path.name)
        for entity in record.entities:
            label = current.label(entity.label)
            assert label is not None and label.entity, entity.label
            assert {p for p in entity.properties if not label.property(p)} == set(), entity.label
        for rel in record.relations:
            kind = current.relation(rel.type)
            assert kind is not None and kind.kind == "extracted", rel.type
            assert {p for p in rel.properties if not kind.property(p)} == set(), rel.type
        as_facts(record)


def _with_vessel(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of the model's declaration with a throwaway kind: `Vessel` used in an operation."""
    data = copy.deepcopy(data)
    data["labels"]["Vessel"] = {
        "caption": "name",
        "color": "#3B5BA5",
        "about": "A ship used by smugglers.",
        "ftm": {"schema": "Vessel", "properties": {"flag": ["flag"]}},
        "properties": {"flag": {"type": "string", "about": "ISO code of its flag state"}},
    }
    data["relationships"]["USED_IN"] = {
        "from": "Vessel",
        "to": "Operation",
        "color": "#3B5BA5",
        "about": "A vessel seized or used in an operation.",
        "ftm": {
            "schema": "UnknownLink",
            "source": "subject",
            "target": "object",
            "role": "used in",
        },
        "properties": {},
    }
    return data


def _vessel_record() -> dict[str, Any]:
    record = document("vessel-doc", {"KANIS": ["RS"]})
    vessel = {"id": "vessel:aurora", "label": "Vessel", "name": "Aurora", "aliases": [],
              "properties": {"flag": "PA"}, "mentions": [{"start": 0, "end": 6}]}  # fmt: skip
    used = {"type": "USED_IN", "source": "vessel:aurora", "target": "operation:kanis",
            "confidence": 0.8, "evidence": {"start": 0, "end": 10, "text": "Aurora ..."}}  # fmt: skip
    record["entities"].append(vessel)
    record["relations"].append(used)
    return record


def test_a_throwaway_kind_needs_only_its_declaration() -> None:
    declared = yaml.safe_load(MODEL_FILE.read_text(encoding="utf-8"))
    before, after = load_model(declared), load_model(_with_vessel(declared))

    # Validation: refused while undeclared, accepted once declared.
    with pytest.raises(InvalidFacts, match="label 'Vessel' is not an entity label"):
        as_facts(_vessel_record(), graph_model=before)
    facts = as_facts(_vessel_record(), graph_model=after)
    assert {e.label for e in facts.entities} == {"Country", "Operation", "Vessel"}
    with pytest.raises(InvalidFacts, match="Vessel property 'tonnage' is not in graph/model"):
        record = _vessel_record()
        record["entities"][-1]["properties"]["tonnage"] = 3
        as_facts(record, graph_model=after)

    # The schema: a constraint, a name index and a place in the fulltext index, generated.
    schema = schema_text(after)
    assert "vessel_id" not in schema_text(before)
    assert (
        "CREATE CONSTRAINT vessel_id IF NOT EXISTS FOR (n:Vessel) REQUIRE n.id IS UNIQUE;" in schema
    )
    assert "CREATE INDEX vessel_name IF NOT EXISTS FOR (n:Vessel) ON (n.name);" in schema
    assert "FOR (n:Country|Organisation|Operation|Person|Place|Event|Vessel) ON EACH" in schema

    # The docs tables, generated; the search labels, derived.
    assert "| `USED_IN` | `Vessel` → `Operation` | extracted |" in docs_tables(after)
    assert "| `Vessel` | `flag` | string |" in docs_tables(after)
    assert "Vessel" in after.searchable_labels

    # The one hand-written step: the Browser style rule, which the check asks for.
    grass = STYLE.read_text(encoding="utf-8")
    assert style_problems(after, grass) == [
        "node.Vessel: no style rule",
        "relationship.USED_IN: no style rule",
    ]
    grass += 'node.Vessel {\n  color: #3B5BA5;\n  caption: "{name}";\n}\n'
    grass += 'relationship.USED_IN {\n  color: #3B5BA5;\n  caption: "";\n}\n'
    assert style_problems(after, grass) == []


def test_a_malformed_model_says_what_is_wrong(tmp_path: Path) -> None:
    declared = yaml.safe_load(MODEL_FILE.read_text(encoding="utf-8"))
    broken = copy.deepcopy(declared)
    broken["relationships"]["PARTICIPATED_IN"]["to"] = "Operatoin"
    with pytest.raises(InvalidModel, match="endpoint 'Operatoin' is not a label"):
        load_model(broken)
    broken = copy.deepcopy(declared)
    broken["labels"]["Country"]["properties"]["iso2"]["type"] = "text"
    with pytest.raises(InvalidModel, match=r"Country\.iso2: type 'text'"):
        load_model(broken)
    broken = copy.deepcopy(declared)
    broken["labels"]["Country"]["properties"]["iso2; DROP"] = "string"
    with pytest.raises(InvalidModel, match="must match"):
        load_model(broken)
    broken = copy.deepcopy(declared)
    broken["labels"]["Operation"]["indexes"] = [["year", "yaer"]]
    with pytest.raises(InvalidModel, match=r"index \['year', 'yaer'\] needs two or more"):
        load_model(broken)
    broken = copy.deepcopy(declared)
    broken["relationships"]["CO_INVESTIGATED"]["width"] = "operation_names"
    with pytest.raises(InvalidModel, match="width 'operation_names' is not a numeric property"):
        load_model(broken)
    broken = copy.deepcopy(declared)
    broken["relationships"]["CO_INVESTIGATED"]["directed"] = "no"
    with pytest.raises(InvalidModel, match="CO_INVESTIGATED: directed must be true or false"):
        load_model(broken)
    path = tmp_path / "model.yaml"
    path.write_text(yaml.safe_dump(declared, sort_keys=False), encoding="utf-8")
    assert load_model(path) == model()


@pytest.fixture
def vessel_graph(empty_graph: Driver) -> Iterator[tuple[Driver, Model]]:
    """A graph of the model with a throwaway kind: its schema (the fulltext index over its
    labels) applied instead of the packaged one, a document with a vessel loaded; the packaged
    schema restored afterwards."""
    after = load_model(_with_vessel(yaml.safe_load(MODEL_FILE.read_text(encoding="utf-8"))))
    driver = empty_graph
    _drop_schema(driver)
    try:
        apply_schema(driver, graph_model=after)
        driver.execute_query(load("await_indexes", folder="load").text, {"seconds": 60})
        load_document(driver, as_facts(_vessel_record(), graph_model=after))
        yield driver, after
    finally:
        _drop_schema(driver)
        apply_schema(driver)


@pytest.mark.neo4j
def test_a_throwaway_kind_is_searched_counted_and_exported(
    vessel_graph: tuple[Driver, Model],
) -> None:
    driver, after = vessel_graph
    vessel = {"id": "vessel:aurora", "label": "Vessel", "name": "Aurora", "aliases": []}

    # Search: the fulltext index the model's schema gives, and the fallback without it.
    found = search(driver, "aurora", database="neo4j", label="Vessel")
    assert (found["backend"], found["total"]) == ("fulltext", 1)
    assert {k: found["items"][0][k] for k in vessel} == vessel
    candidates = fallback(driver, "aurora", ["aurora"], "neo4j", "Vessel")
    assert [{k: c[k] for k in vessel} for c in candidates] == [vessel]

    # /stats: the counts the model's generated query gives.
    stats = driver.execute_query(count_graph_text(after)).records[0]
    assert stats["nodes"]["Vessel"] == 1 and stats["relationships"]["USED_IN"] == 1

    # Every export: the Cypher script, GraphML, and FtM as the model maps it.
    def exported(fmt: Format) -> str:
        return "".join(stream(driver, fmt, database=None, graph_model=after))

    script = exported(Format.cypher)
    assert "CREATE CONSTRAINT vessel_id IF NOT EXISTS" in script
    assert "CREATE (n:`Entity`:`Vessel`)" in script and "CREATE (a)-[r:`USED_IN`]->(b)" in script
    graphml = exported(Format.graphml)
    assert '<node id="vessel:aurora"><data key="labels">:Entity:Vessel</data>' in graphml
    assert '<data key="label">USED_IN</data>' in graphml
    entities = [json.loads(line) for line in exported(Format.ftm).splitlines()]
    ship = next(e for e in entities if e["schema"] == "Vessel")
    assert ship["properties"] == {"name": ["Aurora"], "flag": ["pa"]}
    link = next(e for e in entities if e["properties"].get("role") == ["used in"])
    assert link["properties"]["subject"] == [ship["id"]]


def _drop_schema(driver: Driver) -> None:
    """The fulltext index (its labels are the model's) and the throwaway kind's own schema."""
    for statement in (
        "DROP INDEX entity_names IF EXISTS",
        "DROP CONSTRAINT vessel_id IF EXISTS",
        "DROP INDEX vessel_name IF EXISTS",
    ):
        driver.execute_query(statement)
