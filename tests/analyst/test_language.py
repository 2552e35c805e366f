"""Estimative language (ICD 203 style): each rule fires on made-up judgements and names itself."""

from __future__ import annotations

from briefgen.analyst.language import check_language, lexicon
from briefgen.analyst.parse import parse_analysis


def _rules(markdown: str) -> list[tuple[str, int, str]]:
    return [(f.rule, f.line, f.text) for f in check_language(parse_analysis(markdown))]


def test_vague_hedges_only_in_assessment_and_outlook() -> None:
    found = _rules(
        "## Assessment\n\nThe talks could fail.\n\n## Outlook 2030\n\nAid might possibly rise.\n\n"
        "## Talking points\n\n- We may raise the matter.\n"
    )
    assert found == [
        ("vague-hedge", 3, "could"),
        ("vague-hedge", 7, "might"),
        ("vague-hedge", 7, "possibly"),
    ]


def test_may_the_month_is_no_hedge() -> None:
    assert _rules("## Assessment\n\nTalks resumed in May 2024. In May, aid rose.\n") == []


def test_mixed_likelihood_needs_bands_far_apart() -> None:
    assert _rules("## Outlook\n\nA deal is likely, even very likely, this year.\n") == []
    found = _rules("## Outlook\n\nA deal is almost certain but very unlikely to last.\n")
    assert found == [("mixed-likelihood", 3, "very unlikely … almost certain")]


def test_confidence_rules() -> None:
    found = _rules(
        "## Assessment\n\nCambodia will probably host ships (high confidence).\n\n"
        "Ream is a Chinese project (supreme confidence).\n\nAid keeps flowing (moderate confidence).\n"
    )
    assert [f[0] for f in found] == ["confidence-and-likelihood", "confidence-level"]
    assert found[1][1] == 5


def test_the_terms_come_from_the_data_file() -> None:
    words = lexicon()
    assert words.band_names[0] == "almost no chance" and words.band_names[-1] == "almost certain"
    assert words.bands["very likely"] > words.bands["likely"] > words.bands["unlikely"]
    assert set(words.rules) == {"vague-hedge", "mixed-likelihood", "confidence-and-likelihood", "confidence-level"}
