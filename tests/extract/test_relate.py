"""Relation building on hand-made docs (blank pipeline, no model)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from ctgraph.extract.records import DocumentRecord
from ctgraph.extract.relate import doc_to_records

OPS = ["ctgraph_countries", "ctgraph_operations", "ctgraph_joint_operations", "ctgraph_frames"]


def test_unnamed_operations_are_unique_to_their_document(
    blank: Callable[[list[str]], Language],
) -> None:
    nlp = blank(OPS)
    text = "A joint investigation between Greek and Italian authorities was set up.\n"
    one = doc_to_records(nlp(text), doc_id="first", source="a.txt", sha256="")
    two = doc_to_records(nlp(text), doc_id="second", source="b.txt", sha256="")
    ids_one = {e.id for e in one.by_label("Operation")}
    ids_two = {e.id for e in two.by_label("Operation")}
    assert ids_one and ids_two and not ids_one & ids_two
    targets = {r.target for r in one.relations if r.type == "PARTICIPATED_IN"}
    assert targets == ids_one


def test_named_operation_ids_stay_stable(blank: Callable[[list[str]], Language]) -> None:
    nlp = blank(OPS)
    text = "Operation NORTHWIND brought together Spain and Italy.\n"
    one = doc_to_records(nlp(text), doc_id="first", source="a.txt", sha256="")
    two = doc_to_records(nlp(text), doc_id="second", source="b.txt", sha256="")
    assert [e.id for e in one.by_label("Operation")] == ["operation:northwind"]
    assert [e.id for e in two.by_label("Operation")] == ["operation:northwind"]


def _record(nlp: Language, text: str) -> DocumentRecord:
    return doc_to_records(nlp(text), doc_id="t", source="t.txt", sha256="")


def test_year_from_the_dates_of_the_text_else_none(
    blank: Callable[[list[str]], Language],
) -> None:
    nlp = blank(OPS)
    dated = "Operation Falcon was carried out by police from Chile and Peru.\nOn 4 May 2021, 12 people were arrested.\n"
    undated = "Operation Falcon was carried out by police from Chile and Peru on 4 May.\n"
    assert _record(nlp, dated).by_label("Operation")[0].properties["year"] == 2021
    assert _record(nlp, undated).by_label("Operation")[0].properties["year"] is None


def test_crime_from_the_whole_description(blank: Callable[[list[str]], Language]) -> None:
    nlp = blank(OPS)
    text = (
        "Operation Falcon was carried out by police from Chile and Peru. "
        "The operation targeted networks smuggling migrants. Officers also found drug "
        "trafficking routes. The operation helped 40 smuggled migrants.\n"
    )
    assert _record(nlp, text).by_label("Operation")[0].properties["crime"] == "migrant smuggling"


def _routes(nlp: Language, text: str) -> set[str]:
    record = _record(nlp, text)
    iso = {e.id: e.properties["iso2"] for e in record.by_label("Country")}
    return {f"{iso[r.source]}>{iso[r.target]}" for r in record.relations if r.type == "ROUTE"}


def test_routes_with_transit_and_victims_origin(blank: Callable[[list[str]], Language]) -> None:
    nlp = blank(["ctgraph_countries"])
    chain = "The gang smuggled migrants from Iraq via Turkey and Greece to Germany.\n"
    assert {"IQ>TR", "IQ>GR", "TR>DE", "GR>DE", "IQ>DE"} <= _routes(nlp, chain)
    origin = "Nigerian women were trafficked to Italy for sexual exploitation.\n"
    assert _routes(nlp, origin) == {"NG>IT"}
    region = "The network smuggled migrants from Libya to Europe.\n"
    assert _routes(nlp, region) == set()
    offenders = "Syrian nationals smuggled migrants into Hungary.\n"
    assert _routes(nlp, offenders) == set()


def test_offenders_nationality_is_no_origin(blank: Callable[[list[str]], Language]) -> None:
    nlp = blank(["ctgraph_countries"])
    assert (
        _routes(nlp, "Five Albanian men who smuggled migrants into Italy were jailed.\n") == set()
    )
