"""Actors: people with their titles and roles, organisations with acronyms, countries; mentions merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from _sentences import from_text, load
from briefgen.analyze.actors.find import find_actors
from briefgen.model import Actor, Source


def _by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


def _assert_cites_exact(source: Source, actors: list[Actor]) -> None:
    for actor in actors:
        assert actor.cite is not None
        surface = source.text[actor.cite.start : actor.cite.end]
        assert surface in (actor.name, *actor.aliases), actor
        paragraph = source.paragraphs[actor.cite.paragraph]
        assert paragraph.start <= actor.cite.start < actor.cite.end <= paragraph.end


@pytest.fixture(scope="module")
def seed() -> tuple[Source, list[Actor]]:
    source, sentences = load("cambodia")
    return source, find_actors(source, sentences)


def test_people_with_titles_and_appositions(seed: tuple[Source, list[Actor]]) -> None:
    actors = _by_name(seed[1])
    prak = actors["Prak Sokhonn"]
    assert prak.kind == "person"
    assert prak.role == "Deputy Prime Minister; Minister of Foreign Affairs and International Cooperation"
    assert actors["Vong Pisen"].role == "General; Commander-in-Chief of the Royal Cambodian Armed Forces (RCAF)"
    assert actors["Samuel J. Paparo"].role == "Admiral; Commander of the U.S. Indo-Pacific Command"
    assert actors["Hun Manet"].role == "Prime Minister"


def test_later_mentions_merge_into_one_person(seed: tuple[Source, list[Actor]]) -> None:
    actors = _by_name(seed[1])
    pisen = actors["Vong Pisen"]
    # "Vong Pisen", "Pisen highlighted…", "The general reaffirmed…"
    assert pisen.mentions == 3
    assert pisen.aliases == ("Pisen",)
    assert actors["Samuel J. Paparo"].aliases == ("Paparo",)
    assert actors["Hun Manet"].mentions == 3
    assert not any(name in actors for name in ("Pisen", "Paparo", "Sokhonn"))


def test_organisations_join_their_acronyms(seed: tuple[Source, list[Actor]]) -> None:
    actors = _by_name(seed[1])
    rcaf = actors["Royal Cambodian Armed Forces"]
    assert (rcaf.kind, rcaf.aliases, rcaf.mentions) == ("organization", ("RCAF",), 1)
    asem = actors["Asia-Europe Meeting"]
    assert asem.aliases == ("ASEM",) and asem.mentions >= 8
    cpp = actors["Cambodian People’s Party"]
    assert cpp.aliases == ("CPP",) and cpp.mentions == 2


def test_an_acronym_for_a_programme_or_law_is_not_an_organisation(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Vietnam received $150 million under the Foreign Military Financing (FMF) program.\n"
        "Exports licensed as Direct Commercial Sales (DCS) reached $52 million, the Defense Security "
        "Cooperation Agency (DSCA) said, citing the Inflation Reduction Act (IRA).\n",
    )
    actors = _by_name(find_actors(source, sentences))
    assert actors["Defense Security Cooperation Agency"].kind == "organization"
    assert not {"Foreign Military Financing", "Direct Commercial Sales", "Inflation Reduction Act"} & set(actors)


def test_an_acronym_for_holders_of_an_office_is_not_an_organisation(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "The general spoke at the Indo-Pacific Chiefs of Defence (CHODs) meeting, and the Council of Ministers "
        "(COM) of the Union approved the plan with the Joint Chiefs of Staff (JCS).\n",
    )
    actors = _by_name(find_actors(source, sentences))
    assert "Chiefs of Defence" not in actors and "Indo-Pacific Chiefs of Defence" not in actors
    assert actors["Council of Ministers"].kind == actors["Joint Chiefs of Staff"].kind == "organization"


def test_an_acronym_takes_as_many_words_as_it_has_letters(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "The ministers met during the 20th International Institute for Strategic Studies (IISS) Asia Security "
        "Summit in Singapore.\n",
    )
    actors = _by_name(find_actors(source, sentences))
    assert actors["International Institute for Strategic Studies"].aliases == ("IISS",)
    assert "Institute for Strategic Studies" not in actors


def test_countries_with_adjectives_and_capitals(seed: tuple[Source, list[Actor]]) -> None:
    actors = _by_name(seed[1])
    assert actors["Cambodia"].kind == "country"
    assert {"Beijing", "Chinese"} <= set(actors["China"].aliases)
    assert "Phnom Penh" in actors["Cambodia"].aliases
    assert "U.S." in actors["United States"].aliases
    assert actors["Russia"].aliases == ("Russian", "Moscow")
    assert "Taiwan" not in actors  # only "Taiwan Strait", a place


def test_sorted_by_mentions_then_first_appearance(seed: tuple[Source, list[Actor]]) -> None:
    source, actors = seed
    keys = [(-a.mentions, a.cite.start if a.cite else 0) for a in actors]
    assert keys == sorted(keys)
    assert actors[0].name == "Cambodia"
    _assert_cites_exact(source, actors)


def test_readouts_biden_xi_and_hun_sen() -> None:
    source, sentences = load("08")
    actors = _by_name(find_actors(source, sentences))
    biden = actors["Joseph R. Biden, Jr."]
    assert (biden.kind, biden.role) == ("person", "President")
    assert {"Biden", "Joe Biden"} <= set(biden.aliases)
    xi = actors["Xi Jinping"]
    assert xi.role == "President of the People’s Republic of China (PRC)"
    assert xi.aliases == ("Xi",)
    assert "PRC" in actors["China"].aliases
    assert actors["Blinken"].role == "Secretary of State"
    _assert_cites_exact(source, list(actors.values()))

    source, sentences = load("06")
    actors = _by_name(find_actors(source, sentences))
    # the headline "… with Prime Minister Hun Sen of Cambodia" comes first
    assert actors["Hun Sen"].role == "Prime Minister of Cambodia; 2022 ASEAN Chair"
    assert "Biden" in actors["Joseph R. Biden, Jr."].aliases
    assert "Burma" in actors["Myanmar"].aliases


def test_secretaries_with_portfolios() -> None:
    source, sentences = load("05")
    actors = _by_name(find_actors(source, sentences))
    assert actors["Antony Blinken"].role == "Secretary of State"
    assert actors["Xavier Becerra"].role == "Secretary of Health and Human Services"
    assert actors["Lloyd Austin"].role == "Secretary of Defense"
    assert actors["Katherine Tai"].aliases == ("Tai",)
    assert "Department of Energy" in actors["U.S. Department of Energy"].aliases


def test_every_fixture_gives_exact_cites() -> None:
    for name in ("cambodia", "05", "06", "07", "08"):
        source, sentences = load(name)
        _assert_cites_exact(source, find_actors(source, sentences))


def test_speech_verbs_and_appositions_find_people(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Sri Mulyani Indrawati, who remains finance minister, said the deficit would stay small.\n"
        "Ursula von der Leyen, President of the European Commission, told reporters the talks went well.\n"
        "North Korean leader Kim Jong Un inspected the site. Analysts at Goldman Sachs said it was risky.\n"
        "Later, Sri Mulyani said more.\n",
    )
    actors = _by_name(find_actors(source, sentences))
    assert actors["Sri Mulyani Indrawati"].aliases == ("Sri Mulyani",)
    assert actors["Ursula von der Leyen"].role == "President of the European Commission"
    assert actors["European Commission"].kind == "organization"
    assert actors["Kim Jong Un"].kind == "person"
    assert actors["Goldman Sachs"].kind == "organization"  # a firm with a person's name, known as a firm
    assert actors["North Korea"].aliases == ("North Korean",)


def test_capitalised_headings_and_places_are_not_people(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Regional Tensions Shape Security Outlook\n"
        "Ships patrol the South China Sea and the Taiwan Strait, the general public was told.\n",
    )
    assert find_actors(source, sentences) == []


def test_role_reference_counts_only_when_it_names_the_person(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "General Tea Banh inspected the troops. The general public was not admitted. The general left.\n",
    )
    actors = _by_name(find_actors(source, sentences))
    assert actors["Tea Banh"].mentions == 2
    assert actors["Tea Banh"].aliases == ()


def test_lower_case_roles_before_full_names(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "He urged the release of U.S.-Cambodian dual citizen Seng Theary and prominent activist Kem Sokha.\n"
        "North Korean leader Kim Jong Un met Foreign Ministry spokesperson Mao Ning.\n"
        "The official said the plan was good, and journalists waited.\n",
    )
    actors = _by_name(find_actors(source, sentences))
    assert actors["Seng Theary"].role == "U.S.-Cambodian dual citizen"
    assert actors["Kem Sokha"].role == "prominent activist"
    assert actors["Kim Jong Un"].role == "North Korean leader"
    assert actors["Mao Ning"].role == "Foreign Ministry spokesperson"
    assert [a.kind for a in actors.values()].count("person") == 4


def test_organisation_spellings_and_country_prefixes_join(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "USAID and the ASEAN Center for Climate Change signed a plan.\n"
        "The U.S. Agency for International Development will fund the ASEAN Centre for Climate Change.\n"
        "UN Women joined them.\n",
    )
    orgs = [a for a in find_actors(source, sentences) if a.kind == "organization"]
    names = {a.name: a for a in orgs}
    usaid = names["United States Agency for International Development"]
    assert set(usaid.aliases) == {"USAID", "U.S. Agency for International Development"}
    assert len([a for a in orgs if "Climate Change" in a.name]) == 1
    assert "UN Women" in names


def test_a_company_named_with_and_without_its_designator_is_one_organisation(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Union Pacific Corporation reported higher income on Thursday.\n"
        "The Union Pacific team is focused on customers, Union Pacific said.\n",
    )
    orgs = [a for a in find_actors(source, sentences) if a.kind == "organization"]
    assert [o.name for o in orgs] == ["Union Pacific Corporation"]


def test_a_plural_possessive_is_a_word_of_an_organisations_name(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path, "Officials met members of the Workers’ Party of Korea in Pyongyang on Monday.\n"
    )
    orgs = [a.name for a in find_actors(source, sentences) if a.kind == "organization"]
    assert orgs == ["Workers’ Party of Korea"]


def test_an_actor_named_only_by_initials_after_a_longer_name_counts_one_mention(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "The training center is a joint effort of the U.S. Embassy International Narcotics and Law "
        "Enforcement Affairs (INL) office and the U.S. Coast Guard.\n",
    )
    actors = find_actors(source, sentences)
    assert actors and all(a.mentions >= 1 for a in actors)


def test_an_organisation_name_stops_before_a_date_or_a_purpose(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "The Ruritanian Coast Guard on August 5th blocked a supply boat near the reef.\n"
        "The Government of Laos for the Northern Railway Project signed a loan, officials told the Daily "
        "Service on Tuesday.\n",
    )
    actors = _by_name(find_actors(source, sentences))
    assert actors["Government of Laos"].kind == "organization"
    assert not any(" on " in name or " for " in name for name in actors)


def test_two_countries_coast_guards_are_two_organisations(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "The Philippine Coast Guard said its boat was hit by water cannon.\n"
        "The Chinese Coast Guard said its ships acted lawfully.\n",
    )
    actors = _by_name(find_actors(source, sentences))
    assert {"Philippine Coast Guard", "Chinese Coast Guard"} <= set(actors)
