"""Theme assignment: keyword relevance, heading context, no forced matches, explained choices."""

from __future__ import annotations

from pathlib import Path

from briefgen.analyze.sentences import split_sentences
from briefgen.analyze.themes import assign_themes
from briefgen.ingest import read_source
from briefgen.spec import Keyword, ThemeSpec, load_spec

ROOT = Path(__file__).parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
THEMES = load_spec(ROOT / "seeds" / "cambodia").themes


def _assign(path: Path, themes: tuple[ThemeSpec, ...] = THEMES):  # type: ignore[no-untyped-def]
    source = read_source(path, "s")
    sentences = split_sentences(source)
    return sentences, assign_themes([source], sentences, themes)


def test_seed_sentences_go_to_their_themes() -> None:
    sentences, result = _assign(CORPUS / "cambodia.txt")
    by_text = {s.text[:40]: m.theme for s, m in zip(sentences, result.sentences, strict=True)}
    assert by_text["Since its inception in 1996, ASEM has be"] == "asem"
    assert by_text["Pisen highlighted key security concerns,"] == "indo-pacific-security"
    assert by_text["Between 2018 and 2021, Beijing pledged $"] == "china-alignment"
    assert result.covered == {"asem", "indo-pacific-security", "china-alignment"}


def test_assignments_are_explained() -> None:
    sentences, result = _assign(CORPUS / "cambodia.txt")
    for sentence, match in zip(sentences, result.sentences, strict=True):
        if match.theme is not None and "ASEM" in sentence.text:
            assert match.score > 0
            assert "ASEM" in match.terms
            return
    raise AssertionError("no ASEM sentence found")


def test_heading_context_reaches_a_paragraph_without_keywords(tmp_path: Path) -> None:
    path = tmp_path / "h.txt"
    path.write_text(
        "Maritime Security in the Region\nSecurity officials met on Monday.\n"
        "The navy and coast guard held drills near the strait.\nSecurity patrols will continue.\n"
        "Trade Talks Resume\nNegotiators met to discuss tariffs.\n",
        encoding="utf-8",
    )
    themes = (ThemeSpec("sec", "Security", "", (Keyword("maritime security", 3.0), Keyword("security", 2.0))),)
    sentences, result = _assign(path, themes)
    drills = next(m for s, m in zip(sentences, result.sentences, strict=True) if "navy" in s.text)
    tariffs = next(m for s, m in zip(sentences, result.sentences, strict=True) if "tariffs" in s.text)
    assert drills.theme == "sec"  # no keyword of its own: the heading and neighbours carry it
    assert tariffs.theme is None


def test_absent_theme_gets_nothing() -> None:
    _sentences, result = _assign(CORPUS / "08_wh_biden_xi_bali_readout.txt")
    assert "asem" not in result.covered
    assert all(m.theme != "asem" for m in result.sentences)


def test_no_themes_means_no_assignment() -> None:
    _sentences, result = _assign(CORPUS / "cambodia.txt", ())
    assert all(m.theme is None for m in result.sentences)
