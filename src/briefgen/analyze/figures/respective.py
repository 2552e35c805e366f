"""Figures paired with a list of things by "respectively": the n-th figure measures the n-th thing.

"growth in value-added equipment manufacturing and value-added high-tech manufacturing, up by 7.8% and
8.7% respectively" -> 7.8%: "growth in value-added equipment manufacturing", 8.7%: "growth in value-added
high-tech manufacturing". The things are the nearest list before the figures with as many items as there
are figures (items joined by commas and one "and"/"or", each a run of words with no verb, figure or function
word); the words naming what they are of ("growth in") come with each. Any other shape gives None, and the
caption stays unsure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .clauses import Tok, is_punct
from .fragments import change_noun, is_change_noun
from .lexicon import lexicon

_REACH = 30  # most tokens between the list of things and the first figure
_JOINS = frozenset({",", "and", "or"})


def respective_item(toks: Sequence[Tok], k: int, verb: Callable[[int], bool]) -> list[str] | None:
    """The words of the thing the figure at token ``k`` is paired with by a later "respectively", or None."""
    end = next((j for j in range(k + 1, len(toks)) if toks[j].low == "respectively"), -1)
    if end < 0:
        return None
    figures = _figure_list(toks, k, end)
    if len(figures) < 2 or k not in figures:
        return None
    first = figures[0]
    items = _things(toks, first, len(figures), verb) or _shared_object(toks, first, len(figures), verb)
    if items is None:
        return None
    head, parts = items
    return [*head, *parts[figures.index(k)]]


def _figure_list(toks: Sequence[Tok], k: int, end: int) -> list[int]:
    """The figures listed before "respectively" at ``end`` (joined by commas, "and", "or"), in order."""
    out: list[int] = []
    j = end - 1
    while j >= 0 and (toks[j].fig >= 0 or toks[j].low in _JOINS):
        if toks[j].fig >= 0:
            out.append(j)
        j -= 1
    return out[::-1]


def _noun_word(tok: Tok) -> bool:
    return tok.fig < 0 and not is_punct(tok) and tok.low not in lexicon().stop_words


def _things(
    toks: Sequence[Tok], first: int, n: int, verb: Callable[[int], bool]
) -> tuple[list[str], list[list[str]]] | None:
    """The words before the list ("growth in") and the ``n`` items of the nearest list before token ``first``."""
    for conj in range(first - 1, max(-1, first - _REACH), -1):
        if toks[conj].low not in ("and", "or") or conj < 1 or conj + 1 >= first:
            continue
        if not (_noun_word(toks[conj - 1]) and _noun_word(toks[conj + 1])):
            continue
        last: list[str] = []
        j = conj + 1
        while j < first and _noun_word(toks[j]) and not verb(j):
            last.append(toks[j].text)
            j += 1
        if not last or not (is_punct(toks[j]) or verb(j) or toks[j].fig >= 0 or toks[j].low in lexicon().stop_words):
            return None
        parts = [last]
        current: list[str] = []
        j = conj - 1
        while j >= 0:
            tok = toks[j]
            if tok.text == "," and current:
                parts.append(current[::-1])
                current = []
            elif _noun_word(tok) and not verb(j):
                current.append(tok.text)
            else:
                break
            j -= 1
        if current:
            parts.append(current[::-1])
        if len(parts) != n:
            return None
        if len(last) > 1 and all(len(p) == 1 for p in parts[1:]):
            parts = [last, *([*p, last[-1]] for p in parts[1:])]  # "rice, wheat and maize exports": each one's exports
        head: list[str] = []
        if j >= 1 and toks[j].low in lexicon().label_links and _noun_word(toks[j - 1]) and not verb(j - 1):
            head = [toks[j - 1].text, toks[j].text]  # "growth in …", "Sales of …"
        nouns = (change_noun(toks[x].text) for x in range(conj + len(last) + 1, first))
        noun = next((n for n in nouns if n), None)
        if noun and not (head and is_change_noun(head[0])):
            head = [noun, "in", *head]  # "Sales of bicycles and scooters rose by 4% and 9%": the rise in each
        return head, parts[::-1]
    return None


def _shared_object(
    toks: Sequence[Tok], first: int, n: int, verb: Callable[[int], bool]
) -> tuple[list[str], list[list[str]]] | None:
    """Two things that share one object after their prepositions ("U.S. exports to, and imports from, China were
    $124 billion and $467 billion, respectively" -> "U.S. exports to China", "imports from China"), or None."""
    if n != 2:
        return None
    links = lexicon().label_links
    j = first - 1
    while j >= 0 and (verb(j) or toks[j].low in lexicon().stop_words) and toks[j].low not in links:
        j -= 1  # the verb before the figures ("were")
    obj: list[str] = []
    while j >= 0 and _noun_word(toks[j]) and not verb(j):
        obj.append(toks[j].text)
        j -= 1
    if not obj:
        return None
    j -= 1 if j >= 0 and toks[j].text == "," else 0
    parts: list[list[str]] = []
    for side in range(2):
        if j < 0 or toks[j].low not in links:
            return None
        prep = toks[j].text
        j -= 1
        nouns: list[str] = []
        while j >= 0 and _noun_word(toks[j]) and not verb(j):
            nouns.append(toks[j].text)
            j -= 1
        if not nouns:
            return None
        parts.append([*nouns[::-1], prep, *obj[::-1]])
        if side == 0:
            if j < 0 or toks[j].low not in ("and", "or"):
                return None
            j -= 1
            j -= 1 if j >= 0 and toks[j].text == "," else 0
    return [], parts[::-1]
