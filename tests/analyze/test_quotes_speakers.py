"""Quote speakers by general mechanisms: a possessive affiliation before the name, pronouns that mean people
only (not a role phrase that spoke before), headers that name someone without their words, datelines that
look like transcript labels."""

from __future__ import annotations

from pathlib import Path

from _quotes import quotes_in
from _sentences import from_text
from briefgen.analyze.actors.find import actor_findings
from briefgen.analyze.quotes import find_quotes


def test_an_affiliation_in_the_possessive_before_the_speaker(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "The agency said the probe studied the rings “and the many small moons around them,” the agency said.\n"
        "“This was a real surprise for all of us,” said University of Otago’s Mere Tawhiri, who led the study.\n"
        "“We will need many more years of data to know why,” she said.\n",
    )
    assert [q.speaker for q in quotes] == ["the agency", "Mere Tawhiri", "Mere Tawhiri"]


def test_she_never_means_a_role_phrase(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "“The probe is healthy and sending data again,” the space agency said.\n"
        "“We expect the next images within the week,” she said.\n",
    )
    assert quotes[0].speaker == "the space agency"
    assert quotes[1].speaker == ""


def test_a_header_that_names_the_briefer_is_no_turn(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Daily Press Briefing\n"
        "BRIEFER: Philip T. Reeker,\n"
        "MR. REEKER: Welcome back to the State Department this fine Wednesday afternoon.\n"
        "QUESTION: What does a resolution mean for the detained scholars?\n",
    )
    assert [(q.speaker, q.text[:12]) for q in quotes] == [("Philip T. Reeker", "Welcome back")]


def test_a_dateline_is_no_speaker_label(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "Cambodia Rejects Foreign Bases\n"
        "PHNOM PENH: Cambodia will not allow foreign military bases on its soil, the prime minister said on Monday.\n"
        "He spoke after a letter from Washington raised concerns about a naval site.\n",
    )
    findings = actor_findings(source, sentences)
    assert not [a for a in findings.actors if a.kind == "person"]
    assert find_quotes(source, sentences, findings.mentions) == []


def test_a_paragraph_that_is_one_quote_goes_on_with_the_speaker_before(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "“After a decade, the corridor has shown mixed results,” said Omar Siddiq, a professor at the institute.\n"
        "“The primary goal is still relatively far from being achieved.”\n"
        "Officials disagree. “We have delivered on every promise we made,” a minister said.\n"
        "“Nothing has changed for the farmers in the valley.”\n",
    )
    assert [q.speaker for q in quotes] == ["Omar Siddiq", "Omar Siddiq", "a minister", "a minister"]


def test_attributions_with_slashed_titles_and_long_lead_ins(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "“Connectivity is the way to the future”, said High Representative/Vice-President Elena Marchetti.\n"
        "Mere Tawhiri noted, for example, that the ice is believed to be moving at a rate “that is close to "
        "that of fast-moving glaciers on Earth.”\n",
    )
    assert [q.speaker for q in quotes] == ["Elena Marchetti", "Mere Tawhiri"]


def test_a_speaker_then_a_participle_of_speech_before_the_quote(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Omar Haddad, a former envoy, has died at 70.\n"
        "Lena Brook also shared her condolences on X writing, “Omar Haddad was a patient and skilled diplomat.”\n",
    )
    assert [q.speaker for q in quotes] == ["Lena Brook"]


def test_an_occupation_before_the_name_and_a_shouted_quote(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "\"If this was easy,\" instructor Dale Moreno yells at the students, \"everyone would be doing it.\"\n",
    )
    assert [q.speaker for q in quotes] == ["Dale Moreno", "Dale Moreno"]


def test_a_company_role_with_an_ampersand_before_the_speaker(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "“We remain deeply sorry about the role our equipment had,” AT&T CEO and President Bill Jonas said.\n",
    )
    assert [q.speaker for q in quotes] == ["Bill Jonas"]


def test_he_as_the_sentence_subject_means_the_person_named_before_the_sentence(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "“We will meet again in Lima,” said Rosa Quintana.\n"
        "Later, she listed the guests, among them President Tomás Ibarra of Uruguay, “and the new mayor will come "
        "as well, with his whole team,” she said.\n",
    )
    assert [q.speaker for q in quotes] == ["Rosa Quintana", "Rosa Quintana"]


def test_the_object_of_a_preposition_is_no_speaker(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Trade ministry spokesman Liu Wenbo speaking at a press briefing on Tuesday said his office "
        "“welcomed the decision to reopen the two border crossings.”\n",
    )
    assert [q.speaker for q in quotes] == ["Liu Wenbo"]


