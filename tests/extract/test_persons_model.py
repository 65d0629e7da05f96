"""Persons with roles from appositions, national agencies by form (needs the trained model)."""

from __future__ import annotations

import pytest

from ctgraph.extract.pipeline import load_nlp
from ctgraph.extract.relate import doc_to_records

pytestmark = pytest.mark.model


def test_appositions_and_agencies() -> None:
    text = (
        "Police in Ruritania arrested nine people, the National Crime Agency (NCA) said. "
        '"We will go on," said Anna Berg, head of the Border Police Directorate. '
        '"It works," Tom Hale, Interpol\'s executive director of police services, said. '
        "The raids continue, reports Diario Sur.\n"
    )
    record = doc_to_records(load_nlp()(text), doc_id="t", source="t.txt", sha256="")
    roles = {e.name: e.properties["role"] for e in record.by_label("Person")}
    assert roles == {
        "Anna Berg": "head of the Border Police Directorate",
        "Tom Hale": "executive director of police services",
    }
    orgs = {e.name: e.aliases for e in record.by_label("Organisation")}
    assert "NCA" in orgs["National Crime Agency"]
    assert "Border Police Directorate" in orgs
