"""Locate every mention of known actors in sentences: names, aliases, "the general", countries."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..quick_init import quick_init
from ..resources import word_list
from .actor_blocks import Block
from .actor_countries import find_countries
from .actor_lexicon import MODIFIER_RE, SPEECH_VERB_RE, TITLE_RE, UPPER, alternation, is_name_word

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


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an actor."""

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
_ROLE_REF = re.compile(
    rf"he(?<=[Tt]he)(?<![\w’'-][Tt]he)\s+(?P<title>(?:(?i:{MODIFIER_RE})\s+)*(?i:{TITLE_RE}))(?![\w-])"
    rf"(?P<next>\s*[,.;:’'!?)]|\s+(?:{SPEECH_VERB_RE}|[a-z]+ed|{alternation(word_list('actors_role_followers.txt'))})\b)?"
)
_NAME_BEFORE = re.compile(rf"([{UPPER}][\w’'-]*)\s+$")
_NAME_AFTER = re.compile(rf"\s+([{UPPER}][\w’'-]*)")


def locate_mentions(paragraphs: Sequence[Block], entities: Sequence[Entity]) -> list[Mention]:
    """Mentions of ``entities`` and of any country in the ``paragraphs`` (blocks of a source's sentences),
    in source order."""
    by_surface: dict[str, Entity] = {}
    for entity in entities:
        if entity.kind != "country":
            for surface in entity.surfaces:
                by_surface.setdefault(_fold(surface), entity)
    pattern = (
        re.compile(alternation(by_surface, not_after=r"[\w’'-]") + r"(?!\w|-\w)") if by_surface else None
    )
    country_names = {e.name for e in entities if e.kind == "country"}
    people = [e for e in entities if e.kind == "person" and e.roles]
    out: list[Mention] = []
    last_seen: dict[str, int] = {}
    for block in paragraphs:
        found: list[Mention] = []
        text, base = block.text, block.start
        if pattern is not None:
            for m in pattern.finditer(text):
                entity = by_surface[_fold(m.group(0))]
                if entity.kind == "person" and _inside_other_name(text, m, entity):
                    continue
                found.append(Mention(base + m.start(), base + m.end(), m.group(0), entity.name, entity.kind,
                                     block.paragraph, counted=not _acronym_after_expansion(text, m, entity)))
        if people:
            found.extend(_role_references(block, people, last_seen, found))
        taken = sorted((f.start, f.end) for f in found) if found else None
        for hit in find_countries(text, base):
            if (country_names and hit.name not in country_names) or (taken and _overlaps(taken, hit.start, hit.end)):
                continue
            found.append(Mention(hit.start, hit.end, hit.surface, hit.name, "country", block.paragraph))
        if not found:
            continue
        if len(found) > 1:
            found.sort(key=_START)
        for f in found:
            if f.kind == "person":
                last_seen[f.name] = f.start
        out.extend(found)
    return out


_START = operator.attrgetter("start")


def _fold(surface: str) -> str:
    return surface.replace("’", "'")


def _inside_other_name(text: str, m: re.Match[str], entity: Entity) -> bool:
    """True when a one-word alias ("Trump") stands inside a longer name ("Melania Trump")."""
    if " " in m.group(0) or m.group(0) == entity.name:
        return False
    before = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
    after = _NAME_AFTER.match(text, m.end())
    return bool((before and is_name_word(before.group(1))) or (after and is_name_word(after.group(1))))


def _acronym_after_expansion(text: str, m: re.Match[str], entity: Entity) -> bool:
    """True for the "(RCAF)" right after "Royal Cambodian Armed Forces": one mention, not two."""
    if m.start() < 2 or text[m.start() - 1] != "(":
        return False
    before = text[max(0, m.start() - 200):m.start() - 1].rstrip()
    return any(before.endswith(s) for s in entity.surfaces if s != m.group(0))


def _role_references(
    block: Block, people: Sequence[Entity], last_seen: dict[str, int], here: Sequence[Mention]
) -> list[Mention]:
    """Mentions like "the general" or "the President", resolved to the last person with that role."""
    refs: list[Mention] = []
    for m in _ROLE_REF.finditer(block.text):
        title = m.group("title")
        if title[0].islower() and m.group("next") is None:
            continue  # "the general public": a lower-case title word followed by a noun
        candidates = [p for p in people if any(_has_title(role, title) for role in p.roles)]
        if not candidates:
            continue
        start = block.start + m.start() - 1
        seen = dict(last_seen)
        seen.update((x.name, x.start) for x in (*here, *refs) if x.kind == "person" and x.start < start)
        name = max(candidates, key=lambda p: seen.get(p.name, -1)).name
        end = block.start + m.end("title")
        refs.append(Mention(start, end, block.text[m.start() - 1:m.end("title")], name, "person",
                            block.paragraph, by_role=True))
    return refs


@functools.lru_cache(maxsize=4096)
def _has_title(role: str, title: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(title)}(?![\w-])", role, re.IGNORECASE) is not None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    if not spans:
        return False
    i = bisect.bisect_right(spans, (start, end))
    return any(s < end and start < e for s, e in spans[max(0, i - 2):i + 1])
