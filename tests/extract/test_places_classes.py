"""Cities by class of evidence, on invented sentences (several surface forms per class, and
negatives). The sentences name no text of the shared corpora."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from ctgraph.extract.spans import mentions, meta

pytestmark = pytest.mark.model


def cities(analyse: Callable[[str], Doc], text: str) -> set[str]:
    doc = analyse(text)
    return {str(meta(doc)[m.kb_id_]["name"]) for m in mentions(doc, "Place")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MADRID, 14 May - Police dismantled a network.", {"Madrid"}),
        ("LISBON, June 3 (AFP) - Officers arrested six suspects.", {"Lisbon"}),
        ("KRAKÓW — Border guards stopped a van carrying migrants.", {"Kraków"}),
        ("Nairobi - Detectives have arrested two recruiters.", {"Nairobi"}),
        ("HO CHI MINH CITY – Four men were detained.", {"Ho Chi Minh City"}),
    ],
)
def test_a_dateline_names_a_city(
    analyse: Callable[[str], Doc], text: str, expected: set[str]
) -> None:
    assert cities(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Suspects were arrested in Manchester, Bolton and Wigan.",
            {"Manchester", "Bolton", "Wigan"},
        ),
        ("Raids took place in Lyon, Grenoble, and Valence.", {"Lyon", "Grenoble", "Valence"}),
        ("Checks were reinforced at Lisbon and Porto’s airports.", {"Lisbon", "Porto"}),
        ("Local police from Aalst and Lier searched twelve houses.", {"Aalst", "Lier"}),
    ],
)
def test_members_of_a_list_with_a_city_are_cities(
    analyse: Callable[[str], Doc], text: str, expected: set[str]
) -> None:
    assert expected <= cities(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Workers were held in the fishing town of Zembrovia for months.",
        "He was stopped near the small village of Harnovec by the patrol.",
        "The camp was in the eastern city of Dravomir, officials said.",
    ],
)
def test_a_place_noun_names_its_town_even_outside_the_gazetteer(
    analyse: Callable[[str], Doc], text: str
) -> None:
    found = cities(analyse, text)
    assert found & {"Zembrovia", "Harnovec", "Dravomir"}


def test_a_small_town_before_its_country(analyse: Callable[[str], Doc]) -> None:
    assert "Quelvarra" in cities(analyse, "A leader was arrested near Quelvarra, Peru, on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Vienna-based office coordinated the checks.", "Vienna"),
        ("A Marseille-based network moved migrants by boat.", "Marseille"),
    ],
)
def test_x_based_names_a_city(analyse: Callable[[str], Doc], text: str, expected: str) -> None:
    assert expected in cities(analyse, text)


def test_an_ambiguous_name_is_read_in_a_state_of_the_text(analyse: Callable[[str], Doc]) -> None:
    doc = analyse("Police in Peru freed 40 workers in the mining town of La Rinconada.")
    places = [meta(doc)[m.kb_id_] for m in mentions(doc, "Place")]
    assert [(p["name"], p["country"]) for p in places] == [("La Rinconada", "PE")]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a site inside a city (an airport, a port terminal) is no city
        ("Checks covered Santa Cruz in Madrid and Barajas in Madrid.", "Santa Cruz"),
        # a court district named after a state is no town
        ("Charges were filed in the Western District of Nevada.", "Nevada"),
        # a misspelt state that the text also names
        ("Arrests in Spain and in Spaim followed.", "Spaim"),
        # a list of regions does not become cities of a state the text never names
        ("Searches took place in Madrid, Alta and Baja Rioja.", "Alta"),
        # an operation's name after "in" is no town, even before a country
        ("Several offices took part in Operation Seabird, including Spain.", "Operation Seabird"),
    ],
)
def test_negatives(analyse: Callable[[str], Doc], text: str, absent: str) -> None:
    assert absent not in cities(analyse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers in Victoria, Texas arrested the driver.", ("Victoria", "US")),
        ("He was sentenced in Austin, TX, on Friday.", ("Austin", "US")),
        ("A van was stopped near Portland, Maine, at night.", ("Portland", "US")),
    ],
)
def test_a_city_before_its_us_state(
    analyse: Callable[[str], Doc], text: str, expected: tuple[str, str]
) -> None:
    doc = analyse(text)
    places = {
        (meta(doc)[m.kb_id_]["name"], meta(doc)[m.kb_id_]["country"])
        for m in mentions(doc, "Place")
    }
    assert expected in places
    assert ("Texas", "US") not in places


def test_other_names_of_large_cities_in_a_trusted_context(analyse: Callable[[str], Doc]) -> None:
    doc = analyse("Officers searched homes in Athens, Thessaloniki and Patras.")
    places = {m.text: meta(doc)[m.kb_id_]["name"] for m in mentions(doc, "Place")}
    assert places["Patras"] == "Pátra"


@pytest.mark.parametrize(
    "text",
    ["They were arrested in Victoria Park on Monday.", "He waited at Lisbon Airport for hours."],
)
def test_a_site_named_after_a_city_is_no_city(analyse: Callable[[str], Doc], text: str) -> None:
    assert cities(analyse, text) == set()


def test_an_office_named_by_its_seat_is_no_city(analyse: Callable[[str], Doc]) -> None:
    found = cities(analyse, "HSI Boston and INTERPOL Washington assisted the officers in Madrid.")
    assert found == {"Madrid"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trucks used the Lagos-Abuja road.", {"Lagos", "Abuja"}),
        ("They crossed at the Tijuana-San Diego border.", {"Tijuana", "San Diego"}),
    ],
)
def test_cities_joined_by_a_hyphen_in_a_route(
    analyse: Callable[[str], Doc], text: str, expected: set[str]
) -> None:
    assert expected <= cities(analyse, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Austro-Hungarian border was closed.", "Hungary"),
        ("The Franco-Spanish operation ended in May.", "Franco"),
        ("Police in Baden-Württemberg arrested four men.", "Baden"),
        ("Officers from Schleswig-Holstein took part.", "Schleswig"),
    ],
)
def test_combining_forms_are_no_cities(
    analyse: Callable[[str], Doc], text: str, absent: str
) -> None:
    assert absent not in cities(analyse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ABUJA, Nigeria (Nov. 12) — The agency said two men were held.", {"Abuja"}),
        ("QUITO, Ecuador, 3 March – Police freed 12 women.", {"Quito"}),
        ("CHIȘINĂU, 18 August 2026 – Border police detained 16 people.", {"Chisinau"}),
    ],
)
def test_a_dateline_in_capitals_before_its_state_or_date(
    analyse: Callable[[str], Doc], text: str, expected: set[str]
) -> None:
    assert cities(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region named after its city is no city
        ("Raids took place in Lagos State and Ogun State.", set()),
        ("Officers in Giza Governorate and Alexandria arrested them.", {"Alexandria"}),
        ("The victims came from Nairobi County.", set()),
        # the city itself stays
        ("The victims were taken from Lagos to Kano.", {"Lagos", "Kano"}),
    ],
)
def test_a_region_named_after_a_city_is_no_city(
    analyse: Callable[[str], Doc], text: str, expected: set[str]
) -> None:
    assert cities(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The network moved migrants on towards Guayaquil.", "Guayaquil"),
        ("They were smuggled into Marseille by lorry.", "Marseille"),
        ("The route ran through Agadez.", "Agadez"),
    ],
)
def test_prepositions_of_movement_name_cities(
    analyse: Callable[[str], Doc], text: str, expected: str
) -> None:
    assert expected in cities(analyse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Mexico City and Panama City arrested six people.",
            {"Mexico City", "Panama City"},
        ),
        ("GUATEMALA CITY (AP) — Authorities arrested 12 people.", {"Guatemala City"}),
    ],
)
def test_a_capital_named_after_its_state(
    analyse: Callable[[str], Doc], text: str, expected: set[str]
) -> None:
    assert cities(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Women were taken to brothels in Buenos Aires and Mar del Plata.",
         {"Buenos Aires", "Mar del Plata"}),
        ("They were recruited in Ciudad del Este with offers of work.", {"Ciudad del Este"}),
        ("Police in Rio de Janeiro arrested five men.", {"Rio de Janeiro"}),
        ("ASUNCIÓN (EFE) – Prosecutors have charged 11 people.", {"Asunción"}),
    ],
)  # fmt: skip
def test_particles_inside_names_and_a_credited_dateline(
    analyse: Callable[[str], Doc], text: str, expected: set[str]
) -> None:
    assert cities(analyse, text) == expected


def test_a_state_word_modifying_what_follows_the_comma_places_no_city(
    analyse: Callable[[str], Doc],
) -> None:
    text = (
        "Police raided parlours in Stockholm, Gothenburg and Helsinki, the Swedish Police "
        "Authority said."
    )
    assert cities(analyse, text) == {"Stockholm", "Gothenburg", "Helsinki"}
