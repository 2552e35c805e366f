"""Related terms: a theme naming a field's head words also counts the words the field is reported in."""

from __future__ import annotations

from pathlib import Path

from briefgen.analyze.sentences.split import split_sentences
from briefgen.analyze.themes.assign import assign_themes
from briefgen.analyze.themes.related import RELATED_SHARE, with_related_terms
from briefgen.ingest import read_source
from briefgen.spec import Keyword, ThemeSpec

SECURITY = ThemeSpec("sec", "Security", "", (Keyword("security", 2.0), Keyword("defence", 2.0)))
TRADE = ThemeSpec("trade", "Trade", "", (Keyword("tariffs", 1.0), Keyword("exports", 1.0)))


def _terms(theme: ThemeSpec) -> dict[str, float]:
    return {k.term: k.weight for k in theme.keywords}


def test_a_theme_naming_a_field_gets_its_terms_at_a_share_of_the_head_weight() -> None:
    (expanded,) = with_related_terms((SECURITY,))
    terms = _terms(expanded)
    assert terms["security"] == 2.0 and terms["defence"] == 2.0
    assert terms["missile"] == RELATED_SHARE * 2.0
    assert terms["coast guard"] == RELATED_SHARE * 2.0


def test_a_theme_of_another_field_is_left_alone() -> None:
    assert with_related_terms((TRADE,)) == (TRADE,)


def test_the_authors_own_weight_wins_and_related_false_turns_it_off() -> None:
    own = ThemeSpec("sec", "Security", "", (Keyword("security", 2.0), Keyword("missile", 3.0)))
    assert _terms(with_related_terms((own,))[0])["missile"] == 3.0
    off = ThemeSpec("sec", "Security", "", SECURITY.keywords, related=False)
    assert with_related_terms((off,)) == (off,)


def test_a_report_in_the_fields_particulars_takes_the_theme(tmp_path: Path) -> None:
    path = tmp_path / "launch.txt"
    path.write_text(
        "The ministry reported that two ballistic missiles were fired into the sea on Monday morning. "
        "Defence officials said more missile tests were likely.\n"
        "The navy and the coast guard sent warships and patrols to the area, and troops were put on alert.\n"
        "Officials said more would be known later in the week.\n",
        encoding="utf-8",
    )
    source = read_source(path, "s")
    sentences = split_sentences(source)
    result = assign_themes([source], sentences, (SECURITY,))
    assert result.paragraphs[("s", 0)].theme == "sec"
    assert result.paragraphs[("s", 1)].theme == "sec"
    assert result.covered == {"sec"}
    off = assign_themes([source], sentences, (ThemeSpec("sec", "Security", "", SECURITY.keywords, related=False),))
    assert off.covered == frozenset()


CHINA = ThemeSpec("china", "China ties", "", (Keyword("China", 2.0), Keyword("Beijing", 2.0), Keyword("embassy", 1.0)))


def test_a_paragraph_as_much_about_a_second_theme_covers_it_too(tmp_path: Path) -> None:
    path = tmp_path / "clash.txt"
    path.write_text(
        "China's coast guard fired water cannon at a supply boat, and Beijing warned Manila to keep away. "
        "The security forces of both sides faced off for hours, and defence officials met at night. "
        "China later said the security of its fishermen came first, and its embassy protested. "
        "Beijing also sent a defence attaché to the talks.\n",
        encoding="utf-8",
    )
    source = read_source(path, "s")
    sentences = split_sentences(source)
    result = assign_themes([source], sentences, (SECURITY, CHINA))
    assert result.covered == {"sec", "china"}
    assert {m.theme for m in result.sentences} == {"sec", "china"}


def test_a_theme_about_alignment_and_aid_counts_diplomatic_and_lending_terms() -> None:
    keywords = (Keyword("China", 2.0), Keyword("alignment", 2.0), Keyword("aid", 1.5))
    china = ThemeSpec("cn", "China alignment", "", keywords)
    terms = _terms(with_related_terms((china,))[0])
    assert terms["state visit"] == RELATED_SHARE * 2.0
    assert terms["loans"] == RELATED_SHARE * 1.5
    invest = ThemeSpec("cn", "China alignment", "", (Keyword("China", 2.0), Keyword("investment", 1.0)))
    assert _terms(with_related_terms((invest,))[0])["trade deficit"] == RELATED_SHARE * 1.0
    assert "missile" not in terms
