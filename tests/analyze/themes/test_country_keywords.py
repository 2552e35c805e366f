"""Country keywords: a theme naming a country also finds the country's other names ("PRC" for "China")."""

from __future__ import annotations

from pathlib import Path

from briefgen.analyze.sentences.split import split_sentences
from briefgen.analyze.themes.assign import assign_themes
from briefgen.analyze.themes.country_keywords import with_country_names
from briefgen.ingest import read_source
from briefgen.spec import Keyword, ThemeSpec

CHINA = ThemeSpec("cn", "China alignment", "", (Keyword("China", 2.0), Keyword("Chinese", 2.0), Keyword("aid", 1.5)))
TAIWAN = ThemeSpec("tw", "Taiwan", "", (Keyword("Taiwan", 3.0),))


def _terms(theme: ThemeSpec) -> dict[str, float]:
    return {k.term: k.weight for k in theme.keywords}


def test_a_country_keyword_brings_the_countrys_other_names_at_its_weight() -> None:
    (expanded,) = with_country_names((CHINA,))
    terms = _terms(expanded)
    assert terms["PRC"] == 2.0 and terms["People's Republic of China"] == 2.0
    assert terms["aid"] == 1.5


def test_a_name_that_ends_another_countrys_name_is_not_added() -> None:
    # "Republic of China" (Taiwan) would be found inside "People's Republic of China".
    assert "Republic of China" not in _terms(with_country_names((TAIWAN,))[0])


def test_a_theme_without_country_keywords_is_left_alone() -> None:
    trade = ThemeSpec("trade", "Trade", "", (Keyword("tariffs", 1.0),))
    assert with_country_names((trade,)) == (trade,)


def test_a_text_that_says_only_prc_reports_on_a_china_theme(tmp_path: Path) -> None:
    path = tmp_path / "prc.txt"
    path.write_text(
        "The PRC pledged new aid to Fiji on Monday, its largest package so far.\n"
        "Officials of the People's Republic of China said the aid would fund a port and a road.\n"
        "The PRC ambassador signed the aid agreement with Fiji’s finance minister.\n",
        encoding="utf-8",
    )
    source = read_source(path, "s")
    result = assign_themes([source], split_sentences(source), (CHINA,))
    assert result.covered == {"cn"}
    assert result.paragraphs[("s", 1)].theme == "cn"
