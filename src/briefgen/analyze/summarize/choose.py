"""Pick verbatim summary sentences: centrality within a theme, relevance, coverage of figures and actors, position.

The candidates of a theme (its usable sentences, exact repeats dropped, the ``MAX_GRAPH`` most
promising kept so the quadratic graph stays small) are ranked by a base score: TextRank centrality
in the graph of shared content words, theme relevance and position in the source (leads first).
Items are then chosen greedily: each time the candidate with the best base score plus a bonus for
salient figures, actors and sources that no chosen item covers yet, skipping near-duplicates of
chosen ones.
The chosen items are returned in source order.

Only sentences that stand alone are candidates (``standalone``): none that opens with a reference to
the sentence before it, no pleasantry or commemoration unless it states a salient figure; a run-in
heading ("Investing in Infrastructure: The agency will …") is left out of the item and its cite.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from ...model import Cite, Sentence, SummaryItem, ThemeMatch
from ..terms import content_terms
from ..themes.usage import headline_like
from .standalone import (
    TABLE_BAR,
    ceremonial,
    ceremony,
    introduces_self,
    run_in_heading,
    unresolved_reference,
    without_possessive,
)

MIN_WORDS = 6
"""Shorter sentences are poor summary items."""
MAX_WORDS = 60
"""Longer sentences are rarely a good bullet."""
DUPLICATE_OVERLAP = 0.6
"""Term overlap (Jaccard) above which two sentences say the same thing."""
DAMPING = 0.85
"""TextRank damping factor."""
MAX_GRAPH = 150
"""TextRank (quadratic) runs on at most this many of the most promising candidates."""
MAX_ITERATIONS = 50
"""TextRank power iterations at most (it stops earlier once converged)."""
CENTRALITY, RELEVANCE, POSITION = 0.45, 0.3, 0.25
"""Weights of the base score's parts (each scaled to 0..1)."""
FIGURE_BONUS, ACTOR_BONUS, SOURCE_BONUS = 0.15, 0.08, 0.15
"""Bonus for a candidate that brings a salient figure, an actor, or a source not yet covered."""
QUOTE_FACTOR = 0.85
"""A sentence opening with a quotation mark reads worse as a bullet than reported speech."""
# Closing quotes, brackets and white space after a sentence's last mark.
_CLOSERS = " \t\n”\"’')]"
_OPENING_QUOTES = "“\"‘'"
_TRAILING = ("...", "…", "--", "—", "–")
"""Marks a transcript ends interrupted words with."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may go into a summary, with the signals that rank it."""

    sentence: Sentence
    """The sentence."""
    relevance: float
    """Its theme evidence (0 in generic mode)."""
    position: float
    """1.0 for the first sentence of its source, falling to 0.0 for the last."""
    figures: frozenset[str] = frozenset()
    """Keys of the salient figures it states."""


Mentions = Callable[[str], frozenset[str]]
"""Names of the actors a sentence's text mentions."""


def summarize(
    candidates: Sequence[Candidate], k: int, mentions: Mentions | None = None, people: Sequence[str] = ()
) -> list[SummaryItem]:
    """The best ``k`` candidates, near-duplicates removed, in source order; ``mentions`` finds the actors
    of the few candidates considered (none are counted without it); ``people`` are the full names of the
    persons found, so that a sentence opening with one's bare surname is not chosen."""
    surnames = _by_surname(people)
    pool = [c for c in _pool(candidates) if not _opens_with_bare_surname(c.sentence.text, surnames)]
    if not pool or k <= 0:
        return []
    terms = [frozenset(content_terms(c.sentence.text)) for c in pool]
    actors = [mentions(c.sentence.text) if mentions else frozenset[str]() for c in pool]
    centrality = textrank(terms)
    top_relevance = max(c.relevance for c in pool) or 1.0
    base = []
    for c, central in zip(pool, centrality, strict=True):
        score = CENTRALITY * central + RELEVANCE * c.relevance / top_relevance + POSITION * c.position
        if c.sentence.text.lstrip()[:1] in _OPENING_QUOTES:
            score *= QUOTE_FACTOR
        score /= 1.0 + ceremony(c.sentence.text)
        base.append(score)
    chosen = _greedy(pool, terms, actors, base, k)
    return [_item(pool[i].sentence, score) for i, score in sorted(chosen)]


