"""Paragraph themes: a paragraph with a weak mention of a theme follows a strong neighbour on it."""

from __future__ import annotations

from pathlib import Path

from briefgen.analyze.sentences.split import split_sentences
from briefgen.analyze.themes.assign import assign_themes
from briefgen.ingest import read_source
from briefgen.spec import Keyword, ThemeSpec

SECURITY = ThemeSpec(
    "sec",
    "Maritime security",
    "",
    (Keyword("security", 2), Keyword("navy", 1.5), Keyword("exercises", 1), Keyword("threat", 1)),
)
TEXT = (
    "The navy opened joint security drills on Monday to counter the threat of piracy, officials said. "
    "The navy said the security threat at sea had grown.\n\n"
    "Held over two weeks along the coast, the exercises bring together ships, aircraft and some 4,000 "
    "personnel from seven countries. Observers from several more were invited to attend. The organisers "
    "expect calm weather for most of the fortnight.\n\n"
    "The city council also approved a new library budget and a plan for the harbour park.\n\n"
    "Tourism numbers rose by a tenth last year, the council said, led by visitors from the north.\n\n"
    "A festival will close the season in September with concerts and a market.\n"
)


def _themes(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path, "t")
    result = assign_themes([source], split_sentences(source), [SECURITY])
    return [(result.paragraphs["t", i].theme, result.paragraphs["t", i].basis) for i in range(5)]


def test_a_weak_mention_beside_a_strong_paragraph_follows_it(tmp_path: Path) -> None:
    got = _themes(tmp_path, TEXT)
    assert [theme for theme, _ in got] == ["sec", "sec", None, None, None]
    assert got[1][1] == "context"


def test_only_when_the_mention_leads_the_paragraph(tmp_path: Path) -> None:
    later = TEXT.replace("the exercises bring together", "the event brings together").replace(
        "Observers from", "Observers of the exercises from"
    )
    assert _themes(tmp_path, later)[1] == (None, "")


def test_a_paragraph_is_about_what_it_opens_with_not_a_list_of_examples_further_on(tmp_path: Path) -> None:
    forum = ThemeSpec("forum", "Regional forum", "", (Keyword("forum", 2), Keyword("ministers", 1)))
    text = (
        "The regional forum opened on Monday, and ministers from ten states attended its first session. "
        "The forum's ministers will meet again next year.\n\n"
        "The forum's last session turns to its work plan. Delegates will also touch on issues such as "
        "maritime security, navy exercises and the threat of piracy.\n\n"
        "Security at the venue was tight. Navy boats patrolled offshore.\n"
    )
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path, "t")
    result = assign_themes([source], split_sentences(source), [forum, SECURITY])
    assert result.covered == {"forum", "sec"}
    assert result.paragraphs["t", 1].theme == "forum"


def test_a_long_answer_that_reports_on_the_theme_in_a_few_sentences_is_about_it(tmp_path: Path) -> None:
    answer = (
        "MINISTER: Thank you. Let me start with the schedule. We arrive on Tuesday and leave on Friday. "
        "The first day is for the delegations. The navy will hold joint security drills with our partners. "
        "The drills answer a growing security threat to shipping. The last day is for the press. Thank you all.\n\n"
        "QUESTION: When will the navy sail?\n\n"
        "MINISTER: On Wednesday, for the security exercises at sea.\n\n"
        "QUESTION: And the weather?\n\n"
        "MINISTER: We expect it to be fine.\n"
    )
    got = _themes(tmp_path, answer)
    assert got[0][0] == "sec"  # two of eight sentences carry it: as much as a short paragraph needs
