"""Theme assignment: keyword relevance, heading context, no forced matches, explained choices."""

from __future__ import annotations

from pathlib import Path

from briefgen.analyze.sentences.split import split_sentences
from briefgen.analyze.themes.assign import assign_themes
from briefgen.ingest import read_source
from briefgen.spec import Keyword, ThemeSpec, load_spec

ROOT = Path(__file__).parents[3]
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
    keywords = (Keyword("maritime security", 3.0), Keyword("security", 2.0), Keyword("patrols", 1.0))
    themes = (ThemeSpec("sec", "Security", "", keywords),)
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


def test_quotation_full_of_another_themes_keywords_follows_its_paragraph() -> None:
    sentences, result = _assign(CORPUS / "cambodia.txt")
    quote = next(
        (s, m) for s, m in zip(sentences, result.sentences, strict=True) if s.text.startswith("“Guided by principles")
    )
    assert "security" in quote[0].text and quote[1].theme == "asem"
    assert result.paragraphs[("s", quote[0].paragraph)].theme == "asem"


def test_headings_and_keywordless_paragraphs_take_their_sections_theme() -> None:
    _sentences, result = _assign(CORPUS / "cambodia.txt")
    # "Economic Leverage and Political Survival" (21) and the closing paragraph (30) name no keyword
    for index in (17, 21, 26, 29, 30):
        match = result.paragraphs[("s", index)]
        assert (match.theme, match.basis) == ("china-alignment", "section")


def test_every_paragraph_is_explained() -> None:
    source = read_source(CORPUS / "cambodia.txt", "s")
    result = assign_themes([source], split_sentences(source), THEMES)
    assert list(result.paragraphs) == [("s", p.index) for p in source.paragraphs]
    first = result.paragraphs[("s", 0)]
    assert first.theme == "asem" and first.basis == "keywords" and first.score > 1
    assert set(first.terms) >= {"Asia-Europe Meeting", "ASEM"}


def test_absent_theme_paragraphs_go_elsewhere_or_to_none() -> None:
    _sentences, result = _assign(CORPUS / "08_wh_biden_xi_bali_readout.txt")
    assert all(m.theme != "asem" for m in result.paragraphs.values())
    assert result.covered == {"indo-pacific-security", "china-alignment"}


def test_a_passing_mention_in_a_long_paragraph_is_not_enough(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(
        "Fisheries officials met in Manila to review illegal fishing in the region over many hours of talks. "
        "The review covered patrol budgets, port inspections, a short note on security, and the licensing "
        "of foreign fleets across the coastal provinces.\n"
        "Security forces staged drills. Security was tight.\n",
        encoding="utf-8",
    )
    # Without related terms ("patrol" is one of security's): only the author's two words count here.
    themes = (ThemeSpec("sec", "Security", "", (Keyword("security", 1.0), Keyword("drills", 1.0)), related=False),)
    sentences, result = _assign(path, themes)
    assert result.paragraphs[("s", 0)].theme is None
    assert result.paragraphs[("s", 1)].theme == "sec"
    fishing = next(m for s, m in zip(sentences, result.sentences, strict=True) if "Fisheries" in s.text)
    assert fishing.theme is None


def test_scaling_the_weights_changes_nothing() -> None:
    scaled = tuple(
        ThemeSpec(t.id, t.title, t.description, tuple(Keyword(k.term, k.weight * 10) for k in t.keywords))
        for t in THEMES
    )
    _s1, plain = _assign(CORPUS / "05_wh_us_asean_comprehensive_strategic_partnership_factsheet.txt")
    _s2, heavy = _assign(CORPUS / "05_wh_us_asean_comprehensive_strategic_partnership_factsheet.txt", scaled)
    assert plain == heavy


def test_paragraph_accuracy_on_the_gold_meets_the_target() -> None:
    from briefgen.evaluate import evaluate, gold_folders, totals

    # The dev split (real texts, tuned on); 0.89 when the keyword-usage and coverage rules came in.
    report = evaluate(gold_folders(ROOT / "tests" / "gold" / "dev"), ("themes",))
    assert totals(report)["themes"]["accuracy"] >= 0.85
