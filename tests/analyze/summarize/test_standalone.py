"""Sentences that stand alone: references back, ceremony and run-in headings are recognised by class."""

from __future__ import annotations

import pytest

from briefgen.analyze.summarize.choose import Candidate, bare_surname, stands_alone, summarize
from briefgen.analyze.summarize.standalone import (
    ceremonial,
    introduces_self,
    run_in_heading,
    significance,
    unresolved_reference,
)
from briefgen.model import Sentence


@pytest.mark.parametrize(
    "text",
    [
        "It played a pivotal role in hosting the regional summit last year.",
        "They agreed to meet again in the spring.",
        "These projects will strengthen transport links across the region.",
        "The high-level conference, chaired by the admiral, focused on maritime security.",
        "The leaders reflected on the success of the special summit.",
        "Collectively, these nations account for most of the region's trade.",
        "As tensions mount, he underscored the bloc's role in keeping the peace.",
        "The foreign minister made the remarks on the sidelines of the summit.",
        "And this pact extends to armed attacks on our coast guard anywhere in the Pacific.",
        "But Manila also applauded the talks with Beijing.",
        "However, the ministry said the patrols would go on.",
        "Now, as China exerts increasing influence, Western allies are responding.",
        "As a result, the port will stay closed to foreign navies.",
        "In response, Taiwan deployed aircraft and naval vessels.",
        "Consequently, the port will stay closed to foreign navies.",
        "It’s a comprehensive look at how the PRC attempts to distort the global information space.",
        "They're expected to sign the agreement when the ministers meet in June.",
    ],
)
def test_a_reference_back_is_unresolved(text: str) -> None:
    assert unresolved_reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States will provide new maritime training to the region.",
        "The government of Vietnam objected to the canal project.",
        "The economic ties between Laos and Thailand have deepened.",
        "Between 2018 and 2021, Beijing pledged new aid to the kingdom.",
        "“It is time to act,” the minister said.",
        "Ministers issued a statement that condemned the attack.",
        "Japan’s navy will join the exercise off the coast of Guam next month.",
    ],
)
def test_a_sentence_naming_its_subject_stands_alone(text: str) -> None:
    assert not unresolved_reference(text)


def test_pleasantries_and_commemorations_are_ceremony_but_reports_are_not() -> None:
    assert ceremonial("It is a great pleasure and honour to join our partners today.")
    assert ceremonial("We thank our hosts for their hospitality.")
    assert ceremonial("The day commemorates the founding of the forum, celebrated every year.")
    assert not ceremonial("The ministry said exports to Europe fell by a third in 2024.")
    assert ceremonial("We warmly welcome our guests.")  # two half-weight words make protocol
    assert not ceremonial("Laos welcomed the decision to reopen the border.")  # one alone does not
    assert ceremonial("Well, good morning, ladies and gentlemen.")  # the audience greeted
    assert significance("Aid rose, underscoring Beijing's role.") == 1


def test_run_in_headings_are_measured_and_prose_is_not() -> None:
    text = "Investing in Sustainable Infrastructure: The agency will launch $13 million in new projects."
    assert text[run_in_heading(text):].startswith("The agency will")
    assert run_in_heading("The minister said: the talks failed.") == 0
    assert run_in_heading("Officials from the region agreed on one thing: The talks would go on.") == 0
    assert run_in_heading("Union Pacific Corporation (NYSE: UNP) today reported higher income.") == 0
    answer = "A: I have stated China's principled position yesterday."
    assert answer[run_in_heading(answer):].startswith("I have stated")  # an answer's one-letter label
    assert run_in_heading("A. Smith said the talks failed.") == 0  # an initial, not a label
    question = "Q And this morning, the governor announced four cases."
    assert question[run_in_heading(question):].startswith("And this morning")  # a transcript's "Q" without a colon
    assert run_in_heading("A Chinese vessel entered the zone.") == 0  # the article


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("WASHINGTON -- Australia's Deputy Prime Minister met Secretary Austin.", "Australia's Deputy"),
        ("NUKU’ALOFA, Tonga — The days unfold at a leisurely pace.", "The days"),
        ("BEIJING (AP) — China said on Monday it would respond.", "China said"),
        ("US-China talks — The two sides met.", "US-China"),
        ("U.S. - China trade grew last year.", "U.S."),
        ("ASEAN—EU ties grew last year.", "ASEAN"),
    ],
)
def test_a_dateline_is_cut_like_a_run_in_heading(text: str, rest: str) -> None:
    assert text[run_in_heading(text):].startswith(rest)


def test_summaries_leave_out_references_back_and_ceremony_and_cut_run_in_headings() -> None:
    texts = [
        "It is a great pleasure and honor to join our partners in celebrating the forum's day.",
        "The high-level conference focused on strengthening security coordination across the region.",
        "Maritime Security: Thailand's navy will double its patrols in the Gulf of Thailand next year.",
        "Vietnam objected to the canal project, citing the risk to the Mekong delta.",
    ]
    sentences, at = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence("s", i, at, at + len(t), t))
        at += len(t) + 1
    items = summarize([Candidate(s, 1.0, 1.0) for s in sentences], 4)
    assert [i.text for i in items] == [
        "Thailand's navy will double its patrols in the Gulf of Thailand next year.",
        "Vietnam objected to the canal project, citing the risk to the Mekong delta.",
    ]
    joined = "\n".join(texts)
    assert all(joined[i.cite.start : i.cite.end] == i.text for i in items)
    pleased = "Japan is honored to announce $860 million in new aid to the region."
    assert stands_alone(pleased, states_figure=True)  # a pleasantry stating a key figure may stay
    assert not stands_alone(pleased)


