"""Join stage outputs: give figures, quotes, events and actors the theme of their sentences."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from .._speed.gc_pause import without_gc
from .._speed.quick_init import replaced
from ..model import Actor, Cite, Event, Figure, Quote, Sentence, ThemeMatch
from .actors.merge import merge_actors as merge_all
from .themes.keyword_scan import trie_pattern

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
    pattern = _names_pattern(sorted(names))
    themes: dict[int, list[str]] = defaultdict(list)
    for sentence, match in zip(sentences, matches, strict=True):
        if match.theme is None:
            continue
        for hit in pattern.finditer(sentence.text):
            for i in names[hit.group(0)]:
                if match.theme not in themes[i]:
                    themes[i].append(match.theme)
    return tuple(replaced(a, themes=tuple(themes[i])) for i, a in enumerate(actors))


def _names_pattern(names: list[str]) -> re.Pattern[str]:
    """``\\b(?:name|…)\\b`` for the non-empty ``names`` (sorted), fast: a prefix tree tries the longer of two
    names sharing a start first, as the alternation of names longest first would, and each branch opens with
    its literal first character, the word boundary before it checked after it, so that the engine skips to
    those characters instead of trying the whole pattern at every position."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[name[0]].append(name[1:])
    branches = [re.escape(first) + _BOUNDARY_BEFORE[_WORD_CHAR.match(first) is not None] + trie_pattern(rest)
                for first, rest in groups.items()]
    return re.compile("(?:" + "|".join(branches) + r")\b")


_WORD_CHAR = re.compile(r"\w")
# ``\b`` before the character just read: before a word character, no word character precedes it (or nothing
# does); before any other character, a word character does.
_BOUNDARY_BEFORE = {True: r"(?<!\w.)", False: r"(?<=\w.)"}


@without_gc
def merge_actors(actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """One actor per real-world actor across sources (see ``actor_merge``), most mentioned first."""
    return merge_all(actors)
