"""Find organisations in sentences: acronyms with their expansions, names with a head word, known names."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from ..._speed.regex_cache import compile_cached
from ...resources import word_list
from .blocks import Joined
from .countries import country_name
from .lexicon import (
    DATE_WORDS,
    ORG_LINK,
    ORG_WORD,
    ORG_WORD_REST,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLES,
    UPPER,
    alternation,
    is_filler,
    is_name_word,
    is_plain_word,
)


class OrgHit(NamedTuple):
    """An organisation named in a sentence."""

    start: int
    """Source offset of the name."""
    end: int
    """Offset one past it."""
    name: str
    """The name as written (for an acronym, its expansion)."""
    acronym: str = ""
    """The acronym given with it in parentheses, if any."""
    weak: bool = False
    """True when found in a heading-like line."""


def _known() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in word_list("actors/known_orgs.txt"):
        names = [n.strip() for n in line.split("|") if n.strip()]
        for name in names:
            table[name] = names[0]
    return table


#: Surface form -> canonical name, for organisations often named without expansion.
KNOWN_ORGS = _known()
_KNOWN = compile_cached(alternation(KNOWN_ORGS, not_after=r"[\w.’'-]") + r"(?![\w’'-])")
_RUN = compile_cached(rf"[{UPPER}](?<![\w.’'-].){ORG_WORD_REST}(?:\s+(?:{ORG_LINK}\s+)*{ORG_WORD})*")
_RUN_BEFORE = compile_cached(rf"[{UPPER}](?<![\w.’'-].){ORG_WORD_REST}(?:\s+(?:{ORG_LINK}\s+)*{ORG_WORD})*\s*$")
_PAREN = compile_cached(rf"\((?P<acr>[{UPPER}][\w&+.-]{{1,15}})\)")
_PART = compile_cached(r"[^\s]+")
# A US legislator's party and state after the name: "(D-Ill.)", "(R-Wis.)", "(I-VT)", "(D-NY-14)".
_PARTY_TAG = compile_cached(r"[DRI]-[A-Z][A-Za-z.]{1,6}(?:-\d{1,2})?")
_HEAD = compile_cached(alternation(ORG_WORDS, not_after=r"[\w-]") + r"(?![\w-])")
_LINKS = frozenset(("of", "for", "on", "and", "&", "the", "de"))
_NOT_ORG_HEADS = word_list("actors/not_org_heads.txt")


def find_orgs(joined: Joined) -> list[OrgHit]:
    """Every organisation hit in a source's blocks: acronym expansions, then known names, then headed names,
    each in source order; hits in heading-like sentences are weak."""
    text = joined.text
    spans: list[tuple[int, int, str]] = []
    for m in _PAREN.finditer(text):
        if _PARTY_TAG.fullmatch(m.group("acr")) is not None:
            continue  # "Senator Tammy Duckworth (D-Ill.)": a legislator's party and state, no acronym
        hit = _expansion(text, m)
        if hit is not None:
            spans.append(hit)
    spans.extend((m.start(), m.end(), "") for m in _KNOWN.finditer(text))
    for lo, hi in _headed_ranges(joined):
        for m in _RUN.finditer(text, lo, hi):
            if _HEAD.search(text, m.start(), m.end()) is not None:  # a cheap test that lets no headed name through
                spans.extend((s, e, "") for s, e in _headed_names(text, m.start(), m.end()))
    hits = []
    where = bisect.bisect_right
    new = tuple.__new__  # makes the named tuple without its ``__new__``, which costs as much again
    origins, shifts, paragraphs = joined.origins, joined.shifts, joined.blocks
    for s, e, acronym in spans:
        i = where(origins, s) - 1
        start = s + shifts[i]
        hits.append(new(OrgHit, (start, start + e - s, text[s:e], acronym, paragraphs[i].flag_at(start))))
    return hits


def _headed_ranges(joined: Joined) -> Iterator[tuple[int, int]]:
    """Spans of ``joined.text`` covering the blocks that hold a head word (runs of such blocks together)."""
    text, origins = joined.text, joined.origins
    n = len(origins)
    lo = hi = -1
    at = 0
    while (m := _HEAD.search(text, at)) is not None:
        i = bisect.bisect_right(origins, m.start()) - 1
        if origins[i] > hi + 1:
            if hi >= 0:
                yield lo, hi
            lo = origins[i]
        if i + 1 == n:
            hi = len(text)
            break
        hi = origins[i + 1] - 1
        at = origins[i + 1]  # one head word is enough: go on from the next block
    if hi >= 0:
        yield lo, hi


_BREAK = compile_cached(rf"(?s:.*)(?:[^\w\s&+.’'-]|\s[^\s{UPPER}ofad&t])")


def _expansion(text: str, paren: re.Match[str]) -> tuple[int, int, str] | None:
    """The words before "(ACR)" that the acronym abbreviates, as (start, end, acronym)."""
    acronym = paren.group("acr")
    letters = [c for c in acronym if c.isupper()]
    if len(letters) < 2 or country_name(acronym) is not None:
        return None
    window = max(0, paren.start() - 200)
    # A run before the parenthesis cannot reach back over a character no organisation name holds, or over
    # a word after white space that neither starts with a capital nor is a link word ("of", "and", "the"):
    # searching from after the last such place finds the same run, without trying every capital before it.
    cut = _BREAK.match(text, window, paren.start())
    run = _RUN_BEFORE.search(text, cut.end() if cut else window, paren.start())
    if run is None:
        return None
    words = [(w.start() + run.start(), w.group(0)) for w in _PART.finditer(run.group(0).rstrip())]
    content = [(i, off, w) for i, (off, w) in enumerate(words) if w not in _LINKS]
    # Count hyphenated parts separately: "Asia-Europe Meeting" has three initials for ASEM.
    initials = list(itertools.accumulate((1 + w.count("-") for _, _, w in reversed(content))))[::-1]
    starts = [j for j, (_, _, w) in enumerate(content) if w[0].upper() == letters[0]]
    if not starts:
        return None
    fitting = [j for j in starts if len(letters) - 1 <= initials[j] <= 2 * len(letters) + 2]
    # The start whose initials are as many as the acronym's letters ("International Institute for Strategic
    # Studies" for IISS, not "Institute for …"); between equally close ones, the later (the shorter name).
    j = min(reversed(fitting), key=lambda k: abs(initials[k] - len(letters))) if fitting else starts[0]
    start = content[j][1]
    end = run.start() + len(run.group(0).rstrip())
    name = text[start:end]
    if country_name(name) is not None or all(is_plain_word(w) for _, _, w in content[j:]):
        return None
    if content[-1][2].lower() in _NOT_ORG_HEADS:  # "Direct Commercial Sales (DCS)": a programme, not an actor
        return None
    if _office_holders(content[j][2]):  # "Chiefs of Defence (CHODs)": people holding an office, not a body
        return None
    return start, end, acronym


def _office_holders(word: str) -> bool:
    """True for a plural title or role noun ("Chiefs", "Ministers", "Secretaries")."""
    if not word.endswith("s") or len(word) < 4:
        return False
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return one in TITLES or one.lower() in ROLE_NOUNS


def _headed_names(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Organisation names inside a capitalised run: those holding a head word such as "Party"."""
    run = text[start:end]
    words = run.split()  # the same words as ``[^\s]+``: ``str.split`` and ``\s`` agree on white space
    possessive = "’s" in run or "'s" in run
    heads = [_bare(w) in ORG_WORDS for w in words] if possessive else [w in ORG_WORDS for w in words]
    # Without "and" or a possessive, the run is one name at most.
    groups = _split(words, heads) if possessive or "and" in run or "&" in run else [list(range(len(words)))]
    offsets: list[int] = []
    for group in groups:
        # Drop leading titles and plain words with the links after them ("Commander of the ...").
        k = 0
        while k < len(group) and not heads[group[k]] and (is_filler(words[group[k]]) or words[group[k]] in _LINKS):
            k += 1
        group = _before_adjunct(words, _before_title(words, heads, group[k:]))
        if sum(1 for i in group if words[i] not in _LINKS) >= 2 and any(heads[i] for i in group):
            offsets = offsets or _offsets(run, words)
            last = words[group[-1]]
            end = offsets[group[-1]] + len(last) - (2 if last.endswith(("’s", "'s")) else 0)
            yield start + offsets[group[0]], start + end


