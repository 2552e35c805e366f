"""Locate every mention of known actors in sentences: names, aliases, "the general", countries."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from ..._speed.regex_cache import compile_cached
from ...resources import word_list
from .blocks import Joined
from .countries import find_countries, word_window
from .lexicon import MODIFIER_RE, SPEECH_VERB_RE, TITLE_RE, UPPER, alternation, is_name_word

Kind = Literal["person", "organization", "country"]


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor to look for: its canonical name, the names it goes by and, for people, its roles."""

    name: str
    """Canonical name."""
    kind: Kind
    """person, organization or country."""
    surfaces: tuple[str, ...]
    """Names to look for in the text (the canonical name included)."""
    roles: tuple[str, ...] = ()
    """Role phrases, used to resolve "the general" or "the President"."""


class Mention(NamedTuple):
    """One mention of an actor (a named tuple: made by the ten thousand per MB, it is cheap to make)."""

    start: int
    """Source offset."""
    end: int
    """Offset one past it."""
    text: str
    """The mention as written."""
    name: str
    """Canonical name of the actor."""
    kind: Kind
    """Kind of the actor."""
    paragraph: int
    """Paragraph index of the sentence holding it."""
    by_role: bool = False
    """True for a role reference such as "the general"."""
    counted: bool = True
    """False for an acronym in parentheses right after its expansion: a name, but not a new mention."""


# Matched from the "he" of "the" (the engine finds a literal start fast); the mention starts one before.
_ROLE_REF = compile_cached(
    rf"he(?<=[Tt]he)(?<![\w’'-][Tt]he)\s+(?P<title>(?:(?i:{MODIFIER_RE})\s+)*(?i:{TITLE_RE}))(?![\w-])"
    rf"(?P<next>\s*[,.;:’'!?)]|\s+(?:{SPEECH_VERB_RE}|[a-z]+ed|{alternation(word_list('actors/role_followers.txt'))})\b)?"
)
_NAME_BEFORE = compile_cached(rf"([{UPPER}][\w’'-]*)\s+$")
_NAME_AFTER = compile_cached(rf"\s+([{UPPER}][\w’'-]*)")


def locate_mentions(joined: Joined, entities: Sequence[Entity]) -> list[Mention]:
    """Mentions of ``entities`` and of any country in the blocks of a source's sentences, in source order."""
    # Each scan runs once over all blocks; its hits are gathered by block index.
    names = _name_mentions(joined, entities)
    people = [e for e in entities if e.kind == "person" and e.roles]
    holders: dict[str, list[Entity]] = {}  # title -> the people with a role holding it, found once per title
    roles: defaultdict[int, list[re.Match[str]]] = defaultdict(list)
    if people:
        for m in _ROLE_REF.finditer(joined.text):
            roles[bisect.bisect_right(joined.origins, m.start()) - 1].append(m)
    countries = _country_mentions(joined)
    country_names = {e.name for e in entities if e.kind == "country"}
    out: list[Mention] = []
    last_seen: dict[str, int] = {}
    for i in sorted(names.keys() | roles.keys() | countries.keys()):
        found = names.get(i) or []  # in source order and apart, as one scan finds them
        apart = True
        matches = roles.get(i)
        if matches:
            found.extend(_role_references(joined, i, matches, people, last_seen, found, holders))
            found.sort(key=_START)
            apart = all(a.end <= b.start for a, b in itertools.pairwise(found))
        for f in found:
            if f.kind == "person":
                last_seen[f.name] = f.start
        in_block = countries.get(i)
        if in_block:
            if country_names:
                in_block = [c for c in in_block if c.name in country_names]
            if not found:
                found = in_block
            elif apart:
                found = _merged(found, in_block)
            else:
                found.extend(_free_near(in_block, found))
                found.sort(key=_START)
        out.extend(found)
    return out


def _name_mentions(joined: Joined, entities: Sequence[Entity]) -> dict[int, list[Mention]]:
    """Mentions of the people's and organisations' names, by block index."""
    by_surface: dict[str, Entity] = {}
    for entity in entities:
        if entity.kind != "country":
            for surface in entity.surfaces:
                by_surface.setdefault(_fold(surface), entity)
    found: defaultdict[int, list[Mention]] = defaultdict(list)
    if not by_surface:
        return found
    text, origins, shifts = joined.text, joined.origins, joined.shifts
    paragraphs = [b.paragraph for b in joined.blocks]
    where = bisect.bisect_right
    pattern = compile_cached(alternation(by_surface, not_after=r"[\w’'-]") + r"(?!\w|-\w)")
    for m in pattern.finditer(text):
        surface = m.group()
        entity = by_surface[surface.replace("’", "'")]
        if entity.kind == "person" and _inside_other_name(text, m, entity):
            continue
        start, end = m.span()
        i = where(origins, start) - 1
        shift = shifts[i]
        counted = text[start - 1] != "(" or not _acronym_after_expansion(text, origins[i], m, entity)
        found[i].append(_new(Mention, (start + shift, end + shift, surface, entity.name, entity.kind, paragraphs[i],
                                       False, counted)))
    return found


