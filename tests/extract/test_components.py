"""Components on tiny texts with a blank pipeline (no trained model needed)."""

from collections.abc import Callable

import pytest
from spacy.language import Language

from ctgraph.extract.spans import mentions, meta


def test_countries_from_names_demonyms_and_former_names(
    blank: Callable[[list[str]], Language],
) -> None:
    nlp = blank(["ctgraph_countries"])
    doc = nlp(
        "A Belgian-Romanian operation with the Former Yugoslav Republic of Macedonia, "
        "Serbia and Montenegro, the Republic of Moldova and the UK."
    )
    codes = [m.kb_id_ for m in mentions(doc, "Country")]
    assert codes == [
        "country:BE",
        "country:RO",
        "country:MK",
        "country:CSXX",
        "country:MD",
        "country:GB",
    ]
    assert meta(doc)["country:CSXX"]["iso2"] == "CS"


def test_operations_by_form(blank: Callable[[list[str]], Language]) -> None:
    nlp = blank(["ctgraph_countries", "ctgraph_operations", "ctgraph_joint_operations"])
    doc = nlp(
        "Operation 'Global Chain' ended.\nJoint investigation NORTHWIND - smuggling case.\n"
        "Operation BLUE FOX - among Hungary and Austria.\nThe raids of Turquesa V operation.\n"
        "A joint investigation among Moldovan and Romanian authorities.\n"
    )
    names = [
        meta(doc)[k].get("name")
        for k in dict.fromkeys(m.kb_id_ for m in mentions(doc, "Operation"))
    ]
    assert names == ["GLOBAL CHAIN", "NORTHWIND", "BLUE FOX", "TURQUESA V", None]


def test_organisations_acronyms_and_junk(blank: Callable[[list[str]], Language]) -> None:
    nlp = blank(["ctgraph_organisations"])
    doc = nlp(
        "The Centre of Excellence for the Stability Police Units (CoESPU) met the IOM.\n"
        "18 representatives of GDSACP (the General Direction of Social Affairs and Child "
        "Protection) and the Training Center attended.\nIllegal Migration\n"
    )
    keys = {m.kb_id_ for m in mentions(doc, "Organisation")}
    assert keys == {
        "organisation:center-of-excellence-for-the-stability-police-units",
        "organisation:international-organization-for-migration",
        "organisation:general-direction-of-social-affairs-and-child-protection",
    }
    aliases = meta(doc)["organisation:general-direction-of-social-affairs-and-child-protection"][
        "aliases"
    ]
    assert "GDSACP" in aliases


def test_irregular_adjectives(blank: Callable[[list[str]], Language]) -> None:
    nlp = blank(["ctgraph_countries"])
    doc = nlp("Spanish, Polish, Danish, Ecuadorian and Cape Verdean police met.")
    codes = [m.kb_id_ for m in mentions(doc, "Country")]
    assert codes == ["country:ES", "country:PL", "country:DK", "country:EC", "country:CV"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lao and Thai police met.", ["country:LA", "country:TH"]),
        ("Malagasy, Bhutanese and Bruneian officers met.",
         ["country:MG", "country:BT", "country:BN"]),
        ("Palauan, Monegasque, Swazi and Equatoguinean officials met.",
         ["country:PW", "country:MC", "country:SZ", "country:GQ"]),
        ("North Macedonian and Papua New Guinean police met.", ["country:MK", "country:PG"]),
    ],
)  # fmt: skip
def test_adjectives_worldwide_the_name_tables_lack(
    blank: Callable[[list[str]], Language], text: str, expected: list[str]
) -> None:
    """Adjectives of states on every continent that countrynames does not list; a longer
    adjective ("Papua New Guinean") is one state, not two."""
    doc = blank(["ctgraph_countries"])(text)
    assert [m.kb_id_ for m in mentions(doc, "Country")] == expected
