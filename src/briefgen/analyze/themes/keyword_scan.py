"""Find theme keywords in text: a regex picks the few words that may start one, Snowball stems confirm.

Keywords match on stems ("security" also matches "Security", "securities"). Stemming every word of a
large text is slow, so a regular expression (a trie of prefixes of each keyword's first stem, run
over the lower-cased text) finds the candidate words and only those are stemmed, each distinct word
once. A Snowball stem of four letters or more, less its last letter, begins the word it came from
("hope" <- "hoping", "happi" <- "happy"; checked on every form of the hunspell en_US word list); a
3-letter stem's first two letters do too, or its first letter and a y ("die" <- "dying"), and a
shorter stem is its own prefix. A phrase is then followed word by word. At one position, per theme,
the longest phrase wins and takes the largest weight among that theme's keywords it covers ("ASEM
Day" counts as "ASEM"); the words inside a matched phrase start no other keyword ("South China Sea"
is not "China").

Many texts (the sentences of a source) are scanned in one pass over them joined by spaces.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate

from ..._speed.literal_alternation import trie_pattern
from ..._speed.regex_cache import compile_cached
from ...spec import ThemeSpec
from ..terms import all_terms, stem
from .usage import keyword_forms

_WORD_CHARS = r"[^\W_]+(?:[’'.][^\W_]+)*"
_WORD = compile_cached(_WORD_CHARS)
_NEXT_WORD = compile_cached(r"[\W_]*(" + _WORD_CHARS + ")")


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
    forms: tuple[str, ...] = ()
    """Its words without inflection (``usage.keyword_forms``): what a hit's words must be."""
    common: bool = False
    """True when the author wrote it in lower case: a common word, not a name."""


@dataclass(frozen=True, slots=True)
class KeywordIndex:
    """The brief's keywords, ready to scan text with."""

    by_first_stem: dict[str, tuple[Keyword, ...]]
    """Keywords by their first stem, longest phrase first."""
    candidates: re.Pattern[str] | None
    """The starts of words (in lower case) that may stem to a keyword's first stem; None without keywords."""
    folded: re.Pattern[str] | None
    """The same, case-insensitive, for the rare text whose lower-case form has another length."""
    words: re.Pattern[str] | None = None
    """A character other than a-z, then a whole word starting so, its joined tail (``U.S``, ``China’s``) in
    group 1: the fast scan of the lower-cased text; None when some prefix holds other than letters and
    digits (a word may then start inside one)."""
    by_word: dict[str, tuple[Keyword, ...]] = field(default_factory=dict)
    """Keywords by a word of the text (a cache of ``by_first_stem[stem(word)]``, empty for none)."""


def compile_keywords(themes: Sequence[ThemeSpec]) -> KeywordIndex:
    """The keywords of all themes, weights relative to each theme's strongest keyword."""
    index: dict[str, list[Keyword]] = defaultdict(list)
    for theme in themes:
        top = max((k.weight for k in theme.keywords), default=1.0) or 1.0
        for keyword in theme.keywords:
            stems = tuple(all_terms(keyword.term))
            if stems:
                term = keyword.term
                forms = keyword_forms(term)
                index[stems[0]].append(Keyword(theme.id, term, stems, keyword.weight / top, forms, term.islower()))
    if not index:
        return KeywordIndex({}, None, None)
    prefixes = sorted({p for first in index for p in _word_prefixes(first)})
    trie = trie_pattern(prefixes)
    words = r"[^a-z](?:" + trie + r")[^\W_]*((?:[’'.][^\W_]+)+)?"
    return KeywordIndex(
        {k: tuple(sorted(v, key=lambda kw: -len(kw.stems))) for k, v in index.items()},
        compile_cached(r"(?<![^\W_])" + trie),
        compile_cached(r"(?<![^\W_])" + trie, re.IGNORECASE),
        compile_cached(words) if all(p.isalnum() for p in prefixes) else None,
    )


def theme_keywords(themes: Sequence[ThemeSpec]) -> dict[tuple[str, str], Keyword]:
    """Every theme's keywords by (theme id, term as written); weights unscaled (for coverage rules)."""
    return {
        (t.id, k.term): Keyword(
            t.id, k.term, tuple(all_terms(k.term)), k.weight, keyword_forms(k.term), k.term.islower()
        )
        for t in themes
        for k in t.keywords
    }


def _word_prefixes(first: str) -> tuple[str, ...]:
    """Prefixes that every word stemming to ``first`` starts with (one of)."""
    if len(first) >= 4:
        return (first[:-1],)
    if len(first) == 3:
        return (first[:2], first[0] + "y") if first[1] == "i" else (first[:2],)
    return (first,)


