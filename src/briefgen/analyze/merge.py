"""Join stage outputs: give figures, quotes, events and actors the theme of their sentences."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .._speed.gc_pause import without_gc
from .._speed.literal_alternation import literal_alternation, word_start
from .._speed.quick_init import replaced
from ..model import Actor, Cite, Event, Figure, Quote, Sentence, ThemeMatch
from .actors.merge import merge_actors as merge_all

_WORDS = re.compile(r"\w+")

_Themed = TypeVar("_Themed", Figure, Quote, Event)


@dataclass(frozen=True, slots=True)
class Tagged:
    """Stage outputs with their themes filled in."""

    figures: tuple[Figure, ...]
    """Figures with ``theme``."""
    quotes: tuple[Quote, ...]
    """Quotes with ``theme``."""
    events: tuple[Event, ...]
    """Events with ``theme``."""
    actors: tuple[Actor, ...]
    """Actors with ``themes``."""


class SentenceIndex:
    """Finds the sentence holding a citation by binary search over sentence starts."""

    def __init__(self, sentences: Sequence[Sentence], matches: Sequence[ThemeMatch]) -> None:
        self._starts: dict[str, list[int]] = defaultdict(list)
        self._themes: dict[str, list[str | None]] = defaultdict(list)
        for sentence, match in zip(sentences, matches, strict=True):
            self._starts[sentence.source].append(sentence.start)
            self._themes[sentence.source].append(match.theme)

    def _position(self, cite: Cite) -> int:
        starts = self._starts.get(cite.source)
        return bisect.bisect_right(starts, cite.start) - 1 if starts else -1

    def theme_of(self, cite: Cite) -> str | None:
        """The theme of the sentence in which ``cite`` starts."""
        i = self._position(cite)
        return self._themes[cite.source][i] if i >= 0 else None

    def sentence_key(self, cite: Cite) -> tuple[str, int]:
        """(source id, start offset) of the sentence in which ``cite`` starts."""
        i = self._position(cite)
        return (cite.source, self._starts[cite.source][i] if i >= 0 else 0)


@without_gc
def tag_themes(
    sentences: Sequence[Sentence],
    matches: Sequence[ThemeMatch],
    figures: Sequence[Figure],
    quotes: Sequence[Quote],
    events: Sequence[Event],
    actors: Sequence[Actor],
) -> Tagged:
    """Copy each sentence's theme onto what was found in it."""
    index = SentenceIndex(sentences, matches)
    return Tagged(
        figures=tuple(_with_theme(f, index.theme_of(f.cite)) for f in figures),
        quotes=tuple(_with_theme(q, index.theme_of(q.cite)) for q in quotes),
        events=tuple(_with_theme(e, index.theme_of(e.cite)) for e in events),
        actors=_actor_themes(actors, sentences, matches),
    )


def _with_theme(item: _Themed, theme: str | None) -> _Themed:
    """``item`` with ``theme`` (itself when it has that theme already: copying is slow)."""
    return item if item.theme == theme else replaced(item, theme=theme)


def _actor_themes(
    actors: Sequence[Actor], sentences: Sequence[Sentence], matches: Sequence[ThemeMatch]
) -> tuple[Actor, ...]:
    names: dict[str, set[int]] = defaultdict(set)
    for i, actor in enumerate(actors):
        for name in (actor.name, *actor.aliases):
            if len(name) > 2:
                names[name].add(i)
    if not names:
        return tuple(actors)
    themed = [(sentence.text, match.theme) for sentence, match in zip(sentences, matches, strict=True)
              if match.theme is not None]
    themes: dict[int, list[str]] = defaultdict(list)
    pattern = _names_pattern(names, {text for text, _theme in themed})
    if pattern is not None:
        found: dict[str, list[str]] = {}  # the names in each text (a text said again is read once)
        for text, theme in themed:
            hits = found.get(text)
            if hits is None:
                hits = found[text] = pattern.findall(text)
            for name in hits:
                for i in names[name]:
                    if theme not in themes[i]:
                        themes[i].append(theme)
    return tuple(replaced(a, themes=tuple(themes[i])) for i, a in enumerate(actors))


def _names_pattern(names: Iterable[str], texts: Iterable[str]) -> re.Pattern[str] | None:
    """``\\b(?:name|…)\\b``, longest first, of those ``names`` that may occur in ``texts`` (None: none may).

    A name matches as whole words, so each of its words (runs of word characters) is a whole word of the text:
    the names with a word the texts lack are left out. That changes no match, and the pattern, compiled anew
    for each analysis (the compiler is pure Python), stays as small as the names really in the text."""
    words = set(_WORDS.findall("\n".join(texts)))
    present = [name for name in names if words.issuperset(_WORDS.findall(name))]
    if not present:
        return None
    return re.compile(literal_alternation(present, word_start) + r"\b")


@without_gc
def merge_actors(actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """One actor per real-world actor across sources (see ``actor_merge``), most mentioned first."""
    return merge_all(actors)
