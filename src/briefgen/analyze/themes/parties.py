"""A theme about a country's relations ("China alignment") counts only where a second party is named.

A theme whose title names a country through one of its keywords and a relation (a word of
``data/themes/relation_words.txt``: "alignment", "relations", "ties" …) is about that country's
dealings with others. A paragraph on the country alone — its domestic economy, its cities, its
markets — names the anchor but reports on no relation: it counts towards the theme's coverage only
when the paragraph also names another party (another country, by the actor finder's country
matcher). A heading counts the parties of the paragraph it introduces. Once the theme is covered,
its paragraphs are found as for any theme (a text about Tonga's debts need not repeat "Tonga").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ...model import Source
from ...resources import word_list
from ...spec import ThemeSpec
from ..actors.countries import country_name
from .regions import country_mentions

_WORD = re.compile(r"[^\W_]+")


def relation_anchors(themes: Sequence[ThemeSpec], title_terms: dict[str, frozenset[str]]) -> dict[str, str]:
    """Per theme about a country's relations, the country its title names."""
    out: dict[str, str] = {}
    for theme in themes:
        words = {w.casefold() for w in _WORD.findall(theme.title)}
        if not words & word_list("themes/relation_words.txt"):
            continue
        countries = {c for t in title_terms.get(theme.id, ()) if (c := country_name(t)) is not None}
        if len(countries) == 1:
            out[theme.id] = countries.pop()
    return out


def paragraphs_with_parties(
    sources: Sequence[Source], anchors: dict[str, str]
) -> dict[str, frozenset[tuple[str, int]]]:
    """Per theme of ``relation_anchors``, the paragraphs (source, index) naming a country other than its own."""
    if not anchors:
        return {}
    named: dict[tuple[str, int], set[str]] = {}
    for source in sources:
        in_paragraph: dict[int, set[str]] = {}
        starts = [p.start for p in source.paragraphs]
        for offset, country in country_mentions(source.text):
            at = bisect.bisect_right(starts, offset) - 1
            if at >= 0 and offset < source.paragraphs[at].end:
                in_paragraph.setdefault(at, set()).add(country)
        following: set[str] = set()
        for at, paragraph in reversed(list(enumerate(source.paragraphs))):
            countries = in_paragraph.get(at, set())
            # A heading introduces what follows it: it names the parties of the paragraph after it too.
            named[source.id, paragraph.index] = countries | following if paragraph.heading else countries
            following = named[source.id, paragraph.index]
    return {
        theme: frozenset(at for at, countries in named.items() if countries - {country})
        for theme, country in anchors.items()
    }
