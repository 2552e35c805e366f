"""A theme whose title names a region is anchored by the region's places, not by its name alone."""

from __future__ import annotations

from pathlib import Path

from briefgen.analyze.sentences.split import split_sentences
from briefgen.analyze.themes.assign import assign_themes
from briefgen.analyze.themes.regions import theme_regions
from briefgen.ingest import read_source
from briefgen.spec import Keyword, ThemeSpec

SECURITY = ThemeSpec(
    "sec",
    "Indo-Pacific security",
    "",
    (Keyword("Indo-Pacific", 2.5), Keyword("security", 2), Keyword("defense", 2), Keyword("threat", 1)),
)
ALLIANCE = (
    "Secretary Austin met Minister Hamada in Tokyo on Tuesday.\n\n"
    "They discussed the regional security environment and the threat posed by missile launches, and agreed "
    "that Japan and the United States will deepen defense cooperation.\n\n"
    "Both sides reaffirmed that the security treaty covers the Senkaku Islands. "
    "Defense officials will meet again in May.\n"
)
ELSEWHERE = (
    "The minister met his counterpart in Ottawa on Tuesday.\n\n"
    "They discussed the regional security environment and the threat posed by wildfires, and agreed "
    "that Canada and the United States will deepen defense cooperation.\n\n"
    "Both sides reaffirmed the security of the border. Defense officials will meet again in May.\n"
)


def _covered(tmp_path: Path, text: str, theme: ThemeSpec = SECURITY) -> bool:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path, "t")
    return theme.id in assign_themes([source], split_sentences(source), [theme]).covered


def test_places_inside_the_titles_region_anchor_the_theme(tmp_path: Path) -> None:
    assert _covered(tmp_path, ALLIANCE)


def test_the_same_words_elsewhere_do_not(tmp_path: Path) -> None:
    assert not _covered(tmp_path, ELSEWHERE)


def test_only_a_region_the_title_names_counts() -> None:
    assert set(theme_regions([SECURITY])) == {"sec"}
    plain = ThemeSpec("sec", "Maritime security", "", SECURITY.keywords)
    assert theme_regions([plain]) == {}
