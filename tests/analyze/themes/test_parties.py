"""A theme about a country's relations counts only where a second party is named."""

from __future__ import annotations

from pathlib import Path

from briefgen.analyze.sentences.split import split_sentences
from briefgen.analyze.themes.assign import assign_themes
from briefgen.analyze.themes.coverage import title_anchors
from briefgen.analyze.themes.parties import relation_anchors
from briefgen.ingest import read_source
from briefgen.spec import Keyword, ThemeSpec

KEYWORDS = (Keyword("China", 2), Keyword("Chinese", 2), Keyword("Beijing", 2.5), Keyword("investment", 1.5))
ALIGNMENT = ThemeSpec("cn", "China alignment", "", KEYWORDS)
ECONOMY = ThemeSpec("cn", "China's economy", "", KEYWORDS)

DOMESTIC = (
    "China's economy grew quickly last year as investment in Chinese cities rose.\n\n"
    "Beijing has promised more investment in railways, and Chinese planners expect growth to slow.\n\n"
    "China's leaders met in Beijing to discuss investment in the interior provinces.\n"
)
RELATIONS = (
    "Tonga owes China more than half of its foreign debt, and Chinese investment keeps growing.\n\n"
    "Beijing has promised Tonga more investment in roads, and Chinese loans fund its new offices.\n\n"
    "Tonga's leaders met Chinese officials in Beijing to discuss investment and repayments.\n"
)


def _covered(tmp_path: Path, text: str, theme: ThemeSpec) -> bool:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path, "t")
    return theme.id in assign_themes([source], split_sentences(source), [theme]).covered


def test_a_title_naming_a_country_and_a_relation_is_about_its_dealings() -> None:
    assert relation_anchors([ALIGNMENT], title_anchors([ALIGNMENT])) == {"cn": "China"}
    assert relation_anchors([ECONOMY], title_anchors([ECONOMY])) == {}


def test_the_country_alone_is_not_its_relations(tmp_path: Path) -> None:
    assert not _covered(tmp_path, DOMESTIC, ALIGNMENT)
    assert _covered(tmp_path, RELATIONS, ALIGNMENT)


def test_a_theme_about_the_country_itself_keeps_its_domestic_news(tmp_path: Path) -> None:
    assert _covered(tmp_path, DOMESTIC, ECONOMY)
