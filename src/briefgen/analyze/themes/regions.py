"""Places inside a region a theme's title names: "Japan" or "the Spratly Islands" anchor "Indo-Pacific security".

A theme whose title names a region through one of its keywords ("**Indo-Pacific** security") is
about that region, but texts seldom repeat the region's name: a readout of talks in Tokyo on the
alliance with Japan is Indo-Pacific security without the word. The regions, their countries (ISO
codes) and their seas and islands live in ``data/themes/regions.toml``; countries are recognised
by the actor finder's country matcher (names, adjectives, capitals), other places by name.

A theme about the relation between two regions — one of its keywords joins two region names
("Asia-Europe", "Asia and Europe" for ASEM) — is anchored by a paragraph that names both regions
("the EU and ASEAN", "Europe's ties with Asia"), by the regions' own names, not by one country of
each: talks between France and Japan are not Asia–Europe engagement. A side's other names count
as the author's name for it (``with_region_names``: "EU" beside "European Union").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..._speed.literal_alternation import literal_alternation, not_after
from ...model import Sentence, Source
from ...resources import data_toml
from ...spec import Keyword, ThemeSpec
from ..actors.countries import find_countries, pycountry_names


@dataclass(frozen=True, slots=True)
class Region:
    """A world region: its names, the canonical names of its countries and its other places."""

    names: frozenset[str]
    countries: frozenset[str]
    places: tuple[str, ...]
    spellings: tuple[str, ...] = ()
    """The names as written (``names`` are case-folded)."""


@functools.cache
def _regions() -> tuple[Region, ...]:
    canonical: dict[str, str] = data_toml("actors/countries.toml").get("canonical", {})
    names = pycountry_names()

    def name(code: str) -> str:
        if code not in names:
            return code
        plain, common, _official = names[code]
        return canonical.get(code) or common or plain

    out = []
    for region in data_toml("themes/regions.toml")["regions"].values():
        out.append(
            Region(
                frozenset(n.casefold() for n in region["names"]),
                frozenset(name(c) for c in region["countries"]),
                tuple(region.get("places", ())),
                tuple(region["names"]),
            )
        )
    return tuple(out)


def theme_regions(themes: Sequence[ThemeSpec]) -> dict[str, Region]:
    """Themes whose title names a region through one of their keywords, with that region."""
    out: dict[str, Region] = {}
    for theme in themes:
        title = theme.title.casefold()
        for keyword in theme.keywords:
            term = keyword.term.casefold()
            if term not in title:
                continue
            region = next((r for r in _regions() if term in r.names), None)
            if region is not None:
                out[theme.id] = region
                break
    return out


_JOINS = re.compile(r"\s*(?:[-–—/]|\band\b|\bto\b)\s*")


def theme_relations(themes: Sequence[ThemeSpec]) -> dict[str, tuple[Region, Region]]:
    """Themes about the relation between two regions (see the module doc), with the two regions: those
    without a region of their own (``theme_regions``) with a keyword that joins two region names."""
    return _relations(tuple(themes))


def with_region_names(themes: Sequence[ThemeSpec]) -> tuple[ThemeSpec, ...]:
    """The themes, those about a relation between two regions with every name of a side's region added to
    their keywords when they list one of its names ("EU" beside "European Union"), at that keyword's weight;
    terms the author lists keep the author's weight."""
    return _with_region_names(tuple(themes))


@functools.lru_cache(maxsize=64)
def _with_region_names(themes: tuple[ThemeSpec, ...]) -> tuple[ThemeSpec, ...]:
    relations = _relations(themes)
    out = []
    for theme in themes:
        weights = {k.term.casefold(): k.weight for k in theme.keywords}
        added: dict[str, float] = {}
        for region in relations.get(theme.id, ()):
            weight = max((weights[n] for n in region.names if n in weights), default=0.0)
            for name in region.spellings if weight else ():
                if name.casefold() not in weights:
                    added[name] = max(added.get(name, 0.0), weight)
        out.append(replace(theme, keywords=theme.keywords + tuple(Keyword(t, w) for t, w in added.items())))
    return tuple(out)