def _country_mentions(joined: Joined) -> dict[int, list[Mention]]:
    """Mentions of countries, by block index."""
    found: defaultdict[int, list[Mention]] = defaultdict(list)
    origins, shifts = joined.origins, joined.shifts
    paragraphs = [b.paragraph for b in joined.blocks]
    where = bisect.bisect_right
    for start, end, surface, name in find_countries(joined.text):
        i = where(origins, start) - 1
        shift = shifts[i]
        mention = (start + shift, end + shift, surface, name, "country", paragraphs[i], False, True)
        found[i].append(_new(Mention, mention))
    return found


_START = operator.attrgetter("start")
#: Makes a named tuple from all its fields in a tuple, skipping its ``__new__`` (a Python function that fills
#: in defaults): a third of the cost, for the mentions made by the ten thousand.
_new = tuple.__new__


def _merged(taken: list[Mention], hits: list[Mention]) -> list[Mention]:
    """``taken`` with the ``hits`` that overlap none of them, in source order (both lists are in source order,
    their items apart)."""
    out = []
    k, n = 0, len(taken)
    for hit in hits:
        while k < n and taken[k].end <= hit.start:
            out.append(taken[k])
            k += 1
        if k == n or taken[k].start >= hit.end:
            out.append(hit)
    out.extend(taken[k:])
    return out


def _free_near(hits: list[Mention], taken: list[Mention]) -> list[Mention]:
    """The ``hits`` that overlap none of the ``taken`` (which may overlap each other: "the General" inside an
    organisation's name) nearest to them by start."""
    spans = sorted((f.start, f.end) for f in taken)
    return [h for h in hits if not _overlaps(spans, h.start, h.end)]


def _fold(surface: str) -> str:
    return surface.replace("’", "'")


def _inside_other_name(text: str, m: re.Match[str], entity: Entity) -> bool:
    """True when a one-word alias ("Trump") stands inside a longer name ("Melania Trump")."""
    if " " in m.group(0) or m.group(0) == entity.name:
        return False
    lo = word_window(text, m.start(), 30)
    before = _NAME_BEFORE.search(text, lo, m.start()) if lo >= 0 else None
    after = _NAME_AFTER.match(text, m.end())
    return bool((before and is_name_word(before.group(1))) or (after and is_name_word(after.group(1))))


def _acronym_after_expansion(text: str, origin: int, m: re.Match[str], entity: Entity) -> bool:
    """True for the "(RCAF)" right after "Royal Cambodian Armed Forces": one mention, not two (``origin``:
    where the block holding the match begins)."""
    if m.start() - origin < 2 or text[m.start() - 1] != "(":
        return False
    before = text[max(origin, m.start() - 200):m.start() - 1].rstrip()
    return any(before.endswith(s) for s in entity.surfaces if s != m.group(0))


def _role_references(
    joined: Joined, i: int, matches: Sequence[re.Match[str]], people: Sequence[Entity], last_seen: dict[str, int],
    here: Sequence[Mention], holders: dict[str, list[Entity]],
) -> list[Mention]:
    """Mentions like "the general" or "the President" (``matches`` of ``_ROLE_REF`` in block ``i``), resolved to
    the last person with that role; ``holders`` keeps the people with a role holding a title, per title."""
    text, block = joined.text, joined.blocks[i]
    refs: list[Mention] = []
    shift = joined.shifts[i]
    for m in matches:
        title = m.group("title")
        if title[0].islower() and m.group("next") is None:
            continue  # "the general public": a lower-case title word followed by a noun
        candidates = holders.get(title)
        if candidates is None:
            candidates = holders[title] = _holders(people, title)
        if not candidates:
            continue
        start = shift + m.start() - 1
        # where each person was last seen: in this block before the reference, else before the block (no copy of
        # ``last_seen``, which holds every person so far, per reference)
        recent = {x.name: x.start for x in (*here, *refs) if x.kind == "person" and x.start < start}
        name = max(candidates, key=lambda p: recent[p.name] if p.name in recent else last_seen.get(p.name, -1)).name
        end = shift + m.end("title")
        refs.append(Mention(start, end, text[m.start() - 1:m.end("title")], name, "person",
                            block.paragraph, by_role=True))
    return refs


def _holders(people: Sequence[Entity], title: str) -> list[Entity]:
    """The ``people`` with a role holding ``title`` as whole words (any case). An ASCII title that is not in a
    person's ASCII roles in lower case is in none of them (for ASCII text the pattern's case folding is
    ``str.lower``'s), so only the people whose roles hold it so are searched with the pattern."""
    if not title.isascii():
        return [p for p in people if any(_has_title(role, title) for role in p.roles)]
    folded = title.lower()
    return [p for p in people if ((roles := _folded_roles(p.roles)) is None or folded in roles)
            and any(_has_title(role, title) for role in p.roles)]


@functools.lru_cache(maxsize=4096)
def _folded_roles(roles: tuple[str, ...]) -> str | None:
    """``roles`` joined in lower case, or None when one is not ASCII (the prefilter of ``_holders`` holds for
    ASCII only: re's case folding matches a few other letters with ASCII ones, "K" (Kelvin) with "k")."""
    joined = "\n".join(roles)
    return joined.lower() if joined.isascii() else None


@functools.lru_cache(maxsize=4096)
def _has_title(role: str, title: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(title)}(?![\w-])", role, re.IGNORECASE) is not None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    if not spans:
        return False
    i = bisect.bisect_right(spans, (start, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 2):i + 1])
