"""Operation frames and their participants, one rule kind per test, on invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from ctgraph.extract.relate import doc_to_records

PIPES = ["ctgraph_organisations", "ctgraph_countries", "ctgraph_persons", "ctgraph_operations",
         "ctgraph_joint_operations", "ctgraph_frames"]  # fmt: skip


@pytest.fixture(scope="module")
def participants(blank: Callable[[list[str]], Language]) -> Callable[[str], dict[str, set[str]]]:
    """Operation name (or `unnamed`) -> alpha-2 codes of its participants."""
    nlp = blank(PIPES)

    def run(text: str) -> dict[str, set[str]]:
        record = doc_to_records(nlp(text), doc_id="t", source="t.txt", sha256="")
        iso = {e.id: e.properties["iso2"] for e in record.by_label("Country")}
        found: dict[str, set[str]] = {}
        for op in record.by_label("Operation"):
            found[op.name or "unnamed"] = {
                iso[r.source] for r in record.relations
                if r.type == "PARTICIPATED_IN" and r.target == op.id
            }  # fmt: skip
        return found

    return run


def test_list_in_a_later_sentence(participants: Callable[[str], dict[str, set[str]]]) -> None:
    text = (
        "Police rescued 40 people during Operation Kestrel last month. "
        "The countries that took part were Chile, Peru and Ecuador.\n"
    )
    assert participants(text) == {"KESTREL": {"CL", "PE", "EC"}}


def test_footnote_and_bullet_block(participants: Callable[[str], dict[str, set[str]]]) -> None:
    footnote = (
        "The action days against forced labour, led by Sweden, ended on Friday.\n"
        "*The following countries participated in the action days: Norway, Finland and Denmark.\n"
    )
    assert participants(footnote) == {"unnamed": {"SE", "NO", "FI", "DK"}}
    bullets = (
        "Operation Heron was carried out by the following authorities:\n"
        "- Estonia: Police and Border Guard Board\n- Latvia: State Police\n"
    )
    assert participants(bullets) == {"HERON": {"EE", "LV"}}


def test_one_sentence_per_country_and_adjectives(
    participants: Callable[[str], dict[str, set[str]]],
) -> None:
    text = (
        "Operation Marten targeted labour exploitation. In Slovakia, police arrested six men. "
        "Czech authorities searched ten farms. Officers seized cash in Austria.\n"
    )
    assert participants(text) == {"MARTEN": {"SK", "CZ", "AT"}}


def test_cooperation_cues(participants: Callable[[str], dict[str, set[str]]]) -> None:
    text = (
        "Police arrested nine suspects under an operation codenamed Lynx, coordinated with "
        "law enforcement in Georgia and Armenia. The investigation, involving Greek and Cypriot "
        "authorities, lasted a year.\n"
    )
    assert participants(text) == {"LYNX": {"GE", "AM", "GR", "CY"}}


def test_countries_that_do_not_take_part(
    participants: Callable[[str], dict[str, set[str]]],
) -> None:
    text = (
        "Operation Osprey was carried out by police from Spain and Italy. The victims were "
        "Paraguayan women moved from Paraguay to Spain via Brazil. One suspect was arrested "
        "at the request of Argentina. The operation was funded by Japan. A liaison office in "
        "Uruguay was informed.\n"
    )
    assert participants(text) == {"OSPREY": {"ES", "IT"}}


def test_names_by_form(participants: Callable[[str], dict[str, set[str]]]) -> None:
    text = (
        "Police of Kenya and Uganda joined an operation dubbed Savanna IV.\n"
        "Officers of Ghana and Togo led the operation codenamed 'Harmattan'.\n"
        "The 2nd Joint Week of Action involved police from Fiji and Samoa.\n"
    )
    assert set(participants(text)) == {"SAVANNA IV", "HARMATTAN", "2ND JOINT WEEK OF ACTION"}


def test_no_operation_from_a_headline_or_ordinary_words(
    participants: Callable[[str], dict[str, set[str]]],
) -> None:
    text = (
        "Border Operation Nets Dozens Of Smugglers In Record Week\n"
        "Their operation brought women from Moldova to Italy. Undercover operations help police.\n"
    )
    assert participants(text) == {}


def test_modules_give_their_states_to_the_umbrella(
    participants: Callable[[str], dict[str, set[str]]],
) -> None:
    text = (
        "The sea operation – TRITON had two modules, TRITON I and TRITON II. "
        "The first module, TRITON I, deployed experts from Malta and Greece. "
        "The second module, TRITON II, deployed officers from Croatia and Slovenia.\n"
    )
    found = participants(text)
    assert found["TRITON I"] == {"MT", "GR"}
    assert found["TRITON II"] == {"HR", "SI"}
    assert found["TRITON"] == {"MT", "GR", "HR", "SI"}


def test_unnamed_operations_and_teams(participants: Callable[[str], dict[str, set[str]]]) -> None:
    jit = "A joint investigation team (JIT) was set up between Lithuania and Poland.\n"
    assert participants(jit) == {"unnamed": {"LT", "PL"}}
    police = "One man was arrested in a joint police operation of Croatia's and Serbia's police.\n"
    assert participants(police) == {"unnamed": {"HR", "RS"}}


def test_a_team_inside_a_wider_operation_stays_itself(
    blank: Callable[[list[str]], Language],
) -> None:
    nlp = blank(PIPES)
    text = (
        "Authorities in four countries (Ireland, Malta, Cyprus and Portugal) conducted a joint "
        "operation against trafficking. A joint investigation team was set up between Ireland "
        "and Malta.\n"
    )
    record = doc_to_records(nlp(text), doc_id="t", source="t.txt", sha256="")
    sizes = sorted(
        len([r for r in record.relations if r.type == "PARTICIPATED_IN" and r.target == op.id])
        for op in record.by_label("Operation")
    )
    assert sizes == [2, 4]


def test_named_later_by_reference(participants: Callable[[str], dict[str, set[str]]]) -> None:
    text = (
        "A joint operation of Belgian and Dutch police dismantled a smuggling ring. "
        "The operation, codenamed Tulip, lasted a year.\n"
    )
    assert participants(text) == {"TULIP": {"BE", "NL"}}


def test_meetings_and_plans_are_no_operations(
    participants: Callable[[str], dict[str, set[str]]],
) -> None:
    text = (
        "On 4 May, the secretariat hosted a meeting of experts from Bulgaria, Greece and Turkey. "
        "Participants agreed to launch a joint investigation.\n"
    )
    assert participants(text) == {}


def test_name_in_apposition(participants: Callable[[str], dict[str, set[str]]]) -> None:
    text = "A joint sea operation, Trident, deployed vessels from Malta and Cyprus.\n"
    assert participants(text) == {"TRIDENT": {"MT", "CY"}}
