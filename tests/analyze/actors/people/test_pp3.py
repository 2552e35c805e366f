"""People and roles on made-up sentences of the kinds a fresh batch of people-rich texts held: role words
naming a body or a field ("presidential spokesman", "defense lawyer"), nationalities before a title."""

from __future__ import annotations

from pathlib import Path

from _people import people_in
from _sentences import from_text
from briefgen.analyze.actors.find import find_actors


def test_lower_case_words_of_a_body_or_field_belong_to_the_role(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The talks covered trade, according to Kenyan presidential spokesman Hussein Mwangi.\n"
        "“The charges were never proven,” Amara Nwosu, a defense lawyer, told reporters.\n"
        "Police spokesman Daniel Otieno declined to comment, and party official Grace Achieng said nothing.\n",
    )
    assert people["Hussein Mwangi"].role == "Kenyan presidential spokesman"
    assert people["Amara Nwosu"].role == "defense lawyer"


def test_a_nationality_before_a_title_is_the_roles(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Chilean President Rosa Ibáñez met Ugandan Foreign Minister Peter Okello in Santiago on Monday.\n",
    )
    assert people["Rosa Ibáñez"].role == "Chilean President"
    assert people["Peter Okello"].role == "Ugandan Foreign Minister"


def test_korean_given_names_with_five_letter_syllables(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Polls put Jeon Hyun-woong ahead, and Han Ji-hyeok, one of the campaign's organisers, said so on Friday.\n",
    )
    assert {"Jeon Hyun-woong", "Han Ji-hyeok"} <= set(people)


def test_a_retired_officers_rank_keeps_its_mark(tmp_path: Path) -> None:
    people = people_in(tmp_path, "Lieutenant General (Ret.) Ahmad Yasin will head the new agency.\n")
    assert people["Ahmad Yasin"].role == "Lieutenant General (Ret.)"


def test_a_nickname_in_quotation_marks_stays_inside_the_name(tmp_path: Path) -> None:
    people = people_in(tmp_path, 'President Maria "Masha" Oyelaran opened the session. Oyelaran spoke first.\n')
    assert set(people) == {'Maria "Masha" Oyelaran'}
    assert "Oyelaran" in people['Maria "Masha" Oyelaran'].aliases


def test_an_initial_and_one_name_word_before_a_role(tmp_path: Path) -> None:
    people = people_in(tmp_path, "For K. Raghavan, a senior economist at the institute, the figures are sound.\n")
    assert people["K. Raghavan"].role == "senior economist at the institute"


def test_courtesy_words_are_no_role(tmp_path: Path) -> None:
    people = people_in(tmp_path, "H.E. Mr. Batbayar Dorj, Prime Minister of Mongolia, will visit Tokyo next week.\n")
    assert people["Batbayar Dorj"].role == "Prime Minister of Mongolia"


def test_a_real_name_joins_the_stage_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Kizza Lule, whose real name is Robert Ssempa, said the vote was rigged. Police arrested Kizza Lule.\n",
    )
    assert "Robert Ssempa" not in people
    assert "Robert Ssempa" in people["Kizza Lule"].aliases


def test_two_titled_people_joined_by_and_are_no_organisation(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Energy Secretary Carla Diaz and Secretary of the Army Paul Brandt today announced a joint fuel program.\n",
    )
    assert people["Carla Diaz"].role == "Energy Secretary"
    assert people["Paul Brandt"].role == "Secretary of the Army"


def test_a_person_of_an_organisation_is_no_organisation(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "The visit included Senator Ann Ruiz, Maria Keller of the Northern Relief Committee, and staff.\n",
    )
    actors = {a.name: a for a in find_actors(source, sentences)}
    assert actors["Maria Keller"].kind == "person"
    assert actors["Northern Relief Committee"].kind == "organization"


def test_a_bodys_name_right_before_a_title_belongs_to_the_role(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The guests included Northern Rivers Water Authority Chairman Peter Lang and others.\n"
        "She met President Alvarez and Peruvian President Rosa Quispe on Monday.\n",
    )
    assert people["Peter Lang"].role == "Northern Rivers Water Authority Chairman"
    assert people["Rosa Quispe"].role == "Peruvian President"


def test_one_of_several_holding_a_role(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The march was peaceful, and Ana Sousa, one of the organisers of the march, said it would go on.\n",
    )
    assert people["Ana Sousa"].role == "one of the organisers of the march"


def test_an_acronym_after_a_given_name_and_an_article_is_no_family_name(tmp_path: Path) -> None:
    people = people_in(tmp_path, "The aircraft were unloaded at the Darwin RAAF base, where TANAKA Hiroshi spoke.\n")
    assert "Darwin RAAF" not in people


def test_a_given_name_run_naming_a_place_after_the_is_no_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The leaders met at the Kai Tak site and later at the Ronan Keane stadium. Officials of the Joe Biden "
        "administration sent Mary Lopez.\n",
    )
    assert {"Kai Tak", "Ronan Keane"}.isdisjoint(people)
    assert {"Joe Biden", "Mary Lopez"} <= set(people)


def test_headline_verbs_of_briefing_titles_end_a_name(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Navy Press Secretary Laura Brandt Holds a Press Briefing\n"
        "Army Spokesman Updates Reporters on Base Operations\n"
        "MS. BRANDT: Good afternoon, everybody, and thanks for coming in today.\n",
    )
    people = {a.name: a for a in find_actors(source, sentences) if a.kind == "person"}
    assert set(people) == {"Laura Brandt"}
    assert people["Laura Brandt"].role == "Navy Press Secretary"


def test_titles_with_two_portfolios_places_and_bodies_before_them(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Under Secretary of Energy for Science Dr. Ruth Marlow joined Secretary of the Interior Dan Okoro and "
        "Oregon Governor Lisa Kent, and Department of Labor and Workforce Development Secretary Sam Ito.\n",
    )
    assert people["Ruth Marlow"].role == "Under Secretary of Energy for Science"
    assert people["Lisa Kent"].role == "Oregon Governor"
    assert people["Sam Ito"].role == "Department of Labor and Workforce Development Secretary"
    assert people["Dan Okoro"].role == "Secretary of the Interior"


def test_a_role_set_before_a_titled_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Command passed to the commander of U.S. Southern Command, Admiral Rosa Duarte, on Monday. In Lima, "
        "President Ana Vidal spoke.\n",
    )
    assert people["Rosa Duarte"].role == "commander of U.S. Southern Command; Admiral"
    assert people["Ana Vidal"].role == "President"
