"""Theme scoring: paragraph accuracy, coverage against coverage.toml and summary items on-theme."""

from __future__ import annotations

from pathlib import Path

from briefgen.evaluate.gold import GoldText
from briefgen.evaluate.scores import Accuracy, Counts
from briefgen.evaluate.themes import score_themes
from briefgen.model import Analysis, Brief, Cite, Paragraph, Sentence, Source, SummaryItem, ThemeDigest, ThemeMatch

PARAGRAPHS = ("Troops held drills.", "Beijing lent money.", "The weather was fine.")


def _source() -> Source:
    text, paragraphs, at = "", [], 0
    for i, p in enumerate(PARAGRAPHS):
        paragraphs.append(Paragraph(i, at, at + len(p), p))
        text += p + "\n\n"
        at = len(text)
    return Source("s", "t", "s.txt", "0", text, tuple(paragraphs))


def _gold(coverage: dict[str, bool] | None) -> GoldText:
    themes: dict[int, tuple[str, ...]] = {0: ("security",), 1: ("china",), 2: ("none",)}
    return GoldText("x", Path("x"), "s", themes, (), (), (), coverage=coverage)


def _analysis(source: Source, themes: tuple[str | None, ...]) -> Analysis:
    sentences = tuple(Sentence("s", p.index, p.start, p.end, p.text) for p in source.paragraphs)
    matches = tuple(ThemeMatch(t, 1.0) for t in themes)
    paragraph_themes = {("s", i): m for i, m in enumerate(matches)}
    return Analysis((source,), sentences, matches, paragraph_themes)


def _item(source: Source, index: int) -> SummaryItem:
    p = source.paragraphs[index]
    return SummaryItem(p.text, Cite("s", index, p.start, p.end))


def _brief(digests: tuple[ThemeDigest, ...], bluf: tuple[SummaryItem, ...]) -> Brief:
    return Brief("x", "t", "", "2024-01-01", "U", "a", False, "(U)", (), bluf, digests, (), (), (), (), ())


def test_coverage_and_summary_items_on_theme() -> None:
    source = _source()
    analysis = _analysis(source, ("security", "security", None))  # paragraph 1 misread as security
    digests = (
        ThemeDigest("security", "Security", "", (_item(source, 1),), (), covered=True),
        ThemeDigest("china", "China", "", (), (), covered=False),
        ThemeDigest("asem", "ASEM", "", (_item(source, 2),), (), covered=True),
    )
    brief = _brief(digests, bluf=(_item(source, 0),))  # a bottom-line item takes its sentence's theme
    gold = _gold({"security": True, "china": True, "asem": False})
    score = score_themes(gold, analysis, source, brief)
    assert score.accuracy == Accuracy(2, 3)
    assert score.coverage == Counts(tp=1, fp=1, fn=1)
    assert score.on_theme == Accuracy(1, 3)  # bottom line p0 security: right; p1 under security, p2 under asem: wrong
    assert "coverage china: not covered, expected covered" in score.errors
    assert "coverage asem: covered, expected not covered" in score.errors
    assert sum(e.startswith("off-theme") for e in score.errors) == 2


def test_a_theme_the_brief_says_is_reported_counts_as_covered() -> None:
    source = _source()
    analysis = _analysis(source, ("security", "china", None))
    digests = (
        ThemeDigest("security", "Security", "", (), (), covered=False, reported=True),  # no sentence reads alone
        ThemeDigest("china", "China", "", (), (), covered=False),
    )
    score = score_themes(_gold({"security": True, "china": False}), analysis, source, _brief(digests, bluf=()))
    assert score.coverage == Counts(tp=1, fp=0, fn=0)


def test_no_coverage_file_no_coverage_score() -> None:
    source = _source()
    analysis = _analysis(source, ("security", "china", None))
    score = score_themes(_gold(None), analysis, source, _brief((), ()))
    assert score.coverage is None and score.accuracy == Accuracy(3, 3)
    assert score_themes(_gold(None), analysis, source).on_theme == Accuracy()  # no brief: paragraphs only


def test_a_bottom_line_item_citing_part_of_a_sentence_takes_that_sentence_theme() -> None:
    source = _source()
    analysis = _analysis(source, ("security", "china", None))
    p = source.paragraphs[1]
    part = SummaryItem("lent money.", Cite("s", 1, p.start + len("Beijing "), p.end))  # e.g. without a run-in label
    score = score_themes(_gold(None), analysis, source, _brief((), (part,)))
    assert score.on_theme == Accuracy(1, 1)
