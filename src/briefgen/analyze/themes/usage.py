"""Whether a keyword hit really is the author's keyword: the same word up to inflection, not a name.

Keywords are matched on Snowball stems, which also join derivations ("secure a turnout" and
"security", "aligned" and "alignment"). A derivation often means something else, so a hit counts
only when each of its words is the keyword's word up to inflection (plural, possessive); a plural
with a sense of its own ("securities", "customs": ``data/themes/own_sense_plurals.txt``) is not the
singular's inflection.

A keyword the author wrote in lower case is a common word ("security"); written with a capital
inside a longer capitalised name ("the Social Security Administration", "the Security Council",
"Department of Homeland Security") it names something else and does not count, unless it heads
the name after a country or nationality, or alone ("the Japan Coast Guard", "U.S. Navy", "the
Marines" are a coast guard, a navy, marines). Before the noun of an office it names the post ("the defence
portfolio", "the security minister"), as the capitalised title does. A capital explained by the sentence start does not
make a name unless a capitalised word follows, and in a title-case line (a headline) capitals say
nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...resources import word_list
from ..actors.countries import country_name

_WORD = re.compile(r"[^\W_]+(?:[’'.][^\W_]+)*")
_NEXT_WORD = re.compile(r"[\W_]*?([^\W_]+(?:[’'.][^\W_]+)*)")
_TITLE_CASE_SHARE = 0.75
"""A line without a full stop and with this share of capitalised words (of four letters or more) is a headline."""


@lru_cache(maxsize=65536)
def inflection_base(word: str) -> str:
    """A word without its inflection: lower case, possessive and plural endings removed."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("s'"):
        w = w[:-1]
    if w in word_list("themes/own_sense_plurals.txt"):
        return w  # "securities" are not a kind of security
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith("sses") or w.endswith(("ches", "shes", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def keyword_forms(term: str) -> tuple[str, ...]:
    """The inflection bases of a keyword's words."""
    return tuple(inflection_base(w) for w in _WORD.findall(term))


def headline_like(text: str) -> bool:
    """True for a title-case line: no closing full stop, and most longer words capitalised."""
    if text.rstrip().endswith((".", "?", "!", ".”", '."')):
        return False
    words = [w for w in _WORD.findall(text) if len(w) >= 4 and w[0].isalpha()]
    if len(words) < 2:
        return False
    capital = sum(1 for w in words if w[0].isupper())
    return capital >= _TITLE_CASE_SHARE * len(words)


def is_keyword_use(text: str, start: int, forms: tuple[str, ...], common: bool, headline: bool) -> bool:
    """True when the words of ``text`` at ``start`` are the keyword of ``forms`` (see the module doc)."""
    words: list[tuple[str, int, int]] = []
    at = start
    for _ in forms:
        m = _NEXT_WORD.match(text, at)
        if m is None:
            return False
        words.append((m.group(1), m.start(1), m.end(1)))
        at = m.end(1)
    if any(inflection_base(w) != form for (w, _s, _e), form in zip(words, forms, strict=True)):
        return False
    if common and _names_office(text, words[-1][2]):
        return False  # "the defence portfolio", "the security minister": a post, as "Defence Minister" is
    if not common or headline:
        return True
    capitals = [_capitalised(w) for w, _s, _e in words]
    if not any(capitals):
        return True
    at_sentence_start = not any(ch.isalnum() for ch in text[:start])
    if at_sentence_start and not any(capitals[1:]):
        # "Security forces fired": capital from the sentence start; "Security Council …": a name.
        return not _name_neighbour_after(text, words[-1][2])
    if all(capitals) and not _name_neighbour_after(text, words[-1][2]):
        # The keyword heads the name: "the Navy", "the Japan Coast Guard", "U.S. Marines" are a navy, a
        # coast guard, marines; "Social Security", "Homeland Security" are something else.
        return _national_or_none_before(text, start)
    return False


_WORD_TAIL = frozenset("_’'.-")


def _names_office(text: str, end: int) -> bool:
    """True when the word after ``end`` is the noun of an office (``data/themes/office_nouns.txt``)."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in word_list("themes/office_nouns.txt")


def _words_before(text: str, start: int) -> list[str]:
    """Up to three words right before ``start``, each followed by one space, within 60 characters: the words
    that a letter begins (a run of letters, digits and ``’'.-`` after its first letter)."""
    lo = max(0, start - 60)
    words: list[str] = []
    end = start
    while len(words) < 3 and end - 1 >= lo and text[end - 1] == " ":
        k = end - 1
        while k > lo and (text[k - 1].isalnum() or text[k - 1] in _WORD_TAIL):
            k -= 1
        while k < end - 1 and not (text[k].isalpha() and not text[k].isdigit()):
            k += 1  # a word begins at a letter
        if k >= end - 1:
            break
        words.insert(0, text[k : end - 1])
        end = k
        if k > lo and text[k - 1] != " ":
            break  # the word began inside a longer token: nothing before it is one of the run
    return words


def _national_or_none_before(text: str, start: int) -> bool:
    """True when the capitalised words right before ``start`` are none, or end with a country or nationality."""
    run: list[str] = []
    for word in reversed(_words_before(text, start)):
        if not word[0].isupper():
            break
        run.insert(0, word)
    if not run or (len(run) == 1 and not any(ch.isalnum() for ch in text[: start - len(run[0]) - 1])):
        return True  # no name before (or only the sentence's first word: "The Navy …")
    last_two = " ".join(run[-2:])
    abbreviation = run[-1].isupper() and run[-1].isalpha() and len(run[-1]) <= 3  # "US", "UK", "PLA"
    return bool(country_name(run[-1]) or country_name(last_two) or abbreviation)


def _capitalised(word: str) -> bool:
    return word[0].isupper() and not word.isupper()


def _name_neighbour_after(text: str, end: int) -> bool:
    """A capitalised word right after ``end`` (a name going on: "Security Council")."""
    m = _NEXT_WORD.match(text, end)
    if m is None or text[end : m.start(1)].strip(" -"):
        return False
    return _capitalised(m.group(1))
