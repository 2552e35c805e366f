"""A theme whose title names a region is anchored by the region's places, not by its name alone."""

from __future__ import annotations

from pathlib import Path

from briefgen.analyze.sentences.split import split_sentences
from briefgen.analyze.themes.assign import assign_themes
from briefgen.analyze.themes.regions import theme_regions, theme_relations, with_region_names
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


ASEM = ThemeSpec(
    "asem",
    "ASEM engagement",
    "",
    (
        Keyword("ASEM", 3),
        Keyword("Asia-Europe Meeting", 3),
        Keyword("Asia-Europe", 2.5),
        Keyword("Europe", 1.5),
        Keyword("European", 1.5),
        Keyword("European Union", 2),
    ),
)
EU_ASEAN = (
    "Ministers of the European Union and ASEAN met in Brussels on Tuesday.\n\n"
    "The European Union and ASEAN agreed to deepen trade and connectivity between Europe and Asia. "
    "European investment in Southeast Asia has doubled in a decade, the ministers said.\n\n"
    "The European side and its Asian partners will meet again in Vientiane next year.\n"
)
EU_ALONE = (
    "Ministers of the European Union met in Brussels on Tuesday.\n\n"
    "The European Union agreed to deepen trade and connectivity between its members. "
    "European investment in Portugal has doubled in a decade, the ministers said.\n\n"
    "The European Commission and France will meet again in Paris next year.\n"
)


def test_a_keyword_joining_two_regions_makes_the_theme_about_their_relation() -> None:
    [(first, second)] = theme_relations([ASEM]).values()
    assert {"asia", "europe"} <= first.names | second.names
    assert theme_relations([SECURITY]) == {}  # its title names a region of its own


def test_paragraphs_naming_both_regions_anchor_the_relation(tmp_path: Path) -> None:
    assert _covered(tmp_path, EU_ASEAN, ASEM)


def test_one_side_alone_does_not(tmp_path: Path) -> None:
    assert not _covered(tmp_path, EU_ALONE, ASEM)


def test_a_sides_other_names_count_as_the_authors_name_for_it() -> None:
    (expanded,) = with_region_names([ASEM])
    weights = {k.term: k.weight for k in expanded.keywords}
    assert weights["EU"] == 2  # as "European Union"
    assert "ASEAN" not in weights  # the author names no Asian region alone
    assert with_region_names([SECURITY]) == (SECURITY,)


def test_initials_of_a_side_carry_a_report_written_with_them(tmp_path: Path) -> None:
    initials = (
        "ASEAN and EU ministers met by video link on Friday.\n\n"
        "ASEAN and the EU upgraded their relations to a strategic partnership. The EU is ASEAN's second "
        "largest investor, and ASEAN asked the EU to keep funding vaccines.\n\n"
        "The EU and ASEAN will hold a summit in Brussels next year, the European Commission said.\n"
    )
    assert _covered(tmp_path, initials, ASEM)


def test_an_acronym_in_title_case_names_its_region(tmp_path: Path) -> None:
    # Some newspapers write "Asean" for "ASEAN", as "Nato" for "NATO".
    title_case = (
        "Asean and the European Union have elevated their relationship to a strategic partnership.\n\n"
        "The virtual Asean-EU ministerial meeting was attended by the 10 Asean foreign ministers and 27 EU "
        "members.\n\n"
        "Asean and the EU pledged to deliver tangible benefits and to work towards an Asean-EU trade deal.\n"
    )
    assert _covered(tmp_path, title_case, ASEM)
    assert not _covered(tmp_path, title_case.replace("Asean", "Canada"), ASEM)