def test_an_attribution_that_ends_the_sentence_names_its_first_quote(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "The plan had brought \"a steady rise in output and a recovery of demand in the provinces\" amid "
        "growth from \"new industries\" and \"green energy,\" the agency said.\n",
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("the agency", "a steady rise in output and a recovery of demand in the provinces")
    ]


def test_a_long_capitalised_sentence_said_by_someone_is_no_title(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "“Three of the Patrol Boats from the Coast Guard, the BRP Rajah Sulayman and the MRRV Cabra, were Funded "
        "by the Japan Maritime Safety Improvement Project,” the embassy said in a statement.\n"
        "She reads “The Long Road Home by the Sea, a Memoir of Exile” every year.\n",
    )
    assert [(q.speaker, q.text[:20]) for q in quotes] == [("the embassy", "Three of the Patrol ")]


def test_a_paragraph_ending_said_colon_hands_its_speaker_to_an_open_quote(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "At the close of the meeting, Secretary General Anna Lindqvist was asked about the plan and said:\n"
        "\"We have forces ready in the north, and more of them than ever before. We will keep it so.\n"
        "\"These plans are updated every year, and today we agreed to the new one for the region.\"\n",
    )
    assert [(q.speaker, q.text[:10]) for q in quotes] == [
        ("Anna Lindqvist", "We have fo"), ("Anna Lindqvist", "These plan")
    ]


def test_a_name_comma_role_label_opens_a_turn(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Press Conference by the Chief Cabinet Secretary\n"
        "Kyodo News, SATO: Could you tell us about the talks held on Monday in the capital?\n"
        "Mr. KATO Hiroki, Chief Cabinet Secretary: We held useful talks and agreed to meet again next month.\n"
        "Ms. Anna Berg, Deputy Press Secretary: I would add that the date of the next round is not yet set.\n",
    )
    assert [(q.speaker, q.text[:10]) for q in quotes] == [("KATO Hiroki", "We held us"), ("Anna Berg", "I would ad")]


def test_labels_with_a_title_and_its_portfolio_or_a_suffix(tmp_path: Path) -> None:
    source, sentences = from_text(
        tmp_path,
        "SECRETARY OF STATE ANNA MORROW: Welcome to Washington, Mr. President, it is good to see you.\n"
        "PRESIDENT JOSE RIVERA, JR.: Thank you.\n"
        "SECRETARY OF STATE ANNA MORROW: Our partnership has never been stronger than it is today.\n",
    )
    findings = actor_findings(source, sentences)
    quotes = find_quotes(source, sentences, findings.mentions)
    assert [q.speaker for q in quotes] == ["Anna Morrow", "Jose Rivera, Jr.", "Anna Morrow"]
    people = {a.name: a for a in findings.actors if a.kind == "person"}
    assert people["Anna Morrow"].role == "Secretary of State"


def test_according_to_a_statement_and_it_added(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Minister Olga Hrytsenko visited the port on Monday.\n"
        "Hrytsenko “urged the port authority to stop the ships from leaving with the grain,” according to a "
        "statement from Moldova’s Foreign Affairs Ministry issued later.\n"
        "“These measures are needed to protect the harvest,” it added. “The Minister stressed the urgency.”\n"
        "Hrytsenko told reporters that the talks were “useful but not yet finished,” according to the ministry.\n",
    )
    assert [q.speaker for q in quotes] == [
        "Moldova’s Foreign Affairs Ministry", "Moldova’s Foreign Affairs Ministry",
        "Moldova’s Foreign Affairs Ministry", "Olga Hrytsenko",
    ]


def test_an_interview_labelled_by_a_family_name_the_text_gives_in_full(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "What is behind the dispute? An analysis by Maria Okafor.\n"
        "Okafor: Since the election, the new government has changed course on the islands and the fisheries.\n"
        "Note: This interview was edited for length and clarity by the editors of the magazine.\n",
    )
    assert [(q.speaker, q.text[:10]) for q in quotes] == [("Maria Okafor", "Since the ")]


def test_the_nationality_as_a_speaker_means_the_one_person_given_it(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Ana Ruiz, President of Chile, called Pedro Alves, Brazilian President-elect, on Monday.\n"
        "“It has been a long campaign and we won it,” Alves said, and “the poor elected us,” the Brazilian added.\n",
    )
    assert [q.speaker for q in quotes] == ["Pedro Alves", "Pedro Alves"]


def test_a_long_role_before_the_name_that_follows_the_quote(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "“Local buyers will now reach many more growers,” Riverside County Farm Board Chairman Tomas Ekwueme said "
        "in the release.\n"
        "“We are glad to take part in the programme,” said Deputy Director for Planning and Regional Programs "
        "Helena Marie Castell in a statement.\n",
    )
    assert [q.speaker for q in quotes] == ["Tomas Ekwueme", "Helena Marie Castell"]
