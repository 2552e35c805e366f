"""The analyst's numbers and quotations checked against the seed's sources (tests/fixtures/analyst/analysis.md)."""

from __future__ import annotations

from briefgen.api import Prepared


def _claims(prepared: Prepared) -> dict[str, tuple[str, int, str]]:
    return {c.text: (c.status, c.line, c.source_value) for c in prepared.brief.claims}


def test_a_correct_figure_is_supported_with_its_exact_cite(prepared: Prepared) -> None:
    brief, source = prepared.brief, prepared.analysis.sources[0]
    claim = next(c for c in brief.claims if c.text == "$588 million")
    assert claim.status == "supported" and claim.line == 5 and claim.section == "assessment"
    assert [source.text[c.start : c.end] for c in claim.cites] == ["$588 million"]
    assert _claims(prepared)["$17.7 billion"][0] == "supported"
    assert _claims(prepared)["53 partners"][0] == "supported"


def test_a_wrong_figure_differs_and_names_the_source_value(prepared: Prepared) -> None:
    assert _claims(prepared)["$600 million"] == ("differs", 10, "$588 million")


def test_a_number_no_source_gives_is_unsupported(prepared: Prepared) -> None:
    claims = {c.text: c for c in prepared.brief.claims}
    assert _claims(prepared)["12 Chinese warships"] == ("unsupported", 19, "")
    assert not claims["12 Chinese warships"].forward
    assert _claims(prepared)["40 percent"] == ("unsupported", 11, "")
    assert claims["40 percent"].forward  # an Outlook's forecast: recorded, not a fault


def test_a_forecast_year_after_the_brief_date_is_not_a_claim(prepared: Prepared) -> None:
    assert "2027" not in _claims(prepared)


def test_quotations(prepared: Prepared) -> None:
    claims = {c.text: c for c in prepared.brief.claims if c.kind == "quote"}
    source = prepared.analysis.sources[0]
    verbatim = claims["This special occasion marks nearly three decades of multilateral engagement."]
    assert verbatim.status == "supported"
    assert source.text[verbatim.cites[0].start : verbatim.cites[0].end].startswith("This special occasion")
    changed = claims["has advanced political dialogue, economic cooperation, and investment"]
    assert changed.status == "differs" and "economic cooperation, and trade" in changed.source_value
    assert claims["we will never allow foreign bases on Cambodian soil"].status == "unsupported"


def test_supported_claims_carry_their_cites_in_the_text(prepared: Prepared) -> None:
    assessment = prepared.brief.analyst[0]
    assert assessment.id == "assessment"
    cited = [r.text for b in assessment.blocks for r in b.runs if r.cites]
    assert cited[0].endswith("$588 million")
    outlook = next(s for s in prepared.brief.analyst if s.id == "outlook")
    assert not any(r.cites for b in outlook.blocks for r in b.runs)  # $600 million differs: no citation
    text = "".join(r.text for r in assessment.blocks[0].runs)
    assert "**" not in text and "(high confidence)" in text