def _pool(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Usable candidates without exact repeats, at most ``MAX_GRAPH`` of the most promising, in order.

    Whether a sentence stands alone is the costly test, so it is made lazily: on the most relevant
    candidates first, until the best ``MAX_GRAPH`` that pass are known (the same choice as testing all)."""
    usable = [c for c in map(_without_run_in, candidates) if _usable(c.sentence)]
    alone: dict[tuple[str, bool], bool] = {}

    def passes(i: int) -> bool:
        c = usable[i]
        key = (c.sentence.text, bool(c.figures))
        ok = alone.get(key)
        if ok is None:
            ok = alone[key] = stands_alone(*key)
        return ok

    # Exact repeats: the first candidate of each text that passes stands for it.
    first: dict[str, list[int]] = {}
    for i, c in enumerate(usable):
        first.setdefault(" ".join(c.sentence.text.lower().split()), []).append(i)
    repeats = {i: group for group in first.values() for i in group}

    def kept(i: int) -> bool:
        if not passes(i):
            return False
        return next(j for j in repeats[i] if passes(j)) == i

    if len(first) <= MAX_GRAPH:
        return [c for i, c in enumerate(usable) if kept(i)]
    by_relevance = sorted(range(len(usable)), key=lambda i: (-usable[i].relevance, i))
    top_relevance = next((usable[i].relevance for i in by_relevance if kept(i)), 0.0) or 1.0
    ranked = sorted(
        range(len(usable)),
        key=lambda i: -(usable[i].relevance / top_relevance + 0.5 * bool(usable[i].figures) + usable[i].position),
    )
    chosen: list[int] = []
    for i in ranked:
        if kept(i):
            chosen.append(i)
            if len(chosen) == MAX_GRAPH:
                break
    return [usable[i] for i in sorted(chosen)]


def _greedy(
    pool: list[Candidate], terms: list[frozenset[str]], names: list[frozenset[str]], base: list[float], k: int
) -> list[tuple[int, float]]:
    """Choose up to ``k`` candidates, rewarding figures and actors not yet covered."""
    chosen: list[tuple[int, float]] = []
    figures: set[str] = set()
    actors: set[str] = set()
    sources: set[str] = set()
    remaining = set(range(len(pool)))
    while remaining and len(chosen) < k:
        best, best_score = -1, -math.inf
        for i in remaining:
            c = pool[i]
            score = base[i]
            if c.figures - figures:
                score += FIGURE_BONUS
            score += ACTOR_BONUS * min(len(names[i] - actors), 2) / 2
            if c.sentence.source not in sources:
                score += SOURCE_BONUS
            if score > best_score or (score == best_score and i < best):
                best, best_score = i, score
        remaining.discard(best)
        if any(_overlap(terms[best], terms[j]) > DUPLICATE_OVERLAP for j, _s in chosen):
            continue
        chosen.append((best, best_score))
        figures |= pool[best].figures
        actors |= names[best]
        sources.add(pool[best].sentence.source)
    return chosen


def stands_alone(text: str, states_figure: bool = False) -> bool:
    """True when a sentence reads as an item on its own: no table row, question, lead-in ending in a colon or
    clause ending in a semicolon or comma, no reference back to an earlier sentence, and no ceremony
    (pleasantries, thanks, commemorations) unless it states a salient figure."""
    if TABLE_BAR in text:
        return False  # a table row the DOCX reader joined with bars, not a sentence
    body = text.strip()
    if body[:1] in "([" and body[-1:] in ")]" and body.count(body[0]) == 1:
        return False  # a stage note of a transcript, in brackets: "(The briefing was concluded at 2:45 p.m.)"
    last = text.rstrip(_CLOSERS)[-1:]
    if last in (";", ","):
        return False  # a clause of a list or of a declaration's preamble ("CONCERNED about …;"), not a sentence
    if last == ":":
        return False  # a lead-in to what follows ("… provided the following readout:"), which it does not say
    if last == "?":
        return False  # a question (a reporter's, in a transcript) states nothing
    if text.rstrip(_CLOSERS).endswith(_TRAILING):
        return False  # cut off: a transcript's interrupted words ("What could we do to...", "I'd like --")
    if _closes_earlier_quote(text):
        return False  # the end of a quotation opened before: "… apart from 5th Air Force,” said the official"
    return not unresolved_reference(text) and not introduces_self(text) and (states_figure or not ceremonial(text))


def _closes_earlier_quote(text: str) -> bool:
    """True when the first quotation mark of ``text`` closes one (a curly closing mark, or a straight one after a
    word and before a space, a stop or the end): the quotation began in a sentence before."""
    first = min((i for i in (text.find("“"), text.find("”"), text.find('"')) if i >= 0), default=-1)
    if first < 0:
        return False
    if text[first] != '"':
        return text[first] == "”"
    after = text[first + 1 : first + 2]
    return first > 0 and not text[first - 1].isspace() and (not after or after in " ,.;:)")


def bare_surname(text: str, people: Sequence[str]) -> bool:
    """True when a sentence opens with a person's last name alone ("Pisen highlighted …") and does not name
    the person in full: out of its context the reader does not know who that is."""
    return _opens_with_bare_surname(text, _by_surname(people))


def _by_surname(people: Sequence[str]) -> dict[str, list[str]]:
    """The full names of two words or more, by their last word."""
    out: dict[str, list[str]] = defaultdict(list)
    for name in people:
        words = name.split()
        if len(words) > 1:
            out[words[-1]].append(name)
    return out


def _opens_with_bare_surname(text: str, by_surname: dict[str, list[str]]) -> bool:
    """``bare_surname`` with the people's full names by last word (``_by_surname``), made once per summary."""
    first = without_possessive(text.lstrip("“\"‘' ").split(" ", 1)[0].rstrip(","))  # not the "s" of "Marles"
    return any(name not in text for name in by_surname.get(first, ()))


def _without_run_in(c: Candidate) -> Candidate:
    """The candidate without a run-in heading before its sentence (text and cite start moved past it)."""
    cut = run_in_heading(c.sentence.text)
    if not cut:
        return c
    s = c.sentence
    return replace(c, sentence=replace(s, text=s.text[cut:], start=s.start + cut))


def _usable(sentence: Sentence) -> bool:
    if sentence.heading:
        return False
    words = len(sentence.text.split())
    # A title-case line without a closing stop is a heading, a dateline or a line of an index ("ARMS CONTROL 7-8
    # US Response to Protocol for Biological Weapons 7 …") that the reader did not mark as one: no item.
    return MIN_WORDS <= words <= MAX_WORDS and not headline_like(sentence.text)


def _item(sentence: Sentence, score: float) -> SummaryItem:
    return SummaryItem(sentence.text, Cite(sentence.source, sentence.paragraph, sentence.start, sentence.end),
                       round(score, 4))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def textrank(terms: Sequence[frozenset[str]]) -> list[float]:
    """Centrality of each sentence in the graph of shared terms (TextRank), scaled to 0..1."""
    n = len(terms)
    if n <= 1:
        return [1.0] * n
    postings: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(terms):
        for word in words:
            postings[word].append(i)
    edges: list[dict[int, float]] = [defaultdict(float) for _ in range(n)]
    for i, words in enumerate(terms):
        row = edges[i]
        for word in words:
            for j in postings[word]:
                if j > i:
                    row[j] += 1.0
    norms = [math.log(len(t) + 1) for t in terms]
    incoming: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    out_sum = [0.0] * n
    for i, row in enumerate(edges):
        for j, shared in row.items():
            w = shared / (norms[i] + norms[j])
            incoming[i].append((j, w))
            incoming[j].append((i, w))
            out_sum[i] += w
            out_sum[j] += w
    rank = [1.0 / n] * n
    for _ in range(MAX_ITERATIONS):
        share = [r / s if s else 0.0 for r, s in zip(rank, out_sum, strict=True)]
        # sum() of a list adds in the same order as of a generator (the same floats), only faster
        new = [(1 - DAMPING) / n + DAMPING * sum([share[j] * w for j, w in incoming[i]]) for i in range(n)]
        delta = max(abs(a - b) for a, b in zip(new, rank, strict=True))
        rank = new
        if delta < 1e-6 / n:
            break
    top = max(rank) or 1.0
    return [r / top for r in rank]


def theme_candidates(
    sentences: Sequence[Sentence],
    matches: Sequence[ThemeMatch],
    theme_id: str | None,
    positions: Sequence[float],
    figures: Mapping[tuple[str, int], frozenset[str]],
) -> list[Candidate]:
    """Candidates for one theme (or, with ``theme_id`` None, for the whole text); ``positions`` is
    parallel to ``sentences``, ``figures`` keyed by (source, sentence start)."""
    out: list[Candidate] = []
    for i, (sentence, match) in enumerate(zip(sentences, matches, strict=True)):
        if theme_id is not None and match.theme != theme_id:
            continue
        key = (sentence.source, sentence.start)
        out.append(Candidate(sentence, match.score, positions[i], figures.get(key, frozenset())))
    return out
