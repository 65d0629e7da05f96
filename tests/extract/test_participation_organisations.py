"""Organisations resolved: spelling variants, acronym and long form, coordinated names, and
national agencies carrying their state (invented sentences, blank pipeline)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from ctgraph.extract.agencies import agency_table
from ctgraph.extract.spans import mentions, meta


@pytest.fixture(scope="module")
def orgs(blank: Callable[[list[str]], Language]) -> Callable[[str], dict[str, str]]:
    """Mention text -> organisation id."""
    nlp = blank(["ctgraph_organisations", "ctgraph_countries"])

    def run(text: str) -> dict[str, str]:
        return {m.text: m.kb_id_ for m in mentions(nlp(text), "Organisation")}

    return run


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("the Nordic Law Enforcement Centre", "the Nordic Law Enforcement Center"),
        ("the Directorate for Organised Crime Investigation",
         "the Directorate for Organized Crime Investigation"),
        ("the Office for Labour Inspection", "the Office for Labor Inspection"),
    ],
)  # fmt: skip
def test_spelling_variants_are_one_organisation(
    orgs: Callable[[str], dict[str, str]], british: str, american: str
) -> None:
    first = set(orgs(f"Officers of {british} met on Monday.\n").values())
    second = set(orgs(f"Officers of {american} met on Monday.\n").values())
    assert first == second and len(first) == 1


def test_acronym_and_long_form_are_one_organisation(orgs: Callable[[str], dict[str, str]]) -> None:
    found = orgs(
        "The Regional Migration Enforcement Bureau (RMEB) led the case. Later the RMEB said so.\n"
    )
    assert len(set(found.values())) == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("It worked with the Serbian Interior Ministry and Prosecutor's Office for Organised "
         "Crime.\n", {"Serbian Interior Ministry", "Prosecutor's Office for Organised Crime"}),
        ("It worked with the Federal Police Directorate and the State Border Service.\n",
         {"Federal Police Directorate", "State Border Service"}),
    ],
)  # fmt: skip
def test_two_coordinated_names_are_split(
    orgs: Callable[[str], dict[str, str]], text: str, names: set[str]
) -> None:
    assert set(orgs(text)) == names


@pytest.mark.parametrize(
    "name",
    [
        "Ministry of Labour and Social Affairs",
        "Prosecutor's Office of Bosnia and Herzegovina",
        "Department of Justice and Public Security",
    ],
)
def test_one_name_with_and_stays_whole(orgs: Callable[[str], dict[str, str]], name: str) -> None:
    assert set(orgs(f"Officials of the {name} spoke on Monday.\n")) == {name}


def test_agencies_carry_their_state(blank: Callable[[list[str]], Language]) -> None:
    nlp = blank(["ctgraph_organisations", "ctgraph_countries"])
    doc = nlp("The RCMP, HSI and the Guardia Civil worked together.\n")
    states = {
        m.text: meta(doc)[m.kb_id_]["iso2"] for m in mentions(doc, "Country")
    }  # the agencies are also mentions of their states
    assert states == {"RCMP": "CA", "HSI": "US", "Guardia Civil": "ES"}


def test_agency_table_rows_are_complete() -> None:
    table = agency_table()
    assert len(table) >= 150
    assert len({a.state for a in table}) >= 80
    assert all(a.kind in {"police", "border", "customs", "prosecution", "justice", "interior"}
               for a in table)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Policía Nacional of Colombia made arrests.\n", {"CO"}),
        ("The Policía Nacional de Bolivia made arrests.\n", {"BO"}),
        ("Finland's National Bureau of Investigation made arrests.\n", {"FI"}),
        # no other state named with it: the table's state
        ("The Policía Nacional made arrests.\n", {"ES"}),
        ("The Policía Nacional made arrests of Colombian nationals.\n", {"ES", "CO"}),
    ],
)  # fmt: skip
def test_a_state_named_with_an_agency_owns_it(
    blank: Callable[[list[str]], Language], text: str, expected: set[str]
) -> None:
    """An agency name several states use, with another state right before it (genitive) or
    right after it ("of Colombia", "de Bolivia"), is that state's, not the table's."""
    doc = blank(["ctgraph_organisations", "ctgraph_countries"])(text)
    assert {meta(doc)[m.kb_id_]["iso2"] for m in mentions(doc, "Country")} == expected
