"""Find sentence boundaries in a paragraph with one regular expression and an abbreviation list.

A boundary is a full stop, ``?``, ``!`` or ellipsis (with any closing quotes and brackets), then
white space, then a capital letter or digit (perhaps behind an opening quote). A full stop after an
abbreviation is looked at twice: titles ("Adm.", "Sen.", "Dr.") never end a sentence; suffixes,
months, initials and dotted acronyms ("Jr.", "Jan.", "J.", "U.S.") end one only when a typical
sentence opener follows ("… and the U.S. The broader …"), never before a number ("No. 5"). A
question or exclamation closing a quotation does not end the sentence when the speaker follows
("“Why now?” Hun Sen asked.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..._speed.regex_cache import compile_cached
from ...resources import data_toml, word_list

# Written to start with a character class, which lets the regex engine skip to the candidates.
_BOUNDARY = compile_cached(r"([.!?…][.!?…]*[\"”’'»)\]]*)\s+(?=[\"“‘'«(\[]*[A-Z\dÀ-ÖØ-Þ])")
_WORD_STOP = frozenset(" \t\n\r\"“‘'«([")
_INITIAL = compile_cached(r"[A-Z]")
_DOTTED = compile_cached(r"(?:[A-Za-z]{1,4}\.)+[A-Za-z]{1,4}")
_NEXT_WORD = compile_cached(r"[\"“‘'«(\[]*([^\W_]+)")
_NUMBER = compile_cached(r"\d{1,3}")
_LAST_PART = compile_cached(r"[-/–—]")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists the splitter consults."""

    never_final: frozenset[str]
    """Abbreviations after which a sentence never ends."""
    maybe_final: frozenset[str]
    """Abbreviations after which a sentence ends only before a sentence opener."""
    starters: frozenset[str]
    """Lower-case words that typically open a sentence."""
    speaker: re.Pattern[str]
    """A capitalised name run followed by a speech verb ("Hun Sen asked")."""
    name_suffixes: frozenset[str] = frozenset()
    """Abbreviations that end a person's name ("Jr"): after one, a title opens a new sentence too."""
    titles: frozenset[str] = frozenset()
    """First words of person titles and honorifics ("Secretary", "Mr")."""


@cache
def lexicon() -> Lexicon:
    """The splitter's word lists, read once from the data files."""
    table = data_toml("sentence_abbreviations.toml")
    verbs = sorted(word_list("actors/speech_verbs.txt"), key=len, reverse=True)
    speaker = compile_cached(r"(?:[A-Z][\w’'.-]*\s+){1,4}(?:" + "|".join(map(re.escape, verbs)) + r")\b")
    titles = {
        line.split()[0].rstrip(".")
        for name in ("actors/titles.txt", "actors/honorifics.txt")
        for line in word_list(name)
        if line[:1].isupper()
    }
    suffixes = frozenset(table.get("name_suffixes", ()))
    return Lexicon(
        frozenset(table["never_final"]),
        frozenset(table["maybe_final"]) | suffixes | word_list("actors/given_name_abbreviations.txt"),
        word_list("sentence_starters.txt"),
        speaker,
        suffixes,
        frozenset(titles),
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text``, white space trimmed, in order."""
    words = lexicon()
    spans: list[tuple[int, int]] = []
    start = _skip_space(text, 0, len(text))
    for m in _BOUNDARY.finditer(text):
        end = m.end(1)
        if end <= start or not _is_boundary(text, start, m.start(1), end, m.end(), words):
            continue
        spans.append((start, end))
        start = m.end()
    stop = len(text.rstrip())
    if start < stop:
        spans.append((start, stop))
    return spans


def _is_boundary(text: str, start: int, stop: int, end: int, following: int, words: Lexicon) -> bool:
    """Whether the punctuation ``text[stop:end]`` ends the sentence begun at ``start``."""
    mark = text[stop]
    if mark in "?!":
        closes_quote = any(c in "”\"’'" for c in text[stop:end])
        return not (closes_quote and words.speaker.match(text, following))
    if mark == "…" or text.startswith("...", stop):
        return True
    i = stop
    while i > start and text[i - 1] not in _WORD_STOP:
        i -= 1
    word = text[i:stop]
    if not word:
        return True
    if word.isupper() and len(word) > 1 and word not in words.maybe_final:
        # In capitals, as in a transcript's speaker labels ("MR. SMITH:", "SEC. CARTER:"): the same abbreviation.
        shown = word.capitalize()
        word = shown if shown in words.never_final or shown in words.maybe_final else word
    title = word in words.never_final
    if title and not _after_name(text, start, i):
        return False
    if i == start and _NUMBER.fullmatch(word):
        return False  # "1. Introduction": a list number, not a sentence
    last = _LAST_PART.split(word)[-1]  # "ASEAN-U.S." ends in "U.S."
    if title or last in words.maybe_final or _INITIAL.fullmatch(last) or _DOTTED.fullmatch(last):
        nxt = _NEXT_WORD.match(text, following)
        if nxt is None:
            return True
        first = nxt.group(1)
        if last in words.name_suffixes and first in words.titles:
            return True
        return not first[0].isdigit() and first.lower() in words.starters
    return True


def _after_name(text: str, start: int, i: int) -> bool:
    """Whether the word at ``i`` follows a capitalised word ("Hun Sen."), so it is a name, not a title."""
    j = i - 1
    while j > start and text[j - 1].isspace():
        j -= 1
    k = j
    while k > start and text[k - 1] not in _WORD_STOP:
        k -= 1
    before = text[k:j]
    return bool(before) and before[0].isupper() and not before.endswith(".")


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i
