"""Find organisations in sentences: acronyms with their expansions, names with a head word, known names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..quick_init import quick_init
from ..resources import word_list
from .actor_blocks import Block
from .actor_countries import country_name
from .actor_lexicon import (
    ORG_LINK,
    ORG_WORD,
    ORG_WORD_REST,
    ORG_WORDS,
    TITLES,
    UPPER,
    alternation,
    is_filler,
    is_name_word,
    is_plain_word,
)


@quick_init
@dataclass(frozen=True, slots=True)
class OrgHit:
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
    for line in word_list("actors_known_orgs.txt"):
        names = [n.strip() for n in line.split("|") if n.strip()]
        for name in names:
            table[name] = names[0]
    return table


#: Surface form -> canonical name, for organisations often named without expansion.
KNOWN_ORGS = _known()
_KNOWN = re.compile(alternation(KNOWN_ORGS, not_after=r"[\w.’'-]") + r"(?![\w’'-])")
_RUN = re.compile(rf"[{UPPER}](?<![\w.’'-].){ORG_WORD_REST}(?:\s+(?:{ORG_LINK}\s+)*{ORG_WORD})*")
_RUN_BEFORE = re.compile(rf"[{UPPER}](?<![\w.’'-].){ORG_WORD_REST}(?:\s+(?:{ORG_LINK}\s+)*{ORG_WORD})*\s*$")
_PAREN = re.compile(rf"\((?P<acr>[{UPPER}][\w&+.-]{{1,15}})\)")
_PART = re.compile(r"[^\s]+")
_HEAD = re.compile(alternation(ORG_WORDS, not_after=r"[\w-]") + r"(?![\w-])")
_LINKS = frozenset(("of", "for", "on", "and", "&", "the", "de"))


def find_orgs(block: Block) -> Iterator[OrgHit]:
    """Every organisation hit in one paragraph; hits in heading-like sentences are weak."""
    text, base = block.text, block.start
    for m in _PAREN.finditer(text):
        hit = _expansion(text, m)
        if hit is not None:
            s, e, acronym = hit
            yield OrgHit(base + s, base + e, text[s:e], acronym, block.flag_at(base + s))
    for m in _KNOWN.finditer(text):
        yield OrgHit(base + m.start(), base + m.end(), m.group(0), "", block.flag_at(base + m.start()))
    if _HEAD.search(text) is None:
        return
    for m in _RUN.finditer(text):
        if _HEAD.search(text, m.start(), m.end()) is None:
            continue  # no head word anywhere in the run (a cheap test that lets no headed name through)
        for s, e in _headed_names(text, m.start(), m.end()):
            yield OrgHit(base + s, base + e, text[s:e], "", block.flag_at(base + s))


def _expansion(text: str, paren: re.Match[str]) -> tuple[int, int, str] | None:
    """The words before "(ACR)" that the acronym abbreviates, as (start, end, acronym)."""
    acronym = paren.group("acr")
    letters = [c for c in acronym if c.isupper()]
    if len(letters) < 2 or country_name(acronym) is not None:
        return None
    window = max(0, paren.start() - 200)
    run = _RUN_BEFORE.search(text, window, paren.start())
    if run is None:
        return None
    words = [(w.start() + run.start(), w.group(0)) for w in _PART.finditer(run.group(0).rstrip())]
    content = [(i, off, w) for i, (off, w) in enumerate(words) if w not in _LINKS]
    # Count hyphenated parts separately: "Asia-Europe Meeting" has three initials for ASEM.
    initials = [sum(1 + w.count("-") for _, _, w in content[j:]) for j in range(len(content))]
    starts = [j for j, (_, _, w) in enumerate(content) if w[0].upper() == letters[0]]
    if not starts:
        return None
    fitting = [j for j in starts if len(letters) - 1 <= initials[j] <= 2 * len(letters) + 2]
    j = fitting[-1] if fitting else starts[0]
    start = content[j][1]
    end = run.start() + len(run.group(0).rstrip())
    name = text[start:end]
    if country_name(name) is not None or all(is_plain_word(w) for _, _, w in content[j:]):
        return None
    return start, end, acronym


def _headed_names(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Organisation names inside a capitalised run: those holding a head word such as "Party"."""
    words = [w.span() for w in _PART.finditer(text, start, end)]
    for group in _split(text, words):
        # Drop leading titles and plain words with the links after them ("Commander of the ...").
        while group and (is_filler(text[group[0][0]:group[0][1]]) or text[group[0][0]:group[0][1]] in _LINKS):
            if _bare(text[group[0][0]:group[0][1]]) in ORG_WORDS:
                break
            group.pop(0)
        group = _before_title(text, group)
        content = [w for w in group if text[w[0]:w[1]] not in _LINKS]
        if len(content) >= 2 and _has_head(text, group):
            end = group[-1][1]
            yield group[0][0], end - 2 if text[group[-1][0]:end].endswith(("’s", "'s")) else end


def _split(text: str, words: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Cut a run into names: after a possessive ("Department of Energy’s Argonne National Laboratory")
    and at "and" between two headed names ("Department of State and U.S. Agency for ...")."""
    groups: list[list[tuple[int, int]]] = [[]]
    for i, (s, e) in enumerate(words):
        word = text[s:e]
        if word in {"and", "&"} and _ends_name(text, groups[-1], words, i):
            groups.append([])
            # "Commission on Women and Children": no head after "and", so the words stay joined.
            groups[-1].append((s, e))
            continue
        groups[-1].append((s, e))
        if word.endswith(("’s", "'s")) and _has_head(text, groups[-1]):
            groups.append([])
    out: list[list[tuple[int, int]]] = []
    for group in groups:
        if group and text[group[0][0]:group[0][1]] in {"and", "&"}:
            rest = group[1:]
            if _has_head(text, rest) or not out:
                group = rest
            elif _bare(text[out[-1][-1][0]:out[-1][-1][1]]) not in ORG_WORDS:
                out[-1].extend(group)
                continue
            else:
                continue  # "ASEAN Secretariat and ASEAN members": what follows is another thing
        if group:
            out.append(group)
    return out


def _ends_name(text: str, group: list[tuple[int, int]], words: list[tuple[int, int]], i: int) -> bool:
    """True when an "and" at ``words[i]`` ends the name before it: "USAID and the ASEAN Centre …" (an acronym,
    or "and the", ends a name too)."""
    following = text[words[i + 1][0]:words[i + 1][1]] if i + 1 < len(words) else ""
    return _has_head(text, group) or following == "the" or _acronym_only(text, group)


def _acronym_only(text: str, group: list[tuple[int, int]]) -> bool:
    """True for a group that is one acronym ("USAID"): a whole name by itself."""
    return len(group) == 1 and text[group[0][0]:group[0][1]].isupper() and group[0][1] - group[0][0] > 1


def _before_title(text: str, group: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words before a title and name that follow the head word ("Supreme Court" of "Supreme Court Justice
    Sonia Sotomayor")."""
    seen_head = False
    for i, (s, e) in enumerate(group):
        word = text[s:e]
        if seen_head and word in TITLES and i + 1 < len(group):
            after = text[group[i + 1][0]:group[i + 1][1]]
            if after[:1].isupper() and is_name_word(after):
                return group[:i]
        seen_head = seen_head or _bare(word) in ORG_WORDS
    return group


def _has_head(text: str, group: list[tuple[int, int]]) -> bool:
    return any(_bare(text[s:e]) in ORG_WORDS for s, e in group)


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(("’s", "'s")) else word
