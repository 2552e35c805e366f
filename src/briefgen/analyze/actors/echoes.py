"""Bare full names proved by their echo: a family name that stands alone elsewhere where a person stands; and a
family name given only alone, before a speech verb that a "he" or "she" follows in its sentence."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator, Sequence

from ..._speed.regex_cache import compile_cached
from ...resources import word_list
from .countries import country_name
from .lexicon import (
    FUNCTION_WORDS,
    LOCATIVES,
    SENTENCE_STARTERS,
    SPEECH_VERB_RE,
    UPPER,
    is_name_word,
    name_tokens,
)
from .orgs import KNOWN_ORGS
from .people import PersonHit

#: Where a person stands after a word: before a possessive ("Seleshi’s troubles") or a speech verb ("Seleshi
#: said"); each scan opens with a mark or a space, which the engine finds faster than a capital letter.
_POSSESSIVES = (compile_cached(r"’s(?![\w’'-])"), compile_cached(r"'s(?![\w’'-])"))
_SPEECH = compile_cached(rf" (?:{SPEECH_VERB_RE})(?![\w’'-])")
#: The word before such a place: capitalised, three letters or more, perhaps hyphenated.
_WORD = compile_cached(rf"[{UPPER}][a-z]{{2,}}(?:-[{UPPER}][a-z]{{2,}})?")
_MAX_WORD = 30
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_NEXT = re.compile(r"\s*(\S)")
_NEXT_WORD = re.compile(r"[ \t]+([\w’'-]+)")
_TOKEN_BEFORE = re.compile(r"([\w’'.-]+)([\s]+)$")
_MAX_RUN = 3
_PRONOUN = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)(?![\w-])")
_PRONOUN_SPAN = 250
_PREPOSITIONS = word_list("actors/place_prepositions.txt") | frozenset(("the", "The", "a", "an"))
_CLAUSE_END = frozenset(".!?:;—–\n\"“”(")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: Words after which a capitalised word is a place's or a thing's name ("in Riga", "the Kremlin").
_WHERE = LOCATIVES | frozenset(("the", "The", "a", "an"))


def echoed_names(text: str, found: Sequence[PersonHit]) -> Iterator[PersonHit]:
    """Two- and three-word names that no title, role or speech verb introduces ("Awgachew Seleshi decided …"),
    proved by their last word standing alone elsewhere before a possessive or a speech verb ("Seleshi’s …").
    Names the text gives in any place a place or a thing stands ("in Addis Ababa", "the … Fund") are none."""
    known = {token for hit in found for token in name_tokens(hit.name)}
    seen: set[str] = set()
    for at, end in _places(text):
        start = _word_start(text, at)
        if start < 0:
            continue
        word = text[start:at]
        if word in seen or word in known:
            continue
        seen.add(word)
        if not _alone(text, start) or not _surname(word):
            continue
        hits = list(_full_names(text, word))
        if not hits and text.startswith(" ", at) and _lone_person(text, word, end):
            yield PersonHit(start, at, word)  # "… the summit Pabriks said a plan …, though neither he nor …"
            continue
        first = hits[0] if hits else None
        if first is not None and _names_a_thing(text, word):
            continue
        if first is not None and all(hit is not None and hit.name == first.name for hit in hits) and (
                _pronoun_after(text, end) or any(hit is not None and _pronoun_after(text, hit.end) for hit in hits)):
            yield first


def _lone_person(text: str, word: str, verb_end: int) -> bool:
    """True when a family name the text gives alone ("Pabriks said …") is a person's: a "he"/"she"/"his"/"her"
    follows its speech verb in the same sentence, and wherever the word stands it stands mid-sentence at least
    once (so no capitalised common noun opening sentences: "Officials said he …"), never after an article or a
    preposition or beside another capitalised word (a place's or a body's name), and never in lower case."""
    stop = _SENTENCE_END.search(text, verb_end, verb_end + _PRONOUN_SPAN)
    if _PRONOUN.search(text, verb_end, stop.start() if stop is not None else verb_end + _PRONOUN_SPAN) is None:
        return False
    if word.lower() in text:
        return False
    inside = False
    for at in _standing(text, word, "-"):
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if before is not None:
            prev = before.group(1)
            if prev in _WHERE or (prev[:1].isupper() and prev[-1] not in _CLAUSE_END and prev[-1] != ","):
                return False
            inside = inside or (prev[-1] not in _CLAUSE_END and "\n" not in text[before.start():at])
        nxt = _NEXT.match(text, at + len(word))
        if nxt is not None and nxt.group(1).isupper():
            return False
    return inside


def _names_a_thing(text: str, word: str) -> bool:
    """True when the text gives ``word`` as a body's or a place's short name somewhere: in brackets after the full
    name ("… Nations (Asean)"), or alone before another capitalised word ("the Asean Summit", "Asean Secretariat"),
    as no family name standing alone is used."""
    if f"({word})" in text:
        return True
    for at in _standing(text, word, "’'-"):
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        prev = before.group(1) if before is not None else ""
        alone = not prev[:1].isupper() or prev[-1] in _CLAUSE_END or prev.lower() in FUNCTION_WORDS
        nxt = _NEXT_WORD.match(text, at + len(word))
        if alone and nxt is not None and nxt.group(1)[:1].isupper() and nxt.group(1).lower() not in FUNCTION_WORDS:
            return True
    return False


def _standing(text: str, word: str, glue_after: str = "") -> Iterator[int]:
    """Where ``word`` stands as a whole word in ``text``: no letter, digit, apostrophe, hyphen or dot right before
    it, and no letter, digit or character of ``glue_after`` right after it."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "’'-.")) and (
                end == len(text) or not (text[end].isalnum() or text[end] in glue_after)):
            yield at
        at = text.find(word, end)