def test_a_bare_surname_opening_is_not_chosen_unless_the_full_name_is_there() -> None:
    people = ["Vong Pisen", "Prak Sokhonn"]
    assert bare_surname("Pisen highlighted key security concerns, including cybercrime.", people)
    assert not bare_surname("General Vong Pisen, Pisen's deputy and others met in Phnom Penh.", people)
    assert not bare_surname("Prak Sokhonn emphasized the forum's achievements.", people)
    assert not bare_surname("Cambodia sent its army chief to the meeting in Hawaii.", people)
    assert bare_surname("Davies said the navy had protested.", ["Hugh Davies"])  # a surname ending in "s"
    assert bare_surname("Davies’s ship stayed in port.", ["Hugh Davies"])
    texts = ["Pisen highlighted key security concerns, including cybercrime and terrorism.",
             "Cambodia called for joint military exercises with its neighbours next year."]
    sentences = [Sentence("s", i, i * 100, i * 100 + len(t), t) for i, t in enumerate(texts)]
    items = summarize([Candidate(s, 1.0, 1.0) for s in sentences], 2, people=people)
    assert [i.text for i in items] == [texts[1]]


@pytest.mark.parametrize(
    "text",
    [
        "CONCERNED about growing maritime challenges that may affect peace and stability in the region;",
        "Japan will fund new clinics in northern Laos,",
        "REAFFIRMING our commitment to the regional work plan;”",
        "Defense Minister Ana Lobo gave reporters a summary of the talks:",
    ],
)
def test_a_clause_ending_in_a_semicolon_comma_or_colon_is_no_item(text: str) -> None:
    assert not stands_alone(text)
    assert stands_alone(text.rstrip(";,:”") + ".")


def test_an_additive_connective_introduces_a_sentence_that_reads_alone() -> None:
    assert not unresolved_reference("Meanwhile, Japan sent two coast guard ships to the area.")
    assert not unresolved_reference("In addition, the United States will train 500 officers.")


def test_a_question_is_no_item() -> None:
    assert not stands_alone("What’s China’s expectation for this visit?")
    assert not stands_alone("“Will the talks resume?”")
    assert stands_alone("China announced the visit of the Tanzanian President on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Details of this plan will be worked out by the ministries.",
        "Most of these funds will go to rural clinics.",
        "Split into two phases, Alpha, Beta and Gamma, this program will cost $4 billion.",
    ],
)
def test_a_demonstrative_after_of_or_after_an_opening_list_refers_back(text: str) -> None:
    assert unresolved_reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "This year, China pledged $1 billion to Laos.",
        "As part of this year's drills, the two navies will practise salvage.",
        "Cambodia, Laos, and Vietnam signed the pact on Monday.",
    ],
)
def test_a_time_or_a_list_does_not_refer_back(text: str) -> None:
    assert not unresolved_reference(text)


def test_the_end_of_a_quotation_begun_in_an_earlier_sentence_is_no_item() -> None:
    assert not stands_alone("Eventually separate and apart from the air wing,” said the official.")
    assert not stands_alone('All drills will be held on our own territory," the spokesman said.')
    assert stands_alone("“We will hold all drills on our own territory,” the spokesman said.")
    assert stands_alone('Navy spokesman Ken Arao said the drills were "routine" and would end on Friday.')


@pytest.mark.parametrize(
    "text",
    [
        "The Philippine side knows this fact very well.",  # a demonstrative before a noun standing for what was said
        "Japan is very concerned about this matter since it raises tension.",
        "Both sides agreed to continue to work together in this regard.",
        "I didn't hear the end of that.",  # a demonstrative ends the sentence
        "We have longstanding concerns on this.",
    ],
)
def test_a_demonstrative_before_a_shell_noun_or_at_the_end_refers_back(text: str) -> None:
    assert unresolved_reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "China raised this issue of maritime security at the summit in Manila.",  # "of" says which issue
        "At this point, no decision has been taken on the base at Ream.",  # "at this point" is a time
        "China examines these reports on the trade data from the two nations.",  # "report" is no shell noun
        "China raised the fact that the vessels entered its waters.",  # "the fact that …" says what
    ],
)
def test_shell_nouns_that_say_what_or_name_a_time_do_not_refer_back(text: str) -> None:
    assert not unresolved_reference(text)


def test_a_speaker_introducing_themselves_is_no_item() -> None:
    assert introduces_self("My name is Jed Wolfington and I am the moderator of today’s briefing on U.S.-China ties.")
    assert introduces_self("Again, I’m Dan Kritenbrink; I’m the Assistant Secretary of State for East Asia.")
    assert not introduces_self("I am pleased that the two navies will hold joint drills next month.")
    assert not stands_alone("Again, I’m Dan Kritenbrink; I’m the Assistant Secretary of State for East Asia.")


def test_interrupted_words_do_not_stand_alone() -> None:
    assert not stands_alone("What could we do to...")
    assert not stands_alone("The first person I'd like to ask about the alliance --")
    assert stands_alone("Japan and the Philippines signed a defense pact on Monday.")
    assert not stands_alone("(The briefing was concluded at 2:45 p.m.)")  # a stage note
