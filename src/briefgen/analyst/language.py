"""Estimative language in the analyst's sections (after ICD 203): vague hedges where judgements are stated,
likelihood terms of far-apart bands in one sentence, confidence and likelihood combined, confidence off the scale.

The terms and the rules' wording live in ``data/analyst/estimative.toml``; each finding names its rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ..analyze.sentences.split import split_sentences
from ..model import AnalystSection, LanguageFinding
from ..resources import data_toml
from .parse import line_at
from .text import analyst_text

_CONFIDENCE = re.compile(r"\b(?:with\s+)?(\w+)\s+confidence\b", re.I)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The estimative terms, compiled."""

    rules: dict[str, str]
    """Rule name -> what it asks for."""
    hedge_sections: frozenset[str]
    """Section ids where hedges are flagged."""
    hedges: re.Pattern[str]
    """Any hedge word or phrase."""
    likelihood: re.Pattern[str]
    """Any likelihood term (longest first)."""
    bands: dict[str, int]
    """Likelihood term (lower case) -> its band's position on the scale."""
    band_names: tuple[str, ...]
    """Band names, lowest first."""
    levels: frozenset[str]
    """Confidence levels on the scale."""
    min_distance: int
    """Bands this far apart in one sentence are mixed."""


@cache
def lexicon() -> Lexicon:
    """The estimative lexicon from its data file."""
    data = data_toml("analyst/estimative.toml")
    bands: dict[str, int] = {}
    names: list[str] = []
    for position, band in enumerate(data["likelihood"]):
        names.append(band["band"])
        for term in band["terms"]:
            bands[term.lower()] = position
    return Lexicon(
        rules=dict(data["rules"]),
        hedge_sections=frozenset(data["hedges"]["sections"]),
        hedges=_alternation(data["hedges"]["words"]),
        likelihood=_alternation(list(bands)),
        bands=bands,
        band_names=tuple(names),
        levels=frozenset(level.lower() for level in data["confidence"]["levels"]),
        min_distance=int(data["mixing"]["min_distance"]),
    )


def _alternation(terms: Sequence[str]) -> re.Pattern[str]:
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered) + r")\b", re.I)


def check_language(sections: Sequence[AnalystSection]) -> tuple[LanguageFinding, ...]:
    """Every estimative-language finding of the sections, in file order."""
    if not sections:
        return ()
    text = analyst_text(sections, "analysis.md")
    words = lexicon()
    found: list[LanguageFinding] = []
    for sentence in split_sentences(text.source):
        place = text.place(sentence.paragraph, sentence.start)
        section = sections[place.section]
        block = section.blocks[place.block]
        for rule, offset, what in _sentence_findings(sentence.text, section.id, words):
            line = line_at(block, place.offset + offset)
            found.append(LanguageFinding(rule, line, section.id, what, words.rules[rule]))
    return tuple(found)


def _sentence_findings(sentence: str, section: str, words: Lexicon) -> Iterator[tuple[str, int, str]]:
    """(rule, offset in the sentence, the words that fired) for one sentence."""
    if any(section == s or section.startswith(s + "-") for s in words.hedge_sections):
        for match in words.hedges.finditer(sentence):
            if not _month(sentence, match):
                yield "vague-hedge", match.start(), match.group(0)
    terms = [(m.start(), m.group(0)) for m in words.likelihood.finditer(sentence)]
    positions = [words.bands[" ".join(t.lower().split())] for _, t in terms]
    if positions and max(positions) - min(positions) >= words.min_distance:
        low = terms[positions.index(min(positions))][1]
        high = terms[positions.index(max(positions))][1]
        yield "mixed-likelihood", terms[0][0], f"{low} … {high}"
    confidence = list(_CONFIDENCE.finditer(sentence))
    for match in confidence:
        if match.group(1).lower() not in words.levels:
            yield "confidence-level", match.start(), match.group(0)
    if confidence and terms:
        yield "confidence-and-likelihood", confidence[0].start(), f"{terms[0][1]} … {confidence[0].group(0)}"


def _month(sentence: str, match: re.Match[str]) -> bool:
    """"May" the month: capitalised mid-sentence, or before a day or year."""
    if match.group(0) != "May":
        return False
    after = sentence[match.end() :].lstrip()
    return match.start() > 0 or after[:1].isdigit()