def _offsets(run: str, words: list[str]) -> list[int]:
    """Offset in ``run`` of each of its ``words`` (``run.split()``)."""
    out = []
    at = 0
    for word in words:
        at = run.find(word, at)
        out.append(at)
        at += len(word)
    return out


def _split(words: list[str], heads: list[bool]) -> list[list[int]]:
    """Cut a run (its ``words``, and whether each is a head word) into names, as lists of word indices: after a
    possessive ("Department of Energy’s Argonne National Laboratory") and at "and" between two headed names
    ("Department of State and U.S. Agency for ...")."""
    groups: list[list[int]] = [[]]
    for i, word in enumerate(words):
        if word in _AND and _ends_name(words, heads, groups[-1], i):
            # "Commission on Women and Children": no head after "and", so the words stay joined.
            groups.append([i])
            continue
        groups[-1].append(i)
        if word.endswith(("’s", "'s")) and any(heads[k] for k in groups[-1]):
            groups.append([])
    out: list[list[int]] = []
    for group in groups:
        if group and words[group[0]] in _AND:
            rest = group[1:]
            if any(heads[k] for k in rest) or not out:
                group = rest
            elif not heads[out[-1][-1]]:
                out[-1].extend(group)
                continue
            else:
                continue  # "ASEAN Secretariat and ASEAN members": what follows is another thing
        if group:
            out.append(group)
    return out


_AND = frozenset(("and", "&"))


def _ends_name(words: list[str], heads: list[bool], group: list[int], i: int) -> bool:
    """True when an "and" at ``words[i]`` ends the name before it: "USAID and the ASEAN Centre …" (an acronym,
    or "and the", ends a name too)."""
    if any(heads[k] for k in group) or (i + 1 < len(words) and words[i + 1] == "the"):
        return True
    # A group that is one acronym ("USAID") is a whole name by itself.
    return len(group) == 1 and words[group[0]].isupper() and len(words[group[0]]) > 1


def _before_title(words: list[str], heads: list[bool], group: list[int]) -> list[int]:
    """The words before a title and name that follow the head word ("Supreme Court" of "Supreme Court Justice
    Sonia Sotomayor")."""
    seen_head = False
    for n, i in enumerate(group):
        if seen_head and words[i] in TITLES and n + 1 < len(group):
            after = words[group[n + 1]]
            if after[:1].isupper() and is_name_word(after):
                return group[:n]
        seen_head = seen_head or heads[i]
    return group


def _before_adjunct(words: list[str], group: list[int]) -> list[int]:
    """The words before a date or a purpose that follows the name: "PRC Coast Guard" of "PRC Coast Guard on August
    5th", "Government of Laos" of "Government of Laos for the … Railway Project" (after "of" and a country, the
    name is whole)."""
    for n, i in enumerate(group[:-1]):
        word, after = words[i], words[group[n + 1]]
        if word == "on" and after.rstrip(",") in DATE_WORDS:
            return group[:n]
        if word == "for" and n >= 2 and words[group[n - 2]] == "of" and country_name(words[group[n - 1]]) is not None:
            return group[:n]
    return group


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(("’s", "'s")) else word
