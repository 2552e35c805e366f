"""People and roles on made-up sentences of the kinds the pp6- batch held: a province or city of two words
taken for a name, a Thai family name with a one-letter syllable, a role whose words run back to the clause's
edge, and a body's name (with its acronym in brackets) opening the sentence before a title."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_a_province_of_two_words_is_no_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Residents of Binh Duong and Hai Phong said prices rose. Nay Pyi Taw announced new measures on Monday.\n",
    )
    assert "Hai Phong" not in people
    assert "Nay Pyi Taw" not in people


def test_a_province_name_with_a_title_stays_a_person(tmp_path: Path) -> None:
    people = people_in(tmp_path, "In 1945 President Ho Chi Minh declared independence. Ho Chi Minh spoke in Hanoi.\n")
    assert "Ho Chi Minh" in people


def test_a_thai_family_name_with_a_one_letter_syllable(tmp_path: Path) -> None:
    people = people_in(tmp_path, "Prime Minister Prayut Chan-o-cha said the vote would be held in May.\n")
    assert "Prayut Chan-o-cha" in people


def test_a_role_whose_words_reach_back_to_the_clause_edge(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Flooding worsened yesterday, Sylhet region head government administrator Mosharraf Hossain said.\n"
        "The general said ousted civilian leader Aung San Suu Kyi was in good health.\n"
        "Pipdda village resident Sharif Ahmed Majumdar remarked on the scale of the flood.\n",
    )
    assert people["Mosharraf Hossain"].role == "Sylhet region head government administrator"
    assert people["Aung San Suu Kyi"].role == "ousted civilian leader"
    assert people["Sharif Ahmed Majumdar"].role == "Pipdda village resident"


def test_a_verb_before_the_role_keeps_it_short(tmp_path: Path) -> None:
    people = people_in(tmp_path, "On Monday, Thai police detained activist Somchai Wongsawat in Bangkok.\n")
    assert people["Somchai Wongsawat"].role == "activist"


def test_a_body_name_opening_the_sentence_before_a_title(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The count went on. Union Election Commission Chairman Thein Soe said the inquiry was almost complete.\n"
        "National Assembly (NA) Chairman Vuong Dinh Hue hosted a reception in Hanoi.\n",
    )
    assert people["Thein Soe"].role == "Union Election Commission Chairman"
    assert people["Vuong Dinh Hue"].role == "National Assembly (NA) Chairman"


def test_a_sentence_opener_is_no_body_before_a_title(tmp_path: Path) -> None:
    people = people_in(
        tmp_path, "The count went on. Meanwhile Election Commission Chairman Thein Soe said it was done.\n"
    )
    assert people["Thein Soe"].role != "Meanwhile Election Commission Chairman"


def test_a_heading_name_is_cut_to_the_name_the_text_writes_alone(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Congresswoman Barbara Lee Commends Passage of the Farm Bill\n"
        "WASHINGTON -- Congresswoman Barbara Lee (CA-13) issued the following statement today.\n"
        "“I am pleased to see this bill pass,” said Congresswoman Lee.\n",
    )
    assert "Barbara Lee" in people
    assert "Barbara Lee Commends Passage" not in people


def test_a_post_at_a_body_after_the_name_whatever_its_word(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Her body was recovered on Saturday night, said Sanowar Hossain, officer-in-charge (OC) of Nalitabari Police "
        "Station.\nThe body was found later, said Habibur Rahman, OC of Nakla Police Station.\n"
        "The farmer, said Rahim Uddin, native of Kerala, was not at home.\n",
    )
    assert people["Sanowar Hossain"].role == "officer-in-charge (OC) of Nalitabari Police Station"
    assert people["Habibur Rahman"].role == "OC of Nakla Police Station"
    assert people.get("Rahim Uddin") is None or people["Rahim Uddin"].role != "native of Kerala"


def test_a_role_that_runs_into_the_next_titled_name_is_not_taken(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "He came with State Secretary Antony Blinken, U.S. Ambassador to Vietnam Marc E. Knapper, and Special "
        "Presidential Envoy for Climate John Kerry.\n",
    )
    assert people["Antony Blinken"].role == "State Secretary"


def test_a_role_ends_with_its_sentence_after_an_abbreviation(tmp_path: Path) -> None:
    people = people_in(
        tmp_path, "Olivier Blanchard is the chief economist for the I.M.F. He has said that banks are rebuilding.\n"
    )
    assert people["Olivier Blanchard"].role == "chief economist for the I.M.F."


def test_a_preposition_opens_the_phrase_of_a_role(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The team promised a good fight against world champion Ma Long on Sunday.\n"
        "On that day Vietnamese communist leader Ho Chi Minh proclaimed independence.\n",
    )
    assert people["Ma Long"].role == "world champion"
    assert people["Ho Chi Minh"].role == "Vietnamese communist leader"


def test_a_name_with_the_person_s_age_after_it(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The three deceased were identified as Zahura Khatun, 70, of Chenguria village; Muktar Hossain, 50, of "
        "Urfa union, said police.\n",
    )
    assert "Zahura Khatun" in people
    assert "Muktar Hossain" in people


def test_initials_given_in_a_transcript_label_make_no_organisation(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Secretary Teodoro L. Locsin, Jr. (SFA): Good morning.\nKaren Davila (KD): Alright, sir.\n"
        "SFA: I believe that they responded.\nKD: Okay.\n",
    )
    assert "Karen Davila" in people


def test_a_slip_of_the_pen_in_a_name_is_the_same_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Only the junta is to blame, said Nya Phone Latt, a spokesman.\n"
        "Regarding the statement, NUG spokesman Nay Phone Latt said, “We protested the coup peacefully.”\n"
        "Nay Phone Latt said, “The world has clearly seen who is doing the violence.”\n",
    )
    assert "Nay Phone Latt" in people
    assert "Nya Phone Latt" not in people


def test_one_letter_changed_is_another_person(tmp_path: Path) -> None:
    people = people_in(tmp_path, "Nguyen Van Hung met Nguyen Van Hong on Monday, said Tran Duc Luong.\n")
    assert "Nguyen Van Hung" in people and "Nguyen Van Hong" in people


def test_a_ship_is_no_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The carrier HMS Queen Elizabeth sailed to Singapore and USS John S. McCain docked in Da Nang.\n"
        "Toyota Motor said sales fell.\n",
    )
    assert people == {}


def test_a_burmese_courtesy_title(tmp_path: Path) -> None:
    people = people_in(tmp_path, "The envoy met Daw Aung San Suu Kyi in Naypyidaw on Monday.\n")
    assert "Aung San Suu Kyi" in people


def test_a_list_of_titled_people_gives_the_first_no_role_of_the_others(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Senior Minister Teo Chee Hean, Deputy Prime Minister Lawrence Wong and Minister for Foreign Affairs Vivian "
        "Balakrishnan attended.\n",
    )
    assert people["Teo Chee Hean"].role == "Senior Minister"
    assert people["Lawrence Wong"].role == "Deputy Prime Minister"


def test_spellings_with_and_without_diacritics_or_hyphens_are_one_person(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "North Korean leader Kim Jong-un met officials. Later, Kim Jong Un said the tests would continue.\n"
        "Party chief Nguyễn Phú Trọng spoke. Nguyen Phu Trong said the party was strong.\n"
        "President Xi Jinping spoke. Xi Jin Ping said the talks were good.\n",
    )
    assert sorted(people) == ["Kim Jong-un", "Nguyễn Phú Trọng", "Xi Jinping"]
    assert "Kim Jong Un" in people["Kim Jong-un"].aliases


def test_a_thing_named_after_a_person_is_no_mention_of_one(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "King Salman Bin Abdulaziz Airport opened. Queen Sirikit Convention Centre hosted the forum.\n"
        "Delegates stayed at the President Hotel. The Senator John McCain Award was presented.\n",
    )
    assert people == {}



def test_a_headline_verb_ends_a_name_in_a_heading(tmp_path: Path) -> None:
    people = people_in(
        tmp_path, "Senator Bob Menendez Slams Beijing Over Hong Kong\nThe senator spoke on Monday in Washington.\n"
    )
    assert list(people) == ["Bob Menendez"]


def test_roles_of_ordinary_people_and_academics(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The village is prone to flooding, but villager Mehedi Hasan Parvez said he had never seen it this bad.\n"
        "“The sea is empty,” said Joko Susilo, a fisherman.\n",
    )
    assert people["Mehedi Hasan Parvez"].role == "villager"
    assert people["Joko Susilo"].role == "fisherman"


def test_a_party_office_and_a_body_with_its_acronym_before_a_role(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Awami League General Secretary Obaidul Quader rejected the claim.\n"
        "In Pakistan, Pakistan Tehreek-e-Insaf (PTI) chairman Imran Khan remained in jail.\n",
    )
    assert people["Obaidul Quader"].role == "Awami League General Secretary"
    assert people["Imran Khan"].role == "Pakistan Tehreek-e-Insaf (PTI) chairman"
