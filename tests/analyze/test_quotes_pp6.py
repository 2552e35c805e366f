"""Quote speakers on made-up texts of the kinds the pp6- batch held: a villager named only in an attribution, then
called by age ("the 23-year-old said"), and a name in a title-case heading followed by the headline's verb."""

from __future__ import annotations

from pathlib import Path

from _quotes import quotes_in


def test_an_age_phrase_means_the_speaker_named_before(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "“The whole village went under water by early Friday,” said Lokman, who lives in the village.\n"
        "“A neighbor rescued us with a makeshift boat,” the 23-year-old said.\n",
    )
    assert [q.speaker for q in quotes] == ["Lokman", "Lokman"]


def test_a_heading_verb_is_no_part_of_the_speaker(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Congresswoman Barbara Lee Commends Passage of the Farm Bill\n"
        "WASHINGTON -- Congresswoman Barbara Lee (CA-13) issued the following statement today.\n"
        "“I am pleased to see this important bill pass,” said Congresswoman Lee.\n",
    )
    assert [q.speaker for q in quotes] == ["Barbara Lee"]


def test_transcript_labels_of_initials_given_at_the_first_label(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "INTERVIEW TRANSCRIPT\n"
        "Secretary Teodoro L. Locsin, Jr. (SFA): Good morning.\n"
        "Karen Davila (KD): Alright. I’m glad you made it, sir. Have they responded to the protest?\n"
        "SFA: I believe that they responded to you, Karen.\n"
        "KD: Okay. Go ahead sir.\n",
    )
    assert [q.speaker for q in quotes] == [
        "Teodoro L. Locsin, Jr.", "Karen Davila", "Teodoro L. Locsin, Jr.", "Karen Davila",
    ]


def test_an_event_s_title_that_asks_is_no_quote(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "The Panel Discussion “Asia & Europe: The Dawning of a New Era?” was held on 8 June 2017.\n"
        "“Europe will stay in Asia for a long time to come,” the moderator said at the panel.\n",
    )
    assert [q.text for q in quotes] == ["Europe will stay in Asia for a long time to come"]


def test_a_statement_s_quote_is_by_the_author_its_heading_names(tmp_path: Path) -> None:
    quotes = quotes_in(
        tmp_path,
        "Statement by Secretary of Defense Lloyd J. Austin III on the Fiscal Year 2023 Budget\n"
        "“I am proud to join President Biden today in submitting the fiscal year 2023 budget. It will help us.”\n",
    )
    assert [q.speaker for q in quotes] == ["Lloyd J. Austin III"]
