"""A theme's pull quote is the quote whose own words are about the theme (issue 11): theme quotes are ordered
by their own evidence, whole statements first, a quote about another theme last."""

from __future__ import annotations

from pathlib import Path

from briefgen import api
from briefgen.model import Cite, Quote, Sentence, ThemeMatch
from briefgen.spec import Keyword, ThemeSpec
from briefgen.theme_quotes import QuoteEvidence, statement

BRIEF = """title = "Trade and security"
date = 2026-05-01
[[themes]]
id = "trade"
title = "Trade"
description = "Tariffs and exports."
[themes.keywords]
"tariffs" = 3
"exports" = 2
"trade" = 2
[[themes]]
id = "security"
title = "Security"
description = "Navies and patrols."
[themes.keywords]
"navy" = 3
"patrols" = 2
"defence" = 2
"""
TEXT = (
    "Ministers reviewed trade, tariffs and exports at length in Hanoi on Monday. “It has been a long and tiring "
    "week for everyone in this building,” said Minister Lan Pham. “Lower tariffs will lift our rice exports by a "
    "third within two years,” Minister Lan Pham said. Trade with Japan also grew.\n\n"
    "The navy will double its coastal patrols from June, the defence ministry said. “Our patrols will cover the "
    "whole coast by the end of the year,” said Admiral Tran Van Minh. The defence ministry will buy two navy ships.\n"
)


def test_the_pull_quote_is_the_quote_about_the_theme_not_the_first_in_its_paragraph(tmp_path: Path) -> None:
    (tmp_path / "brief.toml").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "talks.txt").write_text(TEXT, encoding="utf-8")
    _spec, analysis, brief = api.prepare(tmp_path)
    in_order = [q.text for q in analysis.quotes if q.theme == "trade"]
    assert in_order[0].startswith("It has been a long")  # first in the source, filed under trade by its paragraph
    trade = next(t for t in brief.themes if t.id == "trade")
    assert trade.quotes[0].text.startswith("Lower tariffs will lift our rice exports")
    assert {q.text for q in trade.quotes} == set(in_order)  # reordered, nothing dropped
    security = next(t for t in brief.themes if t.id == "security")
    assert security.quotes[0].text.startswith("Our patrols")


def _theme(theme_id: str, *terms: str) -> ThemeSpec:
    return ThemeSpec(theme_id, theme_id.title(), "", tuple(Keyword(t, 1.0) for t in terms))


def test_ranks_own_words_then_sentence_then_nothing_then_another_theme() -> None:
    text = (
        "Trade talks went on. “Tariffs on rice will fall by half next year,” he said. "
        "On trade, she said: “The navy patrols will keep our shipping lanes open.” "
        "“We expect a long and difficult week here,” he said. "
        "Trade was the topic. “Officials will meet again in the capital soon,” she said."
    )
    themes = (_theme("trade", "trade", "tariffs"), _theme("security", "navy", "patrols"))

    def sentence(first: str, last: str) -> Sentence:
        start = text.index(first)
        end = text.index(last) + len(last)
        return Sentence("s", 0, start, end, text[start:end])

    def quote(words: str) -> Quote:
        start = text.index(words)
        return Quote("X", words, Cite("s", 0, start, start + len(words)), "trade")

    sentences = (
        sentence("Trade talks", "on."),
        sentence("“Tariffs", "he said."),
        sentence("On trade", "open.”"),
        sentence("“We expect", "he said."),
        sentence("Trade was", "topic."),
        sentence("“Officials", "she said."),
    )
    matches = (
        ThemeMatch("trade", 1.0, ("trade",)),
        ThemeMatch("trade", 1.0, ("tariffs",)),
        ThemeMatch("trade", 1.0, ("trade",)),
        ThemeMatch("trade", 0.0, ()),
        ThemeMatch("trade", 1.0, ("trade",)),
        ThemeMatch("trade", 0.0, ()),
    )
    own = quote("Tariffs on rice will fall by half next year")
    other = quote("The navy patrols will keep our shipping lanes open.")
    plain = quote("We expect a long and difficult week here")
    later = quote("Officials will meet again in the capital soon")
    evidence = QuoteEvidence((own, other, plain, later), sentences, matches, themes)
    assert [evidence.rank(q, "trade") for q in (own, other, plain, later)] == [0, 3, 2, 2]
    assert evidence.ordered((other, plain, later, own), "trade") == (own, plain, later, other)


def test_a_statement_that_stands_alone_comes_before_a_quoted_phrase() -> None:
    assert statement("Lower tariffs will lift our rice exports")
    assert not statement("excessive and exaggerated claims")
    assert not statement("Tariffs fall")
    text = "Trade: “tariff cuts” and “Lower tariffs will lift our rice exports by a third,” she said."
    themes = (_theme("trade", "tariffs", "tariff"),)
    phrase = Quote("X", "tariff cuts", Cite("s", 0, text.index("tariff cuts"), text.index("tariff cuts") + 11), "trade")
    words = "Lower tariffs will lift our rice exports by a third"
    whole = Quote("X", words, Cite("s", 0, text.index(words), text.index(words) + len(words)), "trade")
    sentences = (Sentence("s", 0, 0, len(text), text),)
    evidence = QuoteEvidence((phrase, whole), sentences, (ThemeMatch("trade", 1.0, ("tariffs",)),), themes)
    assert evidence.ordered((phrase, whole), "trade") == (whole, phrase)


def test_a_brief_without_themes_keeps_its_quotes(tmp_path: Path) -> None:
    (tmp_path / "brief.toml").write_text('title = "Talks"\ndate = 2026-05-01\n', encoding="utf-8")
    (tmp_path / "talks.txt").write_text(TEXT, encoding="utf-8")
    _spec, analysis, brief = api.prepare(tmp_path)
    assert analysis.quotes
    (whole,) = brief.themes
    assert {q.text for q in whole.quotes} == {q.text for q in analysis.quotes}


def test_a_pull_quote_has_a_sentence_that_reads_alone(tmp_path: Path) -> None:
    (tmp_path / "brief.toml").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "talks.txt").write_text(
        "Department Press Briefing\n\n"
        "MS. BRUCE: Hi. Oh, hi. Hi there.\n\n"
        "The navy will double its coastal patrols from June, and the defence ministry will buy two navy ships.\n\n"
        "QUESTION: Will the navy patrols reach the islands?\n\n"
        "MS. BRUCE: I didn't hear the end of that. What could we do to...\n\n"
        "MR. TRAN: Our patrols will cover the whole coast by the end of the year, with the navy and the coast guard.\n",
        encoding="utf-8",
    )
    _spec, analysis, brief = api.prepare(tmp_path)
    assert any(q.text.startswith("Hi.") for q in analysis.quotes)  # a quote, but no pull quote
    security = next(t for t in brief.themes if t.id == "security")
    assert [q.text[:11] for q in security.quotes] == ["Our patrols"]