def find_all_hits(texts: Sequence[str], index: KeywordIndex) -> list[list[tuple[int, Keyword]]]:
    """Every keyword occurrence (offset, keyword; per theme the longest keyword at a position) in each of
    ``texts``, left to right, offsets into that text."""
    out: list[list[tuple[int, Keyword]]] = [[] for _ in texts]
    if index.candidates is None or index.folded is None:
        return out
    # Joined by spaces (and one before the first), every text starts a word after a character that
    # is not a letter or digit, and no word or phrase crosses into the next text (phrases are held to
    # their text): one scan reads them all as if alone.
    joined = " " + " ".join(texts)
    lower = joined.lower()
    if len(lower) == len(joined):
        starts = list(accumulate(map((1).__add__, map(len, texts)), initial=1))
        if index.words is not None:
            found = _scan_words(joined, lower, index.words, index)
        else:
            found = _at_candidates(joined, [m.start() for m in index.candidates.finditer(lower)], index)
        _confirm(joined, found, starts, out)
        return out
    for text, hits in zip(texts, out, strict=True):
        lower = text.lower()
        scan = index.candidates.finditer(lower) if len(lower) == len(text) else index.folded.finditer(text)
        _confirm(text, _at_candidates(text, [m.start() for m in scan], index), [0, len(text) + 1], [hits])
    return out


_Found = tuple[int, int, tuple[Keyword, ...]]
"""A word that starts keywords: its offset, its end and the keywords (those of its stem)."""


def _entries(index: KeywordIndex, word: str) -> tuple[Keyword, ...]:
    """The keywords ``word`` may start (a per-word cache of its stem's)."""
    entries = index.by_word.get(word)
    if entries is None:
        entries = index.by_word[word] = index.by_first_stem.get(stem(word), ())
    return entries


def _scan_words(joined: str, lower: str, words: re.Pattern[str], index: KeywordIndex) -> list[_Found]:
    """The candidate words of ``joined`` that start keywords, from one scan of its lower-cased form."""
    by_word = index.by_word
    found: list[_Found] = []
    for m in words.finditer(lower):
        before, end = m.span()
        at = before + 1
        char = lower[before]
        if char == " " or not char.isalnum():  # a word start: no letter or digit before
            word = joined[at:end]
            entries = by_word.get(word)
            if entries is None:
                entries = _entries(index, word)
            if entries:
                found.append((at, end, entries))
                continue
        if m.lastindex is not None and index.candidates is not None:
            # The scan passed over the rest of the word; a word also starts after a ’, ' or . inside it.
            inner = [c.start() for c in index.candidates.finditer(lower, at + 1, end)]
            found.extend(_at_candidates(joined, inner, index))
    return found


def _at_candidates(text: str, candidates: list[int], index: KeywordIndex) -> list[_Found]:
    """The words at ``candidates`` (offsets in ``text``) that start keywords."""
    found: list[_Found] = []
    for at in candidates:
        m = _WORD.match(text, at)
        if m is not None:
            entries = _entries(index, m.group())
            if entries:
                found.append((at, m.end(), entries))
    return found


def _confirm(text: str, found: list[_Found], starts: list[int], out: list[list[tuple[int, Keyword]]]) -> None:
    """The keywords at the ``found`` words of ``text``, which holds one text at each of ``starts`` (the
    last is the end) separated by a character that is not part of a word, into ``out``."""
    segment = 0
    end = starts[1] - 1
    skip_to = 0
    for at, stop, entries in found:
        if at < skip_to:
            continue
        while at >= end:
            segment += 1
            end = starts[segment + 1] - 1
        if len(entries) == 1:  # the common case: one keyword (as below, with one)
            keyword = entries[0]
            if len(keyword.stems) > 1:
                phrase_end = _phrase_at(text, stop, end, keyword.stems)
                if phrase_end < 0:
                    skip_to = stop
                    continue
                stop = phrase_end
            out[segment].append((at - starts[segment], keyword))
            skip_to = stop
            continue
        best: dict[str, Keyword] = {}
        following: list[tuple[str | None, int]] = [(None, stop)]
        for keyword in entries:
            phrase_end = _phrase_end(text, end, keyword.stems, following)
            if phrase_end < 0:
                continue
            seen = best.get(keyword.theme)
            if seen is None:
                best[keyword.theme] = keyword
            elif keyword.weight > seen.weight:
                best[keyword.theme] = replace(seen, weight=keyword.weight)
            stop = max(stop, phrase_end)
        out[segment].extend((at - starts[segment], k) for k in best.values())
        skip_to = stop


def _phrase_end(text: str, end: int, stems: tuple[str, ...], following: list[tuple[str | None, int]]) -> int:
    """End of the phrase of ``stems`` in ``text`` before ``end``, or -1: ``following`` holds the stem and
    end of each word read so far from the first (its stem is not compared), one read per word."""
    for i in range(1, len(stems)):
        if i == len(following):
            at = following[-1][1]
            m = _NEXT_WORD.match(text, at, end) if at >= 0 else None
            following.append((None, -1) if m is None else (stem(m.group(1)), m.end()))
        if following[i][0] != stems[i]:
            return -1
    return following[len(stems) - 1][1]


def _phrase_at(text: str, at: int, end: int, stems: tuple[str, ...]) -> int:
    """End of the phrase of ``stems`` whose first word ends at ``at`` in ``text`` (before ``end``), or -1."""
    next_word = _NEXT_WORD.match
    for i in range(1, len(stems)):
        m = next_word(text, at, end)
        if m is None or stem(m.group(1)) != stems[i]:
            return -1
        at = m.end()
    return at
