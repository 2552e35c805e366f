"""Themes are covered only on real evidence: keywords as words (not derivations or names), distinct, anchored."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.analyze.sentences.split import split_sentences
from briefgen.analyze.themes.assign import ThemeAssignment, assign_themes
from briefgen.analyze.themes.usage import headline_like, inflection_base, is_keyword_use, keyword_forms
from briefgen.ingest import read_source
from briefgen.spec import Keyword, ThemeSpec

SECURITY = ThemeSpec(
    "sec",
    "Indo-Pacific security",
    "",
    (Keyword("Indo-Pacific", 2.5), Keyword("security", 2), Keyword("military", 1.5), Keyword("threat", 1)),
)


def _assign(tmp_path: Path, text: str, themes: list[ThemeSpec]) -> ThemeAssignment:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path, "t")
    return assign_themes([source], split_sentences(source), themes)


def _covered(tmp_path: Path, text: str, theme: ThemeSpec = SECURITY) -> bool:
    return theme.id in _assign(tmp_path, text, [theme]).covered


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("security", "security"),
        ("Securities", "securities"),  # a plural with a sense of its own (bonds), not more than one security
        ("Alliances", "alliance"),
        ("threats", "threat"),
        ("China’s", "china"),
        ("alliances", "alliance"),
        ("crises", "crise"),
        ("exercises", "exercise"),
        ("bus", "bus"),
    ],
)
def test_inflection_base_removes_plural_and_possessive_only(word: str, base: str) -> None:
    assert inflection_base(word) == base


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("Officials vowed to secure a turnout of voters.", "security", False),  # a derivation, not the word
        ("The deal was closely aligned with exporters.", "alignment", False),
        ("They discussed regional security in depth.", "security", True),
        ("Security forces fired on protesters.", "security", True),  # capital from the sentence start
        ("Security Council members voted.", "security", False),  # a name going on
        ("She heads the Social Security Administration.", "security", False),  # inside a name
        ("The Department of Homeland Security said so.", "security", False),
        ("Food and Energy Security Pledges Announced", "security", True),  # a headline: capitals say nothing
        ("Beijing and China’s allies met.", "China", True),  # proper-noun keywords are names anyway
        # A capitalised keyword heading the name, after a country or nothing, is the thing itself.
        ("Ships of the Japan Coast Guard sailed.", "coast guard", True),
        ("The latest rotation of US Marines arrived.", "marines", True),
        ("Officials of the U.S. Navy said so.", "navy", True),
        ("The Royal Australian Navy joined.", "navy", True),
        ("The Navy said it would send ships.", "navy", True),
        ("He spoke of Social Security payments.", "security", False),
        ("The Coast Guard Academy opened.", "coast guard", False),
        ("Mr Smith, Security Adviser, said so.", "security", False),
        # Before the noun of an office, a lower-case keyword names the post, as the capitalised title does.
        ("He was asked to take the defence portfolio.", "defence", False),
        ("The former defense secretary spoke.", "defense", False),
        ("The talks covered defence ties and drills.", "defence", True),
    ],
)
def test_a_hit_counts_only_as_the_word_itself(text: str, term: str, expected: bool) -> None:
    forms = keyword_forms(term)
    start = text.lower().find(term.lower()[:5])
    assert is_keyword_use(text, start, forms, term.islower(), headline_like(text)) is expected


def test_one_generic_word_repeated_is_not_coverage(tmp_path: Path) -> None:
    common = ThemeSpec("sec", "Security", "", (Keyword("security", 2), Keyword("defence", 2), Keyword("navy", 1)))
    text = (
        "Food security remains a worry for farmers.\n"
        "Job security is the top concern of workers.\nPension security matters to retirees too.\n"
    )
    assert not _covered(tmp_path, text, common)
    assert _covered(tmp_path, text + "Defence spending and the navy's budget rose.\n", common)


def test_generic_words_without_an_anchor_are_not_coverage(tmp_path: Path) -> None:
    text = (
        "Cyber criminals are a growing threat to hospitals.\n"
        "The security of payment systems is weak, officials said.\n"
        "A military of volunteers helps the agency respond to each threat.\n"
    )
    assert not _covered(tmp_path, text)  # no Indo-Pacific anchor anywhere


def test_distinct_anchored_evidence_is_coverage(tmp_path: Path) -> None:
    text = (
        "Military drills in the Indo-Pacific expanded this year.\n"
        "The security pact answers a growing threat at sea, the minister said. "
        "Defence ministers will review the military plan in June.\n"
    )
    assert _covered(tmp_path, text)


def test_a_passing_mention_is_not_coverage(tmp_path: Path) -> None:
    text = "The Indo-Pacific security outlook was mentioned once.\nThe rest of the talks were about wheat prices.\n"
    assert not _covered(tmp_path, text)


def test_two_sentences_are_enough_when_they_are_half_a_short_text(tmp_path: Path) -> None:
    readout = (
        "Secretary's Call with the Philippine Foreign Secretary\n"
        "The following is attributable to the Spokesperson:\n"
        "The Secretary spoke today with the Foreign Secretary. They discussed military cooperation in the "
        "Indo-Pacific. They also discussed the security ties that bind the two countries.\n"
    )
    assert _covered(tmp_path, readout)
    longer = readout + "".join(f"Trade in year {i} grew and the fair opened again.\n" for i in range(6))
    assert not _covered(tmp_path, longer)  # two concepts in two sentences of nine: too little


def test_only_the_anchor_the_title_names_makes_one_concept_enough(tmp_path: Path) -> None:
    asem = ThemeSpec(
        "asem", "ASEM engagement", "", (Keyword("ASEM", 3), Keyword("Europe", 1.5), Keyword("European", 1.5))
    )
    trip = (
        "The President travels to Europe next week.\n\n"
        "In Germany he will meet European leaders on trade.\n\n"
        "He returns from Europe on Friday, and European ministers will follow up.\n"
    )
    assert not _covered(tmp_path, trip, asem)
    summit = trip.replace("Europe next week", "the ASEM summit next week").replace("on trade", "on ASEM")
    summit += "\nASEM partners will adopt a statement.\n"
    assert _covered(tmp_path, summit, asem)


def test_a_country_and_its_capital_are_one_concept(tmp_path: Path) -> None:
    china = ThemeSpec("cn", "China alignment", "", (Keyword("China", 2), Keyword("Beijing", 2.5), Keyword("aid", 1)))
    text = (
        "The festival opened with films from China and Brazil.\n\n"
        "A director from Beijing won the prize. Beijing hosts the festival next year.\n"
    )
    assert not _covered(tmp_path, text, china)
    assert _covered(tmp_path, text.replace("won the prize", "announced aid for film schools in Brazil"), china)


def test_keywords_that_make_up_one_name_are_one_mention(tmp_path: Path) -> None:
    china = ThemeSpec(
        "cn", "China alignment", "", (Keyword("Chinese", 2), Keyword("Communist Party", 1.5), Keyword("aid", 1))
    )
    text = (
        "Retail sales grew 3% in June, the Chinese statistics bureau said.\n\n"
        "The Chinese Communist Party gathered for its plenum as output rose. Chinese officials attended.\n"
    )
    assert not _covered(tmp_path, text, china)  # "Chinese" twice, once inside the Party's name: one concept
    assert _covered(tmp_path, text.replace("as output rose", "as the Communist Party of Laos sought aid"), china)


def test_a_theme_about_a_named_actor_needs_that_name_not_only_its_other_names(tmp_path: Path) -> None:
    asem = ThemeSpec(
        "asem",
        "ASEM engagement",
        "",
        (Keyword("ASEM", 3), Keyword("Europe", 1.5), Keyword("European Union", 2), Keyword("two continents", 1.5)),
    )
    europe = (
        "Leaders of the European Union met in Brussels on the budget.\n\n"
        "The talks on Europe's farm policy ran late into the night.\n\n"
        "The European Union will meet again in June.\n"
    )
    assert not _covered(tmp_path, europe, asem)  # one side of Asia–Europe engagement only
    asem_meeting = europe.replace("on the budget", "before the ASEM summit with Asian partners")
    assert _covered(tmp_path, asem_meeting.replace("farm policy", "ASEM agenda for the two continents"), asem)


def test_a_theme_no_paragraph_is_about_is_only_mentioned_in_passing(tmp_path: Path) -> None:
    forum = ThemeSpec("forum", "Trade forum", "", (Keyword("forum", 2), Keyword("tariffs", 1.5), Keyword("trade", 1)))
    text = (
        "The trade forum opened on Monday with talks on tariffs and trade rules.\n\n"
        "The forum's second day turns to tariffs on steel and trade rules. Delegates will also touch on "
        "Indo-Pacific issues such as security at sea.\n\n"
        "The forum closes with a statement on trade and tariffs. It also notes the military threat to "
        "shipping lanes.\n"
    )
    result = _assign(tmp_path, text, [forum, SECURITY])
    assert result.covered == {"forum"}
    assert result.passing["sec"]  # said in the brief: mentioned in passing


def test_a_passing_mention_of_an_anchored_theme_names_its_anchor_or_region(tmp_path: Path) -> None:
    text = (
        "USAID announced its budget for Indonesia on Friday.\n\n"
        "The funding will support programs in governance, environment security and health.\n\n"
        "Officials also noted the security of shipping in the South China Sea.\n"
    )
    passing = _assign(tmp_path, text, [SECURITY]).passing["sec"]
    assert len(passing) == 1  # the South China Sea sentence; "environment security" names no place of the region


def test_the_name_of_the_titles_region_alone_locates_but_does_not_report(tmp_path: Path) -> None:
    aid = (
        "The United States sees the islands as partners for a free and open Indo-Pacific.\n"
        "Last year it gave $100 million in new aid across the Indo-Pacific.\n"
        "The new grants support clinics, schools and a security threat hotline in the Indo-Pacific.\n"
    )
    assert not _covered(tmp_path, aid)  # one sentence on security; the others only name the region
    drills = (
        "Navies of the Indo-Pacific began a week of drills on Monday.\n"
        "The military exercise answers a growing threat at sea, the admiral said. "
        "The security pact with Manila will be reviewed in June.\n"
    )
    assert _covered(tmp_path, drills)


def test_two_sentences_naming_three_distinct_concepts_are_enough_in_a_long_text(tmp_path: Path) -> None:
    filler = "".join(f"Delegates also discussed trade item {i} and a cultural exchange.\n" for i in range(12))
    varied = (
        "Leaders met in Hanoi for the regional summit.\n"
        "They discussed the military threat to shipping in the Indo-Pacific and its security.\n"
        "Several leaders raised the military threat posed by the missile tests, and their security.\n"
    )
    assert _covered(tmp_path, varied + filler)
    repeated = (
        "Leaders met in Hanoi for the regional summit.\n"
        "They discussed the security of the Indo-Pacific.\n"
        "Several leaders raised security in the Indo-Pacific again.\n"
    )
    assert not _covered(tmp_path, repeated + filler)