@functools.lru_cache(maxsize=64)
def _relations(themes: tuple[ThemeSpec, ...]) -> dict[str, tuple[Region, Region]]:
    own = theme_regions(themes)
    by_name = {name: region for region in reversed(_regions()) for name in region.names}
    out: dict[str, tuple[Region, Region]] = {}
    for theme in themes:
        if theme.id in own:
            continue
        for keyword in sorted(theme.keywords, key=lambda k: -k.weight):
            parts = _JOINS.split(keyword.term.casefold())
            if len(parts) == 2 and all(p in by_name for p in parts) and by_name[parts[0]] != by_name[parts[1]]:
                out[theme.id] = (by_name[parts[0]], by_name[parts[1]])
                break
    return out


@functools.lru_cache(maxsize=16)
def country_mentions(text: str) -> tuple[tuple[int, str], ...]:
    """The countries ``text`` names, as (offset, canonical name): one scan shared by the themes' checks."""
    return tuple((start, name) for start, _end, _surface, name in find_countries(text))


def sentences_naming_places(
    sources: Sequence[Source],
    sentences: Sequence[Sentence],
    regions: dict[str, Region],
    relations: dict[str, tuple[Region, Region]] | None = None,
) -> dict[str, frozenset[int]]:
    """Per theme with a region, the indices of the sentences that name a place inside it; per theme about the
    relation between two regions, those that name either region in a paragraph that names both."""
    found_relations = _naming_both(sentences, relations or {})
    if not regions:
        return found_relations
    first: dict[str, int] = {}
    starts: dict[str, list[int]] = {}
    for i, sentence in enumerate(sentences):
        first.setdefault(sentence.source, i)
        starts.setdefault(sentence.source, []).append(sentence.start)
    found: dict[str, set[int]] = {theme: set() for theme in regions}
    for source in sources:
        if source.id not in starts:
            continue
        at_starts = starts[source.id]

        def sentence_at(offset: int, source_id: str = source.id, at_starts: list[int] = at_starts) -> int:
            return first[source_id] + max(0, bisect.bisect_right(at_starts, offset) - 1)

        countries = country_mentions(source.text)
        for theme, region in regions.items():
            for start, name in countries:
                if name in region.countries:
                    found[theme].add(sentence_at(start))
            if region.places:
                for m in _places_pattern(region.places).finditer(source.text):
                    found[theme].add(sentence_at(m.start()))
    return {theme: frozenset(v) for theme, v in found.items()} | found_relations


def _naming_both(
    sentences: Sequence[Sentence], relations: dict[str, tuple[Region, Region]]
) -> dict[str, frozenset[int]]:
    if not relations:
        return {}
    out: dict[str, frozenset[int]] = {}
    texts = [sentence.text for sentence in sentences]
    joined = _SEP.join(texts)
    starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    for theme, sides in relations.items():
        patterns = [_places_pattern(_with_title_case(region.spellings)) for region in sides]
        naming: dict[tuple[str, int], list[set[int]]] = {}
        for side, pattern in enumerate(patterns):
            for i in _sentences_matching(pattern, texts, starts, joined):
                sentence = sentences[i]
                naming.setdefault((sentence.source, sentence.paragraph), [set(), set()])[side].add(i)
        out[theme] = frozenset(i for a, b in naming.values() if a and b for i in a | b)
    return out


_SEP = "\x00"
"""Between the sentences in one scan: no place holds it and the place patterns see it as a text's edge (it is no
word character nor hyphen), so a match never spans two sentences and each sentence matches as if alone."""


def _sentences_matching(pattern: re.Pattern[str], texts: list[str], starts: list[int], joined: str) -> list[int]:
    """The indices of the ``texts`` that ``pattern`` (a place pattern) finds in, from one scan of ``joined`` (the
    texts joined by ``_SEP``, each at its offset of ``starts``): the same as searching each text alone."""
    found: list[int] = []
    where = bisect.bisect_right
    for m in pattern.finditer(joined):
        i = where(starts, m.start()) - 1
        if not found or found[-1] != i:
            found.append(i)
    return found


def _with_title_case(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names, with each acronym of four letters or more also in title case, as some newspapers write
    them ("Asean" for "ASEAN")."""
    return names + tuple(n.title() for n in names if len(n) >= 4 and n.isupper() and n.isalpha())


@functools.lru_cache(maxsize=16)
def _places_pattern(places: tuple[str, ...]) -> re.Pattern[str]:
    # Each branch checks the character before it after its first letter (``literal_alternation``), so the
    # engine skips to the places' first letters instead of trying every position.
    return re.compile(literal_alternation(places, not_after(r"[\w-]")) + r"(?![\w-])")
