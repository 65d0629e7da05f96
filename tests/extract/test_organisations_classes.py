"""Organisations by class, on invented sentences (several surface forms per class, and
negatives). Names are invented unless the class is a public list (the regional consultative
processes on migration)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from ctgraph.extract.spans import mentions, meta

pytestmark = pytest.mark.model


def names(analyse: Callable[[str], Doc], text: str) -> set[str]:
    """Every name and alias of the organisations found."""
    doc = analyse(text)
    found: set[str] = set()
    for mention in mentions(doc, "Organisation"):
        info = meta(doc)[mention.kb_id_]
        found |= {str(info["name"]), *map(str, info.get("aliases", []))}
    return found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a state's abbreviation or adjective before a body's name is part of it
        ("HSI Boston and US Customs and Border Protection assisted.", "US Customs and Border Protection"),
        ("The U.S. National Central Bureau (USNCB) gave support.", "U.S. National Central Bureau"),
        # a state word or possessive before a singular institution noun
        ("The Romanian Police arrested four men.", "Romanian Police"),
        ("Hellenic Police officers searched a flat.", "Hellenic Police"),
        ("Spain's Maritime Rescue Service helped the crew.", "Spain's Maritime Rescue Service"),
        # a run of capitals ends at its last head noun
        (
            "Delegates of the Eastern Regional Police Chiefs Cooperation Organisation met.",
            "Eastern Regional Police Chiefs Cooperation Organisation",
        ),
        ("It worked with the Western Prosecutors Liaison Office on the case.",
         "Western Prosecutors Liaison Office"),
        # "A and B Head"
        ("He was handed to the Aliens and Border Police Directorate.",
         "Aliens and Border Police Directorate"),
        # a unit named with its seat
        ("The case went to the Border Police Department Kelmor.", "Border Police Department Kelmor"),
        # an acronym after an institution noun in lower case
        ("It was led by the central anti-fraud police office (O.C.L.F.D.), officials said.",
         "O.C.L.F.D."),
        # a state's navy or coastguard
        ("The operation was announced by the Senegalese Navy on Monday.", "Senegalese Navy"),
        ("Officers of the Maltese Coastguard took the migrants ashore.", "Maltese Coastguard"),
        # "General" after a head noun, then the name's tail
        ("The Directorate General for Public Safety (DGPS) said on Friday.",
         "Directorate General for Public Safety"),
        ("Officers of the Inspectorate General of Frontier Police took part.",
         "Inspectorate General of Frontier Police"),
        ("The case was handed to the Directorate General.", "Directorate General"),
        # the regional consultative processes on migration (a public list)
        ("Members of the Budapest Process met in spring.", "Budapest Process"),
        ("The Bali Process co-chairs spoke.", "Bali Process"),
    ],
)  # fmt: skip
def test_organisation_classes(analyse: Callable[[str], Doc], text: str, name: str) -> None:
    assert name in names(analyse, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # news outlets as the source of a report
        ("According to a BBC report, recruiters lied to workers.", "BBC"),
        ("About 60 suspects were identified, DW reports.", "DW"),
        # an acronym defined by a place's name
        ("Officers went to the Northern Region of Zembria (NRZ) twice.", "NRZ"),
        # plural people, not a body
        ("Hundreds of women were lured, U.S. Prosecutors say.", "U.S. Prosecutors"),
        # a union of states named as a place
        ("They smuggled migrants into the European Union by boat.", "European Union"),
        ("They moved on to European Union countries.", "European Union"),
    ],
)
def test_negatives(analyse: Callable[[str], Doc], text: str, absent: str) -> None:
    assert absent not in names(analyse, text)


def test_a_union_of_states_acting_is_an_organisation(analyse: Callable[[str], Doc]) -> None:
    assert "European Union" in names(analyse, "In 2012 the European Union set up a new fund.")


def test_and_between_a_known_body_and_a_name_keeps_two(analyse: Callable[[str], Doc]) -> None:
    found = names(analyse, "Europol and Border Police Directorate officers met in spring.")
    assert {"Europol", "Border Police Directorate"} <= found


def test_a_title_after_a_body_is_no_seat(analyse: Callable[[str], Doc]) -> None:
    found = names(analyse, "It was confirmed by the Police Service Director, who spoke first.")
    assert "Police Service Director" not in found


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("A team was formed between the Prosecutor General's Office of Veltania and the Marovian "
         "National Authority for Investigation of Economic Crime.",
         "Prosecutor General's Office of Veltania",
         "Marovian National Authority for Investigation of Economic Crime"),
        ("The Ministry of Interior of Veltania and the Border Police of Marovia signed it.",
         "Ministry of Interior of Veltania", "Border Police of Marovia"),
        ("The Office of the Prosecutor of Veltania and the State Police Service met.",
         "Office of the Prosecutor of Veltania", "State Police Service"),
    ],
)  # fmt: skip
def test_and_the_after_a_names_tail_starts_a_second_name(
    analyse: Callable[[str], Doc], text: str, first: str, second: str
) -> None:
    found = names(analyse, text)
    assert {first, second} <= found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ministry of Labour and the Family issued a report.",
         "Ministry of Labour and the Family"),
        ("Staff of the Centre for the Study of Democracy and the Rule of Law spoke.",
         "Centre for the Study of Democracy and the Rule of Law"),
    ],
)  # fmt: skip
def test_and_the_before_words_with_no_head_stays_one_name(
    analyse: Callable[[str], Doc], text: str, name: str
) -> None:
    assert name in names(analyse, text)


def countries_of(analyse: Callable[[str], Doc], text: str) -> set[str]:
    return {m.kb_id_ for m in mentions(analyse(text), "Country")}


def test_another_states_adjective_before_an_agencys_generic_name_is_that_states_body(
    analyse: Callable[[str], Doc],
) -> None:
    text = "Officers of the Austrian Federal Criminal Police Office (Bundeskriminalamt) took part."
    assert "Austrian Federal Criminal Police Office" in names(analyse, text)
    assert countries_of(analyse, text) == {"country:AT"}, "the German office is not named"


@pytest.mark.parametrize(
    "text",
    [
        "The German Federal Criminal Police Office (Bundeskriminalamt) led the case.",
        "The Bundeskriminalamt (BKA) led the case.",
        "Police of Austria and the Bundeskriminalamt met in Vienna.",
    ],
)
def test_the_agencys_own_state_still_acts_through_it(
    analyse: Callable[[str], Doc], text: str
) -> None:
    assert "country:DE" in countries_of(analyse, text)


def test_a_national_name_in_brackets_is_the_name_before_it(
    analyse: Callable[[str], Doc],
) -> None:
    doc = analyse("The Veltanian Border Directorate (Bundeskriminalamt) arrested two men.")
    keys = {m.kb_id_ for m in mentions(doc, "Organisation")}
    assert len(keys) == 1, keys
    assert "country:DE" not in {m.kb_id_ for m in mentions(doc, "Country")}


def test_a_later_acronym_defined_in_brackets_is_the_same_body(
    analyse: Callable[[str], Doc],
) -> None:
    doc = analyse(
        "The Kepolisian Negara Republik Indonesia (INP) arrested four men. Officers said the "
        "partnership with the INP was critical."
    )
    assert len({m.kb_id_ for m in mentions(doc, "Organisation")}) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # heads of law-enforcement and judicial bodies
        ("The Royal Canadian Mounted Police and the U.S. Border Patrol arrested four men.",
         "U.S. Border Patrol"),
        ("The course was held at the Fiji Police Academy on Friday.", "Fiji Police Academy"),
        ("The Serious Crime Division of the police led the raids.", "Serious Crime Division"),
        ("Officers of the Drug Enforcement Administration were present.",
         "Drug Enforcement Administration"),
        ("The Mexican Navy's Special Forces Command took part.", "Special Forces Command"),
        # several words before `and` share the head after it
        ("INTERPOL's Human Trafficking and Migrant Smuggling Unit coordinated it.",
         "Human Trafficking and Migrant Smuggling Unit"),
        # a known body after `and` ends the name before it
        ("It followed an investigation by the Integrated Border Enforcement Team and Homeland "
         "Security Investigations.", "Integrated Border Enforcement Team"),
    ],
)  # fmt: skip
def test_more_bodies_by_form(analyse: Callable[[str], Doc], text: str, name: str) -> None:
    assert name in names(analyse, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("CHIȘINĂU, 18 August 2026 – Border police detained 16 people.", "CHIȘINĂU"),
        ("LIMA – Police freed 12 women.", "LIMA"),
        ("UAE, INTERPOL rescue trafficking victims", "UAE"),
        ("DRC and UNODC sign an agreement", "DRC"),
        ("The Mirage Task Force met in Bucharest.", "Mirage Task Force"),
        ("The Border Patrol station was closed.", "Border Patrol"),
    ],
)
def test_datelines_states_and_task_forces_are_no_organisations(
    analyse: Callable[[str], Doc], text: str, absent: str
) -> None:
    assert absent not in names(analyse, text)


def test_a_dateline_acronym_stays_an_organisation(analyse: Callable[[str], Doc]) -> None:
    assert "NAPTIP" in names(analyse, "NAPTIP, in a statement, said it had rescued 20 girls.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam's Ministry of Public Security and Cambodia's General Commissariat of National "
         "Police held talks.", {"Ministry of Public Security", "General Commissariat of National Police"}),
        ("The Ministry of Justice and Spain's Border Police Directorate met.",
         {"Ministry of Justice", "Border Police Directorate"}),
    ],
)  # fmt: skip
def test_another_states_body_after_and_is_a_second_name(
    analyse: Callable[[str], Doc], text: str, expected: set[str]
) -> None:
    assert expected <= names(analyse, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("LIMA (AP) — Police freed 12 women.", "AP"),
        ("ABU DHABI, 2 June 2026 (WAM) — The ministry rescued 43 victims.", "WAM"),
        ("HANOI, Oct. 5 (VNA) – Police met their Cambodian counterparts.", "VNA"),
    ],
)
def test_the_news_agency_of_a_dateline_is_no_actor(
    analyse: Callable[[str], Doc], text: str, absent: str
) -> None:
    assert absent not in names(analyse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers of the Central Investigation Bureau of Nepal Police intercepted 14 women.",
         {"Central Investigation Bureau", "Nepal Police"}),
        ("The Specialised Unit against Trafficking in Persons of the Paraguayan Public Ministry "
         "led it.", {"Specialised Unit against Trafficking in Persons", "Paraguayan Public Ministry"}),
        ("The National Office for Combating Trafficking in Human Beings said so.",
         {"National Office for Combating Trafficking in Human Beings"}),
        ("The suspects were arrested, the Interior Ministry said.", {"Interior Ministry"}),
        ("India's Sashastra Seema Bal handed them over.", {"Sashastra Seema Bal"}),
    ],
)  # fmt: skip
def test_units_of_bodies_domain_phrases_and_ministries(
    analyse: Callable[[str], Doc], text: str, expected: set[str]
) -> None:
    assert expected <= names(analyse, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ministry of Interior of Romania said so.", "Ministry of Interior of Romania"),
        ("The Border Police in Madrid said so.", None),
        ("The Ministry said so.", None),
    ],
)
def test_a_states_name_stays_in_the_tail_and_in_is_no_tail(
    analyse: Callable[[str], Doc], text: str, name: str | None
) -> None:
    found = names(analyse, text)
    assert (
        (name in found) if name else not any(n.endswith("Madrid") or n == "Ministry" for n in found)
    )


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Kenyan Police Service and Ugandan police worked together.",
         {"Kenyan Police Service"}, "Kenyan Police Service and Ugandan"),
        ("The Police Service of Trinidad and Tobago met.",
         {"Police Service of Trinidad and Tobago"}, "Police Service of Trinidad"),
        ("The Royal Police of Saint Kitts and Nevis met.",
         {"Royal Police of Saint Kitts and Nevis"}, "Royal Police of Saint Kitts"),
    ],
)  # fmt: skip
def test_another_states_word_after_and_ends_a_name_unless_it_is_one_states_name(
    analyse: Callable[[str], Doc], text: str, expected: set[str], absent: str
) -> None:
    found = names(analyse, text)
    assert expected <= found and absent not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ethiopian Federal Police Commission, together with Kenyan police, broke up a ring.",
         {"Ethiopian Federal Police Commission"}),
        ("The Malta Police Force, working with the Armed Forces of Malta, detained four men.",
         {"Malta Police Force", "Armed Forces of Malta"}),
        ("The U.S. Border Patrol arrested four men.", {"Border Patrol", "U.S. Border Patrol"}),
    ],
)  # fmt: skip
def test_a_known_agency_inside_a_longer_name_and_forces(
    analyse: Callable[[str], Doc], text: str, expected: set[str]
) -> None:
    assert expected <= names(analyse, text)


def test_a_known_agency_alone_keeps_its_name(analyse: Callable[[str], Doc]) -> None:
    assert "Ethiopian Federal Police" in names(
        analyse, "The Ethiopian Federal Police arrested them."
    )


def test_another_state_after_an_agencys_generic_name_makes_it_no_table_body(
    analyse: Callable[[str], Doc],
) -> None:
    doc = analyse("The case was run by the National Bureau of Investigation in Finland.")
    assert {m.kb_id_ for m in mentions(doc, "Country")} == {"country:FI"}


def test_the_tables_own_state_after_the_name_keeps_it(analyse: Callable[[str], Doc]) -> None:
    doc = analyse("The National Bureau of Investigation of the Philippines arrested them.")
    assert "country:PH" in {m.kb_id_ for m in mentions(doc, "Country")}
