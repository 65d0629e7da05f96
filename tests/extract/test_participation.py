"""Who takes part in an operation, one phrasing class per test, on invented sentences.

Each class has several surface forms (word order, voice, verb, preposition); negatives assert
that nationality, route, request, funding and meetings make no participant. These sentences
are how the parse rules in `extract/patterns/participation_roles.json` were written.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from ctgraph.extract.relate import doc_to_records

pytestmark = pytest.mark.model

Found = dict[str, set[str]]


@pytest.fixture(scope="module")
def participants(analyse: Callable[[str], Doc]) -> Callable[[str], Found]:
    """Operation name (or `unnamed`) -> alpha-2 codes of its participants, full pipeline."""

    def run(text: str) -> Found:
        record = doc_to_records(analyse(text), doc_id="t", source="t.txt", sha256="")
        iso = {e.id: e.properties["iso2"] for e in record.by_label("Country")}
        found: Found = {}
        for op in record.by_label("Operation"):
            found[op.name or "unnamed"] = {
                iso[r.source] for r in record.relations
                if r.type == "PARTICIPATED_IN" and r.target == op.id
            }  # fmt: skip
        return found

    return run


def _all(found: Found) -> set[str]:
    return set().union(*found.values()) if found else set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police from Chile and Peru took part in Operation Condor last year.\n", {"CL", "PE"}),
        ("Chile and Peru were also part of Operation Condor.\n", {"CL", "PE"}),
        ("Besides Interpol, part of Operation Condor were also Chile and Peru.\n", {"CL", "PE"}),
        ("Chile, Peru and Ecuador participated in Operation Condor.\n", {"CL", "PE", "EC"}),
        ("Kenya and Uganda launched Operation Condor in March.\n", {"KE", "UG"}),
        ("Operation Condor was conducted by Ghana, Togo and Benin.\n", {"GH", "TG", "BJ"}),
        ("Officers of Nepal and India carried out Operation Condor.\n", {"NP", "IN"}),
        ("Authorities in Norway and Iceland have joined Operation Condor.\n", {"NO", "IS"}),
    ],
)
def test_subject_or_agent_of_a_cooperation_verb(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"CONDOR": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Falcon involved Argentina and Bolivia.\n", {"AR", "BO"}),
        ("Operation Falcon brought together police from Uruguay, Paraguay and Chile.\n",
         {"UY", "PY", "CL"}),
        ("Operation Falcon, involving officers from Latvia and Lithuania, ended in May.\n",
         {"LV", "LT"}),
    ],
)  # fmt: skip
def test_object_of_involve_and_bring_together(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"FALCON": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Austrian and Hungarian police arrested six suspects in Operation Oak.\n", {"AT", "HU"}),
        ("In Operation Oak, Slovak and Czech investigators searched ten houses.\n",
         {"SK", "CZ"}),
        ("Spain's Guardia Civil and Portugal's police cooperated in Operation Oak.\n",
         {"ES", "PT"}),
    ],
)  # fmt: skip
def test_adjective_or_genitive_of_an_authority(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"OAK": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Latvia and Estonia set up a joint investigation team against forced labour.\n",
        "Prosecutors from Latvia and Estonia set up a joint investigation team.\n",
        "Estonian and Latvian authorities teamed up in a joint investigation.\n",
    ],
)
def test_unnamed_cooperation_set_up_by_states(
    participants: Callable[[str], Found], text: str
) -> None:
    assert participants(text) == {"unnamed": {"LV", "EE"}}


@pytest.mark.parametrize(
    "text",
    [
        "Romania, with support from Bulgarian and Greek authorities, dismantled a network in "
        "Operation Lynx.\n",
        "Romanian police dismantled the network in Operation Lynx with assistance from the "
        "police of Bulgaria and Greece.\n",
        "Operation Lynx was led by Romania in cooperation with Bulgaria and Greece.\n",
    ],
)
def test_support_and_cooperation_from_others(
    participants: Callable[[str], Found], text: str
) -> None:
    assert participants(text) == {"LYNX": {"RO", "BG", "GR"}}


@pytest.mark.parametrize(
    "text",
    [
        "Operation Kestrel targeted migrant smuggling. The operation involved Argentina, Bolivia, Brazil, "
        "Chile, Colombia, Ecuador, Paraguay, Peru, Uruguay and Spain.\n",
        "Operation Kestrel targeted migrant smuggling.\nParticipating countries: Argentina, Bolivia, Brazil, "
        "Chile, Colombia, Ecuador, Paraguay, Peru, Uruguay and Spain.\n",
        "Operation Kestrel targeted migrant smuggling. The countries involved in the operation "
        "were Argentina, Bolivia, Brazil, Chile, Colombia, Ecuador, Paraguay, Peru, Uruguay and "
        "Spain.\n",
        "Operation Kestrel targeted migrant smuggling. The following states took part in it: "
        "Argentina, Bolivia, Brazil, Chile, Colombia, Ecuador, Paraguay, Peru, Uruguay and "
        "Spain.\n",
    ],
)
def test_long_list_after_a_lead_in(participants: Callable[[str], Found], text: str) -> None:
    assert participants(text) == {
        "KESTREL": {"AR", "BO", "BR", "CL", "CO", "EC", "PY", "PE", "UY", "ES"}
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Philippine National Bureau of Investigation and the Australian Federal Police "
         "conducted a joint investigation into migrant smuggling.\n", {"PH", "AU"}),
        ("Agents of the Federal Bureau of Investigation and Mexican federal police carried out a "
         "joint investigation into human smuggling.\n", {"US", "MX"}),
        ("A joint investigation by the Nigerian Directorate of Criminal Investigation and "
         "Ghanaian police freed 12 victims.\n", {"NG", "GH"}),
    ],
)  # fmt: skip
def test_an_institution_named_for_investigations_is_no_operation(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """The head word of an operation inside an organisation's name ("Bureau of Investigation")
    starts no second, unnamed operation: the one joint investigation has both states."""
    assert participants(text) == {"unnamed": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Immigration and Customs Enforcement and the Royal Canadian Mounted Police took "
         "part in Operation Harbour.\n", {"US", "CA"}),
        ("HSI and the Colombian National Police conducted Operation Harbour.\n", {"US", "CO"}),
        ("The Guardia Civil and the Carabinieri cooperated in Operation Harbour.\n",
         {"ES", "IT"}),
        ("Operation Harbour was carried out by the National Crime Agency and the Garda.\n",
         {"GB", "IE"}),
        ("Officers of the Policía Nacional de Colombia and the Federal Police of Brazil joined "
         "Operation Harbour.\n", {"CO", "BR"}),
        ("The RCMP and the FBI led Operation Harbour.\n", {"CA", "US"}),
    ],
)  # fmt: skip
def test_agencies_act_for_their_states(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"HARBOUR": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nationality of victims or suspects
        ("Operation Reef, conducted by Spanish police, rescued Nigerian women and arrested "
         "Romanian suspects.\n", {"ES"}),
        ("Italian police led Operation Reef; the victims were nationals of Ghana and Togo.\n",
         {"IT"}),
        # origin, transit, destination
        ("Greek police took part in Operation Reef against a network that moved migrants "
         "from Iraq through Turkey into Bulgaria.\n", {"GR"}),
        ("Operation Reef, carried out by French officers, targeted smuggling from Libya to "
         "Italy via Tunisia.\n", {"FR"}),
        # help requested
        ("Operation Reef was carried out by Austrian police at the request of Germany.\n",
         {"AT"}),
        ("Serbian police, who led Operation Reef, asked Hungary for assistance.\n", {"RS"}),
        # funding
        ("Operation Reef, funded by Norway and Japan, was conducted by Ghanaian police.\n",
         {"GH"}),
        ("Ghanaian police carried out Operation Reef with financial support from Norway.\n",
         {"GH"}),
    ],
)  # fmt: skip
def test_negatives_are_no_participants(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"REEF": expected}


@pytest.mark.parametrize(
    "text",
    [
        "During Operation Marten, police arrested six men in Slovakia and Czechia.\n",
        "Operation Marten led to raids across Slovakia and Czechia.\n",
        "Operation Marten: victims were rescued in Slovakia and in Czechia.\n",
        "Operation Marten took place in Slovakia and Czechia last week.\n",
    ],
)
def test_place_of_an_enforcement_action(participants: Callable[[str], Found], text: str) -> None:
    assert participants(text) == {"MARTEN": {"SK", "CZ"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inside a U.S. and Colombian operation against human smugglers.\n", {"US", "CO"}),
        ("A joint Spanish-Romanian police operation freed twelve victims.\n", {"ES", "RO"}),
        ("Police arrested five men in a Belgian and Dutch operation.\n", {"BE", "NL"}),
    ],
)
def test_states_modifying_an_operation(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"unnamed": expected}


def test_a_criminal_operation_has_no_participants(participants: Callable[[str], Found]) -> None:
    text = "Police dismantled a Nigerian smuggling operation that moved women to Spain.\n"
    assert _all(participants(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Experts from Kenya and Uganda attended a workshop on trafficking in Nairobi.\n",
        "Police officials from Brazil and Argentina met in Buenos Aires to discuss cooperation.\n",
        "Prosecutors from Moldova and Romania took part in a seminar on victim protection.\n",
        "Nigerian and Ghanaian women were trafficked to Italy through Libya.\n",
        "Norway and Sweden funded a training course for border guards.\n",
        "Operation Pike ended in May. A training on trafficking was organised by the FBI.\n",
    ],
)
def test_no_operation_no_participants(participants: Callable[[str], Found], text: str) -> None:
    assert _all(participants(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain and Portugal launched a joint investigation, code-named Tide, in 2021.\n",
         {"ES", "PT"}),
        ("Police in Spain and Portugal opened a joint investigation, codenamed Tide.\n",
         {"ES", "PT"}),
        ("Spanish and Portuguese officers took part in the operation, code-named Tide.\n",
         {"ES", "PT"}),
        ('Officers from Spain, Portugal and France took part in the operation, code-named '
         '"Tide".\n', {"ES", "PT", "FR"}),
        ("Spain, Portugal and Morocco set up a joint operation, dubbed Operation Tide.\n",
         {"ES", "PT", "MA"}),
        ("Spanish and Portuguese police launched a joint investigation called Tide.\n",
         {"ES", "PT"}),
    ],
)  # fmt: skip
def test_name_after_the_participants(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"TIDE": expected}


MANY = (
    "Argentina, Bolivia, Brazil, Chile, Costa Rica, the Dominican Republic, El Salvador, "
    "Trinidad and Tobago, Bosnia and Herzegovina, North Macedonia, the United States and Spain"
)
MANY_CODES = {"AR", "BO", "BR", "CL", "CR", "DO", "SV", "TT", "BA", "MK", "US", "ES"}


@pytest.mark.parametrize(
    "lead_in",
    [
        "The operation involved {}.",
        "Participating countries: {}.",
        "Countries taking part: {}.",
        "Participants: {}.",
        "The 12 participating countries included {}.",
        "Participating countries were {}.",
        "Authorities from the following countries took part: {}.",
        "{} took part in the operation.",
    ],
)
def test_long_list_of_multi_word_names_after_a_lead_in(
    participants: Callable[[str], Found], lead_in: str
) -> None:
    text = "Operation Kestrel targeted trafficking. " + lead_in.format(MANY) + "\n"
    assert participants(text) == {"KESTREL": MANY_CODES}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Royal Thai Police and the Cambodian National Police conducted Operation "
         "Harbour.\n", {"TH", "KH"}),
        ("The Philippine National Police and the Royal Malaysia Police took part in Operation "
         "Harbour.\n", {"PH", "MY"}),
        ("Operation Harbour involved the South African Police Service and the Zimbabwe "
         "Republic Police.\n", {"ZA", "ZW"}),
        ("Operation Harbour involved the Border Guard of Poland and the State Border Guard of "
         "Lithuania.\n", {"PL", "LT"}),
    ],
)  # fmt: skip
def test_agencies_named_in_a_sentence_of_capitalised_names(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"HARBOUR": expected}


def test_support_from_counterparts(participants: Callable[[str], Found]) -> None:
    text = (
        "Operation Lynx: Romanian officers, backed by their counterparts from Bulgaria and "
        "Greece, arrested 10 people.\n"
    )
    assert participants(text) == {"LYNX": {"RO", "BG", "GR"}}


@pytest.mark.parametrize(
    "later",
    [
        # cooperation to come, possible or habitual
        "Germany and France will cooperate in future operations.",
        "Germany could join the operation next year.",
        "The Belgian police continue to work with other agencies, including the German "
        "Federal Police, to fight trafficking.",
        "Germany plans to join similar operations.",
        # another operation
        "Previously, in February, German authorities arrested 13 people.",
        "Simultaneously, a similar action took place in Germany.",
        # a meeting, even after a participation phrase
        "Later, experts from France and Germany met in Paris at a conference.",
    ],
)
def test_unreal_or_other_cooperation_is_no_participation(
    participants: Callable[[str], Found], later: str
) -> None:
    text = f"Operation Reef was led by Belgian and Dutch police. {later}\n"
    assert participants(text) == {"REEF": {"BE", "NL"}}


def test_a_state_that_took_part_stays_when_its_future_is_stated(
    participants: Callable[[str], Found],
) -> None:
    text = "Austria and Hungary, which took part in Operation Reef, will cooperate further.\n"
    assert participants(text) == {"REEF": {"AT", "HU"}}


@pytest.mark.parametrize(
    "text",
    [
        "Twelve children were rescued by a major operation in Ghana and Togo. Nearly 300 "
        "Ghanaian officers took part in Operation Reef.\n",
        "Operation Reef in Ghana and Togo rescued twelve children. Nearly 300 Ghanaian officers "
        "took part in it.\n",
        "Twelve children were rescued during a police operation in Ghana and in Togo, called "
        "Operation Reef, in which Ghanaian officers took part.\n",
    ],
)
def test_a_place_of_the_operation_is_a_host(
    participants: Callable[[str], Found], text: str
) -> None:
    assert participants(text) == {"REEF": {"GH"}}


@pytest.mark.parametrize(
    "text",
    [
        "Spanish and French police launched a joint investigation in 2020. It was dubbed "
        "Operation Falcon.\n",
        "The investigation, led by Spanish police, also involved officers from France. It was "
        "code-named Operation Falcon.\n",
        "Spain and France set up a joint operation last year. It was called Operation Falcon.\n",
    ],
)
def test_the_name_given_in_a_later_sentence(
    participants: Callable[[str], Found], text: str
) -> None:
    assert participants(text) == {"FALCON": {"ES", "FR"}}


@pytest.mark.parametrize(
    "text",
    [
        "Law enforcement agencies from 12 countries, including Peru, Chile and Bolivia, took "
        "part in Operation Falcon.\n",
        "Chile and Bolivia assisted Peru in Operation Falcon.\n",
        "Operation Falcon was led by Peru. Chile and Bolivia supported Peru in the operation.\n",
    ],
)
def test_states_included_or_assisted(participants: Callable[[str], Found], text: str) -> None:
    assert participants(text) == {"FALCON": {"PE", "CL", "BO"}}


@pytest.mark.parametrize(
    "later",
    [
        "Spain requested assistance from Morocco.",
        "Morocco was asked to help.",
        "Spain had sought the cooperation of Morocco and Algeria.",
        "Officers from Morocco and Algeria were trained by Spain before the operation.",
        "An international conference on the results was held in Rabat with delegates from "
        "Morocco and Algeria.",
        "The suspects, Moroccan and Algerian citizens, were arrested in Madrid.",
        "The migrants had travelled from Morocco through Algeria.",
    ],
)
def test_requests_trainings_nationals_and_routes_after_the_operation(
    participants: Callable[[str], Found], later: str
) -> None:
    text = f"Operation Reef was led by Spanish police. {later}\n"
    assert participants(text) == {"REEF": {"ES"}}


@pytest.mark.parametrize(
    "text",
    [
        "During Operation Falcon, arrests were made in Peru (20), Chile (8) and Bolivia (2).\n",
        "Operation Falcon involved Peru (20 officers), Chile (8 officers) and Bolivia (2 "
        "officers).\n",
        "Operation Falcon was carried out by police in Peru (Lima), Chile (Santiago) and "
        "Bolivia (La Paz).\n",
    ],
)
def test_a_list_with_figures_or_cities_in_brackets(
    participants: Callable[[str], Found], text: str
) -> None:
    assert participants(text) == {"FALCON": {"PE", "CL", "BO"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Operation Harbour, Greek and Italian coast guards cooperated to intercept the "
         "vessel.\n", {"GR", "IT"}),
        ("Greek and Italian coastguards intercepted the vessel in Operation Harbour.\n",
         {"GR", "IT"}),
        ("Operation Harbour: Greek and Italian border guards arrested 12 smugglers.\n",
         {"GR", "IT"}),
        ("During Operation Harbour, Greek and Italian customs officers searched the lorries.\n",
         {"GR", "IT"}),
        # the coast is a place, not an authority
        ("Operation Harbour, led by Greek coast guards, rescued migrants off the Italian "
         "coast.\n", {"GR"}),
    ],
)  # fmt: skip
def test_authority_nouns_by_lemma(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"HARBOUR": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany's Federal Criminal Police Office (BKA) coordinated Operation Rhine with Dutch "
         "and Belgian police.\n", {"DE", "NL", "BE"}),
        ("The German Federal Police coordinated Operation Rhine with Dutch and Belgian "
         "police.\n", {"DE", "NL", "BE"}),
        ("Operation Rhine was coordinated by Germany's BKA together with Dutch and Belgian "
         "police.\n", {"DE", "NL", "BE"}),
        ("Germany's BKA led Operation Rhine, in which Dutch and Belgian police took part.\n",
         {"DE", "NL", "BE"}),
        ("Nigeria's NAPTIP partnered with Benin's police on Operation Rhine.\n", {"NG", "BJ"}),
        ("Indonesia's Bareskrim worked with the Royal Malaysia Police in Operation Rhine.\n",
         {"ID", "MY"}),
        # an international body coordinates without making a state take part
        ("Europol coordinated Operation Rhine with Dutch and Belgian police.\n", {"NL", "BE"}),
        ("INTERPOL coordinated Operation Rhine, in which Dutch and Belgian police took part.\n",
         {"NL", "BE"}),
    ],
)  # fmt: skip
def test_a_states_own_agency_coordinating_or_leading(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"RHINE": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Portuguese Judiciary Police dismantled the ring with assistance from the National "
         "Crime Agency of the United Kingdom.\n", {"PT", "GB"}),
        ("The ring was dismantled by Portuguese police in cooperation with the British National "
         "Crime Agency.\n", {"PT", "GB"}),
        ("Spanish police, assisted by the Moroccan police, arrested 15 smugglers.\n",
         {"ES", "MA"}),
        ("Kenyan police rescued 30 girls with the support of Ugandan authorities.\n",
         {"KE", "UG"}),
        ("Police forces of Lithuania and Latvia have jointly dismantled a trafficking ring.\n",
         {"LT", "LV"}),
    ],
)  # fmt: skip
def test_a_joint_enforcement_action_is_an_unnamed_operation(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"unnamed": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Spanish police arrested 15 Moroccan smugglers who had brought migrants from Algeria.\n",
        "Spanish police dismantled the ring after a request for assistance from Morocco.\n",
        "Spanish police dismantled the ring with financial support from Norway.\n",
        "Spanish police dismantled the ring with help from Moroccan informants.\n",
        "Spanish and Moroccan police will jointly dismantle such rings.\n",
        "Spanish police arrested two French nationals in Madrid.\n",
    ],
)
def test_an_enforcement_action_of_one_state_is_no_operation(
    participants: Callable[[str], Found], text: str
) -> None:
    assert _all(participants(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Coral had been planned and executed by Croatian and Slovenian police.\n",
         {"CORAL": {"HR", "SI"}}),
        ("Operation Coral was prepared and carried out by Croatian and Slovenian police.\n",
         {"CORAL": {"HR", "SI"}}),
        ("Officers of the Polícia Federal and of Argentina's Gendarmería Nacional took part in "
         "Operation Coral.\n", {"CORAL": {"BR", "AR"}}),
        ("Police from Chile and from Peru joined Operation Coral.\n", {"CORAL": {"CL", "PE"}}),
    ],
)  # fmt: skip
def test_coordinated_predicates_and_prepositions(
    participants: Callable[[str], Found], text: str, expected: Found
) -> None:
    assert participants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Wave ran in May. Among the participating countries were Austria, Croatia "
         "and Serbia.\n", {"AT", "HR", "RS"}),
        ("Operation Wave ran in May. Among the participants were Austria, Croatia and "
         "Serbia.\n", {"AT", "HR", "RS"}),
        ("The participating agencies came from Austria, Croatia and Serbia. The operation, "
         "called Wave, ended in June.\n", {"AT", "HR", "RS"}),
        ("Operation Wave was led by Austrian police. Among the countries of origin were Nigeria "
         "and Ghana.\n", {"AT"}),
        ("Operation Wave was led by Austrian police. Among the victims were Nigerian and "
         "Ghanaian women.\n", {"AT"}),
    ],
)  # fmt: skip
def test_among_the_participants(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"WAVE": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Mercury targeted smugglers operating between Mexico and Guatemala; it was "
         "conducted by Mexican police.\n", {"MX"}),
        ("Operation Mercury, led by Mexican police, hit a network moving migrants between "
         "Guatemala and the United States.\n", {"MX"}),
        # a meeting or agreement before or after, or in a relative clause, blocks nobody
        ("Ghanaian police led Operation Mercury after a seminar in Accra with experts from "
         "Germany.\n", {"GH"}),
        ("After signing an agreement, Spain and Morocco launched Operation Mercury.\n",
         {"ES", "MA"}),
        ("Police from Chad and Niger, who had met at a conference in May, carried out "
         "Operation Mercury.\n", {"TD", "NE"}),
        ("Experts from Chad and Niger met at a conference after Operation Mercury.\n", set()),
    ],
)  # fmt: skip
def test_movements_and_meetings_around_the_actors(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"MERCURY": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Support to Operation Jade came from Latvia and Lithuania, while Estonia led it.\n",
         {"LV", "LT", "EE"}),
        ("Assistance for Operation Jade came from Latvia and Lithuania; Estonia led it.\n",
         {"LV", "LT", "EE"}),
        ("Operation Jade, a cross-border operation by Tanzania and Mozambique, freed 50 "
         "people.\n", {"TZ", "MZ"}),
        ("Operation Jade, an investigation by Tanzania and Mozambique, freed 50 people.\n",
         {"TZ", "MZ"}),
        ("Operation Jade relied on the Dutch Royal Marechaussee and the Belgian Federal "
         "Police.\n", {"NL", "BE"}),
        ("Operation Jade depended on police from Tanzania and Mozambique.\n", {"TZ", "MZ"}),
        ("The Bangladeshi and Indian border forces conducted Operation Jade along the border.\n",
         {"BD", "IN"}),
        # a linker that belongs to another noun: the offenders, not the actors
        ("Operation Jade targeted a gang of Vietnamese traffickers in the United Kingdom; "
         "British police led it.\n", {"GB"}),
        ("Operation Jade, led by British police, freed victims from Vietnam and Albania.\n",
         {"GB"}),
        ("Operation Jade relied on intelligence from Vietnam; British police led it.\n",
         {"GB"}),
    ],
)  # fmt: skip
def test_support_agents_and_linkers_of_an_operation(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"JADE": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thailand's DSI helped Cambodian police during Operation Sable.\n", {"TH", "KH"}),
        ("Operation Sable was a joint Franco-Spanish effort.\n", {"FR", "ES"}),
        ("A joint Italo-Albanian police operation, code-named Sable, freed 12 women.\n",
         {"IT", "AL"}),
        ("Polish Border Guard officers, together with Ukrainian colleagues, intercepted a bus in "
         "Operation Sable.\n", {"PL", "UA"}),
        ("Polish police intercepted a bus in Operation Sable together with Ukrainian "
         "officers.\n", {"PL", "UA"}),
        # a finite clause after a semicolon is not governed by its verb of wish
        ("Operation Sable was led by Spain; one suspect was wanted by France.\n", {"ES"}),
        ("Operation Sable was led by Spain; France wanted to join it.\n", {"ES"}),
    ],
)  # fmt: skip
def test_helpers_hyphened_pairs_and_companions(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"SABLE": expected}


def test_a_combining_form_needs_its_hyphen(participants: Callable[[str], Found]) -> None:
    text = "General Franco ruled Spain. Operation Sable was led by Spanish police.\n"
    assert participants(text) == {"SABLE": {"ES"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Spanish-led Operation Ember also involved Portuguese officers.\n", {"ES", "PT"}),
        ("Operation Ember, a Dutch-coordinated action, also involved Belgian officers.\n",
         {"NL", "BE"}),
        ("Operation Ember was announced by Qatar, whose police led it with support from Oman.\n",
         {"QA", "OM"}),
        # a meeting or visit blocks only its own clause
        ("Italy hosted a meeting on Operation Ember, which was run by the Maltese police.\n",
         {"MT"}),
        ("Operation Ember, led by Serbian police, followed a visit by Hungarian ministers.\n",
         {"RS"}),
        ("Kenyan police led Operation Ember. Earlier, its officers had attended a workshop "
         "organised by Britain and the United States.\n", {"KE"}),
        ("Operation Ember was led by Belgian police, who facilitated cooperation with Dutch and "
         "German prosecutors by organising meetings.\n", {"BE"}),
        # the genitive state owns an agency name several states use
        ("Operation Ember relied on Estonian prosecutors, who worked with Finland's National "
         "Bureau of Investigation.\n", {"EE", "FI"}),
        # a state running the crime is no actor
        ("Albanian-run brothels were raided by Italian police in Operation Ember.\n", {"IT"}),
    ],
)  # fmt: skip
def test_led_by_a_state_and_clauses_of_meetings(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"EMBER": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Tunisian National Guard, with Italian support, intercepted 14 boats in Operation "
         "Quill.\n", {"TN", "IT"}),
        ("Tunisian police intercepted 14 boats in Operation Quill with Maltese and Italian "
         "assistance.\n", {"TN", "MT", "IT"}),
        ("Operation Quill was a success, said the head of Uganda's police, which led it "
         "alongside Kenya.\n", {"UG", "KE"}),
        ("Ugandan police raided 12 houses alongside Kenyan officers in Operation Quill.\n",
         {"UG", "KE"}),
        # money is no support of the operation's actors
        ("Tunisian police intercepted 14 boats in Operation Quill with Norwegian financial "
         "support.\n", {"TN"}),
        ("Tunisian police intercepted 14 boats in Operation Quill with Norwegian funding.\n",
         {"TN"}),
    ],
)  # fmt: skip
def test_support_named_by_its_state_and_alongside(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"QUILL": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Czech and Slovak investigators dismantled a people-smuggling ring.\n", {"CZ", "SK"}),
        ("Hungarian and Austrian police broke up a network that moved migrants to Germany.\n",
         {"HU", "AT"}),
        ("Officers from Thailand and Malaysia dismantled a trafficking syndicate.\n",
         {"TH", "MY"}),
        ("A criminal network was dismantled by Chilean and Argentine police.\n", {"CL", "AR"}),
        ("Police of Zambia and Malawi have dismantled the gang behind the recruitment.\n",
         {"ZM", "MW"}),
    ],
)  # fmt: skip
def test_two_states_authorities_against_one_group(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """Two states' authorities as the one subject (or agent) of an enforcement verb whose
    object is one group ("a ring", "the network") act together: an unnamed operation."""
    assert participants(text) == {"unnamed": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Czech and Slovak police arrested dozens of smugglers last year.\n",
        "Czech police dismantled a ring of Slovak and Hungarian smugglers.\n",
        "Czech and Slovak investigators will dismantle the network.\n",
        "Bulgarian and Romanian nationals were arrested when police dismantled a ring.\n",
        "Nigerian and Ghanaian smugglers set up a network in Libya.\n",
    ],
)
def test_separate_actions_or_nationals_against_a_group_are_no_operation(
    participants: Callable[[str], Found], text: str
) -> None:
    assert _all(participants(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers from Benin joined their Nigerian counterparts in raiding a farm.\n",
         {"BJ", "NG"}),
        ("Gambian police worked with Senegalese gendarmes to dismantle a smuggling network.\n",
         {"GM", "SN"}),
        ("Jordanian investigators cooperated with Iraqi police in arresting eleven traffickers.\n",
         {"JO", "IQ"}),
        ("Peruvian police teamed up with Ecuadorian officers to rescue 40 women.\n",
         {"PE", "EC"}),
    ],
)  # fmt: skip
def test_working_together_to_carry_out_an_enforcement_action(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """A verb of working together whose complement is an enforcement action ("joined B in
    raiding", "worked with B to dismantle"): the partners act in one unnamed operation."""
    assert participants(text) == {"unnamed": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Gambian police will work with Senegalese gendarmes to dismantle such networks.\n",
        "Gambian police worked with Senegalese officials on a plan to dismantle networks.\n",
        "Gambia cooperated with Senegal to raise awareness of trafficking.\n",
        "Gambian police asked Senegalese gendarmes to help arrest the smugglers.\n",
    ],
)
def test_working_together_without_an_action_is_no_operation(
    participants: Callable[[str], Found], text: str
) -> None:
    assert _all(participants(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The raid was a joint effort of the Bolivian and Peruvian police.\n", {"BO", "PE"}),
        ("A joint raid by Kenyan and Ugandan police freed 25 children.\n", {"KE", "UG"}),
        ("The arrests followed a combined sweep by Fijian and Tongan officers.\n",
         {"FJ", "TO"}),
    ],
)  # fmt: skip
def test_a_joint_effort_of_two_states_in_an_enforcement_sentence(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """A joint effort, raid or sweep of two states' authorities, in a sentence of an
    enforcement action, is an unnamed operation even without the word "operation"."""
    assert participants(text) == {"unnamed": expected}


@pytest.mark.parametrize(
    "text",
    [
        "A joint effort of Bolivia and Peru to raise awareness of trafficking began in May.\n",
        "Officials called for a joint effort of Bolivian and Peruvian police to arrest "
        "smugglers.\n",
    ],
)
def test_a_joint_effort_without_an_action_is_no_operation(
    participants: Callable[[str], Found], text: str
) -> None:
    assert _all(participants(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parallel investigations in Portugal and Brazil led to nine arrests.\n", {"PT", "BR"}),
        ("Police in Argentina and Paraguay opened mirror investigations into the network.\n",
         {"AR", "PY"}),
        ("Prosecutors in Spain and Colombia ran parallel investigations into the ring.\n",
         {"ES", "CO"}),
        ("Mirror investigations by Italian and Albanian prosecutors identified 30 suspects.\n",
         {"IT", "AL"}),
    ],
)  # fmt: skip
def test_parallel_or_mirror_investigations(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """Parallel or mirror investigations are one unnamed operation of the states whose
    authorities run them ("in A and B" is each investigation's own jurisdiction)."""
    assert participants(text) == {"unnamed": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Investigations in Portugal and Brazil are continuing.\n",
        "Parallel investigations could be opened in Portugal and Brazil.\n",
        "The smugglers ran parallel routes through Portugal and Brazil.\n",
    ],
)
def test_investigations_without_a_pair_are_no_operation(
    participants: Callable[[str], Found], text: str
) -> None:
    assert _all(participants(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cameroonian and Nigerian police led Operation Chad Basin.\n",
         {"CHAD BASIN": {"CM", "NG"}}),
        ("Operation Niger Delta, run by Nigerian police with Ghanaian officers, freed 50 "
         "girls.\n", {"NIGER DELTA": {"NG", "GH"}}),
        ("Australian and Indonesian police arrested six smugglers in Operation Timor Gate.\n",
         {"TIMOR GATE": {"AU", "ID"}}),
    ],
)  # fmt: skip
def test_a_state_inside_an_operations_name_is_no_participant(
    participants: Callable[[str], Found], text: str, expected: Found
) -> None:
    assert participants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Baobab was executed by the gendarmeries of Mali, Niger and Burkina Faso.\n",
         {"ML", "NE", "BF"}),
        ("The gendarmeries of Chad and Cameroon took part in Operation Baobab.\n",
         {"TD", "CM"}),
    ],
)  # fmt: skip
def test_plural_gendarmeries(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """ "gendarmeries" is lemmatised "gendarmery": both spellings are authority nouns."""
    assert participants(text) == {"BAOBAB": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Kite was hosted by Ghana, whose police led it.\n", {"GH"}),
        ("Operation Kite was hosted by Qatar, whose police ran it with officers from Oman.\n",
         {"QA", "OM"}),
        ("Operation Kite, hosted by Malawi, whose officers carried it out, freed 12 boys.\n",
         {"MW"}),
        # the relative clause holds no act: the host stays a host
        ("Operation Kite was hosted by Qatar, whose ambassador praised the police of Oman.\n",
         set()),
        ("A workshop on Operation Kite was hosted by Qatar, whose police trained officers "
         "from Oman.\n", set()),
    ],
)  # fmt: skip
def test_a_host_whose_authorities_act_in_the_relative_clause(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """A host word blocks the host's own clause, not a "whose" relative clause in which the
    host's authorities act."""
    assert _all(participants(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ugandan police raided 12 houses with Kenyan officers in Operation Kite.\n",
         {"KITE": {"UG", "KE"}}),
        ("Operation Kite was led by Chile with the police of Bolivia.\n",
         {"KITE": {"CL", "BO"}}),
        ("Moldovan investigators searched 14 homes with Romanian prosecutors.\n",
         {"unnamed": {"MD", "RO"}}),
        # with something else than an authority: no companion
        ("Ugandan police arrested a man with forged Kenyan documents in Operation Kite.\n",
         {"KITE": {"UG"}}),
        ("Police in Operation Kite detained the captain with crew members from Ghana.\n",
         {"KITE": set()}),
        ("Ugandan police raided the houses in Operation Kite with funding from Kenya.\n",
         {"KITE": {"UG"}}),
    ],
)  # fmt: skip
def test_authorities_with_whom_an_action_is_done(
    participants: Callable[[str], Found], text: str, expected: Found
) -> None:
    """An authority noun after `with` on a cooperation or enforcement verb ("raided houses
    with Kenyan officers", "led it with the police of B") is a companion that acts."""
    assert participants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croatia and Slovenia each provided officers to Operation Karst.\n", {"HR", "SI"}),
        ("Greece sent two patrol vessels to Operation Karst.\n", {"GR"}),
        ("Officers seconded by Austria to Operation Karst arrested three drivers.\n", {"AT"}),
        ("Hungary and Slovakia dispatched investigators to Operation Karst in May.\n",
         {"HU", "SK"}),
        # money, equipment handed over or an offer is no contingent
        ("Germany provided funding to Operation Karst.\n", set()),
        ("Germany provided equipment to Operation Karst.\n", set()),
        ("Germany offered officers to Operation Karst.\n", set()),
    ],
)  # fmt: skip
def test_a_contingent_provided_to_an_operation(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """A state that provides, sends, seconds or dispatches officers, vessels or teams to an
    operation takes part in it."""
    assert participants(text) == {"KARST": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sri Lanka and the Maldives were the partner countries in Operation Atoll.\n",
         {"LK", "MV"}),
        ("Sri Lanka and the Maldives were the participating states of Operation Atoll.\n",
         {"LK", "MV"}),
        ("Sri Lanka was a participant in Operation Atoll.\n", {"LK"}),
        ("Sri Lanka was the country of origin in Operation Atoll.\n", set()),
    ],
)  # fmt: skip
def test_states_named_as_the_operations_partners(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """A copula whose attribute is a participant, partner or participating state of the
    operation: its subject takes part."""
    assert participants(text) == {"ATOLL": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Steppe was a joint undertaking of the police of Kazakhstan and "
         "Kyrgyzstan.\n", {"STEPPE": {"KZ", "KG"}}),
        ("Operation Steppe, a joint endeavour of Kazakh and Uzbek police, freed 40 workers.\n",
         {"STEPPE": {"KZ", "UZ"}}),
        ("The Nigerian and Beninese authorities conducted simultaneous raids on 4 May.\n",
         {"unnamed": {"NG", "BJ"}}),
        ("Police of Ghana and Togo carried out synchronised searches in 30 villages.\n",
         {"unnamed": {"GH", "TG"}}),
        # separate actions of each state, or one state alone
        ("The Nigerian and Beninese authorities conducted raids throughout the year.\n", {}),
        ("Nigerian police conducted simultaneous raids in Benin City and Lagos.\n", {}),
    ],
)  # fmt: skip
def test_joint_undertakings_and_simultaneous_actions(
    participants: Callable[[str], Found], text: str, expected: Found
) -> None:
    """A joint undertaking or endeavour of two states, and simultaneous or synchronised
    actions conducted by two states' authorities, are an operation of both."""
    assert participants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana and Togo signed a protocol in 2022. In March, the two countries' police "
         "arrested seven traffickers at the border.\n", {"unnamed": {"GH", "TG"}}),
        ("Operation Lagoon targeted smugglers on the coast. Officers from both countries, "
         "Benin and Nigeria, took part in it.\n", {"LAGOON": {"BJ", "NG"}}),
        ("Operation Lagoon was announced by Benin and Nigeria in May. Police of both "
         "countries searched 40 boats.\n", {"LAGOON": {"BJ", "NG"}}),
        ("Chile, Peru and Bolivia met in Lima. Operation Puna followed, in which the police "
         "of the three countries arrested 30 suspects.\n", {"PUNA": {"CL", "PE", "BO"}}),
    ],
)  # fmt: skip
def test_the_two_countries_named_before(
    participants: Callable[[str], Found], text: str, expected: Found
) -> None:
    """ "the two countries' police", "officers from both countries": the states named just
    before (the nearest sentence naming as many) act."""
    assert participants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number that does not match, a plan, a meeting, or the reference is no actor
        ("Ghana, Togo and Benin signed a protocol. The two countries' police arrested seven "
         "traffickers.\n", {}),
        ("Ghana and Togo signed a protocol. The police of both countries will arrest "
         "smugglers together.\n", {}),
        ("Ghana and Togo signed a protocol. Ministers of both countries met in Accra.\n", {}),
        ("Operation Lagoon was run by Benin. Victims from both countries, Togo and Ghana, "
         "were freed.\n", {"LAGOON": {"BJ"}}),
    ],
)  # fmt: skip
def test_the_two_countries_without_an_act(
    participants: Callable[[str], Found], text: str, expected: Found
) -> None:
    assert participants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Zephyr was a success thanks to the Egyptian and Jordanian police.\n",
         {"EG", "JO"}),
        ("Thanks to Ghana's immigration service and Nigeria's police, Operation Zephyr freed "
         "40 girls.\n", {"GH", "NG"}),
        ("Operation Zephyr succeeded thanks to Kenya and Uganda.\n", {"KE", "UG"}),
        # thanks to something else than a state or its authorities
        ("Operation Zephyr succeeded thanks to funding from Norway.\n", set()),
        ("Thanks to Egypt's geography, smugglers favour the route; Operation Zephyr was run "
         "by Jordan.\n", {"JO"}),
    ],
)  # fmt: skip
def test_credited_with_the_result(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """A result credited to states or their authorities ("a success thanks to A and B
    police"): they acted in the operation."""
    assert participants(text) == {"ZEPHYR": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguayan and Brazilian federal agents took down a forgery ring.\n", {"UY", "BR"}),
        ("Police of Laos and Vietnam rounded up a gang that sold brides.\n", {"LA", "VN"}),
        ("A trafficking network was taken down by Slovak and Czech investigators.\n",
         {"SK", "CZ"}),
    ],
)  # fmt: skip
def test_phrasal_enforcement_verbs(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """ "took down", "rounded up", "shut down", "wiped out": phrasal verbs of enforcement."""
    assert participants(text) == {"unnamed": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatari and Omani investigators, acting in concert, arrested a recruiter.\n",
         {"QA", "OM"}),
        ("In a joint effort, Thai and Lao police arrested four recruiters.\n", {"TH", "LA"}),
        ("Working in tandem, Kenyan and Ugandan officers rescued 20 girls.\n", {"KE", "UG"}),
        ("In a coordinated action, Serbian and Hungarian police arrested 11 smugglers.\n",
         {"RS", "HU"}),
    ],
)  # fmt: skip
def test_acting_in_concert_or_in_a_joint_effort(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """ "acting in concert", "in tandem", "in a joint effort": as "jointly", two states'
    authorities acting in one enforcement action make it an unnamed operation."""
    assert participants(text) == {"unnamed": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Thai and Lao police arrested four recruiters in separate raids.\n",
        "In a joint statement, Thai and Lao police said they arrested four recruiters.\n",
        "In a joint effort to be launched next year, Thai and Lao police will arrest recruiters.\n",
    ],
)
def test_separate_actions_or_statements_are_no_concert(
    participants: Callable[[str], Found], text: str
) -> None:
    assert _all(participants(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Europol-backed action day saw officers from Romania, Moldova and Ukraine inspect "
         "400 vehicles.\n", {"unnamed": {"RO", "MD", "UA"}}),
        ("Operation Rila saw police from Bulgaria and North Macedonia arrest 12 people.\n",
         {"RILA": {"BG", "MK"}}),
        ("Operation Rila saw the participation of Bulgaria and Serbia.\n",
         {"RILA": {"BG", "RS"}}),
        # what the operation saw is not always an actor
        ("Operation Rila saw Bulgarian and Serbian victims freed by Greek police.\n",
         {"RILA": {"GR"}}),
    ],
)  # fmt: skip
def test_an_operation_saw_authorities_act(
    participants: Callable[[str], Found], text: str, expected: Found
) -> None:
    """ "Operation X saw police from A and B arrest …": the authorities the operation saw
    act; "an action day" is an operation without a qualifier."""
    assert participants(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Kilimanjaro involved the police forces of seven East African states, among "
         "them Kenya, Uganda and Tanzania.\n", {"KE", "UG", "TZ"}),
        ("Operation Kilimanjaro brought together agencies of five states, namely Kenya, Uganda, "
         "Tanzania, Rwanda and Burundi.\n", {"KE", "UG", "TZ", "RW", "BI"}),
        # a list after a verb in between names somebody else
        ("Operation Kilimanjaro involved police forces, who rescued 30 victims, among them "
         "Kenyans and Ugandans.\n", set()),
    ],
)  # fmt: skip
def test_members_of_a_collective_after_among_them(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """A collective actor ("the police forces of seven states") holds the list after "among
    them" or "namely" in its clause."""
    assert participants(text) == {"KILIMANJARO": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors from Belgium and France coordinated the arrest of 14 suspects.\n",
         {"BE", "FR"}),
        ("Estonian and Latvian police coordinated raids on six farms.\n", {"EE", "LV"}),
        # one state coordinating
        ("Belgian prosecutors coordinated the arrest of 14 French suspects.\n", set()),
    ],
)  # fmt: skip
def test_two_states_coordinating_an_enforcement_action(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """Two states' authorities as the one subject of a verb of working together whose object
    is an enforcement action ("coordinated the arrest of …")."""
    assert _all(participants(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The arrests were made by Ecuador's National Police in cooperation with the "
         "Colombian authorities.\n", {"EC", "CO"}),
        ("Bolivian police made six arrests with the support of Chilean authorities.\n",
         {"BO", "CL"}),
        # one state making arrests of another's nationals
        ("Bolivian police made six arrests of Chilean nationals.\n", set()),
    ],
)  # fmt: skip
def test_arrests_made_by_a_state_with_another(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """ "made arrests", "arrests were made by": a light verb with an enforcement noun is an
    enforcement action of its subject or agent."""
    assert _all(participants(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police of Azerbaijan and Georgia rescued 17 women in simultaneous raids.\n",
         {"AZ", "GE"}),
        ("Swiss and Italian officers arrested 9 people in coordinated searches.\n",
         {"CH", "IT"}),
        # separate raids
        ("Police of Azerbaijan and Georgia rescued 17 women in raids last year.\n", set()),
    ],
)  # fmt: skip
def test_an_action_in_simultaneous_raids(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """An enforcement verb "in simultaneous raids", "in coordinated searches": as "jointly"."""
    assert _all(participants(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Tanzanian Police Force, with officers of the Kenyan police, dismantled a "
         "trafficking cell.\n", {"TZ", "KE"}),
        ("Chilean police, with Peruvian investigators, arrested 12 people.\n", {"CL", "PE"}),
        # with something else than an authority
        ("Chilean police, with Peruvian passports as evidence, arrested 12 people.\n", set()),
    ],
)  # fmt: skip
def test_authorities_with_the_subject(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """An authority after `with` on the subject of an enforcement action acts with it."""
    assert _all(participants(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Spanish Guardia Civil arrested five smugglers, aided by Moroccan gendarmes.\n",
         {"ES", "MA"}),
        ("The Romanian Border Police detained 20 migrants, assisted by Bulgarian officers.\n",
         {"RO", "BG"}),
        # help that is no state's authority
        ("The Spanish Guardia Civil arrested five smugglers, aided by local fishermen.\n",
         set()),
    ],
)  # fmt: skip
def test_a_state_adjective_inside_an_agency_name_and_a_helper(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """A state adjective that begins an agency's name ("the Spanish Guardia Civil") acts
    with it; "aided by B's gendarmes" joins the action."""
    assert _all(participants(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt and Libya's coast guards conducted a joint patrol that intercepted five "
         "boats.\n", {"EG", "LY"}),
        ("Jamaican and Trinidadian police worked hand in hand to shut down a trafficking "
         "ring.\n", {"JM", "TT"}),
        # a patrol of one state, or patrols agreed for the future
        ("Egyptian coast guards conducted a patrol that intercepted five Libyan boats.\n",
         set()),
        ("Egypt and Libya agreed to conduct joint patrols next year.\n", set()),
    ],
)  # fmt: skip
def test_joint_patrols_and_working_together_to_shut_down(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """A joint patrol conducted by two states' authorities, and working together to carry out
    a phrasal enforcement action ("to shut down"), are unnamed operations."""
    assert _all(participants(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Law enforcement from Nigeria, Niger and Benin participated in the three-day "
         "operation, which freed 90 children.\n", {"NG", "NE", "BJ"}),
        ("Officers from Peru and Chile took part in the two-week operation.\n", {"PE", "CL"}),
    ],
)  # fmt: skip
def test_the_operation_with_a_duration(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """ "the three-day operation", "the two-week operation": a reference to an operation
    whatever its duration modifier."""
    assert _all(participants(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Lynx was carried out by the police of Montenegro together with Albanian "
         "colleagues.\n", {"ME", "AL"}),
        ("Operation Lynx involved officers of Serbia along with Bosnian investigators.\n",
         {"RS", "BA"}),
        # together with somebody who is no authority
        ("Operation Lynx, run by the police of Montenegro together with local NGOs, freed 12 "
         "women.\n", {"ME"}),
        ("Operation Lynx was carried out by the police of Montenegro together with families "
         "from Albania.\n", {"ME"}),
    ],
)  # fmt: skip
def test_an_authority_together_with_another(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """An acting authority "together with" or "along with" another state's authority: both
    act, wherever the actor stands (subject, agent, object)."""
    assert participants(text) == {"LYNX": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cyprus and Greece joined Operation Aegean Link in May. The coast guards of both "
         "countries patrolled the waters for a month.\n", {"CY", "GR"}),
        ("Operation Aegean Link was announced by Cyprus and Greece in May. The coast guards "
         "of both countries patrolled the waters for a month.\n", {"CY", "GR"}),
        ("Turkish coast guards patrolled the Aegean during Operation Aegean Link.\n", {"TR"}),
        ("Turkish coast guards will patrol the Aegean during Operation Aegean Link.\n",
         set()),
    ],
)  # fmt: skip
def test_patrolling_is_an_enforcement_action(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"AEGEAN LINK": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Red Lantern involved officers from Hong Kong, Macao and mainland China.\n",
         {"HK", "MO", "CN"}),
        ("Operation Red Lantern involved police from Spain and metropolitan France.\n",
         {"ES", "FR"}),
    ],
)  # fmt: skip
def test_a_geographic_qualifier_inside_a_list(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """ "mainland China", "metropolitan France": a qualifier of a state does not end a list."""
    assert participants(text) == {"RED LANTERN": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Kudu drew support from Japan's and South Korea's coast guards.\n",
         {"JP", "KR"}),
        ("Operation Kudu received assistance from Namibian and Angolan police.\n",
         {"NA", "AO"}),
        # money is no support of the operation's actors
        ("Operation Kudu received financial support from Japan and South Korea.\n", set()),
    ],
)  # fmt: skip
def test_support_drawn_from_states(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """ "drew / received / obtained support from": the source acts, unless the support is
    money."""
    assert participants(text) == {"KUDU": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A total of 18 countries took part in Operation Kudu, including Canada, Norway and "
         "Iceland.\n", {"CA", "NO", "IS"}),
        ("Twelve countries joined Operation Kudu, including Chile and Peru.\n", {"CL", "PE"}),
        ("Police of 30 states participated in Operation Kudu, including Ghana's.\n", {"GH"}),
        # a list of something else after "including"
        ("A total of 18 countries took part in Operation Kudu, including operations in "
         "Canada and Norway.\n", set()),
    ],
)  # fmt: skip
def test_a_counted_collective_and_its_list_after_including(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """ "18 countries took part …, including A, B and C": a counted collective actor holds the
    list of states right after a later "including"."""
    assert participants(text) == {"KUDU": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Argentine police arrested the ring's leader in Buenos Aires while Uruguayan police "
         "simultaneously searched his properties.\n", {"AR", "UY"}),
        ("Dutch and Belgian investigators rolled up a network that exploited migrants.\n",
         {"NL", "BE"}),
        # one state's simultaneous actions
        ("Argentine police simultaneously searched houses of Uruguayan suspects.\n", set()),
    ],
)  # fmt: skip
def test_simultaneous_actions_of_two_states_and_rolled_up(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert _all(participants(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Royal Thai Police and Lao police jointly rescued 60 people.\n", {"TH", "LA"}),
        ("The searches in Durrës were carried out by Albanian police in cooperation with the "
         "Greek police.\n", {"AL", "GR"}),
        ("Bulgarian police conducted raids with assistance from Turkish police.\n",
         {"BG", "TR"}),
        # one state's raids
        ("Bulgarian police conducted raids on Turkish-owned shops.\n", set()),
    ],
)  # fmt: skip
def test_agency_names_with_a_state_inside_and_raids_carried_out(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    """ "The Royal Thai Police and Lao police": the state inside a name modifying the head
    acts; "the searches were carried out by A's police" is an enforcement action of A."""
    assert _all(participants(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operation Kudu was observed by experts from Zambia and Malawi; Namibian police ran "
         "it.\n", {"NA"}),
        ("Observers from Zambia and Malawi followed Operation Kudu, which Namibian and Angolan "
         "police carried out.\n", {"NA", "AO"}),
        ("Zambia and Malawi took part in Operation Kudu as observers.\n", set()),
    ],
)  # fmt: skip
def test_observers_are_no_participants(
    participants: Callable[[str], Found], text: str, expected: set[str]
) -> None:
    assert participants(text) == {"KUDU": expected}


@pytest.mark.parametrize(
    "text",
    [
        "Operation Nordic Gate ran in March.\n\nParticipating countries\nDenmark\nFinland\n"
        "Iceland\n\nThe operation was coordinated by Europol.\n",
        "Operation Nordic Gate ran in March.\n\nThe following countries took part:\nDenmark – 4 "
        "arrests\nFinland – 2 arrests\nIceland\n",
    ],
)
def test_one_state_per_line_after_a_lead_in(
    participants: Callable[[str], Found], text: str
) -> None:
    assert participants(text) == {"NORDIC GATE": {"DK", "FI", "IS"}}


@pytest.mark.parametrize(
    "text",
    [
        "Operation Nordic Gate was run by Spanish police in March.\n\nCountries of origin\n"
        "Nigeria\nGhana\n\nThe operation freed 40 victims.\n",
        "Operation Nordic Gate was run by Spanish police in March.\n\nVictims came from:\n"
        "Nigeria\nGhana\n",
    ],
)
def test_one_state_per_line_after_another_heading_is_no_list_of_participants(
    participants: Callable[[str], Found], text: str
) -> None:
    assert participants(text) == {"NORDIC GATE": {"ES"}}
