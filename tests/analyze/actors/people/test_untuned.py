"""People on texts nobody tuned on: transcript labels, introductions, signatures, names in capitals or after
titles, and the junk that sentence openers, headline verbs and company names made."""

from __future__ import annotations

from pathlib import Path

from _people import people_in


def test_transcript_labels_resolve_to_the_names_the_text_gives(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Press Briefing by the Department Spokesperson\n"
        "MR. KIRBY: Good afternoon. I am joined today by our deputy, and we have Laura Chen here too.\n"
        "Our spokesman today is John Kirby, as you know.\n"
        "MS. CHEN: Thank you, John. I will be brief.\n"
        "QUESTION: Can you say more about the talks?\n"
        "MR. DOYLE: I can take that one.\n"
        "MODERATOR: We have time for one more.\n",
    )
    assert {"John Kirby", "Laura Chen", "Doyle"} <= set(people)
    assert "Kirby" in people["John Kirby"].aliases
    assert not {"Moderator", "Question", "Kirby", "Chen"} & set(people)


def test_titled_labels_and_spellings(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Remarks by Governor Sam McAllister and Secretary of State Antony J. Blinken\n"
        "GOVERNOR MCALLISTER: Welcome, everybody, to the state capital this morning.\n"
        "SECRETARY BLINKEN: Thank you, Governor McAllister, for having us here today.\n"
        "SEC. BLINKEN: One more point on the agreement we signed.\n",
    )
    assert {"Sam McAllister", "Antony J. Blinken"} <= set(people)
    assert "McAllister" in people["Sam McAllister"].aliases
    assert not {"Mcallister", "Blinken"} & set(people)


def test_introductions_with_is_and_semicolons(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Maria Okafor is a senior economist at the World Bank. She expects slower growth next year.\n"
        "Tomas Lindqvist is the chief negotiator for the union. He spoke after the vote.\n"
        "Rosa Mendes is with the research group Crisis Watch. She follows the region closely.\n"
        "Harbor Analytics is a company based in Oslo. It sells weather data.\n"
        "Today we have Wei Zhang; she is the Assistant Secretary for Trade.\n",
    )
    assert people["Maria Okafor"].role == "senior economist"
    assert people["Tomas Lindqvist"].role == "chief negotiator for the union"
    assert "Rosa Mendes" in people
    assert people["Wei Zhang"].role == "Assistant Secretary for Trade"
    assert "Harbor Analytics" not in people


def test_one_word_titles_as_family_names(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Forecaster Anna King said the storm would weaken by Friday. King said roads would reopen.\n"
        "Peter Judge told reporters the vote was close.\n"
        "Economist Laura Diaz said prices would keep rising.\n",
    )
    assert people["Anna King"].role == "Forecaster"
    assert "King" in people["Anna King"].aliases
    assert "Peter Judge" in people
    assert people["Laura Diaz"].role == "Economist"
    assert not {"Forecaster Anna King", "Economist Laura Diaz"} & set(people)


def test_family_names_in_capitals(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Foreign Minister HAYASHI Yoshimasa met his counterpart on Tuesday. Hayashi later called it useful.\n"
        "SATO Kenji said the talks were useful. Later, Deputy Minister Aiko MORI joined them.\n"
        "NATO Secretary General Jens Stoltenberg spoke next.\n",
    )
    assert {"HAYASHI Yoshimasa", "SATO Kenji", "Aiko MORI", "Jens Stoltenberg"} <= set(people)
    assert people["HAYASHI Yoshimasa"].role == "Foreign Minister"
    assert "Hayashi" in people["HAYASHI Yoshimasa"].aliases


def test_titled_names_in_headings(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Remarks by Prime Minister Albanese at the Lowy Institute\n"
        "The Prime Minister spoke about regional security for an hour.\n",
    )
    assert people["Albanese"].role == "Prime Minister"
    people = people_in(
        tmp_path,
        "President Harlan Announces New Actions on Climate Resilience\n"
        "Secretary Morrow Meets Indian Counterpart\n"
        "The measures take effect in May and cover coastal towns.\n",
    )
    assert {"Harlan", "Morrow"} <= set(people)
    assert not any("Announces" in name or "Meets" in name for name in people)


def test_sentence_openers_and_companies_are_not_names(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Although Kim Sok said he would appeal, the court closed the case.\n"
        "Meanwhile Tran Van Minh told the assembly that prices had eased.\n"
        "London-based Harrow Ventures said it would invest $5 million.\n"
        "The research firm Maple Insights said demand had fallen.\n",
    )
    assert {"Kim Sok", "Tran Van Minh"} <= set(people)
    assert not {"Although Kim Sok", "Meanwhile Tran Van Minh", "Harrow Ventures", "Maple Insights"} & set(people)


def test_signature_lines(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "We thank every partner who reported incidents this year.\n"
        "Jane R. Holloway\n"
        "Deputy Director\n"
        "Office of Cyber Resilience\n"
        "Marcus Webb\n"
        "Secretary of Agriculture\n",
    )
    assert people["Jane R. Holloway"].role == "Deputy Director"
    assert people["Marcus Webb"].role == "Secretary of Agriculture"


def test_a_capitalised_particle_joins_the_full_name(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Foreign Secretary Teodoro del Pilar arrived on Monday. Del Pilar said the talks went well.\n"
        "Later, Van Houten said the same. Defence Minister Pieter van Houten agreed.\n",
    )
    assert {"Del Pilar"} <= set(people["Teodoro del Pilar"].aliases)
    assert "Del Pilar" not in people


def test_a_title_in_the_plural_is_no_name_word(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "Present were Ministers Tomas Rell of Avonia, Dara Quill of Brenmark, Ilse Varn of Corvia, and "
        "Pia Lund of Dunmore.\n",
    )
    assert {"Dara Quill", "Ilse Varn", "Pia Lund"} <= set(people)
    assert not any(name.startswith("Ministers") for name in people)


def test_malaysian_honours_are_titles_of_courtesy(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The forum was opened by The Honourable Dato' Seri Amran Yusof, Prime Minister of Selaria.\n"
        "Datuk Farid Kamal said the plan would help. Minister Tan Wei Ming agreed.\n",
    )
    assert people["Amran Yusof"].role == "Prime Minister of Selaria"
    assert {"Farid Kamal", "Tan Wei Ming"} <= set(people)
    assert not {"Dato", "Seri Amran Yusof", "Datuk Farid Kamal"} & set(people)


def test_a_place_after_of_is_no_list_mate(tmp_path: Path) -> None:
    people = people_in(
        tmp_path,
        "The statement was signed by the chairman of the forum and Governor of Benu Oka, Tamba Orji.\n"
        "Talks were held with Ada Rinn of Velmar, Coro Best of Tavia and Minister Ilo Fenn.\n",
    )
    assert people["Tamba Orji"].role == "Governor of Benu Oka"
    assert "Benu Oka" not in people
    assert {"Ada Rinn", "Coro Best", "Ilo Fenn"} <= set(people)


def test_a_portuguese_e_joins_a_family_name(tmp_path: Path) -> None:
    people = people_in(tmp_path, "The envoy met Prime Minister Lauro Mendes e Costa in Praia on Monday.\n")
    assert people["Lauro Mendes e Costa"].role == "Prime Minister"
    assert "Lauro Mendes" not in people
