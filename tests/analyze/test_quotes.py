"""Quotes: the words inside the marks, verbatim, and who said them (pronouns resolved)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from _sentences import from_text, load
from briefgen.analyze.actors.find import actor_findings
from briefgen.analyze.actors.turns import find_turns
from briefgen.analyze.quotes import find_quotes
from briefgen.model import Quote, Sentence, Source


def _quotes(source: Source, sentences: Sequence[Sentence]) -> list[Quote]:
    quotes = find_quotes(source, sentences, actor_findings(source, sentences).mentions)
    for quote in quotes:
        assert source.text[quote.cite.start : quote.cite.end] == quote.text
        paragraph = source.paragraphs[quote.cite.paragraph]
        assert paragraph.start <= quote.cite.start < quote.cite.end <= paragraph.end
    return quotes


def test_seed_quotes_all_resolve_to_prak_sokhonn() -> None:
    source, sentences = load("cambodia")
    quotes = _quotes(source, sentences)
    assert [q.speaker for q in quotes] == ["Prak Sokhonn"] * 4
    texts = [q.text for q in quotes]
    assert texts[0] == (
        "It is a great pleasure and honor to join other ASEM partners around the world in celebrating ASEM Day"
    )
    assert texts[1].startswith("This special occasion marks nearly three decades")  # follows the attributed one
    assert texts[2].startswith("Guided by principles of equal partnership")  # “…,” he stated.
    assert texts[3].startswith("Despite current challenges, Cambodia")  # “…,” he added.
    assert texts[3].endswith("to drive global cooperation")


def test_readouts_have_no_quotes() -> None:
    for name in ("05", "06", "07", "08"):
        source, sentences = load(name)
        assert _quotes(source, sentences) == []


def test_quote_across_two_sentences_is_one(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Foreign Minister Wang Yi spoke on Monday. “We are ready to talk. We will not wait forever,” he said.\n",
    )
    quotes = _quotes(source, sentences)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Wang Yi", "We are ready to talk. We will not wait forever")
    ]


def test_attribution_forms(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Prime Minister Hun Manet opened the session.\n"
        "“This is a historic day for all of us,” said Hun Manet.\n"
        "Marles, 56, said: \"We are living through the most challenging times in decades.\"\n"
        "‘We will be back next year for sure,’ she added.\n"
        "“Nobody knows what will happen next,” they said.\n",
    )
    quotes = _quotes(source, sentences)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Hun Manet", "This is a historic day for all of us"),
        ("Marles", "We are living through the most challenging times in decades."),
        ("Marles", "We will be back next year for sure"),
        ("", "Nobody knows what will happen next"),
    ]


def test_scare_quotes_and_quoted_names_are_skipped(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "The meeting “Plus” format and the “Food for School Feeding” program continue. "
        "The talks are ‘a first step’, officials said.\n",
    )
    assert _quotes(source, sentences) == []


def test_role_reference_as_speaker(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "General Vong Pisen met the delegation.\n“Our forces stand ready to help at any time,” the general said.\n",
    )
    assert [q.speaker for q in _quotes(source, sentences)] == ["Vong Pisen"]


def test_a_role_before_the_speakers_name(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "“We will not accept any interference,” Foreign Ministry spokesperson Mao Ning told reporters.\n"
        "“The decision is final and binding,” said Justice Ministry spokesman Chin Malin.\n",
    )
    assert [q.speaker for q in _quotes(source, sentences)] == ["Mao Ning", "Chin Malin"]


def test_transcript_turns_are_quotes_with_their_speakers(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Press Briefing\n"
        "MR. KIRBY:  Good afternoon, everybody. Thanks for coming on a Friday. We have a lot to cover.\n"
        "I will start with the trip.\n"
        "Our spokesman is John Kirby, as you know.\n"
        "QUESTION:  Can you say more about the talks with the delegation?\n"
        "SENIOR ADMINISTRATION OFFICIAL:  Sure. We met for two hours and covered trade and the border.\n"
        "Q  And the sanctions, are those still on the table?\n"
        "MODERATOR:  We have time for one more question from the back of the room.\n"
        "PRESIDENT ORTEGA:  (As interpreted.)  Thank you, Mr. President, for your warm welcome today.\n",
    )
    quotes = _quotes(source, sentences)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("John Kirby", "Good afternoon, everybody. Thanks for coming on a Friday."),
        ("Senior Administration Official", "Sure. We met for two hours and covered trade and the border."),
        ("Moderator", "We have time for one more question from the back of the room."),
        ("Ortega", "Thank you, Mr. President, for your warm welcome today."),
    ]  # questions ("QUESTION:", "Q") are the reporters': no quote


def test_title_case_labels_and_the_one_titled_person(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Remarks by President Delacroix on the Flood Recovery\n"
        "THE PRESIDENT:  Good morning. The water is going down, and we are rebuilding.\n"
        "Moderator:  Thank you, Mr. President. We will now take questions.\n"
        "Secretary Ibsen:  Let me add a word on the budget for the repairs.\n",
    )
    quotes = _quotes(source, sentences)
    assert [q.speaker for q in quotes] == ["Delacroix", "Moderator", "Ibsen"]
    assert quotes[0].text == "Good morning. The water is going down, and we are rebuilding."


def test_a_label_with_a_title_of_several_words_names_the_person_and_the_role(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Secretary of Defense Bilateral\n"
        "SECRETARY OF DEFENSE PETE HEGSETH:  Well, Mr. President, it is great to see you again.\n"
        "PRESIDENT FERDINAND MARCOS:  It is good to be back in Washington for these talks.\n"
        "SECRETARY OF DEFENSE PETE HEGSETH:  Our alliance has never been stronger than it is today.\n",
    )
    quotes = _quotes(source, sentences)
    assert [q.speaker for q in quotes] == ["Pete Hegseth", "Ferdinand Marcos", "Pete Hegseth"]
    people = {a.name: a.role for a in actor_findings(source, sentences).actors if a.kind == "person"}
    assert people["Pete Hegseth"] == "Secretary of Defense"


def test_a_reporter_labelled_by_name_and_outlet_asks_and_makes_no_quote(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Press Conference by the Foreign Minister\n"
        "Ukai, TV Tokyo: I have a question on the vessels near the islands yesterday. What is your view?\n"
        "Mr. Fumio Kishida, Minister for Foreign Affairs: We are very concerned about the situation there.\n"
        "Chijiwa, TV Asahi: This is related. Earlier encounters involved coast guards. Is this more dangerous?\n"
        "Minister Kishida: We will continue to respond calmly and firmly to the situation.\n",
    )
    assert [t.kind for t in find_turns(source.text, sentences)] == ["question", "person", "question", "person"]
    assert [q.speaker for q in _quotes(source, sentences)] == ["Fumio Kishida", "Fumio Kishida"]


def test_a_speaker_whose_initials_are_written_together_is_named(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "“Our purpose is to make sure the ships have easy access to the port. We do not need a base,” said "
        "K.P. Fabian, a former deputy high commissioner of India to Sri Lanka.\n"
        "“The U.S. Navy will keep sailing here,” said U.S. Ambassador Julie Chung.\n",
    )
    assert [q.speaker for q in _quotes(source, sentences)] == ["K.P. Fabian", "Julie Chung"]


def test_a_label_like_line_in_prose_is_no_turn(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "NOTE: The figures below are preliminary and will be revised.\n"
        "Washington: the capital saw record heat on Tuesday afternoon.\n"
        "Background: talks began in March and stalled in June.\n",
    )
    assert _quotes(source, sentences) == []


def test_mixed_quotation_marks(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Mayor Ruth Alvarez spoke on Monday.\n"
        "\"We will open cooling centers across the city tonight,” Alvarez said.\n"
        "“Nobody should be alone in this heat,\" she added.\n"
        "\"The buses will run late on both days,'' Alvarez said. "
        "That means \"nobody has to walk home in the dark this week.''\n",
    )
    quotes = _quotes(source, sentences)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Ruth Alvarez", "We will open cooling centers across the city tonight"),
        ("Ruth Alvarez", "Nobody should be alone in this heat"),
        ("Ruth Alvarez", "The buses will run late on both days"),
        ("Ruth Alvarez", "nobody has to walk home in the dark this week."),
    ]


def test_speakers_named_by_role_only_keep_the_role_as_written(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "\"The talks were productive and will continue,\" a government spokesman said.\n"
        "“Heavy rain is expected along the coast through Thursday,” the weather service in Manila predicted.\n"
        "An official of the ministry told reporters: “No decision has been made on the tariffs.”\n",
    )
    quotes = _quotes(source, sentences)
    assert [q.speaker for q in quotes] == [
        "a government spokesman", "the weather service in Manila", "An official of the ministry",
    ]


def test_titles_of_works_are_not_quotes(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "The report “Ending Hunger in the Mekong Basin” said rice yields fell, Minister Ana Ruiz said.\n"
        "Her book \"The Long Road Home\" was published in May, the publisher said.\n"
        "A study titled “where the water goes when rivers dry” found losses, the ministry said.\n"
        "“We will publish the full data next month,” Ruiz said.\n",
    )
    quotes = _quotes(source, sentences)
    assert [(q.speaker, q.text) for q in quotes] == [("Ana Ruiz", "We will publish the full data next month")]


def test_speaker_after_a_role_with_its_place(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Accompanied by the United States Ambassador to Chile, Dana Whitfield, the delegation toured the port.\n"
        "“Our support for the port upgrade is long term,” said U.S. Ambassador to Chile Dana Whitfield.\n"
        "“These projects will outlast any one government,” said the Ambassador.\n",
    )
    quotes = _quotes(source, sentences)
    assert [q.speaker for q in quotes] == ["Dana Whitfield", "Dana Whitfield"]


def test_the_attribution_before_a_quote_is_found_as_by_the_full_pattern() -> None:
    from briefgen.analyze import quotes

    texts = [
        "Prak Sokhonn said: ",
        "He added that ",
        "the minister told reporters, ",
        "When asked whether the talks would go on, he said ",
        "Kim, the minister, said ",
        "The talks went on. Nobody ",
        "She said the talks had failed. Then ",
        "",
    ]
    for text in texts:
        fast, full = quotes._before(text, 0, len(text)), quotes._BEFORE.search(text, 0, len(text))
        assert (fast and (fast.span(), fast.groupdict())) == (full and (full.span(), full.groupdict())), text
    assert quotes._before("He said the talks failed. Then ", 0, 31) is None


def test_a_label_with_a_title_an_initial_and_a_generation_names_the_person(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Secretary of Defense Press Availability in Singapore\n"
        "STAFF: Well, good morning. The secretary will have some brief opening remarks.\n"
        "SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Thanks, Pat. This is my tenth trip to the region.\n",
    )
    turns = find_turns(source.text, sentences)
    assert [(t.kind, t.speaker, t.title) for t in turns] == [
        ("role", "Staff", "Staff"), ("person", "Lloyd J. Austin III", "Secretary of Defense")]
    assert [q.speaker for q in _quotes(source, sentences)][-1] == "Lloyd J. Austin III"  # not Staff's words


def test_a_question_ends_where_its_answer_is_labelled_in_the_same_paragraph(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Regular Press Conference\n"
        "Q: The statement is said to signal goodwill. What's your comment? A: I have stated our position.\n",
    )
    (turn,) = find_turns(source.text, sentences)
    assert turn.kind == "question"
    assert source.text[turn.speech:turn.stop] == "The statement is said to signal goodwill. What's your comment?"


def test_labels_alone_on_their_line_and_after_a_time_stamp_open_turns(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Department Press Briefing\n"
        "MR PRICE:\n"
        "The PRC launched missiles toward Taiwan overnight. We condemn these actions.\n"
        "[00:02:31] QUESTION: Beijing says the drills are a response to provocation. Do you accept that?\n"
        "[00:02:50] MR PRICE: No. Our commitment to our allies in the region is ironclad.\n"
        "Said Arikat, Al-Quds: Japan says five missiles landed in its zone. Has the Secretary called Tokyo?\n",
    )
    turns = find_turns(source.text, sentences)
    assert [(t.paragraph, t.kind, t.speaker) for t in turns] == [
        (2, "person", "Price"), (3, "question", "reporter"), (4, "person", "Price"), (5, "question", "reporter")]
    assert source.text[turns[0].speech:turns[0].stop].startswith("The PRC launched")  # the words after the label
    assert _quotes(source, sentences)[0].text.startswith("The PRC launched missiles")
