"""Find every number and quotation in the analyst's sections and check each against the brief's sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..analyze.figures.extract import extract_figures
from ..analyze.sentences.split import split_sentences
from ..model import Analysis, AnalystSection, Claim, Figure, Sentence
from ..resources import data_toml
from .numbers import CHECKED_KINDS, FigureIndex, SentenceFinder, check_number, facts_for
from .parse import line_at
from .quotations import QuoteIndex, quotations
from .text import AnalystText, Place, analyst_text


@dataclass(frozen=True, slots=True)
class PlacedClaim:
    """A checked claim and where it ends in the analyst's text (where its citation goes)."""

    claim: Claim
    """The claim."""
    place: Place
    """Where the claim's text ends: section, block and offset."""
    start: int = 0
    """Offset in the block's text where the claim begins."""


def check_claims(
    sections: Sequence[AnalystSection], path: str, analysis: Analysis, figures: Sequence[Figure], brief_date: str = ""
) -> list[PlacedClaim]:
    """Every number and quotation of ``sections``, checked against ``analysis``'s sources and ``figures``.

    Years and dates after the brief's own date are forecasts ("by 2030"), not claims about the
    reporting, and are not checked.
    """
    text = analyst_text(sections, path)
    sentences = split_sentences(text.source)
    quoted = _quotes(text, sections, analysis)
    numbers = [
        n for n in _numbers(text, sentences, sections, analysis, figures, brief_date) if not _inside(n, quoted)
    ]
    placed = numbers + quoted
    return sorted(placed, key=lambda p: (p.place.section, p.place.block, p.place.offset))


def is_forward(section: str) -> bool:
    """True for a section that looks ahead or proposes (``data/analyst/sections.toml``)."""
    kinds: list[str] = data_toml("analyst/sections.toml")["forward"]
    return any(section == k or section.startswith(k + "-") for k in kinds)


def _inside(number: PlacedClaim, quoted: Sequence[PlacedClaim]) -> bool:
    """A number inside a quotation is checked with the quotation."""
    at = number.place
    return any(
        q.place.section == at.section and q.place.block == at.block and q.start <= at.offset <= q.place.offset
        for q in quoted
    )


def _later(figure: Figure, brief_date: str) -> bool:
    """A year or date after the brief's date."""
    if figure.kind not in ("year", "date") or not brief_date[:4].isdigit():
        return False
    when = figure.iso or str(int(figure.value))
    return when[: len(brief_date)] > brief_date[: len(when)]


def _numbers(
    text: AnalystText, sentences: Sequence[Sentence], sections: Sequence[AnalystSection], analysis: Analysis,
    figures: Sequence[Figure], brief_date: str,
) -> list[PlacedClaim]:
    index = FigureIndex(figures, analysis.sentences, analysis.actors)
    own = [
        f for f in extract_figures(text.source, sentences) if f.kind in CHECKED_KINDS and not _later(f, brief_date)
    ]
    facts = facts_for(own, SentenceFinder(sentences), index.names)
    out: list[PlacedClaim] = []
    for figure, fact in zip(own, facts, strict=True):
        result = check_number(fact, index)
        place = text.place(figure.cite.paragraph, figure.cite.end)
        block = sections[place.section].blocks[place.block]
        section = sections[place.section].id
        claim = Claim(
            text=figure.text,
            line=line_at(block, place.offset),
            kind="number",
            status=result.status,
            section=section,
            cites=result.cites,
            source_value=result.source_value,
            forward=is_forward(section),
        )
        out.append(PlacedClaim(claim, place, place.offset - len(figure.text)))
    return out


def _quotes(text: AnalystText, sections: Sequence[AnalystSection], analysis: Analysis) -> list[PlacedClaim]:
    index = QuoteIndex(analysis.sources, analysis.sentences, analysis.quotes)
    out: list[PlacedClaim] = []
    for s_index, section in enumerate(sections):
        for b_index, block in enumerate(section.blocks):
            for quoted in quotations(block.text):
                result = index.check(quoted.text)
                claim = Claim(
                    text=quoted.text,
                    line=line_at(block, quoted.start),
                    kind="quote",
                    status=result.status,
                    section=section.id,
                    cites=result.cites,
                    source_value=result.source_value,
                )
                out.append(PlacedClaim(claim, Place(s_index, b_index, quoted.end), quoted.start))
    return out
