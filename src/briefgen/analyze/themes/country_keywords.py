"""A theme's country keywords in every name of the country: "PRC" and "People's Republic of China" for "China".

Authors list the names they use ("China", "Chinese", "Beijing"); official texts use others ("the People's
Republic of China", "the PRC"). A proper-noun keyword that names a country (``actors.countries``) brings the
country's other names (those that end another country's name, and abbreviations with full stops, aside), at the
weight of the strongest keyword naming it; they are one concept with it
(``coverage.concept``), so they add no breadth of evidence, only its reach. Names the author lists keep the
author's weight.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ...spec import Keyword, ThemeSpec
from ..actors.countries import all_countries, country_forms, country_name


def with_country_names(themes: Sequence[ThemeSpec]) -> tuple[ThemeSpec, ...]:
    """The themes with every name of each country their proper-noun keywords name added to their keywords."""
    return _with_country_names(tuple(themes))


@functools.lru_cache(maxsize=64)
def _with_country_names(themes: tuple[ThemeSpec, ...]) -> tuple[ThemeSpec, ...]:
    return tuple(_expand(theme) for theme in themes)


@functools.cache
def _inside_other_names() -> frozenset[str]:
    """Country names that end another country's name ("Republic of China" in "People's Republic of China"):
    added, they would be found inside it."""
    # The last words of each name ("Republic of China", "of China", "China" of "People's Republic of China").
    endings: dict[str, set[str]] = {}
    for country in all_countries():
        for form in country_forms(country):
            words = form.split(" ")
            for i in range(1, len(words)):
                endings.setdefault(" ".join(words[i:]), set()).add(country)
    return frozenset(
        f for country in all_countries() for f in country_forms(country) if endings.get(f, set()) - {country}
    )


def _plain(form: str) -> bool:
    """True for a name of words (letters, spaces, apostrophes, hyphens): an added name with full stops ("P.R.C.")
    would send the keyword scan of every text down its slow path (``keyword_scan.compile_keywords``), for a form
    seldom written."""
    return all(ch.isalpha() or ch in " '’-" for ch in form)


def _expand(theme: ThemeSpec) -> ThemeSpec:
    weights = {k.term.casefold(): k.weight for k in theme.keywords}
    strongest: dict[str, float] = defaultdict(float)
    for keyword in theme.keywords:
        if not keyword.term.islower() and (country := country_name(keyword.term)) is not None:
            strongest[country] = max(strongest[country], keyword.weight)
    added = {
        form: weight
        for country, weight in strongest.items()
        for form in country_forms(country)
        if form.casefold() not in weights and form not in _inside_other_names() and _plain(form)
    }
    if not added:
        return theme
    return replace(theme, keywords=theme.keywords + tuple(Keyword(t, w) for t, w in added.items()))