def _word_start(text: str, at: int) -> int:
    """Where the capitalised word that ends at ``at`` starts, or -1 when no such word ends there."""
    start = at
    low = max(0, at - _MAX_WORD)
    while start > low and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    if start == at or not text[start].isupper() or (start > 0 and text[start - 1] in "’'.&0123456789_"):
        return -1
    return start if _WORD.fullmatch(text, start, at) is not None else -1


def _places(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every possessive ending and every speech verb with its space before, in source order."""
    scans = (((m.start(), m.end()) for m in pattern.finditer(text)) for pattern in (*_POSSESSIVES, _SPEECH))
    return heapq.merge(*scans)


def _pronoun_after(text: str, at: int) -> bool:
    """True when "he", "she", "his", "her" or "him" follows ``at`` closely in its paragraph, as it follows a person
    and never a firm, a place or a storm."""
    stop = text.find("\n", at, at + _PRONOUN_SPAN)
    return _PRONOUN.search(text, at, stop if stop >= 0 else at + _PRONOUN_SPAN) is not None


def _surname(word: str) -> bool:
    return (
        is_name_word(word) and word.lower() not in SENTENCE_STARTERS and country_name(word) is None
        and word not in KNOWN_ORGS
    )


def _alone(text: str, at: int) -> bool:
    """True when no capitalised word stands right before ``at`` (a sentence's end before it is fine) and no
    article or preposition ("the Kremlin’s", "in Paris said")."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if before is None:
        return True
    word = before.group(1)
    if word[-1] in _CLAUSE_END or word[-1] == ",":
        return True
    return word[:1].islower() and word not in _PREPOSITIONS


def _full_names(text: str, word: str) -> Iterator[PersonHit | None]:
    """Every place ``word`` ends a run of two or three capitalised name words in running text; None where the
    run stands after an article or a preposition, or before a capitalised word, as a place's or a thing's name
    does ("in Addis Ababa", "the Seleshi Fund")."""
    for at in _standing(text, word):
        start = _run_start(text, at)
        if start is not None:
            yield _hit(text, start, at + len(word))


def _run_start(text: str, at: int) -> int | None:
    """Where a run of two or three name words ending with the word at ``at`` starts, if one does and it is no
    part of a longer capitalised run or a sentence's opening word joined to a name."""
    start = at
    count = 1
    while count < _MAX_RUN:
        m = _TOKEN_BEFORE.search(text, max(0, start - 40), start)
        if m is None or "\n" in m.group(2):
            break
        token = m.group(1)
        if not token[:1].isupper() or not token.isalpha() or token.isupper() or not is_name_word(token):
            break
        start = m.start(1)
        count += 1
    if count < 2:
        return None
    first = text[start:at].split()[0]
    if first.lower() in SENTENCE_STARTERS or first.lower() in FUNCTION_WORDS:
        return None
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        prev = before.group(1)
        if prev[:1].isupper() and prev[-1] not in _CLAUSE_END and prev[-1] != ",":
            return None  # inside a longer capitalised run: a body's or a place's name
    return start


def _hit(text: str, start: int, end: int) -> PersonHit | None:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1) in _PREPOSITIONS:
        return None
    nxt = _NEXT.match(text, end)
    if nxt is not None and nxt.group(1).isupper():
        return None
    name = text[start:end]
    if country_name(name) is not None or name in KNOWN_ORGS:
        return None
    return PersonHit(start, end, name)
