"""Partners named after the predicate: authorities "with" whom a phrasal verb of cooperation
is done ("was carried out with Spanish and French units", "set up with Portuguese
investigators"). Invented sentences, several surface forms, and the forms that only look
alike (funding, equipment, tools are no partners)."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The operation was carried out with Spanish and French units and led by the "
            "Andorran police.",
            {"unnamed": {"AD", "ES", "FR"}},
        ),
        (
            "Operation Pyrenees was carried out with Spanish and French units.",
            {"PYRENEES": {"ES", "FR"}},
        ),
        (
            "Operation Pyrenees was set up with Portuguese and Spanish investigators.",
            {"PYRENEES": {"ES", "PT"}},
        ),
        (
            "Andorran police carried out Operation Pyrenees with French gendarmes.",
            {"PYRENEES": {"AD", "FR"}},
        ),
    ],
)
def test_authorities_with_whom_a_phrasal_verb_of_cooperation_is_done(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Operation Pyrenees was carried out with French funding by Andorran police.",
        "Operation Pyrenees was carried out by Andorran police with Spanish equipment.",
        "Andorran police carried out Operation Pyrenees with French-made drones.",
    ],
)
def test_funding_equipment_and_tools_are_no_partners(text: str) -> None:
    assert operations(text) == {"PYRENEES": {"AD"}}


@pytest.mark.parametrize(
    "text",
    [
        "The two countries' police forces, those of Ghana and Togo, dismantled a ring in "
        "Operation Volta Bridge.",
        "Operation Volta Bridge was led by two police forces, those of Ghana and Togo.",
    ],
)
def test_those_of_states_in_apposition_to_an_authority_act(text: str) -> None:
    assert operations(text) == {"VOLTA BRIDGE": {"GH", "TG"}}


@pytest.mark.parametrize(
    "text",
    [
        "In Operation Volta Bridge, Ghanaian police rescued 30 children, those of Togo and "
        "Benin among them.",
        "Operation Volta Bridge was led by Ghanaian police; the victims, those from Togo and "
        "Benin, were sent home.",
    ],
)
def test_those_of_states_in_apposition_to_victims_do_not_act(text: str) -> None:
    assert operations(text) == {"VOLTA BRIDGE": {"GH"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mexico's Attorney General's Office and the U.S. Department of Justice jointly "
            "charged 14 smugglers.",
            {"unnamed": {"MX", "US"}},
        ),
        (
            "Colombia's Attorney General's Office and Spain's Guardia Civil jointly dismantled a "
            "ring.",
            {"unnamed": {"CO", "ES"}},
        ),
        (
            "In Operation Kora, Malian police questioned Niger's consul's driver.",
            {"KORA": {"ML"}},
        ),
    ],
)
def test_the_state_before_a_genitive_agency_name_owns_it(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A team comprising Ugandan, Kenyan and South Sudanese detectives arrested the "
            "recruiters in Juba.",
            {"unnamed": {"KE", "SS", "UG"}},
        ),
        (
            "A joint team made up of Ugandan and Kenyan detectives arrested the recruiters in Juba.",
            {"unnamed": {"KE", "UG"}},
        ),
        (
            "A unit composed of officers from Rwanda and Burundi rescued 12 girls.",
            {"unnamed": {"BI", "RW"}},
        ),
        (
            "In Operation Lake Shield, a task force consisting of Tanzanian and Zambian police "
            "seized two boats.",
            {"LAKE SHIELD": {"TZ", "ZM"}},
        ),
    ],
)
def test_a_body_made_of_several_states_authorities_acts_jointly(
    text: str, expected: dict[str, set[str]]
) -> None:
    assert operations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A team comprising Ugandan officers arrested three Kenyan nationals.",
        "A gang comprising Ugandan and Kenyan nationals was dismantled by Sudanese police.",
        "A delegation comprising Ugandan and Kenyan officials visited Juba.",
    ],
)
def test_one_states_team_a_gang_or_a_visit_is_no_joint_body(text: str) -> None:
    assert operations(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Honduran and Salvadoran police rescued 22 women in simultaneous raids. The raids "
            "were coordinated by the Honduran National Police and El Salvador's National Civil "
            "Police with support from the U.S. Embassy.",
            {"HN", "SV"},
        ),
        (
            "Honduran and Salvadoran police rescued 22 women in simultaneous raids, with the "
            "support of the British Embassy and the Canadian Consulate.",
            {"HN", "SV"},
        ),
        (
            "Honduran and Salvadoran police rescued 22 women in simultaneous raids. The raids "
            "were coordinated by the Honduran National Police and El Salvador's National Civil "
            "Police with support from U.S. Homeland Security Investigations.",
            {"HN", "SV", "US"},
        ),
    ],
)
def test_support_from_an_embassy_or_consulate_is_no_participation(
    text: str, expected: set[str]
) -> None:
    assert set().union(*operations(text).values()) == expected
