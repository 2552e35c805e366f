"""A theme's quotes in the order a pull quote is chosen from: those whose own words are about the theme first.

A quote is filed under the theme of the sentence it starts in, and that sentence may have its theme
only from its paragraph or section. The pull quote is the first quote of a theme's list that the
section does not already say, so the list is ordered by the quote's own evidence for the theme:

0. its own words name the theme's keywords;
1. its words name no theme's keywords, but the sentence it comes from names this theme's (the theme
   was not merely inherited from the paragraph or section);
2. neither its words nor its sentence name any;
3. its words name only other themes' keywords (it is about another theme, whatever its sentence says).

A quote about another theme (3) comes last; before it, statements that stand alone (a capital first,
at least ``MIN_STATEMENT_WORDS`` words, no opening reference to something said before, as in "These
officials…") come before phrases quoted inside a sentence ("excessive claims") and leaning
statements, each group by rank. Source order is kept within each group.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from collections.abc import Sequence

from .analyze.summarize.standalone import unresolved_reference, words
from .analyze.themes.keyword_scan import KeywordIndex, compile_keywords, find_all_hits
from .analyze.themes.related import with_related_terms
from .model import Quote, Sentence, ThemeMatch
from .spec import ThemeSpec

MIN_STATEMENT_WORDS = 5
"""Fewest words of a quote that is a whole statement rather than a phrase quoted inside a sentence."""


@functools.lru_cache(maxsize=8)
def _keyword_index(themes: tuple[ThemeSpec, ...]) -> KeywordIndex:
    """The themes' keywords with their related terms, compiled once per set of themes and process (each brief
    of a batch on the same themes: the pattern is built and compiled in pure Python, ~1-2 ms)."""
    return compile_keywords(with_related_terms(themes))


class QuoteEvidence:
    """Ranks quotes by their own evidence for a theme (built once per brief)."""

    def __init__(
        self,
        quotes: Sequence[Quote],
        sentences: Sequence[Sentence],
        matches: Sequence[ThemeMatch],
        themes: Sequence[ThemeSpec],
    ) -> None:
        index = _keyword_index(tuple(themes))
        texts = [q.text for q in quotes]
        hits = find_all_hits(texts, index) if index.candidates is not None and texts else [[] for _ in texts]
        self._own: dict[int, frozenset[str]] = {
            id(q): frozenset(k.theme for _, k in found) for q, found in zip(quotes, hits, strict=True)
        }
        starts: dict[str, list[int]] = defaultdict(list)
        terms: dict[str, list[bool]] = defaultdict(list)
        for sentence, match in zip(sentences, matches, strict=True):
            starts[sentence.source].append(sentence.start)
            terms[sentence.source].append(bool(match.terms) and match.score > 0)
        self._sentence: dict[int, bool] = {}
        for q in quotes:
            at = bisect.bisect_right(starts.get(q.cite.source, []), q.cite.start) - 1
            self._sentence[id(q)] = at >= 0 and terms[q.cite.source][at]

    def rank(self, quote: Quote, theme: str | None) -> int:
        """0 (its own words are about ``theme``) to 3 (its words are about other themes only); see the module."""
        own = self._own.get(id(quote), frozenset())
        if theme is None or theme in own:
            return 0
        if own:
            return 3
        return 1 if self._sentence.get(id(quote), False) and quote.theme == theme else 2

    def ordered(self, quotes: Sequence[Quote], theme: str | None) -> tuple[Quote, ...]:
        """``quotes`` (a theme's) in the order a pull quote is chosen from (see the module)."""

        def key(quote: Quote) -> tuple[bool, bool, int]:
            rank = self.rank(quote, theme)
            return (rank == 3, not statement(quote.text) or unresolved_reference(quote.text), rank)

        return tuple(sorted(quotes, key=key))


def statement(text: str) -> bool:
    """True for a quote that is a whole statement: it opens with a capital or digit and has enough words."""
    stripped = text.lstrip()
    opens = bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())
    return opens and len(words(text)) >= MIN_STATEMENT_WORDS
