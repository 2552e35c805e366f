"""Find theme keywords in text: a regex picks the few words that may start one, Snowball stems confirm.

Keywords match on stems ("security" also matches "Security", "securities"). Stemming every word of a
large text is slow, so a regular expression (a trie of prefixes of each keyword's first stem, run
over the lower-cased text) finds the candidate words and only those are stemmed. A Snowball stem of
four letters or more, less its last letter, begins the word it came from ("hope" <- "hoping",
"happi" <- "happy"; checked on every form of the hunspell en_US word list); a 3-letter stem's first
two letters do too, or its first letter and a y ("die" <- "dying"), and a shorter stem is its own
prefix. A phrase is then followed word by word. At one position, per theme, the longest phrase
wins and takes the largest weight among that theme's keywords it covers ("ASEM Day" counts as
"ASEM"); the words inside a matched phrase start no other keyword ("South China Sea" is not "China").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..spec import ThemeSpec
from .terms import all_terms, stem

_WORD_CHARS = r"[^\W_]+(?:[’'.][^\W_]+)*"
_WORD = re.compile(_WORD_CHARS)
_NEXT_WORD = re.compile(r"[\W_]*?(" + _WORD_CHARS + ")")


@dataclass(frozen=True, slots=True)
class Keyword:
    """A compiled theme keyword."""

    theme: str
    """Id of its theme."""
    term: str
    """The keyword as the author wrote it."""
    stems: tuple[str, ...]
    """Its stems."""
    weight: float
    """Its weight relative to the theme's strongest keyword (0..1]."""


@dataclass(frozen=True, slots=True)
class KeywordIndex:
    """The brief's keywords, ready to scan text with."""

    by_first_stem: dict[str, tuple[Keyword, ...]]
    """Keywords by their first stem, longest phrase first."""
    candidates: re.Pattern[str] | None
    """The starts of words (in lower case) that may stem to a keyword's first stem; None without keywords."""
    folded: re.Pattern[str] | None
    """The same, case-insensitive, for the rare text whose lower-case form has another length."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One keyword occurrence."""

    start: int
    """Offset of its first character in the scanned text."""
    keyword: Keyword
    """The keyword (per theme, the longest at this position)."""


def compile_keywords(themes: Sequence[ThemeSpec]) -> KeywordIndex:
    """The keywords of all themes, weights relative to each theme's strongest keyword."""
    index: dict[str, list[Keyword]] = defaultdict(list)
    for theme in themes:
        top = max((k.weight for k in theme.keywords), default=1.0) or 1.0
        for keyword in theme.keywords:
            stems = tuple(all_terms(keyword.term))
            if stems:
                index[stems[0]].append(Keyword(theme.id, keyword.term, stems, keyword.weight / top))
    if not index:
        return KeywordIndex({}, None, None)
    prefixes = {p for first in index for p in _word_prefixes(first)}
    pattern = r"(?<![^\W_])" + trie_pattern(sorted(prefixes))
    return KeywordIndex(
        {k: tuple(sorted(v, key=lambda kw: -len(kw.stems))) for k, v in index.items()},
        re.compile(pattern),
        re.compile(pattern, re.IGNORECASE),
    )


def _word_prefixes(first: str) -> tuple[str, ...]:
    """Prefixes that every word stemming to ``first`` starts with (one of)."""
    if len(first) >= 4:
        return (first[:-1],)
    if len(first) == 3:
        return (first[:2], first[0] + "y") if first[1] == "i" else (first[:2],)
    return (first,)


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching any of ``words`` (sorted), nested by common prefix so that the
    engine rejects most positions on their first character."""
    groups: dict[str, list[str]] = defaultdict(list)
    for word in words:
        if word:
            groups[word[0]].append(word[1:])
    branches = [re.escape(first) + trie_pattern(rest) for first, rest in groups.items()]
    if not branches:
        return ""
    optional = "?" if "" in words else ""
    if len(branches) == 1 and not optional:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + optional


def find_hits(text: str, index: KeywordIndex) -> list[Hit]:
    """Every keyword occurrence in ``text``, left to right."""
    if index.candidates is None or index.folded is None:
        return []
    lower = text.lower()
    starts = index.candidates.finditer(lower) if len(lower) == len(text) else index.folded.finditer(text)
    found: list[Hit] = []
    skip_to = 0
    for start in starts:
        if start.start() < skip_to:
            continue
        m = _WORD.match(text, start.start())
        if m is None:
            continue
        entries = index.by_first_stem.get(stem(m.group(0)))
        if not entries:
            continue
        if len(entries) == 1 and len(entries[0].stems) == 1:  # the common case: one one-word keyword
            found.append(Hit(m.start(), entries[0]))
            skip_to = m.end()
            continue
        best: dict[str, Keyword] = {}
        end = m.end()
        for keyword in entries:
            phrase_end = _phrase_end(text, m.end(), keyword.stems[1:])
            if phrase_end < 0:
                continue
            seen = best.get(keyword.theme)
            if seen is None:
                best[keyword.theme] = keyword
            elif keyword.weight > seen.weight:
                best[keyword.theme] = Keyword(seen.theme, seen.term, seen.stems, keyword.weight)
            end = max(end, phrase_end)
        found.extend(Hit(m.start(), k) for k in best.values())
        skip_to = end
    return found


def _phrase_end(text: str, at: int, rest: tuple[str, ...]) -> int:
    """End of the phrase whose remaining stems ``rest`` follow offset ``at``, or -1."""
    for expected in rest:
        m = _NEXT_WORD.match(text, at)
        if m is None or stem(m.group(1)) != expected:
            return -1
        at = m.end()
    return at
