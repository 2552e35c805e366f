"""The years a figure holds for, from the nearest text that states them: its label, its sentence, its
paragraph, else its source's publication date. Two figures whose years are disjoint are of different
periods or events (two elections, two budgets) and are never one quantity."""

from __future__ import annotations

import re
from collections import defaultdict

from ..analyze.merge import SentenceIndex
from ..model import Analysis, Figure

_YEAR = re.compile(r"\b(?:1[5-9]|20)[0-9]{2}\b")


def years_of_figures(analysis: Analysis) -> list[frozenset[int]]:
    """For each figure of ``analysis.figures`` (same order), the years its nearest context states."""
    index = SentenceIndex(analysis.sentences, analysis.matches)
    by_sentence: dict[tuple[str, int], set[int]] = defaultdict(set)
    by_paragraph: dict[tuple[str, int], set[int]] = defaultdict(set)
    for figure in analysis.figures:
        found = stated_years(figure)
        by_sentence[index.sentence_key(figure.cite)].update(found)
        by_paragraph[(figure.cite.source, figure.cite.paragraph)].update(found)
    published = {s.id: _year(s.date) for s in analysis.sources}
    out: list[frozenset[int]] = []
    for figure in analysis.figures:
        own = frozenset(_label_years(figure.label))
        if not own:
            own = frozenset(by_sentence.get(index.sentence_key(figure.cite), ()))
        if not own:
            own = frozenset(by_paragraph.get((figure.cite.source, figure.cite.paragraph), ()))
        year = published.get(figure.cite.source)
        if not own and year is not None:
            own = frozenset({year})
        out.append(own)
    return out


def stated_years(figure: Figure) -> set[int]:
    """The years a year, year range or dated figure states ("2018–2021", "March 2024")."""
    if figure.kind == "year":
        return {int(figure.value)}
    if figure.kind == "range" and figure.unit == "year" and figure.low and figure.high:
        return {int(figure.low), int(figure.high)}
    if figure.kind == "date" and figure.iso and figure.iso[:4] in figure.text:
        return {int(figure.iso[:4])}
    return set()


def _label_years(label: str) -> set[int]:
    """Years a label states (a span "2018–2021" by its ends, as a year range figure)."""
    return {int(y) for y in _YEAR.findall(label)}


def _year(date: str | None) -> int | None:
    if date and date[:4].isdigit():
        return int(date[:4])
    return None


def disjoint(a: frozenset[int], b: frozenset[int]) -> bool:
    """True when both state years and share none."""
    return bool(a and b and not a & b)

